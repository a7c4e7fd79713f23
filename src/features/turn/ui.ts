/** The components of the turn test that other features' screens show. */
export { TurnHistoryLink } from './ui/history-link';
export { TurnCheck } from './ui/turn-check';
export { TurnChart, TurnSessionLine, useTurnResultCount } from './ui/history-parts';
export { useTurnOffer, type TurnOffer } from './ui/turn-runner';
export { TrialTurnTest } from './ui/trial-turn';
