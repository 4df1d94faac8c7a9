<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Checking model packages…</source>
        <translation>Checking model packages…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n model package verified</numerusform>
            <numerusform>%n model packages verified</numerusform>
        </translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>The model packages could not be checked: {error}</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Model packages</source>
        <translation>Model packages</translation>
    </message>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Refused: {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Demonstration - not for clinical use</source>
        <translation>Demonstration - not for clinical use</translation>
    </message>
</context>
</TS>
