<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AgreementExport</name>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="29"/>
        <location filename="../../ui/agreement/agreementexport.cpp" line="47"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="31"/>
        <source>Code points coded</source>
        <translation>کوڈ کیے گئے کوڈ پوائنٹس</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="32"/>
        <source>A</source>
        <translation>‏A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="33"/>
        <source>B</source>
        <translation>‏B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="34"/>
        <source>Both</source>
        <translation>دونوں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="35"/>
        <source>All</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="49"/>
        <source>Percent agreement as a share (0–1), Cohen&apos;s kappa, Krippendorff&apos;s unitized alpha; — where undefined</source>
        <translation>فیصد اتفاق بطور تناسب (0–1)، کوہن کا kappa، کرپینڈورف کا unitized alpha؛ — جہاں غیر متعین ہو</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="52"/>
        <source>Percent agreement</source>
        <translation>فیصد اتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="53"/>
        <source>Kappa</source>
        <translation>‏Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="54"/>
        <source>Alpha</source>
        <translation>‏Alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="67"/>
        <source>Dimension</source>
        <translation>جہت</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="69"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values; — where undefined</source>
        <translation>جہت کی قدروں پر کرپینڈورف کا cu-alpha؛ — جہاں غیر متعین ہو</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="71"/>
        <source>cu-alpha</source>
        <translation>‏cu-alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="114"/>
        <source>Inter-coder agreement: %1</source>
        <translation>کوڈرز کے درمیان اتفاق: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="115"/>
        <source>Counted in code points; each document is its own continuum.</source>
        <translation>کوڈ پوائنٹس میں شمار کیا گیا؛ ہر دستاویز اپنا الگ تسلسل ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="117"/>
        <source>Coders: %1</source>
        <translation>کوڈرز: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementexport.cpp" line="118"/>
        <source>Documents counted: %n</source>
        <translation>
            <numerusform>شمار شدہ دستاویزات: %n</numerusform>
            <numerusform>شمار شدہ دستاویزات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="121"/>
        <source>Mean agreement</source>
        <translation>اوسط اتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="122"/>
        <source>Mean dimensions</source>
        <translation>جہتوں کا اوسط</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="124"/>
        <source> (code points)</source>
        <translation> (کوڈ پوائنٹس)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="125"/>
        <source> (dimensions)</source>
        <translation> (جہتیں)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="141"/>
        <source>Disagreements on %1: %2 and %3</source>
        <translation>‏%1 پر اختلافات: %2 اور %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="144"/>
        <source>Disagreements</source>
        <translation>اختلافات</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="145"/>
        <source>Stretch</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="148"/>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="149"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="150"/>
        <source>A coded</source>
        <translation>‏A نے کوڈ کیا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="151"/>
        <source>B coded</source>
        <translation>‏B نے کوڈ کیا</translation>
    </message>
</context>
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="77"/>
        <source>speaker</source>
        <translation>بولنے والا</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="79"/>
        <source>live roster name</source>
        <translation>سیشن کی فہرست میں نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="81"/>
        <source>case name</source>
        <translation>کیس کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="83"/>
        <source>case description</source>
        <translation>کیس کی وضاحت</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="85"/>
        <source>document name</source>
        <translation>دستاویز کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="87"/>
        <source>document source file</source>
        <translation>دستاویز کی ماخذ فائل</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="89"/>
        <source>attribute name</source>
        <translation>وصف کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="91"/>
        <source>document attribute value</source>
        <translation>دستاویز کے وصف کی قدر</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="93"/>
        <source>case attribute value</source>
        <translation>کیس کے وصف کی قدر</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="95"/>
        <source>memo title</source>
        <translation>یادداشت کا عنوان</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="97"/>
        <source>memo text</source>
        <translation>یادداشت کا متن</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="99"/>
        <source>framework summary</source>
        <translation>فریم ورک کا خلاصہ</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="101"/>
        <source>code name</source>
        <translation>کوڈ کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="103"/>
        <source>code description</source>
        <translation>کوڈ کی وضاحت</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="105"/>
        <source>set name</source>
        <translation>مجموعے کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="107"/>
        <source>set description</source>
        <translation>مجموعے کی وضاحت</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="109"/>
        <source>coder name</source>
        <translation>کوڈر کا نام</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="111"/>
        <source>project property</source>
        <translation>پروجیکٹ کی خصوصیت</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="113"/>
        <source>live session title</source>
        <translation>براہِ راست سیشن کا عنوان</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="115"/>
        <source>live session place</source>
        <translation>براہِ راست سیشن کی جگہ</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="117"/>
        <source>live session facilitator</source>
        <translation>براہِ راست سیشن کا سہولت کار</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>flag note</source>
        <translation>نشان کا نوٹ</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="122"/>
        <source>draft speaker</source>
        <translation>مسودے کا بولنے والا</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="124"/>
        <source>draft text</source>
        <translation>مسودے کا متن</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="744"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="765"/>
        <source>Live session</source>
        <translation>براہِ راست سیشن</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="262"/>
        <source>Pseudonymise</source>
        <translation>فرضی نام دینا</translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation>نام اور شناخت ظاہر کرنے والے اوصاف چھپائیں</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
        <translation>بولنے والوں اور کیسوں کو ان کے کردار سے پکارا جاتا ہے (Interviewer 1، Participant 2)، اقتباسات میں بھی ان کے نام بدل دیے جاتے ہیں، شناخت ظاہر کرنے والے اوصاف شامل نہیں کیے جاتے، اور فائل کے شروع میں «Redacted export» لکھا ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>crosscut::render::Report</name>
    <message>
        <source>Total</source>
        <translation type="vanished">کل</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="vanished">کیس</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="vanished">اقتباسات</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="vanished">مقامات</translation>
    </message>
    <message>
        <source>Hat shifts</source>
        <translation type="vanished">ٹوپی کی تبدیلیاں</translation>
    </message>
    <message>
        <source>Bipolar dimensions by group</source>
        <translation type="vanished">گروہ کے لحاظ سے دو قطبی جہتیں</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">جہت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">گروہ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="vanished">کیس</translation>
    </message>
    <message>
        <source>Positioned quotes</source>
        <translation type="vanished">مقام والے اقتباسات</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">اوسط</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">پھیلاؤ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">کوڈ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">وضاحت</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="vanished">کوڈنگز</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="vanished">کوڈرز</translation>
    </message>
    <message>
        <source>Double-coded documents</source>
        <translation type="vanished">دوہری کوڈنگ والی دستاویزات</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation type="vanished">استعمال شدہ کوڈ</translation>
    </message>
    <message>
        <source>Mean percent</source>
        <translation type="vanished">اوسط فیصد</translation>
    </message>
    <message>
        <source>Mean kappa</source>
        <translation type="vanished">اوسط kappa</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="vanished">اوسط alpha</translation>
    </message>
    <message>
        <source>Per code</source>
        <translation type="vanished">ہر کوڈ</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="vanished">فیصد</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="vanished">‏Kappa</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="vanished">‏Alpha</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation type="vanished">ہر جہت</translation>
    </message>
    <message>
        <source>cu-alpha</source>
        <translation type="vanished">‏cu-alpha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">نوٹ</translation>
    </message>
    <message>
        <source>The network per wave</source>
        <translation type="vanished">ہر دور کا نیٹ ورک</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="vanished">پروجیکٹ: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">دستاویزات</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="vanished">میٹرکس</translation>
    </message>
    <message>
        <source>Conceptual-model matrix</source>
        <translation type="vanished">تصوراتی ماڈل کا میٹرکس</translation>
    </message>
    <message>
        <source>Heat map (row %)</source>
        <translation type="vanished">ہیٹ میپ (قطار %)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="vanished">چارٹس</translation>
    </message>
    <message>
        <source>Representative quotes</source>
        <translation type="vanished">نمائندہ اقتباسات</translation>
    </message>
    <message>
        <source>Positional profiles</source>
        <translation type="vanished">مقامی پروفائلز</translation>
    </message>
    <message>
        <source>Collaboration network</source>
        <translation type="vanished">تعاون کا نیٹ ورک</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="vanished">کوڈرز کے درمیان اتفاق</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation type="vanished">فریم ورک میٹرکس</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="vanished">کوڈ بُک</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementActions</name>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="19"/>
        <source>&amp;Agreement…</source>
        <translation>اتفاق… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="21"/>
        <source>Inter-coder agreement per code, the coders&apos; disagreements and their adjudication</source>
        <translation>ہر کوڈ کے لیے کوڈرز کے درمیان اتفاق، کوڈرز کے اختلافات اور ان کا فیصلہ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="31"/>
        <source>Agreement</source>
        <translation>اتفاق</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementView</name>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="50"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="63"/>
        <source>Check two or more coders to compare</source>
        <translation>موازنے کے لیے دو یا زیادہ کوڈرز منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="67"/>
        <source>The documents counted; none checked: all</source>
        <translation>شمار کی گئی دستاویزات؛ کوئی منتخب نہ ہو تو: سب</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="94"/>
        <source>Coders:</source>
        <translation>کوڈرز:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="97"/>
        <source>Documents:</source>
        <translation>دستاویزات:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="100"/>
        <source>Pair:</source>
        <translation>جوڑا:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="109"/>
        <source>Dimensions (cu-alpha over their values)</source>
        <translation>جہتیں (ان کی قدروں پر cu-alpha)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="211"/>
        <source>All documents</source>
        <translation>تمام دستاویزات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>‏%n دستاویز</numerusform>
            <numerusform>‏%n دستاویزات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="286"/>
        <source>Check two or more coders to compare their codings.</source>
        <translation>کوڈرز کی کوڈنگز کا موازنہ کرنے کے لیے دو یا زیادہ کوڈرز منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="308"/>
        <source>Mean over the pairs</source>
        <translation>جوڑوں کا اوسط</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="392"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>اختلافات دیکھنے کے لیے اتفاق کی جدول میں کوئی کوڈ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="397"/>
        <source>Choose a pair of coders to list their disagreements.</source>
        <translation>اختلافات دیکھنے کے لیے کوڈرز کا ایک جوڑا چنیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="421"/>
        <source>%1 — %n document(s), counted in code points.</source>
        <translation>
            <numerusform>‏%1 — %n دستاویز، کوڈ پوائنٹس میں شمار۔</numerusform>
            <numerusform>‏%1 — %n دستاویزات، کوڈ پوائنٹس میں شمار۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="424"/>
        <source>%n measure(s) undefined (—): hover one for why.</source>
        <translation>
            <numerusform>‏%n پیمانہ غیر متعین (—): وجہ جاننے کے لیے اس پر ماؤس لے جائیں۔</numerusform>
            <numerusform>‏%n پیمانے غیر متعین (—): وجہ جاننے کے لیے کسی ایک پر ماؤس لے جائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="429"/>
        <location filename="../../ui/agreement/agreementview.cpp" line="434"/>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="448"/>
        <source>Nothing to export.</source>
        <translation>برآمد کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="454"/>
        <source>Export agreement</source>
        <translation>اتفاق برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="455"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel ورک بک (*.xlsx);;CSV فائل (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeImport</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="28"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation>‏%1 خالی ہے؛ سرخی document,attribute,value متوقع تھی</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="38"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>‏%1 سطر 1: سرخی document,attribute,value[,type] یا case,attribute,value[,type] ہونی چاہیے</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="59"/>
        <source>Import attributes from %1</source>
        <translation>‏%1 سے اوصاف درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="63"/>
        <source>%1 line %2: %3</source>
        <translation>‏%1 سطر %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>«%1» نام کی کوئی دستاویز نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="70"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>«%1» نام کا کوئی کیس نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="72"/>
        <source>the attribute name is empty</source>
        <translation>وصف کا نام خالی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="77"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>قسم «%1» ان میں سے نہیں: text، number، date، category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="79"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation>وصف «%1» کی قسم %2 ہے</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» عدد نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«%1» تاریخ نہیں ہے (YYYY-MM-DD استعمال کریں)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation>شناخت ظاہر کرنے والا: شناخت چھپائی گئی برآمدات میں شامل نہیں۔ بدلنے کے لیے دائیں کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation>اسے شناخت ظاہر کرنے والا نشان زد کرنے کے لیے دائیں کلک کریں (شناخت چھپائی گئی برآمدات میں شامل نہیں ہوگا)۔</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation>🔒 %1 (%2، شناخت ظاہر کرنے والا)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AxisPicker</name>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="16"/>
        <source>Dimension</source>
        <translation>جہت</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation>وصف</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation>کوڈ کے راستے، کوما سے الگ</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::BoundaryDialog</name>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="25"/>
        <source>Edit boundaries</source>
        <translation>حدود میں ترمیم</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="44"/>
        <source>Document: %1</source>
        <translation>دستاویز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="45"/>
        <source>Start (code point):</source>
        <translation>آغاز (کوڈ پوائنٹ):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="46"/>
        <source>End (code point, not included):</source>
        <translation>اختتام (کوڈ پوائنٹ، شامل نہیں):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="80"/>
        <source>The start must come before the end.</source>
        <translation>آغاز اختتام سے پہلے ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation>وصف شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation>کیس شامل کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation>‏CSV درآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation>نئے وصف کا نام</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>سرخی document,attribute,value[,type] یا case,attribute,value[,type] والی CSV</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation>شناخت ظاہر کرنے والا (شناخت چھپائی گئی برآمدات میں شامل نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation>اوصاف شامل کرنے سے پہلے کوئی دستاویز درآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation>اوصاف شامل کرنے سے پہلے کوئی کیس شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation>کیس شامل کریں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation>کیس کا نام:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation>اوصاف درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation>کیس اور اوصاف</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation>کوڈز کے رنگ</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation>تصویر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation>بار چارٹ</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation>اسٹیکڈ بار چارٹ</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation>گروہی اوسط</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation>ہیٹ میپ</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>گروہی اوسط: قطاریں = کیس کا وصف، کالم = کوڈ یا کوئی جہت</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation>چارٹ:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation>بند: ایسا رنگ پیلیٹ جسے رنگوں میں فرق نہ کر سکنے والے قارئین بھی پہچان سکیں۔ آن: کوڈز کے اپنے رنگ، جہاں سب الگ الگ ہوں۔</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>چارٹ بنانے کے لیے میٹرکس پینل میں کوئی میٹرکس منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>گروہی اوسط کے لیے قطاریں = کیس کا وصف اور کالم = کوڈ یا کوئی جہت درکار ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation>فی کیس اوسط اقتباسات، بلحاظ %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation>فی کیس اوسط</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation>‏%1 لکھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation>‏%1 کے لیے تصویر انکوڈ نہیں کی جا سکتی</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation>چارٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG تصویر (*.png);;SVG خاکہ (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CloneDialog</name>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="23"/>
        <source>&amp;Encrypt my copy with a password or key file</source>
        <translation>میری نقل کو پاس ورڈ یا کلیدی فائل سے خفیہ کریں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="26"/>
        <location filename="../../ui/hub/clonedialog.cpp" line="87"/>
        <source>Clone from team server</source>
        <translation>ٹیم سرور سے کلون کریں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="27"/>
        <source>Makes your own copy of a team project. You code in it offline; it syncs with the server every minute while the server can be reached.</source>
        <translation>ٹیم پروجیکٹ کی آپ کی اپنی نقل بناتا ہے۔ آپ اس میں آف لائن کوڈ کرتے ہیں؛ جب تک سرور دستیاب ہو، یہ ہر منٹ سرور سے مطابقت پذیری کرتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="35"/>
        <source>The coder name your lead gave you on the server</source>
        <translation>کوڈر کا وہ نام جو آپ کے سربراہ نے سرور پر آپ کو دیا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="38"/>
        <source>Project &amp;name on the server:</source>
        <translation>سرور پر پروجیکٹ کا نام: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="39"/>
        <source>&amp;Coder name:</source>
        <translation>کوڈر کا نام: (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>براؤز کریں… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="44"/>
        <source>Save &amp;as:</source>
        <translation>اس نام سے محفوظ کریں: (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="53"/>
        <source>C&amp;lone</source>
        <translation>کلون کریں (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="81"/>
        <source>team-project</source>
        <translation>ٹیم-پروجیکٹ</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="89"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="126"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>ٹیم سرور کی کنکشن اسٹرنگ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="128"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>پاس ورڈ کنکشن اسٹرنگ میں شامل نہ کریں (ورنہ وہ پروجیکٹ میں محفوظ ہو جائے گا)؛ اسے پاس ورڈ کے خانے میں لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="131"/>
        <source>Name the project on the server.</source>
        <translation>سرور پر پروجیکٹ کا نام درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="133"/>
        <source>Give the coder name your lead gave you.</source>
        <translation>کوڈر کا وہ نام درج کریں جو آپ کے سربراہ نے آپ کو دیا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="135"/>
        <source>Choose where to save your copy.</source>
        <translation>چنیں کہ آپ کی نقل کہاں محفوظ کی جائے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="137"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>‏%1 پہلے سے موجود ہے؛ فائل کا نیا نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>فولڈر %1 موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="91"/>
        <source>Undefined</source>
        <translation>غیر متعین</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="95"/>
        <source>%1 of %2 code points coded by both</source>
        <translation>‏%2 میں سے %1 کوڈ پوائنٹس دونوں نے کوڈ کیے</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="97"/>
        <source>A dimension: its segments are those of all its values</source>
        <translation>ایک جہت: اس کے حصے اس کی تمام قدروں کے حصے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="113"/>
        <source>Code points (characters) coded</source>
        <translation>کوڈ کیے گئے کوڈ پوائنٹس (حروف)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="114"/>
        <source>Code points both coded or both left uncoded, of all code points</source>
        <translation>تمام کوڈ پوائنٹس میں سے وہ جو دونوں نے کوڈ کیے یا دونوں نے بغیر کوڈ چھوڑے</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="115"/>
        <source>Cohen&apos;s kappa per code point</source>
        <translation>ہر کوڈ پوائنٹ پر کوہن کا kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="116"/>
        <source>Krippendorff&apos;s unitized alpha</source>
        <translation>کرپینڈورف کا unitized alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="123"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A</source>
        <translation>‏A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A: %1</source>
        <translation>‏A: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B</source>
        <translation>‏B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B: %1</source>
        <translation>‏B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="126"/>
        <source>Both</source>
        <translation>دونوں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="127"/>
        <source>Percent</source>
        <translation>فیصد</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="128"/>
        <source>Kappa</source>
        <translation>‏Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="129"/>
        <source>Alpha</source>
        <translation>‏Alpha</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeNetworkView</name>
    <message>
        <location filename="../../ui/relations/codenetworkview.cpp" line="65"/>
        <source>No coded quotes yet.</source>
        <translation>ابھی تک کوئی کوڈ شدہ اقتباس نہیں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="232"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="233"/>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation>نیا کوڈ…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation>نیا ذیلی کوڈ…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation>نام بدلیں</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation>وضاحت…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>New memo on this code…</source>
        <translation>اس کوڈ پر نئی یادداشت…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Colour…</source>
        <translation>رنگ…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Keyboard shortcut…</source>
        <translation>کی بورڈ شارٹ کٹ…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Merge into…</source>
        <translation>اس میں ضم کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="99"/>
        <source>Delete…</source>
        <translation>حذف کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New sub-code</source>
        <translation>نیا ذیلی کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New code</source>
        <translation>نیا کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="201"/>
        <source>Delete code</source>
        <translation>کوڈ حذف کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="202"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>«%1» کو %n ذیلی کوڈ سمیت حذف کریں؟</numerusform>
            <numerusform>«%1» کو %n ذیلی کوڈز سمیت حذف کریں؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="203"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation>
            <numerusform>‏%n کوڈنگ ہٹا دی جائے گی، اور اقتباسات بغیر کوڈ کے رہ جائیں گے۔ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
            <numerusform>‏%n کوڈنگز ہٹا دی جائیں گی، اور اقتباسات بغیر کوڈ کے رہ جائیں گے۔ آپ اسے کالعدم کر سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="276"/>
        <source>Description of “%1”</source>
        <translation>«%1» کی وضاحت</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="277"/>
        <source>What this code means, and when to apply it:</source>
        <translation>اس کوڈ کا مطلب کیا ہے، اور اسے کب لگانا ہے:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="225"/>
        <source>Merge code</source>
        <translation>کوڈ ضم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="226"/>
        <source>Merge “%1” into:</source>
        <translation>«%1» کو اس میں ضم کریں:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="238"/>
        <source>Code colour</source>
        <translation>کوڈ کا رنگ</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation>کوڈنگ کون کر رہا ہے؟</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation>آپ کا نام آپ کی ہر کوڈنگ اور یادداشت پر درج ہوتا ہے، تاکہ ٹیم کی کوڈنگز الگ پہچانی جا سکیں اور ان کا موازنہ ہو سکے۔ آپ اسے بعد میں ترمیم ← ترتیبات میں یا اسٹیٹس بار میں اس پر کلک کر کے بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation>آپ کا نام یا ابتدائی حروف</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation>کوڈرز کا موازنہ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation>موازنہ:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation>کوڈنگز اسی نام سے درج ہوتی ہیں۔ بدلنے کے لیے کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation>کوڈر: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation>کوڈرز (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation>تمام کوڈرز (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation>صرف میرے (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation>ایک کوڈر (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation>کوڈرز کا موازنہ کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation>ہر کوڈر کی کوڈنگز دکھاتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation>صرف موجودہ کوڈر کی کوڈنگز دکھاتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation>ہر کوڈر کی کوڈنگز ساتھ ساتھ دکھاتا ہے، ہر کوڈر کا الگ رنگ</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation>ابھی تک کسی کوڈر نے کوڈ نہیں کیا</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation>یہ %1 کے لیے نابینا (دوسروں کا کام چھپا ہوا) نقل ہے: صرف %1 کی کوڈنگز دکھائی جاتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation>کوئی دستاویز کھولیں اور کوڈ کرنے کے لیے متن منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation>پہلے کوڈ کرنے کے لیے متن منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation>یہ کوڈ کسی جہت کی قدر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
        <source>No recent code %1.</source>
        <translation>کوئی حالیہ کوڈ %1 نہیں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="26"/>
        <source>(deleted)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="46"/>
        <source>&amp;Restore the other version</source>
        <translation>دوسرا ورژن بحال کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="49"/>
        <source>Team conflicts</source>
        <translation>ٹیم کے تنازعات</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="50"/>
        <source>Two members changed the same thing before either had synced. The later change on the server won; the other is kept here. Restoring it makes it the current version for everyone at your next sync.</source>
        <translation>دو ارکان نے مطابقت پذیری سے پہلے ہی ایک ہی چیز بدل دی۔ سرور پر بعد والی تبدیلی غالب رہی؛ دوسری یہاں محفوظ ہے۔ اسے بحال کرنے سے آپ کی اگلی مطابقت پذیری پر یہ سب کے لیے موجودہ ورژن بن جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: by</source>
        <translation>برقرار: کس نے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: value</source>
        <translation>برقرار: قدر</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: by</source>
        <translation>الگ رکھی گئی: کس نے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: value</source>
        <translation>الگ رکھی گئی: قدر</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="94"/>
        <source>Asking the server…</source>
        <translation>سرور سے پوچھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="100"/>
        <source>This project is not linked to a team server.</source>
        <translation>یہ پروجیکٹ کسی ٹیم سرور سے منسلک نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="135"/>
        <source> (restored)</source>
        <translation> (بحال شدہ)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="140"/>
        <source>No conflicts: no two members changed the same thing at once.</source>
        <translation>کوئی تنازع نہیں: کسی دو ارکان نے ایک ہی وقت میں ایک ہی چیز نہیں بدلی۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="153"/>
        <source>Select a conflict first</source>
        <translation>پہلے کوئی تنازع منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="154"/>
        <source>Makes the set-aside value the current one</source>
        <translation>الگ رکھی گئی قدر کو موجودہ قدر بنا دیتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="155"/>
        <source>This version has been restored already</source>
        <translation>یہ ورژن پہلے ہی بحال ہو چکا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="165"/>
        <source>Not restored: %1</source>
        <translation>بحال نہیں ہوا: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConnectionFields</name>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="14"/>
        <source>A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…</source>
        <translation>‏PostgreSQL کنکشن اسٹرنگ: host=… port=… dbname=… user=…، یا postgresql://…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="18"/>
        <source>empty: from ~/.pgpass</source>
        <translation>خالی: ‎~/.pgpass سے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="19"/>
        <source>Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass.</source>
        <translation>صرف اسی کنکشن کے لیے استعمال ہوتا ہے؛ کبھی محفوظ نہیں ہوتا۔ خودکار مطابقت پذیری کے لیے اسے ‎~/.pgpass میں رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="20"/>
        <source>&amp;Server:</source>
        <translation>سرور: (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>پاس ورڈ: (&amp;W)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DimensionAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="51"/>
        <source>Undefined</source>
        <translation>غیر متعین</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="62"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values</source>
        <translation>جہت کی قدروں پر کرپینڈورف کا cu-alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>Dimension</source>
        <translation>جہت</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>cu-alpha</source>
        <translation>‏cu-alpha</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementModel</name>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="22"/>
        <source>nothing</source>
        <translation>کچھ نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="43"/>
        <source>A only</source>
        <translation>صرف A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="44"/>
        <source>B only</source>
        <translation>صرف B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="45"/>
        <source>Boundary</source>
        <translation>حدود</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="53"/>
        <source>Accepted A</source>
        <translation>‏A قبول کیا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="54"/>
        <source>Accepted B</source>
        <translation>‏B قبول کیا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="55"/>
        <source>Accepted both</source>
        <translation>دونوں قبول کیے</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="56"/>
        <source>Edited</source>
        <translation>ترمیم شدہ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="57"/>
        <source>Rejected</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="86"/>
        <source>Unsettled</source>
        <translation>فیصلہ باقی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="98"/>
        <source>Code points %1 to %2 (%n code point(s))</source>
        <translation>
            <numerusform>کوڈ پوائنٹس %1 سے %2 تک (%n کوڈ پوائنٹ)</numerusform>
            <numerusform>کوڈ پوائنٹس %1 سے %2 تک (%n کوڈ پوائنٹس)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="100"/>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="101"/>
        <source>%1 coded %2</source>
        <translation>‏%1 نے %2 کوڈ کیا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="104"/>
        <source>The consensus codes %1 (decided %2)</source>
        <translation>اتفاقِ رائے %1 کوڈ کرتا ہے (فیصلہ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="105"/>
        <source>No decision yet</source>
        <translation>ابھی کوئی فیصلہ نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="125"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="126"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="127"/>
        <source>Span</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A</source>
        <translation>‏A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A: %1</source>
        <translation>‏A: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B</source>
        <translation>‏B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B: %1</source>
        <translation>‏B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="130"/>
        <source>Decision</source>
        <translation>فیصلہ</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementsPanel</name>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="27"/>
        <source>Accept &amp;A</source>
        <translation>‏A قبول کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept &amp;B</source>
        <translation>‏B قبول کریں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept b&amp;oth</source>
        <translation>دونوں قبول کریں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Edit boundaries…</source>
        <translation>حدود میں ترمیم… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Reject</source>
        <translation>مسترد کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Adopt a&amp;greed codings</source>
        <translation>متفقہ کوڈنگز اپنائیں (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="71"/>
        <source>The consensus codes the whole stretch</source>
        <translation>اتفاقِ رائے پورا حصہ کوڈ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="72"/>
        <source>The consensus codes nothing of the stretch: it is settled as not this code</source>
        <translation>اتفاقِ رائے اس حصے میں کچھ کوڈ نہیں کرتا: فیصلہ یہ ہے کہ یہ یہ کوڈ نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="73"/>
        <source>The consensus codes a span you give, in code points</source>
        <translation>اتفاقِ رائے وہ حصہ کوڈ کرتا ہے جو آپ کوڈ پوائنٹس میں دیں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="74"/>
        <source>Codes every stretch both coders coded alike for the consensus coder</source>
        <translation>ہر وہ حصہ جو دونوں کوڈرز نے یکساں کوڈ کیا، اتفاقِ رائے کے کوڈر کے لیے کوڈ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="75"/>
        <source>The coder the decisions are written to; pick it as a coder above to compare with it</source>
        <translation>وہ کوڈر جس کے نام فیصلے لکھے جاتے ہیں؛ اس سے موازنے کے لیے اسے اوپر کوڈر کے طور پر منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="91"/>
        <source>Consensus coder:</source>
        <translation>اتفاقِ رائے کا کوڈر:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="119"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>اختلافات دیکھنے کے لیے اتفاق کی جدول میں کوئی کوڈ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="142"/>
        <source>Disagreements on %1 — A: %2, B: %3</source>
        <translation>‏%1 پر اختلافات — A: %2، B: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="215"/>
        <source>%1 and %2 agree everywhere on this code.</source>
        <translation>‏%1 اور %2 اس کوڈ پر ہر جگہ متفق ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="238"/>
        <source>%1 of %2 settled</source>
        <translation>‏%2 میں سے %1 کا فیصلہ ہو چکا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>The consensus codes what %1 coded</source>
        <translation>اتفاقِ رائے وہ کوڈ کرتا ہے جو %1 نے کوڈ کیا</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <source>A</source>
        <translation>‏A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>B</source>
        <translation>‏B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="283"/>
        <source>Select a disagreement first.</source>
        <translation>پہلے کوئی اختلاف منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="291"/>
        <source>%1: code points %2–%3 of %4</source>
        <translation>‏%1: %4 کے کوڈ پوائنٹس %2–%3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="310"/>
        <source>Choose a code and a pair of coders first.</source>
        <translation>پہلے ایک کوڈ اور کوڈرز کا ایک جوڑا چنیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="315"/>
        <source>Adopted %n agreed coding(s) for %1.</source>
        <translation>
            <numerusform>‏%1 کے لیے %n متفقہ کوڈنگ اپنائی گئی۔</numerusform>
            <numerusform>‏%1 کے لیے %n متفقہ کوڈنگز اپنائی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="329"/>
        <source>Open a project first.</source>
        <translation>پہلے کوئی پروجیکٹ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="338"/>
        <source>Export disagreements</source>
        <translation>اختلافات برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="339"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel ورک بک (*.xlsx);;CSV فائل (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="176"/>
        <source>%1
%n code point(s)</source>
        <translation>
            <numerusform>‏%1
%n حرف</numerusform>
            <numerusform>‏%1
%n حروف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="193"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="194"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="195"/>
        <source>Speakers</source>
        <translation>بولنے والے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="196"/>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>دستاویزات چھانیں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentView</name>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="551"/>
        <source>p. %1</source>
        <comment>page of a PDF document</comment>
        <translation>ص %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="738"/>
        <source>Memo on quote…</source>
        <translation>اقتباس پر یادداشت…</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="27"/>
        <source>&amp;Export</source>
        <translation>برآمد (&amp;E)</translation>
    </message>
    <message>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="vanished">جائزے کی رپورٹ (PDF، ODT، HTML، XLSX)… (&amp;R)</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="vanished">PDF (*.pdf);;OpenDocument متن (*.odt);;ویب صفحہ (*.html *.htm);;Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Evaluation &amp;report…</source>
        <translation>جائزے کی رپورٹ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>‏REFI-QDA پروجیکٹ (.qdpx)… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA پروجیکٹس (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>کوڈ بُک (.qdc)… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA کوڈ بُکس (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>کوڈنگز (CSV)… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="99"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="109"/>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="98"/>
        <source>Open a project first.</source>
        <translation>پہلے کوئی پروجیکٹ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="107"/>
        <source>Cannot export %1: %2</source>
        <translation>‏%1 برآمد نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1</source>
        <translation>‏%1 برآمد ہو گیا</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1 (redacted)</source>
        <translation>‏%1 برآمد ہو گیا (شناخت چھپا کر)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::FrameworkPanel</name>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="53"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="59"/>
        <source>Save summary</source>
        <translation>خلاصہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="62"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="63"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="74"/>
        <source>Double-click a quote to open it in its document</source>
        <translation>کسی اقتباس کو اس کی دستاویز میں کھولنے کے لیے اس پر دو بار کلک کریں</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="75"/>
        <source>What does this row say about this code? Write the summary here.</source>
        <translation>یہ قطار اس کوڈ کے بارے میں کیا کہتی ہے؟ خلاصہ یہاں لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="80"/>
        <source>Rows:</source>
        <translation>قطاریں:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="83"/>
        <source>Columns:</source>
        <translation>کالم:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="91"/>
        <source>Quotes:</source>
        <translation>اقتباسات:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="93"/>
        <source>Summary:</source>
        <translation>خلاصہ:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="96"/>
        <source>Earlier versions:</source>
        <translation>پرانے ورژن:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="179"/>
        <source>Choose a dimension, or list codes, for the columns.</source>
        <translation>کالموں کے لیے کوئی جہت چنیں، یا کوڈز کی فہرست دیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="196"/>
        <source>%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). Select a cell to read its quotes and write its summary.</source>
        <translation>‏%1 × %2: %4 میں سے %3 خانوں کا خلاصہ لکھا گیا، %5 خلا (سرمئی رنگ: نہ اقتباسات، نہ خلاصہ)۔ کسی خانے کے اقتباسات پڑھنے اور اس کا خلاصہ لکھنے کے لیے اسے منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="230"/>
        <source>gap</source>
        <translation>خلا</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>1 quote</source>
        <translation>‏1 اقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>%1 quotes</source>
        <translation>‏%1 اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="241"/>
        <source>%1 — not summarised yet</source>
        <translation>‏%1 — ابھی خلاصہ نہیں لکھا گیا</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="275"/>
        <source>Select a cell.</source>
        <translation>کوئی خانہ منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="293"/>
        <source>No quote of this row carries this code.</source>
        <translation>اس قطار کے کسی اقتباس پر یہ کوڈ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="305"/>
        <source>(cleared)</source>
        <translation>(صاف کر دیا گیا)</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="353"/>
        <source>There is no framework matrix to export.</source>
        <translation>برآمد کرنے کے لیے کوئی فریم ورک میٹرکس نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="360"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="362"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="365"/>
        <source>Export framework matrix</source>
        <translation>فریم ورک میٹرکس برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="361"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>Excel ورک بک (*.xlsx);;Word دستاویز (*.docx);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="27"/>
        <source>&amp;Blind: leave out other coders&apos; work</source>
        <translation>نابینا: دوسرے کوڈرز کا کام شامل نہ کریں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation>نقل کو خفیہ کریں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation>کوڈر کی نقل حوالے کریں</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation>ایک کوڈر کے لیے اس پروجیکٹ کی نقل: کوڈ بُک اور منتخب دستاویزات۔ اس کا کام فائل ← پروجیکٹ ضم کریں… سے واپس ضم ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation>نقل میں دوسرے کوڈرز کی کوئی کوڈنگ یا یادداشت نہیں ہوتی، اور یہ صرف اپنے کوڈر کا کام دکھاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation>نقل صرف اپنے پاس ورڈ (جو آگے پوچھا جائے گا) یا کلیدی فائل سے کھلتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation>براؤز کریں… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation>نقل لکھیں (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation>کوڈر: (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation>دستاویزات: (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation>اس نام سے محفوظ کریں: (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation>کوڈر</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation>اس کوڈر کا نام دیں جس کے لیے نقل ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation>کم از کم ایک دستاویز چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation>نقل محفوظ کرنے کی جگہ چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>‏%1 پہلے سے موجود ہے؛ فائل کا نیا نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation>نقل خود پروجیکٹ کی جگہ نہیں لے سکتی۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
        <translation>یہ پروجیکٹ خفیہ کردہ ہے، لیکن نقل نہیں ہوگی: جو بھی %1 پڑھ سکے وہ اس کا مواد پڑھ سکتا ہے۔ پھر بھی اسے بغیر خفیہ کیے لکھیں؟</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation>دکھانے کو کچھ نہیں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubActions</name>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="34"/>
        <source>&amp;Team</source>
        <translation>ٹیم (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="37"/>
        <source>&amp;Publish to team server…</source>
        <translation>ٹیم سرور پر شائع کریں… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="40"/>
        <source>&amp;Clone from team server…</source>
        <translation>ٹیم سرور سے کلون کریں… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="42"/>
        <source>Makes your own copy of a team project, synced with its server</source>
        <translation>ٹیم پروجیکٹ کی آپ کی اپنی نقل بناتا ہے، جو اس کے سرور سے مطابقت پذیر رہتی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="45"/>
        <source>&amp;Sync now</source>
        <translation>ابھی مطابقت پذیری کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="48"/>
        <source>Team &amp;status…</source>
        <translation>ٹیم کی صورتحال… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="51"/>
        <source>C&amp;onflicts…</source>
        <translation>تنازعات… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="65"/>
        <source>Open the project to publish first</source>
        <translation>پہلے وہ پروجیکٹ کھولیں جسے شائع کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="66"/>
        <source>This project is a copy of %1 on a team server already</source>
        <translation>یہ پروجیکٹ پہلے ہی ٹیم سرور پر %1 کی نقل ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="67"/>
        <source>Uploads this project to a team server; you become its lead</source>
        <translation>یہ پروجیکٹ ٹیم سرور پر اپ لوڈ کرتا ہے؛ آپ اس کے سربراہ بن جاتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="68"/>
        <source>This project is not a copy from a team server (Team → Clone or Publish)</source>
        <translation>یہ پروجیکٹ کسی ٹیم سرور سے لی گئی نقل نہیں ہے (ٹیم ← کلون یا شائع کریں)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="69"/>
        <source>Open a project cloned from a team server first</source>
        <translation>پہلے ٹیم سرور سے کلون کیا گیا پروجیکٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="74"/>
        <source>Sends your changes and fetches your teammates&apos; (also done every minute)</source>
        <translation>آپ کی تبدیلیاں بھیجتا ہے اور ٹیم کے ساتھیوں کی تبدیلیاں لاتا ہے (یہ ہر منٹ خود بھی ہوتا ہے)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="75"/>
        <source>Server, role, changes to send, members</source>
        <translation>سرور، کردار، بھیجی جانے والی تبدیلیاں، ارکان</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="78"/>
        <source>Changes that lost to a teammate&apos;s, to review and restore</source>
        <translation>وہ تبدیلیاں جن پر ٹیم کے کسی ساتھی کی تبدیلی غالب آ گئی، جائزے اور بحالی کے لیے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="79"/>
        <source>Only the lead reviews conflicts; the codebook is the lead&apos;s</source>
        <translation>تنازعات کا جائزہ صرف سربراہ لیتا ہے؛ کوڈ بُک سربراہ کی ذمہ داری ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="87"/>
        <source>Team server</source>
        <translation>ٹیم سرور</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="137"/>
        <source>The project was not published: %1</source>
        <translation>پروجیکٹ شائع نہیں ہوا: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="142"/>
        <source>Published %1 to the team server: %n row(s).</source>
        <translation>
            <numerusform>‏%1 ٹیم سرور پر شائع ہو گیا: %n قطار۔</numerusform>
            <numerusform>‏%1 ٹیم سرور پر شائع ہو گیا: %n قطاریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="174"/>
        <source>Nothing was cloned: %1</source>
        <translation>کچھ کلون نہیں ہوا: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="179"/>
        <source>Cloned %1 into %2: %n operation(s).</source>
        <translation>
            <numerusform>‏%1 کو %2 میں کلون کیا گیا: %n آپریشن۔</numerusform>
            <numerusform>‏%1 کو %2 میں کلون کیا گیا: %n آپریشنز۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="222"/>
        <source>Restored: it goes to the team at the next sync.</source>
        <translation>بحال ہو گیا: یہ اگلی مطابقت پذیری پر ٹیم کو بھیج دیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubSession</name>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="17"/>
        <source>%1 on %2</source>
        <translation>‏%2 پر %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="64"/>
        <source>Team: %n change(s) from teammates applied.</source>
        <translation>
            <numerusform>ٹیم: ساتھیوں کی %n تبدیلی لاگو ہوئی۔</numerusform>
            <numerusform>ٹیم: ساتھیوں کی %n تبدیلیاں لاگو ہوئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="66"/>
        <source>Team: %n of your change(s) lost to a teammate&apos;s; the lead can review them in Team → Conflicts.</source>
        <translation>
            <numerusform>ٹیم: آپ کی %n تبدیلی پر ٹیم کے کسی ساتھی کی تبدیلی غالب آ گئی؛ سربراہ اسے ٹیم ← تنازعات میں دیکھ سکتا ہے۔</numerusform>
            <numerusform>ٹیم: آپ کی %n تبدیلیوں پر ٹیم کے ساتھیوں کی تبدیلیاں غالب آ گئیں؛ سربراہ انہیں ٹیم ← تنازعات میں دیکھ سکتا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="69"/>
        <source>the sync failed</source>
        <translation>مطابقت پذیری ناکام ہو گئی</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="72"/>
        <source>Team sync failed: %1</source>
        <translation>ٹیم کی مطابقت پذیری ناکام: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="47"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>‏REFI-QDA پروجیکٹ درآمد کریں (.qdpx/.qdc)… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="50"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>کوڈ بُک درآمد کریں (.qdc)… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="58"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="126"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="151"/>
        <source>Import REFI-QDA project</source>
        <translation>‏REFI-QDA پروجیکٹ درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="61"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>‏%1 پہلے سے موجود ہے؛ درآمد شدہ پروجیکٹ کے لیے فائل کا نیا نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="65"/>
        <source>Cannot create %1: %2</source>
        <translation>‏%1 بنایا نہیں جا سکتا: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="75"/>
        <source>Import cancelled: %n source(s) have no text in the archive.</source>
        <translation>
            <numerusform>درآمد منسوخ: آرکائیو میں %n ماخذ کا کوئی متن نہیں ہے۔</numerusform>
            <numerusform>درآمد منسوخ: آرکائیو میں %n ماخذوں کا کوئی متن نہیں ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="92"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="113"/>
        <source>Cannot import %1: %2</source>
        <translation>‏%1 درآمد نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="99"/>
        <source>Created %1 from %2.</source>
        <translation>‏%2 سے %1 بنایا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="143"/>
        <source>Import codebook</source>
        <translation>کوڈ بُک درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="108"/>
        <source>Open a project first.</source>
        <translation>پہلے کوئی پروجیکٹ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>موجودہ کوڈ برقرار رکھے گئے؛ فرق اوپر درج ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="127"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>REFI-QDA پروجیکٹس اور کوڈ بُکس (*.qdpx *.qdc);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="132"/>
        <source>New project from %1</source>
        <translation>‏%1 سے نیا پروجیکٹ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="133"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="144"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA کوڈ بُکس (*.qdc);;تمام فائلیں (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="152"/>
        <source>%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.</source>
        <translation>
            <numerusform>‏%1 میں %n ماخذ میں ایسا کوئی متن نہیں جو Crosscut پڑھ سکے، اس لیے اسے درآمد نہیں کیا جا سکتا۔</numerusform>
            <numerusform>‏%1 میں %n ماخذوں میں ایسا کوئی متن نہیں جو Crosscut پڑھ سکے، اس لیے انہیں درآمد نہیں کیا جا سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="157"/>
        <source>Import everything else (codes, the other sources and their quotes, cases, memos) without them?</source>
        <translation>باقی سب کچھ (کوڈ، دیگر ماخذ اور ان کے اقتباسات، کیس، یادداشتیں) ان کے بغیر درآمد کریں؟</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="160"/>
        <source>Import what is there</source>
        <translation>جو موجود ہے وہ درآمد کریں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::KwicPanel</name>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="55"/>
        <source>Whole words only</source>
        <translation>صرف مکمل الفاظ</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="57"/>
        <source>Show in context</source>
        <translation>سیاق میں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="62"/>
        <source>Code sentences</source>
        <translation>جملے کوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="66"/>
        <source>A word or phrase (advoca finds advocacy, advocates …)</source>
        <translation>کوئی لفظ یا فقرہ (حمای سے حمایت، حمایتی … ملتے ہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="69"/>
        <source> characters</source>
        <translation> حروف</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="70"/>
        <source>Context shown either side of each hit</source>
        <translation>ہر نتیجے کے دونوں طرف دکھایا جانے والا سیاق</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Left context</source>
        <translation>پہلے کا سیاق</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Keyword</source>
        <translation>کلیدی لفظ</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Right context</source>
        <translation>بعد کا سیاق</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="92"/>
        <source>Context</source>
        <translation>سیاق</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="97"/>
        <source>Code the selected hits&apos; sentences with</source>
        <translation>منتخب نتائج کے جملے اس کوڈ سے کوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="221"/>
        <source>Type a word or phrase and press Enter.</source>
        <translation>کوئی لفظ یا فقرہ لکھیں اور Enter دبائیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>اب تک %n نتیجہ …</numerusform>
            <numerusform>اب تک %n نتائج …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>‏%n نتیجہ</numerusform>
            <numerusform>‏%n نتائج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="227"/>
        <source>%n selected</source>
        <translation>
            <numerusform>‏%n منتخب</numerusform>
            <numerusform>‏%n منتخب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="240"/>
        <source>Select the hits to code.</source>
        <translation>کوڈ کرنے کے لیے نتائج منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="249"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>‏%1 کے ساتھ %n نئی کوڈنگ</numerusform>
            <numerusform>‏%1 کے ساتھ %n نئی کوڈنگز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation>براہِ راست سیشن — %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="123"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Pause (Ctrl+P)</source>
        <translation>وقفہ (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="126"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation>⚑ نشان لگائیں (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation>جو کہا جا رہا ہے لکھیں؛ Enter محفوظ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation>■ سیشن ختم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation>گھڑی روکتا ہے اور یہ ونڈو بند کرتا ہے۔ سیشن ← براہِ راست سیشن دوبارہ شروع کریں اسے جاری رکھتا ہے؛ درمیان کا وقت وقفے کے طور پر درج ہوتا ہے، گنا نہیں جاتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation>اس نشان کا نوٹ (اختیاری): Enter نشان لگاتا ہے، Esc منسوخ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation>نیا شریک:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation>فرضی نام: Enter انہیں اگلے Alt+ہندسے پر شامل کرتا ہے، Esc منسوخ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation>‏Shift+کلید آخری بیان کو کوڈ کرتی ہے · وہی کلید دوبارہ کوڈ ہٹاتی ہے · کسی چِپ پر دائیں کلک اسے ہٹاتا ہے · Ctrl+Z آخری براہِ راست عمل کالعدم کرتا ہے · Ctrl+N: کوئی شریک شامل ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation>+ شریک (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation>کوئی نشان نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation>کوئی شریک شامل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation>کسی شریک کی کلید Alt+%1 نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation>‏%1 کا اس سیشن کی براہِ راست کوڈ بُک میں کوئی کوڈ نہیں (اندراج کے خانے کے اوپر کلیدیں دیکھیں)۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation>کوڈ کرنے کے لیے ابھی کچھ محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation>کوڈنگ «%1» ہٹا دی گئی (Ctrl+Z اسے واپس لاتا ہے)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation>اس بیان سے کوڈنگ «%1» ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation>‏%1 شامل ہوئے (کوئی کلید باقی نہیں: ان کے نام پر کلک کریں)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation>‏%1 شامل ہوئے: Alt+%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation>کالعدم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation>جاری رکھیں (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;اس بیان پر ابھی کوئی کوڈ نہیں&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation>محفوظ کرنے پر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation>مسودہ محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>پروجیکٹ ڈسک پر محفوظ نہیں ہو سکا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="708"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation>‏%1 کے لیے ریکارڈنگ ونڈو بند رہی — سیشن کے وقت میں شمار نہیں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation>دیگر کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation>کوئی براہِ راست کوڈ بُک نہیں: سیشن کے بعد ورک بینچ میں کوڈ کریں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="37"/>
        <source>Start live session</source>
        <translation>براہِ راست سیشن شروع کریں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="44"/>
        <source>speaks on Alt+0</source>
        <translation>‏Alt+0 پر بولتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Title</source>
        <translation>عنوان (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Date</source>
        <translation>تاریخ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Place</source>
        <translation>جگہ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="49"/>
        <source>&amp;Facilitator</source>
        <translation>سہولت کار (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation>&lt;b&gt;شرکا کی فہرست&lt;/b&gt; — ہر بولنے والے کی کلید Alt+ہندسہ ہے؛ کسی کو شامل کرنے کے لیے آخری قطار میں نام لکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Pseudonym</source>
        <translation>فرضی نام</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Attributes</source>
        <translation>اوصاف</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="62"/>
        <source>Load roster &amp;CSV…</source>
        <translation>فہرست CSV سے لوڈ کریں… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>Roster CSV</source>
        <translation>شرکا کی فہرست CSV</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="69"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation>‏UTF-8 میں CSV جس کی پہلی سطر &lt;tt&gt;pseudonym,key,…&lt;/tt&gt; ہو؛ کلید خالی ہو سکتی ہے (اگلا خالی ہندسہ دیا جاتا ہے)؛ باقی کالم کیس کے اوصاف بن جاتے ہیں:&lt;pre&gt;pseudonym,key,جن کی خدمت کی جاتی ہے
عائشہ,1,جنسی کارکن
روی,,منشیات استعمال کرنے والے افراد&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="77"/>
        <source>…or add existing cases:</source>
        <translation>…یا موجودہ کیس شامل کریں:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="86"/>
        <source>Add checked &amp;cases</source>
        <translation>نشان زد کیس شامل کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation>&lt;b&gt;براہِ راست کوڈ بُک&lt;/b&gt; — وہ جہتیں نشان زد کریں جنہیں براہِ راست کوڈ کرنا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="133"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation>نشان زد جہتوں کی قدریں اسی ترتیب سے کلیدوں پر آتی ہیں جس میں انہیں نشان زد کیا گیا: F1…F12، پھر Ctrl+1…Ctrl+9 (کوئی جہت ان کے درمیان کبھی تقسیم نہیں ہوتی)۔ اس کے بعد کوئی بھی کلید دائیں جانب بدلی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="141"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation>کلید ← کوڈ (Shift+کلید: آخری بیان)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="380"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation>کم از کم ایک شریک شامل کریں: فہرست میں نام لکھیں، فہرست CSV لوڈ کریں یا کیس نشان زد کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="145"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live/livesetupdialog.cpp" line="108"/>
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>‏%1 (%n قدر)</numerusform>
            <numerusform>‏%1 (%n قدریں)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="150"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="174"/>
        <source>Start session</source>
        <translation>سیشن شروع کریں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="213"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation>‏%1 خالی کلیدوں پر پورا نہیں آتا؛ پہلے کسی اور جہت کا نشان ہٹائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="233"/>
        <source>Facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="285"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation>«%1» پہلے سے فہرست میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="356"/>
        <source>facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="363"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation>شریک شامل کرنے کے لیے فرضی نام لکھیں اور Enter دبائیں</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="365"/>
        <source>(next)</source>
        <translation>(اگلی)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="376"/>
        <source>Give the session a title.</source>
        <translation>سیشن کو عنوان دیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="378"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>«%1» نام کی دستاویز پہلے سے موجود ہے۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Codebook</source>
        <translation>کوڈ بُک</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Analysis</source>
        <translation>تجزیہ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Encrypted</source>
        <translation>خفیہ کردہ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation>یہ پروجیکٹ خفیہ کردہ ہے: یہ صرف اپنے پاس ورڈ یا کلیدی فائل سے کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New project</source>
        <translation>نیا پروجیکٹ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>From the &amp;intersectional template…</source>
        <translation>انٹرسیکشنل سانچے سے… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>Intersectional template in &amp;another language</source>
        <translation>کسی اور زبان میں انٹرسیکشنل سانچہ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Empty…</source>
        <translation>خالی… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>کھولیں… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>Open &amp;recent</source>
        <translation>حالیہ کھولیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>ڈیمو پروجیکٹ کھولیں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;Import documents…</source>
        <translation>دستاویزات درآمد کریں… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;Encrypt project…</source>
        <translation>پروجیکٹ خفیہ کریں… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation>پروجیکٹ فائل کو پاس ورڈ یا کلیدی فائل سے خفیہ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>Change &amp;password…</source>
        <translation>پاس ورڈ بدلیں… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="215"/>
        <source>&amp;Close project</source>
        <translation>پروجیکٹ بند کریں (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>باہر نکلیں (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>ترمیم (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="224"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo</source>
        <translation>کالعدم کریں (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="228"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Apply &amp;code…</source>
        <translation>کوڈ لگائیں… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation>ترتیبات… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Codes</source>
        <translation>کوڈ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;Tools</source>
        <translation>اوزار (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Check project integrity…</source>
        <translation>پروجیکٹ کی سالمیت جانچیں… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation>پروجیکٹ فائل اور اس میں ہر اقتباس، کوڈنگ اور متن کی ہر جگہ کو جانچتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Pseudonymise…</source>
        <translation>فرضی نام دیں… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation>پورے پروجیکٹ میں اصل نام فرضی ناموں سے بدل دیتا ہے، ناقابلِ واپسی طور پر</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation>پہلے براہِ راست سیشن ختم کریں: ریکارڈنگ ونڈو کھلی ہو تو ناموں کو فرضی نام نہیں دیے جا سکتے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation>
            <numerusform>فرضی نام دیے گئے: %n تبدیلی؛ تاریخچہ مٹا دیا گیا</numerusform>
            <numerusform>فرضی نام دیے گئے: %n تبدیلیاں؛ تاریخچہ مٹا دیا گیا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>&amp;Session</source>
        <translation>سیشن (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard coding</source>
        <translation>کی بورڈ سے کوڈنگ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Keyboard coding</source>
        <translation>کی بورڈ سے کوڈنگ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>متن منتخب کریں، پھر:
• کسی کوڈ کا شارٹ کٹ، یا Ctrl+K اور اس کے نام کا کچھ حصہ لکھ کر Enter
• 1–9: حالیہ کوڈ
• فوری ٹیگنگ کی پٹی میں کسی قدر پر کلک، ہر جہت کے لیے ایک بار
Alt+Shift+←/→ موجودہ اقتباس کا آخر کھسکاتا ہے، Ctrl+Alt+Shift+←/→ اس کا آغاز۔
Ctrl+Z کالعدم کرتا ہے، Ctrl+Shift+Z دوبارہ کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>&amp;About Crosscut</source>
        <translation>‏Crosscut کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>About Crosscut</source>
        <translation>‏Crosscut کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;انٹرسیکشنل پروگرام کے جائزے کے لیے معیاری (کوالیٹیٹو) کوڈنگ کا ورک بینچ۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="317"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="761"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="341"/>
        <source>This key file does not open the project. Try another.</source>
        <translation>یہ کلیدی فائل پروجیکٹ نہیں کھولتی۔ کوئی اور آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Wrong password. Try again.</source>
        <translation>غلط پاس ورڈ۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>Cannot open %1: %2</source>
        <translation>‏%1 کھولا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="409"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Cannot encrypt %1: %2</source>
        <translation>‏%1 خفیہ نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>The project is encrypted.</source>
        <translation>پروجیکٹ خفیہ کر دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="445"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation>یہ اس پروجیکٹ کی کلیدی فائل نہیں۔ کوئی اور آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>The current password is wrong. Try again.</source>
        <translation>موجودہ پاس ورڈ غلط ہے۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="452"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cannot change the password: %1</source>
        <translation>پاس ورڈ بدلا نہیں جا سکتا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>The password is changed.</source>
        <translation>پاس ورڈ بدل دیا گیا۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="471"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>‏%1 پہلے سے موجود ہے؛ فائل کا نیا نام چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>Cannot create %1: %2</source>
        <translation>‏%1 بنایا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="588"/>
        <source>Check project integrity</source>
        <translation>پروجیکٹ کی سالمیت جانچیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation>
            <numerusform>پروجیکٹ درست ہے: %n جانچ کامیاب رہی۔</numerusform>
            <numerusform>پروجیکٹ درست ہے: %n جانچیں کامیاب رہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="594"/>
        <source>The project is consistent.</source>
        <translation>پروجیکٹ درست ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="600"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation>
            <numerusform>‏%n مسئلہ ملا۔ فائل بدلنے سے پہلے اس کی ایک نقل رکھیں، اور اگر اقتباسات خراب ہوں تو بیک اپ سے بحال کریں۔</numerusform>
            <numerusform>‏%n مسائل ملے۔ فائل بدلنے سے پہلے اس کی ایک نقل رکھیں، اور اگر اقتباسات خراب ہوں تو بیک اپ سے بحال کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="656"/>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="661"/>
        <source>Matrix</source>
        <translation>میٹرکس</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="677"/>
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="684"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="689"/>
        <source>KWIC</source>
        <translation>‏KWIC</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="694"/>
        <source>Memos</source>
        <translation>یادداشتیں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Framework</source>
        <translation>فریم ورک</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="704"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="711"/>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="722"/>
        <source>Portrait</source>
        <translation>پورٹریٹ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="731"/>
        <source>Code relations</source>
        <translation>کوڈز کے تعلقات</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="742"/>
        <source>Network</source>
        <translation>نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="769"/>
        <source> (encrypted)</source>
        <translation> (خفیہ کردہ)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo %1</source>
        <translation>کالعدم کریں: %1 (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo %1</source>
        <translation>دوبارہ کریں: %1 (&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>‏%n دستاویز</numerusform>
            <numerusform>‏%n دستاویزات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>‏%n کوڈ</numerusform>
            <numerusform>‏%n کوڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>‏%n اقتباس</numerusform>
            <numerusform>‏%n اقتباسات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="794"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>‏%n کوڈنگ</numerusform>
            <numerusform>‏%n کوڈنگز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="829"/>
        <source>Nothing was imported: %1</source>
        <translation>کچھ درآمد نہیں ہوا: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="832"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>‏%n دستاویز درآمد ہوئی۔</numerusform>
            <numerusform>‏%n دستاویزات درآمد ہوئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="846"/>
        <source>New project</source>
        <translation>نیا پروجیکٹ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="847"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="855"/>
        <source>Open project</source>
        <translation>پروجیکٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="856"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Import documents</source>
        <translation>دستاویزات درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Transcripts (%1)</source>
        <translation>ٹرانسکرپٹس (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="892"/>
        <source>The demo project is not installed.</source>
        <translation>ڈیمو پروجیکٹ انسٹال نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="900"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>ڈیمو پروجیکٹ %1 میں نقل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="935"/>
        <source>This is a copy of a team project: it codes as %1, the coder the team server knows it by.</source>
        <translation>‏یہ ٹیم پروجیکٹ کی کاپی ہے: اس میں کوڈنگ %1 کے نام سے ہوتی ہے، جس نام سے ٹیم سرور اسے جانتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Undone: %1</source>
        <translation>کالعدم: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Redone: %1</source>
        <translation>دوبارہ کیا گیا: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="51"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation>‏%1 × %2: %3 (اقتباسات: %4)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>‏%n دستاویز</numerusform>
            <numerusform>‏%n دستاویزات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>‏%n کیس</numerusform>
            <numerusform>‏%n کیس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>‏%n اقتباس</numerusform>
            <numerusform>‏%n اقتباسات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation>قطار %</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation>کالم %</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation>کل %</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation>قطاریں:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation>کالم:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation>گنتی:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation>کوڈر:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation>تمام کوڈرز</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>‏%1 × %2 — کل %3؛ کسی خانے کے اقتباسات پڑھنے کے لیے اس پر کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation>میٹرکس برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="266"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel ورک بک (*.xlsx);;CSV فائل (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixSpecRow</name>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="42"/>
        <source>Rows of the matrix</source>
        <translation>میٹرکس کی قطاریں</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="43"/>
        <source>Columns of the matrix</source>
        <translation>میٹرکس کے کالم</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="45"/>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="46"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="47"/>
        <source>Cases</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="48"/>
        <source>What each cell counts</source>
        <translation>ہر خانہ کیا گنتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="49"/>
        <source>Counts only</source>
        <translation>صرف تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="50"/>
        <source>Row %</source>
        <translation>قطار %</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="51"/>
        <source>Column %</source>
        <translation>کالم %</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="52"/>
        <source>% of total</source>
        <translation>کل کا %</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="53"/>
        <source>The shares shown beside the counts</source>
        <translation>تعداد کے ساتھ دکھائے جانے والے تناسب</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="56"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="57"/>
        <source>Leave this matrix out of the report</source>
        <translation>اس میٹرکس کو رپورٹ میں شامل نہ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="62"/>
        <source>The report&apos;s first matrix counts quotes</source>
        <translation>رپورٹ کا پہلا میٹرکس اقتباسات گنتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="63"/>
        <source>The report&apos;s first matrix shows row shares</source>
        <translation>رپورٹ کا پہلا میٹرکس قطار کے تناسب دکھاتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="65"/>
        <source>The report always has its first matrix</source>
        <translation>رپورٹ میں پہلا میٹرکس ہمیشہ ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="81"/>
        <source>%1.</source>
        <translation>‏%1۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoDialog</name>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>Memo on code “%1”</source>
        <translation>کوڈ «%1» پر یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>New memo on code “%1”</source>
        <translation>کوڈ «%1» پر نئی یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation>اقتباس پر یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>New memo on quote</source>
        <translation>اقتباس پر نئی یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Code:</source>
        <translation>کوڈ:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Quote:</source>
        <translation>اقتباس:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="42"/>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="43"/>
        <source>Memo:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoListModel</name>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="36"/>
        <source>A live flag whose memo was deleted: read-only.</source>
        <translation>براہِ راست سیشن کا نشان جس کی یادداشت حذف ہو چکی ہے: صرف پڑھنے کے لیے۔</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="42"/>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="59"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="60"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="61"/>
        <source>Attached to</source>
        <translation>منسلک</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="62"/>
        <source>Author</source>
        <translation>مصنف</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="63"/>
        <source>Modified</source>
        <translation>ترمیم شدہ</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="37"/>
        <source>Project</source>
        <translation>پروجیکٹ</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="38"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="39"/>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="40"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="41"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="62"/>
        <source>Modified from</source>
        <translation>ترمیم: از</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="72"/>
        <location filename="../../ui/memos/memospanel.cpp" line="430"/>
        <source>New memo</source>
        <translation>نئی یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="73"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="74"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="75"/>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="79"/>
        <source>Restore this version</source>
        <translation>یہ ورژن بحال کریں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="80"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="82"/>
        <source>All kinds</source>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="87"/>
        <source>Show memos of one kind</source>
        <translation>ایک قسم کی یادداشتیں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="88"/>
        <source>Show the memos of one author</source>
        <translation>ایک مصنف کی یادداشتیں دکھائیں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="97"/>
        <source>Only memos last changed between these dates (inclusive)</source>
        <translation>صرف وہ یادداشتیں جن میں آخری تبدیلی ان تاریخوں کے درمیان ہوئی (بشمول)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="98"/>
        <source>Search memos…</source>
        <translation>یادداشتیں تلاش کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="150"/>
        <source>Versions (oldest first):</source>
        <translation>ورژن (پرانے پہلے):</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="264"/>
        <source>All authors</source>
        <translation>تمام مصنفین</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="347"/>
        <source>written %1</source>
        <translation>لکھی گئی %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="349"/>
        <source>modified %1</source>
        <translation>ترمیم %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="351"/>
        <source>read-only (a live flag without its memo)</source>
        <translation>صرف پڑھنے کے لیے (براہِ راست سیشن کا نشان، جس کی یادداشت نہیں رہی)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="386"/>
        <source>(undone)</source>
        <translation>(کالعدم)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="388"/>
        <source>(current)</source>
        <translation>(موجودہ)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="393"/>
        <source>The operation log holds no earlier version of this memo.</source>
        <translation>آپریشن لاگ میں اس یادداشت کا کوئی پرانا ورژن نہیں۔</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="vanished">تمام یادداشتیں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="100"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="105"/>
        <source>Earlier versions of this memo, from the operation log</source>
        <translation>اس یادداشت کے پرانے ورژن، آپریشن لاگ سے</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="107"/>
        <source>Write the listed memos to an HTML page or a Word document</source>
        <translation>فہرست میں موجود یادداشتیں HTML صفحے یا Word دستاویز میں لکھیں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="132"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="142"/>
        <source>On:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="425"/>
        <source>Choose what the memo is about.</source>
        <translation>چنیں کہ یادداشت کس کے بارے میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="483"/>
        <source>modified %1 to %2</source>
        <translation>ترمیم %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="485"/>
        <source>search “%1”</source>
        <translation>تلاش «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="493"/>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>Export memos</source>
        <translation>یادداشتیں برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="494"/>
        <source>This project is encrypted; the exported file is not. Export anyway?</source>
        <translation>یہ پروجیکٹ خفیہ کردہ ہے؛ برآمد شدہ فائل نہیں ہوگی۔ پھر بھی برآمد کریں؟</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="498"/>
        <source>Web page (*.html)</source>
        <translation>ویب صفحہ (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="499"/>
        <source>Word document (*.docx)</source>
        <translation>‏Word دستاویز (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>memos.html</source>
        <translation>memos.html</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="535"/>
        <source>Memos</source>
        <translation>یادداشتیں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation>فائلیں شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation>نام ٹکرانے پر دونوں دستاویزات رکھیں (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation>ان کی وصف کی قدریں لیں (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation>پروجیکٹس ضم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation>کوڈر کی نقول (یا دوسرے Crosscut پروجیکٹس) جنہیں اس پروجیکٹ میں ضم کرنا ہے۔ دستاویزات کو ان کی شناخت یا متن سے ملایا جاتا ہے، کبھی صرف نام سے نہیں؛ ہر کوڈر کی کوڈنگز برقرار رہتی ہیں۔ انضمام ترمیم ← کالعدم کریں کا ایک قدم ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation>نقل کی وہ دستاویز جس کا نام کسی مختلف متن نے لے رکھا ہو، «NAME (2)» کے طور پر آتی ہے؛ اس کے بغیر ایسا ٹکراؤ انضمام روک دیتا ہے اور کچھ ضم نہیں ہوتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation>جہاں وصف کی قدر مختلف ہو، نقل کی قدر اس پروجیکٹ کی قدر کی جگہ لے لیتی ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation>ضم کریں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Crosscut پروجیکٹس (*.crosscut);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation>انضمام کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation>‏%1 میں کچھ نیا نہیں: اس کا سب کچھ پہلے ہی اس پروجیکٹ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation>‏%1 ضم ہو گیا۔ ترمیم ← کالعدم کریں پورا انضمام واپس لے لیتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation>
            <numerusform>اوپر %n ٹکراؤ: رکھی گئی قدروں کے نام دیے گئے ہیں؛ کچھ بھی خاموشی سے طے نہیں کیا گیا۔</numerusform>
            <numerusform>اوپر %n ٹکراؤ: رکھی گئی قدروں کے نام دیے گئے ہیں؛ کچھ بھی خاموشی سے طے نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::NetworkPanel</name>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="43"/>
        <source>(no wave)</source>
        <translation>(کوئی دور نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="52"/>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="54"/>
        <source>Export drawing…</source>
        <translation>خاکہ برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="55"/>
        <source>Export charts…</source>
        <translation>چارٹس برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="72"/>
        <source>Colour by:</source>
        <translation>رنگ بلحاظ:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="74"/>
        <source>Wave:</source>
        <translation>دور:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="85"/>
        <location filename="../../ui/network/networkpanel.cpp" line="279"/>
        <source>No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT --from ties.csv</source>
        <translation>ابھی تک تعاون کے کوئی روابط نہیں: فائل ← سروے درآمد کریں… (روابط کے کالم کے ساتھ) یا crosscut-cli ties PROJECT --from ties.csv</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="99"/>
        <location filename="../../ui/network/networkpanel.cpp" line="370"/>
        <source>Click a case to see its attributes and quotes.</source>
        <translation>کسی کیس کے اوصاف اور اقتباسات دیکھنے کے لیے اس پر کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Attribute</source>
        <translation>وصف</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="111"/>
        <source>Double-click a quote to open it in its document.</source>
        <translation>کسی اقتباس کو اس کی دستاویز میں کھولنے کے لیے اس پر دو بار کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="115"/>
        <source>Quotes of its documents and answers:</source>
        <translation>اس کی دستاویزات اور جوابات کے اقتباسات:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="129"/>
        <source>Drawing</source>
        <translation>خاکہ</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="142"/>
        <source>Measures by group</source>
        <translation>گروہ کے لحاظ سے پیمانے</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="236"/>
        <location filename="../../ui/network/networkpanel.cpp" line="313"/>
        <source>All waves</source>
        <translation>تمام ادوار</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="244"/>
        <source>Compare waves</source>
        <translation>ادوار کا موازنہ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="257"/>
        <source>All kinds</source>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="259"/>
        <source>(no kind)</source>
        <translation>(کوئی قسم نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="277"/>
        <source>The cases have no attributes to colour the network by: add one in the Cases tab or import a survey.</source>
        <translation>کیسوں کا کوئی وصف نہیں جس کے لحاظ سے نیٹ ورک کو رنگا جائے: کیس ٹیب میں کوئی وصف شامل کریں یا سروے درآمد کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="314"/>
        <source>Collaboration network by %1</source>
        <translation>‏%1 کے لحاظ سے تعاون کا نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="384"/>
        <source>%1: not in the network</source>
        <translation>‏%1: نیٹ ورک میں نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="388"/>
        <source>%1: 1 tie, betweenness %2</source>
        <translation>‏%1: 1 ربط، درمیانیت %2</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="389"/>
        <source>%1: %2 ties, betweenness %3</source>
        <translation>‏%1: %2 روابط، درمیانیت %3</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="439"/>
        <source>No coded quote in its documents or answers yet.</source>
        <translation>اس کی دستاویزات یا جوابات میں ابھی تک کوئی کوڈ شدہ اقتباس نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="441"/>
        <source>… and %1 more</source>
        <translation>… اور %1 مزید</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="447"/>
        <location filename="../../ui/network/networkpanel.cpp" line="454"/>
        <source>There is no network to export.</source>
        <translation>برآمد کرنے کے لیے کوئی نیٹ ورک نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="458"/>
        <source>Charts are written as .png or .svg, not &quot;%1&quot;.</source>
        <translation>چارٹس .png یا .svg کے طور پر لکھے جاتے ہیں، «%1» کے طور پر نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="473"/>
        <source>Export the network drawing</source>
        <translation>نیٹ ورک کا خاکہ برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="474"/>
        <location filename="../../ui/network/networkpanel.cpp" line="484"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG تصویر (*.png);;SVG تصویر (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="478"/>
        <location filename="../../ui/network/networkpanel.cpp" line="488"/>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="483"/>
        <source>Export the three measure charts</source>
        <translation>تینوں پیمانوں کے چارٹس برآمد کریں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>Encrypted project</source>
        <translation>خفیہ کردہ پروجیکٹ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="40"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation>‏%1 خفیہ کردہ ہے۔ اس کا پاس ورڈ درج کریں، یا اس کی کلیدی فائل استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="43"/>
        <source>Encrypt project</source>
        <translation>پروجیکٹ خفیہ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="45"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 خفیہ کر دیا جائے گا: اس کے پاس ورڈ (یا کلیدی فائل) کے بغیر اسے کوئی نہیں کھول سکتا، &lt;b&gt;آپ بھی نہیں: کھویا ہوا پاس ورڈ واپس نہیں مل سکتا&lt;/b&gt;۔&lt;/p&gt;&lt;p&gt;غیر خفیہ پروجیکٹ ڈسک کی خالی جگہ میں، اور پہلے بنائے گئے کسی بیک اپ یا نقل میں رہ سکتا ہے۔ جہاں یہ اہم ہو، پہلی دستاویز ڈالنے سے پہلے خفیہ کردہ پروجیکٹ بنائیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>Encrypt the copy</source>
        <translation>نقل کو خفیہ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="54"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 اپنے الگ پاس ورڈ (یا کلیدی فائل) سے خفیہ کی جائے گی: یہ کوڈر کو فائل سے الگ دیں۔ &lt;b&gt;کھویا ہوا پاس ورڈ بحال نہیں ہو سکتا۔&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>Change password</source>
        <translation>پاس ورڈ بدلیں</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="60"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 کا موجودہ پاس ورڈ درج کریں (یا اس کی کلیدی فائل استعمال کریں)، پھر نیا پاس ورڈ دو بار۔ &lt;b&gt;کھویا ہوا پاس ورڈ واپس نہیں مل سکتا۔&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>پاس ورڈ: (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Current password:</source>
        <translation>موجودہ پاس ورڈ: (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="71"/>
        <source>Use a &amp;key file…</source>
        <translation>کلیدی فائل استعمال کریں… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;New password:</source>
        <translation>نیا پاس ورڈ: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>&amp;Repeat it:</source>
        <translation>دوبارہ لکھیں: (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="84"/>
        <source>Create a new key &amp;file instead…</source>
        <translation>اس کے بجائے نئی کلیدی فائل بنائیں… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Encrypt</source>
        <translation>خفیہ کریں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>C&amp;hange</source>
        <translation>بدلیں (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="120"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the password.</source>
        <translation>پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="129"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="200"/>
        <source>Enter the new password.</source>
        <translation>نیا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="168"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation>‏%1 — اسے پروجیکٹ سے الگ رکھیں، اور اس کی ایک نقل کسی محفوظ جگہ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="174"/>
        <source>Key file</source>
        <translation>کلیدی فائل</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>New key file</source>
        <translation>نئی کلیدی فائل</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="182"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلیدی فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="186"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="214"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>‏%1 پہلے سے موجود ہے؛ کلیدی فائل کبھی اوور رائٹ نہیں کی جاتی۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the current password.</source>
        <translation>موجودہ پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="206"/>
        <source>The two new passwords differ.</source>
        <translation>دونوں نئے پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PlainExportWarning</name>
    <message>
        <location filename="../../ui/privacy/plainexportwarning.cpp" line="15"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation>یہ پروجیکٹ خفیہ کردہ ہے، لیکن %1 نہیں ہوگی: جو بھی وہ فائل پڑھ سکے وہ اس کا مواد پڑھ سکتا ہے۔ پھر بھی برآمد کریں؟</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PortraitPanel</name>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="23"/>
        <source>This document</source>
        <translation>یہ دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="24"/>
        <source>All documents</source>
        <translation>تمام دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="32"/>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="84"/>
        <source>%n document(s), each to the scale of the longest; click a segment to open it.</source>
        <translation>
            <numerusform>‏%n دستاویز، ہر ایک سب سے لمبی دستاویز کے پیمانے پر؛ کھولنے کے لیے کسی حصے پر کلک کریں۔</numerusform>
            <numerusform>‏%n دستاویزات، ہر ایک سب سے لمبی دستاویز کے پیمانے پر؛ کھولنے کے لیے کسی حصے پر کلک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="91"/>
        <source>Open a document to see its portrait.</source>
        <translation>کسی دستاویز کا پورٹریٹ دیکھنے کے لیے اسے کھولیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="95"/>
        <source>%n coded segment(s) in %1; click one to open it in the document.</source>
        <translation>
            <numerusform>‏%1 میں %n کوڈ شدہ حصہ؛ اسے دستاویز میں کھولنے کے لیے اس پر کلک کریں۔</numerusform>
            <numerusform>‏%1 میں %n کوڈ شدہ حصے؛ کسی ایک کو دستاویز میں کھولنے کے لیے اس پر کلک کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PseudonymiseDialog</name>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="31"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="272"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="305"/>
        <source>Pseudonymise</source>
        <translation>فرضی نام دینا</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation>ہر نام کو مکمل لفظ کے طور پر اس کے فرضی نام سے بدلا جاتا ہے (حروف کی بڑائی چھوٹائی کے لحاظ سے، سب سے لمبا نام پہلے) ہر دستاویز کے متن، بولنے والے، کیس، وصف کی قدر اور یادداشت میں؛ اقتباسات متن کے ساتھ کھسکتے ہیں، اس لیے کوڈنگز اور میٹرکس جوں کے توں رہتے ہیں۔&lt;br&gt;&lt;b&gt;یہ کالعدم نہیں ہو سکتا۔&lt;/b&gt; پروجیکٹ کا تاریخچہ مٹا دیا جاتا ہے اور اصل نام پروجیکٹ میں کہیں نہیں رکھے جاتے: صرف کلیدی فائل میں، اگر آپ اسے چنیں۔ اسے پروجیکٹ سے الگ رکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation>اصل نام</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation>فرضی نام</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation>تجویز کردہ</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation>ملے</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation>نام شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation>نام ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation>ناموں کی فائل لوڈ کریں… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation>کہاں اور کس سیاق میں</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation>کوئی کلیدی فائل نہیں: اصل ناموں کی طرف واپسی کا نقشہ کہیں نہیں رکھا جاتا</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation>چنیں… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation>کلیدی فائل:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation>فرضی نام دیں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation>بولنے والا</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation>فرضی نام «%1» کے ساتھ کوئی اصل نام نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation>ہر بدلے جانے والے نام کے ساتھ ایک فرضی نام درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation>بولنے والے، کیس، اوصاف، یادداشتیں اور دیگر نام</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation>‏%3 میں سے %2 دستاویزات کے متن میں %1 تبدیلیاں، اور %4 دیگر خانے۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation>
            <numerusform>پورے پروجیکٹ میں %n نام بدلیں؟ یہ کالعدم نہیں ہو سکتا، اور کوئی کلیدی فائل نہیں لکھی جائے گی: اصل نام کہیں نہیں رکھے جائیں گے۔</numerusform>
            <numerusform>پورے پروجیکٹ میں %n نام بدلیں؟ یہ کالعدم نہیں ہو سکتا، اور کوئی کلیدی فائل نہیں لکھی جائے گی: اصل نام کہیں نہیں رکھے جائیں گے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation>
            <numerusform>پورے پروجیکٹ میں %n نام بدلیں؟ یہ کالعدم نہیں ہو سکتا۔ کلید %1 میں جائے گی؛ اسے پروجیکٹ سے الگ رکھیں۔</numerusform>
            <numerusform>پورے پروجیکٹ میں %n نام بدلیں؟ یہ کالعدم نہیں ہو سکتا۔ کلید %1 میں جائے گی؛ اسے پروجیکٹ سے الگ رکھیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation>کچھ نہیں بدلا گیا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>کلیدی فائل (اسے پروجیکٹ سے الگ رکھیں)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation>ناموں کی فائل (name,pseudonym)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PublishDialog</name>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="17"/>
        <source>&amp;Blind coding: coders see only their own coding until I release it</source>
        <translation>نابینا کوڈنگ: جب تک میں اسے ختم نہ کروں، کوڈرز صرف اپنی کوڈنگ دیکھیں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="21"/>
        <source>Publish to team server</source>
        <translation>ٹیم سرور پر شائع کریں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="22"/>
        <source>Uploads this project to a PostgreSQL team server. You become its lead; this file becomes your copy, synced with the server. Add the coders afterwards in Team status.</source>
        <translation>یہ پروجیکٹ PostgreSQL ٹیم سرور پر اپ لوڈ کرتا ہے۔ آپ اس کے سربراہ بن جاتے ہیں؛ یہ فائل آپ کی نقل بن جاتی ہے، جو سرور سے مطابقت پذیر رہتی ہے۔ کوڈرز کو بعد میں «ٹیم کی صورتحال» میں شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="29"/>
        <source>Project &amp;name on the server:</source>
        <translation>سرور پر پروجیکٹ کا نام: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="37"/>
        <source>&amp;Publish</source>
        <translation>شائع کریں (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="70"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>ٹیم سرور کی کنکشن اسٹرنگ درج کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="72"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>پاس ورڈ کنکشن اسٹرنگ میں شامل نہ کریں (ورنہ وہ پروجیکٹ میں محفوظ ہو جائے گا)؛ اسے پاس ورڈ کے خانے میں لکھیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="75"/>
        <source>Name the project on the server.</source>
        <translation>سرور پر پروجیکٹ کا نام درج کریں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation>کوڈ لگائیں</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>کوڈ تلاش کرنے کے لیے لکھیں، لگانے کے لیے Enter</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsModel</name>
    <message>
        <location filename="../../ui/relations/relationsmodel.cpp" line="78"/>
        <source>%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them</source>
        <translation>‏%1 × %2: %3 متداخل جوڑے، %4 اقتباسات جن پر دونوں کوڈ ہیں، Jaccard %5 — پڑھنے کے لیے کلک کریں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="55"/>
        <source>Counts</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="56"/>
        <source>Jaccard</source>
        <translation>‏Jaccard</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="57"/>
        <source>Counts: pairs of overlapping quotes (the same quote included).
Jaccard: quotes coded with both ÷ quotes carrying either.</source>
        <translation>تعداد: ایک دوسرے سے متداخل اقتباسات کے جوڑے (وہی اقتباس بھی شامل)۔
‏Jaccard: دونوں کوڈ والے اقتباسات ÷ دونوں میں سے کسی ایک کوڈ والے اقتباسات۔</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="61"/>
        <source>Draw a link between two codes when they co-occur at least this often</source>
        <translation>دو کوڈز کے درمیان ربط دکھائیں جب وہ کم از کم اتنی بار ساتھ آئیں</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="70"/>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="73"/>
        <source>Link codes co-occurring at least:</source>
        <translation>کم از کم اتنی بار ساتھ آنے والے کوڈز کو جوڑیں:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations/relationspanel.cpp" line="124"/>
        <source>%n code(s) with quotes; click a cell to read the quotes coded with both.</source>
        <translation>
            <numerusform>‏%n کوڈ جس کے اقتباسات ہیں؛ دونوں سے کوڈ شدہ اقتباسات پڑھنے کے لیے کسی خانے پر کلک کریں۔</numerusform>
            <numerusform>‏%n کوڈ جن کے اقتباسات ہیں؛ دونوں سے کوڈ شدہ اقتباسات پڑھنے کے لیے کسی خانے پر کلک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="156"/>
        <source>%1 &amp; %2 (coded with both)</source>
        <translation>‏%1 &amp; %2 (دونوں سے کوڈ شدہ)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="62"/>
        <source>Evaluation report</source>
        <translation>جائزے کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="65"/>
        <source>Title page</source>
        <translation>سرورق</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="68"/>
        <source>Evaluation report: %1</source>
        <translation>جائزے کی رپورٹ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="76"/>
        <source>&amp;Title:</source>
        <translation>عنوان: (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="77"/>
        <source>S&amp;ubtitle:</source>
        <translation>ذیلی عنوان: (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>ادارہ: (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="79"/>
        <source>Aut&amp;hor:</source>
        <translation>مصنف: (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="82"/>
        <source>Cases counted</source>
        <translation>شمار شدہ کیس</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="85"/>
        <source>The case attribute that says who a case is</source>
        <translation>کیس کا وہ وصف جو بتاتا ہے کہ کیس کون ہے</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="88"/>
        <source>Roles separated by commas</source>
        <translation>کاما سے الگ کیے گئے کردار</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="89"/>
        <source>Cases with one of these roles are not counted (interviewers and facilitators are not cases of the evaluation); their quotes are still shown.</source>
        <translation>ان میں سے کسی کردار والے کیس شمار نہیں کیے جاتے (انٹرویوئر اور سہولت کار جائزے کے کیس نہیں ہیں)؛ ان کے اقتباسات پھر بھی دکھائے جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="95"/>
        <source>&amp;Role attribute:</source>
        <translation>کردار کا وصف: (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="96"/>
        <source>&amp;Leave out roles:</source>
        <translation>خارج کیے جانے والے کردار: (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="102"/>
        <source>Matrices (rows × columns, what is counted, shares)</source>
        <translation>میٹرکس (قطاریں × کالم، کیا گنا جاتا ہے، تناسب)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="106"/>
        <source>&amp;Add matrix</source>
        <translation>میٹرکس شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="112"/>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="113"/>
        <source>Representative quotes shown for each cell of a matrix</source>
        <translation>میٹرکس کے ہر خانے کے لیے دکھائے جانے والے نمائندہ اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="114"/>
        <source>&amp;Quotes per cell:</source>
        <translation>فی خانہ اقتباسات: (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="129"/>
        <source>Contents</source>
        <translation>مشمولات</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="152"/>
        <source>Word document (DOCX)</source>
        <translation>‏Word دستاویز (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="154"/>
        <source>OpenDocument text (ODT)</source>
        <translation>‏OpenDocument متن (ODT)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="156"/>
        <source>Web page (HTML)</source>
        <translation>ویب صفحہ (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="158"/>
        <source>Excel workbook (XLSX)</source>
        <translation>‏Excel ورک بک (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="165"/>
        <source>&amp;Browse…</source>
        <translation>براؤز کریں… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="167"/>
        <source>Re&amp;dact names and identifying attributes</source>
        <translation>نام اور شناخت ظاہر کرنے والے اوصاف چھپائیں (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="169"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the report says &quot;Redacted export&quot; on every page.</source>
        <translation>بولنے والوں اور کیسوں کو ان کے کردار سے پکارا جاتا ہے (Interviewer 1، Participant 2)، اقتباسات میں بھی ان کے نام بدل دیے جاتے ہیں، شناخت ظاہر کرنے والے اوصاف شامل نہیں کیے جاتے، اور رپورٹ کے ہر صفحے پر «Redacted export» لکھا ہوتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="172"/>
        <source>&amp;Format:</source>
        <translation>فارمیٹ: (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="174"/>
        <source>F&amp;ile:</source>
        <translation>فائل: (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="189"/>
        <source>&amp;Write report</source>
        <translation>رپورٹ لکھیں (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="211"/>
        <source>%1 report</source>
        <translation>%1 کی رپورٹ</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="361"/>
        <source>(every case counts)</source>
        <translation>(ہر کیس شمار ہوتا ہے)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="382"/>
        <source>No case has this attribute.</source>
        <translation>کسی کیس میں یہ وصف نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="383"/>
        <source>Values: %1</source>
        <translation>اقدار: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="415"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="416"/>
        <source>Report file</source>
        <translation>رپورٹ کی فائل</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="426"/>
        <source>Choose the file the report is written to.</source>
        <translation>وہ فائل چنیں جس میں رپورٹ لکھی جائے۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="428"/>
        <source>Choose the rows and columns of the first matrix.</source>
        <translation>پہلے میٹرکس کی قطاریں اور کالم چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="431"/>
        <source>Choose the rows and columns of matrix %1, or remove it.</source>
        <translation>میٹرکس %1 کی قطاریں اور کالم چنیں، یا اسے ہٹا دیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="15"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="16"/>
        <source>Methods</source>
        <translation>طریقۂ کار</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="17"/>
        <source>Matrices</source>
        <translation>میٹرکس</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="18"/>
        <source>Charts</source>
        <translation>چارٹس</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="19"/>
        <source>Representative quotes</source>
        <translation>نمائندہ اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="20"/>
        <source>Positional profiles</source>
        <translation>مقامی پروفائلز</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="21"/>
        <source>Collaboration network</source>
        <translation>تعاون کا نیٹ ورک</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="22"/>
        <source>Inter-coder agreement</source>
        <translation>کوڈرز کے درمیان اتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="23"/>
        <source>Framework matrix</source>
        <translation>فریم ورک میٹرکس</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="24"/>
        <source>Codebook</source>
        <translation>کوڈ بُک</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="25"/>
        <source>Appendix (profile tables)</source>
        <translation>ضمیمہ (پروفائل جدولیں)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalModel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="41"/>
        <source>%1, %2</source>
        <comment>document name, page</comment>
        <translation>‏%1، %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="62"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>بولنے والا</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>In context</source>
        <translation>سیاق میں</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="66"/>
        <source>Codes</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="67"/>
        <source>Coders</source>
        <translation>کوڈرز</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">‏CSV برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="45"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="136"/>
        <source>Export…</source>
        <translation>برآمد…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="47"/>
        <source>Any checked code (OR)</source>
        <translation>کوئی بھی نشان زد کوڈ (OR)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="48"/>
        <source>All checked codes (AND)</source>
        <translation>تمام نشان زد کوڈ (AND)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="49"/>
        <source>value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="50"/>
        <source>Check the codes whose quotes to list</source>
        <translation>وہ کوڈ نشان زد کریں جن کے اقتباسات دکھانے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="52"/>
        <source>Export the listed quotes with their attribution, codes, memos and attributes (XLSX, DOCX, HTML or CSV)</source>
        <translation>فہرست میں موجود اقتباسات کو ان کے حوالے، کوڈز، یادداشتوں اور اوصاف کے ساتھ برآمد کریں (XLSX، DOCX، HTML یا CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="65"/>
        <source>Coder:</source>
        <translation>کوڈر:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="67"/>
        <source>Document:</source>
        <translation>دستاویز:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="69"/>
        <source>Attribute:</source>
        <translation>وصف:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="129"/>
        <source>New memo on this quote…</source>
        <translation>اس اقتباس پر نئی یادداشت…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="134"/>
        <source>Memo</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="207"/>
        <source>All coders</source>
        <translation>تمام کوڈرز</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="208"/>
        <source>All documents</source>
        <translation>تمام دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>no code checked</source>
        <translation>کوئی کوڈ نشان زد نہیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>‏%n نشان زد کوڈ</numerusform>
            <numerusform>‏%n نشان زد کوڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="293"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>‏%n اقتباس: %1</numerusform>
            <numerusform>‏%n اقتباسات: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="337"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>‏%1 لکھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="347"/>
        <source>Open a project first.</source>
        <translation>پہلے کوئی پروجیکٹ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="354"/>
        <source>Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.</source>
        <translation>اقتباسات ‎.xlsx، ‎.docx، ‎.html یا ‎.csv کے طور پر برآمد ہوتے ہیں، «%1» کے طور پر نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="360"/>
        <source>Quotes — %1</source>
        <translation>اقتباسات — %1</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="387"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)</source>
        <translation>Excel ورک بک (*.xlsx);;Word دستاویز (*.docx);;ویب صفحہ (*.html *.htm);;CSV فائل (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="389"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="395"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="399"/>
        <source>Export quotes</source>
        <translation>اقتباسات برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="400"/>
        <source>Cannot export %1: %2</source>
        <translation>‏%1 برآمد نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV فائلیں (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="22"/>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Code checked hits</source>
        <translation>نشان زد نتائج کوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="27"/>
        <source>Check all</source>
        <translation>سب نشان زد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>الفاظ، &quot;جملے&quot;، سابقہ*، AND، OR، NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>the hit</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="33"/>
        <source>its sentence</source>
        <translation>اس کا جملہ</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>its paragraph</source>
        <translation>اس کا پیراگراف</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Hit</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>Code</source>
        <translation>کوڈ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="50"/>
        <source>with</source>
        <translation>اس کے ساتھ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>‏%n نتیجہ</numerusform>
            <numerusform>‏%n نتائج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>اب تک %n نتیجہ …</numerusform>
            <numerusform>اب تک %n نتائج …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="162"/>
        <source>Check the hits to code.</source>
        <translation>کوڈ کرنے کے لیے نتائج نشان زد کریں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="171"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>‏%1 کے ساتھ %n نئی کوڈنگ</numerusform>
            <numerusform>‏%1 کے ساتھ %n نئی کوڈنگز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation>براہِ راست سیشن شروع کریں… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation>براہِ راست سیشن ختم کریں (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation>براہِ راست سیشن دوبارہ شروع کریں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation>سیشن کا ٹرانسکرپٹ برآمد کریں (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation>سیشن کو ریکارڈنگ سے ہم آہنگ کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation>(اس پروجیکٹ میں کوئی براہِ راست سیشن نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation>(کوئی ریکارڈنگ ونڈو کھلی نہیں)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation>براہِ راست سیشن ختم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation>‏%1 %2 پر ختم ہوا۔ سیشن ← براہِ راست سیشن دوبارہ شروع کریں اسے جاری رکھتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation>اس سیشن کی کوئی ریکارڈنگ ونڈو کھلی نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>‏%n رکا ہوا براہِ راست سیشن دوبارہ شروع کیا گیا؛ محفوظ کیا ہوا کچھ ضائع نہیں ہوا۔</numerusform>
            <numerusform>‏%n رکے ہوئے براہِ راست سیشن دوبارہ شروع کیے گئے؛ محفوظ کیا ہوا کچھ ضائع نہیں ہوا۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation>پہلے کوئی پروجیکٹ کھولیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation>‏%1 برآمد نہیں کیا جا سکتا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation>سیشن کا ٹرانسکرپٹ برآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation>‏%1 برآمد ہو گیا</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation>ریکارڈنگ سے ہم آہنگ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>‏%2 میں سے %1 بیانات ریکارڈنگ کے اشاروں سے ہم آہنگ کیے گئے؛ سیشن %3 سیکنڈ کھسکا (ترمیم ← کالعدم کریں اسے واپس کرتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation>ریکارڈنگ کا ٹرانسکرپٹ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>اوقات والے سب ٹائٹل (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>SubRip سب ٹائٹل (*.srt);;WebVTT (*.vtt);;سادہ متن (*.txt);;بیانات کی CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="22"/>
        <location filename="../../ui/settings/settingsdialog.cpp" line="31"/>
        <source>System default</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="23"/>
        <source> pt</source>
        <translation> پوائنٹ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Snap selections to whole words</source>
        <translation>انتخاب کو پورے الفاظ تک پھیلائیں</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Your name, recorded on every coding</source>
        <translation>آپ کا نام، جو ہر کوڈنگ پر درج ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>The new language applies when Crosscut is started again.</source>
        <translation>نئی زبان Crosscut کو دوبارہ شروع کرنے پر لاگو ہوگی۔</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Document font size:</source>
        <translation>دستاویز کے فونٹ کا سائز:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Coder:</source>
        <translation>کوڈر:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation>«%1» کا شارٹ کٹ</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation>وہ کلیدیں دبائیں جو یہ کوڈ لگائیں (Backspace صاف کرتا ہے، Enter رکھتا ہے، Esc منسوخ کرتا ہے):</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation>اکیلا %1 ٹائپ ہو جائے گا یا دستاویز کا منظر لے لے گا (1–9 حالیہ کوڈ لگاتے ہیں): Ctrl یا Alt شامل کریں، یا کوئی فنکشن کلید استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation>‏%1 «%2» کا شارٹ کٹ ہے؛ کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation>‏%1 ابھی «%2» لگاتا ہے؛ اب یہ اس کے بجائے یہ کوڈ لگائے گا۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
        <translation>کلیدوں کا مجموعہ دبائیں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;ٹرانسکرپٹس کو انٹرسیکشنل جہتوں کے ساتھ کوڈ کریں، پھر میٹرکس پڑھیں۔&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation>ڈیمو پروجیکٹ کھولیں</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation>انٹرسیکشنل سانچے سے نیا پروجیکٹ…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation>نیا خالی پروجیکٹ…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation>پروجیکٹ کھولیں…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation>حالیہ پروجیکٹس:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StopWordsDialog</name>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="19"/>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="21"/>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="23"/>
        <source>Ukrainian</source>
        <translation>یوکرینی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="25"/>
        <source>French</source>
        <translation>فرانسیسی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="27"/>
        <source>Spanish</source>
        <translation>ہسپانوی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="29"/>
        <source>Indonesian</source>
        <translation>انڈونیشیائی</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="37"/>
        <source>Stop words</source>
        <translation>اسٹاپ ورڈز</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="41"/>
        <source>Shipped lists</source>
        <translation>فراہم کردہ فہرستیں</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="56"/>
        <source>One word a line, e.g. interviewer</source>
        <translation>ہر سطر میں ایک لفظ، مثلاً انٹرویوئر</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="57"/>
        <source>Shipped stop words to count after all, e.g. we</source>
        <translation>فراہم کردہ اسٹاپ ورڈز جنہیں پھر بھی گنا جائے، مثلاً ہم</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="63"/>
        <source>Also leave out:</source>
        <translation>یہ بھی خارج کریں:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="64"/>
        <source>Count after all:</source>
        <translation>پھر بھی گنیں:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="70"/>
        <source>Stop words are left out of word counts, and phrases neither begin nor end on one. Without a choice, the languages of the documents apply (a document attribute &quot;Language&quot;), else English.</source>
        <translation>اسٹاپ ورڈز الفاظ کی گنتی میں شامل نہیں ہوتے، اور فقرے ان میں سے کسی پر نہ شروع ہوتے ہیں نہ ختم۔ کوئی انتخاب نہ ہو تو دستاویزات کی زبانیں لاگو ہوتی ہیں (دستاویز کا وصف «Language»)، ورنہ انگریزی۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Memo…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation>کوڈنگ «%1» ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation>اس اقتباس سے %1 کی کوڈنگز ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation>اقتباس حذف کریں</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation>‏%1 (%2 نے کوڈ کیا)</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="190"/>
        <source>%1
[%2–%3]</source>
        <translation>%1
[%2–%3]</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyActions</name>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="24"/>
        <source>Import &amp;survey…</source>
        <translation>سروے درآمد کریں… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="26"/>
        <source>Respondents as cases, closed answers as case attributes, open answers as documents to code (CSV or XLSX)</source>
        <translation>جواب دہندگان کیسوں کے طور پر، بند جوابات کیس کے اوصاف کے طور پر، کھلے جوابات کوڈ کرنے کے لیے دستاویزات کے طور پر (CSV یا XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="38"/>
        <source>Survey</source>
        <translation>سروے</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyactions.cpp" line="63"/>
        <source>Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code</source>
        <translation>
            <numerusform>‏%n جواب دہندہ درآمد ہوا: کیس کے اوصاف %1، کوڈ کرنے کے لیے جوابات %2</numerusform>
            <numerusform>‏%n جواب دہندگان درآمد ہوئے: کیس کے اوصاف %1، کوڈ کرنے کے لیے جوابات %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="74"/>
        <source>Import survey</source>
        <translation>سروے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="75"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>سروے فائلیں (*.csv *.xlsx);;تمام فائلیں (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridModel</name>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="70"/>
        <source>Respondent</source>
        <translation>جواب دہندہ</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="76"/>
        <source>Open answers: double-click one to code it in the document</source>
        <translation>کھلے جوابات: کسی جواب کو دستاویز میں کوڈ کرنے کے لیے اس پر ڈبل کلک کریں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="77"/>
        <source>Case attribute (%1)</source>
        <translation>کیس کا وصف (%1)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridPanel</name>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="30"/>
        <source>Filter respondents and answers…</source>
        <translation>جواب دہندگان اور جوابات چھانیں…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="41"/>
        <source>Double-click an open answer to code it</source>
        <translation>کسی کھلے جواب کو کوڈ کرنے کے لیے اس پر ڈبل کلک کریں</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="71"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>‏%n جواب دہندہ</numerusform>
            <numerusform>‏%n جواب دہندگان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="72"/>
        <source>%1 of %n respondent(s)</source>
        <translation>
            <numerusform>‏%n جواب دہندہ میں سے %1</numerusform>
            <numerusform>‏%n جواب دہندگان میں سے %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyImportDialog</name>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="31"/>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="34"/>
        <source>Import survey</source>
        <translation>سروے درآمد کریں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="42"/>
        <source>e.g. baseline (optional)</source>
        <translation>مثلاً بیس لائن (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="43"/>
        <source>With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one survey live side by side in the project</source>
        <translation>دور درج کرنے پر اوصاف اور دستاویزات کے نام «Q3 [بیس لائن]» کی طرح رکھے جاتے ہیں، تاکہ ایک ہی سروے کے دو دور پروجیکٹ میں ساتھ ساتھ رہ سکیں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="52"/>
        <source>Choose what each column is: the respondents’ &lt;b&gt;identifier&lt;/b&gt; (one case per respondent), a &lt;b&gt;closed answer&lt;/b&gt; (a case attribute of the type shown), an &lt;b&gt;open answer&lt;/b&gt; (one document per question, each answer a turn of its respondent, to code), or &lt;b&gt;skip&lt;/b&gt; it.</source>
        <translation>چنیں کہ ہر کالم کیا ہے: جواب دہندگان کا &lt;b&gt;شناخت کنندہ&lt;/b&gt; (ہر جواب دہندہ کے لیے ایک کیس)، &lt;b&gt;بند جواب&lt;/b&gt; (دکھائی گئی قسم کا کیس کا وصف)، &lt;b&gt;کھلا جواب&lt;/b&gt; (ہر سوال کے لیے ایک دستاویز، جس میں ہر جواب اپنے جواب دہندہ کا ایک بیان ہے، کوڈ کرنے کے لیے)، یا اسے &lt;b&gt;چھوڑ دیں&lt;/b&gt;۔</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="59"/>
        <source>Wave:</source>
        <translation>دور:</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="87"/>
        <source>This file cannot be imported: %1</source>
        <translation>یہ فائل درآمد نہیں کی جا سکتی: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %n respondent(s)</source>
        <translation>
            <numerusform>‏&lt;b&gt;%1&lt;/b&gt;%2 — %n جواب دہندہ</numerusform>
            <numerusform>‏&lt;b&gt;%1&lt;/b&gt;%2 — %n جواب دہندگان</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="93"/>
        <source>, sheet %1</source>
        <translation>، شیٹ %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Use as</source>
        <translation>استعمال بطور</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="106"/>
        <source>Identifier</source>
        <translation>شناخت کنندہ</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="107"/>
        <source>Closed answer → case attribute</source>
        <translation>بند جواب ← کیس کا وصف</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="108"/>
        <source>Open answer → text</source>
        <translation>کھلا جواب ← متن</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="109"/>
        <source>Skip</source>
        <translation>چھوڑ دیں</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="115"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="116"/>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="117"/>
        <source>%1 (detected)</source>
        <translation>‏%1 (خودکار شناخت)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="176"/>
        <source>Nothing was imported: %1</source>
        <translation>کچھ درآمد نہیں ہوا: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation>پروجیکٹ ضم کریں… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation>کوڈر کی نقول یا دوسرے پروجیکٹس کو اس پروجیکٹ میں ایک قابلِ کالعدم قدم کے طور پر ضم کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation>کوڈر کی نقل حوالے کریں… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation>ایک کوڈر کے لیے اس پروجیکٹ کی نقل لکھتا ہے، جسے بعد میں واپس ضم کیا جائے</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation>کچھ ضم نہیں ہوا: %1 کا پاس ورڈ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation>ضم ہو گیا: کچھ نیا نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation>
            <numerusform>‏%n پروجیکٹ ضم ہوا۔</numerusform>
            <numerusform>‏%n پروجیکٹس ضم ہوئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation>انضمام مسترد کر دیا گیا: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation>یہ کلیدی فائل %1 نہیں کھولتی۔ کوئی اور آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation>غلط پاس ورڈ۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation>کوئی نقل نہیں لکھی گئی: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation>
            <numerusform>‏%1 کی نقل %2 میں لکھ دی گئی: %n دستاویز</numerusform>
            <numerusform>‏%1 کی نقل %2 میں لکھ دی گئی: %n دستاویزات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>‏%n کوڈنگ</numerusform>
            <numerusform>‏%n کوڈنگز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation> (نابینا)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation>، خفیہ کردہ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
        <translation>کوڈر کی نقل حوالے کریں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamIndicator</name>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="27"/>
        <source>Team: offline — %1</source>
        <translation>ٹیم: آف لائن — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="29"/>
        <source>Team: %n change(s) to send</source>
        <translation>
            <numerusform>ٹیم: بھیجنے کے لیے %n تبدیلی</numerusform>
            <numerusform>ٹیم: بھیجنے کے لیے %n تبدیلیاں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="31"/>
        <source>Team: synced %1</source>
        <translation>ٹیم: %1 بجے مطابقت پذیری ہوئی</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="33"/>
        <source>Team: not synced yet</source>
        <translation>ٹیم: ابھی مطابقت پذیری نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="35"/>
        <source> (syncing…)</source>
        <translation> (مطابقت پذیری جاری…)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Team server: %1</source>
        <translation>ٹیم سرور: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Your role: %1</source>
        <translation>آپ کا کردار: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="45"/>
        <source>Last sync: %1</source>
        <translation>آخری مطابقت پذیری: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="46"/>
        <source>Not synced since the project was opened</source>
        <translation>پروجیکٹ کھلنے کے بعد سے مطابقت پذیری نہیں ہوئی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="47"/>
        <source>%n change(s) of yours not yet on the server</source>
        <translation>
            <numerusform>آپ کی %n تبدیلی ابھی سرور پر نہیں پہنچی</numerusform>
            <numerusform>آپ کی %n تبدیلیاں ابھی سرور پر نہیں پہنچیں</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="49"/>
        <source>Offline: %1</source>
        <translation>آف لائن: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="50"/>
        <source>You can keep coding: your changes are sent at the next sync.</source>
        <translation>آپ کوڈنگ جاری رکھ سکتے ہیں: آپ کی تبدیلیاں اگلی مطابقت پذیری پر بھیج دی جائیں گی۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="51"/>
        <source>Syncs every minute and when a teammate sends changes. Click to sync now.</source>
        <translation>ہر منٹ، اور جب ٹیم کا کوئی ساتھی تبدیلیاں بھیجے، مطابقت پذیری ہوتی ہے۔ ابھی مطابقت پذیری کے لیے کلک کریں۔</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamStatusDialog</name>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="27"/>
        <source>lead</source>
        <translation>سربراہ</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="29"/>
        <source>coder</source>
        <translation>کوڈر</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="31"/>
        <source>reader</source>
        <translation>قاری</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="40"/>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Add</source>
        <translation>شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Remove the selected member</source>
        <translation>منتخب رکن کو ہٹائیں (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="43"/>
        <source>Release &amp;blind coding</source>
        <translation>نابینا کوڈنگ ختم کریں (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="46"/>
        <source>Team status</source>
        <translation>ٹیم کی صورتحال</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="59"/>
        <source>PostgreSQL user</source>
        <translation>‏PostgreSQL صارف</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Coder name</source>
        <translation>کوڈر کا نام</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="61"/>
        <source>coder name</source>
        <translation>کوڈر کا نام</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="68"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="163"/>
        <source>Every coder may then read every coder&apos;s coding, for agreement and adjudication</source>
        <translation>اس کے بعد ہر کوڈر تمام کوڈرز کی کوڈنگ دیکھ سکے گا، اتفاق اور فیصلے کے لیے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="89"/>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="101"/>
        <source>Let every coder read every coder&apos;s coding from now on? This cannot be taken back.</source>
        <translation>کیا اب سے ہر کوڈر کو تمام کوڈرز کی کوڈنگ دیکھنے دی جائے؟ یہ فیصلہ واپس نہیں لیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="125"/>
        <source>This project is not linked to a team server.</source>
        <translation>یہ پروجیکٹ کسی ٹیم سرور سے منسلک نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="131"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>asking the server…</source>
        <translation>سرور سے پوچھا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="161"/>
        <source>This project is not blind</source>
        <translation>یہ پروجیکٹ نابینا کوڈنگ میں نہیں ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="162"/>
        <source>Blind coding is released already</source>
        <translation>نابینا کوڈنگ پہلے ہی ختم کی جا چکی ہے</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="191"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="192"/>
        <source>Project on the server:</source>
        <translation>سرور پر پروجیکٹ:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>You code as:</source>
        <translation>آپ اس نام سے کوڈ کرتے ہیں:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>%1 (PostgreSQL user %2)</source>
        <translation>‏%1 (PostgreSQL صارف %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="194"/>
        <source>Role:</source>
        <translation>کردار:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>Blind coding:</source>
        <translation>نابینا کوڈنگ:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>released by the lead</source>
        <translation>سربراہ نے ختم کر دی</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>on: coders see only their own coding</source>
        <translation>فعال: کوڈرز صرف اپنی کوڈنگ دیکھتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="197"/>
        <source>Changes to send:</source>
        <translation>بھیجی جانے والی تبدیلیاں:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>Behind the server:</source>
        <translation>سرور سے پیچھے:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>‏%n آپریشن</numerusform>
            <numerusform>‏%n آپریشنز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>offline — %1</source>
        <translation>آف لائن — %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="202"/>
        <source>Last sync:</source>
        <translation>آخری مطابقت پذیری:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="203"/>
        <source>not since the project was opened</source>
        <translation>پروجیکٹ کھلنے کے بعد سے نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="229"/>
        <source>Give the member&apos;s PostgreSQL user (the server&apos;s administrator creates it).</source>
        <translation>رکن کا PostgreSQL صارف درج کریں (اسے سرور کا منتظم بناتا ہے)۔</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="235"/>
        <source>%1 was not added: %2</source>
        <translation>‏%1 شامل نہیں ہو سکا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="246"/>
        <source>%1 was not removed: %2</source>
        <translation>‏%1 ہٹایا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="255"/>
        <source>Blind coding was not released: %1</source>
        <translation>نابینا کوڈنگ ختم نہیں ہو سکی: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::UtteranceActions</name>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="26"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="39"/>
        <source>&amp;Edit utterance…</source>
        <translation>بیان میں ترمیم کریں… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation>اگلے بیان کے ساتھ ملائیں (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation>بیان یہاں سے تقسیم کریں (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation>بیان میں ترمیم کریں</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation>کیا کہا گیا:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordBarView</name>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="29"/>
        <source>Word</source>
        <translation>لفظ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="30"/>
        <source>count</source>
        <translation>تعداد</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordsPanel</name>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="56"/>
        <source>Numbers</source>
        <translation>اعداد</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="57"/>
        <source>Emoji</source>
        <translation>ایموجی</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="59"/>
        <source>Edit stop words…</source>
        <translation>اسٹاپ ورڈز میں ترمیم کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="60"/>
        <source>Save image…</source>
        <translation>تصویر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="72"/>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="73"/>
        <source>2-word phrases</source>
        <translation>دو لفظی فقرے</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="74"/>
        <source>3-word phrases</source>
        <translation>تین لفظی فقرے</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="77"/>
        <source>min. length </source>
        <translation>کم از کم لمبائی </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="81"/>
        <source>top </source>
        <translation>سرفہرست </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="83"/>
        <source>A focus group&apos;s 👍 is data: emoji count as words</source>
        <translation>فوکس گروپ کا 👍 بھی ڈیٹا ہے: ایموجی الفاظ کے طور پر گنے جاتے ہیں</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="94"/>
        <source>Word cloud</source>
        <translation>الفاظ کا بادل</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="95"/>
        <source>Bar chart</source>
        <translation>بار چارٹ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="156"/>
        <source>All documents</source>
        <translation>تمام دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="159"/>
        <source>Set: %1</source>
        <translation>مجموعہ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="165"/>
        <source>Quotes of %1</source>
        <translation>‏%1 کے اقتباسات</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="175"/>
        <source>No columns</source>
        <translation>کوئی کالم نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="176"/>
        <source>Per document</source>
        <translation>فی دستاویز</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="178"/>
        <source>Per case %1</source>
        <translation>فی کیس %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="180"/>
        <source>Per document %1</source>
        <translation>فی دستاویز %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="194"/>
        <source>Stop words: none of the shipped lists</source>
        <translation>اسٹاپ ورڈز: کوئی فراہم کردہ فہرست نہیں</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="195"/>
        <source>Stop words: %1</source>
        <translation>اسٹاپ ورڈز: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="197"/>
        <source> (the documents&apos; languages)</source>
        <translation> (دستاویزات کی زبانیں)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>; %n added</source>
        <translation>
            <numerusform>؛ %n شامل کیا گیا</numerusform>
            <numerusform>؛ %n شامل کیے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>, %n counted after all</source>
        <translation>
            <numerusform>، %n پھر بھی گنا گیا</numerusform>
            <numerusform>، %n پھر بھی گنے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="242"/>
        <source>— %n document(s), %1 words in scope; %2 shown.</source>
        <translation>
            <numerusform>— %n دستاویز، دائرے میں %1 الفاظ؛ %2 دکھائے گئے۔</numerusform>
            <numerusform>— %n دستاویزات، دائرے میں %1 الفاظ؛ %2 دکھائے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent words</source>
        <translation>سب سے زیادہ آنے والے الفاظ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent phrases</source>
        <translation>سب سے زیادہ آنے والے فقرے</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Word</source>
        <translation>لفظ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Phrase</source>
        <translation>فقرہ</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save word cloud</source>
        <translation>الفاظ کا بادل محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save bar chart</source>
        <translation>بار چارٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-cloud.png</source>
        <translation>word-cloud.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-chart.png</source>
        <translation>word-chart.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="329"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG تصویر (*.png);;SVG تصویر (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="333"/>
        <source>Save image</source>
        <translation>تصویر محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::agreement</name>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="36"/>
        <source>Below 0.67: too low to draw conclusions from</source>
        <translation>‏0.67 سے کم: نتائج اخذ کرنے کے لیے بہت کم</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="38"/>
        <source>0.67 to 0.8: tentative conclusions only</source>
        <translation>‏0.67 سے 0.8 تک: صرف عارضی نتائج</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="39"/>
        <source>0.8 or above: reliable</source>
        <translation>‏0.8 یا زیادہ: قابلِ اعتماد</translation>
    </message>
</context>
</TS>
