import type { enGuide } from './en';

/** Spanish messages of the point guide, translated from en.ts. */
export const esGuide: Record<keyof typeof enGuide, string> = {
  'guide.pic.SI3':
    'El dorso de tu {side}, con la palma hacia abajo. El punto está en el borde del meñique de la mano, en el pequeño hueco justo detrás del nudillo del meñique.',
  'guide.pic.EX-UE8':
    'El dorso de tu {side}, con la palma hacia abajo. El punto está entre los huesos del índice y del dedo medio, a medio ancho de pulgar por detrás de los nudillos.',
  'guide.pic.LI4':
    'El dorso de tu {side}, con la palma hacia abajo. El punto está junto a la mitad del hueso del índice, del lado del pulgar, presionando contra el hueso.',
  'guide.pic.GB20':
    'La parte de atrás de la cabeza, vista por detrás. El punto de tu {side} está en el hueco justo debajo del cráneo, por fuera de los gruesos músculos del cuello, más o menos a la altura del lóbulo de la oreja (una referencia aproximada). Las flechas muestran los pulgares deslizándose del centro hacia fuera.',
  'guide.pic.GB21':
    'Los hombros, vistos por detrás. El punto de tu {side} está en lo alto del hombro, a medio camino entre el bulto óseo de la base del cuello y la punta del hombro.',
  'guide.pic.fist':
    'Tu {hand} con el puño suelto, vista desde el lado del meñique. El punto está al final del pliegue de la piel, justo detrás del nudillo del meñique.',
  'guide.pic.grasp':
    'Tu otra mano sujeta tu {hand}: su pulgar presiona el dorso de la mano, junto a la mitad del hueso del índice, con el índice por debajo.',
  'guide.pic.muscles':
    'La cabeza y el cuello de lado. El músculo trapecio va desde la base de la cabeza hasta el hombro. El músculo esternocleidomastoideo va desde detrás de la oreja hasta la base de la garganta. La parte delantera y los lados del cuello están marcados: no presiones nunca ahí.',
  'guide.pic.measures':
    'Medidas con los dedos: el ancho de tu pulgar en su articulación más ancha es 1 cun. Tus cuatro dedos juntos, medidos a la altura de los nudillos del medio, son 3 cun.',
  'guide.label.c7': 'Bulto del cuello',
  'guide.label.shoulderTip': 'Punta del hombro',
  'guide.label.oneCun': '1 cun',
  'guide.label.threeCun': '3 cun',
  'guide.label.fengchi': 'Fengchi',
  'guide.label.trapezius': 'Trapecio',
  'guide.label.scm': 'ECM',
  'guide.label.neverPress': 'No presiones aquí',
  'guide.caption.hand.left': 'Dorso de la mano izquierda',
  'guide.caption.hand.right': 'Dorso de la mano derecha',
  'guide.caption.fist.left': 'Mano izquierda con el puño suelto, desde el lado del meñique',
  'guide.caption.fist.right': 'Mano derecha con el puño suelto, desde el lado del meñique',
  'guide.caption.grasp.left': 'La mano derecha sujeta la mano izquierda',
  'guide.caption.grasp.right': 'La mano izquierda sujeta la mano derecha',
  'guide.caption.head.left': 'Lado izquierdo, visto por detrás',
  'guide.caption.head.right': 'Lado derecho, visto por detrás',
  'guide.caption.shoulder.left': 'Hombro izquierdo, visto por detrás',
  'guide.caption.shoulder.right': 'Hombro derecho, visto por detrás',
  'guide.measuresCaption':
    'Mide con tus propios dedos: tu pulgar en su articulación más ancha es 1 cun; cuatro dedos juntos son 3 cun. Medio cun es la mitad del ancho de tu pulgar.',
  'guide.musclesTitle': 'Los músculos del cuello, y dónde no presionar nunca',
  'guide.musclesCaption':
    'El trapecio y el esternocleidomastoideo (ECM), vistos de lado. La parte delantera y los lados del cuello, sombreados, no se presionan nunca.',
  'guide.musclesWhy':
    'El artículo explica por qué se usan estos puntos: «En el cuello, los grandes músculos trapecio y esternocleidomastoideo (ECM) suelen ser la causa del dolor y la rigidez. El trapecio empieza en la base de la cabeza y baja por encima de los hombros, y el ECM va desde detrás de las orejas hasta el hueco de la base de la garganta».',
  'guide.neverNeck':
    'No presiones nunca la parte delantera ni los lados del cuello: por ahí pasan las arterias carótidas. Fengchi está en la parte de atrás de la cabeza, debajo del cráneo.',
  'guide.printLink': 'Una hoja para imprimir',
  'guide.print.title': 'Acupresión para el cuello rígido: los cinco puntos',
  'guide.print.intro':
    'La rutina del artículo «Acupressure Points for Stiff Neck and Neck Pain», tal como la guía Acupress. Una rutina de confort y relajación; no es un diagnóstico ni un tratamiento.',
  'guide.print.hint': 'Esta hoja cabe en una página A4 o Carta.',
  'guide.print.button': 'Imprimir esta hoja',
  'guide.print.sideLabel': 'Lado:',
  'guide.print.howLabel': 'Cómo:',
  'guide.print.cautionLabel': 'Precaución:',
  'guide.print.sideOpposite':
    'la mano contraria al lado del cuello que duele; las dos manos si duelen ambos lados o el centro.',
  'guide.print.sideBothHands': 'las dos manos, una tras otra, primero la del lado que duele.',
  'guide.print.sideBoth': 'los dos lados, primero el que duele.',
  'guide.print.hold': 'presiona y mantén con firmeza.',
  'guide.print.pulse':
    'presiona {on} segundos, suelta {off} segundo, {count} veces en un lado y luego en el otro.',
  'guide.print.routine': 'La rutina',
  'guide.print.order': 'Sigue los puntos en el orden del artículo, del 1 al 5.',
  'guide.print.firm':
    'Presiona con el pulgar o el índice, o haz pequeños círculos: una molestia sorda que te deje respirar con calma, nunca aguda ni de más de un 3 sobre 10. En Fengchi y Jianjing, siéntate con la espalda apoyada.',
  'guide.print.breathe': 'Respira hondo y con calma. No contengas nunca la respiración.',
  'guide.print.pregnancy': 'Si estás embarazada o podrías estarlo, omite {points}.',
  'guide.print.condition':
    'Si tienes un problema de salud, habla con un médico antes de usar la acupresión.',
  'guide.print.sources':
    'Fuentes: el artículo «Acupressure Points for Stiff Neck and Neck Pain» (healthmad.com); la ubicación de los puntos, del estándar de la OMS (2008) y del estándar nacional chino GB/T 40997-2021; las señales de alarma, de NICE y del NHS. La lista completa está en la página Fuentes de la app.',
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
};
