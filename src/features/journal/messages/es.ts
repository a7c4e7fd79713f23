import type { enJournal } from './en';

/** Spanish messages of the journal, translated from en-journal.ts. */
export const esJournal: Record<keyof typeof enJournal, string> = {
  'journal.scale.pain': '¿Cuánto te duele el cuello ahora mismo?',
  'journal.scale.stiffness': '¿Qué rigidez notas en el cuello ahora mismo?',
  'journal.scale.painAfter': '¿Cuánto te duele el cuello ahora, después de la sesión?',
  'journal.scale.stiffnessAfter': '¿Qué rigidez notas en el cuello ahora, después de la sesión?',
  'journal.scale.hint': 'Elige un número del 0 al 10. Puedes saltarte esta pregunta.',
  'journal.scale.hintRequired': 'Elige un número del 0 al 10.',
  'journal.scale.painLow': '0 significa ningún dolor',
  'journal.scale.painHigh': '10 significa el peor dolor imaginable',
  'journal.scale.stiffLow': '0 significa ninguna rigidez',
  'journal.scale.stiffHigh': '10 significa la peor rigidez imaginable',
  'journal.scale.word.painLow': 'ningún dolor',
  'journal.scale.word.stiffLow': 'ninguna rigidez',
  'journal.scale.word.high': 'lo peor imaginable',
  'journal.scale.clear': 'Borrar esta respuesta',
  'journal.scale.skipped': 'Sin responder.',
  'journal.scale.chosen': 'Has elegido {value}.',
  'journal.before.intro':
    'Valora ahora tu cuello para poder compararlo después de la sesión. Las dos preguntas son opcionales.',
  'journal.after.title': '¿Cómo te sientes ahora?',
  'journal.after.intro':
    'Estas preguntas son opcionales. Tus respuestas se quedan en este dispositivo y te ayudan a ver cómo te sientes después de cada sesión.',
  'journal.after.tender': '¿Qué puntos notaste sensibles?',
  'journal.after.right': '¿Qué puntos notaste bien, como si hubieras dado con el lugar?',
  'journal.after.noPoints': 'En esta sesión no se presionó ningún punto.',
  'journal.after.note': 'Una nota para ti (opcional)',
  'journal.after.save': 'Guardar en mi diario',
  'journal.after.saving': 'Guardando…',
  'journal.after.saved': 'Guardado en tu diario.',
  'journal.after.history': 'Ver tu historial',
  'journal.after.worse':
    'Te duele más que antes de la sesión. Deja de presionar y lee cuándo buscar ayuda.',
  'journal.after.worseLink': 'Cuándo buscar ayuda',
  'journal.after.before': 'Antes de la sesión: dolor {pain}, rigidez {stiffness}.',
  'journal.after.notRated': 'sin valorar',
  'journal.error.quota':
    'Tu dispositivo no tiene espacio libre, así que esta sesión no se ha podido guardar. Se conserva en memoria mientras la app siga abierta. Libera espacio y vuelve a intentarlo, o expórtala ahora.',
  'journal.error.write':
    'El navegador no ha permitido guardar esta sesión. Se conserva en memoria mientras la app siga abierta. Vuelve a intentarlo o expórtala ahora.',
  'journal.error.full':
    'Tu diario ya tiene {max} sesiones, el máximo que guarda, así que esta sesión no se ha guardado. Se conserva en memoria mientras la app siga abierta: expórtala ahora para conservarla.',
  'journal.error.load':
    'No se ha podido abrir tu diario. Puede que el navegador esté bloqueando el almacenamiento, por ejemplo en una ventana privada.',
  'journal.error.retry': 'Volver a intentar guardar',
  'journal.error.export': 'Exportar las sesiones sin guardar',
  'journal.import.tooLarge':
    'El archivo ocupa más de {maxMb} MB, así que no puede ser un diario exportado desde esta app.',
  'journal.import.notJson': 'El archivo no es un JSON válido. Puede estar dañado o incompleto.',
  'journal.import.notOurs': 'El archivo no es un diario exportado desde Acupress.',
  'journal.import.newerVersion':
    'El archivo se creó con una versión más nueva de Acupress (versión de formato {version}). Actualiza la app y vuelve a importarlo.',
  'journal.import.unknownField': '«{field}» no es un campo del formato del diario.',
  'journal.import.missingField': 'Falta {field}.',
  'journal.import.wrongType': '{field} tiene un tipo de valor incorrecto.',
  'journal.import.score': '{field} debe ser un número entero del 0 al 10.',
  'journal.import.negative': '{field} no puede ser menor que cero.',
  'journal.import.tooBig': '{field} debe ser como máximo {max}.',
  'journal.import.date': '{field} no es una fecha válida.',
  'journal.import.tooLong': '{field} tiene más de {max} caracteres.',
  'journal.import.tooMany': '{field} tiene más de {max} elementos.',
  'journal.import.unknownValue': '{field} tiene un valor que esta app no conoce.',
  'journal.import.badId': '{field} debe tener de 1 a 100 letras, cifras, guiones o guiones bajos.',
  'journal.import.endsBeforeStart': 'la sesión termina antes de empezar.',
  'journal.import.duplicateId': 'tiene el mismo identificador que la sesión {other}.',
  'journal.import.forbiddenKey': 'no se admite un campo llamado «{name}».',
  'journal.import.inSession': 'Sesión {number}: {problem}',
  'journal.import.inFile': 'En el archivo: {problem}',
  'journal.import.inTurn': 'Resultado de la prueba de giro {number}: {problem}',
  'journal.import.sessionAndMoment':
    'nombra una sesión sin decir si fue antes o después de ella, o al revés.',
  'journal.field.painBefore': 'el dolor de antes',
  'journal.field.painAfter': 'el dolor de después',
  'journal.field.stiffnessBefore': 'la rigidez de antes',
  'journal.field.stiffnessAfter': 'la rigidez de después',
  'journal.field.startedAt': 'la hora de inicio',
  'journal.field.endedAt': 'la hora de fin',
  'journal.field.note': 'la nota',
  'journal.field.activeMs': 'la duración de la sesión en milisegundos',
  'journal.field.holdMs': 'la duración de la presión en milisegundos',
  'journal.field.id': 'el identificador de la sesión',
  'journal.field.value': 'un valor',
  'journal.history.title': 'Tu historial',
  'journal.history.intro':
    'Tus sesiones y cómo notabas el cuello antes y después. Todo esto se queda en este dispositivo.',
  'journal.history.loading': 'Abriendo tu diario…',
  'journal.history.empty':
    'Aún no hay sesiones guardadas. Después de una sesión, responde a las preguntas breves y guárdalas para verlas aquí.',
  'journal.history.start': 'Empezar una sesión',
  'journal.history.sessions': 'Sesiones',
  'journal.history.count.one': '{count} sesión guardada.',
  'journal.history.count.other': '{count} sesiones guardadas.',
  'journal.history.showList': 'Ver como lista',
  'journal.history.showTable': 'Ver como tabla',
  'journal.history.more': 'Ver sesiones anteriores',
  'journal.history.shown': 'Se muestran las {shown} más recientes de {total} sesiones.',
  'journal.history.item': '{date}, {length}',
  'journal.history.pain': 'Dolor {before} → {after}.',
  'journal.history.stiffness': 'Rigidez {before} → {after}.',
  'journal.history.noReadings': 'Sin valoraciones.',
  'journal.history.notRated': 'sin valorar',
  'journal.history.points': 'Puntos: {points}.',
  'journal.history.noPointsDone': 'No se presionó ningún punto.',
  'journal.history.ended': 'Terminada antes de tiempo.',
  'journal.history.noteLabel': 'Nota:',
  'journal.history.unsaved': 'Aún sin guardar',
  'journal.table.caption':
    'Sesiones, de la más reciente a la más antigua, con el dolor y la rigidez antes y después (de 0 a 10).',
  'journal.table.date': 'Fecha',
  'journal.table.length': 'Duración',
  'journal.table.painBefore': 'Dolor antes',
  'journal.table.painAfter': 'Dolor después',
  'journal.table.stiffBefore': 'Rigidez antes',
  'journal.table.stiffAfter': 'Rigidez después',
  'journal.table.points': 'Puntos presionados',
  'journal.table.note': 'Nota',
  'journal.chart.title': 'Evolución',
  'journal.chart.label':
    'Gráfico del dolor y la rigidez antes y después de cada sesión a lo largo del tiempo. Los mismos datos están en la vista de tabla.',
  'journal.chart.painBefore': 'Dolor antes',
  'journal.chart.painAfter': 'Dolor después',
  'journal.chart.stiffBefore': 'Rigidez antes',
  'journal.chart.stiffAfter': 'Rigidez después',
  'journal.chart.needsTwo': 'El gráfico aparece cuando tienes dos sesiones con valoraciones.',
  'journal.chart.grouped':
    'Cada punto es la media de {count} sesiones seguidas, para que un diario largo se lea bien.',
  'journal.summary.title': 'Lo que muestra tu diario',
  'journal.summary.lower.one':
    'En tu única sesión con las dos valoraciones, el dolor de después fue {amount} puntos más bajo que el de antes.',
  'journal.summary.lower.other':
    'En tus últimas {count} sesiones con las dos valoraciones, el dolor de después fue de media {amount} puntos más bajo que el de antes.',
  'journal.summary.higher.one':
    'En tu única sesión con las dos valoraciones, el dolor de después fue {amount} puntos más alto que el de antes.',
  'journal.summary.higher.other':
    'En tus últimas {count} sesiones con las dos valoraciones, el dolor de después fue de media {amount} puntos más alto que el de antes.',
  'journal.summary.same.one':
    'En tu única sesión con las dos valoraciones, el dolor de después fue igual que el de antes.',
  'journal.summary.same.other':
    'En tus últimas {count} sesiones con las dos valoraciones, el dolor de después fue de media igual que el de antes.',
  'journal.summary.stiffLower':
    'La rigidez de después fue de media {amount} puntos más baja que la de antes.',
  'journal.summary.stiffHigher':
    'La rigidez de después fue de media {amount} puntos más alta que la de antes.',
  'journal.summary.stiffSame': 'La rigidez de después fue de media igual que la de antes.',
  'journal.summary.scale':
    'Cómo leer estas cifras: en un estudio con personas con dolor de cuello, las valoraciones de una persona en la escala de 0 a 10 tenían que cambiar unos {detectable} puntos para distinguirse de los altibajos normales al puntuar; el cambio más pequeño que las personas consideraban importante era de unos {important} puntos (Kovacs y colaboradores, 2008).',
  'journal.summary.none':
    'Valora tu dolor antes y después de una sesión para ver cómo cambia. Las dos preguntas son opcionales.',
  'journal.summary.observation':
    'Esto describe tus propias anotaciones. No demuestra que la rutina haya causado el cambio.',
  'journal.points.title': 'Puntos',
  'journal.points.caption':
    'Cuántas veces se presionó cada punto y se marcó como sensible o bien localizado.',
  'journal.points.point': 'Punto',
  'journal.points.pressed': 'Sesiones en que se presionó',
  'journal.points.tender': 'Sensible',
  'journal.points.right': 'Bien localizado',
  'journal.storage.title': 'Tu diario en este dispositivo',
  'journal.storage.inApp':
    'Tu diario se guarda en esta app de la pantalla de inicio. El mismo sitio en el navegador guarda una copia aparte.',
  'journal.storage.inBrowser':
    'Tu diario se guarda en este navegador, en este dispositivo. Una app de Acupress en la pantalla de inicio guarda una copia aparte.',
  'journal.storage.kept':
    'Se conserva en este dispositivo: el navegador no lo borrará para liberar espacio.',
  'journal.storage.mayClear':
    'El navegador puede borrarlo cuando quede poco espacio. Guarda una copia de seguridad de vez en cuando.',
  'journal.storage.unknown':
    'Este navegador no indica si lo conserva. Guarda una copia de seguridad de vez en cuando.',
  'journal.storage.safari':
    'En Safari, en iPhone y iPad, los datos de un sitio web se borran si no lo abres durante 7 días de uso de Safari. Los datos de una app de la pantalla de inicio se conservan.',
  'journal.storage.lastBackup': 'Última copia de seguridad: {date}.',
  'journal.storage.noBackup': 'Todavía no has guardado ninguna copia de seguridad.',
  'journal.storage.save': 'Guardar una copia de seguridad (JSON)',
  'journal.storage.saved':
    'Copia guardada en tus descargas. Guárdala en otro lugar que no sea este navegador.',
  'journal.otherCopy.inApp':
    'Tu diario aquí está vacío. Esta app de la pantalla de inicio tiene su propio diario, aparte del navegador. Si antes usaste Acupress en el navegador, guarda allí una copia de seguridad (Ajustes, «Guardar una copia de seguridad») e impórtala aquí.',
  'journal.otherCopy.inBrowser':
    'Tu diario aquí está vacío. Si usas Acupress desde la pantalla de inicio, tu diario está allí, aparte de este navegador. Para verlo aquí, guarda una copia de seguridad en la app (Ajustes, «Guardar una copia de seguridad») e impórtala aquí.',
  'journal.otherCopy.import': 'Importar una copia de seguridad',
  'journal.backup.due.one': '{count} sesión nueva desde tu última copia de seguridad.',
  'journal.backup.due.other': '{count} sesiones nuevas desde tu última copia de seguridad.',
  'journal.backup.dueFirst.one':
    '{count} sesión en tu diario y todavía ninguna copia de seguridad.',
  'journal.backup.dueFirst.other':
    '{count} sesiones en tu diario y todavía ninguna copia de seguridad.',
  'journal.data.title': 'Tus datos',
  'journal.data.intro':
    'Tu diario se guarda solo en este navegador. Expórtalo para tener una copia o pasarlo a otro dispositivo.',
  'journal.data.exportCsv': 'Exportar como CSV (hoja de cálculo)',
  'journal.data.exportJson': 'Exportar como JSON (para importar)',
  'journal.data.exported': 'El archivo está listo en tus descargas.',
  'journal.data.importLabel': 'Importar un archivo de diario (JSON exportado desde Acupress)',
  'journal.data.importHint':
    'Antes de importar, la app descarga una copia de seguridad de tu diario actual. Las sesiones que ya tienes se saltan.',
  'journal.data.importing': 'Comprobando el archivo…',
  'journal.data.importReading': 'Leyendo el archivo…',
  'journal.data.importBackingUp': 'Guardando una copia de tu diario tal como está ahora…',
  'journal.data.importSaving': 'Añadiendo las sesiones a tu diario…',
  'journal.data.imported.one': 'Se ha importado {count} sesión.',
  'journal.data.imported.other': 'Se han importado {count} sesiones.',
  'journal.data.skipped.one': '{count} sesión ya estaba en tu diario y se ha saltado.',
  'journal.data.skipped.other': '{count} sesiones ya estaban en tu diario y se han saltado.',
  'journal.data.importFailed': 'No se ha importado nada. {reason}',
  'journal.data.importWriteFailed':
    'No se ha importado nada: el navegador no ha permitido guardar. Libera espacio y vuelve a intentarlo.',
  'journal.data.importFull':
    'No se ha importado nada: con este archivo tu diario tendría más de lo que guarda ({sessions} sesiones, {ratings} valoraciones rápidas, {trials} pruebas, {spots} marcas de punto).',
  'journal.data.delete': 'Borrar todos los datos',
  'journal.data.deleteIntro':
    'Esto elimina de este dispositivo tu diario, tus opciones guardadas, tus respuestas a las preguntas de seguridad y cualquier sesión en pausa. No se puede deshacer.',
  'journal.data.deleteConfirm': 'Sí, borrarlo todo',
  'journal.data.deleteCancel': 'Conservar mis datos',
  'journal.data.deleteQuestion': '¿Borrar todos tus datos de este dispositivo?',
  'journal.data.deleted': 'Se han borrado todos tus datos de este dispositivo.',
  'journal.data.deleteFailed':
    'No se han podido borrar algunos datos. Cierra las demás pestañas de Acupress y vuelve a intentarlo.',
  'journal.reminder.title': 'Recordatorios',
  'journal.reminder.intro':
    'Elige los días y una hora. Recibes un archivo de calendario para añadirlo a tu propio calendario, y un aviso discreto aquí mientras la app está abierta.',
  'journal.reminder.days': 'Días',
  'journal.reminder.time': 'Hora',
  'journal.reminder.save': 'Guardar y descargar el archivo de calendario',
  'journal.reminder.saved':
    'Recordatorio guardado. Abre el archivo descargado para añadirlo a tu calendario.',
  'journal.reminder.needDay': 'Elige al menos un día.',
  'journal.reminder.remove': 'Desactivar el recordatorio de la app',
  'journal.reminder.removed':
    'El recordatorio de la app está desactivado. Si añadiste el evento a tu calendario, quítalo también de allí.',
  'journal.reminder.eventTitle': 'Acupress: hora de tu rutina para el cuello',
  'journal.reminder.eventBody':
    'Abre Acupress cuando estés listo para una rutina breve. Sáltala si ahora no es buen momento.',
  'journal.day.MO': 'Lunes',
  'journal.day.TU': 'Martes',
  'journal.day.WE': 'Miércoles',
  'journal.day.TH': 'Jueves',
  'journal.day.FR': 'Viernes',
  'journal.day.SA': 'Sábado',
  'journal.day.SU': 'Domingo',
  'journal.chart.measure': 'Qué muestra el gráfico',
  'journal.chart.ratings': 'Valoraciones (0–10)',
  'journal.chart.degrees': 'Giro (grados)',
};
