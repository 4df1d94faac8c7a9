<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountGate</name>
    <message>
        <source>Create the first account</source>
        <translation>إنشاء الحساب الأول</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Kuona records who decided. Your name stays on this laptop: the records carry only a random number for your account.</source>
        <translation>يسجّل Kuona من اتخذ القرار. يبقى اسمك على هذا الحاسوب: لا تحمل السجلات إلا رقمًا عشوائيًا لحسابك.</translation>
    </message>
    <message>
        <source>Your name stays on this laptop. Choose a PIN of 4 or more digits.</source>
        <translation>يبقى اسمك على هذا الحاسوب. اختر رمز PIN من 4 أرقام أو أكثر.</translation>
    </message>
    <message>
        <source>Choose your name and enter your PIN.</source>
        <translation>اختر اسمك وأدخل رمز PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Enter your PIN to go back to your work.</source>
        <translation>المستخدم: {name}. أدخل رمز PIN للعودة إلى عملك.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>إ&amp;نشاء الحساب</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;دخول</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>رمز &amp;PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>رمز PIN مرة أخرى</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>رمز PIN &amp;مرة أخرى</translation>
    </message>
    <message>
        <source>Accounts on this laptop</source>
        <translation>الحسابات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>تبديل المست&amp;خدم</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Training, without an account</source>
        <translation>ال&amp;تدريب، بلا حساب</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: أدخل رقمًا</translation>
    </message>
    <message>
        <source>{field}: choose one</source>
        <translation>{field}: اختر قيمة</translation>
    </message>
    <message>
        <source>{field}: enter a value</source>
        <translation>{field}: أدخل قيمة</translation>
    </message>
    <message>
        <source>{field}: {value} is outside the range the model was validated on ({range})</source>
        <translation>{field}: القيمة {value} خارج النطاق المتحقَّق منه للنموذج ({range})</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— لم تُدخَل —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
</context>
<context>
    <name>CaseImporter</name>
    <message>
        <source>Import training cases</source>
        <translation>استيراد حالات تدريبية</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>{file} could not be imported ({error}).</source>
        <translation>تعذر استيراد ⁨{file}⁩ ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from {file}: {first} to {last}.</source>
        <translation>
            <numerusform>استُورِدت %n حالة من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
            <numerusform>استُورِدت %n حالة من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
            <numerusform>استُورِدت %n حالتان من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
            <numerusform>استُورِدت %n حالات من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
            <numerusform>استُورِدت %n حالة من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
            <numerusform>استُورِدت %n حالة من ⁨{file}⁩: من {first} إلى {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out:</source>
        <translation>
            <numerusform>%n صف لم يُستورد:</numerusform>
            <numerusform>%n صف لم يُستورد:</numerusform>
            <numerusform>%n صفّان لم يُستوردا:</numerusform>
            <numerusform>%n صفوف لم تُستورد:</numerusform>
            <numerusform>%n صفًّا لم يُستورد:</numerusform>
            <numerusform>%n صف لم يُستورد:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import cases from CSV…</source>
        <translation>استيراد حالات من مل&amp;ف CSV…</translation>
    </message>
    <message>
        <source>Import cases from CSV</source>
        <translation>استيراد حالات من ملف CSV</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>تخطّي الصفوف المعيبة</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Patient values</source>
        <translation>قيم المريض</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Factors, largest first</source>
        <translation>العوامل، من الأكبر إلى الأصغر</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Model {id} version {version}, package {hash}</source>
        <translation>النموذج {id}، الإصدار {version}، الحزمة {hash}</translation>
    </message>
    <message>
        <source>Not recorded yet: this page is not the audit record.</source>
        <translation>لم يُسجَّل بعد: هذه الصفحة ليست قيدًا في سجل التدقيق.</translation>
    </message>
    <message>
        <source>{decision}. Reason: {reason}. Audit record {seq} ({uuid}), {time}.</source>
        <translation>{decision}. السبب: {reason}. قيد التدقيق رقم {seq} ({uuid})، {time}.</translation>
    </message>
    <message>
        <source>Kuona case record</source>
        <translation>تقرير حالة من Kuona</translation>
    </message>
</context>
<context>
    <name>CaseStepper</name>
    <message>
        <source>Choose a model to see its training cases.</source>
        <translation>اختر نموذجًا لعرض حالاته التدريبية.</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: {note}</source>
        <translation>ملاحظة المدرِّب: {note}</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>الحالة الساب&amp;قة</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>الحالة السابقة</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Ne&amp;xt case</source>
        <translation>الحالة التا&amp;لية</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>الحالة التالية</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Training case</source>
        <translation>حالة تدريبية</translation>
    </message>
    <message>
        <source>&amp;Reveal the true outcome</source>
        <translation>&amp;كشف النتيجة الفعلية</translation>
    </message>
    <message>
        <source>Reveal the true outcome</source>
        <translation>كشف النتيجة الفعلية</translation>
    </message>
    <message>
        <source>Session and case</source>
        <translation>الجلسة والحالة</translation>
    </message>
    <message>
        <source>Prediction and explanation</source>
        <translation>التنبؤ والتفسير</translation>
    </message>
    <message>
        <source>Quiz and true outcome</source>
        <translation>الاختبار والنتيجة الفعلية</translation>
    </message>
    <message>
        <source>True outcome</source>
        <translation>النتيجة الفعلية</translation>
    </message>
</context>
<context>
    <name>ClinicSyncView</name>
    <message>
        <source>District key</source>
        <translation>مفتاح المنطقة الصحية</translation>
    </message>
    <message>
        <source>Carry the records to the district</source>
        <translation>نقل القيود إلى المنطقة الصحية</translation>
    </message>
    <message>
        <source>&amp;Install the district key…</source>
        <translation>تثبيت م&amp;فتاح المنطقة الصحية…</translation>
    </message>
    <message>
        <source>&amp;Export to a folder (USB stick)…</source>
        <translation>ت&amp;صدير إلى مجلد (ذاكرة USB)…</translation>
    </message>
    <message>
        <source>Apply &amp;receipts from the district…</source>
        <translation>تطبي&amp;ق إيصالات الاستلام من المنطقة الصحية…</translation>
    </message>
    <message>
        <source>Install the district key</source>
        <translation>تثبيت مفتاح المنطقة الصحية</translation>
    </message>
    <message>
        <source>Export the unconfirmed records to a folder</source>
        <translation>تصدير القيود غير المؤكَّدة إلى مجلد</translation>
    </message>
    <message>
        <source>Apply receipts from the district</source>
        <translation>تطبيق إيصالات الاستلام من المنطقة الصحية</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>حالة مفتاح المنطقة الصحية</translation>
    </message>
    <message>
        <source>Records confirmed by the district</source>
        <translation>القيود التي أكّدتها المنطقة الصحية</translation>
    </message>
    <message>
        <source>Share of records confirmed by the district</source>
        <translation>نسبة القيود التي أكّدتها المنطقة الصحية</translation>
    </message>
    <message>
        <source>Export and receipt messages</source>
        <translation>رسائل التصدير وإيصالات الاستلام</translation>
    </message>
    <message>
        <source>No district key is installed yet: ask the district for its public key file.</source>
        <translation>لم يُثبَّت أي مفتاح للمنطقة الصحية بعد: اطلب من المنطقة الصحية ملف مفتاحها العام.</translation>
    </message>
    <message>
        <source>District key {key_id} is installed: bundles are encrypted for it.</source>
        <translation>مفتاح المنطقة الصحية {key_id} مثبَّت: تُشفَّر الحزم له.</translation>
    </message>
    <message>
        <source>No decision has been recorded on this computer yet.</source>
        <translation>لم يُسجَّل أي قرار على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>لا توجد قيود</translation>
    </message>
    <message>
        <source>The district has confirmed the records up to record {seq}.</source>
        <translation>أكّدت المنطقة الصحية القيود حتى القيد {seq}.</translation>
    </message>
    <message>
        <source>The district has not confirmed any record yet.</source>
        <translation>لم تؤكّد المنطقة الصحية أي قيد بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are waiting for the district&apos;s receipt and will be exported again.</source>
        <translation>
            <numerusform>%n قيد في انتظار إيصال الاستلام من المنطقة الصحية، وسيُصدَّر مرة أخرى.</numerusform>
            <numerusform>%n قيد في انتظار إيصال الاستلام من المنطقة الصحية، وسيُصدَّر مرة أخرى.</numerusform>
            <numerusform>%n قيدان في انتظار إيصال الاستلام من المنطقة الصحية، وسيُصدَّران مرة أخرى.</numerusform>
            <numerusform>%n قيود في انتظار إيصال الاستلام من المنطقة الصحية، وستُصدَّر مرة أخرى.</numerusform>
            <numerusform>%n قيدًا في انتظار إيصال الاستلام من المنطقة الصحية، وستُصدَّر مرة أخرى.</numerusform>
            <numerusform>%n قيد في انتظار إيصال الاستلام من المنطقة الصحية، وستُصدَّر مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record is waiting.</source>
        <translation>لا يوجد قيد في الانتظار.</translation>
    </message>
    <message>
        <source>%v of %m records confirmed</source>
        <translation>القيود المؤكَّدة: %v من %m</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>مفتاح المنطقة الصحية (*.json)</translation>
    </message>
    <message>
        <source>District key {key_id} installed.</source>
        <translation>ثُبِّت مفتاح المنطقة الصحية {key_id}.</translation>
    </message>
    <message>
        <source>Export to a folder (USB stick)</source>
        <translation>تصدير إلى مجلد (ذاكرة USB)</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>قراءة القيود: %v من %m</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}…</source>
        <translation>جارٍ كتابة الحزمة في ⁨{folder}⁩…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to the stick.</source>
        <translation>أُلغي التصدير: لم يُكتب شيء على ذاكرة USB.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>فشل التصدير: {error}</translation>
    </message>
    <message>
        <source>Nothing to export: the district has confirmed every record.</source>
        <translation>لا شيء للتصدير: أكّدت المنطقة الصحية كل القيود.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Bundle written: {file} (%n record(s)). Take the stick to the district; the records stay on this computer and are exported again until its receipt confirms them.</source>
        <translation>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيد). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيد). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيدان). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيود). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيدًا). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
            <numerusform>✔ كُتبت الحزمة: ⁨{file}⁩ (%n قيد). خذ ذاكرة USB إلى المنطقة الصحية؛ تبقى القيود على هذا الحاسوب وتُصدَّر مرة أخرى إلى أن يؤكّدها إيصال الاستلام منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kuona receipts (*.kuonareceipt)</source>
        <translation>إيصالات استلام Kuona (*.kuonareceipt)</translation>
    </message>
    <message>
        <source>{file}: a receipt for another device ({device}); ignored.</source>
        <translation>⁨{file}⁩: إيصال استلام لجهاز آخر ({device})؛ تم تجاهله.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) applied.</source>
        <translation>
            <numerusform>طُبِّق %n إيصال.</numerusform>
            <numerusform>طُبِّق %n إيصال.</numerusform>
            <numerusform>طُبِّق %n إيصالان.</numerusform>
            <numerusform>طُبِّقت %n إيصالات.</numerusform>
            <numerusform>طُبِّق %n إيصالًا.</numerusform>
            <numerusform>طُبِّق %n إيصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes are now sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed (names are not removed).</source>
        <translation>تم تثبيت سياسة الملاحظات الخاصة بالمنطقة: تُرسل الملاحظات الآن إلى المنطقة بعد حذف أرقام الهاتف وعناوين البريد الإلكتروني والتواريخ وأرقام الهوية (لا تُحذف الأسماء).</translation>
    </message>
    <message>
        <source>The district&apos;s notes policy is installed: notes stay on this laptop.</source>
        <translation>تم تثبيت سياسة الملاحظات الخاصة بالمنطقة: تبقى الملاحظات على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ClinicianScreen</name>
    <message>
        <source>Save the case as PDF</source>
        <translation>حفظ الحالة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملف PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a verified model package in the list.</source>
        <translation>اختر من القائمة حزمة نموذج متحقَّقًا منها.</translation>
    </message>
    <message>
        <source>E&amp;xplain (Ctrl+Enter)</source>
        <translation>ت&amp;فسير (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>تفسير</translation>
    </message>
    <message>
        <source>Ne&amp;w patient</source>
        <translation>مريض &amp;جديد</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>مريض جديد</translation>
    </message>
    <message>
        <source>Save this case as P&amp;DF…</source>
        <translation>حفظ &amp;هذه الحالة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save this case as PDF</source>
        <translation>حفظ هذه الحالة بصيغة PDF</translation>
    </message>
    <message>
        <source>Patient values</source>
        <translation>قيم المريض</translation>
    </message>
    <message>
        <source>Result and decision</source>
        <translation>النتيجة والقرار</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Decisions per model chart</source>
        <translation>مخطط القرارات حسب النموذج</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>المقبولة جزئيًا</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>المتجاوَزة</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>No decisions to show yet.</source>
        <translation>لا توجد قرارات لعرضها بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Choose accept, partly accept or override first.</source>
        <translation>اختر أولًا: قبول، أو قبول جزئي، أو تجاوز.</translation>
    </message>
    <message>
        <source>Give a reason when you partly accept or override the output.</source>
        <translation>اذكر سببًا عند قبول مخرجات النموذج جزئيًا أو تجاوزها.</translation>
    </message>
    <message>
        <source>Sent to the district with phone numbers, e-mail addresses, dates and ID numbers removed; names are not removed, do not write them.</source>
        <translation>تُرسل إلى المنطقة بعد حذف أرقام الهاتف وعناوين البريد الإلكتروني والتواريخ وأرقام الهوية؛ لا تُحذف الأسماء، فلا تكتبها.</translation>
    </message>
    <message>
        <source>Stays on this laptop.</source>
        <translation>تبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Your own estimate, recorded before the reveal: {level}</source>
        <translation>تقديرك الخاص، المسجَّل قبل عرض النتيجة: {level}</translation>
    </message>
    <message>
        <source>✔ Decision saved in the audit log as record {seq} ({time}).</source>
        <translation>✔ حُفظ القرار في سجل التدقيق برقم القيد {seq} ({time}).</translation>
    </message>
    <message>
        <source>&amp;Reason (needed)</source>
        <translation>ا&amp;لسبب (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ا&amp;لسبب</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>قرارك</translation>
    </message>
    <message>
        <source>You can record your decision once the result is shown.</source>
        <translation>يمكنك تسجيل قرارك بعد عرض النتيجة.</translation>
    </message>
    <message>
        <source>&amp;Accept the model&apos;s output</source>
        <translation>&amp;قبول مخرجات النموذج</translation>
    </message>
    <message>
        <source>&amp;Partly accept it</source>
        <translation>قبولها ج&amp;زئيًا</translation>
    </message>
    <message>
        <source>&amp;Override it with my own judgement</source>
        <translation>تجا&amp;وزها بناءً على حكمي الخاص</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— اختر سببًا —</translation>
    </message>
    <message>
        <source>Not&amp;e (optional)</source>
        <translation>ملاح&amp;ظة (اختيارية)</translation>
    </message>
    <message>
        <source>Patient &amp;identifier (optional, kept only as a code)</source>
        <translation>معرّف المريض (اختياري، يُحفظ &amp;كرمز فقط)</translation>
    </message>
    <message>
        <source>&amp;Save decision (Ctrl+S)</source>
        <translation>&amp;حفظ القرار (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>معرّف المريض</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>حفظ القرار</translation>
    </message>
</context>
<context>
    <name>DecisionWords</name>
    <message>
        <source>Accepted the model&apos;s output</source>
        <translation>قُبلت مخرجات النموذج</translation>
    </message>
    <message>
        <source>Partly accepted it</source>
        <translation>قُبلت جزئيًا</translation>
    </message>
    <message>
        <source>Overrode it</source>
        <translation>تم تجاوزها</translation>
    </message>
    <message>
        <source>My clinical judgement differs</source>
        <translation>حكمي السريري مختلف</translation>
    </message>
    <message>
        <source>The patient&apos;s context (history, findings) differs</source>
        <translation>سياق المريض (السوابق، نتائج الفحص) مختلف</translation>
    </message>
    <message>
        <source>Important information is missing from the model</source>
        <translation>معلومات مهمة لا يأخذها النموذج في الحسبان</translation>
    </message>
    <message>
        <source>The patient falls under a stated limitation</source>
        <translation>ينطبق على المريض أحد قيود النموذج المذكورة</translation>
    </message>
    <message>
        <source>An input is outside the validated range</source>
        <translation>أحد المدخلات خارج النطاق المتحقَّق منه</translation>
    </message>
    <message>
        <source>The patient&apos;s preference</source>
        <translation>تفضيل المريض</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>سبب آخر (اذكره في الملاحظة)</translation>
    </message>
    <message>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفع</translation>
    </message>
</context>
<context>
    <name>DistrictKeysBox</name>
    <message>
        <source>District keys</source>
        <translation>مفاتيح المنطقة الصحية</translation>
    </message>
    <message>
        <source>&amp;Set up this computer as the district…</source>
        <translation>إعداد &amp;هذا الحاسوب حاسوبًا للمنطقة الصحية…</translation>
    </message>
    <message>
        <source>Save the public &amp;key for clinics…</source>
        <translation>&amp;حفظ المفتاح العام للعيادات…</translation>
    </message>
    <message>
        <source>Set up this computer as the district</source>
        <translation>إعداد هذا الحاسوب حاسوبًا للمنطقة الصحية</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key</source>
        <translation>حفظ المفتاح العام للمنطقة الصحية</translation>
    </message>
    <message>
        <source>District key status</source>
        <translation>حالة مفتاح المنطقة الصحية</translation>
    </message>
    <message>
        <source>District set-up message</source>
        <translation>رسالة إعداد المنطقة الصحية</translation>
    </message>
    <message>
        <source>This computer holds no district keys yet. Set it up once as the district, then give the public key file to every clinic.</source>
        <translation>لا توجد على هذا الحاسوب مفاتيح منطقة صحية بعد. أعِدَّه مرة واحدة حاسوبًا للمنطقة الصحية، ثم أعطِ ملف المفتاح العام لكل عيادة.</translation>
    </message>
    <message>
        <source>This computer is the district (key {key_id}). Clinics encrypt their bundles for this key; keep this computer&apos;s data folder private.</source>
        <translation>هذا الحاسوب هو حاسوب المنطقة الصحية (المفتاح {key_id}). تشفّر العيادات حزمها لهذا المفتاح؛ احتفظ بمجلد بيانات هذا الحاسوب سرًّا.</translation>
    </message>
    <message>
        <source>Save the district&apos;s public key for clinics</source>
        <translation>حفظ المفتاح العام للمنطقة الصحية من أجل العيادات</translation>
    </message>
    <message>
        <source>District key (*.json)</source>
        <translation>مفتاح المنطقة الصحية (*.json)</translation>
    </message>
    <message>
        <source>District keys made (key {key_id}). Give {file} to every clinic.</source>
        <translation>أُنشئت مفاتيح المنطقة الصحية (المفتاح {key_id}). أعطِ ⁨{file}⁩ لكل عيادة.</translation>
    </message>
    <message>
        <source>Public key {key_id} written to {file}.</source>
        <translation>كُتب المفتاح العام {key_id} في ⁨{file}⁩.</translation>
    </message>
</context>
<context>
    <name>DistrictView</name>
    <message>
        <source>Import bundles from clinics</source>
        <translation>استيراد الحزم من العيادات</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>استيراد مل&amp;فات الحزم…</translation>
    </message>
    <message>
        <source>Import a f&amp;older (USB stick)…</source>
        <translation>استيراد م&amp;جلد (ذاكرة USB)…</translation>
    </message>
    <message>
        <source>Import bundle files</source>
        <translation>استيراد ملفات الحزم</translation>
    </message>
    <message>
        <source>Import every bundle in a folder</source>
        <translation>استيراد كل الحزم الموجودة في مجلد</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>Kuona bundles (*.kuonabundle)</source>
        <translation>حزم Kuona (*.kuonabundle)</translation>
    </message>
    <message>
        <source>Bundle %v of %m</source>
        <translation>الحزمة %v من %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Reading records: %v of %m</source>
        <translation>قراءة القيود: %v من %m</translation>
    </message>
    <message>
        <source>The district database could not be used: {error}</source>
        <translation>تعذر استخدام قاعدة بيانات المنطقة الصحية: {error}</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>Before any result: may this model be used for this patient?</source>
        <translation>قبل أي نتيجة: هل يجوز استخدام هذا النموذج لهذا المريض؟</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ErasePatientBox</name>
    <message>
        <source>Erase a patient&apos;s data</source>
        <translation>محو بيانات مريض</translation>
    </message>
    <message>
        <source>At the patient&apos;s request: their values, notes and reference are removed from this computer now, and from the district with the next export. The audit chain stays verifiable.</source>
        <translation>بطلب من المريض: تُمحى قيمه وملاحظاته ومرجعه من هذا الحاسوب الآن، ومن المنطقة الصحية مع التصدير التالي. تبقى سلسلة التدقيق قابلة للتحقق.</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>مرجع المريض</translation>
    </message>
    <message>
        <source>Reference of the patient to erase</source>
        <translation>مرجع المريض المراد محو بياناته</translation>
    </message>
    <message>
        <source>Er&amp;ase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source>Erase this patient&apos;s data</source>
        <translation>محو بيانات هذا المريض</translation>
    </message>
    <message>
        <source>Erasure messages</source>
        <translation>رسائل المحو</translation>
    </message>
    <message>
        <source>Erase the values, notes and reference of this patient from this computer (records: {records})? This cannot be undone.</source>
        <translation>هل تمحو قيم هذا المريض وملاحظاته ومرجعه من هذا الحاسوب (القيود: {records})؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>✔ Erased from this computer (records: {records}); the district removes the same values when it imports the next export.</source>
        <translation>✔ مُحيت من هذا الحاسوب (القيود: {records})؛ تمحو المنطقة الصحية القيم نفسها عند استيراد التصدير التالي.</translation>
    </message>
    <message>
        <source>Older records of this patient were kept (records: {records}): they were written before erasure was possible, and erasing them would break the audit chain.</source>
        <translation>أُبقي على قيود أقدم لهذا المريض (القيود: {records}): كُتبت قبل أن يصبح المحو ممكنًا، ومحوها يكسر سلسلة التدقيق.</translation>
    </message>
    <message>
        <source>The file itself is compacted the next time Kuona opens the audit log (another program holds it open now).</source>
        <translation>سيُضغط الملف نفسه في المرة القادمة التي يفتح فيها Kuona سجل التدقيق (برنامج آخر يُبقيه مفتوحًا الآن).</translation>
    </message>
</context>
<context>
    <name>FeatureControl</name>
    <message>
        <source>{field}: enter a number</source>
        <translation>{field}: أدخل رقمًا</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <source>Clinic visit</source>
        <translation>زيارة العيادة</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>المختبر</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Patient reference (leave empty: all due)</source>
        <translation>مرجع المريض (اتركه فارغًا: كل المستحقة)</translation>
    </message>
    <message>
        <source>Find a patient&apos;s open decisions</source>
        <translation>البحث عن القرارات المفتوحة لمريض</translation>
    </message>
    <message>
        <source>Outcome due</source>
        <translation>موعد النتيجة</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Decisions waiting for an outcome</source>
        <translation>قرارات تنتظر نتيجة</translation>
    </message>
    <message>
        <source>Observed (0/1 or a number)</source>
        <translation>المُلاحَظ (0/1 أو رقم)</translation>
    </message>
    <message>
        <source>Date observed</source>
        <translation>تاريخ الملاحظة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&amp;Record the outcome</source>
        <translation>&amp;سجّل النتيجة</translation>
    </message>
    <message>
        <source>Pick a decision first.</source>
        <translation>اختر قرارًا أولًا.</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>سُجّلت النتيجة.</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>إلغاء المهمة الجارية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>JudgementPrompt</name>
    <message>
        <source>Your judgement first</source>
        <translation>حكمك أولًا</translation>
    </message>
    <message>
        <source>Before you see the model&apos;s output: how high do you think this patient&apos;s risk is?</source>
        <translation>قبل أن ترى مخرجات النموذج: ما مستوى الخطر لدى هذا المريض في تقديرك؟</translation>
    </message>
    <message>
        <source>&amp;Low risk</source>
        <translation>خطر من&amp;خفض</translation>
    </message>
    <message>
        <source>&amp;Medium risk</source>
        <translation>خطر متوس&amp;ط</translation>
    </message>
    <message>
        <source>Hi&amp;gh risk</source>
        <translation>خطر م&amp;رتفع</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Screen {number} of {count}</source>
        <extracomment>The lesson&apos;s lines stay about this many characters wide, easy to read on a wide screen.</extracomment>
        <translation>الشاشة {number} من {count}</translation>
    </message>
    <message>
        <source>&amp;Previous screen</source>
        <translation>الشاشة الساب&amp;قة</translation>
    </message>
    <message>
        <source>Previous screen</source>
        <translation>الشاشة السابقة</translation>
    </message>
    <message>
        <source>Ne&amp;xt screen</source>
        <translation>الشاشة التا&amp;لية</translation>
    </message>
    <message>
        <source>Next screen</source>
        <translation>الشاشة التالية</translation>
    </message>
    <message>
        <source>Lesson screens</source>
        <translation>شاشات الدرس</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking model packages…</source>
        <extracomment>Each language named in itself, as the language menu shows it.</extracomment>
        <translation>جارٍ التحقق من حزم النماذج…</translation>
    </message>
    <message numerus="yes">
        <source>%n model package(s) verified</source>
        <translation>
            <numerusform>تم التحقق من %n حزمة نموذج</numerusform>
            <numerusform>تم التحقق من %n حزمة نموذج</numerusform>
            <numerusform>تم التحقق من %n حزمتَي نموذج</numerusform>
            <numerusform>تم التحقق من %n حزم نماذج</numerusform>
            <numerusform>تم التحقق من %n حزمة نموذج</numerusform>
            <numerusform>تم التحقق من %n حزمة نموذج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused (see the list)</source>
        <translation>
            <numerusform>رُفضت %n حزمة (انظر القائمة)</numerusform>
            <numerusform>رُفضت %n حزمة (انظر القائمة)</numerusform>
            <numerusform>رُفضت %n حزمتان (انظر القائمة)</numerusform>
            <numerusform>رُفضت %n حزم (انظر القائمة)</numerusform>
            <numerusform>رُفضت %n حزمة (انظر القائمة)</numerusform>
            <numerusform>رُفضت %n حزمة (انظر القائمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>وضع التدريب</translation>
    </message>
    <message>
        <source>The model packages could not be checked: {error}</source>
        <translation>تعذر التحقق من حزم النماذج: {error}</translation>
    </message>
    <message>
        <source>How to read an explanation</source>
        <translation>كيف تقرأ التفسير</translation>
    </message>
    <message>
        <source>Kuona — training mode</source>
        <translation>Kuona — وضع التدريب</translation>
    </message>
    <message>
        <source>Kuona</source>
        <translation>Kuona</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>USB sync</source>
        <translation>المزامنة عبر USB</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة الصحية</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>الشاشات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Save the case as PDF…</source>
        <translation>حفظ الحالة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the case…</source>
        <translation>طباعة الحالة…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Ask for my own judgement before showing the model</source>
        <translation>اطلب حكمي الخاص قبل عرض مخرجات النموذج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>الرصد</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message>
        <source>Model facts</source>
        <translation>بطاقة معلومات النموذج</translation>
    </message>
    <message>
        <source>No model chosen.</source>
        <translation>لم يُختر أي نموذج.</translation>
    </message>
    <message>
        <source>Version {version}, signed by {signer}</source>
        <translation>الإصدار {version}، بتوقيع ⁨{signer}⁩</translation>
    </message>
    <message numerus="yes">
        <source>Parts of this model card are not available in your language; they are shown in English (%n text(s)).</source>
        <translation>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نص).</numerusform>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نص).</numerusform>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نصّان).</numerusform>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نصوص).</numerusform>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نصًّا).</numerusform>
            <numerusform>بعض أجزاء بطاقة النموذج هذه غير متاحة بلغتك، فهي معروضة بالإنجليزية (%n نص).</numerusform>
        </translation>
    </message>
    <message>
        <source>{total} ({train} to train the model, {test} to test it)</source>
        <translation>{total} ({train} لتدريب النموذج، و{test} لاختباره)</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>الحدث المتنبَّأ به:</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>التعريف:</translation>
    </message>
    <message>
        <source>Time horizon:</source>
        <translation>الأفق الزمني:</translation>
    </message>
    <message>
        <source>How common:</source>
        <translation>مدى الشيوع:</translation>
    </message>
    <message>
        <source>{share} of the patients studied</source>
        <translation>{share} من المرضى الذين شملتهم الدراسة</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>الفئة السكانية:</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>بيئة الرعاية:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Patients:</source>
        <translation>المرضى:</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>الاستخدام المقصود:</translation>
    </message>
    <message>
        <source>Intended users:</source>
        <translation>المستخدمون المقصودون:</translation>
    </message>
    <message>
        <source>Decision support:</source>
        <translation>دعم القرار:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>الترخيص:</translation>
    </message>
    <message>
        <source>What it predicts</source>
        <translation>ما يتنبأ به</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Do not use</source>
        <translation>لا تستخدمه</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>قيود النموذج</translation>
    </message>
    <message>
        <source>How well it works</source>
        <translation>مدى جودة أدائه</translation>
    </message>
    <message>
        <source>The data it learned from</source>
        <translation>البيانات التي تعلّم منها</translation>
    </message>
    <message>
        <source>{value} (95% CI {low} to {high})</source>
        <translation>{value} (فاصل الثقة 95%: من {low} إلى {high})</translation>
    </message>
    <message>
        <source>{n} patients not used for training, {events} with the outcome</source>
        <translation>مرضى لم يُستخدموا في التدريب: {n}، منهم {events} وقع لديهم الحدث</translation>
    </message>
    <message>
        <source>slope {slope}, intercept {intercept} (ideal: 1 and 0)</source>
        <translation>الميل {slope}، ونقطة التقاطع {intercept} (المثالي: 1 و0)</translation>
    </message>
    <message>
        <source>{value} (0 is perfect)</source>
        <translation>{value} (0 هو الأمثل)</translation>
    </message>
    <message>
        <source>Tested on:</source>
        <translation>اختُبر على:</translation>
    </message>
    <message>
        <source>Discrimination (AUC):</source>
        <translation>القدرة التمييزية (AUC):</translation>
    </message>
    <message>
        <source>Calibration:</source>
        <translation>المعايرة:</translation>
    </message>
    <message>
        <source>Brier score:</source>
        <translation>درجة Brier:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>النوعية</translation>
    </message>
    <message>
        <source>{measure} at the threshold of {threshold}:</source>
        <translation>{measure} عند العتبة {threshold}:</translation>
    </message>
    <message>
        <source>How it was tested:</source>
        <translation>طريقة الاختبار:</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>المجموعة الفرعية</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>With outcome</source>
        <translation>وقع لديهم الحدث</translation>
    </message>
    <message>
        <source>AUC (95% CI) or note</source>
        <translation>AUC (فاصل الثقة 95%) أو ملاحظة</translation>
    </message>
    <message>
        <source>Results in subgroups</source>
        <translation>النتائج في المجموعات الفرعية</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Refused: {path}
{reason}</source>
        <translation>مرفوضة: ⁨{path}⁩
{reason}</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (الإصدار {version})</translation>
    </message>
    <message>
        <source>Demonstration — not for clinical use</source>
        <translation>نموذج توضيحي — ليس للاستخدام السريري</translation>
    </message>
    <message>
        <source>Model packages</source>
        <translation>حزم النماذج</translation>
    </message>
</context>
<context>
    <name>ModelUpdate</name>
    <message>
        <source>Update models from a folder or USB stick…</source>
        <translation>تحديث النماذج من مجلد أو ذاكرة USB…</translation>
    </message>
    <message>
        <source>The model catalog folder (USB stick)</source>
        <translation>مجلد فهرس النماذج (ذاكرة USB)</translation>
    </message>
    <message>
        <source>The steward&apos;s root file (first update only)</source>
        <translation>ملف الجذر الخاص بالمشرف (للتحديث الأول فقط)</translation>
    </message>
    <message>
        <source>Catalog root (*.json)</source>
        <translation>جذر الفهرس (*.json)</translation>
    </message>
    <message>
        <source>The update failed: {error}</source>
        <translation>فشل التحديث: {error}</translation>
    </message>
</context>
<context>
    <name>MonitoringCharts</name>
    <message>
        <source>Monitoring charts</source>
        <extracomment>The plots run left to right in every language, so their labels keep to the bars (absolute, not mirrored in a right-to-left layout).</extracomment>
        <translation>مخططات الرصد</translation>
    </message>
    <message>
        <source>Calibration: observed vs predicted</source>
        <translation>المعايرة: المُلاحَظ مقابل المتوقع</translation>
    </message>
    <message>
        <source>AUROC by month (band: the card&apos;s 95% CI)</source>
        <translation>AUROC حسب الشهر (النطاق: فاصل الثقة 95% في البطاقة)</translation>
    </message>
    <message>
        <source>Drift per input (PSI)</source>
        <translation>الانحراف لكل مُدخل (PSI)</translation>
    </message>
    <message>
        <source>AUROC per subgroup</source>
        <translation>AUROC لكل مجموعة فرعية</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Compute the monitoring report again</source>
        <translation>أعد حساب تقرير الرصد</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Save the report as &amp;PDF…</source>
        <translation>حفظ التقرير بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the monitoring report (one page per model) as PDF</source>
        <translation>حفظ تقرير الرصد (صفحة لكل نموذج) بصيغة PDF</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>The monitoring report could not be made: {error}</source>
        <translation>تعذّر إعداد تقرير الرصد: {error}</translation>
    </message>
    <message>
        <source>No decisions in the district database yet.</source>
        <translation>لا توجد قرارات في قاعدة بيانات المنطقة بعد.</translation>
    </message>
    <message>
        <source>{decisions} decisions, {outcomes} outcomes.</source>
        <translation>{decisions} قرارًا، {outcomes} نتيجة.</translation>
    </message>
    <message>
        <source>Not enough outcomes ({n} of {needed} needed).</source>
        <translation>لا توجد نتائج كافية ({n} من {needed} مطلوبة).</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>حفظ تقرير الرصد</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Field monitoring: {model} {version}</source>
        <translation>الرصد الميداني: {model} {version}</translation>
    </message>
    <message>
        <source>The report could not be saved: {error}</source>
        <translation>تعذّر حفظ التقرير: {error}</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>حُفظ التقرير: {file}</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>لا توجد تنبيهات.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>{lesson} · screen {number} of {count}</source>
        <extracomment>The presentation&apos;s type is this many times the application font. Bars in the explanation chart (the rest are summed) and factors said in words: one screen.</extracomment>
        <translation>{lesson} · الشاشة {number} من {count}</translation>
    </message>
    <message>
        <source>{case} · step {number} of {count}: {step}</source>
        <translation>{case} · الخطوة {number} من {count}: {step}</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>جارٍ حساب التفسير…</translation>
    </message>
    <message>
        <source>✔ The model was right</source>
        <translation>✔ كان النموذج محقًّا</translation>
    </message>
    <message>
        <source>✘ The model was wrong</source>
        <translation>✘ أخطأ النموذج</translation>
    </message>
    <message>
        <source>Kuona — training mode (presentation)</source>
        <translation>Kuona — وضع التدريب (العرض التقديمي)</translation>
    </message>
    <message>
        <source>Space or arrow: next · Backspace: back · Esc: leave</source>
        <translation>المسافة أو السهم: التالي · Backspace: السابق · Esc: خروج</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Explanation chart</source>
        <translation>مخطط التفسير</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Answer the three questions for one trainee first.</source>
        <translation>أجب أولًا عن الأسئلة الثلاثة لمتدرّب واحد.</translation>
    </message>
    <message>
        <source>The answer could not be recorded ({error}).</source>
        <translation>تعذر تسجيل الإجابة ({error}).</translation>
    </message>
    <message>
        <source>— choose a factor —</source>
        <translation>— اختر عاملًا —</translation>
    </message>
    <message>
        <source>Answered: {names} ({count} of {total})</source>
        <translation>أجاب: {names} ({count} من {total})</translation>
    </message>
    <message>
        <source>No one has answered this case yet.</source>
        <translation>لم يُجب أحد عن هذه الحالة بعد.</translation>
    </message>
    <message>
        <source>Points are shown after the reveal.</source>
        <translation>تظهر النقاط بعد كشف النتيجة الفعلية.</translation>
    </message>
    <message>
        <source>No answers were given.</source>
        <translation>لم تُقدَّم أي إجابات.</translation>
    </message>
    <message>
        <source>Everyone has answered: reveal the true outcome.</source>
        <translation>أجاب الجميع: اكشف النتيجة الفعلية.</translation>
    </message>
    <message>
        <source>Quiz: answer before the reveal</source>
        <translation>الاختبار: أجب قبل كشف النتيجة</translation>
    </message>
    <message>
        <source>Each trainee answers from what the screen shows; the outcome stays hidden.</source>
        <translation>يجيب كل متدرّب بناءً على ما تعرضه الشاشة؛ وتبقى النتيجة الفعلية مخفية.</translation>
    </message>
    <message>
        <source>Who is &amp;answering</source>
        <translation>المت&amp;درّب الذي يجيب</translation>
    </message>
    <message>
        <source>&amp;1. By the model&apos;s threshold, is this risk high or low?</source>
        <translation>&amp;1. بحسب عتبة النموذج، هل هذا الخطر مرتفع أم منخفض؟</translation>
    </message>
    <message>
        <source>&amp;2. Which factor mattered most to the model?</source>
        <translation>&amp;2. ما العامل الذي كان له الوزن الأكبر لدى النموذج؟</translation>
    </message>
    <message>
        <source>&amp;3. Would you override the model here?</source>
        <translation>&amp;3. هل كنت ستتجاوز النموذج هنا؟</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>خطر مرتفع</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>خطر منخفض</translation>
    </message>
    <message>
        <source>Yes, override it</source>
        <translation>نعم، أتجاوزه</translation>
    </message>
    <message>
        <source>No, follow it</source>
        <translation>لا، أتّبعه</translation>
    </message>
    <message>
        <source>Who is answering</source>
        <translation>المتدرّب الذي يجيب</translation>
    </message>
    <message>
        <source>Factor that mattered most</source>
        <translation>العامل الأكثر تأثيرًا</translation>
    </message>
    <message>
        <source>Recor&amp;d the answer</source>
        <translation>حف&amp;ظ الإجابة</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>حفظ الإجابة</translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <source>There are no quiz answers to export yet.</source>
        <translation>لا توجد بعد إجابات اختبار لتصديرها.</translation>
    </message>
    <message>
        <source>Exported {count} answers to {answers} and the summary to {summary}.</source>
        <translation>صُدِّرت الإجابات (عددها {count}) إلى ⁨{answers}⁩، والملخّص إلى ⁨{summary}⁩.</translation>
    </message>
    <message>
        <source>Export the quiz results to</source>
        <translation>تصدير نتائج الاختبار إلى</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>الجلسة كلها</translation>
    </message>
    <message>
        <source>{trainee}, this session</source>
        <translation>{trainee}، هذه الجلسة</translation>
    </message>
    <message>
        <source>{trainee}, all sessions</source>
        <translation>{trainee}، كل الجلسات</translation>
    </message>
    <message>
        <source>{points} of {max}</source>
        <translation>{points} من {max}</translation>
    </message>
    <message>
        <source>Start a session with trainees to take a quiz.</source>
        <translation>ابدأ جلسة مع متدرّبين لإجراء اختبار.</translation>
    </message>
    <message>
        <source>No answers on revealed cases yet.</source>
        <translation>لا توجد بعد إجابات عن حالات كُشفت نتيجتها.</translation>
    </message>
    <message>
        <source>Points on cases not yet revealed are counted after the reveal.</source>
        <translation>تُحتسب نقاط الحالات التي لم تُكشف نتيجتها بعد عند كشفها.</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>نتائج الاختبار</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>نقاط الخطر</translation>
    </message>
    <message>
        <source>Factor points</source>
        <translation>نقاط العامل</translation>
    </message>
    <message>
        <source>Override points</source>
        <translation>نقاط التجاوز</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Quiz results per session and trainee</source>
        <translation>نتائج الاختبار حسب الجلسة والمتدرّب</translation>
    </message>
    <message>
        <source>E&amp;xport the results as CSV…</source>
        <translation>ت&amp;صدير النتائج بصيغة CSV…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>تصدير النتائج بصيغة CSV</translation>
    </message>
</context>
<context>
    <name>RecentRecords</name>
    <message>
        <source>Latest records</source>
        <translation>أحدث القيود</translation>
    </message>
    <message>
        <source>Latest records and their confirmation</source>
        <translation>أحدث القيود وحالة تأكيدها</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>مقبول جزئيًا</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>متجاوَز</translation>
    </message>
    <message>
        <source>A patient&apos;s data erased</source>
        <translation>مُحيت بيانات مريض</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>القيد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>District</source>
        <translation>المنطقة الصحية</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ مؤكَّد</translation>
    </message>
    <message>
        <source>waiting for the district&apos;s receipt</source>
        <translation>في انتظار إيصال الاستلام من المنطقة الصحية</translation>
    </message>
</context>
<context>
    <name>ReconciliationPanel</name>
    <message>
        <source>Records received per device</source>
        <translation>القيود المستلَمة حسب الجهاز</translation>
    </message>
    <message>
        <source>Gaps, tampering and refused bundles found</source>
        <translation>ما عُثر عليه من فجوات وتلاعب وحزم مرفوضة</translation>
    </message>
    <message>
        <source>No import yet in this session.</source>
        <translation>لم يجرِ أي استيراد بعد في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>الحزم المستورَدة</translation>
    </message>
    <message>
        <source>Records added</source>
        <translation>القيود المضافة</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>المكررات المتخطّاة</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>التلاعب</translation>
    </message>
    <message>
        <source>Bundles refused</source>
        <translation>الحزم المرفوضة</translation>
    </message>
    <message>
        <source>Unbroken chain up to record</source>
        <translation>سلسلة سليمة حتى القيد</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>تمت إضافة %n قيد</numerusform>
            <numerusform>تمت إضافة %n قيد</numerusform>
            <numerusform>تمت إضافة %n قيدين</numerusform>
            <numerusform>تمت إضافة %n قيود</numerusform>
            <numerusform>تمت إضافة %n قيدًا</numerusform>
            <numerusform>تمت إضافة %n قيد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>تم تخطّي %n قيد مكرر</numerusform>
            <numerusform>تم تخطّي %n قيد مكرر</numerusform>
            <numerusform>تم تخطّي %n قيدين مكررين</numerusform>
            <numerusform>تم تخطّي %n قيود مكررة</numerusform>
            <numerusform>تم تخطّي %n قيدًا مكررًا</numerusform>
            <numerusform>تم تخطّي %n قيد مكرر</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped after {done} of {total} bundles ({counts}). The bundle in progress was not imported at all; import again to finish.</source>
        <translation>توقّف الاستيراد بعد {done} من أصل {total} من الحزم ({counts}). لم يُستورد شيء من الحزمة التي كانت قيد المعالجة؛ أعِد الاستيراد لإكماله.</translation>
    </message>
    <message>
        <source>No bundles were found there.</source>
        <translation>لم يُعثر هناك على أي حزمة.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n bundle(s) read</source>
        <translation>
            <numerusform>انتهى الاستيراد: قُرئت %n حزمة</numerusform>
            <numerusform>انتهى الاستيراد: قُرئت %n حزمة</numerusform>
            <numerusform>انتهى الاستيراد: قُرئت %n حزمتان</numerusform>
            <numerusform>انتهى الاستيراد: قُرئت %n حزم</numerusform>
            <numerusform>انتهى الاستيراد: قُرئت %n حزمة</numerusform>
            <numerusform>انتهى الاستيراد: قُرئت %n حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see the list below.</source>
        <translation>
            <numerusform>⚠ عُثر على %n مشكلة: انظر القائمة أدناه.</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر القائمة أدناه.</numerusform>
            <numerusform>⚠ عُثر على %n مشكلتين: انظر القائمة أدناه.</numerusform>
            <numerusform>⚠ عُثر على %n مشكلات: انظر القائمة أدناه.</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر القائمة أدناه.</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر القائمة أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>لا فجوات، ولا تلاعب، ولا حزم مرفوضة.</translation>
    </message>
    <message>
        <source>Gap on device {device}: {records} missing.</source>
        <translation>فجوة في الجهاز {device}: ينقص {records}.</translation>
    </message>
    <message>
        <source>Tampering on device {device}, record {seq}: {what}.</source>
        <translation>تلاعب في الجهاز {device}، القيد {seq}: {what}.</translation>
    </message>
    <message>
        <source>Refused: {why}</source>
        <translation>مرفوضة: {why}</translation>
    </message>
    <message>
        <source>Receipt for device {device} (records up to {seq}) written to {file}: carry it back to the clinic.</source>
        <translation>كُتب إيصال استلام للجهاز {device} (القيود حتى {seq}) في ⁨{file}⁩: أعِده إلى العيادة.</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>By model</source>
        <translation>حسب النموذج</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>حسب الجهاز</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>By clinician</source>
        <translation>حسب الطبيب</translation>
    </message>
    <message>
        <source>Gaps and tampering</source>
        <translation>الفجوات والتلاعب</translation>
    </message>
    <message>
        <source>Report tables</source>
        <translation>جداول التقرير</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>المقبولة جزئيًا</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>المتجاوَزة</translation>
    </message>
    <message>
        <source>Accepted (share)</source>
        <translation>المقبولة (النسبة)</translation>
    </message>
    <message>
        <source>Partly accepted (share)</source>
        <translation>المقبولة جزئيًا (النسبة)</translation>
    </message>
    <message>
        <source>Overridden (share)</source>
        <translation>المتجاوَزة (النسبة)</translation>
    </message>
    <message>
        <source>Reasons given</source>
        <translation>الأسباب المذكورة</translation>
    </message>
    <message>
        <source>Inputs outside the validated range</source>
        <translation>مدخلات خارج النطاق المتحقَّق منه</translation>
    </message>
    <message>
        <source>Decisions on an unusual case</source>
        <translation>قرارات بشأن حالة غير معتادة</translation>
    </message>
    <message>
        <source>Decisions on a wide range</source>
        <translation>قرارات بشأن نطاق واسع</translation>
    </message>
    <message>
        <source>Ruled out by the model card (no result shown)</source>
        <translation>استبعدتها بطاقة النموذج (لم تُعرض نتيجة)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Clinician (pseudonymous id)</source>
        <translation>الطبيب (معرّف مستعار)</translation>
    </message>
    <message>
        <source>without an account</source>
        <translation>بلا حساب</translation>
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
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيد</numerusform>
            <numerusform>%n قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>{records} ({features})</source>
        <translation>{records} ({features})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Gap: these records never reached the district</source>
        <translation>فجوة: لم تصل هذه القيود إلى المنطقة الصحية قط</translation>
    </message>
    <message>
        <source>Tampering: {what}</source>
        <translation>تلاعب: {what}</translation>
    </message>
    <message>
        <source>Refused bundle: {why}</source>
        <translation>حزمة مرفوضة: {why}</translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>لا فجوات، ولا تلاعب، ولا حزم مرفوضة.</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>ما عُثر عليه</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report: decisions and problems</source>
        <translation>التقرير: القرارات والمشكلات</translation>
    </message>
    <message>
        <source>&amp;Refresh report</source>
        <translation>تح&amp;ديث التقرير</translation>
    </message>
    <message>
        <source>Refresh the report</source>
        <translation>تحديث التقرير</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>حفظ ب&amp;صيغة CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV files</source>
        <translation>حفظ التقرير في ملفات CSV</translation>
    </message>
    <message>
        <source>Report totals</source>
        <translation>مجاميع التقرير</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>رسالة التقرير</translation>
    </message>
    <message>
        <source>The report has not been read yet.</source>
        <translation>لم يُقرأ التقرير بعد.</translation>
    </message>
    <message>
        <source>{count} accepted ({share})</source>
        <translation>المقبولة: {count} ({share})</translation>
    </message>
    <message>
        <source>{count} partly accepted ({share})</source>
        <translation>المقبولة جزئيًا: {count} ({share})</translation>
    </message>
    <message>
        <source>{count} overridden ({share})</source>
        <translation>المتجاوَزة: {count} ({share})</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) found: see “Gaps and tampering”.</source>
        <translation>
            <numerusform>⚠ عُثر على %n مشكلة: انظر «الفجوات والتلاعب».</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر «الفجوات والتلاعب».</numerusform>
            <numerusform>⚠ عُثر على %n مشكلتين: انظر «الفجوات والتلاعب».</numerusform>
            <numerusform>⚠ عُثر على %n مشكلات: انظر «الفجوات والتلاعب».</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر «الفجوات والتلاعب».</numerusform>
            <numerusform>⚠ عُثر على %n مشكلة: انظر «الفجوات والتلاعب».</numerusform>
        </translation>
    </message>
    <message>
        <source>No gaps, no tampering, no refused bundles.</source>
        <translation>لا فجوات، ولا تلاعب، ولا حزم مرفوضة.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from {devices}: {parts}.</source>
        <translation>
            <numerusform>%n قيد من {devices}: {parts}.</numerusform>
            <numerusform>%n قيد من {devices}: {parts}.</numerusform>
            <numerusform>%n قيدان من {devices}: {parts}.</numerusform>
            <numerusform>%n قيود من {devices}: {parts}.</numerusform>
            <numerusform>%n قيدًا من {devices}: {parts}.</numerusform>
            <numerusform>%n قيد من {devices}: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n جهاز</numerusform>
            <numerusform>%n جهاز</numerusform>
            <numerusform>%n جهازين</numerusform>
            <numerusform>%n أجهزة</numerusform>
            <numerusform>%n جهازًا</numerusform>
            <numerusform>%n جهاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s) written to {folder}.</source>
        <translation>
            <numerusform>كُتب %n ملف CSV في ⁨{folder}⁩.</numerusform>
            <numerusform>كُتب %n ملف CSV في ⁨{folder}⁩.</numerusform>
            <numerusform>كُتب %n ملفا CSV في ⁨{folder}⁩.</numerusform>
            <numerusform>كُتبت %n ملفات CSV في ⁨{folder}⁩.</numerusform>
            <numerusform>كُتب %n ملفًّا بصيغة CSV في ⁨{folder}⁩.</numerusform>
            <numerusform>كُتب %n ملف CSV في ⁨{folder}⁩.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Choose a model to start.</source>
        <translation>اختر نموذجًا للبدء.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s values, then press Explain (Ctrl+Enter).</source>
        <translation>أدخل قيم المريض، ثم اضغط «تفسير» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Computing the explanation…</source>
        <translation>جارٍ حساب التفسير…</translation>
    </message>
    <message>
        <source>The model&apos;s output is hidden until you give your own estimate.</source>
        <translation>تبقى مخرجات النموذج مخفية إلى أن تعطي تقديرك الخاص.</translation>
    </message>
    <message>
        <source>The explanation could not be computed ({error}).</source>
        <translation>تعذر حساب التفسير ({error}).</translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>خطر هذا المريض</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>النطاق المعقول</translation>
    </message>
    <message>
        <source>Main factors for this patient</source>
        <translation>العوامل الرئيسية لدى هذا المريض</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>Estimated probability of “{outcome}” for this patient</source>
        <extracomment>Below this many percentage points a factor is said to have made almost no difference.</extracomment>
        <translation>الاحتمال المقدَّر لـ«{outcome}» لدى هذا المريض</translation>
    </message>
    <message>
        <source>Model score (log-odds) for “{outcome}”</source>
        <translation>درجة النموذج (لوغاريتم الأرجحية) لـ«{outcome}»</translation>
    </message>
    <message>
        <source>Model output for “{outcome}”</source>
        <translation>مخرج النموذج لـ«{outcome}»</translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but fewer did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أقل حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model says about %n in 100 patients like this one would have it, but more did among the checked patients it scored like this: plausible range {low} to {high} in 100.</source>
        <translation>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
            <numerusform>يقول النموذج إن نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك، لكن عددًا أكبر حدث لديهم ذلك بين المرضى الذين جرى التحقق منهم وأعطاهم النموذج درجة مماثلة: النطاق المعقول من {low} إلى {high} من كل 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it (plausible range {low} to {high}).</source>
        <translation>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديه ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهما ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك (النطاق المعقول من {low} إلى {high}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n in 100 patients like this one would have it.</source>
        <translation>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك.</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديه ذلك.</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهما ذلك.</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك.</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك.</numerusform>
            <numerusform>نحو %n من كل 100 مريض مثل هذا المريض سيحدث لديهم ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plausible range: {low} to {high}</source>
        <translation>النطاق المعقول: من {low} إلى {high}</translation>
    </message>
    <message>
        <source>Average for the reference patients: {value}</source>
        <translation>المتوسط لدى المرضى المرجعيين: {value}</translation>
    </message>
    <message>
        <source>At or above the model&apos;s threshold of {threshold}.</source>
        <translation>عند عتبة النموذج ({threshold}) أو فوقها.</translation>
    </message>
    <message>
        <source>Below the model&apos;s threshold of {threshold}.</source>
        <translation>دون عتبة النموذج ({threshold}).</translation>
    </message>
    <message>
        <source>How sure: the model card gives no tested accuracy; treat this with caution.</source>
        <translation>مدى الثقة: لا تذكر بطاقة النموذج أي أداء مختبَر؛ تعامل مع هذه النتيجة بحذر.</translation>
    </message>
    <message>
        <source>How sure: in {n} tested patients the model put a patient with the outcome above one without it {share} of the time (AUC {auc}, 95% CI {low} to {high}). It is an estimate from past patients, not a diagnosis.</source>
        <translation>مدى الثقة: لدى المرضى الذين اختُبر عليهم (عددهم {n})، وضع النموذج المريضَ الذي وقع لديه الحدث فوق المريض الذي لم يقع لديه في {share} من المرات (AUC {auc}، فاصل الثقة 95%: من {low} إلى {high}). هذا تقدير مبني على مرضى سابقين، وليس تشخيصًا.</translation>
    </message>
    <message>
        <source>{feature} {value} made almost no difference.</source>
        <translation>لم تُحدث قيمة {feature} ({value}) فرقًا يُذكر.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the risk by {points} percentage points.</source>
        <translation>رفعت قيمة {feature} ({value}) الخطر بمقدار {points} نقطة مئوية.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the risk by {points} percentage points.</source>
        <translation>خفّضت قيمة {feature} ({value}) الخطر بمقدار {points} نقطة مئوية.</translation>
    </message>
    <message>
        <source>{feature} {value} raised the score by {amount}.</source>
        <translation>رفعت قيمة {feature} ({value}) الدرجة بمقدار {amount}.</translation>
    </message>
    <message>
        <source>{feature} {value} lowered the score by {amount}.</source>
        <translation>خفّضت قيمة {feature} ({value}) الدرجة بمقدار {amount}.</translation>
    </message>
    <message>
        <source>(± {points} points, approximate)</source>
        <translation>(± {points} نقطة، تقريبي)</translation>
    </message>
    <message>
        <source>(± {amount}, approximate)</source>
        <translation>(± {amount}، تقريبي)</translation>
    </message>
    <message>
        <source>This combination of values is unlike the patients the model learned from (most unusual: {features}), even if each value is within its range: the risk may be wrong for this patient.</source>
        <translation>هذا المزيج من القيم لا يشبه المرضى الذين تعلّم منهم النموذج (الأكثر غرابة: {features})، حتى لو كانت كل قيمة ضمن نطاقها: قد يكون الخطر خاطئًا لهذا المريض.</translation>
    </message>
    <message>
        <source>The plausible range is wide ({width}): the model is unsure for a patient like this one; rely on it less.</source>
        <translation>النطاق المعقول واسع ({width}): النموذج غير متيقن بشأن مريض مثل هذا؛ اعتمد عليه أقل.</translation>
    </message>
    <message>
        <source>No plausible range can be given: this model package has no calibration set.</source>
        <translation>لا يمكن إعطاء نطاق معقول: لا تحتوي حزمة النموذج هذه على مجموعة معايرة.</translation>
    </message>
    <message>
        <source>The model card asks for caution for this patient: {condition}</source>
        <translation>تطلب بطاقة النموذج الحذر مع هذا المريض: {condition}</translation>
    </message>
    <message>
        <source>{feature} is outside the range the model was validated on ({range}): this patient is outside the population it was tested on, so the risk may be wrong.</source>
        <translation>قيمة {feature} خارج النطاق المتحقَّق منه للنموذج ({range}): هذا المريض خارج الفئة التي اختُبر عليها النموذج، لذا قد يكون الخطر خاطئًا.</translation>
    </message>
    <message>
        <source>{feature} was not measured: the model went on without it, as it learned to for patients with this value missing, which makes the risk less certain.</source>
        <translation>لم تُقس {feature}: تابع النموذج من دونها، كما تعلّم أن يفعل مع المرضى الذين تنقصهم هذه القيمة، مما يجعل الخطر أقل يقينًا.</translation>
    </message>
    <message>
        <source>This explanation is approximate: the model has too many inputs to compute it exactly. Each factor shows its margin of error.</source>
        <translation>هذا التفسير تقريبي: مدخلات النموذج أكثر من أن يُحسب التفسير بدقة. ويبيّن كل عامل هامش الخطأ الخاص به.</translation>
    </message>
    <message>
        <source>Warning: {code}</source>
        <translation>تنبيه: {code}</translation>
    </message>
    <message>
        <source>How to read this: the chart starts at the average risk of the reference patients and adds each factor&apos;s push, up or down, until it reaches this patient&apos;s risk. A factor&apos;s size says how much the model&apos;s output moved, not that it causes the disease, and not what would happen if it changed. Check the limitations before you rely on it; your clinical judgement decides.</source>
        <translation>طريقة القراءة: يبدأ المخطط من متوسط الخطر لدى المرضى المرجعيين، ويضيف دفعة كل عامل، صعودًا أو هبوطًا، حتى يصل إلى خطر هذا المريض. يدل حجم العامل على مقدار ما حرّك مخرجات النموذج، لا على أنه يسبب المرض، ولا على ما سيحدث لو تغيّر. راجع قيود النموذج قبل الاعتماد عليه؛ فحكمك السريري هو الذي يقرر.</translation>
    </message>
    <message>
        <source>Demonstration model: do not use this result for any patient.</source>
        <translation>نموذج توضيحي: لا تستخدم هذه النتيجة لأي مريض.</translation>
    </message>
    <message>
        <source>The model must not be used for this patient, so no result is shown. This was recorded in the audit log. Reason:</source>
        <translation>لا يجوز استخدام النموذج لهذا المريض، لذلك لا تُعرض أي نتيجة. سُجِّل ذلك في سجل التدقيق. السبب:</translation>
    </message>
    <message>
        <source>{question} Answer: yes.</source>
        <translation>{question} الإجابة: نعم.</translation>
    </message>
    <message>
        <source>{question} Answer: no.</source>
        <translation>{question} الإجابة: لا.</translation>
    </message>
    <message>
        <source>{feature} is below {value}.</source>
        <translation>{feature} أقل من {value}.</translation>
    </message>
    <message>
        <source>{feature} is at most {value}.</source>
        <translation>{feature} لا يتجاوز {value}.</translation>
    </message>
    <message>
        <source>{feature} is above {value}.</source>
        <translation>{feature} أكبر من {value}.</translation>
    </message>
    <message>
        <source>{feature} is at least {value}.</source>
        <translation>{feature} لا يقل عن {value}.</translation>
    </message>
    <message>
        <source>{feature} is {value}.</source>
        <translation>{feature} يساوي {value}.</translation>
    </message>
    <message>
        <source>{feature} is not {value}.</source>
        <translation>{feature} لا يساوي {value}.</translation>
    </message>
</context>
<context>
    <name>SessionDoor</name>
    <message>
        <source>Lock when idle</source>
        <translation>القفل عند الخمول</translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation>اقفل الشاشة بعد هذا العدد من الدقائق دون استخدام:</translation>
    </message>
    <message>
        <source>Training only, no one signed in</source>
        <translation>تدريب فقط، لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Locked: {name}</source>
        <translation>مقفل: {name}</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>المستخدم: {name}</translation>
    </message>
    <message>
        <source>Who is signed in</source>
        <translation>من سجّل الدخول</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>تبديل المست&amp;خدم…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ا&amp;قفل الآن</translation>
    </message>
    <message>
        <source>Lock when idle…</source>
        <translation>القفل عند الخمول…</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>No session: step through the cases, or start one to take a quiz.</source>
        <translation>لا توجد جلسة: تصفّح الحالات، أو ابدأ جلسة لإجراء اختبار.</translation>
    </message>
    <message>
        <source>The session ended at {time}.</source>
        <translation>انتهت الجلسة في {time}.</translation>
    </message>
    <message numerus="yes">
        <source>Quiz running since {time} with %n trainee(s).</source>
        <translation>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّب.</numerusform>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّب.</numerusform>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّبَين.</numerusform>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّبين.</numerusform>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّبًا.</numerusform>
            <numerusform>اختبار جارٍ منذ {time} مع %n متدرّب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demonstration running since {time} (no quiz).</source>
        <translation>عرض توضيحي جارٍ منذ {time} (دون اختبار).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Trai&amp;ner (optional)</source>
        <translation>المدرّب (ا&amp;ختياري)</translation>
    </message>
    <message>
        <source>Trainees taking the &amp;quiz, one per line (optional)</source>
        <translation>المتدرّبون الم&amp;شاركون في الاختبار، واحد في كل سطر (اختياري)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>Trainees, one per line</source>
        <translation>المتدرّبون، واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>بد&amp;ء الجلسة</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>إن&amp;هاء الجلسة</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>changed after it was written</source>
        <translation>عُدِّل بعد كتابته</translation>
    </message>
    <message>
        <source>does not link to the record before it</source>
        <translation>غير مرتبط بالقيد الذي قبله</translation>
    </message>
    <message>
        <source>same id as an imported record, other content</source>
        <translation>له معرّف قيد مستورَد لكن بمحتوى مختلف</translation>
    </message>
    <message>
        <source>a second record with this number (restored backup or altered log)</source>
        <translation>قيد ثانٍ بهذا الرقم (نسخة احتياطية مستعادة أو سجل معدَّل)</translation>
    </message>
    <message>
        <source>names another device</source>
        <translation>يذكر جهازًا آخر</translation>
    </message>
    <message>
        <source>its fields are not valid</source>
        <translation>حقوله غير صالحة</translation>
    </message>
    <message>
        <source>the log ends here, though an earlier bundle reached further (restored or truncated)</source>
        <translation>ينتهي السجل هنا، مع أن حزمة سابقة وصلت إلى أبعد من ذلك (مستعاد أو مقطوع)</translation>
    </message>
    <message>
        <source>clinical judgement</source>
        <translation>الحكم السريري</translation>
    </message>
    <message>
        <source>patient&apos;s context</source>
        <translation>سياق المريض</translation>
    </message>
    <message>
        <source>missing information</source>
        <translation>معلومات ناقصة</translation>
    </message>
    <message>
        <source>model limitation</source>
        <translation>أحد قيود النموذج</translation>
    </message>
    <message>
        <source>input outside the validated range</source>
        <translation>مدخل خارج النطاق المتحقَّق منه</translation>
    </message>
    <message>
        <source>patient&apos;s preference</source>
        <translation>تفضيل المريض</translation>
    </message>
    <message>
        <source>other</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>القيد {seq}</translation>
    </message>
    <message>
        <source>records {start} to {end}</source>
        <translation>القيود من {start} إلى {end}</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Demonstration — not for clinical use: {title} (version {version})</source>
        <translation>نموذج توضيحي — ليس للاستخدام السريري: {title} (الإصدار {version})</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title} (الإصدار {version})</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>النم&amp;وذج</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>وضع العرض التقديمي (F5)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>وضع العرض التقديمي</translation>
    </message>
    <message>
        <source>Training pages</source>
        <translation>صفحات التدريب</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>ال&amp;حالات</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>ما&amp;ذا لو</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>الد&amp;رس</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>النتائ&amp;ج</translation>
    </message>
</context>
<context>
    <name>TrainingWords</name>
    <message>
        <source>Training mode — cases are not patients; nothing here goes into the audit log</source>
        <translation>وضع التدريب — هذه الحالات ليست مرضى حقيقيين؛ لا يدخل شيء من هنا في سجل التدقيق</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The prediction</source>
        <translation>التنبؤ</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>التفسير</translation>
    </message>
    <message>
        <source>The true outcome</source>
        <translation>النتيجة الفعلية</translation>
    </message>
    <message>
        <source>a typical case</source>
        <translation>حالة نمطية</translation>
    </message>
    <message>
        <source>a borderline case: close to the model&apos;s threshold</source>
        <translation>حالة حدّية: قريبة من عتبة النموذج</translation>
    </message>
    <message>
        <source>a case the model gets wrong at its threshold</source>
        <translation>حالة يخطئ فيها النموذج عند عتبته</translation>
    </message>
    <message>
        <source>a case with a value outside the model&apos;s validated range</source>
        <translation>حالة فيها قيمة خارج النطاق المتحقَّق منه للنموذج</translation>
    </message>
    <message>
        <source>Why this case was chosen: {category}.</source>
        <translation>سبب اختيار هذه الحالة: {category}.</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id}, a trainer&apos;s case)</source>
        <translation>الحالة {number} من {count} ({id}، حالة من المدرّب)</translation>
    </message>
    <message>
        <source>Case {number} of {count} ({id})</source>
        <translation>الحالة {number} من {count} ({id})</translation>
    </message>
    <message>
        <source>{value} ⚠ outside the validated range ({range})</source>
        <translation>{value} ⚠ خارج النطاق المتحقَّق منه ({range})</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” happened.</source>
        <translation>النتيجة الفعلية: حدث «{outcome}».</translation>
    </message>
    <message>
        <source>True outcome: “{outcome}” did not happen.</source>
        <translation>النتيجة الفعلية: لم يحدث «{outcome}».</translation>
    </message>
    <message>
        <source>The model said high risk and the outcome happened: the model was right.</source>
        <translation>قال النموذج إن الخطر مرتفع، ووقع الحدث: كان النموذج محقًّا.</translation>
    </message>
    <message>
        <source>The model said high risk but the outcome did not happen: the model was wrong.</source>
        <translation>قال النموذج إن الخطر مرتفع، لكن الحدث لم يقع: أخطأ النموذج.</translation>
    </message>
    <message>
        <source>The model said low risk but the outcome happened: the model was wrong.</source>
        <translation>قال النموذج إن الخطر منخفض، لكن الحدث وقع: أخطأ النموذج.</translation>
    </message>
    <message>
        <source>The model said low risk and the outcome did not happen: the model was right.</source>
        <translation>قال النموذج إن الخطر منخفض، ولم يقع الحدث: كان النموذج محقًّا.</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ صحيح</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ خطأ</translation>
    </message>
    <message>
        <source>{trainee}: {points} of {max} points — risk {risk}; main factor {factor}; override {override}</source>
        <translation>{trainee}: النقاط {points} من {max} — الخطر {risk}؛ العامل الرئيسي {factor}؛ التجاوز {override}</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Explanation chart</source>
        <translation>مخطط التفسير</translation>
    </message>
    <message>
        <source>No explanation to show yet.</source>
        <translation>لا يوجد تفسير لعرضه بعد.</translation>
    </message>
    <message>
        <source>Average risk (all patients)</source>
        <translation>متوسط الخطر (كل المرضى)</translation>
    </message>
    <message numerus="yes">
        <source>%n other factor(s)</source>
        <translation>
            <numerusform>%n عامل آخر</numerusform>
            <numerusform>%n عامل آخر</numerusform>
            <numerusform>%n عاملان آخران</numerusform>
            <numerusform>%n عوامل أخرى</numerusform>
            <numerusform>%n عاملًا آخر</numerusform>
            <numerusform>%n عامل آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>This patient&apos;s risk</source>
        <translation>خطر هذا المريض</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>النطاق المعقول</translation>
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
        <translation>في انتظار تفسير الحالة…</translation>
    </message>
    <message>
        <source>Risk now: {risk}</source>
        <translation>الخطر الآن: {risk}</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>The change could not be explained ({error}).</source>
        <translation>تعذر تفسير التغيير ({error}).</translation>
    </message>
    <message>
        <source>Move a slider, choose a value or type one: the explanation follows at once. It shows how the model&apos;s output moves, not what would happen to a patient if the value really changed.</source>
        <translation>حرّك شريط التمرير، أو اختر قيمة، أو اكتبها: يتبعها التفسير فورًا. إنه يبيّن كيف تتحرك مخرجات النموذج، لا ما سيحدث لمريض لو تغيّرت القيمة فعلًا.</translation>
    </message>
    <message>
        <source>Back to the case as &amp;recorded</source>
        <translation>العو&amp;دة إلى الحالة كما سُجِّلت</translation>
    </message>
    <message>
        <source>Back to the case as recorded</source>
        <translation>العودة إلى الحالة كما سُجِّلت</translation>
    </message>
    <message>
        <source>What-if values</source>
        <translation>قيم «ماذا لو»</translation>
    </message>
    <message>
        <source>What-if result</source>
        <translation>نتيجة «ماذا لو»</translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>Change a value to see what it does to the risk and its explanation.</source>
        <extracomment>How many moved contributions are listed. Below this many percentage points the risk is said not to have moved.</extracomment>
        <translation>غيّر قيمة لترى أثرها في الخطر وفي تفسيره.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk stayed at {after}.</source>
        <translation>{feature}: من {old} إلى {new}. بقي الخطر عند {after}.</translation>
    </message>
    <message>
        <source>{feature}: {old} → {new}. The risk went from {before} to {after} ({change}).</source>
        <translation>{feature}: من {old} إلى {new}. تغيّر الخطر من {before} إلى {after} ({change}).</translation>
    </message>
    <message>
        <source>Contributions that moved most:</source>
        <translation>المساهمات التي تغيّرت أكثر من غيرها:</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says high risk.</source>
        <translation>تخطّى الخطر عتبة النموذج ({threshold}): يقول النموذج الآن إن الخطر مرتفع.</translation>
    </message>
    <message>
        <source>It crossed the model&apos;s threshold of {threshold}: the model now says low risk.</source>
        <translation>تخطّى الخطر عتبة النموذج ({threshold}): يقول النموذج الآن إن الخطر منخفض.</translation>
    </message>
    <message>
        <source>No contribution moved.</source>
        <translation>لم تتغيّر أي مساهمة.</translation>
    </message>
    <message>
        <source>• {feature}: {change}</source>
        <translation>• {feature}: {change}</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the recorded case (%n value(s) changed): the risk is {after} instead of {before}.</source>
        <translation>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيمة): الخطر {after} بدلًا من {before}.</numerusform>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيمة): الخطر {after} بدلًا من {before}.</numerusform>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيمتان): الخطر {after} بدلًا من {before}.</numerusform>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيم): الخطر {after} بدلًا من {before}.</numerusform>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيمة): الخطر {after} بدلًا من {before}.</numerusform>
            <numerusform>مقارنةً بالحالة المسجَّلة (تغيّرت %n قيمة): الخطر {after} بدلًا من {before}.</numerusform>
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
        <translation>{value} نقطة</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <source>{low}–{high} {unit}</source>
        <translation>من {low} إلى {high} {unit}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>غير مقيس</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
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
        <translation>نموذج توضيحي — ليس للاستخدام السريري</translation>
    </message>
    <message>
        <source>This package is signed with the public demonstration key. Do not use its output for any patient.</source>
        <translation>هذه الحزمة موقَّعة بمفتاح العرض التوضيحي العام. لا تستخدم مخرجاتها لأي مريض.</translation>
    </message>
</context>
</TS>
