<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>Your name stays on this laptop. Choose a PIN of 4 or more digits.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>Choose your name and enter your PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>Signed in: {name}. Enter your PIN to go back to your work.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;again</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Accounts on this laptop</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>S&amp;witch user</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>&amp;Training, without an account</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: enter a number</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: choose one</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: enter a value</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: {value} is outside the range the model was validated on ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— not entered —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>Import training cases</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>{file} could not be imported ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>Imported %n case from {file}: {first} to {last}.</numerusform>
            <numerusform>Imported %n cases from {file}: {first} to {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n row left out:</numerusform>
            <numerusform>%n rows left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>&amp;Import cases from CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Import cases from CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Skip bad rows</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Patient values</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Factors, largest first</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Model {id} version {version}, package {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Not recorded yet: this page is not the audit record.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Kuona case record</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>Choose a model to see its training cases.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>Trainer&apos;s note: {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>&amp;Previous case</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Ne&amp;xt case</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Next case</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Training case</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>&amp;Reveal the true outcome</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>Reveal the true outcome</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>Session and case</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>Prediction and explanation</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>Quiz and true outcome</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>True outcome</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>District key</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>Carry the records to the district</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>&amp;Install the district key…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>&amp;Export to a folder (USB stick)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>Apply &amp;receipts from the district…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>Install the district key</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>Export the unconfirmed records to a folder</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>Apply receipts from the district</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>District key status</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>Records confirmed by the district</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>Share of records confirmed by the district</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>Export and receipt messages</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>No district key is installed yet: ask the district for its public key file.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>District key {key_id} is installed: bundles are encrypted for it.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>No decision has been recorded on this computer yet.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>No records</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>The district has confirmed the records up to record {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>The district has not confirmed any record yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>%n record is waiting for the district&apos;s receipt and will be exported again.</numerusform>
            <numerusform>%n records are waiting for the district&apos;s receipt and will be exported again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>No record is waiting.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>%v of %m records confirmed</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>District key (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>District key {key_id} installed.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>Export to a folder (USB stick)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Reading records: %v of %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>Writing the bundle to {folder}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>Export cancelled: nothing was written to the stick.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>The export failed: {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>Nothing to export: the district has confirmed every record.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ Bundle written: {file} (%n record). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</numerusform>
            <numerusform>✔ Bundle written: {file} (%n records). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>Kuona receipts (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>{file}: a receipt for another device ({device}); ignored.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>%n receipt applied.</numerusform>
            <numerusform>%n receipts applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>The district&apos;s notes policy is installed: notes stay on this laptop.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Save the case as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Choose a verified model package in the list.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>E&amp;xplain (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>Ne&amp;w patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Save this case as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Save this case as PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Patient values</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Result and decision</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>Decisions per model chart</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>No decisions to show yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Choose accept, partly accept or override first.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Give a reason when you partly accept or override the output.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>Stays on this laptop.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>Your own estimate, recorded before the reveal: {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ Decision saved in the audit log as record {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>&amp;Reason (needed)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>You can record your decision once the result is shown.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;Accept the model&apos;s output</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>&amp;Partly accept it</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>&amp;Override it with my own judgement</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>Not&amp;e (optional)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>Patient &amp;identifier (optional, kept only as a code)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>&amp;Save decision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Patient reference</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Accepted the model&apos;s output</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Partly accepted it</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>Overrode it</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>My clinical judgement differs</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>The patient&apos;s context (history, findings) differs</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Important information is missing from the model</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>The patient falls under a stated limitation</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>An input is outside the validated range</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>The patient&apos;s preference</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Other (say why in the note)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation>District keys</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>&amp;Set up this computer as the district…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>Save the public &amp;key for clinics…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>Set up this computer as the district</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>Save the district&apos;s public key</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>District key status</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>District set-up message</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>Save the district&apos;s public key for clinics</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>District key (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>District keys made (key {key_id}). Give {file} to every clinic.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>Public key {key_id} written to {file}.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>Import bundles from clinics</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>Import bundle &amp;files…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>Import a f&amp;older (USB stick)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Import bundle files</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>Import every bundle in a folder</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>Kuona bundles (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>Bundle %v of %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Reading records: %v of %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>The district database could not be used: {error}</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>Before any result: may this model be used for this patient?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ErasePatientBox</name>
    <message>
        <source>Erase a patient&apos;s data</source>
        <translation>Erase a patient&apos;s data</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Patient reference</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>Reference of the patient to erase</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>Er&amp;ase…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>Erase this patient&apos;s data</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>Erasure messages</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: enter a number</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>Clinic visit</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>Patient reference (leave empty: all due)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>Find a patient&apos;s open decisions</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Outcome due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>Decisions waiting for an outcome</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>Observed (0/1 or a number)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>Date observed</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Record the outcome</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>Pick a decision first.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Outcome recorded.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancel the running task</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>Your judgement first</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>&amp;Low risk</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>&amp;Medium risk</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Hi&amp;gh risk</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>Screen {number} of {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>&amp;Previous screen</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Previous screen</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>Ne&amp;xt screen</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Next screen</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>Lesson screens</translation>
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
        <translation>Checking model packages…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n model package verified</numerusform>
            <numerusform>%n model packages verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>%n refused (see the list)</numerusform>
            <numerusform>%n refused (see the list)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>The model packages could not be checked: {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>How to read an explanation</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — training mode</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>USB sync</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Save the case as PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Print the case…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Ask for my own judgement before showing the model</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Model facts</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>No model chosen.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Version {version}, signed by {signer}</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Parts of this model card are not available in your language; they are shown in English (%n text).</numerusform>
            <numerusform>Parts of this model card are not available in your language; they are shown in English (%n texts).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} to train the model, {test} to test it)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Time horizon:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>How common:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} of the patients studied</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Setting:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Patients:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Intended use:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Intended users:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Decision support:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>What it predicts</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Do not use</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>How well it works</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>The data it learned from</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (95% CI {low} to {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} patients not used for training, {events} with the outcome</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>slope {slope}, intercept {intercept} (ideal: 1 and 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 is perfect)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Tested on:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discrimination (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibration:</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Brier score:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Specificity</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} at the threshold of {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>How it was tested:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>With outcome</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (95% CI) or note</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Results in subgroups</translation>
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
        <source>Demonstration — not for clinical use</source>
        <translation>Demonstration — not for clinical use</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>Update models from a folder or USB stick…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>The model catalog folder (USB stick)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>The steward&apos;s root file (first update only)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>Catalog root (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>The update failed: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>Monitoring charts</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>Calibration: observed vs predicted</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC by month (band: the card&apos;s 95% CI)</translation>
    </message>
    <message>
        <source>Drift per input (PSI)</source>
        <translation>Drift per input (PSI)</translation>
    </message>
    <message>
        <source>AUROC per subgroup</source>
        <translation>AUROC per subgroup</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>Compute the monitoring report again</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Save the report as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>Save the monitoring report (one page per model) as PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>The monitoring report could not be made: {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>No decisions in the district database yet.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>{decisions} decisions, {outcomes} outcomes.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>Not enough outcomes ({n} of {needed} needed).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Save the monitoring report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>Field monitoring: {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>The report could not be saved: {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Report saved: {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>No alarms.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · screen {number} of {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · step {number} of {count}: {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Computing the explanation…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ The model was right</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ The model was wrong</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — training mode (presentation)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>Space or arrow: next · Backspace: back · Esc: leave</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>Explanation chart</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>Answer the three questions for one trainee first.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>The answer could not be recorded ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— choose a factor —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>Answered: {names} ({count} of {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>No one has answered this case yet.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>Points are shown after the reveal.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>No answers were given.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>Everyone has answered: reveal the true outcome.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>Quiz: answer before the reveal</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>Each trainee answers from what the screen shows; the outcome stays hidden.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>Who is &amp;answering</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. By the model&apos;s threshold, is this risk high or low?</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. Which factor mattered most to the model?</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. Would you override the model here?</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>Yes, override it</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>No, follow it</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>Who is answering</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>Factor that mattered most</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>Recor&amp;d the answer</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Record the answer</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>There are no quiz answers to export yet.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>Exported {count} answers to {answers} and the summary to {summary}.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>Export the quiz results to</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Whole session</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}, this session</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}, all sessions</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} of {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>Start a session with trainees to take a quiz.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>No answers on revealed cases yet.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>Points on cases not yet revealed are counted after the reveal.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Quiz results</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>Risk points</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>Factor points</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>Override points</translation>
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
        <translation>Quiz results per session and trainee</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>E&amp;xport the results as CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>Latest records</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>Latest records and their confirmation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>A patient&apos;s data erased</source>
        <translation>A patient&apos;s data erased</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmed</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>waiting for the district&apos;s receipt</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>Records received per device</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>Gaps, tampering and refused bundles found</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>No import yet in this session.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Bundles imported</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Records added</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplicates skipped</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Tampering</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>Bundles refused</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>Unbroken chain up to record</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>No bundles were found there.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>Import finished: %n bundle read</numerusform>
            <numerusform>Import finished: %n bundles read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ %n problem found: see the list below.</numerusform>
            <numerusform>⚠ %n problems found: see the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>No gaps, no tampering, no refused bundles.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>Gap on device {device}: {records} missing.</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>Tampering on device {device}, record {seq}: {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Refused: {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>By device</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By clinician</source>
        <translation>By clinician</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>Gaps and tampering</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Report tables</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Overridden</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>Accepted (share)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>Partly accepted (share)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>Overridden (share)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Reasons given</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>Inputs outside the validated range</translation>
    </message>
    <message>
        <source>Decisions on an unusual case</source>
        <translation>Decisions on an unusual case</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>Decisions on a wide range</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>Ruled out by the model card (no result shown)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Clinician (pseudonymous id)</source>
        <translation>Clinician (pseudonymous id)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>without an account</translation>
    </message>
    <message>
        <source>{reason}: {count}</source>
        <translation>{reason}: {count}</translation>
    </message>
    <message>
        <source>{feature}: {count}</source>
        <translation>{feature}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>Gap: these records never reached the district</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>Tampering: {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>Refused bundle: {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>No gaps, no tampering, no refused bundles.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>Report: decisions and problems</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Refresh report</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Refresh the report</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>Save the report as CSV files</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>Report totals</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Report message</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>The report has not been read yet.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>{count} accepted ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>{count} partly accepted ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>{count} overridden ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ %n problem found: see “Gaps and tampering”.</numerusform>
            <numerusform>⚠ %n problems found: see “Gaps and tampering”.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>No gaps, no tampering, no refused bundles.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>%n record from {devices}: {parts}.</numerusform>
            <numerusform>%n records from {devices}: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n CSV file written to {folder}.</numerusform>
            <numerusform>%n CSV files written to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Choose a model to start.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Computing the explanation…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>The model&apos;s output is hidden until you give your own estimate.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>The explanation could not be computed ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>This patient&apos;s risk</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Plausible range</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Main factors for this patient</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Estimated probability of “{outcome}” for this patient</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Model score (log-odds) for “{outcome}”</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Model output for “{outcome}”</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</numerusform>
            <numerusform>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</numerusform>
            <numerusform>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</numerusform>
            <numerusform>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>About %n in 100 patients like this one would have it.</numerusform>
            <numerusform>About %n in 100 patients like this one would have it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>Plausible range: {low} to {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Average for the reference patients: {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>At or above the model&apos;s threshold of {threshold}.</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>Below the model&apos;s threshold of {threshold}.</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>How sure: the model card gives no tested accuracy; treat this with caution.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} {value} made almost no difference.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} {value} raised the risk by {points} percentage points.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} {value} lowered the risk by {points} percentage points.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} {value} raised the score by {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} {value} lowered the score by {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} points, approximate)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, approximate)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>No plausible range can be given: this model package has no calibration set.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>The model card asks for caution for this patient: {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Warning: {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Demonstration model: do not use this result for any patient.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} Answer: yes.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} Answer: no.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} is below {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} is at most {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} is above {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} is at least {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} is {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} is not {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Lock the screen after this many minutes without use:</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>Training only, no one signed in</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>Locked: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Signed in: {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Who is signed in</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>Lock when idle…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>No session: step through the cases, or start one to take a quiz.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>The session ended at {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>Quiz running since {time} with %n trainee.</numerusform>
            <numerusform>Quiz running since {time} with %n trainees.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>Demonstration running since {time} (no quiz).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>Trai&amp;ner (optional)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>Trainees taking the &amp;quiz, one per line (optional)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>Trainees, one per line</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Start the session</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;End the session</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>changed after it was written</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>does not link to the record before it</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>same id as an imported record, other content</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>a second record with this number (restored backup or altered log)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>names another device</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>its fields are not valid</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>the log ends here, though an earlier bundle reached further (restored or truncated)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>clinical judgement</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>patient&apos;s context</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>missing information</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>model limitation</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>input outside the validated range</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>patient&apos;s preference</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>record {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>records {start} to {end}</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>Demonstration — not for clinical use: {title} (version {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Presentation mode (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>Training pages</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;What-if</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ults</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>Training mode — cases are not patients; nothing here goes into the audit log</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>The case</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>The prediction</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>The explanation</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>The true outcome</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>a typical case</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>a borderline case: close to the model&apos;s threshold</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>a case the model gets wrong at its threshold</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>a case with a value outside the model&apos;s validated range</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>Why this case was chosen: {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>Case {number} of {count} ({id}, a trainer&apos;s case)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>Case {number} of {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ outside the validated range ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>True outcome: “{outcome}” happened.</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>True outcome: “{outcome}” did not happen.</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>The model said high risk and the outcome happened: the model was right.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>The model said high risk but the outcome did not happen: the model was wrong.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>The model said low risk but the outcome happened: the model was wrong.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>The model said low risk and the outcome did not happen: the model was right.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ right</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ wrong</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Explanation chart</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>No explanation to show yet.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Average risk (all patients)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n other factor</numerusform>
            <numerusform>%n other factors</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>This patient&apos;s risk</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Plausible range</translation>
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
        <translation>Waiting for the case&apos;s explanation…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>Risk now: {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>The change could not be explained ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>Back to the case as &amp;recorded</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>Back to the case as recorded</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>What-if values</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>What-if result</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>Change a value to see what it does to the risk and its explanation.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature}: {old} → {new}. The risk stayed at {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>Contributions that moved most:</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>No contribution moved.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature}: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>Compared with the recorded case (%n value changed): the risk is {after} instead of {before}.</numerusform>
            <numerusform>Compared with the recorded case (%n values changed): the risk is {after} instead of {before}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>{value}{percent}</source>
        <translation>{value}{percent}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} points</translation>
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
        <translation>not measured</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Demonstration — not for clinical use</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>This package is signed with the public demonstration key. Do not use its output for any patient.</translation>
    </message>
</context>
</TS>
