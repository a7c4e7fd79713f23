import type { enPwa } from './en';

/** Spanish messages of the installable, offline app, translated from en-pwa.ts. */
export const esPwa: Record<keyof typeof enPwa, string> = {
  'pwa.update.ready': 'Hay una versión nueva lista.',
  'pwa.update.reload': 'Recargar',
  'pwa.install.title': 'Ten Acupress en tu pantalla de inicio',
  'pwa.install.body':
    'Instálala para abrirla como cualquier otra app, a pantalla completa y sin conexión, la próxima vez que tengas el cuello rígido.',
  'pwa.install.button': 'Instalar Acupress',
  'pwa.install.manual':
    'Para instalarla, abre el menú del navegador y elige Instalar o Añadir a pantalla de inicio. En un iPhone o iPad, toca Compartir y luego Añadir a pantalla de inicio.',
  'pwa.install.dismiss': 'No, gracias',
};
