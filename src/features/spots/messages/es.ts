import type { enSpots } from './en';

/** Spanish messages of "your spot", translated from en.ts. */
export const esSpots: Record<keyof typeof enSpots, string> = {
  'spots.prompt': '¿Encontraste tu punto? Muestra dónde',
  'spots.markHelp':
    'Toca en el dibujo el punto que te resulte adecuado. O mueve la marca con las flechas y pulsa Intro (Enter).',
  'spots.areaLabel':
    'Dónde encontraste el punto sensible: las flechas mueven la marca, Intro la guarda',
  'spots.marker': 'Marca: {where}.',
  'spots.markerFar': 'Marca: muy fuera de la zona.',
  'spots.markerOutside': 'Marca: fuera de la zona.',
  'spots.save': 'Guardar este punto',
  'spots.asShown': 'Más o menos donde se muestra',
  'spots.notFound': 'No lo encontré',
  'spots.cancel': 'Ahora no',
  'spots.saved.tapped': 'Guardado como tu punto.',
  'spots.saved.as-shown': 'Guardado: más o menos donde se muestra.',
  'spots.saved.not-found':
    'Anotado: esta vez no lo encontraste. La próxima vez, presiona despacio alrededor de la zona.',
  'spots.saved.elsewhere':
    'Eso está lejos de la zona, así que no se guarda como tu punto. Puede que el punto esté en otro sitio: presiona alrededor de la zona.',
  'spots.saved.outside-GB20':
    'Eso está fuera de la zona. Quédate dentro de ella, bajo el cráneo, en la parte de atrás; nunca presiones los lados ni la parte delantera del cuello.',
  'spots.saved.outside-GB21':
    'Eso está fuera de la zona. Quédate dentro de ella, en lo alto del hombro; nunca presiones los lados ni la parte delantera del cuello.',
  'spots.saved.full':
    'No se ha guardado: tu diario guarda {max} marcas de punto, lo máximo que puede exportar e importar de nuevo. «Olvidar mi punto» en la página de un punto libera espacio.',
  'spots.yours': 'Tu punto: {where}.',
  'spots.yoursMirror': 'Tu punto, reflejado del otro lado: {where}.',
  'spots.where.middle': 'en el centro de la zona',
  'spots.where.one': '{part} desde el centro de la zona',
  'spots.where.two': '{first} y {second} desde el centro de la zona',
  'spots.amount.a-little': 'un poco {direction}',
  'spots.amount.more': '{direction}',
  'spots.dir.thumb': 'hacia el pulgar',
  'spots.dir.little-finger': 'hacia el meñique',
  'spots.dir.fingers': 'hacia los dedos',
  'spots.dir.wrist': 'hacia la muñeca',
  'spots.dir.ear': 'hacia la oreja',
  'spots.dir.spine': 'hacia la columna',
  'spots.dir.neck': 'hacia el cuello',
  'spots.dir.shoulder-tip': 'hacia la punta del hombro',
  'spots.dir.higher': 'más arriba',
  'spots.dir.lower': 'más abajo',
  'spots.forget': 'Olvidar mi punto: {side}',
  'spots.journal.title': 'Tus puntos',
  'spots.journal.line': '{point}, {side}: encontrado {found} de {answers} veces.',
  'spots.journal.smaller': 'Tus últimas marcas están más juntas que las anteriores.',
  'spots.journal.not-smaller': 'Tus últimas marcas no están más juntas que las anteriores.',
  'spots.journal.too-few': 'Aún hay pocas marcas para ver si se juntan.',
  'spots.import.inMark': 'Marca de punto {number}: {problem}',
  'spots.import.outsideZone':
    '{field} debe estar dentro de la zona (de −1 a 1, y dentro de su círculo).',
  'spots.import.placeAndOutcome': 'solo un punto señalado lleva un lugar, y debe llevarlo.',
};
