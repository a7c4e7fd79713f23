import type { enCore } from './en-core';

/** Spanish messages of the About and Sources pages, the side words and common words, from en-core.ts. */
export const esCore: Record<keyof typeof enCore, string> = {
  'about.title': 'Acerca de Acupress',
  'sources.title': 'Fuentes',
  'sources.intro':
    'Todos los datos sobre los puntos, las precauciones y las señales de alarma proceden de estas fuentes.',
  'common.loading': 'Cargando…',
  'common.loadFailed':
    'No se ha podido cargar esta parte de la app. Comprueba que la app está actualizada y vuelve a intentarlo.',
  'side.hand.left': 'mano izquierda',
  'side.hand.right': 'mano derecha',
  'side.body.left': 'lado izquierdo',
  'side.body.right': 'lado derecho',
  'side.shoulder.left': 'hombro izquierdo',
  'side.shoulder.right': 'hombro derecho',
};
