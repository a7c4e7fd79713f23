import type { enCamera } from './en';

/** Spanish messages of camera mode, translated from en-camera.ts. */
export const esCamera: Record<keyof typeof enCamera, string> = {
  'camera.open': 'Muéstramelo en mi mano',
  'camera.openLeft': 'Cámara: mi mano izquierda',
  'camera.openRight': 'Cámara: mi mano derecha',
  'camera.title': 'Encuentra el punto en tu mano',
  'camera.intro':
    'Pon el dorso de tu {hand} delante de la cámara. La imagen se queda en este dispositivo: no se envía ni se guarda nada.',
  'camera.hand.left': 'mano izquierda',
  'camera.hand.right': 'mano derecha',
  'camera.video': 'Imagen de la cámara de tu mano, con la zona de búsqueda dibujada encima',
  'camera.starting': 'Encendiendo la cámara…',
  'camera.loading': 'Preparando el buscador de la mano: {loaded} de {total} MB.',
  'camera.loadingCached': 'Iniciando el buscador de la mano…',
  'camera.loadingFirst': 'La primera vez se descargan {total} MB. Después funciona sin conexión.',
  'camera.progress': 'Progreso de la descarga',
  'camera.searching': 'Buscando tu mano…',
  'camera.tracking':
    'Empieza aquí y luego tantea alrededor: mueve la yema del dedo dentro del círculo hasta encontrar el hueco sensible.',
  'camera.wrongHand': 'Esa es tu {shown}. Muestra el dorso de tu {hand}.',
  'camera.palm': 'Esa es tu palma. Muestra el dorso de tu {hand}.',
  'camera.noHand':
    'No se ha visto ninguna mano durante unos segundos. Pon el dorso de tu {hand} delante de la cámara, un poco más lejos y con buena luz.',
  'camera.lowLight':
    'Está demasiado oscuro para ver tu mano. Enciende una luz o ponte frente a una ventana.',
  'camera.problem.no-camera':
    'No se ha encontrado ninguna cámara en este dispositivo. El dibujo muestra dónde está el punto.',
  'camera.problem.denied':
    'El acceso a la cámara está desactivado para esta app. Puedes permitirlo en los ajustes del sitio de tu navegador o usar el dibujo.',
  'camera.problem.in-use':
    'Otra app está usando la cámara. Ciérrala y vuelve a intentarlo, o usa el dibujo.',
  'camera.problem.unsupported':
    'Este navegador no puede usar la cámara aquí. El dibujo muestra dónde está el punto.',
  'camera.problem.failed': 'La cámara no se ha encendido. Vuelve a intentarlo o usa el dibujo.',
  'camera.problem.model-failed':
    'El buscador de la mano no ha podido iniciarse en este dispositivo. El dibujo muestra dónde está el punto.',
  'camera.retry': 'Reintentar',
  'camera.guide': 'Ver el dibujo',
  'camera.close': 'Cerrar la cámara',
  'camera.privacy': 'La cámara se apaga en cuanto cierras esta vista.',
  'camera.licence': 'Modelo de la mano: MediaPipe, licencia Apache 2.0',
  'camera.markHelp':
    '¿Encontraste el punto sensible? Tócalo en la imagen, o mueve la marca con las flechas y pulsa Intro (Enter), para guardarlo como tu punto.',
  'camera.markArea':
    'Tu mano: toca tu punto sensible, o mueve la marca con las flechas y pulsa Intro (Enter)',
  'camera.markNoHand': 'Primero muestra el dorso de tu {hand} a la cámara; luego toca tu punto.',
  'camera.zoneLabel': 'Zona de búsqueda',
};
