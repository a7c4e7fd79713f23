import type { enTurn } from './en';

/** Spanish messages of the turn test, translated from en.ts. */
export const esTurn: Record<keyof typeof enTurn, string> = {
  'turn.nav': 'Prueba de giro',
  'turn.title': 'Prueba de giro: cuánto gira tu cabeza',
  'turn.historyIntro':
    'Mide cuánto gira tu cabeza hacia cada lado, con el teléfono apoyado en la cabeza. Unos 20 segundos, y es opcional.',
  'turn.historyLink': 'Abrir la prueba de giro',
  'turn.what': 'Qué mide',
  'turn.whatBody':
    'Cuánto giras la cabeza hacia cada lado, en grados, según los sensores de movimiento del teléfono mientras está apoyado en tu cabeza. Las lecturas se quedan en este dispositivo. Es una automedición aproximada, no una medición clínica.',
  'turn.limits':
    'En lecturas de prueba de giros con ángulos conocidos, 95 de cada 100 resultados quedaron a menos de 5° del giro real, hasta 90° a cada lado; un giro mayor se muestra como «90° o más». Dos pruebas del mismo giro pueden diferir hasta unos 5°, así que un cambio menor no se muestra como cambio.',
  'turn.how': 'Cómo sujetar el teléfono',
  'turn.howBody':
    'Siéntate erguido. Pon el teléfono plano sobre la cabeza, con la pantalla hacia arriba, o sujétalo plano contra la frente, y mantenlo quieto en la cabeza mientras giras. El teléfono dice cada paso en voz alta si tiene voz; los pasos también se muestran aquí.',
  'turn.comfort': 'Gira solo hasta donde te resulte cómodo. Nunca gires hasta sentir dolor.',
  'turn.confirm': 'No me duele el cuello después de una lesión y no me mareo al girar la cabeza.',
  'turn.tone': 'Poner un tono que sube a medida que giro la cabeza',
  'turn.start': 'Empezar la prueba de giro',
  'turn.stop': 'Parar',
  'turn.prompt.asking': 'Permite los sensores de movimiento para empezar.',
  'turn.prompt.rest': 'Mantén la cabeza quieta, mirando al frente.',
  'turn.prompt.left':
    'Gira la cabeza despacio hacia la izquierda, hasta donde te resulte cómodo, y mantén.',
  'turn.prompt.middle': 'Ahora vuelve al centro y mantén.',
  'turn.prompt.right':
    'Ahora gira despacio hacia la derecha, hasta donde te resulte cómodo, y mantén.',
  'turn.prompt.back': 'Ahora vuelve al centro.',
  'turn.prompt.done': 'Listo.',
  'turn.angle': 'Giro: {n}°',
  'turn.result': 'Izquierda {left}, derecha {right}.',
  'turn.degrees': '{n}°',
  'turn.degreesAtLeast': '{n}° o más',
  'turn.notMeasured': 'sin medir',
  'turn.resultNote': 'Aproximado, no es una medición clínica.',
  'turn.again': 'Repetir la prueba',
  'turn.problem.unsupported':
    'Este navegador no da lecturas de los sensores de movimiento, así que la prueba de giro no puede hacerse aquí.',
  'turn.problem.denied':
    'No se permitieron los sensores de movimiento. Puedes permitirlos en los ajustes del navegador y volver a intentarlo.',
  'turn.problem.no-readings':
    'Este dispositivo no dio lecturas de movimiento. La prueba de giro necesita un teléfono o una tableta con sensores de movimiento.',
  'turn.stopped':
    'Parada. Si te sientes mareado o mal, siéntate y descansa, y lee cuándo buscar ayuda.',
  'turn.help': 'Cuándo buscar ayuda',
  'turn.needsScreening':
    'La prueba de giro se abre después de la revisión de seguridad: primero lee las señales de alarma.',
  'turn.screeningLink': 'Ir a la revisión de seguridad',
  'turn.notOffered':
    'La prueba de giro no se te ofrece: nos dijiste que tuviste una lesión reciente en el cuello. Pregunta a tu médico antes de medir cuánto gira tu cuello.',
  'turn.saved': 'Guardado en tu diario: aparece en el Historial y se exporta con el diario.',
  'turn.saveFull':
    'No se guardó: el diario ya tiene tantos resultados de la prueba de giro como puede guardar.',
  'turn.saveFailed':
    'No se guardó: este navegador no lo guardó. Vuelve a hacer la prueba más tarde.',
  'turn.trial.title': 'Prueba de giro',
  'turn.trial.intro':
    'Tu prueba compara la prueba de giro. A cada hora de valoración, después de puntuar tu dolor, mide cuánto giras (unos 20 segundos).',
  'turn.trial.open': 'Hacer ahora la prueba de giro',
  'turn.trial.notOffered':
    'Por tus respuestas a las señales de alarma, no se ofrece la prueba de giro. Sigue puntuando tu dolor a tus horas de valoración.',
  'turn.check.title': 'Prueba de giro (opcional)',
  'turn.check.open': 'Mide cuánto giras (20 s, opcional)',
  'turn.check.loading': 'Preparando la prueba de giro…',
  'turn.check.before': 'Antes de la sesión: {result}',
  'turn.check.changeLabel': 'Cambio desde antes de la sesión',
  'turn.change.more.left': 'A la izquierda: +{n}° desde antes de la sesión.',
  'turn.change.more.right': 'A la derecha: +{n}° desde antes de la sesión.',
  'turn.change.moreAtLeast.left': 'A la izquierda: +{n}° o más desde antes de la sesión.',
  'turn.change.moreAtLeast.right': 'A la derecha: +{n}° o más desde antes de la sesión.',
  'turn.change.less.left': 'A la izquierda: {n}° menos que antes de la sesión.',
  'turn.change.less.right': 'A la derecha: {n}° menos que antes de la sesión.',
  'turn.change.lessAtLeast.left': 'A la izquierda: {n}° o más menos que antes de la sesión.',
  'turn.change.lessAtLeast.right': 'A la derecha: {n}° o más menos que antes de la sesión.',
  'turn.change.within.left':
    'A la izquierda: ningún cambio mayor que la dispersión propia de la prueba ({n}°).',
  'turn.change.within.right':
    'A la derecha: ningún cambio mayor que la dispersión propia de la prueba ({n}°).',
  'turn.change.unknown.left':
    'A la izquierda: no se puede mostrar un cambio (un lado sin medir, o ambos en el giro máximo que la prueba indica).',
  'turn.change.unknown.right':
    'A la derecha: no se puede mostrar un cambio (un lado sin medir, o ambos en el giro máximo que la prueba indica).',
  'turn.history.session': 'Prueba de giro antes de la sesión: {before}; después: {after}.',
  'turn.history.none': 'sin medir',
  'turn.chart.needsTwo': 'El gráfico en grados aparece después de dos pruebas de giro.',
  'turn.chart.label':
    'Gráfico de cuánto giró tu cabeza a la izquierda y a la derecha, en grados, a lo largo del tiempo. La lista de abajo tiene los últimos resultados.',
  'turn.chart.note':
    'Grados desde el centro; un giro de {cap}° o más se dibuja en {cap}°. Aproximado, no es una medición clínica.',
  'turn.chart.latest': 'Últimas pruebas de giro',
  'turn.chart.item': '{date}, por sí sola: {result}',
  'turn.chart.itemBefore': '{date}, antes de una sesión: {result}',
  'turn.chart.itemAfter': '{date}, después de una sesión: {result}',
  'turn.chart.left': 'Izquierda (°)',
  'turn.chart.right': 'Derecha (°)',
  'turn.historyLatest': 'Último: {date}, {result}.',
  'turn.resultPlain': 'Izquierda {left}, derecha {right}',
};
