<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsoleWidget</name>
    <message numerus="yes">
        <source>Added %n organization(s) from {file}</source>
        <translation>
            <numerusform>Added %n organization from {file}</numerusform>
            <numerusform>Added %n organizations from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copy saved to {file}, with %n text(s) not saved here</source>
        <translation>
            <numerusform>Copy saved to {file}, with %n text not saved here</numerusform>
            <numerusform>Copy saved to {file}, with %n texts not saved here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Past your %n-day reminder&lt;/b&gt; — an event holds organizations&apos; answers; delete it when it is no longer needed (the worksheets are the organizations&apos; to keep).</source>
        <translation>
            <numerusform>&lt;b&gt;Past your %n-day reminder&lt;/b&gt; — an event holds organizations&apos; answers; delete it when it is no longer needed (the worksheets are the organizations&apos; to keep).</numerusform>
            <numerusform>&lt;b&gt;Past your %n-day reminder&lt;/b&gt; — an event holds organizations&apos; answers; delete it when it is no longer needed (the worksheets are the organizations&apos; to keep).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do not remind me about this event for another %n day(s)</source>
        <translation>
            <numerusform>Do not remind me about this event for another %n day</numerusform>
            <numerusform>Do not remind me about this event for another %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
