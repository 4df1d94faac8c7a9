<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>Créer le premier compte</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>Kuona enregistre qui a décidé. Votre nom reste sur cet ordinateur : les enregistrements ne portent qu’un numéro aléatoire pour votre compte.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>Votre nom reste sur cet ordinateur. Choisissez un code PIN de 4 chiffres ou plus.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>Choisissez votre nom et tapez votre code PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>Connecté : {name}. Tapez votre code PIN pour reprendre votre travail.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Code PIN à nouveau</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Code PIN à n&amp;ouveau</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Comptes sur cet ordinateur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Nouve&amp;au compte…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>C&amp;hanger d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>&amp;Formation, sans compte</translation>
    </message>
</context>
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
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>Importer des cas d’entraînement</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>{file} n’a pas pu être importé ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>%n cas importé depuis {file} : {first} à {last}.</numerusform>
            <numerusform>%n cas importés depuis {file} : {first} à {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n ligne laissée de côté :</numerusform>
            <numerusform>%n lignes laissées de côté :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>Importer des cas depuis un fic&amp;hier CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Importer des cas depuis un CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Ignorer les lignes fautives</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Compte rendu de l’import</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Valeurs du patient</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Facteurs, du plus important au moins important</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Modèle {id} version {version}, paquet {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Pas encore enregistrée : cette page n’est pas l’enregistrement du journal d’audit.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. Motif : {reason}. Enregistrement d’audit {seq} ({uuid}), {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Fiche de cas Kuona</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>Choisissez un modèle pour voir ses cas d’entraînement.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>Note du formateur : {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Cas &amp;précédent</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Cas précédent</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Gauche</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Cas sui&amp;vant</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Cas suivant</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Droite</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Cas d’entraînement</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>&amp;Révéler l’issue réelle</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>Révéler l’issue réelle</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>Séance et cas</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>Prédiction et explication</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>Quiz et issue réelle</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>Issue réelle</translation>
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
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>La politique de notes du district est installée : les notes sont désormais envoyées au district sans les numéros de téléphone, adresses e-mail, dates et numéros d&apos;identité (les noms ne sont pas retirés).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>La politique de notes du district est installée : les notes restent sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Enregistrer le cas en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Choisissez un paquet de modèle vérifié dans la liste.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>E&amp;xpliquer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>No&amp;uveau patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Enregistrer ce cas en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Enregistrer ce cas en PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Valeurs du patient</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Résultat et décision</translation>
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
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Choisissez d’abord : accepter, accepter en partie ou passer outre.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Indiquez un motif lorsque vous acceptez en partie le résultat ou passez outre.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>Envoyée au district sans les numéros de téléphone, adresses e-mail, dates et numéros d&apos;identité ; les noms ne sont pas retirés, ne les écrivez pas.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>Reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>Votre propre estimation, enregistrée avant l’affichage : {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ Décision enregistrée dans le journal d’audit sous le numéro {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Votre décision</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>Vous pourrez enregistrer votre décision une fois le résultat affiché.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;Accepter le résultat du modèle</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>L’accepter en &amp;partie</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>Passer &amp;outre selon mon propre jugement</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choisir un motif —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>R&amp;emarque (facultatif)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>Identifia&amp;nt du patient (facultatif, conservé uniquement sous forme de code)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>Enregi&amp;strer la décision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Résultat du modèle accepté</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Accepté en partie</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>Passé outre</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>Mon jugement clinique diffère</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>Le contexte du patient (antécédents, examen) diffère</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Le modèle ne tient pas compte d’informations importantes</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>Le patient relève d’une limite indiquée</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>Une valeur est en dehors de l’intervalle validé</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>La préférence du patient</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Autre (précisez dans la remarque)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
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
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>Avant tout résultat : ce modèle peut-il être utilisé pour ce patient ?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ErasePatientBox</name>
    <message>
        <source>Erase a patient&apos;s data</source>
        <translation>Effacer les données d&apos;un patient</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>À la demande du patient : ses valeurs, notes et référence sont effacées de cet ordinateur maintenant, et du district au prochain export. La chaîne d&apos;audit reste vérifiable.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>Référence du patient à effacer</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>Effa&amp;cer…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>Effacer les données de ce patient</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>Messages d&apos;effacement</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>Effacer les valeurs, notes et référence de ce patient de cet ordinateur (enregistrements : {records}) ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ Effacé de cet ordinateur (enregistrements : {records}) ; le district efface les mêmes valeurs en important le prochain export.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>Des enregistrements plus anciens de ce patient ont été conservés (enregistrements : {records}) : ils ont été écrits avant que l&apos;effacement soit possible, et les effacer briserait la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>Le fichier lui-même sera compacté la prochaine fois que Kuona ouvrira le journal d&apos;audit (un autre programme le tient ouvert en ce moment).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field} : saisissez un nombre</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>Visite à la clinique</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>Référence du patient (vide : toutes les échéances)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>Trouver les décisions en attente d&apos;un patient</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Résultat attendu le</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>Décisions en attente de résultat</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>Observé (0/1 ou un nombre)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>Date de l&apos;observation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>Choisissez d&apos;abord une décision.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Résultat enregistré.</translation>
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
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>D’abord votre jugement</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Avant de voir le résultat du modèle : à quel niveau estimez-vous le risque de ce patient ?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>Risque fai&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>Risque &amp;moyen</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Risque é&amp;levé</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>Écran {number} sur {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>Écran &amp;précédent</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Écran précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>Écran sui&amp;vant</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Écran suivant</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>Écrans de la leçon</translation>
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
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>Vérification des paquets de modèles…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n paquet de modèle vérifié</numerusform>
            <numerusform>%n paquets de modèles vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>%n refusé (voir la liste)</numerusform>
            <numerusform>%n refusés (voir la liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Les paquets de modèles n’ont pas pu être vérifiés : {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>Comment lire une explication</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — mode formation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>Synchronisation USB</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Enregistrer le cas en PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Imprimer le cas…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Demander mon propre jugement avant d’afficher le modèle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
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
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Certaines parties de cette fiche de modèle ne sont pas disponibles dans votre langue ; elles sont affichées en anglais (%n texte).</numerusform>
            <numerusform>Certaines parties de cette fiche de modèle ne sont pas disponibles dans votre langue ; elles sont affichées en anglais (%n textes).</numerusform>
        </translation>
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
        <source>Demonstration — not for clinical use</source>
        <translation>Démonstration — pas pour un usage clinique</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>Mettre à jour les modèles depuis un dossier ou une clé USB…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>Le dossier du catalogue de modèles (clé USB)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>Le fichier racine du responsable (première mise à jour seulement)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>Racine du catalogue (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>La mise à jour a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>Graphiques de surveillance</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>Calibration : observé vs prédit</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC par mois (bande : IC 95 % de la fiche)</translation>
    </message>
    <message>
        <source>Drift per input (PSI)</source>
        <translation>Dérive par entrée (PSI)</translation>
    </message>
    <message>
        <source>AUROC per subgroup</source>
        <translation>AUROC par sous-groupe</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>Recalculer le rapport de surveillance</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Enregistrer le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>Enregistrer le rapport de surveillance (une page par modèle) en PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>Le rapport de surveillance n&apos;a pas pu être établi : {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>Aucune décision dans la base de données du district pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>{decisions} décisions, {outcomes} résultats.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>Pas assez de résultats ({n} sur {needed} nécessaires).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Enregistrer le rapport de surveillance</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>Surveillance sur le terrain : {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Rapport enregistré : {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Aucune alerte.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · écran {number} sur {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · étape {number} sur {count} : {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Calcul de l’explication…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ Le modèle avait raison</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ Le modèle s’est trompé</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — mode formation (présentation)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>Espace ou flèche : suivant · Retour arrière : précédent · Échap : quitter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>Graphique de l’explication</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>Répondez d’abord aux trois questions pour un stagiaire.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>La réponse n’a pas pu être enregistrée ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— choisissez un facteur —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>Ont répondu : {names} ({count} sur {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>Personne n’a encore répondu pour ce cas.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>Les points s’affichent après la révélation.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>Aucune réponse n’a été donnée.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>Tout le monde a répondu : révélez l’issue réelle.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>Quiz : répondre avant la révélation</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>Chaque stagiaire répond d’après ce que montre l’écran ; l’issue reste cachée.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>Sta&amp;giaire qui répond</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. D’après le seuil du modèle, ce risque est-il élevé ou faible ?</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. Quel facteur a le plus compté pour le modèle ?</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. Passeriez-vous outre le modèle ici ?</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>Oui, passer outre</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>Non, le suivre</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>Stagiaire qui répond</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>Facteur qui a le plus compté</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>Enregistrer la rép&amp;onse</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>Il n’y a pas encore de réponses au quiz à exporter.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>{count} réponses exportées dans {answers} et le résumé dans {summary}.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>Exporter les résultats du quiz vers</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}, cette séance</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}, toutes les séances</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} sur {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>Démarrez une séance avec des stagiaires pour faire un quiz.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>Pas encore de réponses sur des cas révélés.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>Les points des cas pas encore révélés sont comptés après la révélation.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Résultats du quiz</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>Points risque</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>Points facteur</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>Points « passer outre »</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation>Résultats du quiz par séance et par stagiaire</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>E&amp;xporter les résultats en CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Exporter les résultats en CSV</translation>
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
        <source>A patient&apos;s data erased</source>
        <translation>Données d&apos;un patient effacées</translation>
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
        <source>By clinician</source>
        <translation>Par clinicien</translation>
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
        <source>Decisions on an unusual case</source>
        <translation>Décisions sur un cas inhabituel</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>Décisions sur une plage large</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>Exclus par la fiche du modèle (aucun résultat affiché)</translation>
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
        <source>Clinician (pseudonymous id)</source>
        <translation>Clinicien (identifiant pseudonyme)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>sans compte</translation>
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
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Choisissez un modèle pour commencer.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Saisissez les valeurs du patient, puis appuyez sur Expliquer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Calcul de l’explication…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>Le résultat du modèle reste masqué tant que vous n’avez pas donné votre propre estimation.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>L’explication n’a pas pu être calculée ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risque de ce patient</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Plage plausible</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Principaux facteurs pour ce patient</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Probabilité estimée de « {outcome} » pour ce patient</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Score du modèle (log-odds) pour « {outcome} »</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Sortie du modèle pour « {outcome} »</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>Le modèle dit qu’environ %n patient sur 100 comme celui-ci l’aurait, mais moins l’ont eu parmi les patients vérifiés qu’il a notés ainsi : plage plausible {low} à {high} sur 100.</numerusform>
            <numerusform>Le modèle dit qu’environ %n patients sur 100 comme celui-ci l’auraient, mais moins l’ont eu parmi les patients vérifiés qu’il a notés ainsi : plage plausible {low} à {high} sur 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>Le modèle dit qu’environ %n patient sur 100 comme celui-ci l’aurait, mais plus l’ont eu parmi les patients vérifiés qu’il a notés ainsi : plage plausible {low} à {high} sur 100.</numerusform>
            <numerusform>Le modèle dit qu’environ %n patients sur 100 comme celui-ci l’auraient, mais plus l’ont eu parmi les patients vérifiés qu’il a notés ainsi : plage plausible {low} à {high} sur 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>Environ %n patient sur 100 comme celui-ci l’aurait (plage plausible {low} à {high}).</numerusform>
            <numerusform>Environ %n patients sur 100 comme celui-ci l’auraient (plage plausible {low} à {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>Environ %n patient sur 100 comme celui-ci l’aurait.</numerusform>
            <numerusform>Environ %n patients sur 100 comme celui-ci l’auraient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>Plage plausible : {low} à {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Moyenne des patients de référence : {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>Au niveau ou au-dessus du seuil du modèle ({threshold}).</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>En dessous du seuil du modèle ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>Fiabilité : la fiche du modèle n’indique aucune performance testée ; à interpréter avec prudence.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>Fiabilité : sur {n} patients testés, le modèle a classé un patient ayant l’issue au-dessus d’un patient sans l’issue dans {share} des cas (AUC {auc}, IC à 95 % : {low} à {high}). C’est une estimation fondée sur des patients passés, pas un diagnostic.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} {value} n’a presque rien changé.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} {value} a augmenté le risque de {points} points de pourcentage.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} {value} a diminué le risque de {points} points de pourcentage.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} {value} a augmenté le score de {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} {value} a diminué le score de {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} points, approximatif)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, approximatif)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>Cette combinaison de valeurs ne ressemble pas aux patients sur lesquels le modèle a appris (le plus inhabituel : {features}), même si chaque valeur est dans sa plage : le risque peut être faux pour ce patient.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>La plage plausible est large ({width}) : le modèle est peu sûr pour un patient comme celui-ci ; fiez-vous-y moins.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>Aucune plage plausible ne peut être donnée : ce paquet de modèle n&apos;a pas d&apos;ensemble de calibration.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>La fiche du modèle demande la prudence pour ce patient : {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} est en dehors de l’intervalle sur lequel le modèle a été validé ({range}) : ce patient ne fait pas partie de la population sur laquelle il a été testé, le risque peut donc être faux.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>{feature} n&apos;a pas été mesuré : le modèle a continué sans cette valeur, comme il l&apos;a appris pour les patients chez qui elle manquait, ce qui rend le risque moins sûr.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>Cette explication est approximative : le modèle a trop d’entrées pour la calculer exactement. Chaque facteur indique sa marge d’erreur.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Avertissement : {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>Comment lire ceci : le graphique part du risque moyen des patients de référence et ajoute l’effet de chaque facteur, vers le haut ou vers le bas, jusqu’au risque de ce patient. La taille d’un facteur indique de combien il a déplacé le résultat du modèle ; elle ne dit pas qu’il cause la maladie, ni ce qui se passerait s’il changeait. Vérifiez les limites avant de vous y fier ; votre jugement clinique décide.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Modèle de démonstration : n’utilisez ce résultat pour aucun patient.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>Le modèle ne doit pas être utilisé pour ce patient : aucun résultat n&apos;est affiché. Ceci a été enregistré dans le journal d&apos;audit. Raison :</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} Réponse : oui.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} Réponse : non.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} est inférieur à {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} est au plus {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} est supérieur à {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} est au moins {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} vaut {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} ne vaut pas {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>Verrouiller en cas d’inactivité</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Verrouiller l’écran après ce nombre de minutes sans utilisation :</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>Formation seulement, personne n’est connecté</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>Verrouillé : {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Qui est connecté</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>C&amp;hanger d’utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>Verrouiller en cas d’inactivité…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>Aucune séance : parcourez les cas, ou démarrez-en une pour faire un quiz.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>La séance s’est terminée à {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>Quiz en cours depuis {time} avec %n stagiaire.</numerusform>
            <numerusform>Quiz en cours depuis {time} avec %n stagiaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>Démonstration en cours depuis {time} (sans quiz).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>Formateur (f&amp;acultatif)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>Stagiaires qui font le &amp;quiz, un par ligne (facultatif)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>Stagiaires, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Démarrer la séance</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Termi&amp;ner la séance</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la séance</translation>
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
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>Démonstration — pas pour un usage clinique : {title} (version {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Mode présentation (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>Pages de formation</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ca&amp;s</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Et si</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Rés&amp;ultats</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>Mode formation — ces cas ne sont pas des patients ; rien ici n’entre dans le journal d’audit</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Le cas</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>La prédiction</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>L’explication</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>L’issue réelle</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>un cas typique</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>un cas limite : proche du seuil du modèle</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>un cas où le modèle se trompe à son seuil</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>un cas avec une valeur hors de la plage validée du modèle</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>Pourquoi ce cas a été choisi : {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>Cas {number} sur {count} ({id}, un cas du formateur)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>Cas {number} sur {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ hors de la plage validée ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>Issue réelle : « {outcome} » est survenu.</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>Issue réelle : « {outcome} » n’est pas survenu.</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>Le modèle disait risque élevé et l’issue est survenue : le modèle avait raison.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>Le modèle disait risque élevé mais l’issue n’est pas survenue : le modèle s’est trompé.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>Le modèle disait risque faible mais l’issue est survenue : le modèle s’est trompé.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>Le modèle disait risque faible et l’issue n’est pas survenue : le modèle avait raison.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ juste</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ faux</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee} : {points} points sur {max} — risque {risk} ; facteur principal {factor} ; passer outre {override}</translation>
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
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Plage plausible</translation>
    </message>
    <message>
        <source>{label} = {value}</source>
        <translation>{label} = {value}</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Waiting for the case&apos;s explanation…</source>
        <translation>En attente de l’explication du cas…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>Risque maintenant : {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>Le changement n’a pas pu être expliqué ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>Déplacez un curseur, choisissez une valeur ou tapez-en une : l’explication suit aussitôt. Elle montre comment la sortie du modèle bouge, pas ce qui arriverait à un patient si la valeur changeait vraiment.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>Revenir au cas en&amp;registré</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>Revenir au cas enregistré</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>Valeurs « et si »</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>Résultat « et si »</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>Changez une valeur pour voir son effet sur le risque et son explication.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature} : {old} → {new}. Le risque est resté à {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature} : {old} → {new}. Le risque est passé de {before} à {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>Contributions qui ont le plus bougé :</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>Il a franchi le seuil du modèle de {threshold} : le modèle dit maintenant risque élevé.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>Il a franchi le seuil du modèle de {threshold} : le modèle dit maintenant risque faible.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>Aucune contribution n’a bougé.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature} : {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>Par rapport au cas enregistré (%n valeur changée) : le risque est de {after} au lieu de {before}.</numerusform>
            <numerusform>Par rapport au cas enregistré (%n valeurs changées) : le risque est de {after} au lieu de {before}.</numerusform>
        </translation>
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
        <source>not measured</source>
        <translation>non mesuré</translation>
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
