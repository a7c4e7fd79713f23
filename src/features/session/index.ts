/** What other features may use of session: its rules, data and models. Its screens load through routes. */
export { checkpointDatabaseName } from './core/checkpoint';
export { planSession } from './core/planner';
export { hasStartedSession, lastStartKey } from './model/last-session';
export type { SessionModel, SessionStatus } from './model/session-model';
export type { SessionPlatform } from './ports';
