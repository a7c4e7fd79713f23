import type { enShell } from './en';

/** Spanish messages of the first screen, translated from en-shell.ts. */
export const esShell: Record<keyof typeof enShell, string> = {
  'app.name': 'Acupress',
  'app.tagline': 'Una rutina guiada de acupresión para el cuello rígido',
  'nav.home': 'Inicio',
  'nav.points': 'Puntos',
  'nav.help': 'Cuándo buscar ayuda',
  'nav.about': 'Acerca de',
  'nav.sources': 'Fuentes',
  'nav.settings': 'Ajustes',
  'nav.main': 'Principal',
  'nav.more': 'Más',
  'nav.skip': 'Saltar al contenido',
  'journal.nav': 'Historial',
  'home.title': 'Una rutina guiada y tranquila para el cuello rígido',
  'home.intro':
    'Acupress te guía por los cinco puntos de acupresión de un artículo publicado de autocuidado para el cuello rígido o dolorido. Te dice dónde está cada punto, qué mano o qué lado presionar y durante cuánto tiempo, con avisos que puedes seguir con la pantalla apagada.',
  'home.private':
    'Todo se queda en este dispositivo. Sin cuenta, sin rastreo y funciona sin conexión.',
  'home.start': 'Empezar una sesión',
  'home.startLast': 'Empezar con los ajustes de la última vez',
  'home.startLastHelp': 'Los mismos puntos, tiempos y avisos que en tu última sesión.',
  'stopSigns.line':
    'Para enseguida si notas mareo, náuseas, cambios en la vista, hormigueo o entumecimiento.',
  'home.points': 'Los cinco puntos',
  'home.pointsIntro': 'Aprende dónde está cada punto antes de empezar.',
  'home.notCare':
    'Es una rutina de confort y relajación; no es un diagnóstico ni un tratamiento. Si algo no va bien, consulta cuándo buscar ayuda.',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'Esta página no existe.',
  'journal.reminder.banner':
    'Es la hora que elegiste para tu rutina del cuello. Empiézala cuando quieras.',
  'journal.reminder.bannerStart': 'Empezar una sesión',
  'journal.reminder.bannerDismiss': 'Hoy no',
  'journal.reminder.label': 'Recordatorio',
};
