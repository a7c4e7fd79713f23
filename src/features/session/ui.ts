/** The components of session that other features' screens show. */
export { PlayLogSettings } from './ui/play-log-settings';
export { hasStartedSession } from './model/last-session';
