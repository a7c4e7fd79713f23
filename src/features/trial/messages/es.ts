import type { enTrial } from './en';

/** Spanish messages of the personal trial, translated from en.ts. */
export const esTrial: Record<keyof typeof enTrial, string> = {
  'trial.nav': 'Descubre si te ayuda',
  'trial.title': 'Descubre si te ayuda',
  'trial.historyLink': 'Descubre si te ayuda: una prueba personal corta',
  'trial.historyIntro':
    'Compara días de rutina con días normales durante 2 a 4 semanas y mira qué dicen tus propios números.',
  'trial.why':
    'El dolor de una persona sube y baja por sí solo de un día a otro, y una sola valoración puede variar varios puntos sin motivo. Un par antes y después no distingue un cambio de esos altibajos. Por eso la prueba compara días de rutina con días de comparación en un orden al azar, valorados a las mismas horas, durante varias semanas. Solo cuenta una diferencia que destaque sobre esos altibajos.',
  'trial.how.title': 'Cómo funciona la prueba',
  'trial.how.blocks':
    'Los días van por parejas: un día de rutina y un día de comparación, en un orden al azar dentro de cada pareja.',
  'trial.how.routine': 'En un día de rutina, haz tu rutina de acupresión habitual.',
  'trial.how.comparison': 'En un día de comparación, haz tu día normal, sin presionar.',
  'trial.how.rate':
    'Valora tu dolor a tus dos horas de valoración cada día. También puedes valorar en cualquier otro momento; cada valoración cuenta para su día.',
  'trial.how.stop':
    'La prueba se detiene y te pide hablar con un profesional sanitario si el dolor es mayor en los días de rutina en una cantidad importante, si alguna valoración es 8 o más, o si anotas una señal de alarma.',
  'trial.setup.title': 'Planifica tu prueba',
  'trial.setup.length': '¿Cuánto tiempo?',
  'trial.setup.weeks.one': '{count} semana',
  'trial.setup.weeks.other': '{count} semanas ({blocks} parejas de días)',
  'trial.setup.first': 'Primera hora de valoración',
  'trial.setup.second': 'Segunda hora de valoración',
  'trial.setup.timesHint': 'Por ejemplo, por la mañana y por la noche.',
  'trial.setup.timesOrder': 'La segunda hora de valoración debe ser posterior a la primera.',
  'trial.setup.start': 'Empezar la prueba hoy',
  'trial.loading': 'Cargando tu prueba…',
  'trial.error.load': 'No se pudo cargar tu prueba. Prueba a recargar la página.',
  'trial.error.save': 'No se pudo guardar en este dispositivo. Inténtalo de nuevo.',
  'trial.today.title': 'Hoy',
  'trial.today.day': 'Día {day} de {total}',
  'trial.today.routine': 'Día de rutina',
  'trial.today.comparison': 'Día de comparación',
  'trial.today.routineHint': 'Hoy haz tu rutina habitual.',
  'trial.today.comparisonHint': 'Tu día normal, sin presionar.',
  'trial.today.next': 'Próxima hora de valoración: {time}.',
  'trial.today.noMore': 'Hoy no quedan más horas de valoración.',
  'trial.today.rated.one': '{count} valoración hoy.',
  'trial.today.rated.other': '{count} valoraciones hoy.',
  'trial.today.missing.one': 'Pasó {count} hora de valoración sin valoración.',
  'trial.today.missing.other': 'Pasaron {count} horas de valoración sin valoración.',
  'trial.today.startSession': 'Empezar la rutina de hoy',
  'trial.today.open': 'Abrir tu prueba',
  'trial.home.title': 'Tu prueba personal',
  'trial.rate.title': 'Valorar ahora',
  'trial.rate.intro':
    'Valora tu cuello tal como está ahora. Puedes valorar tantas veces como quieras.',
  'trial.rate.pain': '¿Cuánto te duele el cuello ahora mismo?',
  'trial.rate.stiffness': '¿Qué rigidez notas en el cuello ahora mismo? (opcional)',
  'trial.rate.note': 'Nota (opcional)',
  'trial.rate.warning': 'Tengo una de las señales de alarma de la lista',
  'trial.rate.warningList': 'Ver las señales de alarma',
  'trial.rate.save': 'Guardar esta valoración',
  'trial.rate.needPain': 'Elige primero una valoración del dolor del 0 al 10.',
  'trial.rate.saved': 'Guardado: dolor {pain} a las {time}.',
  'trial.reminders.title': 'Recordatorios en tu calendario',
  'trial.reminders.intro':
    'Añade las dos horas de valoración a tu propio calendario. Cada archivo se repite a diario mientras dura la prueba.',
  'trial.reminders.download': 'Archivo de calendario para las {time}',
  'trial.reminders.summary': 'Valora tu cuello (prueba de Acupress)',
  'trial.reminders.description':
    'Abre Acupress y valora tu cuello ahora: dolor y rigidez del 0 al 10.',
  'trial.days.title': 'Tus días hasta ahora',
  'trial.days.date': 'Fecha',
  'trial.days.kind': 'Día',
  'trial.days.ratings': 'Valoraciones',
  'trial.days.pain': 'Dolor medio',
  'trial.days.missing': 'falta',
  'trial.days.notYet': 'todavía no',
  'trial.stop.button': 'Detener la prueba',
  'trial.stop.confirm': '¿Detener la prueba ahora? Tus valoraciones se quedan en tu diario.',
  'trial.stop.yes': 'Sí, detenerla',
  'trial.stop.no': 'Seguir',
  'trial.stopped': 'Detuviste esta prueba el día {day} de {total}.',
  'trial.haltedOn': 'La prueba se detuvo el día {day} de {total}.',
  'trial.finished': 'Tu prueba fue del {start} al {end}.',
  'trial.answer.title': 'Lo que muestran tus números',
  'trial.answer.lower':
    'En los días de rutina tu dolor fue de media {amount} puntos más bajo que en los días de comparación.',
  'trial.answer.higher':
    'En los días de rutina tu dolor fue de media {amount} puntos más alto que en los días de comparación.',
  'trial.answer.same':
    'De media, tu dolor fue igual en los días de rutina y en los días de comparación.',
  'trial.answer.interval':
    'El intervalo del 95 % va de {low} a {high} puntos, a partir de {count} parejas de días con ambos días valorados.',
  'trial.answer.noInterval.one':
    'Solo {count} pareja de días tiene ambos días valorados; un intervalo necesita al menos {needed}.',
  'trial.answer.noInterval.other':
    'Solo {count} parejas de días tienen ambos días valorados; un intervalo necesita al menos {needed}.',
  'trial.answer.none': 'Todavía ninguna pareja de días tiene ambos días valorados.',
  'trial.verdict.label': 'La respuesta:',
  'trial.verdict.clearly-lower': 'Claramente más bajo en los días de rutina.',
  'trial.verdict.no-meaningful-difference': 'Ninguna señal de una diferencia importante.',
  'trial.verdict.cant-tell': 'Todavía no se puede saber.',
  'trial.verdict.moreBlocks':
    'Lo que lo aclararía: más parejas de días. Si tus valoraciones siguieran como ahora, unas {blocks} parejas con ambos días valorados podrían dar una respuesta.',
  'trial.verdict.moreBlocksUnknown':
    'Lo que lo aclararía: más parejas de días con ambos días valorados. Una prueba más larga da un intervalo más estrecho.',
  'trial.verdict.meaning':
    'Esto dice lo que muestran tus propios números durante estas semanas, nada más. No es un diagnóstico.',
  'trial.thresholds':
    'Cómo se lee: una diferencia de {important} puntos es la más pequeña que la gente considera importante, y una sola valoración de una persona puede variar unos {detectable} puntos por azar (Kovacs y otros, BMC Musculoskeletal Disorders 2008). «Claramente más bajo» exige todo el intervalo por debajo de −{important}; «ninguna señal de una diferencia importante» lo exige entero entre −{important} y +{important}.',
  'trial.method':
    'Método: en cada pareja, el día de rutina menos el día de comparación, de media, con un intervalo t del 95 %, como en la guía de ensayos N-de-1 de la Agencia de Investigación y Calidad Sanitaria de EE. UU. (AHRQ, 2014).',
  'trial.picture.label':
    'Imagen de la diferencia: una línea de −5 a +5 puntos, la franja importante de −{important} a +{important} y el intervalo.',
  'trial.picture.lowerSide': 'más bajo en días de rutina',
  'trial.picture.higherSide': 'más alto en días de rutina',
  'trial.halt.title': 'Detén la prueba y habla con un profesional sanitario',
  'trial.halt.intro': 'La prueba se ha detenido porque:',
  'trial.halt.higher-on-routine-days':
    'tu dolor fue más alto en los días de rutina que en los de comparación en {important} puntos o más',
  'trial.halt.rating-8-or-more': 'una valoración fue 8 o más',
  'trial.halt.warning-sign': 'anotaste una señal de alarma',
  'trial.halt.advice':
    'Deja de presionar y habla con un médico u otro profesional sanitario. Si ahora tienes alguna de las señales de abajo, sigue su consejo.',
  'trial.summary.link': 'Resumen para imprimir y llevar a un profesional',
  'trial.summary.title': 'Resumen de la prueba personal',
  'trial.summary.none': 'Todavía no hay ninguna prueba que resumir.',
  'trial.summary.print': 'Imprimir',
  'trial.summary.hint':
    'Una página para enseñar a un profesional sanitario. Nada sale de este dispositivo salvo que lo imprimas o lo guardes.',
  'trial.summary.trial': 'La prueba',
  'trial.summary.dates': 'Del {start} al {end}; horas de valoración {first} y {second}.',
  'trial.summary.routine': 'Rutina: {points}; presiones de {hold}.',
  'trial.summary.noRoutine': 'Rutina: todavía no hay ninguna sesión guardada.',
  'trial.summary.ratings.one': '{count} valoración rápida en la prueba.',
  'trial.summary.ratings.other': '{count} valoraciones rápidas en la prueba.',
  'trial.summary.journal': 'El diario',
  'trial.summary.sessions.one': '{count} sesión guardada.',
  'trial.summary.sessions.other': '{count} sesiones guardadas.',
  'trial.summary.back': 'Volver a la prueba',
  'trial.new': 'Empezar una prueba nueva',
  'trial.import.inRating': 'Valoración rápida {number}: {problem}',
  'trial.import.inTrial': 'Prueba {number}: {problem}',
  'trial.import.badPlan':
    'el plan debe ser parejas de días, cada una con un día de rutina y un día de comparación.',
  'trial.import.duplicateId': 'tiene el mismo identificador que el número {other}.',
};
