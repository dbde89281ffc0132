<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionTable</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Owner (role)</source>
        <translation>Responsable (cargo)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Create from first step</source>
        <translation>Crear desde el primer paso</translation>
    </message>
    <message>
        <source>Create action items from the first step</source>
        <translation>Crear próximos pasos a partir del primer paso</translation>
    </message>
    <message>
        <source>Turn this group&apos;s first-step answer into action items (one per step)</source>
        <translation>Convertir la respuesta de este grupo sobre el primer paso en próximos pasos (uno por paso)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Add an action item</source>
        <translation>Agregar un próximo paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected action item</source>
        <translation>Quitar el próximo paso seleccionado</translation>
    </message>
    <message>
        <source>Action items problem</source>
        <translation>Problema con los próximos pasos</translation>
    </message>
    <message>
        <source>Action items changed on a device</source>
        <translation>Acciones cambiadas en un dispositivo</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{value}, not saved</source>
        <translation>{value}, sin guardar</translation>
    </message>
    <message>
        <source>Action {number}, {column}: {value}</source>
        <translation>Paso {number}, {column}: {value}</translation>
    </message>
    <message>
        <source>A device saved these action items without having seen your change (yours: {mine}). Theirs is shown; yours stays in the history.</source>
        <translation>Un dispositivo guardó estas acciones sin haber visto su cambio (el suyo: {mine}). Se muestran las del dispositivo; las de usted quedan en el historial.</translation>
    </message>
    <message>
        <source>A device had changed these action items since they were shown here (theirs: {theirs}). Your change is saved on top of theirs, and their version stays in the history.</source>
        <translation>Un dispositivo había cambiado estas acciones desde que se mostraron aquí (las suyas: {theirs}). Su cambio se guarda sobre las suyas, y su versión queda en el historial.</translation>
    </message>
    <message>
        <source>Every step of the first-step answer is already an action item.</source>
        <translation>Cada paso de la respuesta sobre el primer paso ya es un próximo paso.</translation>
    </message>
    <message>
        <source>This group has no first-step answer yet.</source>
        <translation>Este grupo todavía no ha respondido cuál es su primer paso.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nuevo paso</translation>
    </message>
</context>
<context>
    <name>ApprovalChainEditor</name>
    <message>
        <source>Approval chain</source>
        <translation>Cadena de aprobación</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Arrastre un paso, o pulse Alt+Arriba / Alt+Abajo, para cambiar el orden</translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation>Persona o cargo</translation>
    </message>
    <message>
        <source>Who signs off at this step (person or role)</source>
        <translation>Quién aprueba en este paso (persona o cargo)</translation>
    </message>
    <message>
        <source>Status of the approval step</source>
        <translation>Estado del paso de aprobación</translation>
    </message>
    <message>
        <source>Note on the approval step</source>
        <translation>Nota sobre el paso de aprobación</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Add an approval step</source>
        <translation>Agregar un paso de aprobación</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Remove the approval step</source>
        <translation>Quitar el paso de aprobación</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the approval step up</source>
        <translation>Subir el paso de aprobación</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the approval step down</source>
        <translation>Bajar el paso de aprobación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approval chain&lt;/b&gt; — in the order sign-off really happens</source>
        <translation>&lt;b&gt;Cadena de aprobación&lt;/b&gt; — en el orden en que de verdad se aprueba</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>What the policy covers; the ticks decide which clauses are proposed</source>
        <translation>Lo que cubre la política; las marcas deciden qué cláusulas se proponen</translation>
    </message>
    <message>
        <source>Other: {label}</source>
        <translation>Otro: {label}</translation>
    </message>
    <message>
        <source>Anything missing from the list</source>
        <translation>Cualquier cosa que falte en la lista</translation>
    </message>
    <message>
        <source>Other (type and press Enter)</source>
        <translation>Otro (escriba y pulse Intro)</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otro:</translation>
    </message>
    <message>
        <source>Other, saved</source>
        <translation>Otro, guardado</translation>
    </message>
    <message>
        <source>Unticked</source>
        <translation>Desmarcado</translation>
    </message>
    <message>
        <source>Unticked: {0} (it does not go with &quot;{1}&quot;).</source>
        <translation>Se desmarcó: {0} (no va junto con «{1}»).</translation>
    </message>
    <message>
        <source>Saved: Other — {text}</source>
        <translation>Guardado: Otro — {text}</translation>
    </message>
    <message>
        <source>Saved: no other</source>
        <translation>Guardado: sin otro</translation>
    </message>
</context>
<context>
    <name>ClauseList</name>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Tick to include; Alt+Up and Alt+Down reorder</source>
        <translation>Marque para incluir; Alt+Arriba y Alt+Abajo cambian el orden</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>{title} ({marks})</source>
        <translation>{title} ({marks})</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Show {what}</source>
        <translation>Mostrar {what}</translation>
    </message>
    <message>
        <source>Show the {what} of {org} to the room? It is shown under its group letter, not its name.</source>
        <translation>¿Mostrar a la sala el {what} de {org}? Aparece con la letra de su grupo, no con su nombre.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>Show it on the projector?</source>
        <translation>¿Mostrarlo en el proyector?</translation>
    </message>
    <message>
        <source>{what} looks like it holds {found}: {seen}. {reminder} Show it to the room anyway, or edit it first?</source>
        <translation>Parece que {what} contiene {found}: {seen}. {reminder} ¿Mostrarlo a la sala de todos modos, o editarlo antes?</translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation>Mostrar de todos modos</translation>
    </message>
    <message>
        <source>Do not show</source>
        <translation>No mostrar</translation>
    </message>
    <message>
        <source>The {what} of {org}</source>
        <translation>El {what} de {org}</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <source>Shown only on this laptop</source>
        <translation>Solo se muestran en esta computadora</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Room view summary</source>
        <translation>Resumen de la vista de la sala</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Only you see these; never on the projector</source>
        <translation>Solo las ve usted; nunca salen en el proyector</translation>
    </message>
    <message>
        <source>Workshop ended</source>
        <translation>Taller terminado</translation>
    </message>
    <message>
        <source>Opening the stage…</source>
        <translation>Abriendo la etapa…</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>Esta etapa no tiene notas.</translation>
    </message>
    <message>
        <source>Workshop ended at {time} — participant entry is closed; answers, notes and exports stay available.</source>
        <translation>El taller terminó a las {time}: la entrada de participantes está cerrada; las respuestas, las notas y las exportaciones siguen disponibles.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>{saved} — {what} of {organization}</source>
        <translation>{saved} — {what} de {organization}</translation>
    </message>
    <message>
        <source>{saved} — {what}</source>
        <translation>{saved} — {what}</translation>
    </message>
    <message>
        <source>Put the cursor in an answer first (Ctrl+E), then Ctrl+Shift+P.</source>
        <translation>Ponga primero el cursor en una respuesta (Ctrl+E) y luego pulse Ctrl+Shift+P.</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de organizaciones</translation>
    </message>
    <message>
        <source>Roster not read</source>
        <translation>No se leyó la lista</translation>
    </message>
    <message>
        <source>{file} is this event&apos;s own file.</source>
        <translation>{file} es el propio archivo de este evento.</translation>
    </message>
    <message>
        <source>Organization not added</source>
        <translation>No se agregó la organización</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Línea {number}: {problem}</translation>
    </message>
    <message>
        <source>Added 1 organization from {file}</source>
        <translation>Se agregó 1 organización de {file}</translation>
    </message>
    <message>
        <source>Added {count} organizations from {file}</source>
        <translation>Se agregaron {count} organizaciones de {file}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>{app} met a problem it did not expect.</source>
        <translation>{app} encontró un problema que no esperaba.</translation>
    </message>
    <message>
        <source>Everything saved so far is kept in the event file, and you can carry on. If something does not work as it should, save a copy of the event (File → Save a copy of the event as…, Ctrl+Shift+S) and start the app again.</source>
        <translation>Todo lo guardado hasta ahora está en el archivo del evento y puede continuar. Si algo no funciona como debería, guarde una copia del evento (Archivo → Guardar una copia del evento como…, Ctrl+Shift+S) y vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>What happened is written in the app&apos;s log. It holds no answers, notes or names, so you can attach it to a problem report:</source>
        <translation>Lo ocurrido está escrito en el registro de la aplicación. No contiene respuestas, notas ni nombres, así que puede adjuntarlo a un informe de problema:</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <source>Show the log folder</source>
        <translation>Mostrar la carpeta del registro</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>Problems since then: {count} more. The log has them too.</source>
        <translation>Problemas desde entonces: {count} más. El registro también los tiene.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Draft policy</source>
        <translation>Borrador de política</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the clause up</source>
        <translation>Subir la cláusula</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the clause down</source>
        <translation>Bajar la cláusula</translation>
    </message>
    <message>
        <source>Add our own clause</source>
        <translation>Agregar una cláusula propia</translation>
    </message>
    <message>
        <source>Add a clause the group writes</source>
        <translation>Agregar una cláusula que escribe el grupo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep a clause the choices no longer propose</source>
        <translation>Conservar una cláusula que las opciones ya no proponen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the group&apos;s own clause, or one no longer proposed</source>
        <translation>Quitar una cláusula propia del grupo, o una que ya no se propone</translation>
    </message>
    <message>
        <source>Clause title</source>
        <translation>Título de la cláusula</translation>
    </message>
    <message>
        <source>Clause text</source>
        <translation>Texto de la cláusula</translation>
    </message>
    <message>
        <source>Edit freely; the library text stays one click away</source>
        <translation>Edite con libertad; el texto de la biblioteca sigue a un clic</translation>
    </message>
    <message>
        <source>Reset to library text</source>
        <translation>Volver al texto de la biblioteca</translation>
    </message>
    <message>
        <source>Library clauses not in the draft</source>
        <translation>Cláusulas de la biblioteca que no están en el borrador</translation>
    </message>
    <message>
        <source>Add a clause your choices did not propose</source>
        <translation>Agregar una cláusula que sus opciones no propusieron</translation>
    </message>
    <message>
        <source>Add from the library</source>
        <translation>Agregar de la biblioteca</translation>
    </message>
    <message>
        <source>Add the chosen library clause</source>
        <translation>Agregar la cláusula elegida de la biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;Clauses in the draft&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cláusulas del borrador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show draft on projector</source>
        <translation>Mostrar el borrador en el proyector</translation>
    </message>
    <message>
        <source>Show this group&apos;s draft on the projector</source>
        <translation>Mostrar en el proyector el borrador de este grupo</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Por qué: {why}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>A device had saved a different draft for this group (theirs: {theirs}); yours is saved, and theirs stays in History…</source>
        <translation>Un dispositivo había guardado otro borrador para este grupo (el suyo: {theirs}); el de usted se guarda, y el suyo queda en Historial…</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Quitar cláusula</translation>
    </message>
    <message>
        <source>Remove “{title}” from this draft? Earlier drafts keep it and can be restored.</source>
        <translation>¿Quitar «{title}» de este borrador? Los borradores anteriores la conservan y se pueden recuperar.</translation>
    </message>
    <message>
        <source>Our own clause</source>
        <translation>Cláusula propia</translation>
    </message>
    <message>
        <source>Restored version {revision} (saved as a new version)</source>
        <translation>Se recuperó la versión {revision} (guardada como versión nueva)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Updated from a participant&apos;s browser</source>
        <translation>Actualizado desde el navegador de un participante</translation>
    </message>
    <message>
        <source>A device saved the draft without having seen your change (yours: {mine}). Theirs is shown; yours stays in History…</source>
        <translation>Un dispositivo guardó el borrador sin haber visto su cambio (el de usted: {mine}). Se muestra el del dispositivo; el de usted queda en Historial…</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>console</source>
        <translation>consola</translation>
    </message>
    <message>
        <source>participant&apos;s browser</source>
        <translation>navegador de un participante</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demostración</translation>
    </message>
    <message>
        <source>{org}: social media policy (draft)</source>
        <translation>{org}: política de redes sociales (borrador)</translation>
    </message>
    <message>
        <source>No draft yet: this group has not chosen what its policy covers, and its worksheet says no draft was made. Tick the lists on the left (or edit a clause) to start one from these clauses:</source>
        <translation>Todavía no hay borrador: este grupo no ha elegido qué cubre su política, y su hoja de trabajo dice que no se hizo un borrador. Marque las listas de la izquierda (o edite una cláusula) para empezar uno con estas cláusulas:</translation>
    </message>
    <message>
        <source>No clauses are included yet.</source>
        <translation>Todavía no se ha incluido ninguna cláusula.</translation>
    </message>
    <message>
        <source>Preview of the draft</source>
        <translation>Vista previa del borrador</translation>
    </message>
    <message>
        <source>The draft policy as it will print</source>
        <translation>El borrador de política tal como se imprimirá</translation>
    </message>
    <message>
        <source>Earlier drafts</source>
        <translation>Borradores anteriores</translation>
    </message>
    <message>
        <source>Every saved version of this draft</source>
        <translation>Cada versión guardada de este borrador</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Restore this draft version</source>
        <translation>Recuperar esta versión del borrador</translation>
    </message>
    <message>
        <source>Earlier drafts:</source>
        <translation>Borradores anteriores:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview: the draft as it will print&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa: el borrador tal como se imprimirá&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Version {number} · {time} · {source}</source>
        <translation>Versión {number} · {time} · {source}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actual)</translation>
    </message>
</context>
<context>
    <name>EndWorkshop</name>
    <message>
        <source>End the workshop?</source>
        <translation>¿Terminar el taller?</translation>
    </message>
    <message>
        <source>This records the end time and closes participant entry: the event code and every device&apos;s link stop working. All answers stay in the event file.</source>
        <translation>Esto registra la hora de cierre y cierra el acceso de participantes: el código del evento y el enlace de cada dispositivo dejan de funcionar. Todas las respuestas quedan en el archivo del evento.</translation>
    </message>
    <message>
        <source>End workshop</source>
        <translation>Terminar el taller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The event file still lists 1 device that joined ({groups}).</source>
        <translation>El archivo del evento aún guarda 1 dispositivo que se conectó ({groups}).</translation>
    </message>
    <message>
        <source>The event file still lists {count} devices that joined ({groups}).</source>
        <translation>El archivo del evento aún guarda {count} dispositivos que se conectaron ({groups}).</translation>
    </message>
    <message>
        <source>Remove the device records?</source>
        <translation>¿Quitar los registros de dispositivos?</translation>
    </message>
    <message>
        <source>Remove device records</source>
        <translation>Quitar los registros de dispositivos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>The device records were not removed</source>
        <translation>No se quitaron los registros de dispositivos</translation>
    </message>
    <message>
        <source>Export the worksheets?</source>
        <translation>¿Exportar las hojas de trabajo?</translation>
    </message>
    <message>
        <source>Write a Word worksheet for each of the {count} organizations and the session summary for you, into a folder you choose.</source>
        <translation>Escribir una hoja de trabajo de Word para cada una de las {count} organizaciones y el resumen de la sesión para usted, en una carpeta que usted elija.</translation>
    </message>
    <message>
        <source>{count} worksheets and the session summary are in {folder}. </source>
        <translation>Las {count} hojas de trabajo y el resumen de la sesión están en {folder}. </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Each record is a name like “Android phone” and when it was last seen. Erase them from the file and its backup copies? Answers stay.</source>
        <translation>Cada registro es un nombre como «Teléfono Android» y la última vez que se vio. ¿Borrarlos del archivo y de sus copias de seguridad? Las respuestas se conservan.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Folder for the worksheets and the summary</source>
        <translation>Carpeta para las hojas de trabajo y el resumen</translation>
    </message>
    <message>
        <source>The export did not finish</source>
        <translation>La exportación no terminó</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Address participants use</source>
        <translation>Dirección que usan los participantes</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Open participant entry</source>
        <translation>Abrir el acceso de participantes</translation>
    </message>
    <message>
        <source>Participant entry is closed.</source>
        <translation>El acceso de participantes está cerrado.</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Código del evento</translation>
    </message>
    <message>
        <source>QR code with the address and the code</source>
        <translation>Código QR con la dirección y el código</translation>
    </message>
    <message>
        <source>Participants may add their organization</source>
        <translation>Los participantes pueden agregar su organización</translation>
    </message>
    <message>
        <source>Organization / device</source>
        <translation>Organización / dispositivo</translation>
    </message>
    <message>
        <source>PIN / last seen</source>
        <translation>PIN / última conexión</translation>
    </message>
    <message>
        <source>Connected devices</source>
        <translation>Dispositivos conectados</translation>
    </message>
    <message>
        <source>Disconnect the selected device</source>
        <translation>Desconectar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Latest answer from a device</source>
        <translation>Última respuesta desde un dispositivo</translation>
    </message>
    <message>
        <source>The workshop has ended</source>
        <translation>El taller terminó</translation>
    </message>
    <message>
        <source>Participant entry stays closed: devices can no longer join or save answers. Everything already typed is in the event file.</source>
        <translation>El acceso de participantes queda cerrado: los dispositivos ya no pueden entrar ni guardar respuestas. Todo lo escrito está en el archivo del evento.</translation>
    </message>
    <message>
        <source>Participant entry could not open</source>
        <translation>No se pudo abrir el acceso de participantes</translation>
    </message>
    <message>
        <source>Close participant entry</source>
        <translation>Cerrar el acceso de participantes</translation>
    </message>
    <message>
        <source>The workshop has ended; participant entry stays closed.</source>
        <translation>El taller ha terminado; la entrada de participantes sigue cerrada.</translation>
    </message>
    <message>
        <source>their work</source>
        <translation>su trabajo</translation>
    </message>
    <message>
        <source>(updated)</source>
        <translation>(actualizado)</translation>
    </message>
    <message>
        <source>Saves from devices: {count}. Latest, {time}: {group} · {stage}
{preview}</source>
        <translation>Guardados desde dispositivos: {count}. El último, {time}: {group} · {stage}
{preview}</translation>
    </message>
    <message>
        <source>PIN {pin}</source>
        <translation>PIN {pin}</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>iPad</source>
        <translation>iPad</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Teléfono Android</translation>
    </message>
    <message>
        <source>Android tablet</source>
        <translation>Tableta Android</translation>
    </message>
    <message>
        <source>Chromebook</source>
        <translation>Chromebook</translation>
    </message>
    <message>
        <source>Windows laptop</source>
        <translation>Portátil con Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux laptop</source>
        <translation>Portátil con Linux</translation>
    </message>
    <message>
        <source>{device} · joined {time}</source>
        <translation>{device} · entró {time}</translation>
    </message>
    <message>
        <source>seen {time}</source>
        <translation>visto {time}</translation>
    </message>
    <message>
        <source>No answers from devices yet.</source>
        <translation>Todavía no hay respuestas desde dispositivos.</translation>
    </message>
    <message>
        <source>Saved from devices earlier: {count}. Latest, {time}: {organization} · {what}</source>
        <translation>Guardados antes desde dispositivos: {count}. El último, {time}: {organization} · {what}</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>una organización</translation>
    </message>
</context>
<context>
    <name>EraseActions</name>
    <message>
        <source>Delete this event for good?</source>
        <translation>¿Borrar este evento para siempre?</translation>
    </message>
    <message>
        <source>“{title}” ({date}) and everything in it — the answers of {organizations}, their history, maps, drafts and notes — is removed from this laptop, with its {copies} backup copies. This cannot be undone. Exported worksheets are not touched. Next, choose a folder for the deletion receipt.</source>
        <translation>«{title}» ({date}) y todo lo que contiene — las respuestas de {organizations}, su historial, mapas, borradores y notas — se borra de esta computadora, junto con sus {copies} copias de seguridad. No se puede deshacer. Las hojas de trabajo exportadas no se tocan. A continuación, elija una carpeta para el comprobante de borrado.</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 organización</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count} organizaciones</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>Conservar el evento</translation>
    </message>
    <message>
        <source>Folder for the deletion receipt</source>
        <translation>Carpeta para el comprobante de borrado</translation>
    </message>
    <message>
        <source>The event was not deleted</source>
        <translation>No se borró el evento</translation>
    </message>
    <message>
        <source>Event deleted</source>
        <translation>Evento borrado</translation>
    </message>
    <message>
        <source>“{title}” and {removed} files were deleted. The receipt is {written}.</source>
        <translation>Se borraron «{title}» y {removed} archivos. El comprobante es {written}.</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>No hay ninguna organización seleccionada</translation>
    </message>
    <message>
        <source>Select the organization to remove first.</source>
        <translation>Seleccione primero la organización que quiere quitar.</translation>
    </message>
    <message>
        <source>Remove {name} for good?</source>
        <translation>¿Quitar {name} para siempre?</translation>
    </message>
    <message>
        <source>Everything {name} gave this event — its answers and notes with every earlier version, its stakeholder map, draft and action items, and its devices — is erased from the event file and from its backup copies. The other organizations are not touched. This cannot be undone (Undo does not bring it back). Next, choose a folder for the receipt.</source>
        <translation>Todo lo que {name} aportó a este evento — sus respuestas y notas con todas sus versiones anteriores, su mapa de actores clave, su borrador y sus próximos pasos, y sus dispositivos — se borra del archivo del evento y de sus copias de seguridad. Las demás organizaciones no se tocan. No se puede deshacer (Deshacer no la trae de vuelta). A continuación, elija una carpeta para el comprobante.</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Quitar para siempre</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>Carpeta para el comprobante</translation>
    </message>
    <message>
        <source>{name} was not removed</source>
        <translation>No se quitó {name}</translation>
    </message>
    <message>
        <source>{name} was removed for good; the receipt is in {folder}.</source>
        <translation>{name} se quitó para siempre; el comprobante está en {folder}.</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organización quitada</translation>
    </message>
    <message>
        <source>{name} was erased from the event file and {copies} backup copies. The receipt is {written}.</source>
        <translation>{name} se borró del archivo del evento y de {copies} copias de seguridad. El comprobante es {written}.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Each worksheet is its organization&apos;s to keep: hand it over, then delete your own copies once they have it.</source>
        <translation>Cada hoja de trabajo es de su organización: entréguesela y, cuando la tengan, borre sus propias copias.</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>No hay ninguna organización seleccionada</translation>
    </message>
    <message>
        <source>Select an organization in the list first.</source>
        <translation>Seleccione primero una organización de la lista.</translation>
    </message>
    <message>
        <source>Save the worksheet for {name} as</source>
        <translation>Guardar la hoja de trabajo de {name} como</translation>
    </message>
    <message>
        <source>the worksheet for {name}</source>
        <translation>la hoja de trabajo de {name}</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>No hay nada que exportar</translation>
    </message>
    <message>
        <source>This event has no organizations.</source>
        <translation>Este evento no tiene organizaciones.</translation>
    </message>
    <message>
        <source>Folder for the worksheets of every organization</source>
        <translation>Carpeta para las hojas de trabajo de todas las organizaciones</translation>
    </message>
    <message>
        <source>worksheets</source>
        <translation>las hojas de trabajo</translation>
    </message>
    <message>
        <source>the worksheets and the session summary</source>
        <translation>las hojas de trabajo y el resumen de la sesión</translation>
    </message>
    <message>
        <source>Save the blank handout ({paper}) as</source>
        <translation>Guardar la hoja en blanco para repartir ({paper}) como</translation>
    </message>
    <message>
        <source>the blank handout</source>
        <translation>la hoja en blanco para repartir</translation>
    </message>
    <message>
        <source>Save the session summary as</source>
        <translation>Guardar el resumen de la sesión como</translation>
    </message>
    <message>
        <source>the session summary</source>
        <translation>el resumen de la sesión</translation>
    </message>
    <message>
        <source>An export is running</source>
        <translation>Hay una exportación en curso</translation>
    </message>
    <message>
        <source>Wait for the export in progress to finish.</source>
        <translation>Espere a que termine la exportación en curso.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Some text could not be saved (see the red banner); save it, then export again.</source>
        <translation>No se pudo guardar parte del texto (vea la franja roja); guárdelo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>No calendar for {names}: no action items.</source>
        <translation>No hay calendario para {names}: no tiene próximos pasos.</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>Exportando {what}…</translation>
    </message>
    <message>
        <source>Writing the worksheets…</source>
        <translation>Escribiendo las hojas de trabajo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting worksheets</source>
        <translation>Exportando hojas de trabajo</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <source>Written {done} of {total}: {name}</source>
        <translation>Escritas {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} archivos</translation>
    </message>
    <message>
        <source> 1 file finished before it stays in {folder}.</source>
        <translation> El archivo terminado antes queda en {folder}.</translation>
    </message>
    <message>
        <source> {count} files finished before it stay in {folder}.</source>
        <translation> Los {count} archivos terminados antes quedan en {folder}.</translation>
    </message>
    <message>
        <source>Export of {what} failed</source>
        <translation>Falló la exportación de {what}</translation>
    </message>
    <message>
        <source>Export cancelled: {files} written to {folder}.</source>
        <translation>Exportación cancelada; en {folder} quedan: {files}.</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>Exportación lista: {files} en {folder}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FlaggedDialog</name>
    <message>
        <source>Answers that may identify a client</source>
        <translation>Respuestas que podrían identificar a un cliente</translation>
    </message>
    <message>
        <source>These look like they identify a client. Edit them in the console (or leave them, if they do not), then export again.</source>
        <translation>Parece que estas identifican a un cliente. Edítelas en la consola (o déjelas si no es así) y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Flagged answers</source>
        <translation>Respuestas señaladas</translation>
    </message>
    <message>
        <source>Enter goes to the selected one</source>
        <translation>Intro va a la seleccionada</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>Ir a ella</translation>
    </message>
</context>
<context>
    <name>FlaggedReview</name>
    <message>
        <source>1 answer</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <source>1 answer or record</source>
        <translation>1 respuesta o registro</translation>
    </message>
    <message>
        <source>{count} answers or records</source>
        <translation>{count} respuestas o registros</translation>
    </message>
    <message>
        <source>Review before exporting?</source>
        <translation>¿Revisar antes de exportar?</translation>
    </message>
    <message>
        <source>This export holds {count} that look like they identify a client ({found}). {reminder} Review them before exporting?</source>
        <translation>Esta exportación contiene {count} que parecen identificar a un cliente ({found}). {reminder} ¿Revisarlas antes de exportar?</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Revisar primero</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elija una carpeta</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Choose the organization whose answers you are typing</source>
        <translation>Elija la organización cuyas respuestas está escribiendo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Agregar una organización</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename the selected organization</source>
        <translation>Cambiar el nombre de la organización seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected organization</source>
        <translation>Quitar la organización seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected organization up</source>
        <translation>Subir la organización seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected organization down</source>
        <translation>Bajar la organización seleccionada</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>Import organizations from CSV</source>
        <translation>Importar organizaciones de un CSV</translation>
    </message>
    <message>
        <source>Worksheet language</source>
        <translation>Idioma de la hoja de trabajo</translation>
    </message>
    <message>
        <source>The language of the selected organization&apos;s worksheet</source>
        <translation>El idioma de la hoja de trabajo de la organización seleccionada</translation>
    </message>
    <message>
        <source>Worksheet language:</source>
        <translation>Idioma de la hoja de trabajo:</translation>
    </message>
    <message>
        <source>Removed organization</source>
        <translation>Organización quitada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo removing the organization</source>
        <translation>Deshacer la eliminación de la organización</translation>
    </message>
    <message>
        <source>&lt;b&gt;Organizations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Organizaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name}  —  {answered}/{prompts} answered</source>
        <translation>{name}  —  {answered}/{prompts} respondidas</translation>
    </message>
    <message>
        <source>{label}  ·  ⚑ {n} may identify a client</source>
        <translation>{label}  ·  ⚑ {n} podrían identificar a un cliente</translation>
    </message>
    <message>
        <source>1 answer or record of {name} looks like it identifies a client (a phone number, a date of birth…). Workshop answers should not identify clients.</source>
        <translation>Una respuesta o registro de {name} parece identificar a un cliente (un número de teléfono, una fecha de nacimiento…). Las respuestas del taller no deben identificar a los clientes.</translation>
    </message>
    <message>
        <source>{n} answers or records of {name} look like they identify a client (a phone number, a date of birth…). Workshop answers should not identify clients.</source>
        <translation>{n} respuestas o registros de {name} parecen identificar a un cliente (un número de teléfono, una fecha de nacimiento…). Las respuestas del taller no deben identificar a los clientes.</translation>
    </message>
    <message>
        <source>The event&apos;s ({language})</source>
        <translation>El del evento ({language})</translation>
    </message>
    <message>
        <source>Language not changed</source>
        <translation>No se cambió el idioma</translation>
    </message>
    <message>
        <source>Organization&apos;s name:</source>
        <translation>Nombre de la organización:</translation>
    </message>
    <message>
        <source>Organization not added</source>
        <translation>No se agregó la organización</translation>
    </message>
    <message>
        <source>Rename the organization</source>
        <translation>Cambiar el nombre de la organización</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Organization not renamed</source>
        <translation>No se cambió el nombre de la organización</translation>
    </message>
    <message>
        <source>Remove the organization?</source>
        <translation>¿Quitar la organización?</translation>
    </message>
    <message>
        <source>Remove {name} from this event? Its answers are kept, and Undo brings it back.</source>
        <translation>¿Quitar {name} de este evento? Sus respuestas se conservan y Deshacer la trae de vuelta.</translation>
    </message>
    <message>
        <source>Organization not removed</source>
        <translation>No se quitó la organización</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
    <message>
        <source>Organization not restored</source>
        <translation>No se recuperó la organización</translation>
    </message>
    <message>
        <source>Order not changed</source>
        <translation>No se cambió el orden</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Open {name}?</source>
        <translation>¿Abrir {name}?</translation>
    </message>
    <message>
        <source>Participant entry is open for {title}. Opening {name} closes that event and participant entry (everything typed is saved).</source>
        <translation>El acceso de participantes está abierto para {title}. Abrir {name} cierra ese evento y el acceso de participantes (todo lo escrito queda guardado).</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Quedarse aquí</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>Nothing has been saved for this answer yet.</source>
        <translation>Todavía no se ha guardado nada de esta respuesta.</translation>
    </message>
    <message>
        <source>a removed organization</source>
        <translation>una organización quitada</translation>
    </message>
</context>
<context>
    <name>InputGuard</name>
    <message>
        <source>Click or press Enter; typing never presses it.</source>
        <translation>Haga clic o pulse Intro; escribir nunca lo pulsa.</translation>
    </message>
    <message>
        <source>“{text}” changes what the room sees: click it or press Enter. The key you typed was not used.</source>
        <translation>«{text}» cambia lo que ve la sala: haga clic o pulse Intro. La tecla que escribió no se usó.</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Workshop events (*.workshop);;All files (*)</source>
        <translation>Eventos de taller (*.workshop);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster CSV (*.csv *.txt);;All files (*)</source>
        <translation>Lista en CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({reason}).</source>
        <translation>No se pudo crear la carpeta {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Folder not created</source>
        <translation>No se creó la carpeta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Workshop plans (*.toml);;All files (*)</source>
        <translation>Planes de taller (*.toml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Stakeholder mapping</source>
        <translation>Mapa de actores clave</translation>
    </message>
    <message>
        <source>Policy drafting</source>
        <translation>Redacción de la política</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>stakeholder map</source>
        <translation>mapa de actores clave</translation>
    </message>
    <message>
        <source>approval chain</source>
        <translation>cadena de aprobación</translation>
    </message>
    <message>
        <source>draft policy choices</source>
        <translation>opciones del borrador de política</translation>
    </message>
    <message>
        <source>draft policy</source>
        <translation>borrador de política</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>próximos pasos</translation>
    </message>
    <message>
        <source>dot vote</source>
        <translation>votación por puntos</translation>
    </message>
    <message>
        <source>Show draft</source>
        <translation>Mostrar el borrador</translation>
    </message>
    <message>
        <source>Show stakeholder map</source>
        <translation>Mostrar el mapa de actores clave</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The {what} of {path}</source>
        <translation>{what}: {path}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Room view</source>
        <translation>Vista de la sala</translation>
    </message>
    <message>
        <source>The event was not opened</source>
        <translation>No se abrió el evento</translation>
    </message>
    <message>
        <source>Participant entry</source>
        <translation>Acceso de participantes</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Some text could not be saved (see the red banner). Close the event anyway and lose that text? Choose “Keep open” and use “Save a copy as…” to keep the rest.</source>
        <translation>No se pudo guardar parte del texto (vea la franja roja). ¿Cerrar el evento de todos modos y perder ese texto? Elija «Mantener abierto» y use «Guardar una copia como…» para conservar el resto.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Mantener abierto</translation>
    </message>
    <message>
        <source>The plan was not changed</source>
        <translation>No se cambió el plan</translation>
    </message>
    <message>
        <source>The event now runs on version {version} of its plan; answers to removed questions are kept.</source>
        <translation>El evento sigue ahora la versión {version} de su plan; se conservan las respuestas a las preguntas quitadas.</translation>
    </message>
    <message>
        <source>The event was not created</source>
        <translation>No se creó el evento</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Abrir un evento</translation>
    </message>
    <message>
        <source>The demo could not be created</source>
        <translation>No se pudo crear la demostración</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Save a copy of the event as</source>
        <translation>Guardar una copia del evento como</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <source>Choose a different file for the copy.</source>
        <translation>Elija otro archivo para la copia.</translation>
    </message>
    <message>
        <source>Copy saved to {file}, with 1 text not saved here</source>
        <translation>Copia guardada en {file}, con 1 texto que aquí no se guardó</translation>
    </message>
    <message>
        <source>Copy saved to {file}, with {count} texts not saved here</source>
        <translation>Copia guardada en {file}, con {count} textos que aquí no se guardaron</translation>
    </message>
    <message>
        <source>Copy saved to {file}</source>
        <translation>Copia guardada en {file}</translation>
    </message>
    <message>
        <source>Only one screen: the room view is a window. Drag it to the projector and double-click it to fill the screen; Esc ends it.</source>
        <translation>Solo hay una pantalla: la vista de la sala es una ventana. Arrástrela al proyector y haga doble clic para que ocupe toda la pantalla; Esc la cierra.</translation>
    </message>
    <message>
        <source>Room view off (F5)</source>
        <translation>Vista de la sala apagada (F5)</translation>
    </message>
    <message>
        <source>● Room view on — blank (B)</source>
        <translation>● Vista de la sala encendida — en negro (B)</translation>
    </message>
    <message>
        <source>● Room view on</source>
        <translation>● Vista de la sala encendida</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Runs a structured workshop from one laptop: the projector, participants&apos; answers over the room&apos;s network, Word worksheets for each organization. Nothing leaves this computer unless you export it.</source>
        <translation>Dirige un taller estructurado desde una sola computadora portátil: el proyector, las respuestas de participantes por la red de la sala y hojas de trabajo en Word para cada organización. Nada sale de esta computadora a menos que usted lo exporte.</translation>
    </message>
    <message>
        <source>Backups and the app&apos;s own files: {folder}</source>
        <translation>Copias de seguridad y archivos propios de la aplicación: {folder}</translation>
    </message>
    <message>
        <source>The log (no answers or names in it): {file}</source>
        <translation>El registro (sin respuestas ni nombres): {file}</translation>
    </message>
    <message>
        <source>Build {commit} of {date}, with uncommitted changes: {freezer} bundle for {platform} (Python {python}, Qt {qt}).</source>
        <translation>Compilación {commit} del {date}, con cambios sin confirmar: paquete hecho con {freezer} para {platform} (Python {python}, Qt {qt}).</translation>
    </message>
    <message>
        <source>Build {commit} of {date}: {freezer} bundle for {platform} (Python {python}, Qt {qt}).</source>
        <translation>Compilación {commit} del {date}: paquete hecho con {freezer} para {platform} (Python {python}, Qt {qt}).</translation>
    </message>
    <message>
        <source>Source checkout at {commit} of {date} (Python {python}).</source>
        <translation>Copia del código fuente en la versión {commit} del {date} (Python {python}).</translation>
    </message>
    <message>
        <source>Source checkout (Python {python}).</source>
        <translation>Copia del código fuente (Python {python}).</translation>
    </message>
    <message>
        <source>Installed package (Python {python}).</source>
        <translation>Paquete instalado (Python {python}).</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Show organization names on the projector</source>
        <translation>Mostrar los nombres de las organizaciones en el proyector</translation>
    </message>
    <message>
        <source>For the whole event; off (privacy mode) shows “Group A, B, C…”</source>
        <translation>Para todo el evento; desactivado (modo privado) muestra «Grupo A, B, C…»</translation>
    </message>
    <message>
        <source>Clear the projector spotlight</source>
        <translation>Quitar lo destacado del proyector</translation>
    </message>
    <message>
        <source>Also save as PDF</source>
        <translation>Guardar también en PDF</translation>
    </message>
    <message>
        <source>A PDF beside each Word file, through LibreOffice</source>
        <translation>Un PDF junto a cada archivo de Word, con LibreOffice</translation>
    </message>
    <message>
        <source>Also save calendars of first steps (.ics)</source>
        <translation>Guardar también calendarios de los primeros pasos (.ics)</translation>
    </message>
    <message>
        <source>With worksheets: each organization&apos;s action items, for any calendar app</source>
        <translation>Con las hojas de trabajo: los próximos pasos de cada organización, para cualquier aplicación de calendario</translation>
    </message>
    <message>
        <source>Worksheet for this organization…</source>
        <translation>Hoja de trabajo de esta organización…</translation>
    </message>
    <message>
        <source>Worksheets for all organizations…</source>
        <translation>Hojas de trabajo de todas las organizaciones…</translation>
    </message>
    <message>
        <source>Blank handout (A4)…</source>
        <translation>Hoja en blanco para repartir (A4)…</translation>
    </message>
    <message>
        <source>Blank handout (Letter)…</source>
        <translation>Hoja en blanco para repartir (Carta)…</translation>
    </message>
    <message>
        <source>Session summary…</source>
        <translation>Resumen de la sesión…</translation>
    </message>
    <message>
        <source>End workshop…</source>
        <translation>Terminar el taller…</translation>
    </message>
    <message>
        <source>Delete this event for good…</source>
        <translation>Borrar este evento para siempre…</translation>
    </message>
    <message>
        <source>Remove this organization for good…</source>
        <translation>Quitar esta organización para siempre…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Workshop &amp;plans…</source>
        <translation>&amp;Planes de taller…</translation>
    </message>
    <message>
        <source>The shipped plans and your own: duplicate, edit, import, export</source>
        <translation>Los planes incluidos y los suyos: duplicar, editar, importar, exportar</translation>
    </message>
    <message>
        <source>C&amp;hange this event&apos;s plan…</source>
        <translation>&amp;Cambiar el plan de este evento…</translation>
    </message>
    <message>
        <source>Add a prompt, change minutes or notes while the event runs</source>
        <translation>Agregue una pregunta o cambie los minutos o las notas mientras el evento está en curso</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Temporizador</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>No hay eventos recientes</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The event&apos;s title, e.g. the workshop and the city</source>
        <translation>El título del evento, por ejemplo el taller y la ciudad</translation>
    </message>
    <message>
        <source>e.g. Social media and confidentiality — Springfield</source>
        <translation>p. ej. Redes sociales y confidencialidad — Springfield</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. 2027-01-10, Jan 10 or 10 Jan</source>
        <translation>p. ej. 10 ene, 10 de enero de 2027 o 2027-01-10</translation>
    </message>
    <message>
        <source>Date as read</source>
        <translation>Fecha tal como se leyó</translation>
    </message>
    <message>
        <source>Workshop plan</source>
        <translation>Plan del taller</translation>
    </message>
    <message>
        <source>{plan} (your plan)</source>
        <translation>{plan} (su plan)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Where the organizations work: the clause notes cite its laws and guidance</source>
        <translation>Dónde trabajan las organizaciones: las notas de las cláusulas citan sus leyes y guías</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Quien facilita</translation>
    </message>
    <message>
        <source>Who runs the workshop; named as the author of its Word exports</source>
        <translation>Quien dirige el taller; figura como autor de sus documentos de Word</translation>
    </message>
    <message>
        <source>Your name, as the exports should show it</source>
        <translation>Su nombre, tal como debe aparecer en los documentos exportados</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>F&amp;acilitator:</source>
        <translation>Quien f&amp;acilita:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Give the event a title to create it.</source>
        <translation>Dele un título al evento para crearlo.</translation>
    </message>
    <message>
        <source>Why Create is off</source>
        <translation>Por qué Crear está desactivado</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Give the event a title and a date it can read first.</source>
        <translation>Primero dele al evento un título y una fecha que se pueda leer.</translation>
    </message>
    <message>
        <source>Write the date so it can be read.</source>
        <translation>Escriba la fecha de forma que se pueda leer.</translation>
    </message>
</context>
<context>
    <name>PlanDesigner</name>
    <message>
        <source>the running event&apos;s plan</source>
        <translation>el plan del evento en curso</translation>
    </message>
    <message>
        <source>new plan</source>
        <translation>plan nuevo</translation>
    </message>
    <message>
        <source>Workshop designer — {where}</source>
        <translation>Diseñador de talleres — {where}</translation>
    </message>
    <message>
        <source>Workshop designer</source>
        <translation>Diseñador de talleres</translation>
    </message>
    <message>
        <source>Plan check</source>
        <translation>Revisión del plan</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>The workshop&apos;s stages, in the order they run</source>
        <translation>Las etapas del taller, en el orden en que se hacen</translation>
    </message>
    <message>
        <source>Kind of the new stage</source>
        <translation>Tipo de la etapa nueva</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Agregar etapa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>{text} (stages)</source>
        <translation>{text} (etapas)</translation>
    </message>
    <message>
        <source>New stage of kind:</source>
        <translation>Etapa nueva del tipo:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Every problem check-plan finds; choose one to go to it</source>
        <translation>Cada problema que encuentra check-plan; elija uno para ir a él</translation>
    </message>
    <message>
        <source>&amp;Preview stage…</source>
        <translation>&amp;Vista previa de la etapa…</translation>
    </message>
    <message>
        <source>Preview the chosen stage</source>
        <translation>Vista previa de la etapa elegida</translation>
    </message>
    <message>
        <source>As the projector shows it, and on a phone</source>
        <translation>Como la muestra el proyector, y en un teléfono</translation>
    </message>
    <message>
        <source>&amp;Apply to the event</source>
        <translation>&amp;Aplicar al evento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Apply the plan to the running event</source>
        <translation>Aplicar el plan al evento en curso</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the designer</source>
        <translation>Cerrar el diseñador</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>Workshop: title, summary, languages</source>
        <translation>Taller: título, resumen, idiomas</translation>
    </message>
    <message>
        <source>{number}. {title} — {kind}, {minutes} min</source>
        <translation>{number}. {title} — {kind}, {minutes} min</translation>
    </message>
    <message>
        <source>New stage: {kind}</source>
        <translation>Etapa nueva: {kind}</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Quitar etapa</translation>
    </message>
    <message>
        <source>Remove the stage “{title}” from this plan?</source>
        <translation>¿Quitar la etapa «{title}» de este plan?</translation>
    </message>
    <message>
        <source>(untitled plan)</source>
        <translation>(plan sin título)</translation>
    </message>
    <message>
        <source>Ready: passes the plan check — {plan}, {minutes} minutes</source>
        <translation>Listo: pasa la revisión del plan — {plan}, {minutes} minutos</translation>
    </message>
    <message>
        <source>{title}, {stages} stages, {prompts} prompts, {clauses} clauses</source>
        <translation>{title}, {stages} etapas, {prompts} preguntas, {clauses} cláusulas</translation>
    </message>
    <message>
        <source> (and {extra} optional).</source>
        <translation> (y {extra} opcionales).</translation>
    </message>
    <message>
        <source>Draft: 1 problem.</source>
        <translation>Borrador: 1 problema.</translation>
    </message>
    <message>
        <source>Draft: {count} problems.</source>
        <translation>Borrador: {count} problemas.</translation>
    </message>
    <message>
        <source> It can be saved, but not used for an event until every problem is fixed.</source>
        <translation> Se puede guardar, pero no usar para un evento hasta corregir todos los problemas.</translation>
    </message>
    <message>
        <source>Note — {warning}</source>
        <translation>Nota — {warning}</translation>
    </message>
    <message>
        <source>Choose a stage first.</source>
        <translation>Elija primero una etapa.</translation>
    </message>
    <message>
        <source>Fix the plan&apos;s problems first.</source>
        <translation>Corrija primero los problemas del plan.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The plan could not be saved: {problem}</source>
        <translation>No se pudo guardar el plan: {problem}</translation>
    </message>
    <message>
        <source>  Saved as a draft to {name}.</source>
        <translation>  Guardado como borrador en {name}.</translation>
    </message>
    <message>
        <source>  Saved to {name}.</source>
        <translation>  Guardado en {name}.</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No se aplicó</translation>
    </message>
    <message>
        <source>The event keeps its plan: fix the problem listed at the bottom first.</source>
        <translation>El evento conserva su plan: corrija primero el problema que aparece abajo.</translation>
    </message>
    <message>
        <source>The event keeps its plan: fix the {count} problems listed at the bottom first.</source>
        <translation>El evento conserva su plan: corrija primero los {count} problemas que aparecen abajo.</translation>
    </message>
    <message>
        <source> A running event needs a plan that passes the check.</source>
        <translation> Un evento en curso necesita un plan que pase la revisión.</translation>
    </message>
    <message>
        <source>  Applied: the event runs on version {version}.</source>
        <translation>  Aplicado: el evento sigue la versión {version}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Close the designer without saving your changes to this plan?</source>
        <translation>¿Cerrar el diseñador sin guardar sus cambios en este plan?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <source>Optional (if there is time)</source>
        <translation>Opcional (si hay tiempo)</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <source>Objectives (one per line)</source>
        <translation>Objetivos (uno por línea)</translation>
    </message>
    <message>
        <source>Steps (one per line)</source>
        <translation>Pasos (uno por línea)</translation>
    </message>
    <message>
        <source>Roles (ids, one per line)</source>
        <translation>Cargos (ids, uno por línea)</translation>
    </message>
    <message>
        <source>Tags (option ids, one per line)</source>
        <translation>Etiquetas (ids de opciones, una por línea)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Choice lists</source>
        <translation>Listas de opciones</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>Stakeholder categories</source>
        <translation>Categorías de actores</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Answer size</source>
        <translation>Tamaño de la respuesta</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Text ({org} is the organization&apos;s name)</source>
        <translation>Texto ({org} es el nombre de la organización)</translation>
    </message>
    <message>
        <source>Why (the guidance behind it)</source>
        <translation>Por qué (la guía en que se basa)</translation>
    </message>
    <message>
        <source>Always proposed (core clause)</source>
        <translation>Siempre propuesta (cláusula básica)</translation>
    </message>
    <message>
        <source>Offer a free-text “other”</source>
        <translation>Ofrecer un «otro» de texto libre</translation>
    </message>
    <message>
        <source>Question that becomes action items (its id)</source>
        <translation>Pregunta que se convierte en próximos pasos (su id)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Languages (one per line)</source>
        <translation>Idiomas (uno por línea)</translation>
    </message>
    <message>
        <source>Region of a new event (a region&apos;s id)</source>
        <translation>Región de un evento nuevo (el id de una región)</translation>
    </message>
    <message>
        <source>Versions per region (the laws and guidance of where groups work)</source>
        <translation>Versiones por región (las leyes y guías del lugar donde trabajan los grupos)</translation>
    </message>
    <message>
        <source>Regions (where groups work; a clause&apos;s notes may differ by region)</source>
        <translation>Regiones (donde trabajan los grupos; las notas de una cláusula pueden variar según la región)</translation>
    </message>
    <message>
        <source>Goes alone (ticking it clears the list&apos;s other ticks)</source>
        <translation>Va sola (marcarla quita las demás marcas de la lista)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
</context>
<context>
    <name>PlanLibraryDialog</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workshop plans</source>
        <translation>Planes de taller</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Your plans are kept in {folder}</source>
        <translation>Sus planes se guardan en {folder}</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;New event from this plan…</source>
        <translation>&amp;Nuevo evento con este plan…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>shipped (read-only)</source>
        <translation>incluido (solo lectura)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>draft: 1 problem</source>
        <translation>borrador: 1 problema</translation>
    </message>
    <message>
        <source>draft: {count} problems</source>
        <translation>borrador: {count} problemas</translation>
    </message>
    <message>
        <source>A shipped plan is read-only: duplicate it to edit it.</source>
        <translation>Un plan incluido es de solo lectura: duplíquelo para editarlo.</translation>
    </message>
    <message>
        <source>Fix this plan&apos;s problems first (Edit… lists them).</source>
        <translation>Corrija primero los problemas de este plan (Editar… los enumera).</translation>
    </message>
    <message>
        <source>Import a workshop plan</source>
        <translation>Importar un plan de taller</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>Export a workshop plan</source>
        <translation>Exportar un plan de taller</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>The plan could not be written: {problem}</source>
        <translation>No se pudo escribir el plan: {problem}</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Plan exportado</translation>
    </message>
    <message>
        <source>Wrote {written}.</source>
        <translation>Se escribió {written}.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Borrar el plan</translation>
    </message>
    <message>
        <source>Delete your plan “{title}”? Events made from it keep their copy.</source>
        <translation>¿Borrar su plan «{title}»? Los eventos creados con él conservan su copia.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se borró</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>What the room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Etapa {number} de {count}</translation>
    </message>
    <message>
        <source>Extra stage</source>
        <translation>Etapa extra</translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation>{time} de tiempo extra</translation>
    </message>
    <message>
        <source>{time} over time, paused</source>
        <translation>{time} de tiempo extra, en pausa</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>{time} left, paused</source>
        <translation>quedan {time}, en pausa</translation>
    </message>
    <message>
        <source>Join at {address}   ·   code {code}</source>
        <translation>Entre en {address}   ·   código {code}</translation>
    </message>
    <message>
        <source>The projector is blank.</source>
        <translation>La pantalla del proyector está en negro.</translation>
    </message>
    <message>
        <source>(a picture)</source>
        <translation>(una imagen)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>This item is no longer in the event.</source>
        <translation>Este elemento ya no está en el evento.</translation>
    </message>
    <message>
        <source>Join on your phone or laptop</source>
        <translation>Participe desde su teléfono o computadora</translation>
    </message>
    <message>
        <source>Event code</source>
        <translation>Código del evento</translation>
    </message>
    <message>
        <source>QR code for the join address</source>
        <translation>Código QR de la dirección para participar</translation>
    </message>
    <message>
        <source>Event code {code}</source>
        <translation>Código del evento {code}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continúa)</translation>
    </message>
    <message>
        <source>Group {letters}</source>
        <translation>Grupo {letters}</translation>
    </message>
    <message>
        <source>Items of kind “{kind}” cannot be shown yet.</source>
        <translation>Los elementos de tipo «{kind}» todavía no se pueden mostrar.</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Todavía no hay respuesta.</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>un grupo</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Un grupo</translation>
    </message>
    <message>
        <source>No draft policy was made in the workshop.</source>
        <translation>En el taller no se hizo un borrador de política.</translation>
    </message>
    <message>
        <source>Draft policy</source>
        <translation>Borrador de política</translation>
    </message>
    <message>
        <source>No clauses are included yet.</source>
        <translation>Todavía no se ha incluido ninguna cláusula.</translation>
    </message>
    <message>
        <source>Easiest</source>
        <translation>Lo más fácil</translation>
    </message>
    <message>
        <source>Hardest</source>
        <translation>Lo más difícil</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <source>Hardest parts</source>
        <translation>Lo más difícil</translation>
    </message>
    <message>
        <source>No group has named its hardest part yet.</source>
        <translation>Ningún grupo ha dicho todavía qué le resultó más difícil.</translation>
    </message>
    <message>
        <source>Hardest parts: what the room found hard</source>
        <translation>Lo más difícil: lo que a la sala le costó más</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Mapa de actores clave</translation>
    </message>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Todavía no hay nada que votar.</translation>
    </message>
    <message>
        <source>1 dot given</source>
        <translation>1 punto dado</translation>
    </message>
    <message>
        <source>{count} dots given</source>
        <translation>{count} puntos dados</translation>
    </message>
</context>
<context>
    <name>ReportBackEditor</name>
    <message>
        <source>Speaking order</source>
        <translation>Orden de intervención</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Move the group earlier (Alt+Up)</source>
        <translation>Adelantar el grupo (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Move the group later (Alt+Down)</source>
        <translation>Atrasar el grupo (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Drag a group, or press Alt+Up / Alt+Down, to change the order; tick it once it has reported; select up to three to show on the projector</source>
        <translation>Arrastre un grupo, o pulse Alt+Arriba / Alt+Abajo, para cambiar el orden; márquelo cuando haya presentado; seleccione hasta tres para mostrarlos en el proyector</translation>
    </message>
    <message>
        <source>Show cards on projector</source>
        <translation>Mostrar las tarjetas en el proyector</translation>
    </message>
    <message>
        <source>Show the selected groups&apos; cards on the projector, side by side (up to three)</source>
        <translation>Mostrar en el proyector las tarjetas de los grupos seleccionados, una al lado de otra (hasta tres)</translation>
    </message>
    <message>
        <source>Hardest parts</source>
        <translation>Lo más difícil</translation>
    </message>
    <message>
        <source>Show every group&apos;s hardest part together on the projector</source>
        <translation>Mostrar juntas en el proyector las partes más difíciles de todos los grupos</translation>
    </message>
    <message>
        <source>Back to the prompts</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>Clear the projector</source>
        <translation>Despejar el proyector</translation>
    </message>
    <message>
        <source>End workshop…</source>
        <translation>Terminar el taller…</translation>
    </message>
    <message>
        <source>Record the end time, close participant entry, export the worksheets</source>
        <translation>Registrar la hora de cierre, cerrar el acceso de participantes, exportar las hojas de trabajo</translation>
    </message>
    <message>
        <source>Speaking order (tick = has reported)</source>
        <translation>Orden de intervención (marca = ya presentó)</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>En el proyector</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Presentó</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>Todavía no presentó</translation>
    </message>
    <message>
        <source>A device had saved a different “{prompt}” for this group (theirs: “{theirs}”); yours is saved, and theirs stays in History…</source>
        <translation>Un dispositivo había guardado otra respuesta a «{prompt}» para este grupo (la suya: «{theirs}»); la de usted se guarda, y la suya queda en Historial…</translation>
    </message>
    <message>
        <source>Select one group to move it.</source>
        <translation>Seleccione un grupo para moverlo.</translation>
    </message>
    <message>
        <source>Select at most {most}</source>
        <translation>Seleccione {most} como máximo</translation>
    </message>
    <message>
        <source>Show {count} cards on projector</source>
        <translation>Mostrar {count} tarjetas en el proyector</translation>
    </message>
    <message>
        <source>Select one to {most} groups to show on the projector.</source>
        <translation>Seleccione de uno a {most} grupos para mostrarlos en el proyector.</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Esta tarjeta</translation>
    </message>
    <message>
        <source>One of these cards</source>
        <translation>Una de estas tarjetas</translation>
    </message>
    <message>
        <source>On screen: 1 card.</source>
        <translation>En pantalla: 1 tarjeta.</translation>
    </message>
    <message>
        <source>On screen: {count} cards side by side.</source>
        <translation>En pantalla: {count} tarjetas lado a lado.</translation>
    </message>
    <message>
        <source>One of the hardest parts</source>
        <translation>Una de las partes más difíciles</translation>
    </message>
    <message>
        <source>On screen: every group&apos;s hardest part.</source>
        <translation>En pantalla: la parte más difícil de cada grupo.</translation>
    </message>
    <message>
        <source>The workshop has ended; participant entry is closed.</source>
        <translation>El taller terminó; el acceso de participantes está cerrado.</translation>
    </message>
    <message>
        <source> 1 file exported.</source>
        <translation> Se exportó 1 archivo.</translation>
    </message>
    <message>
        <source> {count} files exported.</source>
        <translation> Se exportaron {count} archivos.</translation>
    </message>
    <message>
        <source>Workshop ended</source>
        <translation>Taller terminado</translation>
    </message>
    <message>
        <source>The workshop has ended. The worksheets can still be exported from File.</source>
        <translation>El taller ha terminado. Las hojas de trabajo se pueden seguir exportando desde Archivo.</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <source>Action items</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Action items of {name}</source>
        <translation>Próximos pasos de {name}</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>✓ Reported</source>
        <translation>✓ Presentó</translation>
    </message>
</context>
<context>
    <name>RoomPager</name>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Página anterior</translation>
    </message>
    <message>
        <source>Show the room the previous page</source>
        <translation>Mostrar a la sala la página anterior</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Página siguiente ▶</translation>
    </message>
    <message>
        <source>Show the room the next page</source>
        <translation>Mostrar a la sala la página siguiente</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <source>1 organization</source>
        <translation>1 organización</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count} organizaciones</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Preview of {file}</source>
        <translation>Vista previa de {file}</translation>
    </message>
    <message>
        <source>{organizations} will be added.</source>
        <translation>Se agregarán: {organizations}.</translation>
    </message>
    <message>
        <source> 1 line marked in red will be skipped.</source>
        <translation> Se omitirá 1 línea marcada en rojo.</translation>
    </message>
    <message>
        <source> {count} lines marked in red will be skipped.</source>
        <translation> Se omitirán {count} líneas marcadas en rojo.</translation>
    </message>
    <message>
        <source> Nothing is saved until you confirm.</source>
        <translation> No se guarda nada hasta que usted confirme.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Roster lines</source>
        <translation>Líneas de la lista</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Se agregará</translation>
    </message>
    <message>
        <source>Add {organizations}</source>
        <translation>Agregar {organizations}</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Omitida: {problem}</translation>
    </message>
    <message>
        <source>Line {number}, {column}: {value}</source>
        <translation>Línea {number}, {column}: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Add the organizations marked OK</source>
        <translation>Agregar las organizaciones marcadas como OK</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>Save problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Save problem message</source>
        <translation>Mensaje del problema al guardar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Intentar guardar de nuevo</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Guardar una copia como…</translation>
    </message>
    <message>
        <source>Save a copy of the event elsewhere</source>
        <translation>Guardar una copia del evento en otro lugar</translation>
    </message>
    <message>
        <source>Not saved — your text is still here. {problem}</source>
        <translation>No guardado — su texto sigue aquí. {problem}</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ScreeningNote</name>
    <message>
        <source>Client details note</source>
        <translation>Aviso sobre datos de clientes</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Text size in the console, as a multiple of the system font size</source>
        <translation>Tamaño del texto en la consola, como múltiplo del tamaño de letra del sistema</translation>
    </message>
    <message>
        <source>Colours: follow the system, or always light or dark</source>
        <translation>Colores: los del sistema, o siempre claros u oscuros</translation>
    </message>
    <message>
        <source>Colours of the projector: light, dark, or high contrast for a washed-out projector</source>
        <translation>Colores del proyector: claros, oscuros o de alto contraste para un proyector que se ve desvaído</translation>
    </message>
    <message>
        <source>Text size on the projector, as a multiple of its standard size</source>
        <translation>Tamaño del texto en el proyector, como múltiplo de su tamaño normal</translation>
    </message>
    <message>
        <source>Language of the console: the system&apos;s, or always English or Spanish</source>
        <translation>Idioma de la consola: el del sistema, o siempre inglés o español</translation>
    </message>
    <message>
        <source>Language of the projector: the console&apos;s, or always English or Spanish</source>
        <translation>Idioma del proyector: el de la consola, o siempre inglés o español</translation>
    </message>
    <message>
        <source>How long after typing stops an answer is saved, in milliseconds</source>
        <translation>Cuánto después de dejar de escribir se guarda una respuesta, en milisegundos</translation>
    </message>
    <message>
        <source>Where new events are created (empty: Documents/Workshops)</source>
        <translation>Dónde se crean los eventos nuevos (vacío: Documents/Workshops)</translation>
    </message>
    <message>
        <source>Events opened lately, newest first</source>
        <translation>Eventos abiertos últimamente, el más reciente primero</translation>
    </message>
    <message>
        <source>The facilitator named in a new event (the author of its exports); the last one typed</source>
        <translation>Quien facilita, nombrado en un evento nuevo (autor de sus documentos exportados); el último que se escribió</translation>
    </message>
    <message>
        <source>Exports also write a PDF beside each Word file (through LibreOffice)</source>
        <translation>Las exportaciones también escriben un PDF junto a cada archivo de Word (con LibreOffice)</translation>
    </message>
    <message>
        <source>Worksheet exports also write each organization&apos;s action items as a calendar (.ics)</source>
        <translation>Las hojas de trabajo exportadas también escriben los próximos pasos de cada organización como calendario (.ics)</translation>
    </message>
    <message>
        <source>Remind me to delete events after this many days</source>
        <translation>Recordarme que borre los eventos después de estos días</translation>
    </message>
    <message>
        <source>Events kept past the reminder: path → the day the facilitator chose Keep</source>
        <translation>Eventos conservados después del recordatorio: ruta → el día en que se eligió Conservar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Projector theme</source>
        <translation>Tema del proyector</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Projector text size</source>
        <translation>Tamaño del texto del proyector</translation>
    </message>
    <message>
        <source>Console language</source>
        <translation>Idioma de la consola</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>Projector language</source>
        <translation>Idioma del proyector</translation>
    </message>
    <message>
        <source>The console&apos;s ({language})</source>
        <translation>El de la consola ({language})</translation>
    </message>
    <message>
        <source>When the languages change</source>
        <translation>Cuándo cambian los idiomas</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Espera del guardado automático</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Carpeta predeterminada</translation>
    </message>
    <message>
        <source>Choose the default folder</source>
        <translation>Elegir la carpeta predeterminada</translation>
    </message>
    <message>
        <source>Remind me to delete events after</source>
        <translation>Recordarme que borre los eventos después de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Projector colours:</source>
        <translation>Colores del &amp;proyector:</translation>
    </message>
    <message>
        <source>Projector te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto del proyector:</translation>
    </message>
    <message>
        <source>Console &amp;language:</source>
        <translation>&amp;Idioma de la consola:</translation>
    </message>
    <message>
        <source>Pro&amp;jector language:</source>
        <translation>Idioma del pro&amp;yector:</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Guardar automáticamente tras:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>&amp;Carpeta predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Remind me to delete events after:</source>
        <translation>&amp;Recordarme que borre los eventos tras:</translation>
    </message>
    <message>
        <source>A new console language takes effect the next time the app starts; a new projector language as soon as you press OK.</source>
        <translation>Un idioma nuevo para la consola se aplica la próxima vez que se abra la aplicación; uno nuevo para el proyector, en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <source>The console changes to {language} the next time the app starts.</source>
        <translation>La consola pasará al {language} la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>The projector changes to {language} as soon as you press OK, and to {later} with the console at the next start.</source>
        <translation>El proyector pasa al {language} en cuanto pulse Aceptar, y al {later} junto con la consola cuando se vuelva a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The projector changes to {language} as soon as you press OK.</source>
        <translation>El proyector pasa al {language} en cuanto pulse Aceptar.</translation>
    </message>
    <message>
        <source>The projector stays in {language} until then, and then follows the console.</source>
        <translation>Hasta entonces el proyector sigue en {language}; después, seguirá a la consola.</translation>
    </message>
    <message>
        <source>The projector stays in {language}.</source>
        <translation>El proyector sigue en {language}.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Open an event…</source>
        <translation>Abrir un evento…</translation>
    </message>
    <message>
        <source>Save a copy of the event as…</source>
        <translation>Guardar una copia del evento como…</translation>
    </message>
    <message>
        <source>Close the event</source>
        <translation>Cerrar el evento</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Next stage, or the next page of a draft shown in pages</source>
        <translation>Etapa siguiente, o la página siguiente de un borrador mostrado por páginas</translation>
    </message>
    <message>
        <source>Previous stage, or the previous page of a draft shown in pages</source>
        <translation>Etapa anterior, o la página anterior de un borrador mostrado por páginas</translation>
    </message>
    <message>
        <source>Go to stage {number}</source>
        <translation>Ir a la etapa {number}</translation>
    </message>
    <message>
        <source>Show the room view on the projector</source>
        <translation>Mostrar la vista de la sala en el proyector</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Dejar de proyectar</translation>
    </message>
    <message>
        <source>Blank the projector / show it again</source>
        <translation>Poner el proyector en negro / volver a mostrarlo</translation>
    </message>
    <message>
        <source>Start or pause the stage timer</source>
        <translation>Iniciar o pausar el temporizador de la etapa</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Sumar un minuto al temporizador</translation>
    </message>
    <message>
        <source>Take a minute off the timer</source>
        <translation>Quitar un minuto al temporizador</translation>
    </message>
    <message>
        <source>Next organization</source>
        <translation>Organización siguiente</translation>
    </message>
    <message>
        <source>Previous organization</source>
        <translation>Organización anterior</translation>
    </message>
    <message>
        <source>Add an organization…</source>
        <translation>Agregar una organización…</translation>
    </message>
    <message>
        <source>Put the cursor in the first answer</source>
        <translation>Poner el cursor en la primera respuesta</translation>
    </message>
    <message>
        <source>Go to the list of organizations</source>
        <translation>Ir a la lista de organizaciones</translation>
    </message>
    <message>
        <source>Go to the list of stages</source>
        <translation>Ir a la lista de etapas</translation>
    </message>
    <message>
        <source>History of the answer being edited…</source>
        <translation>Historial de la respuesta que se está editando…</translation>
    </message>
    <message>
        <source>Show the answer being edited on the projector</source>
        <translation>Mostrar en el proyector la respuesta que se está editando</translation>
    </message>
    <message>
        <source>Open or close participant entry</source>
        <translation>Abrir o cerrar el acceso de participantes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Go to a stage by its number</source>
        <translation>Ir a una etapa por su número</translation>
    </message>
    <message>
        <source>Go to stage {number}: {title}</source>
        <translation>Ir a la etapa {number}: {title}</translation>
    </message>
    <message>
        <source> (Space only on the stage list or the projector; the others wherever no text is being typed)</source>
        <translation> (Espacio solo en la lista de etapas o en el proyector; las demás, siempre que no se esté escribiendo un texto)</translation>
    </message>
    <message>
        <source> (wherever no text is being typed)</source>
        <translation> (siempre que no se esté escribiendo un texto)</translation>
    </message>
    <message>
        <source> (on the stage list or the projector)</source>
        <translation> (en la lista de etapas o en el proyector)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Presentation clickers send Page Down / Page Up; they work too.</source>
        <translation>Los controles remotos de presentación envían Av Pág / Re Pág; también funcionan.</translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>The workshop&apos;s stages. Enter moves the room to the selected stage.</source>
        <translation>Las etapas del taller. Intro lleva a la sala a la etapa seleccionada.</translation>
    </message>
    <message>
        <source>{minutes} min planned</source>
        <translation>{minutes} min previstos</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>, opcional</translation>
    </message>
    <message>
        <source> · {minutes} min actual</source>
        <translation> · {minutes} min reales</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Stage {number}, {title}, {state}, {timing}</source>
        <translation>Etapa {number}, {title}, {state}, {timing}</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>This stage&apos;s {kind} editor could not be loaded ({problem}).</source>
        <translation>No se pudo cargar el editor de {kind} de esta etapa ({problem}).</translation>
    </message>
    <message>
        <source>Stage: {title}</source>
        <translation>Etapa: {title}</translation>
    </message>
    <message>
        <source>Add an organization (Organizations → Add…) to type its answers here.</source>
        <translation>Agregue una organización (Organizaciones → Agregar…) para escribir aquí sus respuestas.</translation>
    </message>
    <message>
        <source>Organization being edited</source>
        <translation>Organización que se está editando</translation>
    </message>
    <message>
        <source>Answer to {question}</source>
        <translation>Respuesta a {question}</translation>
    </message>
    <message>
        <source>Notes — {stage}</source>
        <translation>Notas — {stage}</translation>
    </message>
    <message>
        <source>Notes for {stage}</source>
        <translation>Notas de {stage}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else the group said (kept on its worksheet).</source>
        <translation>Cualquier otra cosa que dijo el grupo (queda en su hoja de trabajo).</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>History of: {heading}</source>
        <translation>Historial de: {heading}</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Show this organization&apos;s answer to: {heading} on the projector</source>
        <translation>Mostrar en el proyector la respuesta de esta organización a: {heading}</translation>
    </message>
    <message>
        <source>Now {org}: {field}</source>
        <translation>Ahora {org}: {field}</translation>
    </message>
    <message>
        <source>Answers of {name}</source>
        <translation>Respuestas de {name}</translation>
    </message>
    <message>
        <source>Notes of {name}</source>
        <translation>Notas de {name}</translation>
    </message>
    <message>
        <source>This organization was removed from the event; undo the removal to save its text.</source>
        <translation>Esta organización se quitó del evento; deshaga la eliminación para guardar su texto.</translation>
    </message>
    <message>
        <source>A device had saved a different “{question}” ({text}); your text replaces it, and its version stays in History…</source>
        <translation>Un dispositivo había guardado otra respuesta a «{question}» ({text}); su texto la reemplaza, y esa versión queda en Historial…</translation>
    </message>
    <message>
        <source>A device saved “{question}” over your text without having seen it; yours ({text}) stays in History…</source>
        <translation>Un dispositivo guardó «{question}» encima de su texto sin haberlo visto; el suyo ({text}) queda en Historial…</translation>
    </message>
    <message>
        <source>A device also changed “{question}” while you were typing; your text replaces it when saved, and its version stays in History…</source>
        <translation>Un dispositivo también cambió «{question}» mientras usted escribía; su texto lo reemplaza al guardarse, y esa versión queda en Historial…</translation>
    </message>
    <message>
        <source>This answer</source>
        <translation>Esta respuesta</translation>
    </message>
</context>
<context>
    <name>StagePreview</name>
    <message>
        <source>Preview — {title}</source>
        <translation>Vista previa — {title}</translation>
    </message>
    <message>
        <source>Preview of the stage {title}</source>
        <translation>Vista previa de la etapa {title}</translation>
    </message>
    <message>
        <source>Preview: {title}</source>
        <translation>Vista previa: {title}</translation>
    </message>
    <message>
        <source>The projector, as the room would see this stage</source>
        <translation>El proyector, como la sala vería esta etapa</translation>
    </message>
    <message>
        <source>Open on a phone (in the browser)…</source>
        <translation>Abrir en un teléfono (en el navegador)…</translation>
    </message>
    <message>
        <source>Open the phone page</source>
        <translation>Abrir la página del teléfono</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>The projector (nothing here is saved):</source>
        <translation>El proyector (aquí no se guarda nada):</translation>
    </message>
    <message>
        <source>{url} — choose “{group}”. Narrow the browser window to a phone&apos;s width.</source>
        <translation>{url} — elija «{group}». Estreche la ventana del navegador hasta el ancho de un teléfono.</translation>
    </message>
</context>
<context>
    <name>StageTimer</name>
    <message>
        <source>Stage timer</source>
        <translation>Temporizador de la etapa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer to the planned minutes</source>
        <translation>Volver a los minutos previstos</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>Take a minute off the timer</source>
        <translation>Quitar un minuto al temporizador</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Sumar un minuto al temporizador</translation>
    </message>
    <message>
        <source>{time} over time, {minutes} minutes planned</source>
        <translation>{time} de tiempo extra, con {minutes} minutos previstos</translation>
    </message>
    <message>
        <source>, less than two minutes left</source>
        <translation>, quedan menos de dos minutos</translation>
    </message>
    <message>
        <source>{remaining} left of {minutes} minutes{state}</source>
        <translation>quedan {remaining} de {minutes} minutos{state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>StakeholderCanvas</name>
    <message>
        <source>{name} is at the edge of the map</source>
        <translation>{name} está en el borde del mapa</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>New stakeholder&apos;s name, then Enter</source>
        <translation>Nombre del nuevo actor y luego Intro</translation>
    </message>
    <message>
        <source>New stakeholder&apos;s name</source>
        <translation>Nombre del nuevo actor</translation>
    </message>
    <message>
        <source>New stakeholder&apos;s category</source>
        <translation>Categoría del nuevo actor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the new stakeholder</source>
        <translation>Agregar el nuevo actor</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>Stakeholder&apos;s name</source>
        <translation>Nombre del actor</translation>
    </message>
    <message>
        <source>Stakeholder&apos;s category</source>
        <translation>Categoría del actor</translation>
    </message>
    <message>
        <source>Influence (power), 0–100</source>
        <translation>Influencia (poder), 0–100</translation>
    </message>
    <message>
        <source>Interest, 0–100</source>
        <translation>Interés, 0–100</translation>
    </message>
    <message>
        <source>Stakeholder&apos;s quadrant</source>
        <translation>Cuadrante del actor</translation>
    </message>
    <message>
        <source>Note on the stakeholder</source>
        <translation>Nota sobre el actor</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected stakeholder</source>
        <translation>Borrar el actor seleccionado</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Undo deleting the stakeholder</source>
        <translation>Deshacer el borrado del actor</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of this map; restore one</source>
        <translation>Versiones anteriores de este mapa; recupere una</translation>
    </message>
    <message>
        <source>History of the stakeholder map</source>
        <translation>Historial del mapa de actores clave</translation>
    </message>
    <message>
        <source>Show map on projector</source>
        <translation>Mostrar el mapa en el proyector</translation>
    </message>
    <message>
        <source>Show this organization&apos;s stakeholder map on the projector</source>
        <translation>Mostrar en el proyector el mapa de actores clave de esta organización</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stakeholders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actores clave&lt;/b&gt;</translation>
    </message>
    <message>
        <source>stakeholder map</source>
        <translation>mapa de actores clave</translation>
    </message>
    <message>
        <source>A device saved the {what} without having seen your change (yours: {mine}). Theirs is shown; yours stays in History…</source>
        <translation>Un dispositivo guardó: {what}, sin haber visto su cambio (el de usted: {mine}). Se muestra la versión del dispositivo; la de usted queda en Historial…</translation>
    </message>
    <message>
        <source>A device had saved another version of the {what} for this group (theirs: {theirs}); yours is saved, and theirs stays in History…</source>
        <translation>Un dispositivo había guardado otra versión de: {what}, para este grupo (la suya: {theirs}); la de usted se guarda, y la suya queda en Historial…</translation>
    </message>
    <message>
        <source>Deleted {name}. Ctrl+Z or “Undo delete” brings it back.</source>
        <translation>Se borró {name}. Ctrl+Z o «Deshacer el borrado» lo trae de vuelta.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>approval chain</source>
        <translation>cadena de aprobación</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Interest →</source>
        <translation>Interés →</translation>
    </message>
    <message>
        <source>Influence (power) →</source>
        <translation>Influencia (poder) →</translation>
    </message>
    <message>
        <source>influence {influence}, interest {interest}</source>
        <translation>influencia {influence}, interés {interest}</translation>
    </message>
    <message>
        <source>, now {quadrant}</source>
        <translation>, ahora {quadrant}</translation>
    </message>
    <message>
        <source>Power and interest map</source>
        <translation>Mapa de poder e interés</translation>
    </message>
    <message>
        <source>1 stakeholder by influence and interest.</source>
        <translation>1 actor según su influencia e interés.</translation>
    </message>
    <message>
        <source>{count} stakeholders by influence and interest.</source>
        <translation>{count} actores según su influencia e interés.</translation>
    </message>
    <message>
        <source>The arrow keys move the selected one (with Shift by 1).</source>
        <translation>Las flechas mueven el seleccionado (con Mayús, de 1 en 1).</translation>
    </message>
    <message>
        <source>1 stakeholder</source>
        <translation>1 actor</translation>
    </message>
    <message>
        <source>{count} stakeholders</source>
        <translation>{count} actores</translation>
    </message>
    <message>
        <source>stakeholder map of {name}</source>
        <translation>mapa de actores clave de {name}</translation>
    </message>
    <message>
        <source>The map in the selected version</source>
        <translation>El mapa en la versión seleccionada</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>typed in the console</source>
        <translation>escrita en la consola</translation>
    </message>
    <message>
        <source>from a participant&apos;s browser</source>
        <translation>desde el navegador de un participante</translation>
    </message>
    <message>
        <source>History — {title}</source>
        <translation>Historial — {title}</translation>
    </message>
    <message>
        <source>History of {title}</source>
        <translation>Historial de {title}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Every saved version, newest first</source>
        <translation>Cada versión guardada, la más reciente primero</translation>
    </message>
    <message>
        <source>Version {number} · {time} · {source}</source>
        <translation>Versión {number} · {time} · {source}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (actual)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Recuperar esta versión</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Show tally on projector</source>
        <translation>Mostrar el recuento en el proyector</translation>
    </message>
    <message>
        <source>Show the tally of the vote on the projector</source>
        <translation>Mostrar en el proyector el recuento de la votación</translation>
    </message>
    <message>
        <source>Save paper dots</source>
        <translation>Guardar los puntos en papel</translation>
    </message>
    <message>
        <source>Save this organization&apos;s paper dots</source>
        <translation>Guardar los puntos en papel de esta organización</translation>
    </message>
    <message>
        <source>Dots for: {text}</source>
        <translation>Puntos para: {text}</translation>
    </message>
    <message>
        <source>1 dot</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{count} dots</source>
        <translation>{count} puntos</translation>
    </message>
    <message>
        <source>1 dot given so far</source>
        <translation>1 punto dado hasta ahora</translation>
    </message>
    <message>
        <source>{count} dots given so far</source>
        <translation>{count} puntos dados hasta ahora</translation>
    </message>
    <message>
        <source>Nothing to vote on yet.</source>
        <translation>Todavía no hay nada que votar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}: paper dots&lt;/b&gt; (up to {dots}). Its devices gave {from_devices}.</source>
        <translation>&lt;b&gt;{name}: puntos en papel&lt;/b&gt; (hasta {dots}). Sus dispositivos dieron {from_devices}.</translation>
    </message>
    <message>
        <source>Paper dots of {name} for: {text}</source>
        <translation>Puntos en papel de {name} para: {text}</translation>
    </message>
    <message>
        <source>Paper dots saved.</source>
        <translation>Puntos en papel guardados.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Run a workshop stage by stage from this laptop: the room sees the prompts and the timer on the projector, and every organization&apos;s answers are saved as you type.</source>
        <translation>Dirija un taller etapa por etapa desde esta computadora: la sala ve las preguntas y el temporizador en el proyector, y las respuestas de cada organización se guardan mientras se escriben.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Abrir un archivo de evento</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>Try the demo event</source>
        <translation>Probar el evento de demostración</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Enter opens the selected event</source>
        <translation>Intro abre el evento seleccionado</translation>
    </message>
    <message>
        <source>No recent events yet. Create one, or try the demo first.</source>
        <translation>Todavía no hay eventos recientes. Cree uno, o pruebe antes la demostración.</translation>
    </message>
    <message>
        <source>Events past the deletion reminder</source>
        <translation>Eventos que pasaron el recordatorio de borrado</translation>
    </message>
    <message>
        <source>{event}, {file}, in {folder}</source>
        <translation>{event}, {file}, en {folder}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past your {days}-day reminder&lt;/b&gt; — an event holds organizations&apos; answers; delete it when it is no longer needed (the worksheets are the organizations&apos; to keep).</source>
        <translation>&lt;b&gt;Pasaron su recordatorio de {days} días&lt;/b&gt; — un evento guarda las respuestas de las organizaciones; bórrelo cuando ya no haga falta (las hojas de trabajo son de las organizaciones y ellas las conservan).</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 organización</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count} organizaciones</translation>
    </message>
    <message>
        <source>{title} — {date}, {organizations}, {days} days ago</source>
        <translation>{title} — {date}, {organizations}, hace {days} días</translation>
    </message>
    <message>
        <source>Do not remind me about this event for another {days} days</source>
        <translation>No recordarme este evento durante otros {days} días</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete {event} for good</source>
        <translation>Borrar {event} para siempre</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep {event}</source>
        <translation>Conservar {event}</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (no se encuentra)</translation>
    </message>
    <message>
        <source>{name} (not readable)</source>
        <translation>{name} (no se puede leer)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>The workshop has ended; participant entry is closed.</source>
        <translation>El taller terminó; el acceso de participantes está cerrado.</translation>
    </message>
    <message>
        <source>The workshop has ended: participant entry stays closed. Answers stay in the event file.</source>
        <translation>El taller ha terminado: la entrada de participantes sigue cerrada. Las respuestas quedan en el archivo del evento.</translation>
    </message>
</context>
<context>
    <name>_DueDelegate</name>
    <message>
        <source>Jan 10, 10 Jan or 2027-01-10</source>
        <translation>10 ene, 10 de enero o 2027-01-10</translation>
    </message>
    <message>
        <source>Due date of action {row}</source>
        <translation>Fecha límite del paso {row}</translation>
    </message>
</context>
<context>
    <name>_StatusDelegate</name>
    <message>
        <source>Status of action {row}</source>
        <translation>Estado del paso {row}</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <source>The export failed: {problem}</source>
        <translation>La exportación falló: {problem}</translation>
    </message>
</context>
</TS>
