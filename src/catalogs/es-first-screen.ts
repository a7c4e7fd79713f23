import type { PartialCatalog } from '../i18n/i18n';
import { addPointCatalog } from '../features/guide/model/point-catalog';
import type { enPwa } from '../features/pwa/messages/en';
import type { enShell } from '../features/shell/messages/en';
import { esPoints } from '../features/guide/messages/es-points';
import { esPwa } from '../features/pwa/messages/es';
import { esShell } from '../features/shell/messages/es';

/** The first screen's Spanish words, loaded together when Spanish is chosen. */
const esFirstScreen: Readonly<Record<keyof typeof enShell | keyof typeof enPwa, string>> = {
  ...esShell,
  ...esPwa,
};

/** The first screen's words; Home names the points, so their texts come with them. */
export function loadSpanishFirstScreen(): PartialCatalog {
  addPointCatalog('es', esPoints);
  return esFirstScreen;
}
