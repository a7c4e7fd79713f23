/** What other features may use of guide: its rules, data and models. Its screens load through routes. */
export { pointText } from './model/point-text';
