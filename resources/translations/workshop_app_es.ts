<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>SettingsDialog</name>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>El del sistema ({language})</translation>
    </message>
    <message>
        <source>The console&apos;s</source>
        <translation>El de la consola</translation>
    </message>
    <message>
        <source>The console changes language the next time the app starts.</source>
        <translation>La consola cambia de idioma la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Console &amp;language:</source>
        <translation>&amp;Idioma de la consola:</translation>
    </message>
    <message>
        <source>Pro&amp;jector language:</source>
        <translation>Idioma del pro&amp;yector:</translation>
    </message>
</context>
</TS>
