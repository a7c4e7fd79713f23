import type { enTrial } from './en';

/** Spanish messages of the personal trial, translated from en.ts. */
export const esTrial: Record<keyof typeof enTrial, string> = {
  'trial.nav': 'Compara días de rutina y días normales',
  'trial.title': 'Compara días de rutina y días normales',
  'trial.historyLink':
    'Compara días de rutina y días normales: mira qué muestran tus propios números',
  'trial.historyIntro':
    'Compara días de rutina con días normales durante 2 a 4 semanas y mira qué dicen tus propios números.',
  'trial.why':
    'El dolor de una persona sube y baja por sí solo de un día a otro, y dos valoraciones de la misma persona pueden diferir unos 4 puntos por azar. Un par antes y después no distingue un cambio de esos altibajos. Por eso aquí se comparan días de rutina con días de comparación en un orden al azar, valorados a las mismas horas, durante varias semanas, y se muestra lo que enseñan tus propios números. Es una forma de mirar tus propios días, no una prueba de un tratamiento.',
  'trial.how.title': 'Cómo va',
  'trial.how.blocks':
    'Los días van por parejas: un día de rutina y un día de comparación, en un orden al azar dentro de cada pareja.',
  'trial.how.routine':
    'En un día de rutina, haz la rutina entre tus dos horas de valoración, más o menos a la misma hora cada día.',
  'trial.how.same':
    'Mantén todo lo demás igual en los dos tipos de día y marca «Tomé un analgésico» cuando hayas tomado uno.',
  'trial.how.length':
    'Dos semanas a menudo terminan en «todavía no se puede saber»; tres o cuatro semanas dan más parejas de días.',
  'trial.how.comparison': 'En un día de comparación, haz tu día normal, sin presionar.',
  'trial.how.rate':
    'Cada día, puntúa tu dolor a las dos horas que elegiste. Se compara la primera valoración dentro de una hora y media de cada hora; las demás se guardan como notas.',
  'trial.how.stop':
    'Se detiene y te pide hablar con un profesional sanitario si el dolor es mayor en los días de rutina en 1,5 puntos o más, si alguna valoración es 8 o más, o si anotas una señal de alarma. Se pausa a las dos semanas, o si tu dolor va a peor, hasta que un médico te haya visto el cuello.',
  'trial.setup.title': 'Planifica tu prueba',
  'trial.setup.length': '¿Cuánto tiempo?',
  'trial.setup.weeks.one': '{count} semana',
  'trial.setup.weeks.other': '{count} semanas ({blocks} parejas de días)',
  'trial.setup.first': 'Primera hora de valoración',
  'trial.setup.second': 'Segunda hora de valoración',
  'trial.setup.timesHint':
    'Por ejemplo, por la mañana y por la noche, con al menos 3 horas entre ellas. En un día de rutina, haz la rutina entre las dos.',
  'trial.setup.timesOrder':
    'La segunda hora de valoración debe ser al menos 3 horas después de la primera.',
  'trial.setup.start': 'Empezar la prueba hoy',
  'trial.setup.measure': 'Qué comparar',
  'trial.setup.measurePain': 'Valoración del dolor (de 0 a 10)',
  'trial.setup.measureTurn': 'Prueba de giro (grados)',
  'trial.setup.measureTurnHint':
    'A cada hora de valoración, puntúa tu dolor y luego haz la prueba de giro (unos 20 segundos): cuánto giras la cabeza hacia cada lado, hasta donde te resulte cómodo. Los días se comparan en grados, sumando izquierda y derecha. La valoración del dolor sigue deteniendo o pausando la prueba como se indica arriba.',
  'trial.days.turnTests': 'Pruebas previstas',
  'trial.days.turnNotes': 'Otras pruebas (notas)',
  'trial.days.turn': 'Giro, izq. + der.',
  'trial.turn.degrees': '{n}°',
  'trial.turn.pictureLabel':
    'Imagen de la diferencia: una línea de −{reach}° a +{reach}°, la franja de la variación propia de la prueba de −{threshold}° a +{threshold}°, y el intervalo.',
  'trial.turn.smallerSide': 'menor en días de rutina',
  'trial.turn.largerSide': 'mayor en días de rutina',
  'trial.turn.measure':
    'Se compara: la prueba de giro, en grados, cuánto giraste a la izquierda y a la derecha sumados. Más grados significa que giraste más.',
  'trial.turn.none': 'Todavía no hay ninguna pareja de días con los dos días medidos.',
  'trial.turn.same':
    'De media giraste lo mismo en los días de rutina que en los días de comparación.',
  'trial.turn.larger':
    'En los días de rutina giraste de media {amount} más que en los días de comparación.',
  'trial.turn.smaller':
    'En los días de rutina giraste de media {amount} menos que en los días de comparación.',
  'trial.turn.interval':
    'El intervalo de confianza del 95% va de {low} a {high}, con {count} parejas de días con los dos días medidos.',
  'trial.turn.noInterval.one':
    'Solo {count} pareja de días tiene los dos días medidos; un intervalo necesita al menos {needed}.',
  'trial.turn.noInterval.other':
    'Solo {count} parejas de días tienen los dos días medidos; un intervalo necesita al menos {needed}.',
  'trial.turn.moreBlocks':
    'Qué lo aclararía: más parejas de días. Si tus pruebas de giro siguieran así, unas {blocks} parejas con los dos días medidos podrían mostrar más.',
  'trial.turn.moreBlocksUnknown':
    'Qué lo aclararía: si tus pruebas de giro siguieran así, más parejas de días de las que cabe en una prueba de 4 semanas.',
  'trial.turn.thresholds':
    'Cómo se lee: el mismo giro medido otra vez puede variar por azar, así que una diferencia menor de {threshold}° (izquierda y derecha sumadas) no se distingue de la variación propia de la prueba. «Mayor» o «menor en días de rutina» necesita todo el intervalo más allá de {threshold}°; «ninguna diferencia mayor que la variación propia de la prueba» necesita todo el intervalo entre −{threshold}° y +{threshold}°. La prueba de giro es aproximada, no una medición clínica.',
  'trial.turn.method':
    'Método: en cada pareja, el día de rutina menos el día de comparación (cada día, la media de sus pruebas de giro previstas), promediado, con un intervalo de confianza del 95% (t), como en la guía de ensayos N de 1 de la Agencia para la Investigación y la Calidad de la Atención Médica de EE. UU. (2014).',
  'trial.verdict.turn-larger':
    'Un giro mayor en los días de rutina, por más que la variación propia de la prueba.',
  'trial.verdict.turn-smaller':
    'Un giro menor en los días de rutina, por más que la variación propia de la prueba.',
  'trial.verdict.turn-no-difference':
    'Ninguna diferencia mayor que la variación propia de la prueba.',
  'trial.summary.measureTurn':
    'Se compara: la prueba de giro (grados, izquierda y derecha sumadas), a las horas de valoración.',
  'trial.turn.saved':
    'Guardada en tu diario a las {time}: esta prueba de giro es la que se compara para esta hora de valoración.',
  'trial.turn.savedNote':
    'Guardada en tu diario a las {time} como nota: solo se compara la primera prueba de giro con los dos lados medidos, dentro de una hora y media de una hora de valoración.',
  'trial.today.turnTests.one': '{count} prueba de giro hoy.',
  'trial.today.turnTests.other': '{count} pruebas de giro hoy.',
  'trial.loading': 'Cargando tu prueba…',
  'trial.error.load': 'No se pudo cargar tu prueba. Prueba a recargar la página.',
  'trial.error.save': 'No se pudo guardar en este dispositivo. Inténtalo de nuevo.',
  'trial.today.title': 'Hoy',
  'trial.today.day': 'Día {day} de {total}',
  'trial.today.routine': 'Día de rutina',
  'trial.today.comparison': 'Día de comparación',
  'trial.today.routineHint': 'Hoy haz la rutina entre tus dos horas de valoración.',
  'trial.today.comparisonHint': 'Tu día normal, sin presionar.',
  'trial.today.next': 'Próxima hora de valoración: {time}.',
  'trial.today.noMore': 'Hoy no quedan más horas de valoración.',
  'trial.today.rated.one': '{count} valoración hoy.',
  'trial.today.rated.other': '{count} valoraciones hoy.',
  'trial.today.missing.one': '{count} hora prevista pasó sin valoración.',
  'trial.today.missing.other': '{count} horas previstas pasaron sin valoración.',
  'trial.today.startSession': 'Empezar la rutina de hoy',
  'trial.today.open': 'Abrir tu prueba',
  'trial.home.title': 'Tu prueba personal',
  'trial.rate.title': 'Valorar ahora',
  'trial.rate.intro':
    'Valora tu cuello tal como está ahora. Se compara la primera valoración cerca de cada una de tus horas de valoración; cualquier otra se guarda como nota.',
  'trial.rate.pain': '¿Cuánto te duele el cuello ahora mismo?',
  'trial.rate.stiffness': '¿Qué rigidez notas en el cuello ahora mismo? (opcional)',
  'trial.rate.note': 'Nota (opcional)',
  'trial.rate.warning': 'Tengo una de las señales de alarma de la lista',
  'trial.rate.warningList': 'Ver las señales de alarma',
  'trial.rate.painkiller': 'Hoy tomé un analgésico',
  'trial.rate.save': 'Guardar esta valoración',
  'trial.rate.needPain': 'Elige primero una valoración del dolor del 0 al 10.',
  'trial.rate.saved': 'Guardado: dolor {pain} a las {time}.',
  'trial.rate.savedNote':
    'Guardado como nota: dolor {pain} a las {time}. Solo se compara la primera valoración cerca de cada hora de valoración.',
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
  'trial.days.ratings': 'Valoraciones previstas',
  'trial.days.pain': 'Dolor medio',
  'trial.days.notes': 'Otras valoraciones (notas)',
  'trial.days.hidden':
    'Las medias se muestran cuando termina la prueba, para que no influyan en tus valoraciones.',
  'trial.days.missing': 'falta',
  'trial.days.notYet': 'todavía no',
  'trial.stop.button': 'Detener la prueba',
  'trial.stop.confirm': '¿Detener la prueba ahora? Tus valoraciones se quedan en tu diario.',
  'trial.stop.yes': 'Sí, detenerla',
  'trial.stop.no': 'Seguir',
  'trial.stopped': 'La detuviste tú el día {day} de {total}.',
  'trial.haltedOn': 'La detuvo la regla de seguridad el día {day} de {total}.',
  'trial.finished': 'Tu prueba fue del {start} al {end}.',
  'trial.answer.title': 'Lo que muestran tus números',
  'trial.answer.lower':
    'En los días de rutina tu dolor fue de media {amount} puntos más bajo que en los días de comparación.',
  'trial.answer.higher':
    'En los días de rutina tu dolor fue de media {amount} puntos más alto que en los días de comparación.',
  'trial.answer.same':
    'De media, tu dolor fue igual en los días de rutina y en los días de comparación.',
  'trial.answer.interval':
    'El intervalo de confianza del 95 % va de {low} a {high} puntos, a partir de {count} parejas de días con ambos días valorados.',
  'trial.answer.noInterval.one':
    'Solo {count} pareja de días tiene ambos días valorados; un intervalo necesita al menos {needed}.',
  'trial.answer.noInterval.other':
    'Solo {count} parejas de días tienen ambos días valorados; un intervalo necesita al menos {needed}.',
  'trial.answer.none': 'Todavía ninguna pareja de días tiene ambos días valorados.',
  'trial.answer.early': 'Detenida antes de tiempo: menos segura.',
  'trial.verdict.label': 'El resultado:',
  'trial.verdict.clearly-lower': 'Claramente más bajo en los días de rutina.',
  'trial.verdict.no-meaningful-difference': 'No hay indicios de una diferencia importante.',
  'trial.verdict.cant-tell': 'Todavía no se puede saber.',
  'trial.verdict.lower-not-clearly-meaningful':
    'Más bajo en los días de rutina, pero no claramente en una cantidad importante.',
  'trial.verdict.higher': 'Más alto en los días de rutina.',
  'trial.verdict.moreBlocks':
    'Lo que lo aclararía: más parejas de días. Si tus valoraciones siguieran como ahora, unas {blocks} parejas con ambos días valorados podrían mostrar más.',
  'trial.verdict.moreBlocksUnknown':
    'Lo que lo aclararía: si tus valoraciones siguieran como ahora, más parejas de días de las que puede dar una prueba de 4 semanas.',
  'trial.verdict.meaning':
    'Esto dice lo que muestran tus propios números durante estos días, nada más. No es un diagnóstico ni una prueba de un tratamiento.',
  'trial.thresholds':
    'Cómo se lee: 1,5 puntos es la mejoría más pequeña que las personas tratadas por dolor de cuello consideraron importante (una guía, no una regla para una persona), y dos valoraciones de la misma persona pueden diferir unos {detectable} puntos por azar (Kovacs y otros, BMC Musculoskeletal Disorders 2008). «Claramente más bajo» exige todo el intervalo por debajo de −{important}; «más bajo, pero no claramente en una cantidad importante», que esté por debajo de 0 y llegue a −{important}; «más alto», que esté entero por encima de 0; «no hay indicios de una diferencia importante», que esté entero entre −{important} y +{important}.',
  'trial.method':
    'Método: en cada pareja, el día de rutina menos el día de comparación (cada día, la media de sus valoraciones previstas), de media, con un intervalo de confianza del 95 % (t), como en la guía de ensayos N-de-1 de la Agencia para la Investigación y la Calidad de la Atención Médica de EE. UU. (AHRQ, 2014).',
  'trial.cannot.title': 'Lo que no puede decir',
  'trial.cannot.knew':
    'Sabías qué días eran de rutina, y esperar un cambio también baja las valoraciones.',
  'trial.cannot.routine':
    'No puede separar los puntos de la rutina tranquila de presionar y respirar.',
  'trial.cannot.others':
    'Cuenta con que todo lo demás siga igual en los dos tipos de día, analgésicos incluidos.',
  'trial.cannot.carryover':
    'Tu primera valoración del día llega antes de la rutina de ese día, así que un cambio que dure hasta el día siguiente se nota menos aquí.',
  'trial.adherence.title': 'Cómo fue el plan',
  'trial.adherence.routine': 'Rutina hecha en {done} de {total} días de rutina',
  'trial.adherence.comparison.one': 'presionaste en {count} día de comparación.',
  'trial.adherence.comparison.other': 'presionaste en {count} días de comparación.',
  'trial.adherence.painkiller':
    'Se anotó un analgésico en {routine} de los días de rutina y {comparison} de los días de comparación.',
  'trial.notBetter': 'Si tu cuello no está mejor en unas dos semanas, consulta a un médico.',
  'trial.picture.label':
    'Imagen de la diferencia: una línea de −5 a +5 puntos, la franja importante de −{important} a +{important} y el intervalo.',
  'trial.picture.lowerSide': 'más bajo en días de rutina',
  'trial.picture.higherSide': 'más alto en días de rutina',
  'trial.halt.title': 'La prueba se ha detenido',
  'trial.halt.emergency': 'Si es una de las señales de urgencia, llama ahora al {number}.',
  'trial.halt.doctor':
    'Si no es una señal de urgencia, ve al médico hoy, o antes de más autocuidado, como dice la lista de abajo.',
  'trial.halt.intro': 'Por qué se detuvo:',
  'trial.halt.higher-on-routine-days':
    'tu dolor fue más alto en los días de rutina que en los de comparación en {important} puntos o más',
  'trial.halt.rating-8-or-more': 'una valoración fue 8 o más',
  'trial.halt.warning-sign': 'anotaste una señal de alarma',
  'trial.halt.advice':
    'Deja de presionar y habla con un médico u otro profesional sanitario. Si tienes alguna de las señales de abajo, sigue su consejo.',
  'trial.pause.title': 'La prueba está en pausa: consulta a un médico',
  'trial.pause.two-weeks':
    'No está mejor tras dos semanas: llevas dos semanas de prueba con el cuello dolorido. El consejo de la aplicación es ir al médico si no está mejor en unas dos semanas.',
  'trial.pause.getting-worse':
    'Va a peor: tus últimos 3 días valorados tienen una media de unos 2 puntos o más por encima de los 3 primeros. Consulta a un médico.',
  'trial.pause.next':
    'La prueba solo sigue cuando un médico te haya visto el cuello. Hasta entonces, no presiones. También puedes detener la prueba.',
  'trial.pause.resume': 'Un médico me ha visto el cuello: seguir con la prueba',
  'trial.summary.link': 'Un registro de una página para guardar o compartir',
  'trial.summary.title': 'Tu prueba: un registro de una página',
  'trial.summary.none': 'Todavía no hay ninguna prueba que resumir.',
  'trial.summary.print': 'Imprimir',
  'trial.summary.hint':
    'Una página para guardar o compartir. Nada sale de este dispositivo salvo que lo imprimas o lo guardes.',
  'trial.summary.trial': 'La prueba',
  'trial.summary.dates': 'Prevista del {start} al {end}; horas de valoración {first} y {second}.',
  'trial.summary.routine': 'Rutina: {points}; presiones de {hold}.',
  'trial.summary.noRoutine': 'Rutina: todavía no hay ninguna sesión guardada.',
  'trial.summary.ratings.one': '{count} valoración rápida en la prueba (previstas y notas).',
  'trial.summary.ratings.other': '{count} valoraciones rápidas en la prueba (previstas y notas).',
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
