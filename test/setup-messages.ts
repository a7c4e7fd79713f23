import { registerAppCatalogs } from '../src/catalogs/register';
import { loadMessages } from '../src/i18n/i18n';

// In the app every lazy screen waits for the whole English catalog before it renders; models
// under test here run as if such a screen were open.
registerAppCatalogs();
await loadMessages();
