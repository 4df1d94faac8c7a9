<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Checking model packages…</source>
        <translation>Vérification des paquets de modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n paquet de modèle vérifié</numerusform>
            <numerusform>%n paquets de modèles vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Les paquets de modèles n’ont pas pu être vérifiés : {error}</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Model packages</source>
        <translation>Paquets de modèles</translation>
    </message>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Refusé : {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Demonstration - not for clinical use</source>
        <translation>Démonstration - pas pour un usage clinique</translation>
    </message>
</context>
</TS>
