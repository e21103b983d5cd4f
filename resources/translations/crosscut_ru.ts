<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="178"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="179"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="180"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="153"/>
        <source>%n coding(s) will be removed. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="187"/>
        <source>Code colour</source>
        <translation>Цвет кода</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="198"/>
        <source>Shortcut for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="206"/>
        <source>Press the keys that apply this code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="44"/>
        <source>Open a document and select the text to code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="46"/>
        <source>Select the text to code first.</source>
        <translation>Сначала выделите текст для кодирования.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="68"/>
        <source>That code is not a dimension value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="103"/>
        <source>No recent code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="94"/>
        <source>%1
%n code point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="111"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="112"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="113"/>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="114"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>Фильтр документов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="62"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="62"/>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="63"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="112"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="113"/>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="114"/>
        <source>From the &amp;intersectional template…</source>
        <translation>Из &amp;интерсекционального шаблона…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Пустой…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="119"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="122"/>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="124"/>
        <source>Open the &amp;demo project</source>
        <translation>Открыть &amp;демо-проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Импорт документов…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="132"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="136"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="140"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="141"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="428"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="149"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="429"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="158"/>
        <source>Apply &amp;code…</source>
        <translation>Применить &amp;код…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="164"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;Codes</source>
        <translation>&amp;Коды</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="172"/>
        <source>Start &amp;live session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Keyboard coding</source>
        <translation>Кодирование с &amp;клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>Keyboard coding</source>
        <translation>Кодирование с клавиатуры</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="185"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;About Crosscut</source>
        <translation>&amp;О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="193"/>
        <source>About Crosscut</source>
        <translation>О программе Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="194"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="213"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="412"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="220"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="360"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="365"/>
        <source>Matrix</source>
        <translation>Матрица</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="376"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="383"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="388"/>
        <source>Memos</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="393"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="428"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="429"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="440"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="440"/>
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="442"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="443"/>
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="478"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="481"/>
        <source>Imported %n document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="489"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="490"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="498"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="510"/>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="510"/>
        <source>Transcripts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="535"/>
        <source>The demo project is not installed.</source>
        <translation>Демо-проект не установлен.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="543"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPick</name>
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
    <name>SettingsDialog</name>
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
        <translation type="unfinished"></translation>
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
    <name>StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
    <name>StripeMargin</name>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="29"/>
        <source>Qualitative coding workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="32"/>
        <source>The project to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="37"/>
        <source>Render the window to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
