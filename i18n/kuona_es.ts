<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>Crear la primera cuenta</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>Kuona registra quién decidió. Su nombre se queda en este equipo: los registros solo llevan un número aleatorio de su cuenta.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>Su nombre se queda en este equipo. Elija un PIN de 4 o más dígitos.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>Elija su nombre e introduzca su PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>Sesión de {name}. Introduzca su PIN para volver a su trabajo.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN otra vez</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;otra vez</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Cuentas en este equipo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Cuenta n&amp;ueva…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>&amp;Formación, sin cuenta</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: ingrese un número</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: elija una opción</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: ingrese un valor</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: {value} está fuera del rango en que se validó el modelo ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— no ingresado —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>Importar casos de capacitación</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>No se pudo importar {file} ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>Se importó %n caso desde {file}: {first} a {last}.</numerusform>
            <numerusform>Se importaron %n casos desde {file}: {first} a {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n fila omitida:</numerusform>
            <numerusform>%n filas omitidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>&amp;Importar casos desde un CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Importar casos desde un CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Omitir filas con errores</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Valores del paciente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Factores, de mayor a menor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Modelo {id}, versión {version}, paquete {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Decisión aún no registrada: esta página no es la entrada del registro de auditoría.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. Motivo: {reason}. Entrada {seq} del registro de auditoría ({uuid}), {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Kuona: resumen del caso</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>Elija un modelo para ver sus casos de capacitación.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>Nota del instructor: {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Caso an&amp;terior</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>Caso anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>Caso &amp;siguiente</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Caso siguiente</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Caso de capacitación</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>&amp;Revelar el desenlace real</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>Revelar el desenlace real</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>Sesión y caso</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>Predicción y explicación</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>Cuestionario y desenlace real</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>Desenlace real</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>Clave del distrito</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>Llevar las entradas al distrito</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>&amp;Instalar la clave del distrito…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>&amp;Exportar a una carpeta (memoria USB)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>Aplicar los acuses de &amp;recibo del distrito…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>Instalar la clave del distrito</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>Exportar a una carpeta las entradas no confirmadas</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>Aplicar los acuses de recibo del distrito</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Estado de la clave del distrito</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>Entradas confirmadas por el distrito</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>Proporción de entradas confirmadas por el distrito</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>Mensajes de exportación y de acuses de recibo</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>Aún no hay ninguna clave de distrito instalada: pida al distrito su archivo de clave pública.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>La clave de distrito {key_id} está instalada: los lotes se cifran para ella.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>Aún no se ha registrado ninguna decisión en esta computadora.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Sin entradas</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>El distrito confirmó las entradas hasta la entrada {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>El distrito aún no ha confirmado ninguna entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>%n entrada espera el acuse de recibo del distrito y se exportará de nuevo.</numerusform>
            <numerusform>%n entradas esperan el acuse de recibo del distrito y se exportarán de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>Ninguna entrada está en espera.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>%v de %m entradas confirmadas</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Clave de distrito (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>Clave de distrito {key_id} instalada.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>Exportar a una carpeta (memoria USB)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Leyendo entradas: %v de %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>Escribiendo el lote en {folder}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>Exportación cancelada: no se escribió nada en la memoria USB.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>Nada que exportar: el distrito confirmó todas las entradas.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ Lote escrito: {file} (%n entrada). Lleve la memoria USB al distrito; las entradas se quedan en esta computadora y se exportan de nuevo hasta que el acuse de recibo del distrito las confirme.</numerusform>
            <numerusform>✔ Lote escrito: {file} (%n entradas). Lleve la memoria USB al distrito; las entradas se quedan en esta computadora y se exportan de nuevo hasta que el acuse de recibo del distrito las confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>Acuses de recibo de Kuona (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>{file}: acuse de recibo para otro dispositivo ({device}); se ignoró.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>Se aplicó %n acuse de recibo.</numerusform>
            <numerusform>Se aplicaron %n acuses de recibo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>La política de notas del distrito está instalada: las notas se envían ahora al distrito sin números de teléfono, direcciones de correo, fechas ni números de identificación (los nombres no se eliminan).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>La política de notas del distrito está instalada: las notas se quedan en este ordenador.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Guardar el caso en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Elija un paquete de modelo verificado en la lista.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>E&amp;xplicar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Guardar este caso en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Guardar este caso en PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Valores del paciente</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Resultado y decisión</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>Gráfico de decisiones por modelo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceptadas en parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>No seguidas</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>Aún no hay decisiones para mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Primero elija: aceptar, aceptar en parte o no seguir.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Indique un motivo cuando acepte en parte el resultado o no lo siga.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>Se envía al distrito sin números de teléfono, direcciones de correo, fechas ni números de identificación; los nombres no se eliminan, no los escriba.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>Se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>Su propia estimación, registrada antes de ver el resultado: {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ Decisión guardada en el registro de auditoría como entrada {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>M&amp;otivo (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otivo</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Su decisión</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>Podrá registrar su decisión cuando se muestre el resultado.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>A&amp;ceptar el resultado del modelo</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>Aceptarlo en &amp;parte</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>No &amp;seguirlo, según mi propio juicio</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— elija un motivo —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>No&amp;ta (opcional)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>&amp;Identificador del paciente (opcional, se guarda solo como código)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>&amp;Guardar la decisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Identificador del paciente</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Guardar la decisión</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Se aceptó el resultado del modelo</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Se aceptó en parte</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>No se siguió</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>Mi juicio clínico es distinto</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>El contexto del paciente (antecedentes, hallazgos) es distinto</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Al modelo le falta información importante</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>Una limitación indicada del modelo se aplica a este paciente</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>Un valor está fuera del rango validado</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>La preferencia del paciente</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Otro (explique en la nota)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation>Claves del distrito</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>Configurar esta computadora como &amp;distrito…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>Guardar la c&amp;lave pública para las clínicas…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>Configurar esta computadora como distrito</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>Guardar la clave pública del distrito</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Estado de la clave del distrito</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>Mensaje de configuración del distrito</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>Esta computadora aún no tiene claves de distrito. Configúrela una vez como distrito y luego entregue el archivo de clave pública a cada clínica.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>Esta computadora es la del distrito (clave {key_id}). Las clínicas cifran sus lotes para esta clave; mantenga en privado la carpeta de datos de esta computadora.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>Guardar la clave pública del distrito para las clínicas</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Clave de distrito (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>Claves del distrito creadas (clave {key_id}). Entregue {file} a cada clínica.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>Clave pública {key_id} escrita en {file}.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>Importar los lotes de las clínicas</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>&amp;Importar archivos de lotes…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>Importar una car&amp;peta (memoria USB)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Importar archivos de lotes</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>Importar todos los lotes de una carpeta</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>Lotes de Kuona (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>Lote %v de %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>Leyendo entradas: %v de %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>No se pudo usar la base de datos del distrito: {error}</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>Antes de cualquier resultado: ¿se puede usar este modelo con este paciente?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Borrar los datos de un paciente</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>A petición del paciente: sus valores, notas y referencia se borran de este equipo ahora, y del distrito con la próxima exportación. La cadena de auditoría sigue siendo verificable.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Referencia del paciente</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>Referencia del paciente que se borrará</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>Borrar los datos de este paciente</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>Mensajes de borrado</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>¿Borrar los valores, notas y referencia de este paciente de este equipo (entradas: {records})? No se puede deshacer.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ Borrado de este equipo (entradas: {records}); el distrito borra los mismos valores al importar la próxima exportación.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>Se conservaron entradas más antiguas de este paciente (entradas: {records}): se escribieron antes de que el borrado fuera posible, y borrarlas rompería la cadena de auditoría.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>El archivo mismo se compactará la próxima vez que Kuona abra el registro de auditoría (otro programa lo tiene abierto ahora).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: ingrese un número</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>Visita a la clínica</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>Referencia del paciente (vacío: todas las pendientes)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>Buscar las decisiones pendientes de un paciente</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Desenlace previsto el</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicho</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>Decisiones a la espera de desenlace</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>Observado (0/1 o un número)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>Fecha de la observación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Registrar el desenlace</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>Elija primero una decisión.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Desenlace registrado.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar la tarea en curso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>Primero, su propio juicio</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Antes de ver el resultado del modelo: ¿qué tan alto cree que es el riesgo de este paciente?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>Riesgo &amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>Riesgo &amp;medio</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Riesgo a&amp;lto</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>Pantalla {number} de {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>Pantalla an&amp;terior</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Pantalla anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>Pantalla &amp;siguiente</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Pantalla siguiente</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>Pantallas de la lección</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking model packages…</source>
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>Verificando los paquetes de modelo…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n paquete de modelo verificado</numerusform>
            <numerusform>%n paquetes de modelo verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>%n rechazado (vea la lista)</numerusform>
            <numerusform>%n rechazados (vea la lista)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de capacitación</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>No se pudieron verificar los paquetes de modelo: {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>Cómo leer una explicación</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — modo de capacitación</translation>
    </message>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>Sincronización USB</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Guardar el caso en PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Imprimir el caso…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Pedir mi propio juicio antes de mostrar el resultado del modelo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>No se eligió ningún modelo.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Versión {version}, firmada por {signer}</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Algunas partes de esta ficha del modelo no están disponibles en su idioma; se muestran en inglés (%n texto).</numerusform>
            <numerusform>Algunas partes de esta ficha del modelo no están disponibles en su idioma; se muestran en inglés (%n textos).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} para entrenar el modelo, {test} para probarlo)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Desenlace:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definición:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Horizonte temporal:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} de los pacientes estudiados</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Población:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Pacientes:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Usuarios previstos:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Apoyo a la decisión:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>Qué predice</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>No usar</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Qué tan bien funciona</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>Los datos con que aprendió</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (IC 95%: {low} a {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} pacientes no usados en el entrenamiento, {events} con el desenlace</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>pendiente {slope}, intercepto {intercept} (ideal: 1 y 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 es perfecto)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Probado en:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discriminación (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibración:</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Puntuación de Brier:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificidad</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} en el umbral de {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>Cómo se probó:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>Con el desenlace</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (IC 95%) o nota</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>Resultados por subgrupo</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>Rechazado: {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versión {version})</translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Demostración — no apto para uso clínico</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>Paquetes de modelo</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>Actualizar los modelos desde una carpeta o memoria USB…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>La carpeta del catálogo de modelos (memoria USB)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>El archivo raíz del responsable (solo la primera actualización)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>Raíz del catálogo (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>La actualización falló: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>Gráficos de monitoreo</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>Calibración: observado vs predicho</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC por mes (banda: IC 95 % de la ficha)</translation>
    </message>
    <message>
        <source>Drift per input (PSI)</source>
        <translation>Deriva por entrada (PSI)</translation>
    </message>
    <message>
        <source>AUROC per subgroup</source>
        <translation>AUROC por subgrupo</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>Volver a calcular el informe de monitoreo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Guardar el informe como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>Guardar el informe de monitoreo (una página por modelo) como PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>No se pudo hacer el informe de monitoreo: {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>Aún no hay decisiones en la base de datos del distrito.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>{decisions} decisiones, {outcomes} desenlaces.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>No hay suficientes desenlaces ({n} de {needed} necesarios).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Guardar el informe de monitoreo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>Monitoreo en terreno: {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>No se pudo guardar el informe: {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Informe guardado: {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Ninguna alarma.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · pantalla {number} de {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · paso {number} de {count}: {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Calculando la explicación…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ El modelo acertó</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ El modelo se equivocó</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — modo de capacitación (presentación)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>Espacio o flecha: siguiente · Retroceso: atrás · Esc: salir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>Gráfico de la explicación</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>Primero responda las tres preguntas para un participante.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>No se pudo registrar la respuesta ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— elija un factor —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>Ya respondieron: {names} ({count} de {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>Nadie ha respondido aún este caso.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>Los puntos se muestran después de revelar el desenlace.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>No se dio ninguna respuesta.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>Todos respondieron: revele el desenlace real.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>Cuestionario: responder antes de revelar el desenlace</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>Cada participante responde según lo que muestra la pantalla; el desenlace permanece oculto.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>&amp;Quién responde</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. Según el umbral del modelo, ¿este riesgo es alto o bajo?</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. ¿Qué factor pesó más para el modelo?</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. ¿Decidiría no seguir al modelo aquí?</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>Sí, no lo seguiría</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>No, lo seguiría</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>Factor que más pesó</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>Re&amp;gistrar la respuesta</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>Aún no hay respuestas del cuestionario para exportar.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>Se exportaron {count} respuestas a {answers} y el resumen a {summary}.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>Exportar los resultados del cuestionario a</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}, esta sesión</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}, todas las sesiones</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} de {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>Inicie una sesión con participantes para hacer un cuestionario.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>Aún no hay respuestas en casos revelados.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>Los puntos de los casos aún no revelados se cuentan después de revelarlos.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Resultados del cuestionario</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>Puntos: riesgo</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>Puntos: factor</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>Puntos: no seguir</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation>Resultados del cuestionario por sesión y participante</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>E&amp;xportar los resultados en CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Exportar los resultados en CSV</translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>Últimas entradas</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>Últimas entradas y su confirmación</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceptada en parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>No seguida</translation>
    </message>
    <message>
        <source>A patient&apos;s data erased</source>
        <translation>Datos de un paciente borrados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmada</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>en espera del acuse de recibo del distrito</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>Entradas recibidas por dispositivo</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>Huecos, manipulaciones y lotes rechazados encontrados</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>Todavía no se importó nada en esta sesión.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Lotes importados</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>Entradas añadidas</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplicados omitidos</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Huecos</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Manipulaciones</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>Lotes rechazados</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>Cadena intacta hasta la entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n entrada añadida</numerusform>
            <numerusform>%n entradas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>La importación se detuvo después de {done} de {total} lotes ({counts}). El lote en curso no se importó en absoluto; vuelva a importar para terminar.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>No se encontró ningún lote allí.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>Importación terminada: %n lote leído</numerusform>
            <numerusform>Importación terminada: %n lotes leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ Se encontró %n problema: vea la lista de abajo.</numerusform>
            <numerusform>⚠ Se encontraron %n problemas: vea la lista de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sin huecos, sin manipulaciones, sin lotes rechazados.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>Hueco en el dispositivo {device}; faltantes: {records}.</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>Manipulación en el dispositivo {device}, entrada {seq}: {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Rechazado: {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>Acuse de recibo para el dispositivo {device} (entradas hasta la {seq}) escrito en {file}: llévelo de vuelta a la clínica.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Por dispositivo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By clinician</source>
        <translation>Por clínico</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>Huecos y manipulaciones</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tablas del informe</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceptadas en parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>No seguidas</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>Aceptadas (%)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>Aceptadas en parte (%)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>No seguidas (%)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motivos indicados</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>Valores fuera del rango validado</translation>
    </message>
    <message>
        <source>Decisions on an unusual case</source>
        <translation>Decisiones sobre un caso inusual</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>Decisiones sobre un rango amplio</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>Excluidos por la ficha del modelo (no se mostró resultado)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Clinician (pseudonymous id)</source>
        <translation>Clínico (identificador seudónimo)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>sin cuenta</translation>
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
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>Hueco: estas entradas nunca llegaron al distrito</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>Manipulación: {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>Lote rechazado: {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sin huecos, sin manipulaciones, sin lotes rechazados.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>Informe: decisiones y problemas</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>Ac&amp;tualizar el informe</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Actualizar el informe</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar en C&amp;SV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>Guardar el informe como archivos CSV</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>Totales del informe</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Mensaje del informe</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>Todavía no se ha leído el informe.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>{count} aceptadas ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>{count} aceptadas en parte ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>{count} no seguidas ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ Se encontró %n problema: vea “Huecos y manipulaciones”.</numerusform>
            <numerusform>⚠ Se encontraron %n problemas: vea “Huecos y manipulaciones”.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sin huecos, sin manipulaciones, sin lotes rechazados.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>%n entrada de {devices}: {parts}.</numerusform>
            <numerusform>%n entradas de {devices}: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation>
            <numerusform>%n archivo CSV escrito en {folder}.</numerusform>
            <numerusform>%n archivos CSV escritos en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Elija un modelo para empezar.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Ingrese los valores del paciente y luego presione Explicar (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>Calculando la explicación…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>El resultado del modelo queda oculto hasta que usted dé su propia estimación.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>No se pudo calcular la explicación ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Riesgo de este paciente</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Rango plausible</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Principales factores para este paciente</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Probabilidad estimada de “{outcome}” para este paciente</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Puntuación del modelo (log-odds) para “{outcome}”</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Salida del modelo para “{outcome}”</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>El modelo dice que unos %n de cada 100 pacientes como este lo tendría, pero menos lo tuvieron entre los pacientes verificados que puntuó así: rango plausible de {low} a {high} de cada 100.</numerusform>
            <numerusform>El modelo dice que unos %n de cada 100 pacientes como este lo tendrían, pero menos lo tuvieron entre los pacientes verificados que puntuó así: rango plausible de {low} a {high} de cada 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>El modelo dice que unos %n de cada 100 pacientes como este lo tendría, pero más lo tuvieron entre los pacientes verificados que puntuó así: rango plausible de {low} a {high} de cada 100.</numerusform>
            <numerusform>El modelo dice que unos %n de cada 100 pacientes como este lo tendrían, pero más lo tuvieron entre los pacientes verificados que puntuó así: rango plausible de {low} a {high} de cada 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>Cerca de %n de cada 100 pacientes como este presentaría el desenlace (rango plausible {low} a {high}).</numerusform>
            <numerusform>Cerca de %n de cada 100 pacientes como este presentarían el desenlace (rango plausible {low} a {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>Cerca de %n de cada 100 pacientes como este presentaría el desenlace.</numerusform>
            <numerusform>Cerca de %n de cada 100 pacientes como este presentarían el desenlace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>Rango plausible: {low} a {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Promedio de los pacientes de referencia: {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>En el umbral del modelo ({threshold}) o por encima.</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>Por debajo del umbral del modelo ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>Confiabilidad: la ficha del modelo no indica ningún desempeño probado; interprete esto con precaución.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>Confiabilidad: en {n} pacientes de prueba, el modelo dio a un paciente con el desenlace un valor más alto que a uno sin él en el {share} de los casos (AUC {auc}, IC 95%: {low} a {high}). Es una estimación basada en pacientes anteriores, no un diagnóstico.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} ({value}) casi no influyó.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} ({value}) aumentó el riesgo en {points} puntos porcentuales.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} ({value}) disminuyó el riesgo en {points} puntos porcentuales.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} ({value}) aumentó la puntuación en {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} ({value}) disminuyó la puntuación en {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} p. p., valor aproximado)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, valor aproximado)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>Esta combinación de valores no se parece a los pacientes con los que aprendió el modelo (lo más inusual: {features}), aunque cada valor esté dentro de su rango: el riesgo puede ser erróneo para este paciente.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>El rango plausible es amplio ({width}): el modelo tiene poca certeza con un paciente como este; confíe menos en él.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>No se puede dar un rango plausible: este paquete de modelo no tiene conjunto de calibración.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>La ficha del modelo pide cautela con este paciente: {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} está fuera del rango en que se validó el modelo ({range}): este paciente está fuera de la población en la que se probó, por lo que el riesgo puede ser incorrecto.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>{feature} no se midió: el modelo siguió sin este valor, como aprendió a hacerlo con los pacientes a quienes les faltaba, lo que hace el riesgo menos seguro.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>Esta explicación es aproximada: el modelo tiene demasiadas variables para calcularla de forma exacta. Cada factor indica su margen de error.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Advertencia: {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>Cómo leer esto: el gráfico parte del riesgo promedio de los pacientes de referencia y suma el efecto de cada factor, hacia arriba o hacia abajo, hasta llegar al riesgo de este paciente. El tamaño de un factor indica cuánto movió el resultado del modelo; no significa que cause la enfermedad ni dice qué pasaría si cambiara. Revise las limitaciones antes de confiar en el resultado; la decisión es de su juicio clínico.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Modelo de demostración: no use este resultado para ningún paciente.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>El modelo no debe usarse con este paciente, por eso no se muestra ningún resultado. Esto se anotó en el registro de auditoría. Motivo:</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} Respuesta: sí.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} Respuesta: no.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} es inferior a {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} es como máximo {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} es superior a {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} es al menos {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} es {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} no es {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>Bloquear por inactividad</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Bloquear la pantalla tras estos minutos sin uso:</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>Solo formación, nadie ha iniciado sesión</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>Bloqueado: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Sesión de {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Quién ha iniciado sesión</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>Bloquear por inactividad…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>Sin sesión: recorra los casos, o inicie una sesión para hacer un cuestionario.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>La sesión terminó a las {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>Cuestionario en curso desde las {time} con %n participante.</numerusform>
            <numerusform>Cuestionario en curso desde las {time} con %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>Demostración en curso desde las {time} (sin cuestionario).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>Instruct&amp;or (opcional)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>&amp;Participantes del cuestionario, uno por línea (opcional)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>Participantes, uno por línea</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>Iniciar la s&amp;esión</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Iniciar la sesión</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Termi&amp;nar la sesión</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>modificada después de escribirse</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>no está enlazada con la entrada anterior</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>mismo identificador que una entrada importada, pero otro contenido</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>una segunda entrada con este número (copia de seguridad restaurada o registro alterado)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>indica otro dispositivo</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>sus campos no son válidos</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>el registro termina aquí, aunque un lote anterior llegaba más lejos (restaurado o truncado)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>juicio clínico</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>contexto del paciente</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>información faltante</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>limitación del modelo</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>valor fuera del rango validado</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>preferencia del paciente</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>entrada {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>entradas {start} a {end}</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>Demostración — no apto para uso clínico: {title} (versión {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versión {version})</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Modo presentación (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>Páginas de capacitación</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>¿&amp;Y si…?</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Resulta&amp;dos</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>Modo de capacitación — los casos no son pacientes; nada de lo que se hace aquí va al registro de auditoría</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>La predicción</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>La explicación</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>El desenlace real</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>un caso típico</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>un caso límite: cerca del umbral del modelo</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>un caso en que el modelo se equivoca con su umbral</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>un caso con un valor fuera del rango validado del modelo</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>Por qué se eligió este caso: {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>Caso {number} de {count} ({id}, caso del instructor)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>Caso {number} de {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ fuera del rango validado ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>Desenlace real: “{outcome}” sí ocurrió.</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>Desenlace real: “{outcome}” no ocurrió.</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>El modelo indicó riesgo alto y el desenlace ocurrió: el modelo acertó.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>El modelo indicó riesgo alto pero el desenlace no ocurrió: el modelo se equivocó.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>El modelo indicó riesgo bajo pero el desenlace ocurrió: el modelo se equivocó.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>El modelo indicó riesgo bajo y el desenlace no ocurrió: el modelo acertó.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ correcto</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ incorrecto</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee}: {points} de {max} puntos — riesgo {risk}; factor principal {factor}; no seguir {override}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Gráfico de la explicación</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>Aún no hay ninguna explicación para mostrar.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Riesgo promedio general</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n factor más</numerusform>
            <numerusform>%n factores más</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Riesgo de este paciente</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Rango plausible</translation>
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
        <translation>Esperando la explicación del caso…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>Riesgo ahora: {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>No se pudo explicar el cambio ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>Mueva un control deslizante, elija un valor o escríbalo: la explicación se actualiza de inmediato. Muestra cómo cambia el resultado del modelo, no lo que le pasaría a un paciente si el valor cambiara de verdad.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>Volver al caso &amp;registrado</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>Volver al caso registrado</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>Valores hipotéticos</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>Resultado hipotético</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>Cambie un valor para ver cómo afecta al riesgo y a su explicación.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature}: {old} → {new}. El riesgo se mantuvo en {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature}: {old} → {new}. El riesgo pasó de {before} a {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>Contribuciones que más cambiaron:</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>Cruzó el umbral del modelo ({threshold}): ahora el modelo indica riesgo alto.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>Cruzó el umbral del modelo ({threshold}): ahora el modelo indica riesgo bajo.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>Ninguna contribución cambió.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature}: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>Frente al caso registrado (%n valor cambiado): el riesgo es {after} en lugar de {before}.</numerusform>
            <numerusform>Frente al caso registrado (%n valores cambiados): el riesgo es {after} en lugar de {before}.</numerusform>
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
        <translation>{value}&#xa0;p.&#xa0;p.</translation>
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
        <translation>no medido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
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
        <translation>Demostración — no apto para uso clínico</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>Este paquete está firmado con la clave pública de demostración. No use sus resultados para ningún paciente.</translation>
    </message>
</context>
</TS>
