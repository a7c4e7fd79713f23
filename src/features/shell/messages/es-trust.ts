import type { enTrust } from './en-trust';

/** Spanish messages of the trust feature, translated from en-trust.ts. */
export const esTrust: Record<keyof typeof enTrust, string> = {
  'trust.licenses.title': 'Licencias de código abierto',
  'trust.licenses.link': 'Licencias de código abierto',
  'trust.licenses.intro':
    'Acupress está hecha con software de código abierto. Estos son los paquetes que van dentro de la app, con sus licencias.',
  'trust.licenses.count.one': '{count} paquete.',
  'trust.licenses.count.other': '{count} paquetes.',
  'trust.licenses.package': '{name}, versión {version}',
  'trust.licenses.license': 'Licencia: {license}',
  'trust.licenses.usedFor': 'Se usa para: {use}',
  'trust.licenses.project': 'Dirección del proyecto: {url}',
  'trust.licenses.showText': 'Ver el texto de la licencia de {name}',
  'trust.licenses.sameText':
    'Este paquete no tiene un archivo de licencia propio. Su licencia es la misma que la de {other}, que se muestra en el texto de licencia de ese paquete.',
  'trust.licenses.use.app': 'la propia app',
  'trust.licenses.use.cameraModel': 'el modelo de la mano del modo cámara',
  'trust.licenses.use.serviceWorker': 'funcionar sin conexión (el service worker)',
  'trust.a11y.link': 'Declaración de accesibilidad',
  'trust.a11y.title': 'Declaración de accesibilidad',
  'trust.a11y.intro':
    'Acupress está pensada para toda persona que quiera una rutina guiada para el cuello rígido, sea cual sea el dispositivo, el navegador o la tecnología de apoyo que use. Esta declaración dice a qué norma aspiramos, cómo se prueba la app, qué sabemos que aún no es accesible y qué no se ha probado.',
  'trust.a11y.standardTitle': 'La norma a la que aspiramos',
  'trust.a11y.standardBody':
    'Las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA.',
  'trust.a11y.testedTitle': 'Cómo se prueba',
  'trust.a11y.testedEngines':
    'Comprobaciones automáticas con axe-core y las reglas de WCAG 2.2 AA, en tres motores de navegador: Chromium (Chrome, Edge y la mayoría de los navegadores de Android), WebKit (Safari, y todos los navegadores de iPhone y iPad) y Firefox.',
  'trust.a11y.testedAll':
    'En los tres motores: la pantalla de inicio, la preparación de la sesión, una sesión en curso y el Historial pasan axe, y una primera sesión, desde las señales de alarma hasta una entrada guardada en el diario, se recorre con controles encontrados por los nombres que anuncia un lector de pantalla.',
  'trust.a11y.testedChromium':
    'Además, en Chromium: las señales de alarma, cada estado de una sesión, el Historial como tabla y con un error de importación, los ajustes, la ayuda, la información, las fuentes, las licencias, la app sin conexión y las páginas a 320 y 640 píxeles de ancho.',
  'trust.a11y.testedKeyboard':
    'Solo con el teclado (Tab, Intro, Espacio y las flechas): en los tres motores, desde la pantalla de inicio, pasando por una sesión, hasta una entrada guardada en el diario; en Chromium, una primera sesión completa desde las señales de alarma.',
  'trust.a11y.lastRun':
    'Estas comprobaciones pasaron por última vez en los tres motores el {date}. Se repiten con cada cambio de la app.',
  'trust.a11y.knownTitle': 'Lo que aún no es accesible',
  'trust.a11y.knownCamera':
    'El modo cámara («Muéstramelo en mi mano») dibuja el punto sobre la imagen en vivo de la mano, así que necesita la vista. Sin la vista, use la guía hablada: los pasos escritos en la página de cada punto, que un lector de pantalla lee, y las indicaciones habladas de la sesión.',
  'trust.a11y.knownDrawings':
    'Los dibujos de los puntos tienen descripciones de texto, pero su detalle fino solo está en los pasos escritos junto a ellos.',
  'trust.a11y.knownWebKit':
    'El WebKit con el que probamos se ejecuta en Linux, no en un iPhone: el sonido con la pantalla bloqueada y VoiceOver pueden comportarse de otro modo en un teléfono.',
  'trust.a11y.notTestedTitle': 'Lo que no se ha probado',
  'trust.a11y.notTestedBody':
    'Los lectores de pantalla en dispositivos reales: VoiceOver en iPhone y Mac, TalkBack en Android y NVDA en Windows. Los pasos para probarlos a mano están en docs/real-devices.md, en el código fuente de la app.',
  'trust.licenses.use.voice': 'las indicaciones habladas (clips de voz generados al crear la app)',
};
