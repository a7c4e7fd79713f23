/** What other features may use of guide: its rules, data and models. Its screens load through routes. */
export { pointName } from './model/point-catalog';
export { pointText } from './model/point-text';
