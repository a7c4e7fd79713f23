/** What other features may use of pwa: its rules, data and models. Its screens load through routes. */
export { sessionActive } from './model/update';
