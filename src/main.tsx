import { render } from 'preact';
import { App } from './ui/app';
import { matchLocale, setLocale } from './app/i18n';
import './ui/styles.css';

// Wiring: builds the platform adapters, hands them to the models, mounts the UI.
void setLocale(matchLocale(navigator.languages));
const root = document.getElementById('app');
if (root) render(<App />, root);
