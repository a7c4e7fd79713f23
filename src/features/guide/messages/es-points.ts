import type { PointCatalog } from '../model/point-catalog';

/** The points' texts in Spanish, translated from the points data (src/domain/points.ts). */
export const esPoints: PointCatalog = {
  SI3: {
    name: 'Houxi (intestino delgado 3)',
    articleHeading: 'Dorso de la mano',
    articleInstructions:
      'Encuentra el punto de acupresión pasando el dedo por el borde exterior de la mano. Justo debajo del nudillo del meñique hay un pequeño hueco. Aplica una presión firme o masajea esta zona […].',
    location:
      'En el borde del meñique de la mano, en el hueco justo detrás del nudillo del meñique (del lado de la muñeca), donde la piel del dorso se une con la piel más clara de la palma.',
    findSteps: [
      'Cierra la mano en un puño suelto.',
      'Mira el borde del meñique de tu mano: un pliegue de la piel sale de la palma justo detrás del nudillo del meñique.',
      'El punto está al final de ese pliegue, en un pequeño hueco justo detrás del nudillo.',
      'O pasa un dedo por el borde exterior de la mano hacia el meñique hasta que caiga en el hueco justo debajo del nudillo.',
    ],
    findShort: 'Borde del meñique de la mano, en el hueco justo detrás del nudillo.',
    sidesWhy:
      'El artículo no indica ningún lado, así que presionas las dos manos, empezando por la mano del lado que duele.',
    pressure:
      'Presión firme con el pulgar o el índice, o pequeños círculos. Debe sentirse como una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
    cautions: {},
  },
  'EX-UE8': {
    name: 'Wailaogong, también llamado Luozhen, el «punto del cuello rígido» (EX-UE8)',
    articleHeading: 'Entre el segundo y el tercer dedo',
    articleInstructions:
      '[…] aplica presión entre el segundo y el tercer dedo. El punto está en el dorso de la mano, justo debajo de los nudillos. Cada mano corresponde al lado contrario del cuello. Si el dolor está en el lado izquierdo del cuello, usa el punto de la mano derecha, y al revés.',
    location:
      'En el dorso de la mano, entre los huesos del índice y del dedo medio, a medio ancho de pulgar (0,5 cun) por detrás de los nudillos.',
    findSteps: [
      'Pon con la palma hacia abajo la mano que vas a presionar.',
      'Busca los nudillos del índice y del dedo medio.',
      'Desde el espacio entre ellos, retrocede hacia la muñeca más o menos la mitad del ancho de tu pulgar (0,5 cun).',
      'El punto está ahí, en el surco entre los dos huesos.',
    ],
    findShort:
      'Dorso de la mano, entre los huesos del índice y del dedo medio, justo detrás de los nudillos.',
    sidesWhy:
      'El artículo dice que cada mano corresponde al lado contrario del cuello: si duele a la izquierda, presiona la mano derecha, y al revés. Si duelen los dos lados o el centro, presiona las dos manos.',
    pressure:
      'Presión firme con el pulgar o el índice, o pequeños círculos. Debe sentirse como una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
    cautions: {},
  },
  LI4: {
    name: 'Hegu (intestino grueso 4)',
    articleHeading: 'El punto Hegu',
    articleInstructions:
      'El punto Hegu está en la membrana entre el pulgar y el índice. Sujeta este punto con el pulgar y el índice de la otra mano. Aplica una presión firme o masajea la zona […].',
    location:
      'En el dorso de la mano, junto a la mitad del hueso del índice (el 2.º metacarpiano), del lado del pulgar: contra el hueso, no en la piel suelta de la membrana.',
    findSteps: [
      'Pon con la palma hacia abajo la mano que vas a presionar, con el pulgar y el índice un poco separados.',
      'Busca el hueso que va del nudillo del índice a la muñeca.',
      'A mitad de ese hueso, del lado del pulgar, presiona contra el hueso.',
      'Sujeta ahí con el pulgar sobre el dorso de la mano y el índice de la otra mano por debajo.',
    ],
    findShort: 'Dorso de la mano, junto a la mitad del hueso del índice, del lado del pulgar.',
    sidesWhy: 'Presiona cada mano por turnos, con el pulgar y el índice de la otra mano.',
    pressure:
      'Presión firme con el pulgar y el índice de la otra mano. Debe sentirse como una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
    cautions: {
      pregnancy:
        'Si estás embarazada o podrías estarlo, no presiones este punto: se evita tradicionalmente durante el embarazo. El modo embarazo lo omite.',
    },
  },
  GB20: {
    name: 'Fengchi (vesícula biliar 20)',
    articleHeading: 'Parte de atrás del cráneo',
    articleInstructions:
      'Pasa los pulgares por la base del cráneo, empezando por el centro de atrás y hacia fuera. Justo por fuera de la curva de los músculos del cuello hay dos hendiduras o surcos en la base del cráneo. Usa el pulgar o los pulgares para aplicar una presión firme. Estimula un punto repetidamente, manteniendo la presión tres segundos y soltando un segundo. Hazlo diez veces y repite en el otro lado.',
    location:
      'El estándar de la OMS lo sitúa en la parte de atrás de la cabeza, justo debajo de la base del cráneo, en el hueco entre la parte alta de los dos grandes músculos del cuello, a la altura del hueco que hay bajo el bulto central de la parte de atrás del cráneo. Hay uno a cada lado. Una referencia popular, que no forma parte del estándar: más o menos a la altura de los lóbulos de las orejas.',
    findSteps: [
      'Pon los dos pulgares en el centro de la parte de atrás de la cabeza, donde el cráneo se une con el cuello.',
      'Deslízalos hacia fuera por el borde inferior del cráneo.',
      'Justo después de los gruesos músculos a cada lado de la columna, cada pulgar cae en un surco debajo del cráneo (como referencia popular, más o menos a la altura de los lóbulos de las orejas).',
      'Quédate en la parte de atrás de la cabeza: no presiones nunca la parte delantera ni los lados del cuello.',
    ],
    findShort:
      'Debajo del cráneo, por detrás, en el surco justo por fuera de los músculos del cuello.',
    sidesWhy:
      'El artículo presiona un lado cada vez: presiona 3 segundos, suelta 1 segundo, diez veces, y luego el otro lado. Empieza por el lado que duele.',
    pressure:
      'Solo presión moderada, con el pulgar, siéntate con la espalda apoyada. Debe sentirse como una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
    cautions: {
      'moderate-pressure':
        'El artículo dice que aquí se aplique una presión firme. Acupress pide en cambio una presión moderada, porque Fengchi está cerca de la arteria vertebral, que pasa por debajo de este punto, en profundidad: se ha publicado un desgarro de esta arteria tras un masaje de cuello (World Neurosurgery, 2018).',
      'vertebral-artery':
        'Solo presión moderada: este punto está cerca de la arteria vertebral. Deja de presionar enseguida si te mareas, sientes náuseas, notas cambios en la vista o sientes hormigueo o entumecimiento.',
    },
  },
  GB21: {
    name: 'Jianjing (vesícula biliar 21)',
    articleHeading: 'La caída del hombro',
    articleInstructions:
      'Baja el pulgar por la caída del hombro. El punto de presión está más o menos a medio camino entre el cuello y el hombro. […] Aplica una presión firme en este punto de acupresión […]. Para obtener mejores resultados, trabaja los dos lados del cuerpo.',
    location:
      'En lo alto del hombro, a medio camino entre el bulto óseo de la base del cuello (la 7.ª vértebra cervical) y la punta del hombro.',
    findSteps: [
      'Inclina un poco la cabeza hacia delante y busca el bulto óseo que más sobresale en la base del cuello.',
      'Busca la punta del hombro, el punto óseo de su extremo exterior.',
      'El punto está en lo alto del hombro, a medio camino entre los dos.',
      'Baja el pulgar por la caída del hombro hasta ese lugar, más o menos a medio camino entre el cuello y el hombro.',
    ],
    findShort: 'Lo alto del hombro, a medio camino entre la base del cuello y la punta del hombro.',
    sidesWhy:
      'El artículo dice que, para obtener mejores resultados, se trabajan los dos lados, así que presionas los dos hombros, empezando por el lado que duele.',
    pressure:
      'Presión firme, siéntate con la espalda apoyada. Debe sentirse como una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
    cautions: {
      pregnancy:
        'Si estás embarazada o podrías estarlo, no presiones este punto: el artículo advierte que puede provocar contracciones uterinas. El modo embarazo lo omite.',
    },
  },
};
