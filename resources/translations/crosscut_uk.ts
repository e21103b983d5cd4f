<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AgreementExport</name>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="29"/>
        <location filename="../../ui/agreement/agreementexport.cpp" line="47"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="31"/>
        <source>Code points coded</source>
        <translation>Закодовано кодових точок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="32"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="33"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="34"/>
        <source>Both</source>
        <translation>Обидва</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="35"/>
        <source>All</source>
        <translation>Усього</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="49"/>
        <source>Percent agreement as a share (0–1), Cohen&apos;s kappa, Krippendorff&apos;s unitized alpha; — where undefined</source>
        <translation>Відсоток узгодженості як частка (0–1), каппа Коена, унітизована альфа Кріппендорфа; — де не визначено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="52"/>
        <source>Percent agreement</source>
        <translation>Відсоток узгодженості</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="53"/>
        <source>Kappa</source>
        <translation>Каппа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="54"/>
        <source>Alpha</source>
        <translation>Альфа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="67"/>
        <source>Dimension</source>
        <translation>Вимір</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="69"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values; — where undefined</source>
        <translation>cu-альфа Кріппендорфа за значеннями виміру; — де не визначено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="71"/>
        <source>cu-alpha</source>
        <translation>cu-альфа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="114"/>
        <source>Inter-coder agreement: %1</source>
        <translation>Узгодженість між кодувальниками: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="115"/>
        <source>Counted in code points; each document is its own continuum.</source>
        <translation>Рахується в кодових точках; кожен документ — окремий континуум.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="117"/>
        <source>Coders: %1</source>
        <translation>Кодувальники: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementexport.cpp" line="118"/>
        <source>Documents counted: %n</source>
        <translation>
            <numerusform>Враховано %n документ</numerusform>
            <numerusform>Враховано %n документи</numerusform>
            <numerusform>Враховано %n документів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="121"/>
        <source>Mean agreement</source>
        <translation>Середня узгодженість</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="122"/>
        <source>Mean dimensions</source>
        <translation>Середні за вимірами</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="124"/>
        <source> (code points)</source>
        <translation> (кодові точки)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="125"/>
        <source> (dimensions)</source>
        <translation> (виміри)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="141"/>
        <source>Disagreements on %1: %2 and %3</source>
        <translation>Розбіжності щодо коду %1: %2 і %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="144"/>
        <source>Disagreements</source>
        <translation>Розбіжності</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="145"/>
        <source>Stretch</source>
        <translation>Відрізок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="148"/>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="149"/>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="150"/>
        <source>A coded</source>
        <translation>Закодував A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="151"/>
        <source>B coded</source>
        <translation>Закодував B</translation>
    </message>
</context>
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="77"/>
        <source>speaker</source>
        <translation>мовець</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="79"/>
        <source>live roster name</source>
        <translation>ім’я в списку учасників сесії</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="81"/>
        <source>case name</source>
        <translation>назва випадку</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="83"/>
        <source>case description</source>
        <translation>опис випадку</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="85"/>
        <source>document name</source>
        <translation>назва документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="87"/>
        <source>document source file</source>
        <translation>вихідний файл документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="89"/>
        <source>attribute name</source>
        <translation>назва атрибута</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="91"/>
        <source>document attribute value</source>
        <translation>значення атрибута документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="93"/>
        <source>case attribute value</source>
        <translation>значення атрибута випадку</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="95"/>
        <source>memo title</source>
        <translation>заголовок нотатки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="97"/>
        <source>memo text</source>
        <translation>текст нотатки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="99"/>
        <source>framework summary</source>
        <translation>підсумок рамкової матриці</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="101"/>
        <source>code name</source>
        <translation>назва коду</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="103"/>
        <source>code description</source>
        <translation>опис коду</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="105"/>
        <source>set name</source>
        <translation>назва набору</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="107"/>
        <source>set description</source>
        <translation>опис набору</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="109"/>
        <source>coder name</source>
        <translation>ім’я кодувальника</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="111"/>
        <source>project property</source>
        <translation>властивість проєкту</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="113"/>
        <source>live session title</source>
        <translation>назва живої сесії</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="115"/>
        <source>live session place</source>
        <translation>місце живої сесії</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="117"/>
        <source>live session facilitator</source>
        <translation>фасилітатор живої сесії</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>flag note</source>
        <translation>примітка до позначки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="122"/>
        <source>draft speaker</source>
        <translation>мовець чернетки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="124"/>
        <source>draft text</source>
        <translation>текст чернетки</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="744"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="765"/>
        <source>Live session</source>
        <translation>Жива сесія</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="262"/>
        <source>Pseudonymise</source>
        <translation>Псевдонімізація</translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation>Приховати імена та ідентифікувальні атрибути</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
        <translation>Мовців і випадки названо за ролями (Interviewer 1, Participant 2), їхні імена замінено й у цитатах, атрибути, позначені як ідентифікувальні, не виводяться, а на початку файлу стоїть «Redacted export».</translation>
    </message>
</context>
<context>
    <name>crosscut::render::Report</name>
    <message>
        <source>Total</source>
        <translation type="vanished">Разом</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="vanished">Випадок</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="vanished">Цитати</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="vanished">Позиції</translation>
    </message>
    <message>
        <source>Hat shifts</source>
        <translation type="vanished">Зміни капелюхів</translation>
    </message>
    <message>
        <source>Bipolar dimensions by group</source>
        <translation type="vanished">Біполярні виміри за групами</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Вимір</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Група</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="vanished">Випадки</translation>
    </message>
    <message>
        <source>Positioned quotes</source>
        <translation type="vanished">Цитати з позицією</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Середнє</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">Розкид</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Опис</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="vanished">Кодування</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="vanished">Кодувальники</translation>
    </message>
    <message>
        <source>Double-coded documents</source>
        <translation type="vanished">Документи з подвійним кодуванням</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation type="vanished">Використано кодів</translation>
    </message>
    <message>
        <source>Mean percent</source>
        <translation type="vanished">Середній відсоток</translation>
    </message>
    <message>
        <source>Mean kappa</source>
        <translation type="vanished">Середня каппа</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="vanished">Середня альфа</translation>
    </message>
    <message>
        <source>Per code</source>
        <translation type="vanished">За кодами</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="vanished">Відсоток</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="vanished">Каппа</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="vanished">Альфа</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation type="vanished">За вимірами</translation>
    </message>
    <message>
        <source>cu-alpha</source>
        <translation type="vanished">cu-альфа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Примітка</translation>
    </message>
    <message>
        <source>The network per wave</source>
        <translation type="vanished">Мережа за хвилями</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="vanished">Проєкт: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Документи</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="vanished">Матриця</translation>
    </message>
    <message>
        <source>Conceptual-model matrix</source>
        <translation type="vanished">Матриця концептуальної моделі</translation>
    </message>
    <message>
        <source>Heat map (row %)</source>
        <translation type="vanished">Теплова карта (% за рядком)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="vanished">Діаграми</translation>
    </message>
    <message>
        <source>Representative quotes</source>
        <translation type="vanished">Репрезентативні цитати</translation>
    </message>
    <message>
        <source>Positional profiles</source>
        <translation type="vanished">Позиційні профілі</translation>
    </message>
    <message>
        <source>Collaboration network</source>
        <translation type="vanished">Мережа співпраці</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="vanished">Узгодженість між кодувальниками</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation type="vanished">Рамкова матриця</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="vanished">Кодова книга</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementActions</name>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="19"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Узгодженість…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="21"/>
        <source>Inter-coder agreement per code, the coders&apos; disagreements and their adjudication</source>
        <translation>Узгодженість між кодувальниками за кожним кодом, їхні розбіжності та їх вирішення</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Узгодженість</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementView</name>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="50"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="63"/>
        <source>Check two or more coders to compare</source>
        <translation>Позначте двох або більше кодувальників для порівняння</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="67"/>
        <source>The documents counted; none checked: all</source>
        <translation>Документи, що враховуються; якщо не позначено жодного — усі</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="94"/>
        <source>Coders:</source>
        <translation>Кодувальники:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="97"/>
        <source>Documents:</source>
        <translation>Документи:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="100"/>
        <source>Pair:</source>
        <translation>Пара:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="109"/>
        <source>Dimensions (cu-alpha over their values)</source>
        <translation>Виміри (cu-альфа за їхніми значеннями)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="211"/>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="286"/>
        <source>Check two or more coders to compare their codings.</source>
        <translation>Позначте двох або більше кодувальників, щоб порівняти їхнє кодування.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="308"/>
        <source>Mean over the pairs</source>
        <translation>Середнє за парами</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="392"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Виберіть код у таблиці узгодженості, щоб побачити його розбіжності.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="397"/>
        <source>Choose a pair of coders to list their disagreements.</source>
        <translation>Виберіть пару кодувальників, щоб побачити їхні розбіжності.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="421"/>
        <source>%1 — %n document(s), counted in code points.</source>
        <translation>
            <numerusform>%1 — %n документ, рахунок у кодових точках.</numerusform>
            <numerusform>%1 — %n документи, рахунок у кодових точках.</numerusform>
            <numerusform>%1 — %n документів, рахунок у кодових точках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="424"/>
        <source>%n measure(s) undefined (—): hover one for why.</source>
        <translation>
            <numerusform>%n міра не визначена (—): наведіть на неї, щоб дізнатися чому.</numerusform>
            <numerusform>%n міри не визначені (—): наведіть на одну, щоб дізнатися чому.</numerusform>
            <numerusform>%n мір не визначено (—): наведіть на одну, щоб дізнатися чому.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="429"/>
        <location filename="../../ui/agreement/agreementview.cpp" line="434"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="448"/>
        <source>Nothing to export.</source>
        <translation>Нічого експортувати.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="454"/>
        <source>Export agreement</source>
        <translation>Експорт узгодженості</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="455"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeImport</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="28"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation>%1 порожній; очікувався заголовок document,attribute,value</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="38"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>%1, рядок 1: заголовок має бути document,attribute,value[,type] або case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="59"/>
        <source>Import attributes from %1</source>
        <translation>Імпорт атрибутів з %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="63"/>
        <source>%1 line %2: %3</source>
        <translation>%1, рядок %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>немає документа з назвою «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="70"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>немає випадку з назвою «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="72"/>
        <source>the attribute name is empty</source>
        <translation>назва атрибута порожня</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="77"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>тип «%1» не є жодним із: text, number, date, category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="79"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation>атрибут «%1» має тип %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не є числом</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«%1» не є датою (використовуйте РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation>Ідентифікувальний: не потрапляє до знеособленого експорту. Клацніть правою кнопкою, щоб змінити.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation>Клацніть правою кнопкою, щоб позначити його як ідентифікувальний (не потрапить до знеособленого експорту).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation>🔒 %1 (%2, ідентифікувальний)</translation>
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
        <translation>Вимір</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation>Коди</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation>Шляхи кодів через кому</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::BoundaryDialog</name>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="25"/>
        <source>Edit boundaries</source>
        <translation>Змінити межі</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="44"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="45"/>
        <source>Start (code point):</source>
        <translation>Початок (кодова точка):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="46"/>
        <source>End (code point, not included):</source>
        <translation>Кінець (кодова точка, не включається):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="80"/>
        <source>The start must come before the end.</source>
        <translation>Початок має бути раніше за кінець.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation>Додати атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation>Додати випадок…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation>Імпорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation>Назва нового атрибута</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>CSV із заголовком document,attribute,value[,type] або case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation>Ідентифікувальний (не потрапляє до знеособленого експорту)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation>Імпортуйте документ, перш ніж додавати атрибути.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation>Додайте випадок, перш ніж додавати атрибути.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation>Додати випадок</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation>Назва випадку:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation>Імпорт атрибутів</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation>Випадки й атрибути</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation>Кольори кодів</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation>Зберегти зображення…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation>Стовпчикова діаграма</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation>Стовпчикова діаграма з накопиченням</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation>Середні за групами</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation>Теплова карта</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>Середні за групами: рядки — атрибут випадку, стовпці — коди або вимір</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation>Діаграма:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation>Вимкнено: палітра, яку розрізняють і люди з порушеннями кольоросприйняття. Увімкнено: власні кольори кодів, якщо всі вони різні.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>Виберіть матрицю на панелі матриці, щоб побудувати діаграму.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>Для середніх за групами потрібні рядки — атрибут випадку і стовпці — коди або вимір.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation>Середня кількість цитат на випадок за %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation>середнє на випадок</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation>Не вдається закодувати зображення для %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Зображення PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CloneDialog</name>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="23"/>
        <source>&amp;Encrypt my copy with a password or key file</source>
        <translation>&amp;Зашифрувати мою копію паролем або файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="26"/>
        <location filename="../../ui/hub/clonedialog.cpp" line="87"/>
        <source>Clone from team server</source>
        <translation>Клонування з командного сервера</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="27"/>
        <source>Makes your own copy of a team project. You code in it offline; it syncs with the server every minute while the server can be reached.</source>
        <translation>Створює вашу власну копію командного проєкту. Ви кодуєте в ній без підключення до мережі; поки сервер доступний, копія синхронізується з ним щохвилини.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="35"/>
        <source>The coder name your lead gave you on the server</source>
        <translation>Ім’я кодувальника, яке керівник призначив вам на сервері</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="38"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Назва проєкту на сервері:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="39"/>
        <source>&amp;Coder name:</source>
        <translation>Ім’я &amp;кодувальника:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="44"/>
        <source>Save &amp;as:</source>
        <translation>Зберегти &amp;як:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="53"/>
        <source>C&amp;lone</source>
        <translation>К&amp;лонувати</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="81"/>
        <source>team-project</source>
        <translation>командний-проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="89"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проєкти Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="126"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Укажіть рядок підключення до командного сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="128"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Не вказуйте пароль у рядку підключення (його було б збережено в проєкті); введіть його в полі пароля.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="131"/>
        <source>Name the project on the server.</source>
        <translation>Укажіть назву проєкту на сервері.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="133"/>
        <source>Give the coder name your lead gave you.</source>
        <translation>Укажіть ім’я кодувальника, яке призначив вам керівник.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="135"/>
        <source>Choose where to save your copy.</source>
        <translation>Виберіть, де зберегти вашу копію.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="137"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже існує; виберіть нове ім’я файлу.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не існує.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="91"/>
        <source>Undefined</source>
        <translation>Не визначено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="95"/>
        <source>%1 of %2 code points coded by both</source>
        <translation>%1 з %2 кодових точок закодовано обома</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="97"/>
        <source>A dimension: its segments are those of all its values</source>
        <translation>Вимір: його сегменти — сегменти всіх його значень</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="113"/>
        <source>Code points (characters) coded</source>
        <translation>Закодовано кодових точок (символів)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="114"/>
        <source>Code points both coded or both left uncoded, of all code points</source>
        <translation>Частка кодових точок, які обидва закодували або обидва залишили незакодованими</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="115"/>
        <source>Cohen&apos;s kappa per code point</source>
        <translation>Каппа Коена за кодовими точками</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="116"/>
        <source>Krippendorff&apos;s unitized alpha</source>
        <translation>Унітизована альфа Кріппендорфа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="123"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="126"/>
        <source>Both</source>
        <translation>Обидва</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="127"/>
        <source>Percent</source>
        <translation>Відсоток</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="128"/>
        <source>Kappa</source>
        <translation>Каппа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="129"/>
        <source>Alpha</source>
        <translation>Альфа</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeNetworkView</name>
    <message>
        <location filename="../../ui/relations/codenetworkview.cpp" line="65"/>
        <source>No coded quotes yet.</source>
        <translation>Ще немає закодованих цитат.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="232"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="233"/>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation>Новий код…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation>Новий підкод…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation>Опис…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>New memo on this code…</source>
        <translation>Нова нотатка до цього коду…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Colour…</source>
        <translation>Колір…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Keyboard shortcut…</source>
        <translation>Сполучення клавіш…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Merge into…</source>
        <translation>Об’єднати з…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="99"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New sub-code</source>
        <translation>Новий підкод</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New code</source>
        <translation>Новий код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="201"/>
        <source>Delete code</source>
        <translation>Видалити код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="202"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>Видалити «%1» і %n підкод?</numerusform>
            <numerusform>Видалити «%1» і %n підкоди?</numerusform>
            <numerusform>Видалити «%1» і %n підкодів?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="203"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation>
            <numerusform>Буде видалено %n кодування, цитати залишаться без коду. Цю дію можна скасувати.</numerusform>
            <numerusform>Буде видалено %n кодування, цитати залишаться без коду. Цю дію можна скасувати.</numerusform>
            <numerusform>Буде видалено %n кодувань, цитати залишаться без коду. Цю дію можна скасувати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="276"/>
        <source>Description of “%1”</source>
        <translation>Опис «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="277"/>
        <source>What this code means, and when to apply it:</source>
        <translation>Що означає цей код і коли його застосовувати:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="225"/>
        <source>Merge code</source>
        <translation>Об’єднати код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="226"/>
        <source>Merge “%1” into:</source>
        <translation>Об’єднати «%1» з:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="238"/>
        <source>Code colour</source>
        <translation>Колір коду</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation>Хто кодує?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation>Ваше ім’я записується в кожному кодуванні й кожній нотатці, які ви робите, щоб кодування команди можна було розрізнити й порівняти. Змінити його можна пізніше в Редагування → Налаштування або клацнувши його в рядку стану.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation>Ваше ім’я або ініціали</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation>Порівняння кодувальників: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation>Порівняння:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation>Кодування записуються під цим ім’ям. Клацніть, щоб змінити.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation>Кодувальник: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation>&amp;Кодувальники</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation>&amp;Усі кодувальники</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation>Лише &amp;мої</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation>&amp;Один кодувальник</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation>&amp;Порівняти кодувальників</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation>Показує кодування всіх кодувальників</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation>Показує лише кодування поточного кодувальника</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation>Показує кодування всіх кодувальників поруч, кожного своїм кольором</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation>Поки що ніхто не кодував</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation>Це копія наосліп для %1: показано лише кодування %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation>Відкрийте документ і виділіть текст для кодування.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation>Спершу виділіть текст для кодування.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation>Цей код не є значенням виміру.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
        <source>No recent code %1.</source>
        <translation>Немає недавнього коду %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="26"/>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="46"/>
        <source>&amp;Restore the other version</source>
        <translation>&amp;Відновити іншу версію</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="49"/>
        <source>Team conflicts</source>
        <translation>Конфлікти в команді</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="50"/>
        <source>Two members changed the same thing before either had synced. The later change on the server won; the other is kept here. Restoring it makes it the current version for everyone at your next sync.</source>
        <translation>Двоє учасників змінили одне й те саме, перш ніж хтось із них синхронізувався. Переважила пізніша зміна на сервері; іншу збережено тут. Якщо її відновити, під час вашої наступної синхронізації вона стане поточною версією для всіх.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: by</source>
        <translation>Збережено: автор</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: value</source>
        <translation>Збережено: значення</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: by</source>
        <translation>Відкладено: автор</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: value</source>
        <translation>Відкладено: значення</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="94"/>
        <source>Asking the server…</source>
        <translation>Запит до сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="100"/>
        <source>This project is not linked to a team server.</source>
        <translation>Цей проєкт не пов’язаний із командним сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="135"/>
        <source> (restored)</source>
        <translation> (відновлено)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="140"/>
        <source>No conflicts: no two members changed the same thing at once.</source>
        <translation>Конфліктів немає: жодні двоє учасників не змінювали одне й те саме одночасно.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="153"/>
        <source>Select a conflict first</source>
        <translation>Спершу виберіть конфлікт</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="154"/>
        <source>Makes the set-aside value the current one</source>
        <translation>Робить відкладене значення поточним</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="155"/>
        <source>This version has been restored already</source>
        <translation>Цю версію вже відновлено</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="165"/>
        <source>Not restored: %1</source>
        <translation>Не відновлено: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConnectionFields</name>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="14"/>
        <source>A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…</source>
        <translation>Рядок підключення PostgreSQL: host=… port=… dbname=… user=… або postgresql://…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="18"/>
        <source>empty: from ~/.pgpass</source>
        <translation>порожньо: з ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="19"/>
        <source>Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass.</source>
        <translation>Використовується лише для цього підключення й ніде не зберігається. Для автоматичної синхронізації вкажіть його в ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="20"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DimensionAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="51"/>
        <source>Undefined</source>
        <translation>Не визначено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="62"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values</source>
        <translation>cu-альфа Кріппендорфа за значеннями виміру</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>Dimension</source>
        <translation>Вимір</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>cu-alpha</source>
        <translation>cu-альфа</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementModel</name>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="22"/>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="43"/>
        <source>A only</source>
        <translation>Лише A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="44"/>
        <source>B only</source>
        <translation>Лише B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="45"/>
        <source>Boundary</source>
        <translation>Межі</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="53"/>
        <source>Accepted A</source>
        <translation>Прийнято A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="54"/>
        <source>Accepted B</source>
        <translation>Прийнято B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="55"/>
        <source>Accepted both</source>
        <translation>Прийнято обидва</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="56"/>
        <source>Edited</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="57"/>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="86"/>
        <source>Unsettled</source>
        <translation>Не вирішено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="98"/>
        <source>Code points %1 to %2 (%n code point(s))</source>
        <translation>
            <numerusform>Кодові точки з %1 по %2 (%n кодова точка)</numerusform>
            <numerusform>Кодові точки з %1 по %2 (%n кодові точки)</numerusform>
            <numerusform>Кодові точки з %1 по %2 (%n кодових точок)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="100"/>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="101"/>
        <source>%1 coded %2</source>
        <translation>%1 закодував(ла) %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="104"/>
        <source>The consensus codes %1 (decided %2)</source>
        <translation>Консенсус кодує %1 (вирішено %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="105"/>
        <source>No decision yet</source>
        <translation>Рішення ще немає</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="125"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="126"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="127"/>
        <source>Span</source>
        <translation>Відрізок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="130"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementsPanel</name>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="27"/>
        <source>Accept &amp;A</source>
        <translation>Прийняти &amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept &amp;B</source>
        <translation>Прийняти &amp;B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept b&amp;oth</source>
        <translation>Прийняти &amp;обидва</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Edit boundaries…</source>
        <translation>&amp;Змінити межі…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Reject</source>
        <translation>&amp;Відхилити</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Adopt a&amp;greed codings</source>
        <translation>Перенести &amp;збіжне кодування</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="71"/>
        <source>The consensus codes the whole stretch</source>
        <translation>Консенсус кодує весь відрізок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="72"/>
        <source>The consensus codes nothing of the stretch: it is settled as not this code</source>
        <translation>Консенсус нічого не кодує на відрізку: вирішено, що це не цей код</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="73"/>
        <source>The consensus codes a span you give, in code points</source>
        <translation>Консенсус кодує заданий вами відрізок у кодових точках</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="74"/>
        <source>Codes every stretch both coders coded alike for the consensus coder</source>
        <translation>Кодує для консенсусу кожен відрізок, який обидва кодувальники закодували однаково</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="75"/>
        <source>The coder the decisions are written to; pick it as a coder above to compare with it</source>
        <translation>Кодувальник, якому записуються рішення; позначте його вище, щоб порівняти з ним</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="91"/>
        <source>Consensus coder:</source>
        <translation>Консенсус-кодувальник:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="119"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Виберіть код у таблиці узгодженості, щоб побачити його розбіжності.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="142"/>
        <source>Disagreements on %1 — A: %2, B: %3</source>
        <translation>Розбіжності щодо коду %1 — A: %2, B: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="215"/>
        <source>%1 and %2 agree everywhere on this code.</source>
        <translation>%1 і %2 повністю узгоджені щодо цього коду.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="238"/>
        <source>%1 of %2 settled</source>
        <translation>Вирішено %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>The consensus codes what %1 coded</source>
        <translation>Консенсус кодує те, що закодував(ла) %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="283"/>
        <source>Select a disagreement first.</source>
        <translation>Спершу виберіть розбіжність.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="291"/>
        <source>%1: code points %2–%3 of %4</source>
        <translation>%1: кодові точки %2–%3 у документі %4</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="310"/>
        <source>Choose a code and a pair of coders first.</source>
        <translation>Спершу виберіть код і пару кодувальників.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="315"/>
        <source>Adopted %n agreed coding(s) for %1.</source>
        <translation>
            <numerusform>Перенесено %n збіжне кодування для %1.</numerusform>
            <numerusform>Перенесено %n збіжні кодування для %1.</numerusform>
            <numerusform>Перенесено %n збіжних кодувань для %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="329"/>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="338"/>
        <source>Export disagreements</source>
        <translation>Експорт розбіжностей</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="339"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="176"/>
        <source>%1
%n code point(s)</source>
        <translation>
            <numerusform>%1
%n символ</numerusform>
            <numerusform>%1
%n символи</numerusform>
            <numerusform>%1
%n символів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="193"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="194"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="195"/>
        <source>Speakers</source>
        <translation>Мовці</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="196"/>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>Фільтр документів</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentView</name>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="551"/>
        <source>p. %1</source>
        <comment>page of a PDF document</comment>
        <translation>с. %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="738"/>
        <source>Memo on quote…</source>
        <translation>Нотатка до цитати…</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="27"/>
        <source>&amp;Export</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="vanished">&amp;Звіт оцінювання (PDF, ODT, HTML, XLSX)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="vanished">PDF (*.pdf);;Текст OpenDocument (*.odt);;Вебсторінка (*.html *.htm);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Evaluation &amp;report…</source>
        <translation>&amp;Звіт оцінювання…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>&amp;Проєкт REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Проєкти REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Кодова книга (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Кодові книги REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>К&amp;одування (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="99"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="109"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="98"/>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="107"/>
        <source>Cannot export %1: %2</source>
        <translation>Не вдається експортувати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1</source>
        <translation>Експортовано %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1 (redacted)</source>
        <translation>Експортовано %1 (знеособлено)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::FrameworkPanel</name>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="53"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="59"/>
        <source>Save summary</source>
        <translation>Зберегти підсумок</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="62"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="63"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="74"/>
        <source>Double-click a quote to open it in its document</source>
        <translation>Двічі клацніть цитату, щоб відкрити її в документі</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="75"/>
        <source>What does this row say about this code? Write the summary here.</source>
        <translation>Що цей рядок каже про цей код? Напишіть підсумок тут.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="80"/>
        <source>Rows:</source>
        <translation>Рядки:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="83"/>
        <source>Columns:</source>
        <translation>Стовпці:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="91"/>
        <source>Quotes:</source>
        <translation>Цитати:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="93"/>
        <source>Summary:</source>
        <translation>Підсумок:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="96"/>
        <source>Earlier versions:</source>
        <translation>Раніші версії:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="179"/>
        <source>Choose a dimension, or list codes, for the columns.</source>
        <translation>Виберіть вимір або перелічіть коди для стовпців.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="196"/>
        <source>%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). Select a cell to read its quotes and write its summary.</source>
        <translation>%1 × %2: підсумки є в %3 з %4 клітинок, прогалин: %5 (сірі: немає ні цитат, ні підсумку). Виберіть клітинку, щоб прочитати її цитати й написати підсумок.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="230"/>
        <source>gap</source>
        <translation>прогалина</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>1 quote</source>
        <translation>1 цитата</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>%1 quotes</source>
        <translation>цитат: %1</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="241"/>
        <source>%1 — not summarised yet</source>
        <translation>%1 — підсумку ще немає</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="275"/>
        <source>Select a cell.</source>
        <translation>Виберіть клітинку.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="293"/>
        <source>No quote of this row carries this code.</source>
        <translation>Жодна цитата цього рядка не має цього коду.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="305"/>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="353"/>
        <source>There is no framework matrix to export.</source>
        <translation>Немає рамкової матриці для експорту.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="360"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="362"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="365"/>
        <source>Export framework matrix</source>
        <translation>Експорт рамкової матриці</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="361"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>Книга Excel (*.xlsx);;Документ Word (*.docx);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="27"/>
        <source>&amp;Blind: leave out other coders&apos; work</source>
        <translation>&amp;Наосліп: без роботи інших кодувальників</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation>&amp;Зашифрувати копію</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation>Видати копію для кодувальника</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation>Копія цього проєкту для одного кодувальника: кодова книга та вибрані документи. Його робота повертається назад через Файл → Об’єднати проєкт….</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation>У копії немає кодувань і нотаток інших кодувальників; вона показує лише роботу свого кодувальника.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation>Копія відкривається лише власним паролем (його буде запитано далі) або файлом ключа.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation>&amp;Записати копію</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Кодувальник:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Документи:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Зберегти як:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation>кодувальник</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проєкти Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation>Укажіть кодувальника, для якого призначена копія.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation>Виберіть принаймні один документ.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation>Виберіть, де зберегти копію.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже існує; виберіть нове ім’я файлу.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation>Копія не може замінити сам проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
        <translation>Проєкт зашифровано, але копію не буде зашифровано: її вміст зможе прочитати будь-хто, хто має доступ до %1. Все одно записати її незашифрованою?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation>Немає що показати</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubActions</name>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="34"/>
        <source>&amp;Team</source>
        <translation>Ко&amp;манда</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="37"/>
        <source>&amp;Publish to team server…</source>
        <translation>&amp;Опублікувати на командному сервері…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="40"/>
        <source>&amp;Clone from team server…</source>
        <translation>&amp;Клонувати з командного сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="42"/>
        <source>Makes your own copy of a team project, synced with its server</source>
        <translation>Створює вашу власну копію командного проєкту, синхронізовану з його сервером</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="45"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="48"/>
        <source>Team &amp;status…</source>
        <translation>Ст&amp;ан команди…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="51"/>
        <source>C&amp;onflicts…</source>
        <translation>Кон&amp;флікти…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="65"/>
        <source>Open the project to publish first</source>
        <translation>Спершу відкрийте проєкт, який треба опублікувати</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="66"/>
        <source>This project is a copy of %1 on a team server already</source>
        <translation>Цей проєкт уже є копією %1 на командному сервері</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="67"/>
        <source>Uploads this project to a team server; you become its lead</source>
        <translation>Завантажує цей проєкт на командний сервер; ви стаєте його керівником</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="68"/>
        <source>This project is not a copy from a team server (Team → Clone or Publish)</source>
        <translation>Цей проєкт не є копією з командного сервера (Команда → Клонувати або Опублікувати)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="69"/>
        <source>Open a project cloned from a team server first</source>
        <translation>Спершу відкрийте проєкт, клонований з командного сервера</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="74"/>
        <source>Sends your changes and fetches your teammates&apos; (also done every minute)</source>
        <translation>Надсилає ваші зміни й отримує зміни колег (це також відбувається щохвилини)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="75"/>
        <source>Server, role, changes to send, members</source>
        <translation>Сервер, роль, зміни до надсилання, учасники</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="78"/>
        <source>Changes that lost to a teammate&apos;s, to review and restore</source>
        <translation>Зміни, що поступилися змінам колег, — для перегляду й відновлення</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="79"/>
        <source>Only the lead reviews conflicts; the codebook is the lead&apos;s</source>
        <translation>Конфлікти розглядає лише керівник: кодова книга належить керівникові</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="87"/>
        <source>Team server</source>
        <translation>Командний сервер</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="137"/>
        <source>The project was not published: %1</source>
        <translation>Проєкт не опубліковано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="142"/>
        <source>Published %1 to the team server: %n row(s).</source>
        <translation>
            <numerusform>Проєкт %1 опубліковано на командному сервері: %n рядок.</numerusform>
            <numerusform>Проєкт %1 опубліковано на командному сервері: %n рядки.</numerusform>
            <numerusform>Проєкт %1 опубліковано на командному сервері: %n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="174"/>
        <source>Nothing was cloned: %1</source>
        <translation>Нічого не клоновано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="179"/>
        <source>Cloned %1 into %2: %n operation(s).</source>
        <translation>
            <numerusform>Проєкт %1 клоновано в %2: %n операція.</numerusform>
            <numerusform>Проєкт %1 клоновано в %2: %n операції.</numerusform>
            <numerusform>Проєкт %1 клоновано в %2: %n операцій.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="222"/>
        <source>Restored: it goes to the team at the next sync.</source>
        <translation>Відновлено: зміну буде надіслано команді під час наступної синхронізації.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubSession</name>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="17"/>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="64"/>
        <source>Team: %n change(s) from teammates applied.</source>
        <translation>
            <numerusform>Команда: застосовано %n зміну від колег.</numerusform>
            <numerusform>Команда: застосовано %n зміни від колег.</numerusform>
            <numerusform>Команда: застосовано %n змін від колег.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="66"/>
        <source>Team: %n of your change(s) lost to a teammate&apos;s; the lead can review them in Team → Conflicts.</source>
        <translation>
            <numerusform>Команда: %n ваша зміна поступилася зміні колеги; керівник може переглянути її в меню Команда → Конфлікти.</numerusform>
            <numerusform>Команда: %n ваші зміни поступилися змінам колег; керівник може переглянути їх у меню Команда → Конфлікти.</numerusform>
            <numerusform>Команда: %n ваших змін поступилися змінам колег; керівник може переглянути їх у меню Команда → Конфлікти.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="69"/>
        <source>the sync failed</source>
        <translation>синхронізація не вдалася</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="72"/>
        <source>Team sync failed: %1</source>
        <translation>Синхронізація з командою не вдалася: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="47"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>Імпортувати п&amp;роєкт REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="50"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Імпортувати кодову кн&amp;игу (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="58"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="126"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="151"/>
        <source>Import REFI-QDA project</source>
        <translation>Імпорт проєкту REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="61"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>%1 уже існує; виберіть нову назву файлу для імпортованого проєкту.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="65"/>
        <source>Cannot create %1: %2</source>
        <translation>Не вдається створити %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="75"/>
        <source>Import cancelled: %n source(s) have no text in the archive.</source>
        <translation>
            <numerusform>Імпорт скасовано: %n джерело не містить тексту в архіві.</numerusform>
            <numerusform>Імпорт скасовано: %n джерела не містять тексту в архіві.</numerusform>
            <numerusform>Імпорт скасовано: %n джерел не містять тексту в архіві.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="92"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="113"/>
        <source>Cannot import %1: %2</source>
        <translation>Не вдається імпортувати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="99"/>
        <source>Created %1 from %2.</source>
        <translation>Створено %1 з %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="143"/>
        <source>Import codebook</source>
        <translation>Імпорт кодової книги</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="108"/>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>Наявні коди збережено; відмінності перелічено вище.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="127"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Проєкти та кодові книги REFI-QDA (*.qdpx *.qdc);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="132"/>
        <source>New project from %1</source>
        <translation>Новий проєкт з %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="133"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проєкти Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="144"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Кодові книги REFI-QDA (*.qdc);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="152"/>
        <source>%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.</source>
        <translation>
            <numerusform>%n джерело в %1 не містить тексту, який Crosscut може прочитати, тому його не можна імпортувати.</numerusform>
            <numerusform>%n джерела в %1 не містять тексту, який Crosscut може прочитати, тому їх не можна імпортувати.</numerusform>
            <numerusform>%n джерел у %1 не містять тексту, який Crosscut може прочитати, тому їх не можна імпортувати.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="157"/>
        <source>Import everything else (codes, the other sources and their quotes, cases, memos) without them?</source>
        <translation>Імпортувати все інше (коди, інші джерела з їхніми цитатами, випадки, нотатки) без них?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="160"/>
        <source>Import what is there</source>
        <translation>Імпортувати те, що є</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::KwicPanel</name>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="55"/>
        <source>Whole words only</source>
        <translation>Лише цілі слова</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="57"/>
        <source>Show in context</source>
        <translation>Показати в контексті</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="62"/>
        <source>Code sentences</source>
        <translation>Закодувати речення</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="66"/>
        <source>A word or phrase (advoca finds advocacy, advocates …)</source>
        <translation>Слово або фраза (захис знаходить захист, захисники …)</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="69"/>
        <source> characters</source>
        <translation> символів</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="70"/>
        <source>Context shown either side of each hit</source>
        <translation>Контекст з обох боків кожної знахідки</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Left context</source>
        <translation>Лівий контекст</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Keyword</source>
        <translation>Ключове слово</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Right context</source>
        <translation>Правий контекст</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="92"/>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="97"/>
        <source>Code the selected hits&apos; sentences with</source>
        <translation>Закодувати речення вибраних знахідок кодом</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="221"/>
        <source>Type a word or phrase and press Enter.</source>
        <translation>Введіть слово або фразу й натисніть Enter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>Поки що %n знахідка …</numerusform>
            <numerusform>Поки що %n знахідки …</numerusform>
            <numerusform>Поки що %n знахідок …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n знахідка</numerusform>
            <numerusform>%n знахідки</numerusform>
            <numerusform>%n знахідок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="227"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Вибрано: %n</numerusform>
            <numerusform>Вибрано: %n</numerusform>
            <numerusform>Вибрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="240"/>
        <source>Select the hits to code.</source>
        <translation>Виберіть знахідки, які треба закодувати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="249"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n нове кодування кодом %1</numerusform>
            <numerusform>%n нові кодування кодом %1</numerusform>
            <numerusform>%n нових кодувань кодом %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation>Жива сесія — %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="123"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Pause (Ctrl+P)</source>
        <translation>Пауза (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="126"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation>⚑ Позначити (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation>Вводьте те, що кажуть; Enter фіксує</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation>■ Завершити сесію</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation>Зупиняє годинник і закриває це вікно. Сесія → Відновити живу сесію продовжує її; час між ними записується як перерва і не враховується.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation>примітка до позначки (необов’язково): Enter позначає, Esc скасовує</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation>Новий учасник:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation>псевдонім: Enter додає учасника на наступну Alt+цифра, Esc скасовує</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation>Shift+клавіша кодує останню репліку · повторне натискання тієї ж клавіші знімає код · клацання правою кнопкою на мітці коду видаляє її · Ctrl+Z скасовує останню дію в сесії · Ctrl+N — приєднався учасник</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation>+ Учасник (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation>Позначки немає.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation>Учасника не додано.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation>Жоден учасник не має клавіші Alt+%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation>%1 не має коду в кодовій книзі цієї живої сесії (див. клавіші над полем введення).</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation>Ще нічого не зафіксовано для кодування</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation>Кодування «%1» видалено (Ctrl+Z повертає його)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation>Видалити кодування «%1» з цієї репліки</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation>%1 приєднується (вільних клавіш немає: клацніть ім’я)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation>%1 приєднується: Alt+%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation>Продовжити (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;у цієї репліки ще немає кодів&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation>Під час фіксації: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation>Не вдалося зберегти чернетку: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>Не вдалося синхронізувати проєкт із диском: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="708"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation>вікно запису було закрито на %1 — не враховується в часі сесії</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation>Інші коди</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation>Кодової книги живої сесії немає: кодуйте в робочому середовищі після сесії.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="37"/>
        <source>Start live session</source>
        <translation>Почати живу сесію</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="44"/>
        <source>speaks on Alt+0</source>
        <translation>говорить на Alt+0</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Place</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="49"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Фасилітатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation>&lt;b&gt;Список учасників&lt;/b&gt; — клавіша кожного мовця: Alt+цифра; щоб додати учасника, введіть ім’я в останньому рядку</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Attributes</source>
        <translation>Атрибути</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="62"/>
        <source>Load roster &amp;CSV…</source>
        <translation>Завантажити список із &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>Roster CSV</source>
        <translation>CSV зі списком учасників</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="69"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation>CSV у кодуванні UTF-8 із рядком заголовка &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; клавіша може бути порожньою (тоді призначається наступна вільна цифра); інші стовпці стають атрибутами випадку:&lt;pre&gt;pseudonym,key,Група, якій служать
Айгуль,1,Секс-працівники
Раві,,&quot;Люди, які вживають наркотики&quot;&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="77"/>
        <source>…or add existing cases:</source>
        <translation>…або додайте наявні випадки:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="86"/>
        <source>Add checked &amp;cases</source>
        <translation>Додати позначені &amp;випадки</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation>&lt;b&gt;Кодова книга живої сесії&lt;/b&gt; — позначте виміри, які треба кодувати під час сесії</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="133"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation>Значення позначених вимірів розподіляються на клавіші в порядку позначення: F1…F12, потім Ctrl+1…Ctrl+9 (вимір ніколи не ділиться між ними). Будь-яку клавішу потім можна змінити праворуч.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="141"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation>Клавіша → код (Shift+клавіша: остання репліка)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="380"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation>Додайте хоча б одного учасника: введіть ім’я в списку, завантажте CSV зі списком або позначте випадки.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="145"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live/livesetupdialog.cpp" line="108"/>
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>%1 (%n значення)</numerusform>
            <numerusform>%1 (%n значення)</numerusform>
            <numerusform>%1 (%n значень)</numerusform>
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
        <translation>Почати сесію</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="213"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation>%1 не вміщується на вільних клавішах; спершу зніміть позначку з іншого виміру.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="233"/>
        <source>Facilitator</source>
        <translation>Фасилітатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="285"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation>«%1» уже є в списку учасників.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="356"/>
        <source>facilitator</source>
        <translation>фасилітатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="363"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation>Введіть псевдонім і натисніть Enter, щоб додати учасника</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="365"/>
        <source>(next)</source>
        <translation>(наступна)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="376"/>
        <source>Give the session a title.</source>
        <translation>Дайте сесії назву.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="378"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>Документ із назвою «%1» уже існує.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation>Цей проєкт зашифровано: він відкривається лише з паролем або файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New project</source>
        <translation>&amp;Новий проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>From the &amp;intersectional template…</source>
        <translation>З &amp;інтерсекційного шаблону…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>Intersectional template in &amp;another language</source>
        <translation>Інтерсекційний шаблон іншою &amp;мовою</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Порожній…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>Open &amp;recent</source>
        <translation>Відкрити &amp;останні</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Відкрити &amp;демопроєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Імпортувати документи…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;Encrypt project…</source>
        <translation>&amp;Зашифрувати проєкт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation>Шифрує файл проєкту паролем або файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>Change &amp;password…</source>
        <translation>Змінити &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="215"/>
        <source>&amp;Close project</source>
        <translation>За&amp;крити проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="224"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="228"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Apply &amp;code…</source>
        <translation>Застосувати &amp;код…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Codes</source>
        <translation>&amp;Коди</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Check project integrity…</source>
        <translation>&amp;Перевірити цілісність проєкту…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation>Перевіряє файл проєкту та кожну цитату, кожне кодування й кожну позицію в тексті</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Pseudonymise…</source>
        <translation>Псевдо&amp;німізувати…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation>Замінює справжні імена псевдонімами в усьому проєкті, безповоротно</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation>Спершу завершіть живу сесію: імена не можна псевдонімізувати, поки відкрите вікно запису.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation>
            <numerusform>Псевдонімізовано: %n заміна; історію стерто</numerusform>
            <numerusform>Псевдонімізовано: %n заміни; історію стерто</numerusform>
            <numerusform>Псевдонімізовано: %n замін; історію стерто</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>&amp;Session</source>
        <translation>&amp;Сесія</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard coding</source>
        <translation>Кодування з &amp;клавіатури</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Keyboard coding</source>
        <translation>Кодування з клавіатури</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Виділіть текст, потім:
• натисніть сполучення клавіш коду або Ctrl+K, введіть частину його назви й натисніть Enter
• 1–9: недавні коди
• клацніть значення на панелі швидкого кодування, по одному для кожного виміру
Alt+Shift+←/→ переміщує кінець поточної цитати, Ctrl+Alt+Shift+←/→ — її початок.
Ctrl+Z скасовує, Ctrl+Shift+Z повторює.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>&amp;About Crosscut</source>
        <translation>&amp;Про Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>About Crosscut</source>
        <translation>Про Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;Робоче середовище якісного кодування для інтерсекційного оцінювання програм.</translation>
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
        <translation>Цей файл ключа не відкриває проєкт. Спробуйте інший.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Wrong password. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>Cannot open %1: %2</source>
        <translation>Не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="409"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Cannot encrypt %1: %2</source>
        <translation>Не вдається зашифрувати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>The project is encrypted.</source>
        <translation>Проєкт зашифровано.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="445"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation>Це не файл ключа цього проєкту. Спробуйте інший.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>The current password is wrong. Try again.</source>
        <translation>Поточний пароль неправильний. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="452"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cannot change the password: %1</source>
        <translation>Не вдається змінити пароль: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>The password is changed.</source>
        <translation>Пароль змінено.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="471"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже існує; виберіть нову назву файлу.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>Cannot create %1: %2</source>
        <translation>Не вдається створити %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="588"/>
        <source>Check project integrity</source>
        <translation>Перевірка цілісності проєкту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation>
            <numerusform>Проєкт узгоджений: пройдено %n перевірку.</numerusform>
            <numerusform>Проєкт узгоджений: пройдено %n перевірки.</numerusform>
            <numerusform>Проєкт узгоджений: пройдено %n перевірок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="594"/>
        <source>The project is consistent.</source>
        <translation>Проєкт узгоджений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="600"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation>
            <numerusform>Знайдено %n проблему. Збережіть копію файлу, перш ніж його змінювати, і відновіть із резервної копії, якщо цитати пошкоджено.</numerusform>
            <numerusform>Знайдено %n проблеми. Збережіть копію файлу, перш ніж його змінювати, і відновіть із резервної копії, якщо цитати пошкоджено.</numerusform>
            <numerusform>Знайдено %n проблем. Збережіть копію файлу, перш ніж його змінювати, і відновіть із резервної копії, якщо цитати пошкоджено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="656"/>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="661"/>
        <source>Matrix</source>
        <translation>Матриця</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="677"/>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="684"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="689"/>
        <source>KWIC</source>
        <translation>KWIC</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="694"/>
        <source>Memos</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Framework</source>
        <translation>Рамковий аналіз</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="704"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="711"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="722"/>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="731"/>
        <source>Code relations</source>
        <translation>Зв’язки кодів</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="742"/>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="769"/>
        <source> (encrypted)</source>
        <translation> (зашифровано)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n коди</numerusform>
            <numerusform>%n кодів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитати</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="794"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n кодування</numerusform>
            <numerusform>%n кодування</numerusform>
            <numerusform>%n кодувань</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="829"/>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="832"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Імпортовано %n документ.</numerusform>
            <numerusform>Імпортовано %n документи.</numerusform>
            <numerusform>Імпортовано %n документів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="846"/>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="847"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проєкти Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="855"/>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="856"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Проєкти Crosscut (*.crosscut);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Import documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Transcripts (%1)</source>
        <translation>Транскрипти (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="892"/>
        <source>The demo project is not installed.</source>
        <translation>Демопроєкт не встановлено.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="900"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>Не вдається скопіювати демопроєкт до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="935"/>
        <source>This is a copy of a team project: it codes as %1, the coder the team server knows it by.</source>
        <translation>Це копія командного проєкту: у ній кодує %1 — кодувальник, під іменем якого її знає командний сервер.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Undone: %1</source>
        <translation>Скасовано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="51"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation>%1 × %2: %3 (цитат: %4)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n випадок</numerusform>
            <numerusform>%n випадки</numerusform>
            <numerusform>%n випадків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитати</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation>Кількості</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation>% рядка</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation>% стовпця</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation>% загалом</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation>Рядки:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation>Стовпці:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation>Рахувати:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation>Кодувальник:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation>Усі кодувальники</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>%1 × %2 — усього %3; клацніть клітинку, щоб прочитати її цитати.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation>Експорт матриці</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="266"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixSpecRow</name>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="42"/>
        <source>Rows of the matrix</source>
        <translation>Рядки матриці</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="43"/>
        <source>Columns of the matrix</source>
        <translation>Стовпці матриці</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="45"/>
        <source>Quotes</source>
        <translation>Цитати</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="46"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="47"/>
        <source>Cases</source>
        <translation>Випадки</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="48"/>
        <source>What each cell counts</source>
        <translation>Що рахується в кожній клітинці</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="49"/>
        <source>Counts only</source>
        <translation>Лише кількість</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="50"/>
        <source>Row %</source>
        <translation>% рядка</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="51"/>
        <source>Column %</source>
        <translation>% стовпця</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="52"/>
        <source>% of total</source>
        <translation>% від усього</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="53"/>
        <source>The shares shown beside the counts</source>
        <translation>Частки, що показуються поруч із кількістю</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="56"/>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="57"/>
        <source>Leave this matrix out of the report</source>
        <translation>Не включати цю матрицю до звіту</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="62"/>
        <source>The report&apos;s first matrix counts quotes</source>
        <translation>Перша матриця звіту рахує цитати</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="63"/>
        <source>The report&apos;s first matrix shows row shares</source>
        <translation>Перша матриця звіту показує частки за рядками</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="65"/>
        <source>The report always has its first matrix</source>
        <translation>Перша матриця у звіті є завжди</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="81"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoDialog</name>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>Memo on code “%1”</source>
        <translation>Нотатка до коду «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>New memo on code “%1”</source>
        <translation>Нова нотатка до коду «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation>Нотатка до цитати</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>New memo on quote</source>
        <translation>Нова нотатка до цитати</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Quote:</source>
        <translation>Цитата:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="42"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="43"/>
        <source>Memo:</source>
        <translation>Нотатка:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoListModel</name>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="36"/>
        <source>A live flag whose memo was deleted: read-only.</source>
        <translation>Позначка живої сесії, нотатку якої видалено: лише для читання.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="42"/>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="59"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="60"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="61"/>
        <source>Attached to</source>
        <translation>Прив’язана до</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="62"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="63"/>
        <source>Modified</source>
        <translation>Змінено</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="37"/>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="38"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="39"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="40"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="41"/>
        <source>Case</source>
        <translation>Випадок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="62"/>
        <source>Modified from</source>
        <translation>Змінені з</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="72"/>
        <location filename="../../ui/memos/memospanel.cpp" line="430"/>
        <source>New memo</source>
        <translation>Нова нотатка</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="73"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="74"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="75"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="79"/>
        <source>Restore this version</source>
        <translation>Відновити цю версію</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="80"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="82"/>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="87"/>
        <source>Show memos of one kind</source>
        <translation>Показати нотатки одного виду</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="88"/>
        <source>Show the memos of one author</source>
        <translation>Показати нотатки одного автора</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="97"/>
        <source>Only memos last changed between these dates (inclusive)</source>
        <translation>Лише нотатки, востаннє змінені між цими датами (включно)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="98"/>
        <source>Search memos…</source>
        <translation>Пошук у нотатках…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="150"/>
        <source>Versions (oldest first):</source>
        <translation>Версії (спершу старіші):</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="264"/>
        <source>All authors</source>
        <translation>Усі автори</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="347"/>
        <source>written %1</source>
        <translation>написана %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="349"/>
        <source>modified %1</source>
        <translation>змінена %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="351"/>
        <source>read-only (a live flag without its memo)</source>
        <translation>лише для читання (позначка живої сесії без нотатки)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="386"/>
        <source>(undone)</source>
        <translation>(скасовано)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="388"/>
        <source>(current)</source>
        <translation>(поточна)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="393"/>
        <source>The operation log holds no earlier version of this memo.</source>
        <translation>У журналі операцій немає раніших версій цієї нотатки.</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="vanished">Усі нотатки</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="100"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="105"/>
        <source>Earlier versions of this memo, from the operation log</source>
        <translation>Раніші версії цієї нотатки з журналу операцій</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="107"/>
        <source>Write the listed memos to an HTML page or a Word document</source>
        <translation>Записати показані нотатки у HTML-сторінку або документ Word</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="132"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="142"/>
        <source>On:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="425"/>
        <source>Choose what the memo is about.</source>
        <translation>Виберіть, чого стосується нотатка.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="483"/>
        <source>modified %1 to %2</source>
        <translation>змінені з %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="485"/>
        <source>search “%1”</source>
        <translation>пошук «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="493"/>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>Export memos</source>
        <translation>Експорт нотаток</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="494"/>
        <source>This project is encrypted; the exported file is not. Export anyway?</source>
        <translation>Проєкт зашифровано, а експортований файл — ні. Все одно експортувати?</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="498"/>
        <source>Web page (*.html)</source>
        <translation>Вебсторінка (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="499"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>memos.html</source>
        <translation>memos.html</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="535"/>
        <source>Memos</source>
        <translation>Нотатки</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Додати файли…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Прибрати</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation>&amp;Зберігати обидва документи, якщо імена збігаються</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation>&amp;Брати їхні значення атрибутів</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation>Об’єднання проєктів</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation>Копії для кодувальників (або інші проєкти Crosscut), які треба влити в цей проєкт. Документи зіставляються за ідентифікатором або текстом, але ніколи лише за іменем; кодування всіх кодувальників зберігаються. Об’єднання — один крок Редагування → Скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation>Документ копії, чиє ім’я вже зайняте іншим текстом, додається як «НАЗВА (2)»; без цього такий збіг зупиняє об’єднання, і нічого не вливається.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation>Де значення атрибута відрізняється, значення копії замінює значення цього проєкту.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Проєкти Crosscut (*.crosscut);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation>Звіт про об’єднання</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation>У %1 немає нічого нового: усе вже є в цьому проєкті.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation>Влито: %1. Редагування → Скасувати скасовує все об’єднання.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation>
            <numerusform>%n конфлікт вище: збережені значення названо; нічого не вирішено мовчки.</numerusform>
            <numerusform>%n конфлікти вище: збережені значення названо; нічого не вирішено мовчки.</numerusform>
            <numerusform>%n конфліктів вище: збережені значення названо; нічого не вирішено мовчки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::NetworkPanel</name>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="43"/>
        <source>(no wave)</source>
        <translation>(без хвилі)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="52"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="54"/>
        <source>Export drawing…</source>
        <translation>Експорт рисунка…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="55"/>
        <source>Export charts…</source>
        <translation>Експорт діаграм…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="72"/>
        <source>Colour by:</source>
        <translation>Колір за:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="74"/>
        <source>Wave:</source>
        <translation>Хвиля:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="85"/>
        <location filename="../../ui/network/networkpanel.cpp" line="279"/>
        <source>No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT --from ties.csv</source>
        <translation>Зв’язків співпраці ще немає: Файл → Імпортувати опитування… (зі стовпцем зв’язків) або crosscut-cli ties PROJECT --from ties.csv</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="99"/>
        <location filename="../../ui/network/networkpanel.cpp" line="370"/>
        <source>Click a case to see its attributes and quotes.</source>
        <translation>Клацніть випадок, щоб побачити його атрибути й цитати.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="111"/>
        <source>Double-click a quote to open it in its document.</source>
        <translation>Двічі клацніть цитату, щоб відкрити її в документі.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="115"/>
        <source>Quotes of its documents and answers:</source>
        <translation>Цитати з його документів і відповідей:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="129"/>
        <source>Drawing</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="142"/>
        <source>Measures by group</source>
        <translation>Міри за групами</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="236"/>
        <location filename="../../ui/network/networkpanel.cpp" line="313"/>
        <source>All waves</source>
        <translation>Усі хвилі</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="244"/>
        <source>Compare waves</source>
        <translation>Порівняти хвилі</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="257"/>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="259"/>
        <source>(no kind)</source>
        <translation>(без виду)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="277"/>
        <source>The cases have no attributes to colour the network by: add one in the Cases tab or import a survey.</source>
        <translation>У випадків немає атрибутів, за якими можна розфарбувати мережу: додайте атрибут на вкладці «Випадки» або імпортуйте опитування.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="314"/>
        <source>Collaboration network by %1</source>
        <translation>Мережа співпраці за %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="384"/>
        <source>%1: not in the network</source>
        <translation>%1: не входить до мережі</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="388"/>
        <source>%1: 1 tie, betweenness %2</source>
        <translation>%1: 1 зв’язок, посередництво %2</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="389"/>
        <source>%1: %2 ties, betweenness %3</source>
        <translation>%1: зв’язків: %2, посередництво %3</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="439"/>
        <source>No coded quote in its documents or answers yet.</source>
        <translation>У його документах і відповідях ще немає закодованих цитат.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="441"/>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="447"/>
        <location filename="../../ui/network/networkpanel.cpp" line="454"/>
        <source>There is no network to export.</source>
        <translation>Немає мережі для експорту.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="458"/>
        <source>Charts are written as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Діаграми зберігаються у форматі .png або .svg, а не «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="473"/>
        <source>Export the network drawing</source>
        <translation>Експорт рисунка мережі</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="474"/>
        <location filename="../../ui/network/networkpanel.cpp" line="484"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Зображення PNG (*.png);;Зображення SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="478"/>
        <location filename="../../ui/network/networkpanel.cpp" line="488"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="483"/>
        <source>Export the three measure charts</source>
        <translation>Експорт трьох діаграм мір</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>Encrypted project</source>
        <translation>Зашифрований проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="40"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation>%1 зашифровано. Введіть його пароль або використайте файл ключа.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="43"/>
        <source>Encrypt project</source>
        <translation>Зашифрувати проєкт</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="45"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 буде зашифровано: без пароля (або файлу ключа) його ніхто не відкриє, &lt;b&gt;і ви теж: утрачений пароль відновити неможливо&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Незашифрований проєкт може залишитися у вільному місці диска, а також у резервних копіях і копіях, зроблених раніше. Якщо це важливо, створіть зашифрований проєкт до того, як до нього потрапить перший документ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>Encrypt the copy</source>
        <translation>Шифрування копії</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="54"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 буде зашифровано власним паролем (або файлом ключа): передайте його кодувальнику окремо від файлу. &lt;b&gt;Втрачений пароль відновити неможливо.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>Change password</source>
        <translation>Змінити пароль</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="60"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Введіть поточний пароль %1 (або використайте файл ключа), потім новий — двічі. &lt;b&gt;Утрачений пароль відновити неможливо.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="71"/>
        <source>Use a &amp;key file…</source>
        <translation>Використати &amp;файл ключа…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторіть його:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="84"/>
        <source>Create a new key &amp;file instead…</source>
        <translation>Натомість створити новий файл &amp;ключа…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифрувати</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>C&amp;hange</source>
        <translation>&amp;Змінити</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="120"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="129"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="200"/>
        <source>Enter the new password.</source>
        <translation>Введіть новий пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="168"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation>%1 — зберігайте його окремо від проєкту, а його копію — у надійному місці</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="174"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>New key file</source>
        <translation>Новий файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="182"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Файли ключів (*.key);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="186"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="214"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 уже існує; файл ключа ніколи не перезаписується.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the current password.</source>
        <translation>Введіть поточний пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="206"/>
        <source>The two new passwords differ.</source>
        <translation>Два нові паролі різняться.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PlainExportWarning</name>
    <message>
        <location filename="../../ui/privacy/plainexportwarning.cpp" line="15"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation>Проєкт зашифровано, але %1 не буде зашифровано: будь-хто, хто може прочитати цей файл, прочитає його вміст. Все одно експортувати?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PortraitPanel</name>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="23"/>
        <source>This document</source>
        <translation>Цей документ</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="24"/>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="32"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="84"/>
        <source>%n document(s), each to the scale of the longest; click a segment to open it.</source>
        <translation>
            <numerusform>%n документ, кожен у масштабі найдовшого; клацніть сегмент, щоб відкрити його.</numerusform>
            <numerusform>%n документи, кожен у масштабі найдовшого; клацніть сегмент, щоб відкрити його.</numerusform>
            <numerusform>%n документів, кожен у масштабі найдовшого; клацніть сегмент, щоб відкрити його.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="91"/>
        <source>Open a document to see its portrait.</source>
        <translation>Відкрийте документ, щоб побачити його портрет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="95"/>
        <source>%n coded segment(s) in %1; click one to open it in the document.</source>
        <translation>
            <numerusform>%n закодований сегмент у %1; клацніть його, щоб відкрити в документі.</numerusform>
            <numerusform>%n закодовані сегменти у %1; клацніть сегмент, щоб відкрити його в документі.</numerusform>
            <numerusform>%n закодованих сегментів у %1; клацніть сегмент, щоб відкрити його в документі.</numerusform>
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
        <translation>Псевдонімізація</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation>Кожне ім’я замінюється псевдонімом як ціле слово (з урахуванням регістру, спершу найдовші імена) у тексті кожного документа, в іменах мовців, випадках, значеннях атрибутів і нотатках; цитати зсуваються разом із текстом, тому кодування й матриці не змінюються.&lt;br&gt;&lt;b&gt;Цю дію не можна скасувати.&lt;/b&gt; Історію проєкту буде стерто, а справжні імена ніде в проєкті не зберігаються — лише у файлі ключа, якщо ви його виберете. Зберігайте його окремо від проєкту.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation>Справжнє ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation>Запропоновано як</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation>&amp;Додати ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation>&amp;Вилучити ім’я</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation>&amp;Завантажити файл імен…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation>Де і в якому контексті</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation>Заміни</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation>Без файлу ключа: відповідність справжнім іменам ніде не зберігається</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Псевдонімізувати</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation>мовець</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation>випадок</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation>Поруч із псевдонімом «%1» немає справжнього імені.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation>Введіть псевдонім поруч із кожним ім’ям, яке треба замінити.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation>Мовці, випадки, атрибути, нотатки та інші назви</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation>Замін у тексті: %1 (документів: %2 з %3); інших полів: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation>
            <numerusform>Замінити %n ім’я в усьому проєкті? Цю дію не можна скасувати, і файл ключа не буде записано: справжні імена ніде не збережуться.</numerusform>
            <numerusform>Замінити %n імені в усьому проєкті? Цю дію не можна скасувати, і файл ключа не буде записано: справжні імена ніде не збережуться.</numerusform>
            <numerusform>Замінити %n імен в усьому проєкті? Цю дію не можна скасувати, і файл ключа не буде записано: справжні імена ніде не збережуться.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation>
            <numerusform>Замінити %n ім’я в усьому проєкті? Цю дію не можна скасувати. Ключ буде записано до %1; зберігайте його окремо від проєкту.</numerusform>
            <numerusform>Замінити %n імені в усьому проєкті? Цю дію не можна скасувати. Ключ буде записано до %1; зберігайте його окремо від проєкту.</numerusform>
            <numerusform>Замінити %n імен в усьому проєкті? Цю дію не можна скасувати. Ключ буде записано до %1; зберігайте його окремо від проєкту.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation>Нічого не замінено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Файл ключа (зберігайте його окремо від проєкту)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation>Файл імен (name,pseudonym)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PublishDialog</name>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="17"/>
        <source>&amp;Blind coding: coders see only their own coding until I release it</source>
        <translation>Ко&amp;дування наосліп: кодувальники бачать лише власні кодування, доки я не зніму цей режим</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="21"/>
        <source>Publish to team server</source>
        <translation>Публікація на командному сервері</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="22"/>
        <source>Uploads this project to a PostgreSQL team server. You become its lead; this file becomes your copy, synced with the server. Add the coders afterwards in Team status.</source>
        <translation>Завантажує цей проєкт на командний сервер PostgreSQL. Ви стаєте його керівником, а цей файл — вашою копією, синхронізованою із сервером. Кодувальників додайте потім у вікні «Стан команди».</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="29"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Назва проєкту на сервері:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="37"/>
        <source>&amp;Publish</source>
        <translation>&amp;Опублікувати</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="70"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Укажіть рядок підключення до командного сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="72"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Не вказуйте пароль у рядку підключення (його було б збережено в проєкті); введіть його в полі пароля.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="75"/>
        <source>Name the project on the server.</source>
        <translation>Укажіть назву проєкту на сервері.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation>Застосувати код</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>Введіть, щоб знайти код, Enter — застосувати</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsModel</name>
    <message>
        <location filename="../../ui/relations/relationsmodel.cpp" line="78"/>
        <source>%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them</source>
        <translation>%1 × %2: пар, що перетинаються: %3, цитат з обома кодами: %4, індекс Жаккара %5 — клацніть, щоб прочитати їх</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="55"/>
        <source>Counts</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="56"/>
        <source>Jaccard</source>
        <translation>Індекс Жаккара</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="57"/>
        <source>Counts: pairs of overlapping quotes (the same quote included).
Jaccard: quotes coded with both ÷ quotes carrying either.</source>
        <translation>Кількість: пари цитат, що перетинаються (зокрема та сама цитата).
Індекс Жаккара: цитати з обома кодами ÷ цитати хоча б з одним із них.</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="61"/>
        <source>Draw a link between two codes when they co-occur at least this often</source>
        <translation>З’єднувати два коди, якщо вони трапляються разом не менше вказаної кількості разів</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="70"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="73"/>
        <source>Link codes co-occurring at least:</source>
        <translation>Зв’язувати коди, що трапляються разом щонайменше:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations/relationspanel.cpp" line="124"/>
        <source>%n code(s) with quotes; click a cell to read the quotes coded with both.</source>
        <translation>
            <numerusform>%n код із цитатами; клацніть клітинку, щоб прочитати цитати з обома кодами.</numerusform>
            <numerusform>%n коди із цитатами; клацніть клітинку, щоб прочитати цитати з обома кодами.</numerusform>
            <numerusform>%n кодів із цитатами; клацніть клітинку, щоб прочитати цитати з обома кодами.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="156"/>
        <source>%1 &amp; %2 (coded with both)</source>
        <translation>%1 і %2 (цитати з обома кодами)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="62"/>
        <source>Evaluation report</source>
        <translation>Звіт оцінювання</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="65"/>
        <source>Title page</source>
        <translation>Титульна сторінка</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="68"/>
        <source>Evaluation report: %1</source>
        <translation>Звіт оцінювання: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="77"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Підзаголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>Орга&amp;нізація:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="79"/>
        <source>Aut&amp;hor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="82"/>
        <source>Cases counted</source>
        <translation>Випадки, що враховуються</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="85"/>
        <source>The case attribute that says who a case is</source>
        <translation>Атрибут випадку, що вказує, ким є випадок</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="88"/>
        <source>Roles separated by commas</source>
        <translation>Ролі через кому</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="89"/>
        <source>Cases with one of these roles are not counted (interviewers and facilitators are not cases of the evaluation); their quotes are still shown.</source>
        <translation>Випадки з однією з цих ролей не враховуються (інтерв’юери та фасилітатори — не випадки оцінювання); їхні цитати все одно показуються.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="95"/>
        <source>&amp;Role attribute:</source>
        <translation>Атрибут &amp;ролі:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="96"/>
        <source>&amp;Leave out roles:</source>
        <translation>&amp;Виключити ролі:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="102"/>
        <source>Matrices (rows × columns, what is counted, shares)</source>
        <translation>Матриці (рядки × стовпці, що рахується, частки)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="106"/>
        <source>&amp;Add matrix</source>
        <translation>&amp;Додати матрицю</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="112"/>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="113"/>
        <source>Representative quotes shown for each cell of a matrix</source>
        <translation>Репрезентативні цитати, що показуються для кожної клітинки матриці</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="114"/>
        <source>&amp;Quotes per cell:</source>
        <translation>&amp;Цитат на клітинку:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="129"/>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="152"/>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="154"/>
        <source>OpenDocument text (ODT)</source>
        <translation>Текст OpenDocument (ODT)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="156"/>
        <source>Web page (HTML)</source>
        <translation>Вебсторінка (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="158"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="165"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="167"/>
        <source>Re&amp;dact names and identifying attributes</source>
        <translation>При&amp;ховати імена та ідентифікувальні атрибути</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="169"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the report says &quot;Redacted export&quot; on every page.</source>
        <translation>Мовців і випадки названо за ролями (Interviewer 1, Participant 2), їхні імена замінено й у цитатах, атрибути, позначені як ідентифікувальні, не виводяться, а на кожній сторінці звіту стоїть «Redacted export».</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="172"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="174"/>
        <source>F&amp;ile:</source>
        <translation>Фай&amp;л:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="189"/>
        <source>&amp;Write report</source>
        <translation>Записа&amp;ти звіт</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="211"/>
        <source>%1 report</source>
        <translation>Звіт %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="361"/>
        <source>(every case counts)</source>
        <translation>(враховуються всі випадки)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="382"/>
        <source>No case has this attribute.</source>
        <translation>Жоден випадок не має цього атрибута.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="383"/>
        <source>Values: %1</source>
        <translation>Значення: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="415"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="416"/>
        <source>Report file</source>
        <translation>Файл звіту</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="426"/>
        <source>Choose the file the report is written to.</source>
        <translation>Виберіть файл, до якого буде записано звіт.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="428"/>
        <source>Choose the rows and columns of the first matrix.</source>
        <translation>Виберіть рядки та стовпці першої матриці.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="431"/>
        <source>Choose the rows and columns of matrix %1, or remove it.</source>
        <translation>Виберіть рядки та стовпці матриці %1 або приберіть її.</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="15"/>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="16"/>
        <source>Methods</source>
        <translation>Методи</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="17"/>
        <source>Matrices</source>
        <translation>Матриці</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="18"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="19"/>
        <source>Representative quotes</source>
        <translation>Репрезентативні цитати</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="20"/>
        <source>Positional profiles</source>
        <translation>Позиційні профілі</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="21"/>
        <source>Collaboration network</source>
        <translation>Мережа співпраці</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="22"/>
        <source>Inter-coder agreement</source>
        <translation>Узгодженість між кодувальниками</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="23"/>
        <source>Framework matrix</source>
        <translation>Рамкова матриця</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="24"/>
        <source>Codebook</source>
        <translation>Кодова книга</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="25"/>
        <source>Appendix (profile tables)</source>
        <translation>Додаток (таблиці профілів)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalModel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="41"/>
        <source>%1, %2</source>
        <comment>document name, page</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="62"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>In context</source>
        <translation>У контексті</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="66"/>
        <source>Codes</source>
        <translation>Коди</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="67"/>
        <source>Coders</source>
        <translation>Кодувальники</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Експорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="45"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="136"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="47"/>
        <source>Any checked code (OR)</source>
        <translation>Будь-який із позначених кодів (АБО)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="48"/>
        <source>All checked codes (AND)</source>
        <translation>Усі позначені коди (І)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="49"/>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="50"/>
        <source>Check the codes whose quotes to list</source>
        <translation>Позначте коди, цитати яких треба показати</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="52"/>
        <source>Export the listed quotes with their attribution, codes, memos and attributes (XLSX, DOCX, HTML or CSV)</source>
        <translation>Експортувати показані цитати із зазначенням джерела, кодами, нотатками та атрибутами (XLSX, DOCX, HTML або CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="65"/>
        <source>Coder:</source>
        <translation>Кодувальник:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="67"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="69"/>
        <source>Attribute:</source>
        <translation>Атрибут:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="129"/>
        <source>New memo on this quote…</source>
        <translation>Нова нотатка до цієї цитати…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="134"/>
        <source>Memo</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="207"/>
        <source>All coders</source>
        <translation>Усі кодувальники</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="208"/>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Будь-яке</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>no code checked</source>
        <translation>код не позначено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>%n позначений код</numerusform>
            <numerusform>%n позначені коди</numerusform>
            <numerusform>%n позначених кодів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="293"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n цитата: %1</numerusform>
            <numerusform>%n цитати: %1</numerusform>
            <numerusform>%n цитат: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="337"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>Не вдається записати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="347"/>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="354"/>
        <source>Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.</source>
        <translation>Цитати експортуються у .xlsx, .docx, .html або .csv, а не в «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="360"/>
        <source>Quotes — %1</source>
        <translation>Цитати — %1</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="387"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Документ Word (*.docx);;Вебсторінка (*.html *.htm);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="389"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="395"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="399"/>
        <source>Export quotes</source>
        <translation>Експорт цитат</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="400"/>
        <source>Cannot export %1: %2</source>
        <translation>Не вдається експортувати %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="22"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Code checked hits</source>
        <translation>Закодувати позначені</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="27"/>
        <source>Check all</source>
        <translation>Позначити всі</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Слова, &quot;фрази&quot;, префікс*, AND, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>the hit</source>
        <translation>знахідку</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="33"/>
        <source>its sentence</source>
        <translation>її речення</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>its paragraph</source>
        <translation>її абзац</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Hit</source>
        <translation>Знахідка</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>Code</source>
        <translation>Закодувати</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="50"/>
        <source>with</source>
        <translation>кодом</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n знахідка</numerusform>
            <numerusform>%n знахідки</numerusform>
            <numerusform>%n знахідок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>Поки що %n знахідка …</numerusform>
            <numerusform>Поки що %n знахідки …</numerusform>
            <numerusform>Поки що %n знахідок …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="162"/>
        <source>Check the hits to code.</source>
        <translation>Позначте знахідки, які треба закодувати.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="171"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n нове кодування кодом %1</numerusform>
            <numerusform>%n нові кодування кодом %1</numerusform>
            <numerusform>%n нових кодувань кодом %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation>Почати &amp;живу сесію…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation>&amp;Завершити живу сесію</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation>&amp;Відновити живу сесію</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation>&amp;Експортувати стенограму сесії</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation>З&amp;іставити сесію із записом</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation>(у цьому проєкті немає живих сесій)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation>(жодне вікно запису не відкрите)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation>Завершити живу сесію</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation>%1 завершено о %2. Сесія → Відновити живу сесію продовжує її.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation>Для цієї сесії не відкрито вікна запису.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>Відновлено %n перервану живу сесію; нічого зафіксованого не втрачено.</numerusform>
            <numerusform>Відновлено %n перервані живі сесії; нічого зафіксованого не втрачено.</numerusform>
            <numerusform>Відновлено %n перерваних живих сесій; нічого зафіксованого не втрачено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation>Спершу відкрийте проєкт.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation>Не вдається експортувати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation>Експорт стенограми сесії</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation>Експортовано %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation>Зіставлення із записом</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>Зіставлено реплік із фрагментами запису: %1 з %2; сесію зсунуто на %3 с (Редагування → Скасувати повертає як було).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation>Транскрипт запису</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>Субтитри з часом (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>Субтитри SubRip (*.srt);;WebVTT (*.vtt);;Звичайний текст (*.txt);;CSV реплік (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="22"/>
        <location filename="../../ui/settings/settingsdialog.cpp" line="31"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="23"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Snap selections to whole words</source>
        <translation>Прив’язувати виділення до цілих слів</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Your name, recorded on every coding</source>
        <translation>Ваше ім’я, що записується в кожному кодуванні</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>The new language applies when Crosscut is started again.</source>
        <translation>Нова мова застосується після перезапуску Crosscut.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Document font size:</source>
        <translation>Розмір шрифту документа:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Coder:</source>
        <translation>Кодувальник:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation>Сполучення клавіш для «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation>Натисніть клавіші, якими застосовуватиметься цей код (Backspace — очистити, Enter — зберегти, Esc — скасувати):</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation>Клавіша %1 без модифікаторів вводитиметься як текст або перехоплюватиметься вікном документа (1–9 застосовують недавні коди): додайте Ctrl або Alt чи використайте функціональну клавішу.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation>%1 — сполучення клавіш коду «%2»; виберіть інше.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation>%1 зараз застосовує «%2»; натомість воно застосовуватиме цей код.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
        <translation>Натисніть сполучення клавіш</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Кодуйте транскрипти за інтерсекційними вимірами, а потім читайте матрицю.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation>Відкрити демопроєкт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation>Новий проєкт з інтерсекційного шаблону…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation>Новий порожній проєкт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation>Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation>Недавні проєкти:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StopWordsDialog</name>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="19"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="21"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="23"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="25"/>
        <source>French</source>
        <translation>Французька</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="27"/>
        <source>Spanish</source>
        <translation>Іспанська</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="29"/>
        <source>Indonesian</source>
        <translation>Індонезійська</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="37"/>
        <source>Stop words</source>
        <translation>Стоп-слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="41"/>
        <source>Shipped lists</source>
        <translation>Вбудовані списки</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="56"/>
        <source>One word a line, e.g. interviewer</source>
        <translation>Одне слово в рядку, напр. інтерв’юер</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="57"/>
        <source>Shipped stop words to count after all, e.g. we</source>
        <translation>Вбудовані стоп-слова, які все ж треба рахувати, напр. ми</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="63"/>
        <source>Also leave out:</source>
        <translation>Також виключити:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="64"/>
        <source>Count after all:</source>
        <translation>Все ж рахувати:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="70"/>
        <source>Stop words are left out of word counts, and phrases neither begin nor end on one. Without a choice, the languages of the documents apply (a document attribute &quot;Language&quot;), else English.</source>
        <translation>Стоп-слова не враховуються під час підрахунку слів, а фрази не починаються й не закінчуються ними. Якщо нічого не вибрано, застосовуються мови документів (атрибут документа «Language»), інакше англійська.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Memo…</source>
        <translation>Нотатка…</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation>Видалити кодування «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation>Прибрати кодування %1 у цій цитаті</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation>Видалити цитату</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation>%1 (закодував(ла) %2)</translation>
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
        <translation>Імпортувати опи&amp;тування…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="26"/>
        <source>Respondents as cases, closed answers as case attributes, open answers as documents to code (CSV or XLSX)</source>
        <translation>Респонденти — як випадки, закриті відповіді — як атрибути випадків, відкриті відповіді — як документи для кодування (CSV або XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="38"/>
        <source>Survey</source>
        <translation>Опитування</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyactions.cpp" line="63"/>
        <source>Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code</source>
        <translation>
            <numerusform>Імпорт завершено: %n респондент, атрибутів випадку — %1, відповідей для кодування — %2</numerusform>
            <numerusform>Імпорт завершено: %n респонденти, атрибутів випадку — %1, відповідей для кодування — %2</numerusform>
            <numerusform>Імпорт завершено: %n респондентів, атрибутів випадку — %1, відповідей для кодування — %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="74"/>
        <source>Import survey</source>
        <translation>Імпорт опитування</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="75"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>Файли опитувань (*.csv *.xlsx);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridModel</name>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="70"/>
        <source>Respondent</source>
        <translation>Респондент</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="76"/>
        <source>Open answers: double-click one to code it in the document</source>
        <translation>Відкриті відповіді: двічі клацніть відповідь, щоб закодувати її в документі</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="77"/>
        <source>Case attribute (%1)</source>
        <translation>Атрибут випадку (%1)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridPanel</name>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="30"/>
        <source>Filter respondents and answers…</source>
        <translation>Фільтр за респондентами й відповідями…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="41"/>
        <source>Double-click an open answer to code it</source>
        <translation>Двічі клацніть відкриту відповідь, щоб закодувати її</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="71"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n респондент</numerusform>
            <numerusform>%n респонденти</numerusform>
            <numerusform>%n респондентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="72"/>
        <source>%1 of %n respondent(s)</source>
        <translation>
            <numerusform>%1 з %n респондента</numerusform>
            <numerusform>%1 з %n респондентів</numerusform>
            <numerusform>%1 з %n респондентів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyImportDialog</name>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="31"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="34"/>
        <source>Import survey</source>
        <translation>Імпорт опитування</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="42"/>
        <source>e.g. baseline (optional)</source>
        <translation>наприклад, базова (необов’язково)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="43"/>
        <source>With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one survey live side by side in the project</source>
        <translation>Якщо вказано хвилю, атрибути й документи отримують назви на зразок «Q3 [базова]», щоб дві хвилі одного опитування могли бути в проєкті поруч</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="52"/>
        <source>Choose what each column is: the respondents’ &lt;b&gt;identifier&lt;/b&gt; (one case per respondent), a &lt;b&gt;closed answer&lt;/b&gt; (a case attribute of the type shown), an &lt;b&gt;open answer&lt;/b&gt; (one document per question, each answer a turn of its respondent, to code), or &lt;b&gt;skip&lt;/b&gt; it.</source>
        <translation>Для кожного стовпця виберіть: &lt;b&gt;ідентифікатор&lt;/b&gt; респондентів (один випадок на респондента), &lt;b&gt;закрита відповідь&lt;/b&gt; (атрибут випадку показаного типу), &lt;b&gt;відкрита відповідь&lt;/b&gt; (один документ на запитання, кожна відповідь — репліка свого респондента, для кодування) або &lt;b&gt;пропустити&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="59"/>
        <source>Wave:</source>
        <translation>Хвиля:</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="87"/>
        <source>This file cannot be imported: %1</source>
        <translation>Цей файл не можна імпортувати: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %n respondent(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респондент</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респонденти</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респондентів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="93"/>
        <source>, sheet %1</source>
        <translation>, аркуш %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Use as</source>
        <translation>Використати як</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="106"/>
        <source>Identifier</source>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="107"/>
        <source>Closed answer → case attribute</source>
        <translation>Закрита відповідь → атрибут випадку</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="108"/>
        <source>Open answer → text</source>
        <translation>Відкрита відповідь → текст</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="109"/>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="115"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="116"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="117"/>
        <source>%1 (detected)</source>
        <translation>%1 (автовизначення)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="176"/>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation>О&amp;б’єднати проєкт…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation>Вливає копії для кодувальників або інші проєкти в цей проєкт одним кроком, який можна скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation>&amp;Видати копію для кодувальника…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation>Записує копію цього проєкту для одного кодувальника, щоб пізніше влити її назад</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation>Нічого не влито: немає пароля для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation>Об’єднано: нічого нового.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation>
            <numerusform>Влито %n проєкт.</numerusform>
            <numerusform>Влито %n проєкти.</numerusform>
            <numerusform>Влито %n проєктів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation>Об’єднання відхилено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation>Цей файл ключа не відкриває %1. Спробуйте інший.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation>Неправильний пароль. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation>Копію не записано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation>
            <numerusform>Копію для %1 записано в %2: %n документ</numerusform>
            <numerusform>Копію для %1 записано в %2: %n документи</numerusform>
            <numerusform>Копію для %1 записано в %2: %n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n кодування</numerusform>
            <numerusform>%n кодування</numerusform>
            <numerusform>%n кодувань</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation> (наосліп)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation>, зашифровано</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
        <translation>Видати копію для кодувальника</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamIndicator</name>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="27"/>
        <source>Team: offline — %1</source>
        <translation>Команда: немає зв’язку — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="29"/>
        <source>Team: %n change(s) to send</source>
        <translation>
            <numerusform>Команда: %n зміна до надсилання</numerusform>
            <numerusform>Команда: %n зміни до надсилання</numerusform>
            <numerusform>Команда: %n змін до надсилання</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="31"/>
        <source>Team: synced %1</source>
        <translation>Команда: синхронізовано о %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="33"/>
        <source>Team: not synced yet</source>
        <translation>Команда: ще не синхронізовано</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="35"/>
        <source> (syncing…)</source>
        <translation> (синхронізація…)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Team server: %1</source>
        <translation>Командний сервер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Your role: %1</source>
        <translation>Ваша роль: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="45"/>
        <source>Last sync: %1</source>
        <translation>Остання синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="46"/>
        <source>Not synced since the project was opened</source>
        <translation>Не синхронізовано відтоді, як проєкт відкрито</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="47"/>
        <source>%n change(s) of yours not yet on the server</source>
        <translation>
            <numerusform>%n ваша зміна ще не на сервері</numerusform>
            <numerusform>%n ваші зміни ще не на сервері</numerusform>
            <numerusform>%n ваших змін ще не на сервері</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="49"/>
        <source>Offline: %1</source>
        <translation>Немає зв’язку: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="50"/>
        <source>You can keep coding: your changes are sent at the next sync.</source>
        <translation>Можна далі кодувати: ваші зміни буде надіслано під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="51"/>
        <source>Syncs every minute and when a teammate sends changes. Click to sync now.</source>
        <translation>Синхронізація відбувається щохвилини, а також коли колега надсилає зміни. Клацніть, щоб синхронізувати зараз.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamStatusDialog</name>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="27"/>
        <source>lead</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="29"/>
        <source>coder</source>
        <translation>кодувальник</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="31"/>
        <source>reader</source>
        <translation>читач</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="40"/>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Remove the selected member</source>
        <translation>&amp;Вилучити вибраного учасника</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="43"/>
        <source>Release &amp;blind coding</source>
        <translation>Зняти режим кодування &amp;наосліп</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="46"/>
        <source>Team status</source>
        <translation>Стан команди</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="59"/>
        <source>PostgreSQL user</source>
        <translation>Користувач PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Coder name</source>
        <translation>Ім’я кодувальника</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="61"/>
        <source>coder name</source>
        <translation>ім’я кодувальника</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="68"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="163"/>
        <source>Every coder may then read every coder&apos;s coding, for agreement and adjudication</source>
        <translation>Після цього кожен кодувальник зможе бачити кодування всіх кодувальників — для оцінки узгодженості й вирішення розбіжностей</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="89"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="101"/>
        <source>Let every coder read every coder&apos;s coding from now on? This cannot be taken back.</source>
        <translation>Дозволити відтепер усім кодувальникам бачити кодування одне одного? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="125"/>
        <source>This project is not linked to a team server.</source>
        <translation>Цей проєкт не пов’язаний із командним сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="131"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>asking the server…</source>
        <translation>запит до сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="161"/>
        <source>This project is not blind</source>
        <translation>Цей проєкт не в режимі кодування наосліп</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="162"/>
        <source>Blind coding is released already</source>
        <translation>Режим кодування наосліп уже знято</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="191"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="192"/>
        <source>Project on the server:</source>
        <translation>Проєкт на сервері:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>You code as:</source>
        <translation>Ви кодуєте як:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>%1 (PostgreSQL user %2)</source>
        <translation>%1 (користувач PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="194"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>Blind coding:</source>
        <translation>Кодування наосліп:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>released by the lead</source>
        <translation>знято керівником</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>on: coders see only their own coding</source>
        <translation>увімкнено: кодувальники бачать лише власні кодування</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="197"/>
        <source>Changes to send:</source>
        <translation>Зміни до надсилання:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>Behind the server:</source>
        <translation>Відставання від сервера:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n операція</numerusform>
            <numerusform>%n операції</numerusform>
            <numerusform>%n операцій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>offline — %1</source>
        <translation>немає зв’язку — %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="202"/>
        <source>Last sync:</source>
        <translation>Остання синхронізація:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="203"/>
        <source>not since the project was opened</source>
        <translation>не відбувалася відтоді, як проєкт відкрито</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="229"/>
        <source>Give the member&apos;s PostgreSQL user (the server&apos;s administrator creates it).</source>
        <translation>Укажіть користувача PostgreSQL для учасника (його створює адміністратор сервера).</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="235"/>
        <source>%1 was not added: %2</source>
        <translation>Не вдалося додати %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="246"/>
        <source>%1 was not removed: %2</source>
        <translation>Не вдалося вилучити %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="255"/>
        <source>Blind coding was not released: %1</source>
        <translation>Не вдалося зняти режим кодування наосліп: %1</translation>
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
        <translation>&amp;Редагувати репліку…</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation>&amp;Об’єднати з наступною реплікою</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation>Розділити реплі&amp;ку тут</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation>Редагувати репліку</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation>Що було сказано:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordBarView</name>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="29"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="30"/>
        <source>count</source>
        <translation>кількість</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordsPanel</name>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="56"/>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="57"/>
        <source>Emoji</source>
        <translation>Емодзі</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="59"/>
        <source>Edit stop words…</source>
        <translation>Змінити стоп-слова…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="60"/>
        <source>Save image…</source>
        <translation>Зберегти зображення…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="72"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="73"/>
        <source>2-word phrases</source>
        <translation>Фрази з 2 слів</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="74"/>
        <source>3-word phrases</source>
        <translation>Фрази з 3 слів</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="77"/>
        <source>min. length </source>
        <translation>мін. довжина </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="81"/>
        <source>top </source>
        <translation>перші </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="83"/>
        <source>A focus group&apos;s 👍 is data: emoji count as words</source>
        <translation>👍 фокус-групи — теж дані: емодзі рахуються як слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="94"/>
        <source>Word cloud</source>
        <translation>Хмара слів</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="95"/>
        <source>Bar chart</source>
        <translation>Стовпчикова діаграма</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="156"/>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="159"/>
        <source>Set: %1</source>
        <translation>Набір: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="165"/>
        <source>Quotes of %1</source>
        <translation>Цитати: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="175"/>
        <source>No columns</source>
        <translation>Без стовпців</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="176"/>
        <source>Per document</source>
        <translation>За документами</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="178"/>
        <source>Per case %1</source>
        <translation>За випадками: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="180"/>
        <source>Per document %1</source>
        <translation>За документами: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="194"/>
        <source>Stop words: none of the shipped lists</source>
        <translation>Стоп-слова: без вбудованих списків</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="195"/>
        <source>Stop words: %1</source>
        <translation>Стоп-слова: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="197"/>
        <source> (the documents&apos; languages)</source>
        <translation> (мови документів)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>; %n added</source>
        <translation>
            <numerusform>; додано: %n</numerusform>
            <numerusform>; додано: %n</numerusform>
            <numerusform>; додано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>, %n counted after all</source>
        <translation>
            <numerusform>, все ж враховано: %n</numerusform>
            <numerusform>, все ж враховано: %n</numerusform>
            <numerusform>, все ж враховано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="242"/>
        <source>— %n document(s), %1 words in scope; %2 shown.</source>
        <translation>
            <numerusform>— %n документ, слів у вибірці: %1; показано: %2.</numerusform>
            <numerusform>— %n документи, слів у вибірці: %1; показано: %2.</numerusform>
            <numerusform>— %n документів, слів у вибірці: %1; показано: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent words</source>
        <translation>Найчастіші слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent phrases</source>
        <translation>Найчастіші фрази</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Phrase</source>
        <translation>Фраза</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save word cloud</source>
        <translation>Зберегти хмару слів</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save bar chart</source>
        <translation>Зберегти стовпчикову діаграму</translation>
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
        <translation>Зображення PNG (*.png);;Зображення SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="333"/>
        <source>Save image</source>
        <translation>Зберегти зображення</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::agreement</name>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="36"/>
        <source>Below 0.67: too low to draw conclusions from</source>
        <translation>Нижче 0,67: занадто мало, щоб робити висновки</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="38"/>
        <source>0.67 to 0.8: tentative conclusions only</source>
        <translation>Від 0,67 до 0,8: лише попередні висновки</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="39"/>
        <source>0.8 or above: reliable</source>
        <translation>0,8 і вище: надійно</translation>
    </message>
</context>
</TS>
