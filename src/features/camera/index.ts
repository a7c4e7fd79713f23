/** What other features may use of camera: its rules, data and models. Its screens load through routes. */
export { isHandPointId } from './core/hand-points';
export type { CameraPlatform } from './ports';
