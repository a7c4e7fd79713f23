import { messageParts } from '../src/catalogs/parts';
import { registerAppCatalogs } from '../src/catalogs/register';
import { loadMessages } from '../src/i18n/i18n';

// In the app each lazy screen waits for its own message parts before it renders; models under
// test here run with every part loaded, as if every screen had been opened.
registerAppCatalogs();
await loadMessages(messageParts);
