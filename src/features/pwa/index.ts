/** What other features may use of pwa: its rules, data and models. Its screens load through routes. */
export { createInstallModel } from './model/install';
export type { InstallModel } from './model/install';
export { createUpdateModel } from './model/update';
export type { UpdateModel } from './model/update';
export type { AppUpdater, InstallPrompter } from './ports';
