<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>Unda akaunti ya kwanza</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akaunti mpya</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Imefungwa</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>Kuona inarekodi nani aliamua. Jina lako linabaki kwenye kompyuta hii: rekodi zinabeba namba ya nasibu ya akaunti yako tu.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>Jina lako linabaki kwenye kompyuta hii. Chagua PIN ya tarakimu 4 au zaidi.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>Chagua jina lako na uandike PIN yako.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>Ameingia: {name}. Andika PIN yako kurudi kwenye kazi yako.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Unda akaunti</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Jina &amp;lako</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN tena</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;tena</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Akaunti kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Akaunti &amp;mpya…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Badili m&amp;tumiaji</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Rudi</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>Ma&amp;funzo, bila akaunti</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: andika namba</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: chagua mojawapo</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: andika thamani</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: {value} iko nje ya wigo ambao modeli ilithibitishwa nao ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— haijajazwa —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chagua —</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>Ingiza visa vya mafunzo</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Faili za CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>{file} halikuweza kuingizwa ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>Kisa %n kimeingizwa kutoka {file}: {first} hadi {last}.</numerusform>
            <numerusform>Visa %n vimeingizwa kutoka {file}: {first} hadi {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>Mstari %n umeachwa:</numerusform>
            <numerusform>Mistari %n imeachwa:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>&amp;Ingiza visa kutoka CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Ingiza visa kutoka CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Ruka mistari yenye makosa</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Ripoti ya uingizaji</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Taarifa za mgonjwa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Vigezo, kuanzia chenye mchango mkubwa zaidi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Modeli {id} toleo {version}, kifurushi {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Uamuzi bado haujarekodiwa: ukurasa huu si rekodi ya daftari la ukaguzi.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. Sababu: {reason}. Rekodi ya ukaguzi {seq} ({uuid}), {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Kuona: rekodi ya kisa</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>Chagua modeli ili kuona visa vyake vya mafunzo.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>Dokezo la mkufunzi: {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>N&amp;yuma</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Kisa kilichotangulia</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Mbe&amp;le</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Kisa kinachofuata</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Kisa cha mafunzo</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>Ony&amp;esha hali halisi</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>Onyesha hali halisi</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>Kipindi na kisa</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>Utabiri na maelezo</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>Maswali na hali halisi</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>Hali halisi</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>Ufunguo wa wilaya</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>Peleka rekodi wilayani</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>&amp;Weka ufunguo wa wilaya…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>&amp;Hamisha kwenye folda (flash ya USB)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>Tumia st&amp;akabadhi za wilaya…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>Weka ufunguo wa wilaya</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>Hamisha kwenye folda rekodi ambazo hazijathibitishwa</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>Tumia stakabadhi za wilaya</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Hali ya ufunguo wa wilaya</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>Rekodi zilizothibitishwa na wilaya</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>Sehemu ya rekodi zilizothibitishwa na wilaya</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>Ujumbe wa uhamishaji na stakabadhi</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>Bado hakuna ufunguo wa wilaya uliowekwa: omba wilaya ikupe faili lake la ufunguo wa umma.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>Ufunguo wa wilaya {key_id} umewekwa: vifurushi vinasimbwa kwa ufunguo huo.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>Bado hakuna uamuzi uliorekodiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Hakuna rekodi</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>Wilaya imethibitisha rekodi hadi rekodi {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>Wilaya bado haijathibitisha rekodi yoyote.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>Rekodi %n inasubiri stakabadhi ya wilaya na itahamishwa tena.</numerusform>
            <numerusform>Rekodi %n zinasubiri stakabadhi ya wilaya na zitahamishwa tena.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>Hakuna rekodi inayosubiri.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>Rekodi %v kati ya %m zimethibitishwa</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Ufunguo wa wilaya (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>Ufunguo wa wilaya {key_id} umewekwa.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>Hamisha kwenye folda (flash ya USB)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Inasoma rekodi: %v kati ya %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>Inaandika kifurushi kwenye {folder}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>Uhamishaji umeghairiwa: hakuna kilichoandikwa kwenye flash ya USB.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Uhamishaji umeshindwa: {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>Hakuna cha kuhamisha: wilaya imethibitisha rekodi zote.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ Kifurushi kimeandikwa: {file} (rekodi %n). Peleka flash ya USB wilayani; rekodi zinabaki kwenye kompyuta hii na zitahamishwa tena hadi stakabadhi ya wilaya izithibitishe.</numerusform>
            <numerusform>✔ Kifurushi kimeandikwa: {file} (rekodi %n). Peleka flash ya USB wilayani; rekodi zinabaki kwenye kompyuta hii na zitahamishwa tena hadi stakabadhi ya wilaya izithibitishe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>Stakabadhi za Kuona (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>{file}: stakabadhi ya kifaa kingine ({device}); imepuuzwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>Stakabadhi %n imetumika.</numerusform>
            <numerusform>Stakabadhi %n zimetumika.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>Sera ya maelezo ya wilaya imesakinishwa: sasa maelezo yanatumwa wilayani bila namba za simu, anwani za barua pepe, tarehe na namba za utambulisho (majina hayaondolewi).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>Sera ya maelezo ya wilaya imesakinishwa: maelezo yanabaki kwenye kompyuta hii.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Hifadhi kisa kama PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Chagua kifurushi cha modeli kilichothibitishwa kwenye orodha.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>&amp;Eleza (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Eleza</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>&amp;Mgonjwa mpya</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Mgonjwa mpya</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Hifadhi kisa hiki kama P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Hifadhi kisa hiki kama PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Taarifa za mgonjwa</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Matokeo na uamuzi</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>Chati ya maamuzi kwa kila modeli</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zilizokubaliwa</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Zilizokubaliwa kwa sehemu</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Ushauri haukufuatwa</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>Bado hakuna maamuzi ya kuonyesha.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>rekodi %n</numerusform>
            <numerusform>rekodi %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Kwanza chagua: kukubali, kukubali kwa sehemu au kutofuata ushauri wa modeli.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Toa sababu unapokubali kwa sehemu au usipofuata ushauri wa modeli.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>Yanatumwa wilayani bila namba za simu, anwani za barua pepe, tarehe na namba za utambulisho; majina hayaondolewi, usiyaandike.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>Yanabaki kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>Makadirio uliyorekodi kabla ya kuona matokeo: hatari {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ Uamuzi umehifadhiwa kwenye daftari la ukaguzi kama rekodi {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>S&amp;ababu (inahitajika)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>S&amp;ababu</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Uamuzi wako</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>Utaweza kurekodi uamuzi wako matokeo yakishaonyeshwa.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;Kubali matokeo ya modeli</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>Kuba&amp;li kwa sehemu</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>&amp;Usifuate ushauri wa modeli, kwa tathmini yangu</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— chagua sababu —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>Ma&amp;oni (si lazima)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>K&amp;itambulisho cha mgonjwa (si lazima; huhifadhiwa kama msimbo tu)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>&amp;Hifadhi uamuzi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Kitambulisho cha mgonjwa</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Hifadhi uamuzi</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Matokeo ya modeli yamekubaliwa</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Matokeo ya modeli yamekubaliwa kwa sehemu</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>Ushauri wa modeli haukufuatwa</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>Tathmini yangu ya kitabibu ni tofauti</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>Hali ya mgonjwa (historia, uchunguzi) ni tofauti</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Modeli inakosa taarifa muhimu</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>Upungufu uliotajwa wa modeli unamhusu mgonjwa huyu</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>Ingizo moja liko nje ya wigo uliothibitishwa</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>Matakwa ya mgonjwa</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Nyingine (eleza sababu kwenye maoni)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>ndogo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>ya kati</translation>
    </message>
    <message>
        <source>high</source>
        <translation>kubwa</translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation>Funguo za wilaya</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>&amp;Andaa kompyuta hii kuwa ya wilaya…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>Hifadhi &amp;ufunguo wa umma kwa ajili ya kliniki…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>Andaa kompyuta hii kuwa ya wilaya</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>Hifadhi ufunguo wa umma wa wilaya</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Hali ya ufunguo wa wilaya</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>Ujumbe wa maandalizi ya wilaya</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>Kompyuta hii bado haina funguo za wilaya. Iandae mara moja kuwa ya wilaya, kisha mpe kila kliniki faili la ufunguo wa umma.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>Kompyuta hii ni ya wilaya (ufunguo {key_id}). Kliniki husimba vifurushi vyao kwa ufunguo huu; weka folda ya data ya kompyuta hii kwa siri.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>Hifadhi ufunguo wa umma wa wilaya kwa ajili ya kliniki</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Ufunguo wa wilaya (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>Funguo za wilaya zimeundwa (ufunguo {key_id}). Mpe kila kliniki {file}.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>Ufunguo wa umma {key_id} umeandikwa kwenye {file}.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>Ingiza vifurushi kutoka kliniki</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>&amp;Ingiza faili za vifurushi…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>Ingiza fol&amp;da (flash ya USB)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Ingiza faili za vifurushi</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>Ingiza kila kifurushi kilicho kwenye folda</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Hali ya uingizaji</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>Vifurushi vya Kuona (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>Kifurushi %v kati ya %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Inaingiza…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Inasoma rekodi: %v kati ya %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>Hifadhidata ya wilaya haikuweza kutumika: {error}</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>Kabla ya matokeo yoyote: je, modeli hii inaweza kutumika kwa mgonjwa huyu?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chagua —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
</context>
<context>
    <name>ErasePatientBox</name>
    <message>
        <source>Erase a patient&apos;s data</source>
        <translation>Futa data za mgonjwa</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>Kwa ombi la mgonjwa: thamani, maelezo na rejea yake vinafutwa kwenye kompyuta hii sasa, na wilayani kwa usafirishaji unaofuata. Mnyororo wa ukaguzi unaendelea kuthibitishika.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Rejea ya mgonjwa</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>Rejea ya mgonjwa wa kufutwa</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>F&amp;uta…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>Futa data za mgonjwa huyu</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>Ujumbe wa ufutaji</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>Futa thamani, maelezo na rejea ya mgonjwa huyu kwenye kompyuta hii (rekodi: {records})? Haiwezi kurudishwa.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ Imefutwa kwenye kompyuta hii (rekodi: {records}); wilaya itafuta thamani hizo hizo itakapoingiza usafirishaji unaofuata.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>Rekodi za zamani za mgonjwa huyu zimebaki (rekodi: {records}): ziliandikwa kabla ufutaji haujawezekana, na kuzifuta kungevunja mnyororo wa ukaguzi.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>Faili lenyewe litabanwa wakati ujao Kuona itakapofungua kumbukumbu ya ukaguzi (programu nyingine imelifungua sasa).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: andika namba</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>Ziara ya kliniki</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Maabara</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rejista</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Simu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>Kumbukumbu ya mgonjwa (acha tupu: yote yanayosubiriwa)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>Tafuta maamuzi yanayosubiri ya mgonjwa</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Matokeo yanatarajiwa</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Siku za kuchelewa</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Iliamuliwa</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Iliyotabiriwa</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>Maamuzi yanayosubiri matokeo</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>Kilichoonekana (0/1 au namba)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>Tarehe ya kuonekana</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Rekodi matokeo</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>Chagua uamuzi kwanza.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Matokeo yamerekodiwa.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ghairi</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Ghairi kazi inayoendelea</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>Kwanza, tathmini yako</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Kabla ya kuona matokeo ya modeli: unakadiria hatari ya mgonjwa huyu kuwa ya kiwango gani?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>Hatari &amp;ndogo</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>Hatari &amp;ya kati</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Hatari ku&amp;bwa</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>Skrini {number} kati ya {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>Skrini iliyotan&amp;gulia</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Skrini iliyotangulia</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>Skrini ina&amp;yofuata</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Skrini inayofuata</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>Skrini za somo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking model packages…</source>
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>Inakagua vifurushi vya modeli…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>Kifurushi %n cha modeli kimethibitishwa</numerusform>
            <numerusform>Vifurushi %n vya modeli vimethibitishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>kilichokataliwa: %n (tazama orodha)</numerusform>
            <numerusform>vilivyokataliwa: %n (tazama orodha)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Hali ya mafunzo</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Vifurushi vya modeli havikuweza kukaguliwa: {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>Jinsi ya kusoma maelezo</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — hali ya mafunzo</translation>
    </message>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Mgonjwa</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mafunzo</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>Usawazishaji wa USB</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Skrini</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Hifadhi kisa kama PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Chapisha kisa…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ondoka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tazama</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Mi&amp;pangilio</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Niulize tathmini yangu kabla ya kuonyesha matokeo ya modeli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ufuatiliaji</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Ufuatiliaji wa modeli</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Taarifa za modeli</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Hakuna modeli iliyochaguliwa.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Toleo {version}, limetiwa sahihi na {signer}</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Baadhi ya sehemu za kadi hii ya modeli hazipatikani kwa lugha yako; zinaonyeshwa kwa Kiingereza (kipande %n cha maandishi).</numerusform>
            <numerusform>Baadhi ya sehemu za kadi hii ya modeli hazipatikani kwa lugha yako; zinaonyeshwa kwa Kiingereza (vipande %n vya maandishi).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} kuifunza modeli, {test} kuijaribu)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Hali inayotabiriwa:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Ufafanuzi:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Muda wa utabiri:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>Kiwango cha kutokea:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} ya wagonjwa waliochunguzwa</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Kundi la watu:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Mazingira ya huduma:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kipindi:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Wagonjwa:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Matumizi yaliyokusudiwa:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Watumiaji waliokusudiwa:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Msaada wa uamuzi:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Chanzo:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Leseni:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Inatabiri nini</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kwa ajili ya nani</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Usitumie</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Mapungufu</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Inafanya kazi vizuri kiasi gani</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>Data iliyotumika kuifunza</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (CI ya 95%: {low} hadi {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>wagonjwa {n} ambao hawakutumika kuifunza, kati yao {events} wenye hali inayotabiriwa</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>mteremko (slope) {slope}, kikatizo (intercept) {intercept} (bora: 1 na 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 ndiyo bora kabisa)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Imejaribiwa kwa:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Uwezo wa kutofautisha (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Ulinganifu (calibration):</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Alama ya Brier:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Unyeti</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Umahususi</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} kwenye kizingiti cha {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>Ilivyojaribiwa:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Wagonjwa</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>Matukio</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (CI ya 95%) au dokezo</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Matokeo kwa vikundi vidogo</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Kimekataliwa: {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (toleo {version})</translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Maonyesho — si kwa matumizi ya kitabibu</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>Vifurushi vya modeli</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>Sasisha modeli kutoka folda au diski ya USB…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>Folda ya katalogi ya modeli (diski ya USB)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>Faili la mzizi la msimamizi (usasishaji wa kwanza pekee)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>Mzizi wa katalogi (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>Usasishaji umeshindwa: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>Chati za ufuatiliaji</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>Ulinganifu: kilichoonekana dhidi ya kilichotabiriwa</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC kwa mwezi (ukanda: CI 95% ya kadi)</translation>
    </message>
    <message>
        <source>Drift per input (PSI)</source>
        <translation>Mabadiliko kwa kila ingizo (PSI)</translation>
    </message>
    <message>
        <source>AUROC per subgroup</source>
        <translation>AUROC kwa kikundi kidogo</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Onyesha upya</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>Kokotoa ripoti ya ufuatiliaji tena</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Tahadhari</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Hifadhi ripoti kama &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>Hifadhi ripoti ya ufuatiliaji (ukurasa mmoja kwa kila modeli) kama PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Inakokotoa…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>Ripoti ya ufuatiliaji haikuweza kutengenezwa: {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>Bado hakuna maamuzi katika hifadhidata ya wilaya.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>Maamuzi {decisions}, matokeo {outcomes}.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>Matokeo hayatoshi ({n} kati ya {needed} yanayohitajika).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Hifadhi ripoti ya ufuatiliaji</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Faili za PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>Ufuatiliaji wa uwandani: {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Ripoti haikuweza kuhifadhiwa: {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Ripoti imehifadhiwa: {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Hakuna tahadhari.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · skrini {number} kati ya {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · hatua {number} kati ya {count}: {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Inakokotoa maelezo…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ Modeli ilikuwa sahihi</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ Modeli ilikosea</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — hali ya mafunzo (uwasilishaji)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>Space au mshale: mbele · Backspace: nyuma · Esc: toka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nyuma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>Chati ya maelezo</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>Kwanza jibu maswali matatu kwa ajili ya mshiriki mmoja.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>Jibu halikuweza kurekodiwa ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— chagua kigezo —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>Wamejibu: {names} ({count} kati ya {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>Bado hakuna aliyejibu kisa hiki.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>Alama zinaonyeshwa baada ya hali halisi kuonyeshwa.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>Hakuna majibu yaliyotolewa.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>Wote wamejibu: onyesha hali halisi.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>Maswali: jibu kabla hali halisi haijaonyeshwa</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>Kila mshiriki anajibu kwa kuangalia kile skrini inachoonyesha; hali halisi inabaki imefichwa.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>&amp;Nani anajibu</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. Kwa kizingiti cha modeli, hatari hii ni kubwa au ndogo?</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. Kigezo kipi kilikuwa na uzito zaidi kwa modeli?</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. Je, hapa usingefuata ushauri wa modeli?</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hatari kubwa</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Hatari ndogo</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>Ndiyo, nisingeufuata</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>Hapana, ningeufuata</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>Nani anajibu</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>Kigezo chenye uzito zaidi</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>&amp;Rekodi jibu</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Rekodi jibu</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>Bado hakuna majibu ya maswali ya kuhamisha.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>Majibu {count} yamehamishwa kwenda {answers} na muhtasari kwenda {summary}.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>Hamisha matokeo ya maswali kwenda</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Kipindi chote</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}, kipindi hiki</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}, vipindi vyote</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} kati ya {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>Anza kipindi chenye washiriki ili kufanya maswali.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>Bado hakuna majibu kwenye visa ambavyo hali halisi imeonyeshwa.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>Alama za visa ambavyo hali halisi bado haijaonyeshwa zinahesabiwa baada ya kuonyeshwa.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Matokeo ya maswali</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Majibu</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>Alama za hatari</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>Alama za kigezo</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>Alama za kufuata ushauri au la</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Asilimia</translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation>Matokeo ya maswali kwa kila kipindi na mshiriki</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>&amp;Hamisha matokeo kama CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Hamisha matokeo kama CSV</translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>Rekodi za karibuni</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>Rekodi za karibuni na uthibitisho wake</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Imekubaliwa kwa sehemu</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Ushauri haukufuatwa</translation>
    </message>
    <message>
        <source>A patient&apos;s data erased</source>
        <translation>Data za mgonjwa zimefutwa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Wakati</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wilaya</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ imethibitishwa</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>inasubiri stakabadhi ya wilaya</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>Rekodi zilizopokelewa kwa kila kifaa</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>Mapengo, uchezeaji na vifurushi vilivyokataliwa</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>Bado hakuna uingizaji tangu Kuona ifunguliwe.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Vifurushi vilivyoingizwa</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Rekodi zilizoongezwa</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Nakala rudufu zilizorukwa</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Mapengo</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Uchezeaji</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>Vifurushi vilivyokataliwa</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>Mnyororo usiokatika hadi rekodi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>rekodi %n imeongezwa</numerusform>
            <numerusform>rekodi %n zimeongezwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>nakala rudufu %n imerukwa</numerusform>
            <numerusform>nakala rudufu %n zimerukwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>Uingizaji ulisimamishwa baada ya vifurushi {done} kati ya {total} ({counts}). Kifurushi kilichokuwa kikiingizwa hakikuingizwa hata kidogo; ingiza tena ili kumaliza.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>Hakuna vifurushi vilivyopatikana hapo.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>Uingizaji umekamilika: kifurushi %n kimesomwa</numerusform>
            <numerusform>Uingizaji umekamilika: vifurushi %n vimesomwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ Tatizo %n limepatikana: tazama orodha hapa chini.</numerusform>
            <numerusform>⚠ Matatizo %n yamepatikana: tazama orodha hapa chini.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Hakuna mapengo, hakuna uchezeaji, hakuna kifurushi kilichokataliwa.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>Pengo kwenye kifaa {device}: kinachokosekana ni {records}.</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>Uchezeaji kwenye kifaa {device}, rekodi {seq}: {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Kimekataliwa: {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>Stakabadhi ya kifaa {device} (rekodi hadi {seq}) imeandikwa kwenye {file}: irudishe kliniki.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation>Kwa modeli</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Kwa kifaa</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Kwa mwezi</translation>
    </message>
    <message>
        <source>By clinician</source>
        <translation>Kwa mtabibu</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>Mapengo na uchezeaji</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Majedwali ya ripoti</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zilizokubaliwa</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Zilizokubaliwa kwa sehemu</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Ushauri haukufuatwa</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>Zilizokubaliwa (uwiano)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>Zilizokubaliwa kwa sehemu (uwiano)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>Ushauri haukufuatwa (uwiano)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Sababu zilizotolewa</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>Maingizo nje ya wigo uliothibitishwa</translation>
    </message>
    <message>
        <source>Decisions on an unusual case</source>
        <translation>Maamuzi kuhusu kesi isiyo ya kawaida</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>Maamuzi kuhusu kiwango kipana</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>Zilizokataliwa na kadi ya modeli (hakuna matokeo yaliyoonyeshwa)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mwezi</translation>
    </message>
    <message>
        <source>Clinician (pseudonymous id)</source>
        <translation>Mtabibu (kitambulisho bandia)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>bila akaunti</translation>
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
            <numerusform>rekodi %n</numerusform>
            <numerusform>rekodi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>Pengo: rekodi hizi hazikufika wilayani kamwe</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>Uchezeaji: {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>Kifurushi kilichokataliwa: {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Hakuna mapengo, hakuna uchezeaji, hakuna kifurushi kilichokataliwa.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Kilichopatikana</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>Ripoti: maamuzi na matatizo</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Onyesha upya ripoti</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Onyesha upya ripoti</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Hifadhi kama &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>Hifadhi ripoti kama faili za CSV</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>Jumla za ripoti</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Ujumbe wa ripoti</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>Ripoti bado haijasomwa.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>zilizokubaliwa {count} ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>zilizokubaliwa kwa sehemu {count} ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>ambazo ushauri haukufuatwa {count} ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ Tatizo %n limepatikana: tazama “Mapengo na uchezeaji”.</numerusform>
            <numerusform>⚠ Matatizo %n yamepatikana: tazama “Mapengo na uchezeaji”.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Hakuna mapengo, hakuna uchezeaji, hakuna kifurushi kilichokataliwa.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>Rekodi %n kutoka {devices}: {parts}.</numerusform>
            <numerusform>Rekodi %n kutoka {devices}: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>kifaa %n</numerusform>
            <numerusform>vifaa %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation>
            <numerusform>Faili %n la CSV limeandikwa kwenye {folder}.</numerusform>
            <numerusform>Faili %n za CSV zimeandikwa kwenye {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Chagua modeli ili kuanza.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Jaza taarifa za mgonjwa, kisha bonyeza Eleza (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Inakokotoa maelezo…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>Matokeo ya modeli yamefichwa hadi utoe makadirio yako mwenyewe.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>Maelezo hayakuweza kukokotolewa ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Hatari ya mgonjwa huyu</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Kiwango kinachowezekana</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Vigezo vikuu kwa mgonjwa huyu</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Uwezekano unaokadiriwa wa “{outcome}” kwa mgonjwa huyu</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Alama ya modeli (log-odds) kwa “{outcome}”</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Matokeo ya modeli kwa “{outcome}”</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>Modeli inasema karibu mgonjwa %n kati ya 100 kama huyu angekuwa nalo, lakini wachache zaidi walikuwa nalo miongoni mwa wagonjwa waliokaguliwa iliowapa alama kama hii: kiwango kinachowezekana {low} hadi {high} kati ya 100.</numerusform>
            <numerusform>Modeli inasema karibu wagonjwa %n kati ya 100 kama huyu wangekuwa nalo, lakini wachache zaidi walikuwa nalo miongoni mwa wagonjwa waliokaguliwa iliowapa alama kama hii: kiwango kinachowezekana {low} hadi {high} kati ya 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>Modeli inasema karibu mgonjwa %n kati ya 100 kama huyu angekuwa nalo, lakini wengi zaidi walikuwa nalo miongoni mwa wagonjwa waliokaguliwa iliowapa alama kama hii: kiwango kinachowezekana {low} hadi {high} kati ya 100.</numerusform>
            <numerusform>Modeli inasema karibu wagonjwa %n kati ya 100 kama huyu wangekuwa nalo, lakini wengi zaidi walikuwa nalo miongoni mwa wagonjwa waliokaguliwa iliowapa alama kama hii: kiwango kinachowezekana {low} hadi {high} kati ya 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>Takriban mgonjwa %n kati ya 100 kama huyu angekuwa na hali hii (kiwango kinachowezekana {low} hadi {high}).</numerusform>
            <numerusform>Takriban wagonjwa %n kati ya 100 kama huyu wangekuwa na hali hii (kiwango kinachowezekana {low} hadi {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>Takriban mgonjwa %n kati ya 100 kama huyu angekuwa na hali hii.</numerusform>
            <numerusform>Takriban wagonjwa %n kati ya 100 kama huyu wangekuwa na hali hii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>Kiwango kinachowezekana: {low} hadi {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Hatari ya wastani ya wagonjwa wa marejeo: {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>Iko sawa na kizingiti cha modeli ({threshold}) au juu yake.</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>Iko chini ya kizingiti cha modeli ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>Uhakika: kadi ya modeli haitoi usahihi uliojaribiwa; tumia matokeo haya kwa tahadhari.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>Uhakika: kwa wagonjwa {n} waliojaribiwa, modeli ilimpa mgonjwa mwenye hali hii hatari kubwa kuliko asiye nayo katika {share} ya ulinganisho (AUC {auc}, CI ya 95%: {low} hadi {high}). Ni makadirio yanayotokana na wagonjwa wa zamani, si utambuzi wa ugonjwa.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} {value}: karibu haikubadilisha hatari.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} {value}: imeongeza hatari kwa pointi {points} za asilimia.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} {value}: imepunguza hatari kwa pointi {points} za asilimia.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} {value}: imeongeza alama kwa {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} {value}: imepunguza alama kwa {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± pointi {points}, ya kukadiria)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, ya kukadiria)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>Mchanganyiko huu wa thamani haufanani na wagonjwa ambao modeli ilijifunza kutoka kwao (kisicho cha kawaida zaidi: {features}), hata kama kila thamani iko ndani ya kiwango chake: hatari inaweza kuwa si sahihi kwa mgonjwa huyu.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>Kiwango kinachowezekana ni kipana ({width}): modeli haina uhakika kwa mgonjwa kama huyu; itegemee kidogo.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>Hakuna kiwango kinachowezekana kinachoweza kutolewa: kifurushi hiki cha modeli hakina seti ya urekebishaji.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>Kadi ya modeli inataka uangalifu kwa mgonjwa huyu: {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} iko nje ya wigo ambao modeli ilithibitishwa nao ({range}): mgonjwa huyu yuko nje ya kundi ambalo modeli ilijaribiwa nalo, kwa hiyo hatari inaweza kuwa si sahihi.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>{feature} haikupimwa: modeli iliendelea bila thamani hii, kama ilivyojifunza kwa wagonjwa waliokosa thamani hii, jambo linalofanya hatari isiwe na uhakika.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>Maelezo haya ni ya kukadiria: modeli ina maingizo mengi mno kuweza kuyakokotoa kwa usahihi kamili. Kila kigezo kinaonyesha kiwango chake cha hitilafu.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Tahadhari: {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>Jinsi ya kusoma: chati inaanzia kwenye hatari ya wastani ya wagonjwa wa marejeo na kuongeza msukumo wa kila kigezo, juu au chini, hadi kufikia hatari ya mgonjwa huyu. Ukubwa wa kigezo unaonyesha kiasi ambacho matokeo ya modeli yalisogea; hauonyeshi kwamba kigezo hicho kinasababisha ugonjwa, wala nini kingetokea kama kingebadilika. Angalia mapungufu kabla ya kuyategemea matokeo haya; tathmini yako ya kitabibu ndiyo inayoamua.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Modeli ya maonyesho: usitumie matokeo haya kwa mgonjwa yeyote.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>Modeli haipaswi kutumika kwa mgonjwa huyu, kwa hiyo hakuna matokeo yanayoonyeshwa. Hili limeandikwa kwenye kumbukumbu ya ukaguzi. Sababu:</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} Jibu: ndiyo.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} Jibu: hapana.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} ni chini ya {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} ni isiyozidi {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} ni zaidi ya {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} ni angalau {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} ni {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} si {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>Funga isipotumika</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Funga skrini baada ya dakika hizi bila matumizi:</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>Mafunzo tu, hakuna aliyeingia</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>Imefungwa: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Ameingia: {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Nani ameingia</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Badili m&amp;tumiaji…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Funga sasa</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>Funga isipotumika…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>Hakuna kipindi: pitia visa, au anza kipindi ili kufanya maswali.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>Kipindi kiliisha saa {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>Maswali yanaendelea tangu saa {time} na mshiriki %n.</numerusform>
            <numerusform>Maswali yanaendelea tangu saa {time} na washiriki %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>Maonyesho yanaendelea tangu saa {time} (bila maswali).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Kipindi</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>Mk&amp;ufunzi (si lazima)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>&amp;Washiriki wa maswali, mmoja kwa kila mstari (si lazima)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Mkufunzi</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>Washiriki, mmoja kwa kila mstari</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Anza kipindi</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Anza kipindi</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Mali&amp;za kipindi</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Maliza kipindi</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>ilibadilishwa baada ya kuandikwa</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>haijaunganishwa na rekodi iliyotangulia</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>kitambulisho sawa na rekodi iliyokwisha ingizwa, maudhui tofauti</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>rekodi ya pili yenye namba hii (nakala ya akiba iliyorejeshwa au daftari lililobadilishwa)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>inataja kifaa kingine</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>sehemu zake si halali</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>daftari linaishia hapa, ingawa kifurushi cha awali kilifika mbali zaidi (limerejeshwa au limekatwa)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>tathmini ya kitabibu</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>hali ya mgonjwa</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>taarifa zinazokosekana</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>upungufu wa modeli</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>ingizo nje ya wigo uliothibitishwa</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>matakwa ya mgonjwa</translation>
    </message>
    <message>
        <source>other</source>
        <translation>nyingine</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>rekodi {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>rekodi {start} hadi {end}</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>Maonyesho — si kwa matumizi ya kitabibu: {title} (toleo {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (toleo {version})</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modeli</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Hali ya uwasilishaji (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Hali ya uwasilishaji</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>Kurasa za mafunzo</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Badilisha thamani</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>S&amp;omo</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Mato&amp;keo</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>Hali ya mafunzo — visa si wagonjwa; hakuna chochote hapa kinachoingia kwenye daftari la ukaguzi</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Kisa</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>Utabiri</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>Hali halisi</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>kisa cha kawaida</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>kisa cha mpakani: karibu na kizingiti cha modeli</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>kisa ambacho modeli inakosea kwenye kizingiti chake</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>kisa chenye thamani nje ya wigo uliothibitishwa wa modeli</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>Kwa nini kisa hiki kilichaguliwa: {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>Kisa {number} kati ya {count} ({id}, kisa cha mkufunzi)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>Kisa {number} kati ya {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ nje ya wigo uliothibitishwa ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>Hali halisi: “{outcome}” ilitokea.</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>Hali halisi: “{outcome}” haikutokea.</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>Modeli ilisema hatari kubwa na hali hiyo ilitokea: modeli ilikuwa sahihi.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>Modeli ilisema hatari kubwa lakini hali hiyo haikutokea: modeli ilikosea.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>Modeli ilisema hatari ndogo lakini hali hiyo ilitokea: modeli ilikosea.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>Modeli ilisema hatari ndogo na hali hiyo haikutokea: modeli ilikuwa sahihi.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ sahihi</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ si sahihi</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee}: alama {points} kati ya {max} — hatari {risk}; kigezo kikuu {factor}; kufuata ushauri au la {override}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Chati ya maelezo</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>Bado hakuna maelezo ya kuonyesha.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Hatari ya wastani (wote)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>kigezo kingine %n</numerusform>
            <numerusform>vigezo vingine %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Hatari ya mgonjwa huyu</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} hadi {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Kiwango kinachowezekana</translation>
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
        <translation>Inasubiri maelezo ya kisa…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>Hatari sasa: {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Inasasisha…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>Badiliko halikuweza kuelezwa ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>Sogeza kitelezi, chagua thamani au iandike: maelezo yanafuata papo hapo. Yanaonyesha jinsi matokeo ya modeli yanavyosogea, si kile ambacho kingemtokea mgonjwa kama thamani ingebadilika kweli.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>&amp;Rudi kwenye kisa kama kilivyorekodiwa</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>Rudi kwenye kisa kama kilivyorekodiwa</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>Thamani za kubadilisha</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>Matokeo baada ya kubadilisha</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>Badilisha thamani uone inavyoathiri hatari na maelezo yake.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature}: {old} → {new}. Hatari imebaki {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature}: {old} → {new}. Hatari imetoka {before} hadi {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>Michango iliyosogea zaidi:</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>Imevuka kizingiti cha modeli ({threshold}): sasa modeli inasema hatari kubwa.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>Imevuka kizingiti cha modeli ({threshold}): sasa modeli inasema hatari ndogo.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>Hakuna mchango uliosogea.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature}: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>Ukilinganisha na kisa kilichorekodiwa (thamani %n imebadilishwa): hatari ni {after} badala ya {before}.</numerusform>
            <numerusform>Ukilinganisha na kisa kilichorekodiwa (thamani %n zimebadilishwa): hatari ni {after} badala ya {before}.</numerusform>
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
        <translation>pointi {value}</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation>{unit} {low}–{high}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>haijapimwa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{unit} {value}</translation>
    </message>
</context>
<context>
    <name>_Banner</name>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Modeli ya maonyesho — si kwa matumizi ya kitabibu</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>Kifurushi hiki kimetiwa sahihi kwa ufunguo wa umma wa maonyesho. Usitumie matokeo yake kwa mgonjwa yeyote.</translation>
    </message>
</context>
</TS>
