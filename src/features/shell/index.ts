/** What other features may use of shell: its rules, data and models. Its screens load through routes. */
export { browserLanguages } from './model/language';
