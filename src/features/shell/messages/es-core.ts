import type { enCore } from './en-core';

/** Spanish messages of the point guide, About, Sources and common words, from en-core.ts. */
export const esCore: Record<keyof typeof enCore, string> = {
  'guide.title': 'Los cinco puntos',
  'guide.intro':
    'Cada punto tiene una pequeña zona de búsqueda. Tu punto puede estar un poco desplazado respecto al dibujo: mueve la yema del dedo por la zona hasta encontrar el hueco sensible.',
  'guide.article': 'Punto {number} del artículo: {heading}',
  'guide.location': 'Dónde está',
  'guide.find': 'Cómo encontrarlo',
  'guide.sides': 'Qué lado',
  'guide.technique': 'Cómo presionar',
  'guide.techniqueHold':
    'Presiona y mantén durante el tiempo que elijas: al menos 20–30 segundos. El artículo dice que con dos minutos o más se obtienen los mejores resultados.',
  'guide.howOften':
    'Cuánto tiempo y con qué frecuencia: el artículo pide al menos 20–30 segundos por punto. La Universidad de Minnesota propone empezar con 15–30 segundos e ir subiendo a 1–2 minutos; las guías del Memorial Sloan Kettering usan unos minutos por punto, varias veces al día. Más no es mejor: ninguna aconseja presionar más fuerte ni más tiempo.',
  'guide.techniquePulse':
    'Presiona {on} segundos, suelta {off} segundo, {count} veces en un lado y luego en el otro.',
  'guide.articleSays': 'Lo que dice el artículo',
  'guide.cautions': 'Precauciones',
  'guide.sources': 'Fuentes',
  'guide.alsoCalled': 'También llamado {name}',
  'guide.wiggle':
    'Tu punto puede estar un poco desplazado respecto a la descripción. Mueve la yema del dedo por la zona hasta encontrar el hueco sensible.',
  'guide.avoidedPregnant': 'Se omite en el modo embarazo',
  'guide.back': 'Todos los puntos',
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
