import type { enSafety } from './en';

/** Spanish messages of the safety feature, translated from en-safety.ts. */
export const esSafety: Record<keyof typeof enSafety, string> = {
  'safety.screen.title': 'Antes de empezar',
  'safety.screen.intro':
    'La acupresión es autocuidado para un cuello rígido o dolorido corriente. Algunos problemas de cuello necesitan un médico. Lee esta breve lista. Si algo de ella te pasa, elígelo para ver qué hacer.',
  'safety.screen.chooseHint':
    'Elige una frase si es cierta para ti. Las señales se refieren a cómo estás ahora; los motivos para consultar antes a un médico incluyen tu pasado: elige uno si te ha pasado alguna vez, aunque haga mucho tiempo.',
  'safety.screen.none': 'No me pasa nada de esto',
  'safety.screen.noneOthers': 'No me pasa nada de lo demás',
  'safety.screen.cleared': 'tu médico dio el visto bueno',
  'safety.screen.clearedNote':
    'El visto bueno de tu médico vale solo para esa frase. Vuelve a leer la lista: si ahora te pasa algo más de ella, elígelo.',
  'safety.group.emergency': 'Señales de urgencia',
  'safety.group.doctor-today': 'Señales para ir al médico hoy',
  'safety.group.doctor-first':
    'Motivos para consultar a un médico antes del autocuidado, ahora o en tu pasado',
  'safety.flag.meningitis-signs':
    'Cuello rígido junto con fiebre, dolor de cabeza intenso, vómitos, molestia con la luz fuerte, somnolencia o confusión, que cueste mucho despertarte, una convulsión o manchas en la piel que no desaparecen al presionar un vaso encima.',
  'safety.flag.artery-tear-signs':
    'Un dolor de cuello repentino, intenso y distinto de cualquier otro, con dolor de cabeza, sobre todo después de un giro del cuello o de una manipulación del cuello: puede ser un desgarro de una arteria del cuello.',
  'safety.flag.sudden-severe-headache':
    'Un dolor de cabeza repentino y muy intenso: el peor de tu vida, que llega al máximo en menos de un minuto.',
  'safety.flag.nerve-or-stroke-signs':
    'Debilidad, entumecimiento, un lado de la cara caído, dificultad para hablar, visión doble, dificultad para tragar o caminar, o una pérdida repentina del equilibrio.',
  'safety.flag.neck-injury':
    'Dolor de cuello después de una caída, una zambullida, un accidente de tráfico u otro golpe fuerte en la cabeza o el cuello.',
  'safety.flag.bladder-bowel-or-clumsiness':
    'Pérdida reciente del control de la vejiga o del intestino o de la función sexual, torpeza reciente en las manos o las piernas, o inestabilidad al caminar.',
  'safety.flag.heart-signs':
    'Dolor de cuello o de mandíbula junto con dolor en el pecho, falta de aire, sudor o sensación de desmayo.',
  'safety.flag.electric-shocks':
    'Sensaciones como descargas eléctricas por la columna o los brazos al doblar el cuello.',
  'safety.flag.arm-symptoms-worsening':
    'Entumecimiento, hormigueo o debilidad en un brazo que va a peor.',
  'safety.flag.unexplained-fever-sweats-weight':
    'Fiebre, sudores nocturnos o pérdida de peso que no sabes explicar.',
  'safety.flag.dizzy-turning-head':
    'Mareos, caídas repentinas sin perder el conocimiento o desmayos, sobre todo al girar la cabeza.',
  'safety.flag.giant-cell-arteritis-signs':
    'Tienes más de 50 años y un dolor de cabeza nuevo con el cuero cabelludo sensible, dolor de mandíbula al masticar o un cambio en la vista.',
  'safety.flag.risk-history':
    'Antecedentes de cáncer, tuberculosis, VIH o defensas bajas, consumo de drogas inyectadas, artritis inflamatoria, osteoporosis o cirugía de cuello, en cualquier momento de tu vida, aunque haga mucho tiempo.',
  'safety.flag.first-episode-age':
    'Es la primera vez que tienes un dolor de cuello así, y tienes menos de 20 años o más de 55.',
  'safety.flag.constant-or-night-pain':
    'Un dolor constante, que va cada vez a peor o que te despierta por la noche.',
  'safety.flag.lump-or-spine-tenderness':
    'Un bulto en el cuello, o un dolor agudo al tocar un punto concreto de la columna.',
  'safety.flag.polymyalgia-signs':
    'Tienes más de 50 años y una rigidez nueva en los dos hombros, con dificultad para levantar los brazos por la mañana.',
  'safety.flag.arm-pins-and-needles': 'Hormigueo o entumecimiento en un brazo.',
  'safety.advice.youChose': 'Has elegido',
  'safety.advice.emergency.title': 'Pide ayuda urgente ahora',
  'safety.advice.emergency.body':
    'Esto puede ser señal de un problema grave que necesita ayuda enseguida. No uses la acupresión. Llama ahora al número de emergencias o pide a alguien cercano que llame.',
  'safety.advice.doctor-today.title': 'Ve al médico hoy',
  'safety.advice.doctor-today.body':
    'Un médico debería revisarlo hoy, antes de que pruebes cualquier autocuidado. No uses la acupresión por ahora. Si empeora deprisa o te encuentras muy mal, llama al número de emergencias.',
  'safety.advice.doctor-first.title': 'Consulta a un médico antes del autocuidado',
  'safety.advice.doctor-first.body':
    'Es un motivo para hablar con un médico antes de probar la acupresión. Cuando un médico te diga que el autocuidado es adecuado para ti, puedes seguir.',
  'safety.advice.doctor-first.continue': 'Un médico me ha dicho que el autocuidado es adecuado',
  'safety.advice.back': 'Volver a la lista',
  'safety.emergency.police': 'Policía: {number}',
  'safety.emergency.elsewhere': 'Si estás en otro lugar, llama al número de emergencias local.',
  'safety.emergency.number': 'Número de emergencias: {number}',
  'safety.emergency.region': 'Es el número de emergencias de {region}.',
  'safety.emergency.unknownRegion':
    'Si no sabes cuál es tu número de emergencias: el 112 te comunica con ayuda en Europa y desde la mayoría de los teléfonos celulares o móviles, el 911 en Norteamérica y el 999 en el Reino Unido.',
  'safety.emergency.localNumber': 'número de emergencias de tu zona',
  'safety.emergency.callLocal': 'Llama al número de emergencias de tu zona.',
  'safety.emergency.ambulanceByArea': 'Ambulancias: {numbers}, según dónde estés.',
  'safety.emergency.alsoNumber':
    'El {number} comunica también con la policía, y en la provincia de Buenos Aires también envía ambulancias.',
  'safety.emergency.noSingleNumber':
    '{region} no tiene un único número de emergencias para todo el país.',
  'safety.emergency.notChecked':
    'No hemos podido comprobar un número de emergencias para {region}.',
  'safety.health.title': 'Unas preguntas sobre ti',
  'safety.health.intro':
    'Tus respuestas cambian la rutina y se quedan en este dispositivo. Puedes cambiarlas cuando quieras en Ajustes.',
  'safety.health.adult': '¿Tienes 18 años o más?',
  'safety.health.adultYes': 'Sí, tengo 18 años o más',
  'safety.health.adultNo': 'No, tengo menos de 18 años',
  'safety.health.under18':
    'Acupress está pensada para personas adultas. Si tienes menos de 18 años, no la uses por tu cuenta. Habla de tu cuello con tu madre, tu padre, la persona que te cuida o un médico.',
  'safety.health.pregnancy': 'Embarazo',
  'safety.health.pregnant': 'Estoy embarazada o podría estarlo: activar el modo embarazo',
  'safety.health.pregnantHint':
    'El modo embarazo omite Jianjing (GB21) y Hegu (LI4) de todas las rutinas. El artículo advierte que presionar Jianjing puede provocar contracciones uterinas, y Hegu se evita tradicionalmente durante el embarazo.',
  'safety.health.conditions': '¿Te pasa algo de esto?',
  'safety.health.conditionsHint':
    'Marca todo lo que te pase. Déjalo todo sin marcar si no te pasa nada.',
  'safety.condition.blood-thinners':
    'Tomo anticoagulantes o antiagregantes (warfarina, acenocumarol, aspirina, clopidogrel), o tengo un trastorno de la coagulación',
  'safety.condition.osteoporosis': 'Tengo osteoporosis',
  'safety.condition.inflammatory-arthritis':
    'Tengo artritis reumatoide u otra artritis inflamatoria',
  'safety.condition.cancer': 'Tengo cáncer',
  'safety.condition.recent-injury':
    'He tenido hace poco una fractura, una lesión en el cuello o una operación de cuello',
  'safety.condition.other-long-term': 'Tengo otra enfermedad o afección de larga duración',
  'safety.health.askDoctor':
    'Con lo que has marcado, consulta a un médico antes de usar la acupresión. Puedes seguir cuando un médico esté de acuerdo.',
  'safety.health.askedDoctor':
    'He consultado a un médico y está de acuerdo en que use la acupresión',
  'safety.health.continue': 'Continuar',
  'safety.health.needAge': 'Indica si tienes 18 años o más.',
  'safety.health.needDoctor':
    'Consulta primero a un médico. Cuando esté de acuerdo, marca la casilla sobre tu médico para seguir.',
  'safety.cautions.title': 'Mientras presionas',
  'safety.cautions.skin': 'No presiones nunca sobre {list}.',
  'safety.skin.vein': 'una vena',
  'safety.skin.mole': 'un lunar',
  'safety.skin.wart': 'una verruga',
  'safety.skin.bruise': 'un moretón',
  'safety.skin.cut': 'un corte',
  'safety.skin.scrape': 'un rasguño',
  'safety.skin.varicose-veins': 'varices',
  'safety.skin.swelling': 'una hinchazón',
  'safety.skin.infection': 'una infección',
  'safety.skin.burn': 'una quemadura',
  'safety.skin.rash': 'un sarpullido',
  'safety.skin.recent-scar': 'una cicatriz reciente',
  'safety.cautions.neck':
    'No presiones nunca la parte delantera ni los lados del cuello: por ahí pasan grandes arterias. Fengchi está detrás, debajo del cráneo.',
  'safety.cautions.firm':
    'Con qué fuerza: una molestia sorda que te deje respirar con calma. Si es aguda o supera más o menos un 3 sobre 10, presiona con menos fuerza.',
  'safety.cautions.sit': 'En Fengchi y Jianjing, siéntate en una silla con la espalda apoyada.',
  'safety.cautions.stop': 'Deja de presionar enseguida si notas algo de esto:',
  'safety.cautions.stopNext':
    'Si no se pasa en unos minutos, o notas debilidad, dificultad para hablar, visión doble o un dolor de cabeza repentino e intenso, llama al {number}.',
  'safety.stop.dizziness': 'mareo',
  'safety.stop.nausea': 'náuseas',
  'safety.stop.vision': 'cambios en la vista',
  'safety.stop.tingling-numbness': 'hormigueo o entumecimiento',
  'safety.help.title': 'Cuándo buscar ayuda',
  'safety.help.intro':
    'Acupress es para un cuello rígido o dolorido corriente. Estas señales indican que necesitas ayuda médica en lugar de autocuidado.',
  'safety.help.emergency': 'Llama ahora al número de emergencias si te pasa algo de esto:',
  'safety.help.doctor-today': 'Ve al médico hoy si te pasa algo de esto:',
  'safety.help.doctor-first':
    'Consulta a un médico antes de probar el autocuidado si te pasa algo de esto:',
  'safety.help.twoWeeks':
    'Ve al médico si tu cuello no está mejor al cabo de unas dos semanas. (Dos semanas es una elección prudente nuestra: el NHS habla de unas semanas).',
  'safety.help.worse':
    'Si después de una sesión te duele más, deja la rutina y vuelve a leer esta lista.',
  'safety.help.adults':
    'Acupress es para personas adultas. No es un diagnóstico ni un tratamiento, ni sustituye la visita al médico.',
  'safety.help.condition':
    'El artículo dice: «Si tienes una enfermedad de base, consulta a tu médico antes de usar la acupresión para tratar el dolor y la rigidez del cuello».',
  'safety.help.sources': 'De dónde sale esta lista',
  'safety.pregnancy.leftOut':
    'El modo embarazo está activado, así que este punto se omite de tus rutinas.',
  'safety.pregnancy.changeInSettings': 'Cambiarlo en Ajustes',
  'safety.settings.title': 'Ajustes',
  'safety.settings.language': 'Idioma',
  'safety.settings.languageHint':
    'La app empieza en el idioma de tu navegador. Tu elección se recuerda en este dispositivo.',
  'safety.settings.health': 'Tus respuestas de salud',
  'safety.settings.saved': 'Guardado en este dispositivo.',
  'safety.settings.warningSigns': 'Señales de alarma',
  'safety.settings.screenedOn': 'Leíste las señales de alarma el {date}.',
  'safety.settings.notScreened': 'Todavía no has leído las señales de alarma.',
  'safety.settings.readAgain': 'Volver a leer las señales de alarma',
  'safety.settings.read': 'Leer las señales de alarma',
  'safety.settings.pregnancyOn':
    'El modo embarazo está activado: Jianjing y Hegu se omiten de todas las rutinas.',
  'safety.language.en': 'English',
  'safety.language.es': 'Español',
  'safety.language.zh-Hans': '简体中文',
  'safety.about.what': 'Qué es Acupress',
  'safety.about.whatBody':
    'Acupress es una rutina guiada de confort y relajación para el cuello rígido o dolorido. Sigue un artículo publicado de autocuidado: sus cinco puntos, cómo encontrarlos, qué mano o qué lado presionar y durante cuánto tiempo. No es un diagnóstico ni un tratamiento, ni sustituye la visita al médico.',
  'safety.about.evidence': 'Qué dicen los estudios',
  'safety.about.evidenceIntro':
    'Las pruebas a favor de la acupresión para el dolor de cuello son débiles. Solo hay unos pocos estudios, casi todos pequeños:',
  'safety.about.study.matsubara':
    'Un ensayo pequeño de acupresión con 33 mujeres con dolor de cuello de larga duración (Matsubara y colaboradores, 2011).',
  'safety.about.study.kwon':
    'Una revisión sistemática que solo encontró informes de casos y series de casos: 15 estudios con 1037 personas, ninguno con grupo de comparación (Kwon y Lee, 2018).',
  'safety.about.study.selfApplied':
    'El ensayo EDIDO-CUH de acupresión aplicada por uno mismo con 160 personas (2021): el dolor fue 0,16 puntos más bajo que con la atención habitual sola (intervalo de confianza del 95 %: −0,80 a 0,48), una diferencia que no es importante.',
  'safety.about.study.cochrane':
    'Sobre el masaje del cuello, una revisión Cochrane (2024) encontró probablemente poca o ninguna diferencia frente a un masaje simulado.',
  'safety.about.noReview':
    'No encontramos ninguna revisión sistemática de 2020 a 2026 sobre la acupresión en puntos del cuerpo para el dolor de cuello.',
  'safety.about.otherIntro':
    'Ensayos recientes y más grandes de acupresión aplicada por uno mismo en otras afecciones encontraron beneficios pequeños, y donde también se probaron puntos simulados, presionarlos dio un resultado parecido:',
  'safety.about.other.yeung':
    'Artrosis de rodilla: 314 adultos; el dolor fue 0,54 puntos más bajo que solo con educación (intervalo de confianza del 95 %: −0,97 a −0,10) (Yeung y otros, JAMA Network Open, 2024).',
  'safety.about.other.zick':
    'Cansancio después de un cáncer de ovario: 171 mujeres que aprendieron con una aplicación; los puntos verdaderos y los simulados no se diferenciaron (Zick y otros, JAMA Network Open, 2026).',
  'safety.about.other.li':
    'Artrosis de rodilla: 150 adultos; frente a la atención habitual, el dolor fue 1,27 puntos más bajo con los puntos verdaderos y 1,24 puntos más bajo con los simulados (Li y otros, Arthritis Care & Research, 2018).',
  'safety.about.otherSummary':
    'Así que el beneficio puede venir más de la rutina tranquila de presionar y respirar que del punto exacto. «Tu punto» es cuestión de comodidad y confianza: el punto que te resulta adecuado.',
  'safety.about.trialNote':
    'La prueba personal (Compara días de rutina y días normales) muestra lo que enseñan tus propios números. No es una prueba de si un tratamiento funciona para una afección.',
  'safety.about.studySource': 'Fuente',
  'safety.about.evidenceSummary':
    'Por eso no podemos prometerte que la rutina te vaya a ayudar. A muchas personas les resulta agradable una rutina tranquila de presión y respiración lenta. Pruébala, fíjate en cómo te sientes y déjala si no te va bien.',
  'safety.about.articleClaim':
    'El artículo mismo dice: «La acupresión puede ayudar a aliviar el dolor, la tensión y la rigidez del cuello y los hombros». Es una cita de lo que afirma el artículo, no una promesa de Acupress.',
  'safety.about.credit': 'De dónde viene la rutina',
  'safety.about.creditBody':
    'Los cinco puntos, cómo encontrarlos y cuánto tiempo presionar vienen del artículo «Acupressure Points for Stiff Neck and Neck Pain», publicado en healthmad.com. La ubicación estándar de los puntos viene del estándar de la Organización Mundial de la Salud de 2008 y del estándar nacional chino. Las precauciones y las señales de alarma vienen de NICE, del NHS y de las demás fuentes de la página Fuentes.',
  'safety.about.sourcesLink': 'Ver todas las fuentes',
  'safety.about.privacy': 'Tu privacidad',
  'safety.about.privacyBody':
    'Todo lo que introduces se queda en este dispositivo. Acupress no tiene cuentas, ni servidor, ni analíticas, y funciona sin conexión.',
  'safety.sources.citedFor': 'Se cita para: {list}',
  'safety.sources.warningSigns': 'las señales de alarma',
  'safety.sources.cautions': 'las precauciones',
  'safety.sources.timing': 'cuánto tiempo y con qué frecuencia presionar',
  'safety.sources.evidence': 'lo que dicen los estudios (Acerca de)',
  'safety.sources.painScale': 'qué significa un cambio en tus valoraciones del dolor (Historial)',
  'safety.sources.emergencyNumbers': 'los números de emergencia (Cuándo buscar ayuda)',
  'safety.sources.trial': 'la prueba personal (Compara días de rutina y días normales)',
};
