<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>Criar a primeira conta</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nova conta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>O Kuona regista quem decidiu. O seu nome fica neste computador: os registos levam apenas um número aleatório da sua conta.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>O seu nome fica neste computador. Escolha um PIN de 4 ou mais algarismos.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>Escolha o seu nome e introduza o seu PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>Sessão de {name}. Introduza o seu PIN para voltar ao seu trabalho.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Criar conta</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>O &amp;seu nome</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN outra vez</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;outra vez</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>Contas neste computador</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>No&amp;va conta…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Mudar de &amp;utilizador</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>&amp;Formação, sem conta</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: introduza um número</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: escolha uma opção</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: introduza um valor</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: {value} está fora do intervalo em que o modelo foi validado ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— não introduzido —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>Importar casos de formação</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ficheiros CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>Não foi possível importar {file} ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>%n caso importado de {file}: {first} a {last}.</numerusform>
            <numerusform>%n casos importados de {file}: {first} a {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n linha deixada de fora:</numerusform>
            <numerusform>%n linhas deixadas de fora:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>&amp;Importar casos de um CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>Importar casos de um CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Ignorar linhas com erros</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Relatório da importação</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>Valores do doente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>Fatores, do maior para o menor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>Modelo {id} versão {version}, pacote {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>Ainda não registado: esta página não é o registo de auditoria.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. Motivo: {reason}. Registo {seq} ({uuid}) do registo de auditoria, {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>Ficha de caso do Kuona</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>Escolha um modelo para ver os seus casos de formação.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>Nota do formador: {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Caso &amp;anterior</translation>
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
        <translation>Caso &amp;seguinte</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>Caso seguinte</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>Caso de formação</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>&amp;Revelar o desfecho real</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>Revelar o desfecho real</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>Sessão e caso</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>Previsão e explicação</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>Questionário e desfecho real</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>Desfecho real</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>Chave do distrito</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>Levar os registos ao distrito</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>&amp;Instalar a chave do distrito…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>&amp;Exportar para uma pasta (pen USB)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>Aplicar os &amp;recibos do distrito…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>Instalar a chave do distrito</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>Exportar para uma pasta os registos não confirmados</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>Aplicar os recibos do distrito</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Estado da chave do distrito</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>Registos confirmados pelo distrito</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>Proporção de registos confirmados pelo distrito</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>Mensagens de exportação e de recibos</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>Ainda não está instalada nenhuma chave do distrito: peça ao distrito o ficheiro da sua chave pública.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>A chave do distrito {key_id} está instalada: os lotes são cifrados para ela.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>Ainda não foi registada nenhuma decisão neste computador.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Sem registos</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>O distrito confirmou os registos até ao registo {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>O distrito ainda não confirmou nenhum registo.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>%n registo aguarda o recibo do distrito e será exportado de novo.</numerusform>
            <numerusform>%n registos aguardam o recibo do distrito e serão exportados de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>Nenhum registo em espera.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>%v de %m registos confirmados</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Chave do distrito (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>Chave do distrito {key_id} instalada.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>Exportar para uma pasta (pen USB)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>A ler os registos: %v de %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>A escrever o lote em {folder}…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>Exportação cancelada: nada foi escrito na pen.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>Nada a exportar: o distrito confirmou todos os registos.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ Lote escrito: {file} (%n registo). Leve a pen ao distrito; os registos ficam neste computador e são exportados de novo até o recibo do distrito os confirmar.</numerusform>
            <numerusform>✔ Lote escrito: {file} (%n registos). Leve a pen ao distrito; os registos ficam neste computador e são exportados de novo até o recibo do distrito os confirmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>Recibos do Kuona (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>{file}: recibo para outro dispositivo ({device}); ignorado.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>%n recibo aplicado.</numerusform>
            <numerusform>%n recibos aplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>A política de notas do distrito está instalada: as notas passam a ser enviadas ao distrito sem números de telefone, endereços de e-mail, datas e números de identificação (os nomes não são removidos).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>A política de notas do distrito está instalada: as notas ficam neste computador.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>Guardar o caso em PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>Escolha um pacote de modelo verificado na lista.</translation>
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
        <translation>&amp;Novo doente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo doente</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>Guardar este &amp;caso em PDF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>Guardar este caso em PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>Valores do doente</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>Resultado e decisão</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>Gráfico das decisões por modelo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceites</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceites em parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Não seguidos</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>Ainda não há decisões para mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>Escolha primeiro: aceitar, aceitar em parte ou não seguir.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>Indique um motivo quando aceitar o resultado só em parte ou não o seguir.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>Enviada ao distrito sem números de telefone, endereços de e-mail, datas e números de identificação; os nomes não são removidos, não os escreva.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>Fica neste computador.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>A sua própria estimativa do risco, registada antes de ver o resultado: {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ Decisão guardada no registo de auditoria com o n.º {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>Mo&amp;tivo (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>A sua decisão</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>Poderá registar a sua decisão quando o resultado for mostrado.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;Aceitar o resultado do modelo</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>Aceitar em &amp;parte</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>Nã&amp;o o seguir e decidir pelo meu próprio juízo</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— escolha um motivo —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>Obs&amp;ervação (opcional)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>&amp;Identificador do doente (opcional, guardado só como código)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>&amp;Guardar a decisão (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Identificador do doente</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Guardar a decisão</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>Resultado do modelo aceite</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>Aceite em parte</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>Não seguido</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>O meu juízo clínico é diferente</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>O contexto do doente (história, achados) é diferente</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>Falta ao modelo informação importante</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>O doente está abrangido por uma limitação indicada na ficha</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>Uma entrada está fora do intervalo validado</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>A preferência do doente</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>Outro (explique porquê na observação)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>médio</translation>
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
        <translation>Chaves do distrito</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>Confi&amp;gurar este computador como distrito…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>Guardar a &amp;chave pública para as clínicas…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>Configurar este computador como distrito</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>Guardar a chave pública do distrito</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>Estado da chave do distrito</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>Mensagem da configuração do distrito</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>Este computador ainda não tem chaves de distrito. Configure-o uma vez como distrito e depois entregue o ficheiro da chave pública a cada clínica.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>Este computador é o distrito (chave {key_id}). As clínicas cifram os seus lotes para esta chave; mantenha privada a pasta de dados deste computador.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>Guardar a chave pública do distrito para as clínicas</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>Chave do distrito (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>Chaves do distrito criadas (chave {key_id}). Entregue {file} a cada clínica.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>Chave pública {key_id} escrita em {file}.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>Importar os lotes das clínicas</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>&amp;Importar ficheiros de lotes…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>Importar uma &amp;pasta (pen USB)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>Importar ficheiros de lotes</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>Importar todos os lotes de uma pasta</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>Lotes do Kuona (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>Lote %v de %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>A ler os registos: %v de %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>Não foi possível usar a base de dados do distrito: {error}</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>Antes de qualquer resultado: este modelo pode ser usado para este doente?</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolher —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>ErasePatientBox</name>
    <message>
        <source>Erase a patient&apos;s data</source>
        <translation>Apagar os dados de um doente</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>A pedido do doente: os seus valores, notas e referência são apagados deste computador agora, e do distrito na próxima exportação. A cadeia de auditoria continua verificável.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Referência do doente</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>Referência do doente a apagar</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>Apa&amp;gar…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>Apagar os dados deste doente</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>Mensagens de apagamento</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>Apagar os valores, notas e referência deste doente deste computador (registos: {records})? Não pode ser desfeito.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ Apagado deste computador (registos: {records}); o distrito apaga os mesmos valores ao importar a próxima exportação.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>Foram mantidos registos mais antigos deste doente (registos: {records}): foram escritos antes de o apagamento ser possível, e apagá-los quebraria a cadeia de auditoria.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>O próprio ficheiro será compactado da próxima vez que o Kuona abrir o registo de auditoria (outro programa tem-no aberto agora).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: introduza um número</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>Consulta na clínica</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonema</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>Referência do doente (vazio: todas as pendentes)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>Encontrar as decisões pendentes de um doente</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>Desfecho previsto a</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido em</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>Decisões à espera de desfecho</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>Observado (0/1 ou um número)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>Data da observação</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;Registar o desfecho</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>Escolha primeiro uma decisão.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>Desfecho registado.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancelar a tarefa em curso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>Primeiro, o seu juízo</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>Antes de ver o resultado do modelo: na sua opinião, qual é o risco deste doente?</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>Risco &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>Risco &amp;médio</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>Risco a&amp;lto</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>Ecrã {number} de {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>Ecrã &amp;anterior</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>Ecrã anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>Ecrã &amp;seguinte</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>Ecrã seguinte</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>Ecrãs da lição</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking model packages…</source>
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>A verificar os pacotes de modelo…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>%n pacote de modelo verificado</numerusform>
            <numerusform>%n pacotes de modelo verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>%n recusado (ver a lista)</numerusform>
            <numerusform>%n recusados (ver a lista)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Modo de formação</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>Não foi possível verificar os pacotes de modelo: {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>Como ler uma explicação</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — modo de formação</translation>
    </message>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Doente</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formação</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>Sincronização USB</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ecrãs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>Guardar o caso em PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>Imprimir o caso…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
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
        <translation>&amp;Definições</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>Pedir o meu próprio juízo antes de mostrar o modelo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimento</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorização</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>Ficha do modelo</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>Nenhum modelo escolhido.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>Versão {version}, assinada por {signer}</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>Algumas partes desta ficha do modelo não estão disponíveis na sua língua; são mostradas em inglês (%n texto).</numerusform>
            <numerusform>Algumas partes desta ficha do modelo não estão disponíveis na sua língua; são mostradas em inglês (%n textos).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} para treinar o modelo, {test} para o testar)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Desfecho:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definição:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>Horizonte temporal:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>Frequência:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} dos doentes estudados</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>População:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Contexto de cuidados:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>Doentes:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Utilização prevista:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>Utilizadores previstos:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>Apoio à decisão:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>O que prevê</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quem</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>Não usar</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitações</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>Desempenho</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>Os dados com que aprendeu</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (IC 95%: {low} a {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>{n} doentes não usados no treino, {events} com o desfecho</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>declive {slope}, ordenada na origem {intercept} (ideal: 1 e 0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 é perfeito)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>Testado em:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>Discriminação (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>Calibração:</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>Pontuação de Brier:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificidade</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} no limiar de {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>Como foi testado:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgrupo</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Doentes</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>Com o desfecho</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (IC 95%) ou nota</translation>
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
        <translation>Recusado: {path}
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versão {version})</translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>Demonstração — não é para uso clínico</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>Pacotes de modelo</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>Atualizar os modelos a partir de uma pasta ou pen USB…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>A pasta do catálogo de modelos (pen USB)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>O ficheiro raiz do responsável (apenas na primeira atualização)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>Raiz do catálogo (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>A atualização falhou: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>Gráficos de monitorização</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>Calibração: observado vs previsto</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC por mês (faixa: IC 95% da ficha)</translation>
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
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>Calcular novamente o relatório de monitorização</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>Guardar o relatório em &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>Guardar o relatório de monitorização (uma página por modelo) em PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>A calcular…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>Não foi possível fazer o relatório de monitorização: {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>Ainda não há decisões na base de dados do distrito.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>{decisions} decisões, {outcomes} desfechos.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>Desfechos insuficientes ({n} de {needed} necessários).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Guardar o relatório de monitorização</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>Monitorização no terreno: {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>Não foi possível guardar o relatório: {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Relatório guardado: {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Nenhum alarme.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · ecrã {number} de {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · passo {number} de {count}: {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>A calcular a explicação…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ O modelo acertou</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ O modelo errou</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — modo de formação (apresentação)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>Espaço ou seta: seguinte · Retrocesso: anterior · Esc: sair</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>Gráfico da explicação</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>Primeiro, preencha as três respostas de um formando.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>Não foi possível registar a resposta ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— escolha um fator —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>Já responderam: {names} ({count} de {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>Ainda ninguém respondeu a este caso.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>Os pontos aparecem depois de o desfecho ser revelado.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>Não foi dada nenhuma resposta.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>Todos responderam: revele o desfecho real.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>Questionário: responder antes da revelação</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>Cada formando responde com base no que o ecrã mostra; o desfecho continua oculto.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>Formando que res&amp;ponde</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. Segundo o limiar do modelo, este risco é alto ou baixo?</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. Que fator pesou mais para o modelo?</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. Neste caso, deixaria de seguir o modelo?</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risco alto</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risco baixo</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>Sim, não o seguir</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>Não, segui-lo</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>Formando que responde</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>Fator que pesou mais</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>Re&amp;gistar a resposta</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registar a resposta</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>Ainda não há respostas do questionário para exportar.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>Respostas exportadas ({count}) para {answers}; resumo exportado para {summary}.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>Exportar os resultados do questionário para</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Sessão completa</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}, esta sessão</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}, todas as sessões</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} de {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>Inicie uma sessão com formandos para fazer um questionário.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>Ainda não há respostas em casos revelados.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>Os pontos dos casos ainda não revelados contam depois da revelação.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Resultados do questionário</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>Pontos do risco</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>Pontos do fator</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>Pontos de «não seguir»</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation>Resultados do questionário por sessão e por formando</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>E&amp;xportar os resultados em CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Exportar os resultados em CSV</translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>Últimos registos</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>Últimos registos e a sua confirmação</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceites</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceites em parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Não seguidos</translation>
    </message>
    <message>
        <source>A patient&apos;s data erased</source>
        <translation>Dados de um doente apagados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
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
        <translation>Decisão</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmado</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>a aguardar o recibo do distrito</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>Registos recebidos por dispositivo</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>Falhas, adulterações e lotes recusados encontrados</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>Ainda não houve importações nesta sessão.</translation>
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
        <translation>Registos adicionados</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplicados ignorados</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Adulterações</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>Lotes recusados</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>Cadeia intacta até ao registo</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registo adicionado</numerusform>
            <numerusform>%n registos adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado ignorado</numerusform>
            <numerusform>%n duplicados ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>A importação parou depois de {done} de {total} lotes ({counts}). O lote que estava a ser importado não foi importado de todo; importe de novo para terminar.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>Não foi encontrado nenhum lote nesse local.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>Importação terminada: %n lote lido</numerusform>
            <numerusform>Importação terminada: %n lotes lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ %n problema encontrado: ver a lista abaixo.</numerusform>
            <numerusform>⚠ %n problemas encontrados: ver a lista abaixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sem falhas, sem adulterações, sem lotes recusados.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>Falha no dispositivo {device}: em falta: {records}.</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>Adulteração no dispositivo {device}, registo {seq}: {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>Recusado: {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>Recibo para o dispositivo {device} (registos até {seq}) escrito em {file}: leve-o de volta à clínica.</translation>
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
        <translation>Por mês</translation>
    </message>
    <message>
        <source>By clinician</source>
        <translation>Por clínico</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>Falhas e adulterações</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>Tabelas do relatório</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceites</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Aceites em parte</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Não seguidos</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>Aceites (proporção)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>Aceites em parte (proporção)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>Não seguidos (proporção)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>Motivos indicados</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>Entradas fora do intervalo validado</translation>
    </message>
    <message>
        <source>Decisions on an unusual case</source>
        <translation>Decisões sobre um caso invulgar</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>Decisões sobre um intervalo largo</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>Excluídos pela ficha do modelo (nenhum resultado mostrado)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Clinician (pseudonymous id)</source>
        <translation>Clínico (identificador pseudónimo)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>sem conta</translation>
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
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>Falha: estes registos nunca chegaram ao distrito</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>Adulteração: {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>Lote recusado: {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sem falhas, sem adulterações, sem lotes recusados.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>Relatório: decisões e problemas</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>&amp;Atualizar o relatório</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>Atualizar o relatório</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar em C&amp;SV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>Guardar o relatório em ficheiros CSV</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>Totais do relatório</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Mensagem do relatório</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>O relatório ainda não foi lido.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>aceites: {count} ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>aceites em parte: {count} ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>não seguidos: {count} ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ %n problema encontrado: ver «Falhas e adulterações».</numerusform>
            <numerusform>⚠ %n problemas encontrados: ver «Falhas e adulterações».</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>Sem falhas, sem adulterações, sem lotes recusados.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>%n registo de {devices}; {parts}.</numerusform>
            <numerusform>%n registos de {devices}; {parts}.</numerusform>
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
            <numerusform>%n ficheiro CSV escrito em {folder}.</numerusform>
            <numerusform>%n ficheiros CSV escritos em {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>Escolha um modelo para começar.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>Introduza os valores do doente e depois carregue em Explicar (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>A calcular a explicação…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>O resultado do modelo fica oculto até dar a sua própria estimativa.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>Não foi possível calcular a explicação ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risco deste doente</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Intervalo plausível</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>Principais fatores para este doente</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>Probabilidade estimada de «{outcome}» para este doente</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>Pontuação do modelo (log-odds) para «{outcome}»</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>Saída do modelo para «{outcome}»</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>O modelo diz que cerca de %n em cada 100 pacientes como este o teria, mas menos o tiveram entre os pacientes verificados que ele pontuou assim: intervalo plausível de {low} a {high} em 100.</numerusform>
            <numerusform>O modelo diz que cerca de %n em cada 100 pacientes como este o teriam, mas menos o tiveram entre os pacientes verificados que ele pontuou assim: intervalo plausível de {low} a {high} em 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>O modelo diz que cerca de %n em cada 100 pacientes como este o teria, mas mais o tiveram entre os pacientes verificados que ele pontuou assim: intervalo plausível de {low} a {high} em 100.</numerusform>
            <numerusform>O modelo diz que cerca de %n em cada 100 pacientes como este o teriam, mas mais o tiveram entre os pacientes verificados que ele pontuou assim: intervalo plausível de {low} a {high} em 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>Cerca de %n em cada 100 doentes como este teria este desfecho (intervalo plausível {low} a {high}).</numerusform>
            <numerusform>Cerca de %n em cada 100 doentes como este teriam este desfecho (intervalo plausível {low} a {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>Cerca de %n em cada 100 doentes como este teria este desfecho.</numerusform>
            <numerusform>Cerca de %n em cada 100 doentes como este teriam este desfecho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>Intervalo plausível: {low} a {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>Média dos doentes de referência: {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>No limiar do modelo ({threshold}) ou acima dele.</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>Abaixo do limiar do modelo ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>Fiabilidade: a ficha do modelo não indica nenhum desempenho testado; interprete com cautela.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>Fiabilidade: em {n} doentes testados, o modelo colocou um doente com o desfecho acima de um doente sem ele em {share} das vezes (AUC {auc}, IC 95%: {low} a {high}). É uma estimativa baseada em doentes anteriores, não um diagnóstico.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>{feature} {value} quase não fez diferença.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>{feature} {value} aumentou o risco em {points} pontos percentuais.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>{feature} {value} diminuiu o risco em {points} pontos percentuais.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>{feature} {value} aumentou a pontuação em {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>{feature} {value} diminuiu a pontuação em {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} p.p., valor aproximado)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}, valor aproximado)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>Esta combinação de valores não se parece com os doentes com que o modelo aprendeu (mais invulgar: {features}), mesmo que cada valor esteja dentro do seu intervalo: o risco pode estar errado para este doente.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>O intervalo plausível é largo ({width}): o modelo tem pouca certeza para um doente como este; confie menos nele.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>Não é possível dar um intervalo plausível: este pacote de modelo não tem conjunto de calibração.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>A ficha do modelo pede cautela para este doente: {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>{feature} está fora do intervalo em que o modelo foi validado ({range}): este doente está fora da população em que o modelo foi testado, por isso o risco pode estar errado.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>{feature} não foi medido: o modelo continuou sem este valor, como aprendeu a fazer com os doentes a quem faltava, o que torna o risco menos certo.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>Esta explicação é aproximada: o modelo tem demasiadas entradas para a calcular de forma exata. Cada fator mostra a sua margem de erro.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>Atenção: {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>Como ler isto: o gráfico parte do risco médio dos doentes de referência e soma o efeito de cada fator, para cima ou para baixo, até chegar ao risco deste doente. O tamanho de um fator indica quanto moveu o resultado do modelo; não indica que esse fator cause a doença, nem o que aconteceria se mudasse. Verifique as limitações antes de confiar no resultado; quem decide é o seu juízo clínico.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>Modelo de demonstração: não use este resultado para nenhum doente.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>O modelo não deve ser usado para este doente, por isso não é mostrado nenhum resultado. Isto foi registado no registo de auditoria. Motivo:</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} Resposta: sim.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} Resposta: não.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} é inferior a {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} é no máximo {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} é superior a {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} é pelo menos {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} é {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} não é {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>Bloquear quando inativo</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>Bloquear o ecrã após estes minutos sem uso:</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>Só formação, ninguém com sessão iniciada</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>Bloqueado: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Sessão de {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>Quem tem a sessão iniciada</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Mudar de &amp;utilizador…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear agora</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>Bloquear quando inativo…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>Sem sessão: percorra os casos ou inicie uma sessão para fazer um questionário.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>A sessão terminou às {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>Questionário em curso desde as {time} com %n formando.</numerusform>
            <numerusform>Questionário em curso desde as {time} com %n formandos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>Demonstração em curso desde as {time} (sem questionário).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>F&amp;ormador (opcional)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>Formandos do &amp;questionário, um por linha (opcional)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>Formandos, um por linha</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>I&amp;niciar a sessão</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Iniciar a sessão</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar a sessão</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminar a sessão</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>alterado depois de escrito</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>não está ligado ao registo anterior</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>mesmo identificador de um registo importado, mas conteúdo diferente</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>um segundo registo com este número (cópia de segurança reposta ou registo de auditoria alterado)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>indica outro dispositivo</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>os campos não são válidos</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>o registo de auditoria acaba aqui, embora um lote anterior fosse mais longe (reposto ou truncado)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>juízo clínico</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>contexto do doente</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>informação em falta</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>limitação do modelo</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>entrada fora do intervalo validado</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>preferência do doente</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>registo {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>registos {start} a {end}</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>Demonstração — não é para uso clínico: {title} (versão {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (versão {version})</translation>
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
        <translation>Modo de apresentação (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo de apresentação</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>Páginas de formação</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;E se…</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lição</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ultados</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>Modo de formação — os casos não são doentes; nada do que se faz aqui entra no registo de auditoria</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>O caso</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>A previsão</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>A explicação</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>O desfecho real</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>um caso típico</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>um caso-limite: perto do limiar do modelo</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>um caso em que o modelo erra no seu limiar</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>um caso com um valor fora do intervalo validado do modelo</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>Porque foi escolhido este caso: {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>Caso {number} de {count} ({id}, caso do formador)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>Caso {number} de {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ fora do intervalo validado ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>Desfecho real: ocorreu «{outcome}».</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>Desfecho real: não ocorreu «{outcome}».</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>O modelo indicou risco alto e o desfecho ocorreu: o modelo acertou.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>O modelo indicou risco alto, mas o desfecho não ocorreu: o modelo errou.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>O modelo indicou risco baixo, mas o desfecho ocorreu: o modelo errou.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>O modelo indicou risco baixo e o desfecho não ocorreu: o modelo acertou.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ certo</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ errado</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee}: {points} de {max} pontos — risco {risk}; fator principal {factor}; não seguir {override}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>Gráfico da explicação</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>Ainda não há explicação para mostrar.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>Risco médio (todos os doentes)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n outro fator</numerusform>
            <numerusform>%n outros fatores</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>Risco deste doente</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Intervalo plausível</translation>
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
        <translation>A aguardar a explicação do caso…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>Risco agora: {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>A atualizar…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>Não foi possível explicar a alteração ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>Mova um cursor, escolha um valor ou escreva-o: a explicação acompanha de imediato. Mostra como muda o resultado do modelo, não o que aconteceria a um doente se o valor mudasse realmente.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>Voltar ao caso &amp;registado</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>Voltar ao caso registado</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>Valores «e se»</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>Resultado «e se»</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>Altere um valor para ver o que acontece ao risco e à sua explicação.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature}: {old} → {new}. O risco manteve-se em {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature}: {old} → {new}. O risco passou de {before} para {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>Contribuições que mais mudaram:</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>Cruzou o limiar do modelo ({threshold}): o modelo indica agora risco alto.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>Cruzou o limiar do modelo ({threshold}): o modelo indica agora risco baixo.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>Nenhuma contribuição mudou.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature}: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>Em comparação com o caso registado (%n valor alterado): o risco é {after} em vez de {before}.</numerusform>
            <numerusform>Em comparação com o caso registado (%n valores alterados): o risco é {after} em vez de {before}.</numerusform>
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
        <translation>{value} p.p.</translation>
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
        <translation>não medido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Demonstração — não é para uso clínico</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>Este pacote está assinado com a chave pública de demonstração. Não use os seus resultados para nenhum doente.</translation>
    </message>
</context>
</TS>
