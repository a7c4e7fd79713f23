import type { enCore } from './en-core';

/** Spanish messages of the app shell, translated from en-core.ts. */
export const esCore: Partial<Record<keyof typeof enCore, string>> = {
  'app.name': 'Acupress',
  'app.tagline': 'Una rutina guiada de acupresión para el cuello rígido',
  'nav.home': 'Inicio',
  'nav.points': 'Puntos',
  'nav.help': 'Cuándo buscar ayuda',
  'nav.about': 'Acerca de',
  'nav.sources': 'Fuentes',
  'nav.settings': 'Ajustes',
  'nav.main': 'Principal',
  'nav.skip': 'Saltar al contenido',
  'nav.more': 'Más',
  'home.title': 'Relaja el cuello rígido, punto a punto',
  'home.intro':
    'Acupress te guía por los cinco puntos de acupresión de un artículo publicado de autocuidado para el cuello rígido o dolorido. Te dice dónde está cada punto, qué mano o qué lado presionar y durante cuánto tiempo, con avisos que puedes seguir con la pantalla apagada.',
  'home.private':
    'Todo se queda en este dispositivo. Sin cuenta, sin rastreo y funciona sin conexión.',
  'home.start': 'Empezar una sesión',
  'home.points': 'Los cinco puntos',
  'home.pointsIntro': 'Aprende dónde está cada punto antes de empezar.',
  'home.notCare':
    'Es una rutina de confort y relajación; no es un diagnóstico ni un tratamiento. Si algo no va bien, consulta cuándo buscar ayuda.',
  'guide.title': 'Los cinco puntos',
  'guide.intro':
    'Cada punto tiene una pequeña zona de búsqueda. Tu punto puede estar un poco desplazado respecto al dibujo: mueve la yema del dedo por la zona hasta encontrar el hueco sensible.',
  'guide.article': 'Punto {number} del artículo: {heading}',
  'guide.location': 'Dónde está',
  'guide.find': 'Cómo encontrarlo',
  'guide.sides': 'Qué lado',
  'guide.technique': 'Cómo presionar',
  'guide.techniqueHold':
    'Presiona y mantén durante el tiempo que elijas: al menos 20–30 segundos; lo ideal son dos minutos o más.',
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
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'Esta página no existe.',
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
