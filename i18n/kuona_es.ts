<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking model packages…</source>
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How common:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature} was not entered: the model filled it in as it was trained to, which makes the risk less certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Waiting for the case&apos;s explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{value}{percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Banner</name>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
