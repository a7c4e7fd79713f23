/** What other features may use of shell: its rules, data and models. Its screens load through routes. */
export { createLanguage } from './model/language';
export type { LanguageModel } from './model/language';
