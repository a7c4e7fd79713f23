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
  'trust.licenses.use.voice': 'las indicaciones habladas (clips de voz generados al crear la app)',
};
