<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field} : saisissez un nombre</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field} : choisissez une valeur</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field} : saisissez une valeur</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field} : {value} est en dehors de l’intervalle sur lequel le modèle a été validé ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>Clé du district</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>Porter les enregistrements au district</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>&amp;Installer la clé du district…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>&amp;Exporter vers un dossier (clé USB)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>Appliquer les &amp;accusés de réception du district…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>Installer la clé du district</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>Exporter vers un dossier les enregistrements non confirmés</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>Appliquer les accusés de réception du district</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>État de la clé du district</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>Enregistrements confirmés par le district</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>Part des enregistrements confirmés par le district</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>Messages d’export et d’accusés de réception</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>Aucune clé de district n’est encore installée : demandez au district son fichier de clé publique.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>La clé de district {key_id} est installée : les lots sont chiffrés pour elle.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>Aucune décision n’a encore été enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Aucun enregistrement</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>Le district a confirmé les enregistrements jusqu’à l’enregistrement {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>Le district n’a encore confirmé aucun enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>%n enregistrement attend l’accusé de réception du district et sera exporté à nouveau.</numerusform>
            <numerusform>%n enregistrements attendent l’accusé de réception du district et seront exportés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>Aucun enregistrement n’est en attente.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>%v enregistrements confirmés sur %m</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Clé de district (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>Clé de district {key_id} installée.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>Exporter vers un dossier (clé USB)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Lecture des enregistrements : %v sur %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>Écriture du lot dans {folder}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>Export annulé : rien n’a été écrit sur la clé.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L’export a échoué : {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>Rien à exporter : le district a confirmé tous les enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ Lot écrit : {file} (%n enregistrement). Portez la clé au district ; les enregistrements restent sur cet ordinateur et sont exportés à nouveau jusqu’à ce que son accusé de réception les confirme.</numerusform>
            <numerusform>✔ Lot écrit : {file} (%n enregistrements). Portez la clé au district ; les enregistrements restent sur cet ordinateur et sont exportés à nouveau jusqu’à ce que son accusé de réception les confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>Accusés de réception Kuona (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>{file} : un accusé de réception pour un autre appareil ({device}) ; ignoré.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>%n accusé de réception appliqué.</numerusform>
            <numerusform>%n accusés de réception appliqués.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>Graphique des décisions par modèle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Acceptées en partie</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>Aucune décision à afficher pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation>Clés du district</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>&amp;Faire de cet ordinateur le district…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>Enregistrer la &amp;clé publique pour les cliniques…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>Faire de cet ordinateur le district</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>Enregistrer la clé publique du district</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>État de la clé du district</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>Message de mise en place du district</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>Cet ordinateur n’a pas encore de clés de district. Faites-en une fois le district, puis donnez le fichier de clé publique à chaque clinique.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>Cet ordinateur est le district (clé {key_id}). Les cliniques chiffrent leurs lots pour cette clé ; gardez privé le dossier de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>Enregistrer la clé publique du district pour les cliniques</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Clé de district (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>Clés du district créées (clé {key_id}). Donnez {file} à chaque clinique.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>Clé publique {key_id} écrite dans {file}.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>Importer les lots des cliniques</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>Importer des &amp;fichiers de lots…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>Importer un &amp;dossier (clé USB)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Importer des fichiers de lots</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>Importer tous les lots d’un dossier</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’import</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>Lots Kuona (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>Lot %v sur %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Lecture des enregistrements : %v sur %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>La base de données du district n’a pas pu être utilisée : {error}</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
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
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Aucun modèle choisi.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Version {version}, signée par {signer}</translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} pour entraîner le modèle, {test} pour le tester)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue prédite :</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Définition :</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Horizon temporel :</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} des patients étudiés</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population :</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Contexte de soins :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patients :</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Utilisation prévue :</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Utilisateurs prévus :</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Aide à la décision :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Ce qu’il prédit</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Ne pas utiliser</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Performances</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>Les données d’apprentissage</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (IC à 95 % : {low} à {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} patients non utilisés pour l’entraînement, dont {events} avec l’issue</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>pente {slope}, ordonnée à l’origine {intercept} (idéal : 1 et 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 = parfait)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Testé sur :</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discrimination (AUC) :</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibration :</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Score de Brier :</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Spécificité</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} au seuil de {threshold} :</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>Méthode d’évaluation :</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Sous-groupe</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>Avec l’issue</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (IC à 95 %) ou remarque</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Résultats par sous-groupe</translation>
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
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>Derniers enregistrements</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>Derniers enregistrements et leur confirmation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Acceptées en partie</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmé</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>en attente de l’accusé de réception du district</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>Enregistrements reçus par appareil</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>Lacunes, falsifications et lots refusés trouvés</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>Aucun import pour l’instant dans cette session.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Lots importés</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Enregistrements ajoutés</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Doublons ignorés</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Falsifications</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>Lots refusés</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>Chaîne intacte jusqu’à l’enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n enregistrement ajouté</numerusform>
            <numerusform>%n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>Import arrêté après {done} lots sur {total} ({counts}). Le lot en cours n’a pas été importé du tout ; importez à nouveau pour terminer.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>Aucun lot n’a été trouvé à cet endroit.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>Import terminé : %n lot lu</numerusform>
            <numerusform>Import terminé : %n lots lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ %n problème trouvé : voir la liste ci-dessous.</numerusform>
            <numerusform>⚠ %n problèmes trouvés : voir la liste ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Aucune lacune, aucune falsification, aucun lot refusé.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>Lacune sur l’appareil {device} : {records} manquant(s).</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>Falsification sur l’appareil {device}, enregistrement {seq} : {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Refusé : {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>Accusé de réception pour l’appareil {device} (enregistrements jusqu’au {seq}) écrit dans {file} : rapportez-le à la clinique.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Par appareil</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>Lacunes et falsifications</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tableaux du rapport</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Acceptées en partie</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>Acceptées (part)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>Acceptées en partie (part)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>Écartées (part)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motifs donnés</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>Valeurs hors de la plage validée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>{reason}: {count}</source>
        <translation>{reason} : {count}</translation>
    </message>
    <message>
        <source>{feature}: {count}</source>
        <translation>{feature} : {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>Lacune : ces enregistrements ne sont jamais arrivés au district</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>Falsification : {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>Lot refusé : {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Aucune lacune, aucune falsification, aucun lot refusé.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>Rapport : décisions et problèmes</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Actualiser le rapport</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Actualiser le rapport</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>Enregistrer le rapport en fichiers CSV</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>Totaux du rapport</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Message du rapport</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>Le rapport n’a pas encore été lu.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>{count} acceptées ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>{count} acceptées en partie ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>{count} écartées ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ %n problème trouvé : voir « Lacunes et falsifications ».</numerusform>
            <numerusform>⚠ %n problèmes trouvés : voir « Lacunes et falsifications ».</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Aucune lacune, aucune falsification, aucun lot refusé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>%n enregistrement de {devices} : {parts}.</numerusform>
            <numerusform>%n enregistrements de {devices} : {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n fichier CSV écrit dans {folder}.</numerusform>
            <numerusform>%n fichiers CSV écrits dans {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>modifié après son écriture</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>ne se rattache pas à l’enregistrement précédent</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>même identifiant qu’un enregistrement importé, contenu différent</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>un second enregistrement avec ce numéro (sauvegarde restaurée ou journal modifié)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>indique un autre appareil</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>ses champs ne sont pas valides</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>le journal s’arrête ici, alors qu’un lot antérieur allait plus loin (restauré ou tronqué)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>jugement clinique</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>contexte du patient</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>information manquante</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>limite du modèle</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>valeur hors de la plage validée</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>préférence du patient</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>enregistrement {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>enregistrements {start} à {end}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Graphique de l’explication</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>Aucune explication à afficher pour l’instant.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Risque moyen (tous les patients)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n autre facteur</numerusform>
            <numerusform>%n autres facteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risque de ce patient</translation>
    </message>
    <message>
        <source>{label} = {value}</source>
        <translation>{label} = {value}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{value}{percent}</source>
        <translation>{value}&#xa0;{percent}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value}&#xa0;points</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
</context>
<context>
    <name>_Banner</name>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Démonstration — pas pour un usage clinique</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>Ce paquet est signé avec la clé publique de démonstration. N’utilisez ses résultats pour aucun patient.</translation>
    </message>
</context>
</TS>
