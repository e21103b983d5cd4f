<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="504"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="528"/>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="27"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="37"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="58"/>
        <source>Import attributes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="62"/>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="68"/>
        <source>no document named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no case named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="71"/>
        <source>the attribute name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="76"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="78"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="107"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AxisPicker</name>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="16"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="29"/>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="33"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>New attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="85"/>
        <source>Import a document before adding attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="86"/>
        <source>Add a case before adding attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="102"/>
        <source>Add case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="102"/>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="116"/>
        <source>Import attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="116"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="136"/>
        <source>Cases &amp; attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="36"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="42"/>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="43"/>
        <source>Stacked bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="44"/>
        <source>Group averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="53"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="66"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="151"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="168"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="187"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>Average quotes per case, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="205"/>
        <source>mean per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="231"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="255"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="253"/>
        <source>Cannot encode the image for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="262"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="262"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="221"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="222"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="223"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="53"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="54"/>
        <source>New sub-code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="55"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="61"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="65"/>
        <source>Keyboard shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="73"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>New sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="124"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="151"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="152"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation type="unfinished">
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
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Merge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="175"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="187"/>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
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
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="44"/>
        <source>Open a document and select the text to code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="46"/>
        <source>Select the text to code first.</source>
        <translation type="unfinished"></translation>
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
    <name>crosscut::ui::DocumentListModel</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="172"/>
        <source>%1
%n code point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="189"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="190"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="191"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="192"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="23"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="36"/>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="37"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="39"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="39"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="41"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="41"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="53"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="77"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="75"/>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="81"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="46"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="49"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="57"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="111"/>
        <source>Import REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="60"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="64"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="77"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="98"/>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="84"/>
        <source>Created %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="90"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="128"/>
        <source>Import codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="93"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="103"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="112"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="117"/>
        <source>New project from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="129"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="58"/>
        <source>Live session — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="106"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="385"/>
        <source>Pause (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="111"/>
        <source>flag note (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="118"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="151"/>
        <source>No live codebook keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="152"/>
        <source>  — Shift: code the last utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="168"/>
        <source>Type what is said; Enter commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="270"/>
        <source>No participant has the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="309"/>
        <source>%1 is not in the live codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="323"/>
        <source>Nothing committed yet to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="384"/>
        <source>%1 ⏸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="385"/>
        <source>Resume (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="390"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="391"/>
        <source>On commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="399"/>
        <source>Could not save the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="411"/>
        <source>Could not sync the project to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="33"/>
        <source>Start live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="40"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="41"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="42"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="43"/>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>Roster (pseudonym, speaker key Alt+…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="50"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>Load roster &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Roster CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="61"/>
        <source>…or add existing cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="70"/>
        <source>Add checked &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="76"/>
        <source>Live codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="79"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="110"/>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="196"/>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="198"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="200"/>
        <source>Add at least one participant: load a roster CSV or check cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="65"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="66"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>From the &amp;intersectional template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="120"/>
        <source>&amp;Empty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="122"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="125"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>Open the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="130"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="139"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="148"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="156"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="447"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>Apply &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="181"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>&amp;Keyboard coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Keyboard coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="190"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="197"/>
        <source>&amp;About Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="198"/>
        <source>About Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="218"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="430"/>
        <source>Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="225"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="249"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="378"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="383"/>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="394"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="406"/>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="411"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="447"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="460"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="461"/>
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="496"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="499"/>
        <source>Imported %n document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="507"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="508"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="516"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="517"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="528"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="528"/>
        <source>Transcripts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="553"/>
        <source>The demo project is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="561"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="49"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="30"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="34"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="48"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="53"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Row %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Column %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Total %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="69"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="70"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="74"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="76"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="122"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="183"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="255"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="260"/>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="256"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="25"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="26"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="27"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="28"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="29"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="47"/>
        <location filename="../../ui/memos/memospanel.cpp" line="240"/>
        <source>New memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="48"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="49"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="51"/>
        <source>All memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="64"/>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="184"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="235"/>
        <source>Choose what the memo is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="279"/>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="16"/>
        <source>Apply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="17"/>
        <source>Type to find a code, Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalModel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="60"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="61"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="62"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>In context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>Coders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="35"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="37"/>
        <source>Any checked code (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="38"/>
        <source>All checked codes (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="39"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="40"/>
        <source>Check the codes whose quotes to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="51"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="53"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="55"/>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="131"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="132"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="133"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="196"/>
        <source>no code checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="196"/>
        <source>%n checked code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="201"/>
        <source>%n quote(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="245"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="248"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="254"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="259"/>
        <source>Export quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="254"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="21"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="25"/>
        <source>Code checked hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="29"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="30"/>
        <source>the hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>its sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>its paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="46"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="124"/>
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="137"/>
        <source>Check the hits to code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="146"/>
        <source>%n new coding(s) with %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="28"/>
        <source>Start &amp;live session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="36"/>
        <source>&amp;Resume live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="41"/>
        <source>&amp;Export session transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="46"/>
        <source>&amp;Align session with recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="58"/>
        <source>(no live sessions in this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="92"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="109"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="129"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="121"/>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="122"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="175"/>
        <source>Export session transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="122"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="129"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="132"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="133"/>
        <source>Align with recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="134"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="157"/>
        <source>Transcript of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="158"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="176"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="16"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="18"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="19"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="21"/>
        <source>Snap selections to whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="24"/>
        <source>Your name, recorded on every coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="26"/>
        <source>Document font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="28"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Remove coding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="148"/>
        <source>Delete quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="161"/>
        <source>%1
[%2–%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::UtteranceActions</name>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="26"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="39"/>
        <source>&amp;Edit utterance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
