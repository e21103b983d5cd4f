<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="76"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="78"/>
        <source>live roster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="80"/>
        <source>case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="82"/>
        <source>case description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="84"/>
        <source>document name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="86"/>
        <source>document source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="88"/>
        <source>attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="90"/>
        <source>document attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="92"/>
        <source>case attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="94"/>
        <source>memo title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="96"/>
        <source>memo text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="98"/>
        <source>code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="100"/>
        <source>code description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="102"/>
        <source>set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="104"/>
        <source>set description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="106"/>
        <source>coder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="108"/>
        <source>project property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="110"/>
        <source>live session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="112"/>
        <source>live session place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="114"/>
        <source>live session facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="116"/>
        <source>flag note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>draft speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="121"/>
        <source>draft text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="743"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="764"/>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="247"/>
        <source>Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
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
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="112"/>
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
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="232"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="233"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Keyboard shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="170"/>
        <source>New sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="170"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="170"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="197"/>
        <source>Delete code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="198"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="199"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="272"/>
        <source>Description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="273"/>
        <source>What this code means, and when to apply it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="221"/>
        <source>Merge code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="222"/>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="234"/>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
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
    <name>crosscut::ui::DocumentView</name>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="706"/>
        <source>Memo on quote…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="24"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="39"/>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="40"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="42"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="42"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="44"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="44"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="46"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="46"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="56"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="73"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="90"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="71"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="74"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="88"/>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="94"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="94"/>
        <source>Exported %1 (redacted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="27"/>
        <source>&amp;Blind: leave out other coders&apos; work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
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
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="123"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Pause (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="126"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="707"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="36"/>
        <source>Start live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="43"/>
        <source>speaks on Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="45"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="53"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="55"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="55"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="55"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="61"/>
        <source>Load roster &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="63"/>
        <source>Roster CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="63"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="68"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="76"/>
        <source>…or add existing cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="85"/>
        <source>Add checked &amp;cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="92"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="132"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="140"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="379"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="144"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live/livesetupdialog.cpp" line="107"/>
        <source>%1 (%n value(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="149"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="173"/>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="212"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="232"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="284"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="355"/>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="362"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="364"/>
        <source>(next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="375"/>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="377"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="72"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="72"/>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="73"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="93"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="140"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="141"/>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="142"/>
        <source>From the &amp;intersectional template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="145"/>
        <source>&amp;Empty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="147"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Open the &amp;demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="155"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;Encrypt project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="171"/>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="183"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="686"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="188"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="687"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="193"/>
        <source>Apply &amp;code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="199"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="204"/>
        <source>&amp;Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="205"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="206"/>
        <source>&amp;Check project integrity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="208"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>&amp;Pseudonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="213"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="220"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="242"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="243"/>
        <source>&amp;Keyboard coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>Keyboard coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>&amp;About Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="254"/>
        <source>About Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="274"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="668"/>
        <source>Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>This key file does not open the project. Try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="299"/>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="305"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="316"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="364"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="371"/>
        <source>Cannot encrypt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="377"/>
        <source>The project is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="400"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="401"/>
        <source>The current password is wrong. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="407"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="413"/>
        <source>Cannot change the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="419"/>
        <source>The password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="426"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="432"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="543"/>
        <source>Check project integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="545"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="549"/>
        <source>The project is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="555"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="611"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="616"/>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="632"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="639"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="644"/>
        <source>Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="649"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="676"/>
        <source> (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="686"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="687"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="698"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="698"/>
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="700"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="701"/>
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="736"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="739"/>
        <source>Imported %n document(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="747"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="748"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="756"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="757"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="768"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="768"/>
        <source>Transcripts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>The demo project is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="801"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="851"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="851"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="51"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="266"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoDialog</name>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>Memo on code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="42"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="43"/>
        <source>Memo:</source>
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
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="38"/>
        <source>Encrypted project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="42"/>
        <source>Encrypt project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="44"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="52"/>
        <source>Encrypt the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="58"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="69"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="69"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>Use a &amp;key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="81"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>Create a new key &amp;file instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="99"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="99"/>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="99"/>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="119"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="194"/>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="128"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="199"/>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="167"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="173"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="180"/>
        <source>New key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="185"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="213"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="194"/>
        <source>Enter the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="205"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
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
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="37"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="39"/>
        <source>Any checked code (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="40"/>
        <source>All checked codes (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="41"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="42"/>
        <source>Check the codes whose quotes to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="54"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="56"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="58"/>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="171"/>
        <source>All coders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="172"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="173"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="252"/>
        <source>no code checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="252"/>
        <source>%n checked code(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="257"/>
        <source>%n quote(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="301"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="304"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="310"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="315"/>
        <source>Export quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="310"/>
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
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
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
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Your name, recorded on every coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="27"/>
        <source>Document font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Coder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
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
        <source>Memo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="190"/>
        <source>%1
[%2–%3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
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
