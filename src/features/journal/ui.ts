/** The components of journal that other features' screens show. */
export { DataSettings } from './ui/data-settings';
export { StorageSettings } from './ui/storage-settings';
export { pressedPointNames } from './ui/format';
export { SummaryText } from './ui/history-views';
