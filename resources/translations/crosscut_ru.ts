<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="504"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="528"/>
        <source>Live session</source>
        <translation>Живая сессия</translation>
    </message>
</context>
<context>
    <name>crosscut::ui</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="27"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation>%1 пуст; ожидался заголовок document,attribute,value</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="37"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>%1, строка 1: заголовок должен быть document,attribute,value[,type] или case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="58"/>
        <source>Import attributes from %1</source>
        <translation>Импорт атрибутов из %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="62"/>
        <source>%1 line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="68"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>нет документа с названием «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>нет случая с названием «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="71"/>
        <source>the attribute name is empty</source>
        <translation>не указано имя атрибута</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="76"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>тип «%1» не входит в число допустимых: text, number, date, category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="78"/>
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
        <location filename="../../ui/cases/attributetablemodel.cpp" line="107"/>
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
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="29"/>
        <source>Add attribute</source>
        <translation>Добавить атрибут</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add case…</source>
        <translation>Добавить случай…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="33"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>New attribute name</source>
        <translation>Имя нового атрибута</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>CSV с заголовком document,attribute,value[,type] или case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="85"/>
        <source>Import a document before adding attributes.</source>
        <translation>Прежде чем добавлять атрибуты, импортируйте документ.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="86"/>
        <source>Add a case before adding attributes.</source>
        <translation>Прежде чем добавлять атрибуты, добавьте случай.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="102"/>
        <source>Add case</source>
        <translation>Добавить случай</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="102"/>
        <source>Case name:</source>
        <translation>Название случая:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="116"/>
        <source>Import attributes</source>
        <translation>Импорт атрибутов</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="136"/>
        <source>Cases &amp; attributes</source>
        <translation>Случаи и атрибуты</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="36"/>
        <source>Save image…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="42"/>
        <source>Bar chart</source>
        <translation>Столбчатая диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="43"/>
        <source>Stacked bar chart</source>
        <translation>Столбчатая диаграмма с накоплением</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="44"/>
        <source>Group averages</source>
        <translation>Средние по группам</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Heat map</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>Средние по группам: строки — атрибут случая, столбцы — коды или измерение</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="53"/>
        <source>Chart:</source>
        <translation>Диаграмма:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="66"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>Выберите матрицу на панели матрицы, чтобы построить по ней диаграмму.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="151"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="168"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>Для средних по группам в строках должен быть атрибут случая, а в столбцах — коды или измерение.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="187"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>Average quotes per case, by %1</source>
        <translation>Среднее число цитат на случай в разрезе %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="205"/>
        <source>mean per case</source>
        <translation>среднее на случай</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="231"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="255"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="253"/>
        <source>Cannot encode the image for %1</source>
        <translation>Не удаётся преобразовать изображение для %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="262"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Save chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="262"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="221"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="222"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="223"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="53"/>
        <source>New code…</source>
        <translation>Новый код…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="54"/>
        <source>New sub-code…</source>
        <translation>Новый подкод…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="55"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="61"/>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="65"/>
        <source>Keyboard shortcut…</source>
        <translation>Сочетание клавиш…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="73"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>New sub-code</source>
        <translation>Новый подкод</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="151"/>
        <source>Delete code</source>
        <translation>Удалить код</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="152"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>Удалить «%1» и %n подкод?</numerusform>
            <numerusform>Удалить «%1» и %n подкода?</numerusform>
            <numerusform>Удалить «%1» и %n подкодов?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="153"/>
        <source>%n coding(s) will be removed. You can undo this.</source>
        <translation>
            <numerusform>Будет удалено %n кодирование. Это действие можно отменить.</numerusform>
            <numerusform>Будут удалены %n кодирования. Это действие можно отменить.</numerusform>
            <numerusform>Будет удалено %n кодирований. Это действие можно отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Merge code</source>
        <translation>Объединить код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="175"/>
        <source>Merge “%1” into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="187"/>
        <source>Code colour</source>
        <translation>Цвет кода</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="198"/>
        <source>Shortcut for “%1”</source>
        <translation>Сочетание клавиш для «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="206"/>
        <source>Press the keys that apply this code:</source>
        <translation>Нажмите клавиши, которыми будет применяться этот код:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="44"/>
        <source>Open a document and select the text to code.</source>
        <translation>Откройте документ и выделите текст для кодирования.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="46"/>
        <source>Select the text to code first.</source>
        <translation>Сначала выделите текст для кодирования.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="68"/>
        <source>That code is not a dimension value.</source>
        <translation>Этот код не является значением измерения.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="103"/>
        <source>No recent code %1.</source>
        <translation>Нет недавнего кода под номером %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="172"/>
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
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="189"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="190"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="191"/>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="192"/>
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
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="23"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="36"/>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation>&amp;Отчёт об оценке (PDF, ODT, HTML, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="37"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Текст OpenDocument (*.odt);;Веб-страница (*.html *.htm);;Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="39"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>&amp;Проект REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="39"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Проекты REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="41"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Кодовая книга (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="41"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Кодовые книги REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>Ко&amp;дирования (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="53"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="77"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="81"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
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
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="46"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>Импорт &amp;проекта REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="49"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Импорт &amp;кодовой книги (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="57"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="111"/>
        <source>Import REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="60"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>%1 уже существует; выберите новое имя файла для импортируемого проекта.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="64"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="77"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="98"/>
        <source>Cannot import %1: %2</source>
        <translation>Не удаётся импортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="84"/>
        <source>Created %1 from %2.</source>
        <translation>Проект %1 создан из %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="90"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="128"/>
        <source>Import codebook</source>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="93"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="103"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>Существующие коды сохранены; различия перечислены выше.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="112"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Проекты и кодовые книги REFI-QDA (*.qdpx *.qdc);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="117"/>
        <source>New project from %1</source>
        <translation>Новый проект из %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="129"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Кодовые книги REFI-QDA (*.qdc);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="58"/>
        <source>Live session — %1</source>
        <translation>Живая сессия — %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="106"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="385"/>
        <source>Pause (Ctrl+P)</source>
        <translation>Пауза (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="111"/>
        <source>flag note (Ctrl+Shift+G)</source>
        <translation>примечание к отметке (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="118"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation>⚑ Отметить (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="151"/>
        <source>No live codebook keys</source>
        <translation>В кодовой книге живой сессии нет клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="152"/>
        <source>  — Shift: code the last utterance</source>
        <translation>  — Shift: закодировать последнюю реплику</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="168"/>
        <source>Type what is said; Enter commits</source>
        <translation>Вводите сказанное; Enter — записать реплику</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="270"/>
        <source>No participant has the key %1</source>
        <translation>Ни у одного участника нет клавиши %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="309"/>
        <source>%1 is not in the live codebook</source>
        <translation>%1 нет в кодовой книге живой сессии</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="323"/>
        <source>Nothing committed yet to code</source>
        <translation>Пока нет записанных реплик для кодирования</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="384"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="385"/>
        <source>Resume (Ctrl+P)</source>
        <translation>Продолжить (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="390"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;у этой реплики пока нет кодов&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="391"/>
        <source>On commit: %1</source>
        <translation>При записи: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="399"/>
        <source>Could not save the draft: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="411"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>Не удалось сохранить проект на диск: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="33"/>
        <source>Start live session</source>
        <translation>Начать живую сессию</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="40"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="41"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="42"/>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="43"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Фасилитатор</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>Roster (pseudonym, speaker key Alt+…)</source>
        <translation>Список участников (псевдоним, клавиша говорящего Alt+…)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>Load roster &amp;CSV…</source>
        <translation>&amp;Загрузить список участников из CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Roster CSV</source>
        <translation>Список участников в CSV</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="61"/>
        <source>…or add existing cases:</source>
        <translation>…или добавьте существующие случаи:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="70"/>
        <source>Add checked &amp;cases</source>
        <translation>Добавить отмеченные &amp;случаи</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="76"/>
        <source>Live codebook</source>
        <translation>Кодовая книга живой сессии</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="79"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="110"/>
        <source>Start session</source>
        <translation>Начать сессию</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="196"/>
        <source>Give the session a title.</source>
        <translation>Укажите название сессии.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="198"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>Документ с названием «%1» уже существует.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="200"/>
        <source>Add at least one participant: load a roster CSV or check cases.</source>
        <translation>Добавьте хотя бы одного участника: загрузите список участников из CSV или отметьте случаи.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>From the &amp;intersectional template…</source>
        <translation>Из &amp;интерсекционального шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="120"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Пустой…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="122"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="125"/>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>Open the &amp;demo project</source>
        <translation>Открыть &amp;демо-проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="130"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Импорт документов…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="139"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="148"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="156"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="447"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Apply &amp;code…</source>
        <translation>Применить &amp;код…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Codes</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Session</source>
        <translation>С&amp;ессия</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>&amp;Keyboard coding</source>
        <translation>Кодирование с &amp;клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Keyboard coding</source>
        <translation>Кодирование с клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="190"/>
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
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>&amp;About Crosscut</source>
        <translation>&amp;О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="198"/>
        <source>About Crosscut</source>
        <translation>О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;Рабочая среда для качественного кодирования в интерсекциональной оценке программ.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="218"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="430"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="225"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="249"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="378"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="383"/>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="394"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Memos</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="411"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="447"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="460"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="461"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n кодирование</numerusform>
            <numerusform>%n кодирования</numerusform>
            <numerusform>%n кодирований</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="496"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Импортирован %n документ.</numerusform>
            <numerusform>Импортировано %n документа.</numerusform>
            <numerusform>Импортировано %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="507"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Проекты Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="516"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="517"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Проекты Crosscut (*.crosscut);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="528"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="528"/>
        <source>Transcripts (%1)</source>
        <translation>Транскрипты (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="553"/>
        <source>The demo project is not installed.</source>
        <translation>Демо-проект не установлен.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="561"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>Не удаётся скопировать демо-проект в %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="49"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation>%1 × %2: %3 (цитат: %4)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="30"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="34"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="48"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="53"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Counts</source>
        <translation>Абсолютные значения</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Row %</source>
        <translation>% по строке</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Column %</source>
        <translation>% по столбцу</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Total %</source>
        <translation>% от общего итога</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="69"/>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="70"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Count:</source>
        <translation>Считать:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="74"/>
        <source>Show:</source>
        <translation>Показывать:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="76"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="122"/>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="183"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>%1 × %2 — всего %3; щёлкните ячейку, чтобы прочитать её цитаты.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="255"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="260"/>
        <source>Export matrix</source>
        <translation>Экспорт матрицы</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="256"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="25"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="26"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="27"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="28"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="29"/>
        <source>Case</source>
        <translation>Случай</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="47"/>
        <location filename="../../ui/memos/memospanel.cpp" line="240"/>
        <source>New memo</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="48"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="49"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="51"/>
        <source>All memos</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="56"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="64"/>
        <source>On:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="184"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="235"/>
        <source>Choose what the memo is about.</source>
        <translation>Выберите, к чему относится заметка.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="279"/>
        <source>Memos</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="16"/>
        <source>Apply code</source>
        <translation>Применить код</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="17"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>Начните вводить название кода, Enter — применить</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalModel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="60"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="61"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="62"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>In context</source>
        <translation>В контексте</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="35"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="37"/>
        <source>Any checked code (OR)</source>
        <translation>Любой из отмеченных кодов (ИЛИ)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="38"/>
        <source>All checked codes (AND)</source>
        <translation>Все отмеченные коды (И)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="39"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="40"/>
        <source>Check the codes whose quotes to list</source>
        <translation>Отметьте коды, цитаты которых нужно показать</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="51"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="53"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="55"/>
        <source>Attribute:</source>
        <translation>Атрибут:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="131"/>
        <source>All coders</source>
        <translation>Все кодировщики</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="132"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="133"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="196"/>
        <source>no code checked</source>
        <translation>коды не отмечены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="196"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>%n отмеченный код</numerusform>
            <numerusform>%n отмеченных кода</numerusform>
            <numerusform>%n отмеченных кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="201"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n цитата: %1</numerusform>
            <numerusform>%n цитаты: %1</numerusform>
            <numerusform>%n цитат: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="245"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="248"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="254"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="259"/>
        <source>Export quotes</source>
        <translation>Экспорт цитат</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="254"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="21"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="25"/>
        <source>Code checked hits</source>
        <translation>Закодировать отмеченные</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Check all</source>
        <translation>Отметить все</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="29"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Слова, &quot;фразы&quot;, префикс*, AND, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="30"/>
        <source>the hit</source>
        <translation>само совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>its sentence</source>
        <translation>его предложение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>its paragraph</source>
        <translation>его абзац</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Hit</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="46"/>
        <source>Code</source>
        <translation>Закодировать</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>with</source>
        <translation>кодом</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="124"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="137"/>
        <source>Check the hits to code.</source>
        <translation>Отметьте совпадения, которые нужно закодировать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="146"/>
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
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="28"/>
        <source>Start &amp;live session…</source>
        <translation>Начать &amp;живую сессию…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="36"/>
        <source>&amp;Resume live session</source>
        <translation>&amp;Возобновить живую сессию</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="41"/>
        <source>&amp;Export session transcript</source>
        <translation>&amp;Экспорт транскрипта сессии</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="46"/>
        <source>&amp;Align session with recording</source>
        <translation>&amp;Синхронизировать сессию с записью</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="58"/>
        <source>(no live sessions in this project)</source>
        <translation>(в этом проекте нет живых сессий)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="92"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>Возобновлена %n прерванная живая сессия; ничего из записанного не потеряно.</numerusform>
            <numerusform>Возобновлены %n прерванные живые сессии; ничего из записанного не потеряно.</numerusform>
            <numerusform>Возобновлено %n прерванных живых сессий; ничего из записанного не потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="109"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="129"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="121"/>
        <source>Cannot export %1: %2</source>
        <translation>Не удаётся экспортировать %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="122"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="175"/>
        <source>Export session transcript</source>
        <translation>Экспорт транскрипта сессии</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="122"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="129"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="132"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="133"/>
        <source>Align with recording</source>
        <translation>Синхронизация с записью</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="134"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>Сопоставлено реплик с фрагментами записи: %1 из %2; сессия сдвинута на %3 с (Правка → Отменить возвращает как было).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="157"/>
        <source>Transcript of the recording</source>
        <translation>Транскрипт записи</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="158"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>Субтитры с временем (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="176"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>Субтитры SubRip (*.srt);;WebVTT (*.vtt);;Обычный текст (*.txt);;Реплики в CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="16"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="18"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="19"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="21"/>
        <source>Snap selections to whole words</source>
        <translation>Выделять целыми словами</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="24"/>
        <source>Your name, recorded on every coding</source>
        <translation>Ваше имя, сохраняемое при каждом кодировании</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="26"/>
        <source>Document font size:</source>
        <translation>Размер шрифта документа:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="28"/>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
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
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Remove coding “%1”</source>
        <translation>Снять код «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="148"/>
        <source>Delete quote</source>
        <translation>Удалить цитату</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="161"/>
        <source>%1
[%2–%3]</source>
        <translation>%1
[%2–%3]</translation>
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
</TS>
