<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>Закодировано кодовых точек</translation>
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
        <translation>Оба</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="35"/>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="49"/>
        <source>Percent agreement as a share (0–1), Cohen&apos;s kappa, Krippendorff&apos;s unitized alpha; — where undefined</source>
        <translation>Процент согласия как доля (0–1), каппа Коэна, унитизированная альфа Криппендорфа; — где не определено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="52"/>
        <source>Percent agreement</source>
        <translation>Процент согласия</translation>
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
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="69"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values; — where undefined</source>
        <translation>cu-альфа Криппендорфа по значениям измерения; — где не определено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="71"/>
        <source>cu-alpha</source>
        <translation>cu-альфа</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="114"/>
        <source>Inter-coder agreement: %1</source>
        <translation>Согласие кодировщиков: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="115"/>
        <source>Counted in code points; each document is its own continuum.</source>
        <translation>Считается в кодовых точках; каждый документ — отдельный континуум.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="117"/>
        <source>Coders: %1</source>
        <translation>Кодировщики: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementexport.cpp" line="118"/>
        <source>Documents counted: %n</source>
        <translation>
            <numerusform>Учтён %n документ</numerusform>
            <numerusform>Учтено %n документа</numerusform>
            <numerusform>Учтено %n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="121"/>
        <source>Mean agreement</source>
        <translation>Среднее согласие</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="122"/>
        <source>Mean dimensions</source>
        <translation>Средние по измерениям</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="124"/>
        <source> (code points)</source>
        <translation> (кодовые точки)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="125"/>
        <source> (dimensions)</source>
        <translation> (измерения)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="141"/>
        <source>Disagreements on %1: %2 and %3</source>
        <translation>Расхождения по коду %1: %2 и %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="144"/>
        <source>Disagreements</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="145"/>
        <source>Stretch</source>
        <translation>Отрезок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="148"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="149"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="150"/>
        <source>A coded</source>
        <translation>Закодировал A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="151"/>
        <source>B coded</source>
        <translation>Закодировал B</translation>
    </message>
</context>
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="77"/>
        <source>speaker</source>
        <translation>говорящий</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="79"/>
        <source>live roster name</source>
        <translation>имя в списке участников сессии</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="81"/>
        <source>case name</source>
        <translation>название случая</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="83"/>
        <source>case description</source>
        <translation>описание случая</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="85"/>
        <source>document name</source>
        <translation>название документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="87"/>
        <source>document source file</source>
        <translation>исходный файл документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="89"/>
        <source>attribute name</source>
        <translation>название атрибута</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="91"/>
        <source>document attribute value</source>
        <translation>значение атрибута документа</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="93"/>
        <source>case attribute value</source>
        <translation>значение атрибута случая</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="95"/>
        <source>memo title</source>
        <translation>заголовок заметки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="97"/>
        <source>memo text</source>
        <translation>текст заметки</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="99"/>
        <source>framework summary</source>
        <translation>сводка рамочной матрицы</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="101"/>
        <source>code name</source>
        <translation>название кода</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="103"/>
        <source>code description</source>
        <translation>описание кода</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="105"/>
        <source>set name</source>
        <translation>название набора</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="107"/>
        <source>set description</source>
        <translation>описание набора</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="109"/>
        <source>coder name</source>
        <translation>имя кодировщика</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="111"/>
        <source>project property</source>
        <translation>свойство проекта</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="113"/>
        <source>live session title</source>
        <translation>название живой сессии</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="115"/>
        <source>live session place</source>
        <translation>место живой сессии</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="117"/>
        <source>live session facilitator</source>
        <translation>ведущий живой сессии</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>flag note</source>
        <translation>заметка к отметке</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="122"/>
        <source>draft speaker</source>
        <translation>говорящий в черновике</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="124"/>
        <source>draft text</source>
        <translation>текст черновика</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="744"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="765"/>
        <source>Live session</source>
        <translation>Живая сессия</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="262"/>
        <source>Pseudonymise</source>
        <translation>Псевдонимизация</translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation>Скрыть имена и идентифицирующие атрибуты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
        <translation>Говорящие и случаи называются по ролям (Interviewer 1, Participant 2), их имена заменяются и в цитатах, атрибуты, отмеченные как идентифицирующие, не выводятся, а в начале файла стоит «Redacted export».</translation>
    </message>
</context>
<context>
    <name>crosscut::render::Report</name>
    <message>
        <source>Total</source>
        <translation type="vanished">Итого</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="vanished">Случай</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="vanished">Цитаты</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="vanished">Позиции</translation>
    </message>
    <message>
        <source>Hat shifts</source>
        <translation type="vanished">Смены шляп</translation>
    </message>
    <message>
        <source>Bipolar dimensions by group</source>
        <translation type="vanished">Биполярные измерения по группам</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Измерение</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Группа</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="vanished">Случаи</translation>
    </message>
    <message>
        <source>Positioned quotes</source>
        <translation type="vanished">Цитаты с позицией</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Среднее</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">Разброс</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Код</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Описание</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="vanished">Кодирования</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="vanished">Кодировщики</translation>
    </message>
    <message>
        <source>Double-coded documents</source>
        <translation type="vanished">Документы с двойным кодированием</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation type="vanished">Использовано кодов</translation>
    </message>
    <message>
        <source>Mean percent</source>
        <translation type="vanished">Средний процент</translation>
    </message>
    <message>
        <source>Mean kappa</source>
        <translation type="vanished">Средняя каппа</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="vanished">Средняя альфа</translation>
    </message>
    <message>
        <source>Per code</source>
        <translation type="vanished">По кодам</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="vanished">Процент</translation>
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
        <translation type="vanished">По измерениям</translation>
    </message>
    <message>
        <source>cu-alpha</source>
        <translation type="vanished">cu-альфа</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Примечание</translation>
    </message>
    <message>
        <source>The network per wave</source>
        <translation type="vanished">Сеть по волнам</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="vanished">Проект: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Документы</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="vanished">Матрица</translation>
    </message>
    <message>
        <source>Conceptual-model matrix</source>
        <translation type="vanished">Матрица концептуальной модели</translation>
    </message>
    <message>
        <source>Heat map (row %)</source>
        <translation type="vanished">Тепловая карта (% по строке)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="vanished">Диаграммы</translation>
    </message>
    <message>
        <source>Representative quotes</source>
        <translation type="vanished">Репрезентативные цитаты</translation>
    </message>
    <message>
        <source>Positional profiles</source>
        <translation type="vanished">Позиционные профили</translation>
    </message>
    <message>
        <source>Collaboration network</source>
        <translation type="vanished">Сеть сотрудничества</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="vanished">Согласие кодировщиков</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation type="vanished">Рамочная матрица</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="vanished">Кодовая книга</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementActions</name>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="19"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Согласие кодировщиков…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="21"/>
        <source>Inter-coder agreement per code, the coders&apos; disagreements and their adjudication</source>
        <translation>Согласие кодировщиков по каждому коду, их расхождения и их разрешение</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementView</name>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="50"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="63"/>
        <source>Check two or more coders to compare</source>
        <translation>Отметьте двух или более кодировщиков для сравнения</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="67"/>
        <source>The documents counted; none checked: all</source>
        <translation>Учитываемые документы; если не отмечен ни один — все</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="94"/>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="97"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="100"/>
        <source>Pair:</source>
        <translation>Пара:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="109"/>
        <source>Dimensions (cu-alpha over their values)</source>
        <translation>Измерения (cu-альфа по их значениям)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="211"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="286"/>
        <source>Check two or more coders to compare their codings.</source>
        <translation>Отметьте двух или более кодировщиков, чтобы сравнить их кодирование.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="308"/>
        <source>Mean over the pairs</source>
        <translation>Среднее по парам</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="392"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Выберите код в таблице согласия, чтобы увидеть его расхождения.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="397"/>
        <source>Choose a pair of coders to list their disagreements.</source>
        <translation>Выберите пару кодировщиков, чтобы увидеть их расхождения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="421"/>
        <source>%1 — %n document(s), counted in code points.</source>
        <translation>
            <numerusform>%1 — %n документ, счёт в кодовых точках.</numerusform>
            <numerusform>%1 — %n документа, счёт в кодовых точках.</numerusform>
            <numerusform>%1 — %n документов, счёт в кодовых точках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="424"/>
        <source>%n measure(s) undefined (—): hover one for why.</source>
        <translation>
            <numerusform>%n мера не определена (—): наведите на неё, чтобы узнать почему.</numerusform>
            <numerusform>%n меры не определены (—): наведите на одну, чтобы узнать почему.</numerusform>
            <numerusform>%n мер не определено (—): наведите на одну, чтобы узнать почему.</numerusform>
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
        <translation>Нечего экспортировать.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="454"/>
        <source>Export agreement</source>
        <translation>Экспорт согласия</translation>
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
        <translation>%1 пуст; ожидался заголовок document,attribute,value</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="38"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>%1, строка 1: заголовок должен быть document,attribute,value[,type] или case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="59"/>
        <source>Import attributes from %1</source>
        <translation>Импорт атрибутов из %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="63"/>
        <source>%1 line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>нет документа с названием «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="70"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>нет случая с названием «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="72"/>
        <source>the attribute name is empty</source>
        <translation>не указано имя атрибута</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="77"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>тип «%1» не входит в число допустимых: text, number, date, category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="79"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation>атрибут «%1» имеет тип %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«%1» — не дата (используйте формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation>Идентифицирующий: не попадает в обезличенный экспорт. Щёлкните правой кнопкой, чтобы изменить.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation>Щёлкните правой кнопкой, чтобы отметить его как идентифицирующий (не попадёт в обезличенный экспорт).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation>🔒 %1 (%2, идентифицирующий)</translation>
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
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation>Пути кодов через запятую</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::BoundaryDialog</name>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="25"/>
        <source>Edit boundaries</source>
        <translation>Изменить границы</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="44"/>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="45"/>
        <source>Start (code point):</source>
        <translation>Начало (кодовая точка):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="46"/>
        <source>End (code point, not included):</source>
        <translation>Конец (кодовая точка, не включается):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="80"/>
        <source>The start must come before the end.</source>
        <translation>Начало должно быть раньше конца.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation>Добавить атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation>Добавить случай…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation>Имя нового атрибута</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>CSV с заголовком document,attribute,value[,type] или case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation>Идентифицирующий (не попадает в обезличенный экспорт)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation>Прежде чем добавлять атрибуты, импортируйте документ.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation>Прежде чем добавлять атрибуты, добавьте случай.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation>Добавить случай</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation>Название случая:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation>Импорт атрибутов</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation>Случаи и атрибуты</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation>Цвета кодов</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation>Столбчатая диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation>Столбчатая диаграмма с накоплением</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation>Средние по группам</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>Средние по группам: строки — атрибут случая, столбцы — коды или измерение</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation>Диаграмма:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation>Выкл.: палитра, различимая для людей с нарушениями цветового зрения. Вкл.: собственные цвета кодов, если все они различаются.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>Выберите матрицу на панели матрицы, чтобы построить по ней диаграмму.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>Для средних по группам в строках должен быть атрибут случая, а в столбцах — коды или измерение.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation>Среднее число цитат на случай в разрезе %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation>среднее на случай</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation>Не удаётся преобразовать изображение для %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CloneDialog</name>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="23"/>
        <source>&amp;Encrypt my copy with a password or key file</source>
        <translation>&amp;Зашифровать мою копию паролем или файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="26"/>
        <location filename="../../ui/hub/clonedialog.cpp" line="87"/>
        <source>Clone from team server</source>
        <translation>Клонирование с командного сервера</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="27"/>
        <source>Makes your own copy of a team project. You code in it offline; it syncs with the server every minute while the server can be reached.</source>
        <translation>Создаёт вашу собственную копию командного проекта. Вы кодируете в ней без подключения к сети; пока сервер доступен, копия синхронизируется с ним каждую минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="35"/>
        <source>The coder name your lead gave you on the server</source>
        <translation>Имя кодировщика, которое руководитель задал вам на сервере</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="38"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Название проекта на сервере:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="39"/>
        <source>&amp;Coder name:</source>
        <translation>Имя &amp;кодировщика:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="44"/>
        <source>Save &amp;as:</source>
        <translation>Со&amp;хранить как:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="53"/>
        <source>C&amp;lone</source>
        <translation>К&amp;лонировать</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="81"/>
        <source>team-project</source>
        <translation>командный-проект</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="89"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="126"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Укажите строку подключения к командному серверу.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="128"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Не указывайте пароль в строке подключения (он был бы сохранён в проекте); введите его в поле пароля.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="131"/>
        <source>Name the project on the server.</source>
        <translation>Укажите название проекта на сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="133"/>
        <source>Give the coder name your lead gave you.</source>
        <translation>Укажите имя кодировщика, которое задал вам руководитель.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="135"/>
        <source>Choose where to save your copy.</source>
        <translation>Выберите, где сохранить вашу копию.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="137"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="91"/>
        <source>Undefined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="95"/>
        <source>%1 of %2 code points coded by both</source>
        <translation>%1 из %2 кодовых точек закодированы обоими</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="97"/>
        <source>A dimension: its segments are those of all its values</source>
        <translation>Измерение: его сегменты — сегменты всех его значений</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="113"/>
        <source>Code points (characters) coded</source>
        <translation>Закодировано кодовых точек (символов)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="114"/>
        <source>Code points both coded or both left uncoded, of all code points</source>
        <translation>Доля кодовых точек, которые оба закодировали или оба оставили незакодированными</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="115"/>
        <source>Cohen&apos;s kappa per code point</source>
        <translation>Каппа Коэна по кодовым точкам</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="116"/>
        <source>Krippendorff&apos;s unitized alpha</source>
        <translation>Унитизированная альфа Криппендорфа</translation>
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
        <translation>Оба</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="127"/>
        <source>Percent</source>
        <translation>Процент</translation>
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
        <translation>Пока нет закодированных цитат.</translation>
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
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation>Новый код…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation>Новый подкод…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation>Описание…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>New memo on this code…</source>
        <translation>Новая заметка к этому коду…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Keyboard shortcut…</source>
        <translation>Сочетание клавиш…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="99"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New sub-code</source>
        <translation>Новый подкод</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="201"/>
        <source>Delete code</source>
        <translation>Удалить код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="202"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>Удалить «%1» и %n подкод?</numerusform>
            <numerusform>Удалить «%1» и %n подкода?</numerusform>
            <numerusform>Удалить «%1» и %n подкодов?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="203"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation>
            <numerusform>Будет удалено %n кодирование, цитаты останутся без кода. Это действие можно отменить.</numerusform>
            <numerusform>Будут удалены %n кодирования, цитаты останутся без кода. Это действие можно отменить.</numerusform>
            <numerusform>Будет удалено %n кодирований, цитаты останутся без кода. Это действие можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="276"/>
        <source>Description of “%1”</source>
        <translation>Описание кода «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="277"/>
        <source>What this code means, and when to apply it:</source>
        <translation>Что означает этот код и когда его применять:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="225"/>
        <source>Merge code</source>
        <translation>Объединить код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="226"/>
        <source>Merge “%1” into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="238"/>
        <source>Code colour</source>
        <translation>Цвет кода</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation>Кто кодирует?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation>Ваше имя сохраняется при каждом кодировании и в каждой заметке, чтобы кодирования участников команды можно было различать и сравнивать. Его можно изменить позже в меню Правка → Настройки или щёлкнув по нему в строке состояния.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation>Ваше имя или инициалы</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation>Сравнение кодировщиков: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation>Сравнение:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation>Кодирования сохраняются под этим именем. Щёлкните, чтобы изменить его.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation>Кодировщик: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation>&amp;Кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation>&amp;Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation>Только &amp;мои</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation>&amp;Один кодировщик</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation>&amp;Сравнить кодировщиков</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation>Показывает кодирования всех кодировщиков</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation>Показывает только кодирования текущего кодировщика</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation>Показывает кодирования всех кодировщиков рядом, у каждого свой цвет</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation>Пока никто не кодировал</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation>Это слепая копия для %1: показаны только кодирования %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation>Откройте документ и выделите текст для кодирования.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation>Сначала выделите текст для кодирования.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation>Этот код не является значением измерения.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
        <source>No recent code %1.</source>
        <translation>Нет недавнего кода под номером %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="26"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="46"/>
        <source>&amp;Restore the other version</source>
        <translation>&amp;Восстановить другую версию</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="49"/>
        <source>Team conflicts</source>
        <translation>Конфликты в команде</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="50"/>
        <source>Two members changed the same thing before either had synced. The later change on the server won; the other is kept here. Restoring it makes it the current version for everyone at your next sync.</source>
        <translation>Два участника изменили одно и то же, прежде чем кто-либо из них синхронизировался. Победило более позднее изменение на сервере; другое сохранено здесь. Если восстановить его, при вашей следующей синхронизации оно станет текущей версией для всех.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: by</source>
        <translation>Сохранено: автор</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: value</source>
        <translation>Сохранено: значение</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: by</source>
        <translation>Отложено: автор</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: value</source>
        <translation>Отложено: значение</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="94"/>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="100"/>
        <source>This project is not linked to a team server.</source>
        <translation>Этот проект не связан с командным сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="135"/>
        <source> (restored)</source>
        <translation> (восстановлено)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="140"/>
        <source>No conflicts: no two members changed the same thing at once.</source>
        <translation>Конфликтов нет: никакие два участника не меняли одно и то же одновременно.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="153"/>
        <source>Select a conflict first</source>
        <translation>Сначала выберите конфликт</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="154"/>
        <source>Makes the set-aside value the current one</source>
        <translation>Делает отложенное значение текущим</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="155"/>
        <source>This version has been restored already</source>
        <translation>Эта версия уже восстановлена</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="165"/>
        <source>Not restored: %1</source>
        <translation>Не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConnectionFields</name>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="14"/>
        <source>A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…</source>
        <translation>Строка подключения PostgreSQL: host=… port=… dbname=… user=… или postgresql://…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="18"/>
        <source>empty: from ~/.pgpass</source>
        <translation>пусто: из ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="19"/>
        <source>Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass.</source>
        <translation>Используется только для этого подключения и нигде не сохраняется. Для автоматической синхронизации укажите его в ~/.pgpass.</translation>
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
        <translation>Не определено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="62"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values</source>
        <translation>cu-альфа Криппендорфа по значениям измерения</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>Dimension</source>
        <translation>Измерение</translation>
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
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="43"/>
        <source>A only</source>
        <translation>Только A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="44"/>
        <source>B only</source>
        <translation>Только B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="45"/>
        <source>Boundary</source>
        <translation>Границы</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="53"/>
        <source>Accepted A</source>
        <translation>Принят A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="54"/>
        <source>Accepted B</source>
        <translation>Принят B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="55"/>
        <source>Accepted both</source>
        <translation>Приняты оба</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="56"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="57"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="86"/>
        <source>Unsettled</source>
        <translation>Не решено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="98"/>
        <source>Code points %1 to %2 (%n code point(s))</source>
        <translation>
            <numerusform>Кодовые точки с %1 по %2 (%n кодовая точка)</numerusform>
            <numerusform>Кодовые точки с %1 по %2 (%n кодовые точки)</numerusform>
            <numerusform>Кодовые точки с %1 по %2 (%n кодовых точек)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="100"/>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="101"/>
        <source>%1 coded %2</source>
        <translation>%1 закодировал(а) %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="104"/>
        <source>The consensus codes %1 (decided %2)</source>
        <translation>Консенсус кодирует %1 (решено %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="105"/>
        <source>No decision yet</source>
        <translation>Решения ещё нет</translation>
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
        <translation>Отрезок</translation>
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
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementsPanel</name>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="27"/>
        <source>Accept &amp;A</source>
        <translation>Принять &amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept &amp;B</source>
        <translation>Принять &amp;B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept b&amp;oth</source>
        <translation>Принять &amp;оба</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Edit boundaries…</source>
        <translation>&amp;Изменить границы…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Adopt a&amp;greed codings</source>
        <translation>Перенести &amp;совпадающее кодирование</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="71"/>
        <source>The consensus codes the whole stretch</source>
        <translation>Консенсус кодирует весь отрезок</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="72"/>
        <source>The consensus codes nothing of the stretch: it is settled as not this code</source>
        <translation>Консенсус ничего не кодирует на отрезке: решено, что это не этот код</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="73"/>
        <source>The consensus codes a span you give, in code points</source>
        <translation>Консенсус кодирует заданный вами отрезок в кодовых точках</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="74"/>
        <source>Codes every stretch both coders coded alike for the consensus coder</source>
        <translation>Кодирует для консенсуса каждый отрезок, который оба кодировщика закодировали одинаково</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="75"/>
        <source>The coder the decisions are written to; pick it as a coder above to compare with it</source>
        <translation>Кодировщик, которому записываются решения; отметьте его выше, чтобы сравнить с ним</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="91"/>
        <source>Consensus coder:</source>
        <translation>Консенсус-кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="119"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Выберите код в таблице согласия, чтобы увидеть его расхождения.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="142"/>
        <source>Disagreements on %1 — A: %2, B: %3</source>
        <translation>Расхождения по коду %1 — A: %2, B: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="215"/>
        <source>%1 and %2 agree everywhere on this code.</source>
        <translation>%1 и %2 полностью согласны по этому коду.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="238"/>
        <source>%1 of %2 settled</source>
        <translation>Решено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>The consensus codes what %1 coded</source>
        <translation>Консенсус кодирует то, что закодировал(а) %1</translation>
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
        <translation>Сначала выберите расхождение.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="291"/>
        <source>%1: code points %2–%3 of %4</source>
        <translation>%1: кодовые точки %2–%3 в документе %4</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="310"/>
        <source>Choose a code and a pair of coders first.</source>
        <translation>Сначала выберите код и пару кодировщиков.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="315"/>
        <source>Adopted %n agreed coding(s) for %1.</source>
        <translation>
            <numerusform>Перенесено %n совпадающее кодирование для %1.</numerusform>
            <numerusform>Перенесено %n совпадающих кодирования для %1.</numerusform>
            <numerusform>Перенесено %n совпадающих кодирований для %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="329"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="338"/>
        <source>Export disagreements</source>
        <translation>Экспорт расхождений</translation>
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
%n символа</numerusform>
            <numerusform>%1
%n символов</numerusform>
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
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="195"/>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="196"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>Фильтр документов</translation>
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
        <translation>Заметка к цитате…</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="27"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="vanished">&amp;Отчёт об оценке (PDF, ODT, HTML, XLSX)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="vanished">PDF (*.pdf);;Текст OpenDocument (*.odt);;Веб-страница (*.html *.htm);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Evaluation &amp;report…</source>
        <translation>&amp;Отчёт об оценке…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>&amp;Проект REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Проекты REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Кодовая книга (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Кодовые книги REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>Ко&amp;дирования (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="99"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="109"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="98"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="107"/>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1 (redacted)</source>
        <translation>Экспортировано: %1 (обезличено)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::FrameworkPanel</name>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="53"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="59"/>
        <source>Save summary</source>
        <translation>Сохранить сводку</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="62"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="63"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="74"/>
        <source>Double-click a quote to open it in its document</source>
        <translation>Дважды щёлкните цитату, чтобы открыть её в документе</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="75"/>
        <source>What does this row say about this code? Write the summary here.</source>
        <translation>Что эта строка говорит об этом коде? Напишите сводку здесь.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="80"/>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="83"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="91"/>
        <source>Quotes:</source>
        <translation>Цитаты:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="93"/>
        <source>Summary:</source>
        <translation>Сводка:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="96"/>
        <source>Earlier versions:</source>
        <translation>Более ранние версии:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="179"/>
        <source>Choose a dimension, or list codes, for the columns.</source>
        <translation>Выберите измерение или перечислите коды для столбцов.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="196"/>
        <source>%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). Select a cell to read its quotes and write its summary.</source>
        <translation>%1 × %2: сводки есть в %3 из %4 ячеек, пробелов: %5 (серые: нет ни цитат, ни сводки). Выберите ячейку, чтобы прочитать её цитаты и написать сводку.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="230"/>
        <source>gap</source>
        <translation>пробел</translation>
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
        <translation>%1 — сводки пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="275"/>
        <source>Select a cell.</source>
        <translation>Выберите ячейку.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="293"/>
        <source>No quote of this row carries this code.</source>
        <translation>Ни одна цитата этой строки не имеет этого кода.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="305"/>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="353"/>
        <source>There is no framework matrix to export.</source>
        <translation>Нет рамочной матрицы для экспорта.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="360"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="362"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="365"/>
        <source>Export framework matrix</source>
        <translation>Экспорт рамочной матрицы</translation>
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
        <translation>&amp;Слепая: без работы других кодировщиков</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation>&amp;Зашифровать копию</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation>Выдать копию кодировщику</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation>Копия этого проекта для одного кодировщика: кодовая книга и выбранные документы. Его работа вливается обратно через Файл → Объединить проект….</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation>В копии нет кодирований и заметок других кодировщиков; она показывает только работу своего кодировщика.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation>Копия открывается только своим паролем (он будет запрошен далее) или файлом ключа.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation>&amp;Записать копию</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Документы:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation>Укажите кодировщика, для которого копия.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation>Выберите хотя бы один документ.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation>Выберите, где сохранить копию.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation>Копия не может заменить сам проект.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
        <translation>Проект зашифрован, а копия не будет зашифрована: её содержимое сможет прочитать любой, у кого есть доступ к %1. Всё равно записать её незашифрованной?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation>Нет данных для отображения</translation>
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
        <translation>&amp;Опубликовать на командном сервере…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="40"/>
        <source>&amp;Clone from team server…</source>
        <translation>&amp;Клонировать с командного сервера…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="42"/>
        <source>Makes your own copy of a team project, synced with its server</source>
        <translation>Создаёт вашу собственную копию командного проекта, синхронизируемую с его сервером</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="45"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="48"/>
        <source>Team &amp;status…</source>
        <translation>Сос&amp;тояние команды…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="51"/>
        <source>C&amp;onflicts…</source>
        <translation>Кон&amp;фликты…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="65"/>
        <source>Open the project to publish first</source>
        <translation>Сначала откройте проект, который нужно опубликовать</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="66"/>
        <source>This project is a copy of %1 on a team server already</source>
        <translation>Этот проект уже является копией %1 на командном сервере</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="67"/>
        <source>Uploads this project to a team server; you become its lead</source>
        <translation>Загружает этот проект на командный сервер; вы становитесь его руководителем</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="68"/>
        <source>This project is not a copy from a team server (Team → Clone or Publish)</source>
        <translation>Этот проект не является копией с командного сервера (Команда → Клонировать или Опубликовать)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="69"/>
        <source>Open a project cloned from a team server first</source>
        <translation>Сначала откройте проект, клонированный с командного сервера</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="74"/>
        <source>Sends your changes and fetches your teammates&apos; (also done every minute)</source>
        <translation>Отправляет ваши изменения и получает изменения коллег (это также происходит каждую минуту)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="75"/>
        <source>Server, role, changes to send, members</source>
        <translation>Сервер, роль, изменения к отправке, участники</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="78"/>
        <source>Changes that lost to a teammate&apos;s, to review and restore</source>
        <translation>Изменения, уступившие изменениям коллег, — для просмотра и восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="79"/>
        <source>Only the lead reviews conflicts; the codebook is the lead&apos;s</source>
        <translation>Конфликты рассматривает только руководитель: кодовая книга принадлежит руководителю</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="87"/>
        <source>Team server</source>
        <translation>Командный сервер</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="137"/>
        <source>The project was not published: %1</source>
        <translation>Проект не опубликован: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="142"/>
        <source>Published %1 to the team server: %n row(s).</source>
        <translation>
            <numerusform>Проект %1 опубликован на командном сервере: %n строка.</numerusform>
            <numerusform>Проект %1 опубликован на командном сервере: %n строки.</numerusform>
            <numerusform>Проект %1 опубликован на командном сервере: %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="174"/>
        <source>Nothing was cloned: %1</source>
        <translation>Ничего не клонировано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="179"/>
        <source>Cloned %1 into %2: %n operation(s).</source>
        <translation>
            <numerusform>Проект %1 клонирован в %2: %n операция.</numerusform>
            <numerusform>Проект %1 клонирован в %2: %n операции.</numerusform>
            <numerusform>Проект %1 клонирован в %2: %n операций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="222"/>
        <source>Restored: it goes to the team at the next sync.</source>
        <translation>Восстановлено: изменение уйдёт команде при следующей синхронизации.</translation>
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
            <numerusform>Команда: применено %n изменение от коллег.</numerusform>
            <numerusform>Команда: применено %n изменения от коллег.</numerusform>
            <numerusform>Команда: применено %n изменений от коллег.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="66"/>
        <source>Team: %n of your change(s) lost to a teammate&apos;s; the lead can review them in Team → Conflicts.</source>
        <translation>
            <numerusform>Команда: %n ваше изменение уступило изменению коллеги; руководитель может рассмотреть его в меню Команда → Конфликты.</numerusform>
            <numerusform>Команда: %n ваших изменения уступили изменениям коллег; руководитель может рассмотреть их в меню Команда → Конфликты.</numerusform>
            <numerusform>Команда: %n ваших изменений уступили изменениям коллег; руководитель может рассмотреть их в меню Команда → Конфликты.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="69"/>
        <source>the sync failed</source>
        <translation>синхронизация не удалась</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="72"/>
        <source>Team sync failed: %1</source>
        <translation>Синхронизация с командой не удалась: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="47"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>Импорт &amp;проекта REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="50"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Импорт &amp;кодовой книги (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="58"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="126"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="151"/>
        <source>Import REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="61"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>%1 уже существует; выберите новое имя файла для импортируемого проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="65"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="75"/>
        <source>Import cancelled: %n source(s) have no text in the archive.</source>
        <translation>
            <numerusform>Импорт отменён: %n источник не содержит текста в архиве.</numerusform>
            <numerusform>Импорт отменён: %n источника не содержат текста в архиве.</numerusform>
            <numerusform>Импорт отменён: %n источников не содержат текста в архиве.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="92"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="113"/>
        <source>Cannot import %1: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="99"/>
        <source>Created %1 from %2.</source>
        <translation>Проект %1 создан из %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="143"/>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="108"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>Существующие коды сохранены; различия перечислены выше.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="127"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Проекты и кодовые книги REFI-QDA (*.qdpx *.qdc);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="132"/>
        <source>New project from %1</source>
        <translation>Новый проект из %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="133"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="144"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Кодовые книги REFI-QDA (*.qdc);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="152"/>
        <source>%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.</source>
        <translation>
            <numerusform>%n источник в %1 не содержит текста, который Crosscut может прочитать, поэтому его нельзя импортировать.</numerusform>
            <numerusform>%n источника в %1 не содержат текста, который Crosscut может прочитать, поэтому их нельзя импортировать.</numerusform>
            <numerusform>%n источников в %1 не содержат текста, который Crosscut может прочитать, поэтому их нельзя импортировать.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="157"/>
        <source>Import everything else (codes, the other sources and their quotes, cases, memos) without them?</source>
        <translation>Импортировать всё остальное (коды, другие источники с их цитатами, случаи, заметки) без них?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="160"/>
        <source>Import what is there</source>
        <translation>Импортировать то, что есть</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::KwicPanel</name>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="55"/>
        <source>Whole words only</source>
        <translation>Только целые слова</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="57"/>
        <source>Show in context</source>
        <translation>Показать в контексте</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="62"/>
        <source>Code sentences</source>
        <translation>Закодировать предложения</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="66"/>
        <source>A word or phrase (advoca finds advocacy, advocates …)</source>
        <translation>Слово или фраза (защит находит защита, защитники …)</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="69"/>
        <source> characters</source>
        <translation> символов</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="70"/>
        <source>Context shown either side of each hit</source>
        <translation>Контекст по обе стороны от каждого совпадения</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Left context</source>
        <translation>Левый контекст</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Keyword</source>
        <translation>Ключевое слово</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Right context</source>
        <translation>Правый контекст</translation>
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
        <translation>Закодировать предложения выбранных совпадений кодом</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="221"/>
        <source>Type a word or phrase and press Enter.</source>
        <translation>Введите слово или фразу и нажмите Enter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>Пока %n совпадение …</numerusform>
            <numerusform>Пока %n совпадения …</numerusform>
            <numerusform>Пока %n совпадений …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="227"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="240"/>
        <source>Select the hits to code.</source>
        <translation>Выберите совпадения, которые нужно закодировать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="249"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n новое кодирование кодом %1</numerusform>
            <numerusform>%n новых кодирования кодом %1</numerusform>
            <numerusform>%n новых кодирований кодом %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation>Живая сессия — %1</translation>
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
        <translation>⚑ Отметить (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation>Вводите сказанное; Enter — записать реплику</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation>■ Завершить сессию</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation>Останавливает отсчёт времени и закрывает это окно. Сессия → Возобновить живую сессию продолжает её; время между ними записывается как перерыв и не учитывается.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation>примечание к отметке (необязательно): Enter — отметить, Esc — отмена</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation>Новый участник:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation>псевдоним: Enter — добавить участника на следующую клавишу Alt+цифра, Esc — отмена</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation>Shift+клавиша кодирует последнюю реплику · повторное нажатие той же клавиши снимает код · правый щелчок по метке кода удаляет её · Ctrl+Z отменяет последнее действие в сессии · Ctrl+N — добавить нового участника</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation>+ Участник (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation>Отметка не поставлена.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation>Участник не добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation>Ни у одного участника нет клавиши Alt+%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation>Клавише %1 не назначен код в кодовой книге этой живой сессии (см. клавиши над полем ввода).</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation>Пока нет записанных реплик для кодирования</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation>Код «%1» снят (Ctrl+Z возвращает его)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation>Снять код «%1» с этой реплики</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation>%1: участник добавлен (свободных клавиш нет — щёлкайте по имени)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation>%1: участник добавлен, клавиша Alt+%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation>Продолжить (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;у этой реплики пока нет кодов&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation>При записи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>Не удалось сохранить проект на диск: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="708"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation>окно записи было закрыто на %1 — не учитывается во времени сессии</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation>Другие коды</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation>Кодовой книги живой сессии нет: кодируйте в рабочей среде после сессии.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="37"/>
        <source>Start live session</source>
        <translation>Начать живую сессию</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="44"/>
        <source>speaks on Alt+0</source>
        <translation>клавиша говорящего: Alt+0</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="49"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Фасилитатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation>&lt;b&gt;Список участников&lt;/b&gt; — клавиша каждого говорящего: Alt+цифра; чтобы добавить участника, введите имя в последней строке</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="62"/>
        <source>Load roster &amp;CSV…</source>
        <translation>&amp;Загрузить список участников из CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>Roster CSV</source>
        <translation>Список участников в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="69"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation>CSV в кодировке UTF-8 со строкой заголовка &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; клавиша может быть пустой (тогда назначается следующая свободная цифра); остальные столбцы становятся атрибутами случая:&lt;pre&gt;pseudonym,key,Целевая группа
Айгуль,1,Секс-работники
Рави,,&quot;Люди, употребляющие наркотики&quot;&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="77"/>
        <source>…or add existing cases:</source>
        <translation>…или добавьте существующие случаи:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="86"/>
        <source>Add checked &amp;cases</source>
        <translation>Добавить отмеченные &amp;случаи</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation>&lt;b&gt;Кодовая книга живой сессии&lt;/b&gt; — отметьте измерения, которые нужно кодировать во время сессии</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="133"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation>Значения отмеченных измерений назначаются на клавиши в том порядке, в котором измерения были отмечены: F1…F12, затем Ctrl+1…Ctrl+9 (одно измерение никогда не разделяется между ними). Затем любую клавишу можно изменить справа.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="141"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation>Клавиша → код (Shift+клавиша: последняя реплика)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="380"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation>Добавьте хотя бы одного участника: введите имя в списке участников, загрузите список участников из CSV или отметьте случаи.</translation>
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
            <numerusform>%1 (%n значение)</numerusform>
            <numerusform>%1 (%n значения)</numerusform>
            <numerusform>%1 (%n значений)</numerusform>
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
        <translation>Начать сессию</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="213"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation>Измерение «%1» не помещается на свободные клавиши; сначала снимите отметку с другого измерения.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="233"/>
        <source>Facilitator</source>
        <translation>Фасилитатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="285"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation>«%1» уже есть в списке участников.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="356"/>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="363"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation>Введите псевдоним и нажмите Enter, чтобы добавить участника</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="365"/>
        <source>(next)</source>
        <translation>(следующая)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="376"/>
        <source>Give the session a title.</source>
        <translation>Укажите название сессии.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="378"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>Документ с названием «%1» уже существует.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Encrypted</source>
        <translation>Зашифрован</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation>Проект зашифрован: он открывается только с паролем или файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>From the &amp;intersectional template…</source>
        <translation>Из &amp;интерсекционального шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>Intersectional template in &amp;another language</source>
        <translation>Интерсекциональный шаблон на &amp;другом языке</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Пустой…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Открыть &amp;демо-проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Импорт документов…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;Encrypt project…</source>
        <translation>&amp;Зашифровать проект…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation>Шифрует файл проекта паролем или файлом ключа</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="215"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="224"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="228"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Apply &amp;code…</source>
        <translation>Применить &amp;код…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Codes</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Check project integrity…</source>
        <translation>&amp;Проверить целостность проекта…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation>Проверяет файл проекта и каждую цитату, каждое кодирование и каждую позицию в тексте</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Псевдонимизация…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation>Заменяет настоящие имена псевдонимами во всём проекте, безвозвратно</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation>Сначала завершите живую сессию: имена нельзя псевдонимизировать, пока открыто окно записи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation>
            <numerusform>Псевдонимизировано: %n замена; история стёрта</numerusform>
            <numerusform>Псевдонимизировано: %n замены; история стёрта</numerusform>
            <numerusform>Псевдонимизировано: %n замен; история стёрта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>&amp;Session</source>
        <translation>С&amp;ессия</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard coding</source>
        <translation>Кодирование с &amp;клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Keyboard coding</source>
        <translation>Кодирование с клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Выделите текст, затем:
• нажмите сочетание клавиш кода или Ctrl+K, введите часть его названия и нажмите Enter
• 1–9: недавние коды
• щёлкните значение на панели быстрой разметки, по одному на каждое измерение
Alt+Shift+←/→ перемещает конец текущей цитаты, Ctrl+Alt+Shift+←/→ — её начало.
Ctrl+Z отменяет, Ctrl+Shift+Z повторяет.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>&amp;About Crosscut</source>
        <translation>&amp;О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>About Crosscut</source>
        <translation>О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;Рабочая среда для качественного кодирования в интерсекциональной оценке программ.</translation>
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
        <translation>Этот файл ключа не открывает проект. Попробуйте другой.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="409"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Cannot encrypt %1: %2</source>
        <translation>Не удаётся зашифровать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>The project is encrypted.</source>
        <translation>Проект зашифрован.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="445"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation>Это не файл ключа этого проекта. Попробуйте другой.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>The current password is wrong. Try again.</source>
        <translation>Текущий пароль неверен. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="452"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cannot change the password: %1</source>
        <translation>Не удаётся сменить пароль: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>The password is changed.</source>
        <translation>Пароль сменён.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="471"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="588"/>
        <source>Check project integrity</source>
        <translation>Проверка целостности проекта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation>
            <numerusform>Целостность проекта не нарушена: пройдена %n проверка.</numerusform>
            <numerusform>Целостность проекта не нарушена: пройдены %n проверки.</numerusform>
            <numerusform>Целостность проекта не нарушена: пройдено %n проверок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="594"/>
        <source>The project is consistent.</source>
        <translation>Целостность проекта не нарушена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="600"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation>
            <numerusform>Обнаружена %n проблема. Прежде чем вносить изменения, сохраните копию файла; если цитаты повреждены, восстановите проект из резервной копии.</numerusform>
            <numerusform>Обнаружены %n проблемы. Прежде чем вносить изменения, сохраните копию файла; если цитаты повреждены, восстановите проект из резервной копии.</numerusform>
            <numerusform>Обнаружено %n проблем. Прежде чем вносить изменения, сохраните копию файла; если цитаты повреждены, восстановите проект из резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="656"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="661"/>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="677"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="684"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="689"/>
        <source>KWIC</source>
        <translation>KWIC</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="694"/>
        <source>Memos</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Framework</source>
        <translation>Рамочный анализ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="704"/>
        <source>Cases</source>
        <translation>Случаи</translation>
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
        <translation>Связи кодов</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="742"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="769"/>
        <source> (encrypted)</source>
        <translation> (зашифрован)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="794"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n кодирование</numerusform>
            <numerusform>%n кодирования</numerusform>
            <numerusform>%n кодирований</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="829"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="832"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Импортирован %n документ.</numerusform>
            <numerusform>Импортировано %n документа.</numerusform>
            <numerusform>Импортировано %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="846"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="847"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="855"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="856"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Проекты Crosscut (*.crosscut);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Transcripts (%1)</source>
        <translation>Транскрипты (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="892"/>
        <source>The demo project is not installed.</source>
        <translation>Демо-проект не установлен.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="900"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>Не удаётся скопировать демо-проект в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="935"/>
        <source>This is a copy of a team project: it codes as %1, the coder the team server knows it by.</source>
        <translation>Это копия командного проекта: в ней кодирует %1 — кодировщик, под именем которого её знает командный сервер.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
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
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation>Абсолютные значения</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation>% по строке</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation>% по столбцу</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation>% от общего итога</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation>Считать:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation>Показывать:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>%1 × %2 — всего %3; щёлкните ячейку, чтобы прочитать её цитаты.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation>Экспорт матрицы</translation>
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
        <translation>Строки матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="43"/>
        <source>Columns of the matrix</source>
        <translation>Столбцы матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="45"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="46"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="47"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="48"/>
        <source>What each cell counts</source>
        <translation>Что считается в каждой ячейке</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="49"/>
        <source>Counts only</source>
        <translation>Только количество</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="50"/>
        <source>Row %</source>
        <translation>% по строке</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="51"/>
        <source>Column %</source>
        <translation>% по столбцу</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="52"/>
        <source>% of total</source>
        <translation>% от итога</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="53"/>
        <source>The shares shown beside the counts</source>
        <translation>Доли, показываемые рядом с количеством</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="56"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="57"/>
        <source>Leave this matrix out of the report</source>
        <translation>Не включать эту матрицу в отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="62"/>
        <source>The report&apos;s first matrix counts quotes</source>
        <translation>Первая матрица отчёта считает цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="63"/>
        <source>The report&apos;s first matrix shows row shares</source>
        <translation>Первая матрица отчёта показывает доли по строкам</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="65"/>
        <source>The report always has its first matrix</source>
        <translation>Первая матрица в отчёте есть всегда</translation>
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
        <translation>Заметка к коду «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>New memo on code “%1”</source>
        <translation>Новая заметка к коду «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation>Заметка к цитате</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>New memo on quote</source>
        <translation>Новая заметка к цитате</translation>
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
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoListModel</name>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="36"/>
        <source>A live flag whose memo was deleted: read-only.</source>
        <translation>Отметка живой сессии, заметка которой удалена: только для чтения.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="42"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
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
        <translation>Привязана к</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="62"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="63"/>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="37"/>
        <source>Project</source>
        <translation>Проект</translation>
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
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="62"/>
        <source>Modified from</source>
        <translation>Изменены с</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="72"/>
        <location filename="../../ui/memos/memospanel.cpp" line="430"/>
        <source>New memo</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="73"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="74"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="75"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="79"/>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="80"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="82"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="87"/>
        <source>Show memos of one kind</source>
        <translation>Показать заметки одного вида</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="88"/>
        <source>Show the memos of one author</source>
        <translation>Показать заметки одного автора</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="97"/>
        <source>Only memos last changed between these dates (inclusive)</source>
        <translation>Только заметки, в последний раз изменённые между этими датами (включительно)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="98"/>
        <source>Search memos…</source>
        <translation>Поиск по заметкам…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="150"/>
        <source>Versions (oldest first):</source>
        <translation>Версии (сначала старые):</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="264"/>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="347"/>
        <source>written %1</source>
        <translation>написана %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="349"/>
        <source>modified %1</source>
        <translation>изменена %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="351"/>
        <source>read-only (a live flag without its memo)</source>
        <translation>только для чтения (отметка живой сессии без заметки)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="386"/>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="388"/>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="393"/>
        <source>The operation log holds no earlier version of this memo.</source>
        <translation>В журнале операций нет более ранних версий этой заметки.</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="vanished">Все заметки</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="100"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="105"/>
        <source>Earlier versions of this memo, from the operation log</source>
        <translation>Более ранние версии этой заметки из журнала операций</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="107"/>
        <source>Write the listed memos to an HTML page or a Word document</source>
        <translation>Записать показанные заметки в HTML-страницу или документ Word</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="132"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="142"/>
        <source>On:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="425"/>
        <source>Choose what the memo is about.</source>
        <translation>Выберите, к чему относится заметка.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="483"/>
        <source>modified %1 to %2</source>
        <translation>изменены с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="485"/>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="493"/>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>Export memos</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="494"/>
        <source>This project is encrypted; the exported file is not. Export anyway?</source>
        <translation>Проект зашифрован, а экспортированный файл — нет. Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="498"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
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
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation>&amp;Сохранять оба документа при совпадении имён</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation>&amp;Брать их значения атрибутов</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation>Объединение проектов</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation>Копии кодировщиков (или другие проекты Crosscut), которые нужно влить в этот проект. Документы сопоставляются по идентификатору или тексту, но никогда только по имени; кодирования всех кодировщиков сохраняются. Объединение — один шаг Правка → Отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation>Документ копии, чьё имя уже занято другим текстом, добавляется как «ИМЯ (2)»; без этого такое совпадение останавливает объединение, и ничего не вливается.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation>Где значение атрибута различается, значение копии заменяет значение этого проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Проекты Crosscut (*.crosscut);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation>Отчёт об объединении</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation>В %1 нет ничего нового: всё уже есть в этом проекте.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation>Влито: %1. Правка → Отменить отменяет всё объединение.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation>
            <numerusform>%n конфликт выше: сохранённые значения названы; ничего не решено молча.</numerusform>
            <numerusform>%n конфликта выше: сохранённые значения названы; ничего не решено молча.</numerusform>
            <numerusform>%n конфликтов выше: сохранённые значения названы; ничего не решено молча.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::NetworkPanel</name>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="43"/>
        <source>(no wave)</source>
        <translation>(без волны)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="52"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="54"/>
        <source>Export drawing…</source>
        <translation>Экспорт рисунка…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="55"/>
        <source>Export charts…</source>
        <translation>Экспорт диаграмм…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="72"/>
        <source>Colour by:</source>
        <translation>Раскрасить по:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="74"/>
        <source>Wave:</source>
        <translation>Волна:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="85"/>
        <location filename="../../ui/network/networkpanel.cpp" line="279"/>
        <source>No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT --from ties.csv</source>
        <translation>Связей сотрудничества пока нет: Файл → Импорт опроса… (со столбцом связей) или crosscut-cli ties PROJECT --from ties.csv</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="99"/>
        <location filename="../../ui/network/networkpanel.cpp" line="370"/>
        <source>Click a case to see its attributes and quotes.</source>
        <translation>Щёлкните случай, чтобы увидеть его атрибуты и цитаты.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="111"/>
        <source>Double-click a quote to open it in its document.</source>
        <translation>Дважды щёлкните цитату, чтобы открыть её в документе.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="115"/>
        <source>Quotes of its documents and answers:</source>
        <translation>Цитаты из его документов и ответов:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="129"/>
        <source>Drawing</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="142"/>
        <source>Measures by group</source>
        <translation>Меры по группам</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="236"/>
        <location filename="../../ui/network/networkpanel.cpp" line="313"/>
        <source>All waves</source>
        <translation>Все волны</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="244"/>
        <source>Compare waves</source>
        <translation>Сравнить волны</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="257"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="259"/>
        <source>(no kind)</source>
        <translation>(без вида)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="277"/>
        <source>The cases have no attributes to colour the network by: add one in the Cases tab or import a survey.</source>
        <translation>У случаев нет атрибутов, по которым можно раскрасить сеть: добавьте атрибут на вкладке «Случаи» или импортируйте опрос.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="314"/>
        <source>Collaboration network by %1</source>
        <translation>Сеть сотрудничества в разрезе %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="384"/>
        <source>%1: not in the network</source>
        <translation>%1: не входит в сеть</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="388"/>
        <source>%1: 1 tie, betweenness %2</source>
        <translation>%1: 1 связь, посредничество %2</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="389"/>
        <source>%1: %2 ties, betweenness %3</source>
        <translation>%1: связей: %2, посредничество %3</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="439"/>
        <source>No coded quote in its documents or answers yet.</source>
        <translation>В его документах и ответах пока нет закодированных цитат.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="441"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="447"/>
        <location filename="../../ui/network/networkpanel.cpp" line="454"/>
        <source>There is no network to export.</source>
        <translation>Нет сети для экспорта.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="458"/>
        <source>Charts are written as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Диаграммы сохраняются в формате .png или .svg, а не «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="473"/>
        <source>Export the network drawing</source>
        <translation>Экспорт рисунка сети</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="474"/>
        <location filename="../../ui/network/networkpanel.cpp" line="484"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="478"/>
        <location filename="../../ui/network/networkpanel.cpp" line="488"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="483"/>
        <source>Export the three measure charts</source>
        <translation>Экспорт трёх диаграмм мер</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>Encrypted project</source>
        <translation>Зашифрованный проект</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="40"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation>%1 зашифрован. Введите его пароль или укажите файл ключа.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="43"/>
        <source>Encrypt project</source>
        <translation>Зашифровать проект</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="45"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 будет зашифрован: без пароля (или файла ключа) его никто не откроет, &lt;b&gt;и вы тоже: утерянный пароль восстановить нельзя&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Незашифрованный проект может остаться в свободном месте диска, а также в резервных копиях и копиях, сделанных раньше. Если это важно, создайте зашифрованный проект до того, как в него попадёт первый документ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>Encrypt the copy</source>
        <translation>Шифрование копии</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="54"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 будет зашифрован собственным паролем (или файлом ключа): передайте его кодировщику отдельно от файла. &lt;b&gt;Утерянный пароль восстановить нельзя.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="60"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Введите текущий пароль %1 (или укажите его файл ключа), затем дважды новый. &lt;b&gt;Утерянный пароль восстановить нельзя.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="71"/>
        <source>Use a &amp;key file…</source>
        <translation>Файл &amp;ключа…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="84"/>
        <source>Create a new key &amp;file instead…</source>
        <translation>Создать новый &amp;файл ключа вместо пароля…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>C&amp;hange</source>
        <translation>С&amp;менить</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="120"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="129"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="200"/>
        <source>Enter the new password.</source>
        <translation>Введите новый пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="168"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation>%1 — храните его отдельно от проекта, а копию — в надёжном месте</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="174"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>New key file</source>
        <translation>Новый файл ключа</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="182"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Файлы ключей (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="186"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="214"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 уже существует; файл ключа никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="206"/>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PlainExportWarning</name>
    <message>
        <location filename="../../ui/privacy/plainexportwarning.cpp" line="15"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation>Проект зашифрован, а %1 не будет зашифрован: любой, кто может прочитать этот файл, прочтёт его содержимое. Всё равно экспортировать?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PortraitPanel</name>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="23"/>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="24"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="32"/>
        <source>Show:</source>
        <translation>Показывать:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="84"/>
        <source>%n document(s), each to the scale of the longest; click a segment to open it.</source>
        <translation>
            <numerusform>%n документ, каждый в масштабе самого длинного; щёлкните сегмент, чтобы открыть его.</numerusform>
            <numerusform>%n документа, каждый в масштабе самого длинного; щёлкните сегмент, чтобы открыть его.</numerusform>
            <numerusform>%n документов, каждый в масштабе самого длинного; щёлкните сегмент, чтобы открыть его.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="91"/>
        <source>Open a document to see its portrait.</source>
        <translation>Откройте документ, чтобы увидеть его портрет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="95"/>
        <source>%n coded segment(s) in %1; click one to open it in the document.</source>
        <translation>
            <numerusform>%n закодированный сегмент в %1; щёлкните его, чтобы открыть в документе.</numerusform>
            <numerusform>%n закодированных сегмента в %1; щёлкните сегмент, чтобы открыть его в документе.</numerusform>
            <numerusform>%n закодированных сегментов в %1; щёлкните сегмент, чтобы открыть его в документе.</numerusform>
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
        <translation>Псевдонимизация</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation>Каждое имя заменяется псевдонимом как целое слово (с учётом регистра, сначала самые длинные имена) в тексте каждого документа, в именах говорящих, случаях, значениях атрибутов и заметках; цитаты сдвигаются вместе с текстом, поэтому кодирования и матрицы не меняются.&lt;br&gt;&lt;b&gt;Это действие нельзя отменить.&lt;/b&gt; История проекта стирается, и настоящие имена нигде в проекте не сохраняются — только в файле ключа, если вы его выберете. Храните его отдельно от проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation>Предложено как</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation>&amp;Добавить имя</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation>&amp;Удалить имя</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation>&amp;Загрузить файл имён…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation>Где и в каком контексте</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation>Замены</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation>Без файла ключа: соответствие настоящим именам нигде не сохраняется</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Псевдонимизировать</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation>говорящий</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation>случай</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation>У псевдонима «%1» не указано настоящее имя.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation>Введите псевдоним рядом с каждым именем, которое нужно заменить.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation>Говорящие, случаи, атрибуты, заметки и другие названия</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation>Замен в тексте: %1 (документов: %2 из %3); других полей: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation>
            <numerusform>Заменить %n имя во всём проекте? Это нельзя отменить, и файл ключа не будет записан: настоящие имена нигде не сохранятся.</numerusform>
            <numerusform>Заменить %n имени во всём проекте? Это нельзя отменить, и файл ключа не будет записан: настоящие имена нигде не сохранятся.</numerusform>
            <numerusform>Заменить %n имён во всём проекте? Это нельзя отменить, и файл ключа не будет записан: настоящие имена нигде не сохранятся.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation>
            <numerusform>Заменить %n имя во всём проекте? Это нельзя отменить. Ключ будет записан в %1; храните его отдельно от проекта.</numerusform>
            <numerusform>Заменить %n имени во всём проекте? Это нельзя отменить. Ключ будет записан в %1; храните его отдельно от проекта.</numerusform>
            <numerusform>Заменить %n имён во всём проекте? Это нельзя отменить. Ключ будет записан в %1; храните его отдельно от проекта.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation>Ничего не заменено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Файл ключа (храните его отдельно от проекта)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation>Файл имён (name,pseudonym)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PublishDialog</name>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="17"/>
        <source>&amp;Blind coding: coders see only their own coding until I release it</source>
        <translation>Сле&amp;пое кодирование: кодировщики видят только свои кодирования, пока я не сниму этот режим</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="21"/>
        <source>Publish to team server</source>
        <translation>Публикация на командном сервере</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="22"/>
        <source>Uploads this project to a PostgreSQL team server. You become its lead; this file becomes your copy, synced with the server. Add the coders afterwards in Team status.</source>
        <translation>Загружает этот проект на командный сервер PostgreSQL. Вы становитесь его руководителем, а этот файл — вашей копией, синхронизируемой с сервером. Кодировщиков добавьте потом в окне «Состояние команды».</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="29"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Название проекта на сервере:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="37"/>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="70"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Укажите строку подключения к командному серверу.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="72"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Не указывайте пароль в строке подключения (он был бы сохранён в проекте); введите его в поле пароля.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="75"/>
        <source>Name the project on the server.</source>
        <translation>Укажите название проекта на сервере.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation>Применить код</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>Начните вводить название кода, Enter — применить</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsModel</name>
    <message>
        <location filename="../../ui/relations/relationsmodel.cpp" line="78"/>
        <source>%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them</source>
        <translation>%1 × %2: пересекающихся пар: %3, цитат с обоими кодами: %4, индекс Жаккара %5 — щёлкните, чтобы прочитать их</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="55"/>
        <source>Counts</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="56"/>
        <source>Jaccard</source>
        <translation>Индекс Жаккара</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="57"/>
        <source>Counts: pairs of overlapping quotes (the same quote included).
Jaccard: quotes coded with both ÷ quotes carrying either.</source>
        <translation>Количество: пары пересекающихся цитат (в том числе одна и та же цитата).
Индекс Жаккара: цитаты с обоими кодами ÷ цитаты хотя бы с одним из них.</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="61"/>
        <source>Draw a link between two codes when they co-occur at least this often</source>
        <translation>Соединять два кода, если они встречаются вместе не меньше указанного числа раз</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="70"/>
        <source>Show:</source>
        <translation>Показывать:</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="73"/>
        <source>Link codes co-occurring at least:</source>
        <translation>Связывать коды, встречающиеся вместе не менее:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations/relationspanel.cpp" line="124"/>
        <source>%n code(s) with quotes; click a cell to read the quotes coded with both.</source>
        <translation>
            <numerusform>%n код с цитатами; щёлкните ячейку, чтобы прочитать цитаты с обоими кодами.</numerusform>
            <numerusform>%n кода с цитатами; щёлкните ячейку, чтобы прочитать цитаты с обоими кодами.</numerusform>
            <numerusform>%n кодов с цитатами; щёлкните ячейку, чтобы прочитать цитаты с обоими кодами.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="156"/>
        <source>%1 &amp; %2 (coded with both)</source>
        <translation>%1 и %2 (цитаты с обоими кодами)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="62"/>
        <source>Evaluation report</source>
        <translation>Отчёт об оценке</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="65"/>
        <source>Title page</source>
        <translation>Титульная страница</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="68"/>
        <source>Evaluation report: %1</source>
        <translation>Отчёт об оценке: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="77"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>Орга&amp;низация:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="79"/>
        <source>Aut&amp;hor:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="82"/>
        <source>Cases counted</source>
        <translation>Учитываемые случаи</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="85"/>
        <source>The case attribute that says who a case is</source>
        <translation>Атрибут случая, указывающий, кем является случай</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="88"/>
        <source>Roles separated by commas</source>
        <translation>Роли через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="89"/>
        <source>Cases with one of these roles are not counted (interviewers and facilitators are not cases of the evaluation); their quotes are still shown.</source>
        <translation>Случаи с одной из этих ролей не учитываются (интервьюеры и фасилитаторы — не случаи оценки); их цитаты всё равно показываются.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="95"/>
        <source>&amp;Role attribute:</source>
        <translation>Атрибут &amp;роли:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="96"/>
        <source>&amp;Leave out roles:</source>
        <translation>&amp;Исключить роли:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="102"/>
        <source>Matrices (rows × columns, what is counted, shares)</source>
        <translation>Матрицы (строки × столбцы, что считается, доли)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="106"/>
        <source>&amp;Add matrix</source>
        <translation>&amp;Добавить матрицу</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="112"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="113"/>
        <source>Representative quotes shown for each cell of a matrix</source>
        <translation>Репрезентативные цитаты, показываемые для каждой ячейки матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="114"/>
        <source>&amp;Quotes per cell:</source>
        <translation>&amp;Цитат на ячейку:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="129"/>
        <source>Contents</source>
        <translation>Содержание</translation>
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
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="158"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="165"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="167"/>
        <source>Re&amp;dact names and identifying attributes</source>
        <translation>&amp;Скрыть имена и идентифицирующие атрибуты</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="169"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the report says &quot;Redacted export&quot; on every page.</source>
        <translation>Говорящие и случаи называются по ролям (Interviewer 1, Participant 2), их имена заменяются и в цитатах, атрибуты, отмеченные как идентифицирующие, не выводятся, а на каждой странице отчёта стоит «Redacted export».</translation>
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
        <translation>Записа&amp;ть отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="211"/>
        <source>%1 report</source>
        <translation>Отчёт %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="361"/>
        <source>(every case counts)</source>
        <translation>(учитываются все случаи)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="382"/>
        <source>No case has this attribute.</source>
        <translation>Ни у одного случая нет этого атрибута.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="383"/>
        <source>Values: %1</source>
        <translation>Значения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="415"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="416"/>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="426"/>
        <source>Choose the file the report is written to.</source>
        <translation>Выберите файл, в который будет записан отчёт.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="428"/>
        <source>Choose the rows and columns of the first matrix.</source>
        <translation>Выберите строки и столбцы первой матрицы.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="431"/>
        <source>Choose the rows and columns of matrix %1, or remove it.</source>
        <translation>Выберите строки и столбцы матрицы %1 или уберите её.</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="15"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="16"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="17"/>
        <source>Matrices</source>
        <translation>Матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="18"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="19"/>
        <source>Representative quotes</source>
        <translation>Репрезентативные цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="20"/>
        <source>Positional profiles</source>
        <translation>Позиционные профили</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="21"/>
        <source>Collaboration network</source>
        <translation>Сеть сотрудничества</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="22"/>
        <source>Inter-coder agreement</source>
        <translation>Согласие кодировщиков</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="23"/>
        <source>Framework matrix</source>
        <translation>Рамочная матрица</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="24"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="25"/>
        <source>Appendix (profile tables)</source>
        <translation>Приложение (таблицы профилей)</translation>
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
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>In context</source>
        <translation>В контексте</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="66"/>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="67"/>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="45"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="136"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="47"/>
        <source>Any checked code (OR)</source>
        <translation>Любой из отмеченных кодов (ИЛИ)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="48"/>
        <source>All checked codes (AND)</source>
        <translation>Все отмеченные коды (И)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="49"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="50"/>
        <source>Check the codes whose quotes to list</source>
        <translation>Отметьте коды, цитаты которых нужно показать</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="52"/>
        <source>Export the listed quotes with their attribution, codes, memos and attributes (XLSX, DOCX, HTML or CSV)</source>
        <translation>Экспортировать показанные цитаты с указанием источника, кодами, заметками и атрибутами (XLSX, DOCX, HTML или CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="65"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
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
        <translation>Новая заметка к этой цитате…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="134"/>
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="207"/>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="208"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>no code checked</source>
        <translation>коды не отмечены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>%n отмеченный код</numerusform>
            <numerusform>%n отмеченных кода</numerusform>
            <numerusform>%n отмеченных кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="293"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n цитата: %1</numerusform>
            <numerusform>%n цитаты: %1</numerusform>
            <numerusform>%n цитат: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="337"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="347"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="354"/>
        <source>Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.</source>
        <translation>Цитаты экспортируются в .xlsx, .docx, .html или .csv, а не в «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="360"/>
        <source>Quotes — %1</source>
        <translation>Цитаты — %1</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="387"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Документ Word (*.docx);;Веб-страница (*.html *.htm);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="389"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="395"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="399"/>
        <source>Export quotes</source>
        <translation>Экспорт цитат</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="400"/>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="22"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Code checked hits</source>
        <translation>Закодировать отмеченные</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="27"/>
        <source>Check all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Слова, &quot;фразы&quot;, префикс*, AND, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>the hit</source>
        <translation>само совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="33"/>
        <source>its sentence</source>
        <translation>его предложение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>its paragraph</source>
        <translation>его абзац</translation>
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
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>Code</source>
        <translation>Закодировать</translation>
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
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>Пока %n совпадение …</numerusform>
            <numerusform>Пока %n совпадения …</numerusform>
            <numerusform>Пока %n совпадений …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="162"/>
        <source>Check the hits to code.</source>
        <translation>Отметьте совпадения, которые нужно закодировать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="171"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n новое кодирование кодом %1</numerusform>
            <numerusform>%n новых кодирования кодом %1</numerusform>
            <numerusform>%n новых кодирований кодом %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation>Начать &amp;живую сессию…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation>&amp;Завершить живую сессию</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation>&amp;Возобновить живую сессию</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation>&amp;Экспорт транскрипта сессии</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation>&amp;Синхронизировать сессию с записью</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation>(в этом проекте нет живых сессий)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation>(нет открытых окон записи)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation>Завершение живой сессии</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation>Сессия «%1» завершена на отметке времени %2. Сессия → Возобновить живую сессию продолжает её.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation>У этой сессии нет открытого окна записи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>Возобновлена %n прерванная живая сессия; ничего из записанного не потеряно.</numerusform>
            <numerusform>Возобновлены %n прерванные живые сессии; ничего из записанного не потеряно.</numerusform>
            <numerusform>Возобновлено %n прерванных живых сессий; ничего из записанного не потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation>Экспорт транскрипта сессии</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation>Синхронизация с записью</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>Сопоставлено реплик с фрагментами записи: %1 из %2; сессия сдвинута на %3 с (Правка → Отменить возвращает как было).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation>Транскрипт записи</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>Субтитры с временем (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>Субтитры SubRip (*.srt);;WebVTT (*.vtt);;Обычный текст (*.txt);;Реплики в CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="22"/>
        <location filename="../../ui/settings/settingsdialog.cpp" line="31"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="23"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Snap selections to whole words</source>
        <translation>Выделять целыми словами</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Your name, recorded on every coding</source>
        <translation>Ваше имя, сохраняемое при каждом кодировании</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>The new language applies when Crosscut is started again.</source>
        <translation>Новый язык будет применён при следующем запуске Crosscut.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Document font size:</source>
        <translation>Размер шрифта документа:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation>Сочетание клавиш для «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation>Нажмите клавиши, которыми будет применяться этот код (Backspace — очистить, Enter — сохранить, Esc — отмена):</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation>Клавиша %1 без модификаторов будет вводиться как текст или перехватываться окном документа (1–9 применяют недавние коды): добавьте Ctrl или Alt либо используйте функциональную клавишу.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation>%1 — сочетание клавиш команды «%2»; выберите другое.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation>Сейчас %1 применяет код «%2»; теперь это сочетание будет применять этот код.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
        <translation>Нажмите сочетание клавиш</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Кодируйте транскрипты по интерсекциональным измерениям, а затем изучайте матрицу.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation>Открыть демо-проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation>Новый проект из интерсекционального шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation>Новый пустой проект…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation>Недавние проекты:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StopWordsDialog</name>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="19"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="21"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="23"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="25"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="27"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="29"/>
        <source>Indonesian</source>
        <translation>Индонезийский</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="37"/>
        <source>Stop words</source>
        <translation>Стоп-слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="41"/>
        <source>Shipped lists</source>
        <translation>Встроенные списки</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="56"/>
        <source>One word a line, e.g. interviewer</source>
        <translation>По одному слову в строке, напр. интервьюер</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="57"/>
        <source>Shipped stop words to count after all, e.g. we</source>
        <translation>Встроенные стоп-слова, которые всё же нужно учитывать, напр. мы</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="63"/>
        <source>Also leave out:</source>
        <translation>Также исключить:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="64"/>
        <source>Count after all:</source>
        <translation>Всё же учитывать:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="70"/>
        <source>Stop words are left out of word counts, and phrases neither begin nor end on one. Without a choice, the languages of the documents apply (a document attribute &quot;Language&quot;), else English.</source>
        <translation>Стоп-слова не учитываются при подсчёте слов, а фразы не начинаются и не заканчиваются ими. Если ничего не выбрано, применяются языки документов (атрибут документа «Language»), иначе английский.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Memo…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation>Снять код «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation>Убрать кодирования %1 в этой цитате</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation>Удалить цитату</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation>%1 (кодировал(а) %2)</translation>
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
        <translation>Импорт опро&amp;са…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="26"/>
        <source>Respondents as cases, closed answers as case attributes, open answers as documents to code (CSV or XLSX)</source>
        <translation>Респонденты — как случаи, закрытые ответы — как атрибуты случаев, открытые ответы — как документы для кодирования (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="38"/>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyactions.cpp" line="63"/>
        <source>Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code</source>
        <translation>
            <numerusform>Импорт завершён: %n респондент, атрибутов случая — %1, ответов для кодирования — %2</numerusform>
            <numerusform>Импорт завершён: %n респондента, атрибутов случая — %1, ответов для кодирования — %2</numerusform>
            <numerusform>Импорт завершён: %n респондентов, атрибутов случая — %1, ответов для кодирования — %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="74"/>
        <source>Import survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="75"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>Файлы опросов (*.csv *.xlsx);;Все файлы (*)</translation>
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
        <translation>Открытые ответы: дважды щёлкните ответ, чтобы закодировать его в документе</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="77"/>
        <source>Case attribute (%1)</source>
        <translation>Атрибут случая (%1)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridPanel</name>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="30"/>
        <source>Filter respondents and answers…</source>
        <translation>Фильтр по респондентам и ответам…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="41"/>
        <source>Double-click an open answer to code it</source>
        <translation>Дважды щёлкните открытый ответ, чтобы закодировать его</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="71"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n респондент</numerusform>
            <numerusform>%n респондента</numerusform>
            <numerusform>%n респондентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="72"/>
        <source>%1 of %n respondent(s)</source>
        <translation>
            <numerusform>%1 из %n респондента</numerusform>
            <numerusform>%1 из %n респондентов</numerusform>
            <numerusform>%1 из %n респондентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyImportDialog</name>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="31"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="34"/>
        <source>Import survey</source>
        <translation>Импорт опроса</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="42"/>
        <source>e.g. baseline (optional)</source>
        <translation>например, базовая (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="43"/>
        <source>With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one survey live side by side in the project</source>
        <translation>Если указана волна, атрибуты и документы получают имена вида «Q3 [базовая]», чтобы две волны одного опроса могли находиться в проекте рядом</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="52"/>
        <source>Choose what each column is: the respondents’ &lt;b&gt;identifier&lt;/b&gt; (one case per respondent), a &lt;b&gt;closed answer&lt;/b&gt; (a case attribute of the type shown), an &lt;b&gt;open answer&lt;/b&gt; (one document per question, each answer a turn of its respondent, to code), or &lt;b&gt;skip&lt;/b&gt; it.</source>
        <translation>Для каждого столбца выберите: &lt;b&gt;идентификатор&lt;/b&gt; респондентов (один случай на респондента), &lt;b&gt;закрытый ответ&lt;/b&gt; (атрибут случая указанного типа), &lt;b&gt;открытый ответ&lt;/b&gt; (один документ на вопрос, каждый ответ — реплика своего респондента, для кодирования) или &lt;b&gt;пропустить&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="59"/>
        <source>Wave:</source>
        <translation>Волна:</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="87"/>
        <source>This file cannot be imported: %1</source>
        <translation>Этот файл нельзя импортировать: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %n respondent(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респондент</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респондента</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n респондентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="93"/>
        <source>, sheet %1</source>
        <translation>, лист %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Use as</source>
        <translation>Использовать как</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="106"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="107"/>
        <source>Closed answer → case attribute</source>
        <translation>Закрытый ответ → атрибут случая</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="108"/>
        <source>Open answer → text</source>
        <translation>Открытый ответ → текст</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="109"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="117"/>
        <source>%1 (detected)</source>
        <translation>%1 (автоопределение)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="176"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation>О&amp;бъединить проект…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation>Вливает копии кодировщиков или другие проекты в этот проект одним отменяемым шагом</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation>&amp;Выдать копию кодировщику…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation>Записывает копию проекта для одного кодировщика, чтобы потом влить её обратно</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation>Ничего не влито: нет пароля для %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation>Объединено: ничего нового.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation>
            <numerusform>Влит %n проект.</numerusform>
            <numerusform>Влито %n проекта.</numerusform>
            <numerusform>Влито %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation>Объединение отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation>Этот файл ключа не открывает %1. Попробуйте другой.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation>Копия не записана: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation>
            <numerusform>Копия для %1 записана в %2: %n документ</numerusform>
            <numerusform>Копия для %1 записана в %2: %n документа</numerusform>
            <numerusform>Копия для %1 записана в %2: %n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n кодирование</numerusform>
            <numerusform>%n кодирования</numerusform>
            <numerusform>%n кодирований</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation> (слепая)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation>, зашифрована</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
        <translation>Выдать копию кодировщику</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamIndicator</name>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="27"/>
        <source>Team: offline — %1</source>
        <translation>Команда: нет связи — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="29"/>
        <source>Team: %n change(s) to send</source>
        <translation>
            <numerusform>Команда: %n изменение к отправке</numerusform>
            <numerusform>Команда: %n изменения к отправке</numerusform>
            <numerusform>Команда: %n изменений к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="31"/>
        <source>Team: synced %1</source>
        <translation>Команда: синхронизировано в %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="33"/>
        <source>Team: not synced yet</source>
        <translation>Команда: ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="35"/>
        <source> (syncing…)</source>
        <translation> (синхронизация…)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Team server: %1</source>
        <translation>Командный сервер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Your role: %1</source>
        <translation>Ваша роль: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="45"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="46"/>
        <source>Not synced since the project was opened</source>
        <translation>Не синхронизировано с момента открытия проекта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="47"/>
        <source>%n change(s) of yours not yet on the server</source>
        <translation>
            <numerusform>%n ваше изменение ещё не на сервере</numerusform>
            <numerusform>%n ваших изменения ещё не на сервере</numerusform>
            <numerusform>%n ваших изменений ещё не на сервере</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="49"/>
        <source>Offline: %1</source>
        <translation>Нет связи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="50"/>
        <source>You can keep coding: your changes are sent at the next sync.</source>
        <translation>Можно продолжать кодирование: ваши изменения будут отправлены при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="51"/>
        <source>Syncs every minute and when a teammate sends changes. Click to sync now.</source>
        <translation>Синхронизация выполняется каждую минуту, а также когда коллега отправляет изменения. Щёлкните, чтобы синхронизировать сейчас.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamStatusDialog</name>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="27"/>
        <source>lead</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="29"/>
        <source>coder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="31"/>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="40"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Remove the selected member</source>
        <translation>&amp;Удалить выбранного участника</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="43"/>
        <source>Release &amp;blind coding</source>
        <translation>Снять режим &amp;слепого кодирования</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="46"/>
        <source>Team status</source>
        <translation>Состояние команды</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="59"/>
        <source>PostgreSQL user</source>
        <translation>Пользователь PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Coder name</source>
        <translation>Имя кодировщика</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="61"/>
        <source>coder name</source>
        <translation>имя кодировщика</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="68"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="163"/>
        <source>Every coder may then read every coder&apos;s coding, for agreement and adjudication</source>
        <translation>После этого каждый кодировщик сможет видеть кодирования всех кодировщиков — для оценки согласия и разрешения расхождений</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="89"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="101"/>
        <source>Let every coder read every coder&apos;s coding from now on? This cannot be taken back.</source>
        <translation>Разрешить всем кодировщикам с этого момента видеть кодирования друг друга? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="125"/>
        <source>This project is not linked to a team server.</source>
        <translation>Этот проект не связан с командным сервером.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="131"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>asking the server…</source>
        <translation>запрос к серверу…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="161"/>
        <source>This project is not blind</source>
        <translation>Этот проект не в режиме слепого кодирования</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="162"/>
        <source>Blind coding is released already</source>
        <translation>Режим слепого кодирования уже снят</translation>
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
        <translation>Проект на сервере:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>You code as:</source>
        <translation>Вы кодируете как:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>%1 (PostgreSQL user %2)</source>
        <translation>%1 (пользователь PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="194"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>Blind coding:</source>
        <translation>Слепое кодирование:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>released by the lead</source>
        <translation>снято руководителем</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>on: coders see only their own coding</source>
        <translation>включено: кодировщики видят только свои кодирования</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="197"/>
        <source>Changes to send:</source>
        <translation>Изменения к отправке:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>Behind the server:</source>
        <translation>Отставание от сервера:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n операция</numerusform>
            <numerusform>%n операции</numerusform>
            <numerusform>%n операций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>offline — %1</source>
        <translation>нет связи — %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="202"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="203"/>
        <source>not since the project was opened</source>
        <translation>не выполнялась с момента открытия проекта</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="229"/>
        <source>Give the member&apos;s PostgreSQL user (the server&apos;s administrator creates it).</source>
        <translation>Укажите пользователя PostgreSQL для участника (его создаёт администратор сервера).</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="235"/>
        <source>%1 was not added: %2</source>
        <translation>Не удалось добавить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="246"/>
        <source>%1 was not removed: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="255"/>
        <source>Blind coding was not released: %1</source>
        <translation>Не удалось снять режим слепого кодирования: %1</translation>
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
        <translation>&amp;Изменить реплику…</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation>&amp;Объединить со следующей репликой</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation>&amp;Разделить реплику здесь</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation>Изменить реплику</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation>Что было сказано:</translation>
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
        <translation>количество</translation>
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
        <translation>Эмодзи</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="59"/>
        <source>Edit stop words…</source>
        <translation>Изменить стоп-слова…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="60"/>
        <source>Save image…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="72"/>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="73"/>
        <source>2-word phrases</source>
        <translation>Фразы из 2 слов</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="74"/>
        <source>3-word phrases</source>
        <translation>Фразы из 3 слов</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="77"/>
        <source>min. length </source>
        <translation>мин. длина </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="81"/>
        <source>top </source>
        <translation>первые </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="83"/>
        <source>A focus group&apos;s 👍 is data: emoji count as words</source>
        <translation>👍 фокус-группы — тоже данные: эмодзи считаются словами</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="94"/>
        <source>Word cloud</source>
        <translation>Облако слов</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="95"/>
        <source>Bar chart</source>
        <translation>Столбчатая диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="156"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="159"/>
        <source>Set: %1</source>
        <translation>Набор: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="165"/>
        <source>Quotes of %1</source>
        <translation>Цитаты: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="175"/>
        <source>No columns</source>
        <translation>Без столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="176"/>
        <source>Per document</source>
        <translation>По документам</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="178"/>
        <source>Per case %1</source>
        <translation>По случаям: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="180"/>
        <source>Per document %1</source>
        <translation>По документам: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="194"/>
        <source>Stop words: none of the shipped lists</source>
        <translation>Стоп-слова: без встроенных списков</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="195"/>
        <source>Stop words: %1</source>
        <translation>Стоп-слова: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="197"/>
        <source> (the documents&apos; languages)</source>
        <translation> (языки документов)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>; %n added</source>
        <translation>
            <numerusform>; добавлено: %n</numerusform>
            <numerusform>; добавлено: %n</numerusform>
            <numerusform>; добавлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>, %n counted after all</source>
        <translation>
            <numerusform>, всё же учтено: %n</numerusform>
            <numerusform>, всё же учтено: %n</numerusform>
            <numerusform>, всё же учтено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="242"/>
        <source>— %n document(s), %1 words in scope; %2 shown.</source>
        <translation>
            <numerusform>— %n документ, слов в выборке: %1; показано: %2.</numerusform>
            <numerusform>— %n документа, слов в выборке: %1; показано: %2.</numerusform>
            <numerusform>— %n документов, слов в выборке: %1; показано: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent words</source>
        <translation>Самые частые слова</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent phrases</source>
        <translation>Самые частые фразы</translation>
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
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save word cloud</source>
        <translation>Сохранить облако слов</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save bar chart</source>
        <translation>Сохранить столбчатую диаграмму</translation>
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
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="333"/>
        <source>Save image</source>
        <translation>Сохранить изображение</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::agreement</name>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="36"/>
        <source>Below 0.67: too low to draw conclusions from</source>
        <translation>Ниже 0,67: слишком мало, чтобы делать выводы</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="38"/>
        <source>0.67 to 0.8: tentative conclusions only</source>
        <translation>От 0,67 до 0,8: только предварительные выводы</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="39"/>
        <source>0.8 or above: reliable</source>
        <translation>0,8 и выше: надёжно</translation>
    </message>
</context>
</TS>
