<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgreementExport</name>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="29"/>
        <location filename="../../ui/agreement/agreementexport.cpp" line="47"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="31"/>
        <source>Code points coded</source>
        <translation>Puntos de código codificados</translation>
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
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="35"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="49"/>
        <source>Percent agreement as a share (0–1), Cohen&apos;s kappa, Krippendorff&apos;s unitized alpha; — where undefined</source>
        <translation>Porcentaje de acuerdo como proporción (0–1), kappa de Cohen, alfa unitizado de Krippendorff; — donde no está definido</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="52"/>
        <source>Percent agreement</source>
        <translation>Porcentaje de acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="53"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="54"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="67"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="69"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values; — where undefined</source>
        <translation>cu-alpha de Krippendorff sobre los valores de la dimensión; — donde no está definido</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="71"/>
        <source>cu-alpha</source>
        <translation>cu-alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="114"/>
        <source>Inter-coder agreement: %1</source>
        <translation>Acuerdo entre codificadores: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="115"/>
        <source>Counted in code points; each document is its own continuum.</source>
        <translation>Contado en puntos de código; cada documento es su propio continuo.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="117"/>
        <source>Coders: %1</source>
        <translation>Codificadores/as: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementexport.cpp" line="118"/>
        <source>Documents counted: %n</source>
        <translation>
            <numerusform>Documentos contados: %n</numerusform>
            <numerusform>Documentos contados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="121"/>
        <source>Mean agreement</source>
        <translation>Acuerdo medio</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="122"/>
        <source>Mean dimensions</source>
        <translation>Media de las dimensiones</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="124"/>
        <source> (code points)</source>
        <translation> (puntos de código)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="125"/>
        <source> (dimensions)</source>
        <translation> (dimensiones)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="141"/>
        <source>Disagreements on %1: %2 and %3</source>
        <translation>Desacuerdos sobre %1: %2 y %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="144"/>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="145"/>
        <source>Stretch</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="148"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="149"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="150"/>
        <source>A coded</source>
        <translation>Codificado por A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="151"/>
        <source>B coded</source>
        <translation>Codificado por B</translation>
    </message>
</context>
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="77"/>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="79"/>
        <source>live roster name</source>
        <translation>nombre en la lista de participantes en vivo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="81"/>
        <source>case name</source>
        <translation>nombre del caso</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="83"/>
        <source>case description</source>
        <translation>descripción del caso</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="85"/>
        <source>document name</source>
        <translation>nombre del documento</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="87"/>
        <source>document source file</source>
        <translation>archivo de origen del documento</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="89"/>
        <source>attribute name</source>
        <translation>nombre del atributo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="91"/>
        <source>document attribute value</source>
        <translation>valor de atributo de documento</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="93"/>
        <source>case attribute value</source>
        <translation>valor de atributo de caso</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="95"/>
        <source>memo title</source>
        <translation>título del memo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="97"/>
        <source>memo text</source>
        <translation>texto del memo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="99"/>
        <source>framework summary</source>
        <translation>resumen de matriz de marco</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="101"/>
        <source>code name</source>
        <translation>nombre del código</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="103"/>
        <source>code description</source>
        <translation>descripción del código</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="105"/>
        <source>set name</source>
        <translation>nombre del conjunto</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="107"/>
        <source>set description</source>
        <translation>descripción del conjunto</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="109"/>
        <source>coder name</source>
        <translation>nombre del/de la codificador/a</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="111"/>
        <source>project property</source>
        <translation>propiedad del proyecto</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="113"/>
        <source>live session title</source>
        <translation>título de la sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="115"/>
        <source>live session place</source>
        <translation>lugar de la sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="117"/>
        <source>live session facilitator</source>
        <translation>facilitador/a de la sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>flag note</source>
        <translation>nota de la marca</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="122"/>
        <source>draft speaker</source>
        <translation>hablante del borrador</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="124"/>
        <source>draft text</source>
        <translation>texto del borrador</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="744"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="765"/>
        <source>Live session</source>
        <translation>Sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="262"/>
        <source>Pseudonymise</source>
        <translation>Seudonimizar</translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation>Ocultar nombres y atributos identificativos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
        <translation>Hablantes y casos se designan por su rol (Interviewer 1, Participant 2), sus nombres se reemplazan dentro de las citas, los atributos marcados como identificativos se omiten y el archivo indica «Redacted export» al principio.</translation>
    </message>
</context>
<context>
    <name>crosscut::render::Report</name>
    <message>
        <source>Total</source>
        <translation type="vanished">Total</translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="vanished">Caso</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="vanished">Citas</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="vanished">Posiciones</translation>
    </message>
    <message>
        <source>Hat shifts</source>
        <translation type="vanished">Cambios de sombrero</translation>
    </message>
    <message>
        <source>Bipolar dimensions by group</source>
        <translation type="vanished">Dimensiones bipolares por grupo</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimensión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Grupo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="vanished">Casos</translation>
    </message>
    <message>
        <source>Positioned quotes</source>
        <translation type="vanished">Citas con posición</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Media</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">Dispersión</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Descripción</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="vanished">Codificaciones</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="vanished">Codificadores/as</translation>
    </message>
    <message>
        <source>Double-coded documents</source>
        <translation type="vanished">Documentos con doble codificación</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation type="vanished">Códigos usados</translation>
    </message>
    <message>
        <source>Mean percent</source>
        <translation type="vanished">Porcentaje medio</translation>
    </message>
    <message>
        <source>Mean kappa</source>
        <translation type="vanished">Kappa medio</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="vanished">Alfa medio</translation>
    </message>
    <message>
        <source>Per code</source>
        <translation type="vanished">Por código</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="vanished">Porcentaje</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="vanished">Kappa</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="vanished">Alfa</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation type="vanished">Por dimensión</translation>
    </message>
    <message>
        <source>cu-alpha</source>
        <translation type="vanished">cu-alfa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Nota</translation>
    </message>
    <message>
        <source>The network per wave</source>
        <translation type="vanished">La red por oleada</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="vanished">Proyecto: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Documentos</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="vanished">Matriz</translation>
    </message>
    <message>
        <source>Conceptual-model matrix</source>
        <translation type="vanished">Matriz del modelo conceptual</translation>
    </message>
    <message>
        <source>Heat map (row %)</source>
        <translation type="vanished">Mapa de calor (% por fila)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="vanished">Gráficos</translation>
    </message>
    <message>
        <source>Representative quotes</source>
        <translation type="vanished">Citas representativas</translation>
    </message>
    <message>
        <source>Positional profiles</source>
        <translation type="vanished">Perfiles posicionales</translation>
    </message>
    <message>
        <source>Collaboration network</source>
        <translation type="vanished">Red de colaboración</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="vanished">Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation type="vanished">Matriz de marco</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="vanished">Libro de códigos</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementActions</name>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="19"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Acuerdo…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="21"/>
        <source>Inter-coder agreement per code, the coders&apos; disagreements and their adjudication</source>
        <translation>Acuerdo entre codificadores por código, los desacuerdos de los codificadores/as y su resolución</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementView</name>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="50"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="63"/>
        <source>Check two or more coders to compare</source>
        <translation>Marque dos o más codificadores/as para comparar</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="67"/>
        <source>The documents counted; none checked: all</source>
        <translation>Los documentos contados; ninguno marcado: todos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="94"/>
        <source>Coders:</source>
        <translation>Codificadores/as:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="97"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="100"/>
        <source>Pair:</source>
        <translation>Pareja:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="109"/>
        <source>Dimensions (cu-alpha over their values)</source>
        <translation>Dimensiones (cu-alpha sobre sus valores)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="211"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="286"/>
        <source>Check two or more coders to compare their codings.</source>
        <translation>Marque dos o más codificadores/as para comparar sus codificaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="308"/>
        <source>Mean over the pairs</source>
        <translation>Media de las parejas</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="392"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Elija un código en la tabla de acuerdo para ver sus desacuerdos.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="397"/>
        <source>Choose a pair of coders to list their disagreements.</source>
        <translation>Elija una pareja de codificadores/as para ver sus desacuerdos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="421"/>
        <source>%1 — %n document(s), counted in code points.</source>
        <translation>
            <numerusform>%1 — %n documento, contado en puntos de código.</numerusform>
            <numerusform>%1 — %n documentos, contados en puntos de código.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="424"/>
        <source>%n measure(s) undefined (—): hover one for why.</source>
        <translation>
            <numerusform>%n medida sin definir (—): pase el cursor sobre ella para saber por qué.</numerusform>
            <numerusform>%n medidas sin definir (—): pase el cursor sobre una para saber por qué.</numerusform>
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
        <translation>Nada que exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="454"/>
        <source>Export agreement</source>
        <translation>Exportar acuerdo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="455"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeImport</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="28"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation>%1 está vacío; se esperaba un encabezado document,attribute,value</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="38"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>%1, línea 1: el encabezado debe ser document,attribute,value[,type] o case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="59"/>
        <source>Import attributes from %1</source>
        <translation>Importar atributos de %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="63"/>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>no hay ningún documento llamado “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="70"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>no hay ningún caso llamado “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="72"/>
        <source>the attribute name is empty</source>
        <translation>el nombre del atributo está vacío</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="77"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>el tipo “%1” no es ninguno de text, number, date, category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="79"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation>el atributo “%1” es de tipo %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1” no es un número</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation>Identificativo: se omite en las exportaciones anonimizadas. Haga clic derecho para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation>Haga clic derecho para marcarlo como identificativo (se omite en las exportaciones anonimizadas).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation>🔒 %1 (%2, identificativo)</translation>
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
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation>Rutas de códigos, separadas por comas</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::BoundaryDialog</name>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="25"/>
        <source>Edit boundaries</source>
        <translation>Editar límites</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="44"/>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="45"/>
        <source>Start (code point):</source>
        <translation>Inicio (punto de código):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="46"/>
        <source>End (code point, not included):</source>
        <translation>Fin (punto de código, no incluido):</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="80"/>
        <source>The start must come before the end.</source>
        <translation>El inicio debe ir antes del fin.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation>Añadir caso…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation>Nombre del nuevo atributo</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>CSV con un encabezado document,attribute,value[,type] o case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation>Identificativo (se omite en las exportaciones anonimizadas)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation>Importe un documento antes de añadir atributos.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation>Añada un caso antes de añadir atributos.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation>Añadir caso</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation>Nombre del caso:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation>Casos y atributos</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation>Colores de los códigos</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation>Gráfico de barras apiladas</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation>Promedios por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>Promedios por grupo: filas = un atributo de caso, columnas = códigos o una dimensión</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation>Desactivado: una paleta que las personas con daltonismo pueden distinguir. Activado: los colores propios de los códigos, cuando todos son distintos.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>Elija una matriz en el panel Matriz para representarla en un gráfico.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>Los promedios por grupo requieren filas = un atributo de caso y columnas = códigos o una dimensión.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation>Promedio de citas por caso, según %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation>media por caso</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation>No se puede convertir la imagen para %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CloneDialog</name>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="23"/>
        <source>&amp;Encrypt my copy with a password or key file</source>
        <translation>C&amp;ifrar mi copia con una contraseña o un archivo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="26"/>
        <location filename="../../ui/hub/clonedialog.cpp" line="87"/>
        <source>Clone from team server</source>
        <translation>Clonar desde el servidor del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="27"/>
        <source>Makes your own copy of a team project. You code in it offline; it syncs with the server every minute while the server can be reached.</source>
        <translation>Crea su propia copia de un proyecto de equipo. Usted codifica en ella sin conexión; se sincroniza con el servidor cada minuto mientras el servidor esté disponible.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="35"/>
        <source>The coder name your lead gave you on the server</source>
        <translation>El nombre de codificador/a que su responsable le asignó en el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="38"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Nombre del proyecto en el servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="39"/>
        <source>&amp;Coder name:</source>
        <translation>Nombre de &amp;codificador/a:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="44"/>
        <source>Save &amp;as:</source>
        <translation>Guardar c&amp;omo:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="53"/>
        <source>C&amp;lone</source>
        <translation>C&amp;lonar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="81"/>
        <source>team-project</source>
        <translation>proyecto-equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="89"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Proyectos de Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="126"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Indique la cadena de conexión del servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="128"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>No incluya la contraseña en la cadena de conexión (se guardaría en el proyecto); escríbala en el campo de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="131"/>
        <source>Name the project on the server.</source>
        <translation>Indique el nombre del proyecto en el servidor.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="133"/>
        <source>Give the coder name your lead gave you.</source>
        <translation>Indique el nombre de codificador/a que le asignó su responsable.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="135"/>
        <source>Choose where to save your copy.</source>
        <translation>Elija dónde guardar su copia.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="137"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elija un nuevo nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="91"/>
        <source>Undefined</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="95"/>
        <source>%1 of %2 code points coded by both</source>
        <translation>%1 de %2 puntos de código codificados por ambos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="97"/>
        <source>A dimension: its segments are those of all its values</source>
        <translation>Una dimensión: sus segmentos son los de todos sus valores</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="113"/>
        <source>Code points (characters) coded</source>
        <translation>Puntos de código (caracteres) codificados</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="114"/>
        <source>Code points both coded or both left uncoded, of all code points</source>
        <translation>Puntos de código que ambos codificaron o ambos dejaron sin codificar, del total de puntos de código</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="115"/>
        <source>Cohen&apos;s kappa per code point</source>
        <translation>Kappa de Cohen por punto de código</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="116"/>
        <source>Krippendorff&apos;s unitized alpha</source>
        <translation>Alfa unitizado de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="123"/>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="127"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="128"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="129"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeNetworkView</name>
    <message>
        <location filename="../../ui/relations/codenetworkview.cpp" line="65"/>
        <source>No coded quotes yet.</source>
        <translation>Aún no hay citas codificadas.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="232"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="233"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation>Nuevo código…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation>Nuevo subcódigo…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation>Descripción…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>New memo on this code…</source>
        <translation>Nuevo memo sobre este código…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Keyboard shortcut…</source>
        <translation>Atajo de teclado…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="99"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New sub-code</source>
        <translation>Nuevo subcódigo</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="201"/>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="202"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>¿Eliminar “%1” con %n subcódigo?</numerusform>
            <numerusform>¿Eliminar “%1” con %n subcódigos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="203"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation>
            <numerusform>Se eliminará %n codificación y las citas quedarán sin código. Puede deshacerlo.</numerusform>
            <numerusform>Se eliminarán %n codificaciones y las citas quedarán sin código. Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="276"/>
        <source>Description of “%1”</source>
        <translation>Descripción de “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="277"/>
        <source>What this code means, and when to apply it:</source>
        <translation>Qué significa este código y cuándo aplicarlo:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="225"/>
        <source>Merge code</source>
        <translation>Fusionar código</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="226"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionar “%1” con:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="238"/>
        <source>Code colour</source>
        <translation>Color del código</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation>¿Quién codifica?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation>Su nombre se registra en cada codificación y cada memo que cree, para que las codificaciones de un equipo puedan distinguirse y compararse. Puede cambiarlo más tarde en Edición → Configuración o haciendo clic en él en la barra de estado.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation>Su nombre o sus iniciales</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation>Comparando codificadores/as: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation>Comparando:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation>Las codificaciones se registran con este nombre. Haga clic para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation>Codificador/a: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation>C&amp;odificadores/as</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation>&amp;Todos los codificadores/as</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation>Solo los &amp;míos</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation>&amp;Un codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation>&amp;Comparar codificadores/as</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation>Muestra las codificaciones de todos los codificadores/as</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation>Muestra solo las codificaciones del codificador/a actual</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation>Muestra las codificaciones de todos los codificadores/as lado a lado, con un color por codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation>Nadie ha codificado todavía</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation>Esta es una copia a ciegas para %1: solo se muestran las codificaciones de %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation>Abra un documento y seleccione el texto que desea codificar.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation>Seleccione primero el texto que desea codificar.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation>Ese código no es un valor de dimensión.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
        <source>No recent code %1.</source>
        <translation>No hay código reciente %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="26"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="46"/>
        <source>&amp;Restore the other version</source>
        <translation>&amp;Restaurar la otra versión</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="49"/>
        <source>Team conflicts</source>
        <translation>Conflictos del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="50"/>
        <source>Two members changed the same thing before either had synced. The later change on the server won; the other is kept here. Restoring it makes it the current version for everyone at your next sync.</source>
        <translation>Dos miembros cambiaron lo mismo antes de que cualquiera de los dos sincronizara. Prevaleció el cambio más reciente en el servidor; el otro se conserva aquí. Si lo restaura, pasará a ser la versión actual para todos en su próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: by</source>
        <translation>Conservado: autor/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: value</source>
        <translation>Conservado: valor</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: by</source>
        <translation>Apartado: autor/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: value</source>
        <translation>Apartado: valor</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="94"/>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="100"/>
        <source>This project is not linked to a team server.</source>
        <translation>Este proyecto no está vinculado a un servidor de equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="135"/>
        <source> (restored)</source>
        <translation> (restaurado)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="140"/>
        <source>No conflicts: no two members changed the same thing at once.</source>
        <translation>No hay conflictos: ningún par de miembros cambió lo mismo a la vez.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="153"/>
        <source>Select a conflict first</source>
        <translation>Seleccione primero un conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="154"/>
        <source>Makes the set-aside value the current one</source>
        <translation>Convierte el valor apartado en el actual</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="155"/>
        <source>This version has been restored already</source>
        <translation>Esta versión ya se ha restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="165"/>
        <source>Not restored: %1</source>
        <translation>No se restauró: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConnectionFields</name>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="14"/>
        <source>A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…</source>
        <translation>Una cadena de conexión de PostgreSQL: host=… port=… dbname=… user=…, o postgresql://…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="18"/>
        <source>empty: from ~/.pgpass</source>
        <translation>vacío: desde ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="19"/>
        <source>Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass.</source>
        <translation>Se usa solo para esta conexión; nunca se guarda. Para la sincronización automática, póngala en ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="20"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DimensionAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="51"/>
        <source>Undefined</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="62"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values</source>
        <translation>cu-alpha de Krippendorff sobre los valores de la dimensión</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>cu-alpha</source>
        <translation>cu-alpha</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementModel</name>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="22"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="43"/>
        <source>A only</source>
        <translation>Solo A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="44"/>
        <source>B only</source>
        <translation>Solo B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="45"/>
        <source>Boundary</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="53"/>
        <source>Accepted A</source>
        <translation>A aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="54"/>
        <source>Accepted B</source>
        <translation>B aceptado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="55"/>
        <source>Accepted both</source>
        <translation>Ambos aceptados</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="56"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="57"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="86"/>
        <source>Unsettled</source>
        <translation>Sin resolver</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="98"/>
        <source>Code points %1 to %2 (%n code point(s))</source>
        <translation>
            <numerusform>Puntos de código %1 a %2 (%n punto de código)</numerusform>
            <numerusform>Puntos de código %1 a %2 (%n puntos de código)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="100"/>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="101"/>
        <source>%1 coded %2</source>
        <translation>%1 codificó %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="104"/>
        <source>The consensus codes %1 (decided %2)</source>
        <translation>El consenso codifica %1 (decidido %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="105"/>
        <source>No decision yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="125"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="126"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="127"/>
        <source>Span</source>
        <translation>Tramo</translation>
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
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementsPanel</name>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="27"/>
        <source>Accept &amp;A</source>
        <translation>Aceptar &amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept &amp;B</source>
        <translation>Aceptar &amp;B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept b&amp;oth</source>
        <translation>Aceptar am&amp;bos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Edit boundaries…</source>
        <translation>&amp;Editar límites…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Adopt a&amp;greed codings</source>
        <translation>Adoptar codificaciones &amp;coincidentes</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="71"/>
        <source>The consensus codes the whole stretch</source>
        <translation>El consenso codifica todo el tramo</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="72"/>
        <source>The consensus codes nothing of the stretch: it is settled as not this code</source>
        <translation>El consenso no codifica nada del tramo: se resuelve como que no es este código</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="73"/>
        <source>The consensus codes a span you give, in code points</source>
        <translation>El consenso codifica un tramo que usted indica, en puntos de código</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="74"/>
        <source>Codes every stretch both coders coded alike for the consensus coder</source>
        <translation>Codifica para el codificador/a de consenso cada tramo que ambos codificadores/as codificaron igual</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="75"/>
        <source>The coder the decisions are written to; pick it as a coder above to compare with it</source>
        <translation>El codificador/a en el que se escriben las decisiones; márquelo arriba como codificador/a para comparar con él</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="91"/>
        <source>Consensus coder:</source>
        <translation>Codificador/a de consenso:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="119"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Elija un código en la tabla de acuerdo para ver sus desacuerdos.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="142"/>
        <source>Disagreements on %1 — A: %2, B: %3</source>
        <translation>Desacuerdos sobre %1 — A: %2, B: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="215"/>
        <source>%1 and %2 agree everywhere on this code.</source>
        <translation>%1 y %2 coinciden en todo en este código.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="238"/>
        <source>%1 of %2 settled</source>
        <translation>%1 de %2 resueltos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>The consensus codes what %1 coded</source>
        <translation>El consenso codifica lo que codificó %1</translation>
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
        <translation>Seleccione primero un desacuerdo.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="291"/>
        <source>%1: code points %2–%3 of %4</source>
        <translation>%1: puntos de código %2–%3 de %4</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="310"/>
        <source>Choose a code and a pair of coders first.</source>
        <translation>Elija primero un código y una pareja de codificadores/as.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="315"/>
        <source>Adopted %n agreed coding(s) for %1.</source>
        <translation>
            <numerusform>Se adoptó %n codificación coincidente para %1.</numerusform>
            <numerusform>Se adoptaron %n codificaciones coincidentes para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="329"/>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="338"/>
        <source>Export disagreements</source>
        <translation>Exportar desacuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="339"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
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
%n carácter</numerusform>
            <numerusform>%1
%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="193"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="194"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="195"/>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="196"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentView</name>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="551"/>
        <source>p. %1</source>
        <comment>page of a PDF document</comment>
        <translation>p. %1</translation>
    </message>
    <message>
        <location filename="../../ui/document/documentview.cpp" line="738"/>
        <source>Memo on quote…</source>
        <translation>Memo sobre la cita…</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="27"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="vanished">&amp;Informe de evaluación (PDF, ODT, HTML, XLSX)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="vanished">PDF (*.pdf);;Texto OpenDocument (*.odt);;Página web (*.html *.htm);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Evaluation &amp;report…</source>
        <translation>&amp;Informe de evaluación…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>&amp;Proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>Co&amp;dificaciones (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="99"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="109"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="98"/>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="107"/>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1 (redacted)</source>
        <translation>Exportado: %1 (anonimizado)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::FrameworkPanel</name>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="53"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="59"/>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="62"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="63"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="74"/>
        <source>Double-click a quote to open it in its document</source>
        <translation>Haga doble clic en una cita para abrirla en su documento</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="75"/>
        <source>What does this row say about this code? Write the summary here.</source>
        <translation>¿Qué dice esta fila sobre este código? Escriba aquí el resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="80"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="83"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="91"/>
        <source>Quotes:</source>
        <translation>Citas:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="93"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="96"/>
        <source>Earlier versions:</source>
        <translation>Versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="179"/>
        <source>Choose a dimension, or list codes, for the columns.</source>
        <translation>Elija una dimensión, o enumere códigos, para las columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="196"/>
        <source>%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). Select a cell to read its quotes and write its summary.</source>
        <translation>%1 × %2: %3 de %4 celdas resumidas, %5 vacíos (sombreados en gris: sin citas ni resumen). Seleccione una celda para leer sus citas y escribir su resumen.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="230"/>
        <source>gap</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>1 quote</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>%1 quotes</source>
        <translation>%1 citas</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="241"/>
        <source>%1 — not summarised yet</source>
        <translation>%1 — aún sin resumen</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="275"/>
        <source>Select a cell.</source>
        <translation>Seleccione una celda.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="293"/>
        <source>No quote of this row carries this code.</source>
        <translation>Ninguna cita de esta fila lleva este código.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="305"/>
        <source>(cleared)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="353"/>
        <source>There is no framework matrix to export.</source>
        <translation>No hay ninguna matriz de marco que exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="360"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="362"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="365"/>
        <source>Export framework matrix</source>
        <translation>Exportar matriz de marco</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="361"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>Libro de Excel (*.xlsx);;Documento de Word (*.docx);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="27"/>
        <source>&amp;Blind: leave out other coders&apos; work</source>
        <translation>A &amp;ciegas: sin el trabajo de otros codificadores/as</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation>C&amp;ifrar la copia</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation>Entregar una copia para codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation>Una copia de este proyecto para un codificador/a: el libro de códigos y los documentos elegidos. Su trabajo se vuelve a fusionar con Archivo → Fusionar proyecto….</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation>La copia no contiene codificaciones ni memos de otros codificadores/as, y solo muestra el trabajo de su codificador/a.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation>La copia solo se abre con su propia contraseña (se pide a continuación) o archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation>&amp;Escribir copia</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Codificador/a:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation>codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Proyectos de Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation>Indique el codificador/a al que va destinada la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation>Elija al menos un documento.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation>La copia no puede reemplazar al propio proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
        <translation>Este proyecto está cifrado, pero la copia no lo estará: cualquiera que pueda leer %1 podrá leer su contenido. ¿Escribirla sin cifrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubActions</name>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="34"/>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="37"/>
        <source>&amp;Publish to team server…</source>
        <translation>&amp;Publicar en el servidor del equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="40"/>
        <source>&amp;Clone from team server…</source>
        <translation>&amp;Clonar desde el servidor del equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="42"/>
        <source>Makes your own copy of a team project, synced with its server</source>
        <translation>Crea su propia copia de un proyecto de equipo, sincronizada con su servidor</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="45"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="48"/>
        <source>Team &amp;status…</source>
        <translation>Es&amp;tado del equipo…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="51"/>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="65"/>
        <source>Open the project to publish first</source>
        <translation>Abra primero el proyecto que desea publicar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="66"/>
        <source>This project is a copy of %1 on a team server already</source>
        <translation>Este proyecto ya es una copia de %1 en un servidor de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="67"/>
        <source>Uploads this project to a team server; you become its lead</source>
        <translation>Sube este proyecto a un servidor de equipo; usted pasa a ser su responsable</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="68"/>
        <source>This project is not a copy from a team server (Team → Clone or Publish)</source>
        <translation>Este proyecto no es una copia de un servidor de equipo (Equipo → Clonar o Publicar)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="69"/>
        <source>Open a project cloned from a team server first</source>
        <translation>Abra primero un proyecto clonado desde un servidor de equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="74"/>
        <source>Sends your changes and fetches your teammates&apos; (also done every minute)</source>
        <translation>Envía sus cambios y recibe los de sus compañeros/as de equipo (también se hace cada minuto)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="75"/>
        <source>Server, role, changes to send, members</source>
        <translation>Servidor, rol, cambios por enviar, miembros</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="78"/>
        <source>Changes that lost to a teammate&apos;s, to review and restore</source>
        <translation>Cambios que perdieron frente a los de un/a compañero/a, para revisar y restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="79"/>
        <source>Only the lead reviews conflicts; the codebook is the lead&apos;s</source>
        <translation>Solo la persona responsable revisa los conflictos; el libro de códigos le corresponde a ella</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="87"/>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="137"/>
        <source>The project was not published: %1</source>
        <translation>No se publicó el proyecto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="142"/>
        <source>Published %1 to the team server: %n row(s).</source>
        <translation>
            <numerusform>Se publicó %1 en el servidor del equipo: %n fila.</numerusform>
            <numerusform>Se publicó %1 en el servidor del equipo: %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="174"/>
        <source>Nothing was cloned: %1</source>
        <translation>No se clonó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="179"/>
        <source>Cloned %1 into %2: %n operation(s).</source>
        <translation>
            <numerusform>Se clonó %1 en %2: %n operación.</numerusform>
            <numerusform>Se clonó %1 en %2: %n operaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="222"/>
        <source>Restored: it goes to the team at the next sync.</source>
        <translation>Restaurado: se enviará al equipo en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubSession</name>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="17"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="64"/>
        <source>Team: %n change(s) from teammates applied.</source>
        <translation>
            <numerusform>Equipo: se aplicó %n cambio de sus compañeros/as.</numerusform>
            <numerusform>Equipo: se aplicaron %n cambios de sus compañeros/as.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="66"/>
        <source>Team: %n of your change(s) lost to a teammate&apos;s; the lead can review them in Team → Conflicts.</source>
        <translation>
            <numerusform>Equipo: %n de sus cambios perdió frente al de un/a compañero/a; la persona responsable puede revisarlo en Equipo → Conflictos.</numerusform>
            <numerusform>Equipo: %n de sus cambios perdieron frente a los de sus compañeros/as; la persona responsable puede revisarlos en Equipo → Conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="69"/>
        <source>the sync failed</source>
        <translation>la sincronización falló</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="72"/>
        <source>Team sync failed: %1</source>
        <translation>Falló la sincronización del equipo: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="47"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>Importar &amp;proyecto REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="50"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Importar &amp;libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="58"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="126"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="151"/>
        <source>Import REFI-QDA project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="61"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>%1 ya existe; elija un nuevo nombre de archivo para el proyecto importado.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="65"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="75"/>
        <source>Import cancelled: %n source(s) have no text in the archive.</source>
        <translation>
            <numerusform>Importación cancelada: %n fuente no tiene texto en el archivo comprimido.</numerusform>
            <numerusform>Importación cancelada: %n fuentes no tienen texto en el archivo comprimido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="92"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="113"/>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="99"/>
        <source>Created %1 from %2.</source>
        <translation>Se creó %1 a partir de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="143"/>
        <source>Import codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="108"/>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>Se han conservado los códigos existentes; las diferencias se indican arriba.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="127"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Proyectos y libros de códigos REFI-QDA (*.qdpx *.qdc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="132"/>
        <source>New project from %1</source>
        <translation>Nuevo proyecto a partir de %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="133"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Proyectos de Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="144"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="152"/>
        <source>%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.</source>
        <translation>
            <numerusform>%n fuente de %1 no tiene texto que Crosscut pueda leer, por lo que no se puede importar.</numerusform>
            <numerusform>%n fuentes de %1 no tienen texto que Crosscut pueda leer, por lo que no se pueden importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="157"/>
        <source>Import everything else (codes, the other sources and their quotes, cases, memos) without them?</source>
        <translation>¿Importar todo lo demás (códigos, las demás fuentes y sus citas, casos, memos) sin ellas?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="160"/>
        <source>Import what is there</source>
        <translation>Importar lo disponible</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::KwicPanel</name>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="55"/>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="57"/>
        <source>Show in context</source>
        <translation>Mostrar en contexto</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="62"/>
        <source>Code sentences</source>
        <translation>Codificar oraciones</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="66"/>
        <source>A word or phrase (advoca finds advocacy, advocates …)</source>
        <translation>Una palabra o frase (defens encuentra defensa, defensores …)</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="69"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="70"/>
        <source>Context shown either side of each hit</source>
        <translation>Contexto mostrado a cada lado de cada coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Left context</source>
        <translation>Contexto izquierdo</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Right context</source>
        <translation>Contexto derecho</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="92"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="97"/>
        <source>Code the selected hits&apos; sentences with</source>
        <translation>Codificar las oraciones de las coincidencias seleccionadas con</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="221"/>
        <source>Type a word or phrase and press Enter.</source>
        <translation>Escriba una palabra o frase y pulse Enter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>%n coincidencia hasta ahora …</numerusform>
            <numerusform>%n coincidencias hasta ahora …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="227"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="240"/>
        <source>Select the hits to code.</source>
        <translation>Seleccione las coincidencias que desea codificar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="249"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n codificación nueva con %1</numerusform>
            <numerusform>%n codificaciones nuevas con %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation>Sesión en vivo — %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="123"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Pause (Ctrl+P)</source>
        <translation>Pausa (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="126"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation>⚑ Marcar (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation>Escriba lo que se dice; Enter confirma</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation>■ Terminar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation>Detiene el reloj y cierra esta ventana. Sesión → Reanudar sesión en vivo la continúa; el tiempo intermedio se registra como una pausa y no se cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation>nota para esta marca (opcional): Enter marca, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation>Nuevo/a participante:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation>seudónimo: Enter lo añade en la siguiente tecla Alt+dígito, Esc cancela</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation>Shift+tecla codifica la última intervención · la misma tecla otra vez quita el código · clic derecho en una etiqueta para quitarla · Ctrl+Z deshace la última acción en vivo · Ctrl+N: se une un/a participante</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation>+ Participante (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation>Ninguna marca.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation>No se ha añadido ningún/a participante.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation>Ningún/a participante tiene la tecla Alt+%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation>%1 no tiene código en el libro de códigos en vivo de esta sesión (vea las teclas encima del campo de entrada).</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation>Todavía no hay nada confirmado que codificar</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation>Se quitó la codificación “%1” (Ctrl+Z la restablece)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation>Quitar la codificación “%1” de esta intervención</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation>%1 se unió (no quedan teclas: haga clic en su nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation>%1 se unió: Alt+%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation>Reanudar (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;esta intervención aún no tiene códigos&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation>Al confirmar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>No se pudo sincronizar el proyecto con el disco: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="708"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation>ventana de captura cerrada durante %1 — no se cuenta como tiempo de sesión</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation>Otros códigos</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation>Sin libro de códigos en vivo: codifique en la mesa de trabajo después de la sesión.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="37"/>
        <source>Start live session</source>
        <translation>Iniciar sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="44"/>
        <source>speaks on Alt+0</source>
        <translation>habla con Alt+0</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="49"/>
        <source>&amp;Facilitator</source>
        <translation>F&amp;acilitador/a</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation>&lt;b&gt;Lista de participantes&lt;/b&gt; — la tecla de cada hablante es Alt+dígito; escriba un nombre en la última fila para añadir a alguien</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="62"/>
        <source>Load roster &amp;CSV…</source>
        <translation>&amp;Cargar lista desde CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>Roster CSV</source>
        <translation>Lista de participantes en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="69"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation>CSV en UTF-8 con una fila de encabezado &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; una tecla puede quedar vacía (se asigna el siguiente dígito libre); las demás columnas pasan a ser atributos del caso:&lt;pre&gt;pseudonym,key,Población atendida
Valeria,1,Trabajadoras y trabajadores sexuales
Ravi,,Personas que usan drogas&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="77"/>
        <source>…or add existing cases:</source>
        <translation>…o añada casos existentes:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="86"/>
        <source>Add checked &amp;cases</source>
        <translation>Añadir los casos &amp;marcados</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation>&lt;b&gt;Libro de códigos en vivo&lt;/b&gt; — marque las dimensiones que desea codificar en vivo</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="133"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation>Los valores de las dimensiones marcadas se asignan a las teclas en el orden en que se marcaron: F1…F12 y luego Ctrl+1…Ctrl+9 (una dimensión nunca se reparte entre ambos grupos). Después, cualquier tecla puede cambiarse a la derecha.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="141"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation>Tecla → código (Shift+tecla: la última intervención)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="380"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation>Añada al menos un/a participante: escriba un nombre en la lista, cargue una lista en CSV o marque casos.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="145"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live/livesetupdialog.cpp" line="108"/>
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>%1 (%n valor)</numerusform>
            <numerusform>%1 (%n valores)</numerusform>
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
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="213"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation>%1 no cabe en las teclas libres; desmarque primero otra dimensión.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="233"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="285"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation>“%1” ya está en la lista de participantes.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="356"/>
        <source>facilitator</source>
        <translation>facilitador/a</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="363"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation>Escriba un seudónimo y pulse Enter para añadir un/a participante</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="365"/>
        <source>(next)</source>
        <translation>(siguiente)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="376"/>
        <source>Give the session a title.</source>
        <translation>Dé un título a la sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="378"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un documento llamado “%1”.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation>Este proyecto está cifrado: solo se abre con su contraseña o su archivo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>From the &amp;intersectional template…</source>
        <translation>Desde la plantilla &amp;interseccional…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>Intersectional template in &amp;another language</source>
        <translation>Plantilla interseccional en &amp;otro idioma</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Vacío…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Abrir el proyecto de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importar documentos…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;Encrypt project…</source>
        <translation>&amp;Cifrar proyecto…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation>Cifra el archivo del proyecto con una contraseña o un archivo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>Change &amp;password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="215"/>
        <source>&amp;Close project</source>
        <translation>C&amp;errar proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="224"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="228"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Apply &amp;code…</source>
        <translation>Aplicar &amp;código…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Codes</source>
        <translation>&amp;Códigos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Check project integrity…</source>
        <translation>&amp;Comprobar la integridad del proyecto…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation>Comprueba el archivo del proyecto y cada cita, codificación y posición de texto que contiene</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Seudonimizar…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation>Reemplaza los nombres reales por seudónimos en todo el proyecto, de forma irreversible</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation>Termine primero la sesión en vivo: no se pueden seudonimizar nombres mientras haya una ventana de captura abierta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation>
            <numerusform>Seudonimizado: %n reemplazo; se borró el historial</numerusform>
            <numerusform>Seudonimizado: %n reemplazos; se borró el historial</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard coding</source>
        <translation>Codificación con &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Keyboard coding</source>
        <translation>Codificación con teclado</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Seleccione texto y luego:
• el atajo de un código, o Ctrl+K y escriba parte de su nombre, Enter
• 1–9: los códigos recientes
• haga clic en un valor de la barra de etiquetado rápido, una vez por dimensión
Alt+Shift+←/→ mueve el final de la cita actual, Ctrl+Alt+Shift+←/→ su inicio.
Ctrl+Z deshace, Ctrl+Shift+Z rehace.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>&amp;About Crosscut</source>
        <translation>&amp;Acerca de Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>About Crosscut</source>
        <translation>Acerca de Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;Una mesa de trabajo de codificación cualitativa para la evaluación interseccional de programas.</translation>
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
        <translation>Este archivo de clave no abre el proyecto. Pruebe con otro.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="409"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Cannot encrypt %1: %2</source>
        <translation>No se puede cifrar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>The project is encrypted.</source>
        <translation>El proyecto está cifrado.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="445"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation>Este no es el archivo de clave del proyecto. Pruebe con otro.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>The current password is wrong. Try again.</source>
        <translation>La contraseña actual es incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="452"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cannot change the password: %1</source>
        <translation>No se puede cambiar la contraseña: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>The password is changed.</source>
        <translation>La contraseña se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="471"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ya existe; elija un nuevo nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="588"/>
        <source>Check project integrity</source>
        <translation>Comprobar la integridad del proyecto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation>
            <numerusform>El proyecto es coherente: se superó %n comprobación.</numerusform>
            <numerusform>El proyecto es coherente: se superaron %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="594"/>
        <source>The project is consistent.</source>
        <translation>El proyecto es coherente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="600"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation>
            <numerusform>Se encontró %n problema. Guarde una copia del archivo antes de modificarlo y restaure una copia de seguridad si hay citas dañadas.</numerusform>
            <numerusform>Se encontraron %n problemas. Guarde una copia del archivo antes de modificarlo y restaure una copia de seguridad si hay citas dañadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="656"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="661"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="677"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="684"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="689"/>
        <source>KWIC</source>
        <translation>KWIC</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="694"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="704"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="711"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="722"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="731"/>
        <source>Code relations</source>
        <translation>Relaciones entre códigos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="742"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="769"/>
        <source> (encrypted)</source>
        <translation> (cifrado)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="794"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="829"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="832"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Se importó %n documento.</numerusform>
            <numerusform>Se importaron %n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="846"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="847"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Proyectos de Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="855"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="856"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Proyectos de Crosscut (*.crosscut);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Transcripts (%1)</source>
        <translation>Transcripciones (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="892"/>
        <source>The demo project is not installed.</source>
        <translation>El proyecto de demostración no está instalado.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="900"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>No se puede copiar el proyecto de demostración en %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="935"/>
        <source>This is a copy of a team project: it codes as %1, the coder the team server knows it by.</source>
        <translation>Esta es una copia de un proyecto de equipo: codifica como %1, el nombre con el que la conoce el servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="51"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation>%1 × %2: %3 (%4 cita(s))</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation>% de fila</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation>% de columna</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation>% del total</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation>Contar:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation>Codificador/a:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation>Todas las personas codificadoras</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>%1 × %2 — %3 en total; haga clic en una celda para leer sus citas.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation>Exportar matriz</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="266"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixSpecRow</name>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="42"/>
        <source>Rows of the matrix</source>
        <translation>Filas de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="43"/>
        <source>Columns of the matrix</source>
        <translation>Columnas de la matriz</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="45"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="46"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="47"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="48"/>
        <source>What each cell counts</source>
        <translation>Qué cuenta cada celda</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="49"/>
        <source>Counts only</source>
        <translation>Solo recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="50"/>
        <source>Row %</source>
        <translation>% de fila</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="51"/>
        <source>Column %</source>
        <translation>% de columna</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="52"/>
        <source>% of total</source>
        <translation>% del total</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="53"/>
        <source>The shares shown beside the counts</source>
        <translation>Los porcentajes que se muestran junto a los recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="56"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="57"/>
        <source>Leave this matrix out of the report</source>
        <translation>Quitar esta matriz del informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="62"/>
        <source>The report&apos;s first matrix counts quotes</source>
        <translation>La primera matriz del informe cuenta citas</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="63"/>
        <source>The report&apos;s first matrix shows row shares</source>
        <translation>La primera matriz del informe muestra porcentajes de fila</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="65"/>
        <source>The report always has its first matrix</source>
        <translation>El informe siempre incluye su primera matriz</translation>
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
        <translation>Memo sobre el código “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>New memo on code “%1”</source>
        <translation>Nuevo memo sobre el código “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation>Memo sobre la cita</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>New memo on quote</source>
        <translation>Nuevo memo sobre la cita</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Quote:</source>
        <translation>Cita:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="42"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="43"/>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoListModel</name>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="36"/>
        <source>A live flag whose memo was deleted: read-only.</source>
        <translation>Una marca en vivo cuyo memo se eliminó: solo lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="42"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="59"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="60"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="61"/>
        <source>Attached to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="62"/>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="63"/>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="37"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="38"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="39"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="40"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="41"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="62"/>
        <source>Modified from</source>
        <translation>Modificado desde</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="72"/>
        <location filename="../../ui/memos/memospanel.cpp" line="430"/>
        <source>New memo</source>
        <translation>Nuevo memo</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="73"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="74"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="75"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="79"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="80"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="82"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="87"/>
        <source>Show memos of one kind</source>
        <translation>Mostrar los memos de un solo tipo</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="88"/>
        <source>Show the memos of one author</source>
        <translation>Mostrar los memos de un/a solo/a autor/a</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="97"/>
        <source>Only memos last changed between these dates (inclusive)</source>
        <translation>Solo los memos modificados por última vez entre estas fechas (incluidas)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="98"/>
        <source>Search memos…</source>
        <translation>Buscar en los memos…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="150"/>
        <source>Versions (oldest first):</source>
        <translation>Versiones (la más antigua primero):</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="264"/>
        <source>All authors</source>
        <translation>Todos los autores/as</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="347"/>
        <source>written %1</source>
        <translation>escrito el %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="349"/>
        <source>modified %1</source>
        <translation>modificado el %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="351"/>
        <source>read-only (a live flag without its memo)</source>
        <translation>solo lectura (una marca en vivo sin su memo)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="386"/>
        <source>(undone)</source>
        <translation>(deshecha)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="388"/>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="393"/>
        <source>The operation log holds no earlier version of this memo.</source>
        <translation>El registro de operaciones no contiene ninguna versión anterior de este memo.</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="vanished">Todos los memos</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="100"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="105"/>
        <source>Earlier versions of this memo, from the operation log</source>
        <translation>Versiones anteriores de este memo, tomadas del registro de operaciones</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="107"/>
        <source>Write the listed memos to an HTML page or a Word document</source>
        <translation>Escribir los memos de la lista en una página HTML o un documento de Word</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="132"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="142"/>
        <source>On:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(sin título)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="425"/>
        <source>Choose what the memo is about.</source>
        <translation>Elija a qué se refiere el memo.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="483"/>
        <source>modified %1 to %2</source>
        <translation>modificados del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="485"/>
        <source>search “%1”</source>
        <translation>búsqueda “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="493"/>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>Export memos</source>
        <translation>Exportar memos</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="494"/>
        <source>This project is encrypted; the exported file is not. Export anyway?</source>
        <translation>Este proyecto está cifrado; el archivo exportado no lo está. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="498"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="499"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>memos.html</source>
        <translation>memos.html</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="535"/>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation>&amp;Conservar ambos documentos si los nombres coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation>&amp;Tomar sus valores de atributos</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation>Fusionar proyectos</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation>Copias para codificador/a (u otros proyectos de Crosscut) que fusionar en este. Los documentos se emparejan por su identidad o su texto, nunca solo por el nombre; se conservan las codificaciones de todos los codificadores/as. La fusión es un solo paso de Edición → Deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation>Un documento de una copia cuyo nombre ya lo usa un texto distinto entra como «NOMBRE (2)»; sin esta opción, ese conflicto detiene la fusión y no se fusiona nada.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation>Donde un valor de atributo difiere, el de la copia reemplaza al de este proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Proyectos de Crosscut (*.crosscut);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation>Informe de fusión</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation>Nada nuevo en %1: todo lo que contiene ya está en este proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation>Se fusionó %1. Edición → Deshacer revierte toda la fusión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation>
            <numerusform>%n conflicto arriba: se nombran los valores conservados; nada se resolvió en silencio.</numerusform>
            <numerusform>%n conflictos arriba: se nombran los valores conservados; nada se resolvió en silencio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::NetworkPanel</name>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="43"/>
        <source>(no wave)</source>
        <translation>(sin oleada)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="52"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="54"/>
        <source>Export drawing…</source>
        <translation>Exportar dibujo…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="55"/>
        <source>Export charts…</source>
        <translation>Exportar gráficos…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="72"/>
        <source>Colour by:</source>
        <translation>Colorear según:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="74"/>
        <source>Wave:</source>
        <translation>Oleada:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="85"/>
        <location filename="../../ui/network/networkpanel.cpp" line="279"/>
        <source>No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT --from ties.csv</source>
        <translation>Aún no hay vínculos de colaboración: Archivo → Importar encuesta… (con una columna de vínculos) o crosscut-cli ties PROJECT --from ties.csv</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="99"/>
        <location filename="../../ui/network/networkpanel.cpp" line="370"/>
        <source>Click a case to see its attributes and quotes.</source>
        <translation>Haga clic en un caso para ver sus atributos y citas.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="111"/>
        <source>Double-click a quote to open it in its document.</source>
        <translation>Haga doble clic en una cita para abrirla en su documento.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="115"/>
        <source>Quotes of its documents and answers:</source>
        <translation>Citas de sus documentos y respuestas:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="129"/>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="142"/>
        <source>Measures by group</source>
        <translation>Medidas por grupo</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="236"/>
        <location filename="../../ui/network/networkpanel.cpp" line="313"/>
        <source>All waves</source>
        <translation>Todas las oleadas</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="244"/>
        <source>Compare waves</source>
        <translation>Comparar oleadas</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="257"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="259"/>
        <source>(no kind)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="277"/>
        <source>The cases have no attributes to colour the network by: add one in the Cases tab or import a survey.</source>
        <translation>Los casos no tienen atributos según los cuales colorear la red: añada uno en la pestaña Casos o importe una encuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="314"/>
        <source>Collaboration network by %1</source>
        <translation>Red de colaboración según %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="384"/>
        <source>%1: not in the network</source>
        <translation>%1: no está en la red</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="388"/>
        <source>%1: 1 tie, betweenness %2</source>
        <translation>%1: 1 vínculo, intermediación %2</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="389"/>
        <source>%1: %2 ties, betweenness %3</source>
        <translation>%1: %2 vínculos, intermediación %3</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="439"/>
        <source>No coded quote in its documents or answers yet.</source>
        <translation>Aún no hay citas codificadas en sus documentos o respuestas.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="441"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="447"/>
        <location filename="../../ui/network/networkpanel.cpp" line="454"/>
        <source>There is no network to export.</source>
        <translation>No hay ninguna red que exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="458"/>
        <source>Charts are written as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Los gráficos se guardan como .png o .svg, no como “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="473"/>
        <source>Export the network drawing</source>
        <translation>Exportar el dibujo de la red</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="474"/>
        <location filename="../../ui/network/networkpanel.cpp" line="484"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="478"/>
        <location filename="../../ui/network/networkpanel.cpp" line="488"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="483"/>
        <source>Export the three measure charts</source>
        <translation>Exportar los tres gráficos de medidas</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="40"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation>%1 está cifrado. Introduzca su contraseña o use su archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="43"/>
        <source>Encrypt project</source>
        <translation>Cifrar proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="45"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 se cifrará: sin su contraseña (o archivo de clave) nadie podrá abrirlo, &lt;b&gt;tampoco usted: una contraseña perdida no se puede recuperar&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;El proyecto sin cifrar puede quedar en el espacio libre del disco y en cualquier copia de seguridad o copia hecha antes. Si esto es importante, cree un proyecto cifrado antes de añadir el primer documento.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>Encrypt the copy</source>
        <translation>Cifrar la copia</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="54"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 se cifrará con su propia contraseña (o archivo de clave): entréguesela al codificador/a por separado del archivo. &lt;b&gt;Una contraseña perdida no se puede recuperar.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="60"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Introduzca la contraseña actual de %1 (o use su archivo de clave) y luego la nueva dos veces. &lt;b&gt;Una contraseña perdida no se puede recuperar.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="71"/>
        <source>Use a &amp;key file…</source>
        <translation>Usar un archivo de cla&amp;ve…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="84"/>
        <source>Create a new key &amp;file instead…</source>
        <translation>Crear un nuevo archivo de clave en su &amp;lugar…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>C&amp;hange</source>
        <translation>Ca&amp;mbiar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="120"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the password.</source>
        <translation>Introduzca la contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="129"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="200"/>
        <source>Enter the new password.</source>
        <translation>Introduzca la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="168"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation>%1 — guárdelo separado del proyecto, y una copia en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="174"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>New key file</source>
        <translation>Nuevo archivo de clave</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="182"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="186"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="214"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 ya existe; un archivo de clave nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the current password.</source>
        <translation>Introduzca la contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="206"/>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PlainExportWarning</name>
    <message>
        <location filename="../../ui/privacy/plainexportwarning.cpp" line="15"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation>Este proyecto está cifrado, pero %1 no lo estará: cualquiera que pueda leer ese archivo podrá leer su contenido. ¿Exportar de todos modos?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PortraitPanel</name>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="23"/>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="24"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="32"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="84"/>
        <source>%n document(s), each to the scale of the longest; click a segment to open it.</source>
        <translation>
            <numerusform>%n documento, a la escala del más largo; haga clic en un segmento para abrirlo.</numerusform>
            <numerusform>%n documentos, cada uno a la escala del más largo; haga clic en un segmento para abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="91"/>
        <source>Open a document to see its portrait.</source>
        <translation>Abra un documento para ver su retrato.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="95"/>
        <source>%n coded segment(s) in %1; click one to open it in the document.</source>
        <translation>
            <numerusform>%n segmento codificado en %1; haga clic en él para abrirlo en el documento.</numerusform>
            <numerusform>%n segmentos codificados en %1; haga clic en uno para abrirlo en el documento.</numerusform>
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
        <translation>Seudonimizar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation>Cada nombre se reemplaza por su seudónimo como palabra completa (distinguiendo mayúsculas y minúsculas, primero los nombres más largos) en el texto, los hablantes, los casos, los valores de atributo y los memos de cada documento; las citas se mueven con el texto, de modo que las codificaciones y las matrices quedan como están.&lt;br&gt;&lt;b&gt;Esto no se puede deshacer.&lt;/b&gt; El historial del proyecto se borra y los nombres reales no se guardan en ninguna parte del proyecto: solo en el archivo de clave, si elige uno. Guárdelo separado del proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation>Nombre real</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation>Propuesto como</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation>&amp;Añadir nombre</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation>&amp;Quitar nombre</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation>&amp;Cargar archivo de nombres…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation>Dónde y en contexto</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation>Reemplazos</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation>Sin archivo de clave: la correspondencia con los nombres reales no se guarda en ninguna parte</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation>Archivo de clave:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Seudonimizar</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation>El seudónimo “%1” no tiene ningún nombre real al lado.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation>Escriba un seudónimo al lado de cada nombre que desea reemplazar.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation>Hablantes, casos, atributos, memos y otros nombres</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation>%1 reemplazos en el texto de %2 de %3 documentos, y %4 otros campos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation>
            <numerusform>¿Reemplazar %n nombre en todo el proyecto? Esto no se puede deshacer y no se escribirá ningún archivo de clave: los nombres reales no se guardarán en ninguna parte.</numerusform>
            <numerusform>¿Reemplazar %n nombres en todo el proyecto? Esto no se puede deshacer y no se escribirá ningún archivo de clave: los nombres reales no se guardarán en ninguna parte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation>
            <numerusform>¿Reemplazar %n nombre en todo el proyecto? Esto no se puede deshacer. La clave se guardará en %1; guárdela separada del proyecto.</numerusform>
            <numerusform>¿Reemplazar %n nombres en todo el proyecto? Esto no se puede deshacer. La clave se guardará en %1; guárdela separada del proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation>No se reemplazó nada: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Archivo de clave (guárdelo separado del proyecto)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation>Archivo de nombres (name,pseudonym)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PublishDialog</name>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="17"/>
        <source>&amp;Blind coding: coders see only their own coding until I release it</source>
        <translation>Codificación a &amp;ciegas: cada codificador/a ve solo su propia codificación hasta que yo la desactive</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="21"/>
        <source>Publish to team server</source>
        <translation>Publicar en el servidor del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="22"/>
        <source>Uploads this project to a PostgreSQL team server. You become its lead; this file becomes your copy, synced with the server. Add the coders afterwards in Team status.</source>
        <translation>Sube este proyecto a un servidor de equipo PostgreSQL. Usted pasa a ser su responsable; este archivo se convierte en su copia, sincronizada con el servidor. Añada después a los codificadores/as en Estado del equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="29"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Nombre del proyecto en el servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="37"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="70"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Indique la cadena de conexión del servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="72"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>No incluya la contraseña en la cadena de conexión (se guardaría en el proyecto); escríbala en el campo de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="75"/>
        <source>Name the project on the server.</source>
        <translation>Indique el nombre del proyecto en el servidor.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>Escriba para buscar un código, Enter para aplicarlo</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsModel</name>
    <message>
        <location filename="../../ui/relations/relationsmodel.cpp" line="78"/>
        <source>%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them</source>
        <translation>%1 × %2: %3 par(es) superpuesto(s), %4 cita(s) codificada(s) con ambos, Jaccard %5 — haga clic para leerlas</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="55"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="56"/>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="57"/>
        <source>Counts: pairs of overlapping quotes (the same quote included).
Jaccard: quotes coded with both ÷ quotes carrying either.</source>
        <translation>Recuentos: pares de citas superpuestas (incluida la misma cita).
Jaccard: citas codificadas con ambos ÷ citas que llevan cualquiera de los dos.</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="61"/>
        <source>Draw a link between two codes when they co-occur at least this often</source>
        <translation>Trazar un enlace entre dos códigos cuando coocurren al menos esta cantidad de veces</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="70"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="73"/>
        <source>Link codes co-occurring at least:</source>
        <translation>Enlazar códigos que coocurren al menos:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations/relationspanel.cpp" line="124"/>
        <source>%n code(s) with quotes; click a cell to read the quotes coded with both.</source>
        <translation>
            <numerusform>%n código con citas; haga clic en una celda para leer las citas codificadas con ambos.</numerusform>
            <numerusform>%n códigos con citas; haga clic en una celda para leer las citas codificadas con ambos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="156"/>
        <source>%1 &amp; %2 (coded with both)</source>
        <translation>%1 &amp; %2 (codificadas con ambos)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="62"/>
        <source>Evaluation report</source>
        <translation>Informe de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="65"/>
        <source>Title page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="68"/>
        <source>Evaluation report: %1</source>
        <translation>Informe de evaluación: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="77"/>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtítulo:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="79"/>
        <source>Aut&amp;hor:</source>
        <translation>Auto&amp;r/a:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="82"/>
        <source>Cases counted</source>
        <translation>Casos contabilizados</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="85"/>
        <source>The case attribute that says who a case is</source>
        <translation>El atributo de caso que indica quién es cada caso</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="88"/>
        <source>Roles separated by commas</source>
        <translation>Roles separados por comas</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="89"/>
        <source>Cases with one of these roles are not counted (interviewers and facilitators are not cases of the evaluation); their quotes are still shown.</source>
        <translation>Los casos con alguno de estos roles no se cuentan (entrevistadores/as y facilitadores/as no son casos de la evaluación); sus citas se siguen mostrando.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="95"/>
        <source>&amp;Role attribute:</source>
        <translation>&amp;Atributo de rol:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="96"/>
        <source>&amp;Leave out roles:</source>
        <translation>E&amp;xcluir roles:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="102"/>
        <source>Matrices (rows × columns, what is counted, shares)</source>
        <translation>Matrices (filas × columnas, qué se cuenta, porcentajes)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="106"/>
        <source>&amp;Add matrix</source>
        <translation>Añadir &amp;matriz</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="112"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="113"/>
        <source>Representative quotes shown for each cell of a matrix</source>
        <translation>Citas representativas que se muestran en cada celda de una matriz</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="114"/>
        <source>&amp;Quotes per cell:</source>
        <translation>&amp;Citas por celda:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="129"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="152"/>
        <source>Word document (DOCX)</source>
        <translation>Documento de Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="154"/>
        <source>OpenDocument text (ODT)</source>
        <translation>Texto OpenDocument (ODT)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="156"/>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="158"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="165"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="167"/>
        <source>Re&amp;dact names and identifying attributes</source>
        <translation>Ocultar &amp;nombres y atributos identificativos</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="169"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the report says &quot;Redacted export&quot; on every page.</source>
        <translation>Hablantes y casos se designan por su rol (Interviewer 1, Participant 2), sus nombres se reemplazan dentro de las citas, los atributos marcados como identificativos se omiten y el informe indica «Redacted export» en cada página.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="172"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="174"/>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="189"/>
        <source>&amp;Write report</source>
        <translation>&amp;Generar informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="211"/>
        <source>%1 report</source>
        <translation>Informe %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="361"/>
        <source>(every case counts)</source>
        <translation>(se cuentan todos los casos)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="382"/>
        <source>No case has this attribute.</source>
        <translation>Ningún caso tiene este atributo.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="383"/>
        <source>Values: %1</source>
        <translation>Valores: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="415"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="416"/>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="426"/>
        <source>Choose the file the report is written to.</source>
        <translation>Elija el archivo en el que se escribirá el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="428"/>
        <source>Choose the rows and columns of the first matrix.</source>
        <translation>Elija las filas y columnas de la primera matriz.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="431"/>
        <source>Choose the rows and columns of matrix %1, or remove it.</source>
        <translation>Elija las filas y columnas de la matriz %1, o quítela.</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="15"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="16"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="17"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="18"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="19"/>
        <source>Representative quotes</source>
        <translation>Citas representativas</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="20"/>
        <source>Positional profiles</source>
        <translation>Perfiles posicionales</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="21"/>
        <source>Collaboration network</source>
        <translation>Red de colaboración</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="22"/>
        <source>Inter-coder agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="23"/>
        <source>Framework matrix</source>
        <translation>Matriz de marco</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="24"/>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="25"/>
        <source>Appendix (profile tables)</source>
        <translation>Apéndice (tablas de perfiles)</translation>
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
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>In context</source>
        <translation>En contexto</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="66"/>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="67"/>
        <source>Coders</source>
        <translation>Codificadores/as</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="45"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="136"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="47"/>
        <source>Any checked code (OR)</source>
        <translation>Cualquier código marcado (O)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="48"/>
        <source>All checked codes (AND)</source>
        <translation>Todos los códigos marcados (Y)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="49"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="50"/>
        <source>Check the codes whose quotes to list</source>
        <translation>Marque los códigos cuyas citas desea listar</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="52"/>
        <source>Export the listed quotes with their attribution, codes, memos and attributes (XLSX, DOCX, HTML or CSV)</source>
        <translation>Exportar las citas de la lista con su procedencia, códigos, memos y atributos (XLSX, DOCX, HTML o CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="65"/>
        <source>Coder:</source>
        <translation>Codificador/a:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="67"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="69"/>
        <source>Attribute:</source>
        <translation>Atributo:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="129"/>
        <source>New memo on this quote…</source>
        <translation>Nuevo memo sobre esta cita…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="134"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="207"/>
        <source>All coders</source>
        <translation>Todas las personas codificadoras</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="208"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>no code checked</source>
        <translation>ningún código marcado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>%n código marcado</numerusform>
            <numerusform>%n códigos marcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="293"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n cita: %1</numerusform>
            <numerusform>%n citas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="337"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="347"/>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="354"/>
        <source>Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.</source>
        <translation>Las citas se exportan como .xlsx, .docx, .html o .csv, no como “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="360"/>
        <source>Quotes — %1</source>
        <translation>Citas — %1</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="387"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Documento de Word (*.docx);;Página web (*.html *.htm);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="389"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="395"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="399"/>
        <source>Export quotes</source>
        <translation>Exportar citas</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="400"/>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="22"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Code checked hits</source>
        <translation>Codificar las coincidencias marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="27"/>
        <source>Check all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Palabras, &quot;frases&quot;, prefijo*, AND, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>the hit</source>
        <translation>la coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="33"/>
        <source>its sentence</source>
        <translation>su oración</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>its paragraph</source>
        <translation>su párrafo</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Hit</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>Code</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="50"/>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>%n coincidencia hasta ahora …</numerusform>
            <numerusform>%n coincidencias hasta ahora …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="162"/>
        <source>Check the hits to code.</source>
        <translation>Marque las coincidencias que desea codificar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="171"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n codificación nueva con %1</numerusform>
            <numerusform>%n codificaciones nuevas con %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation>Iniciar sesión en &amp;vivo…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation>&amp;Terminar sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation>&amp;Reanudar sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation>&amp;Exportar transcripción de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation>&amp;Alinear sesión con la grabación</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation>(no hay sesiones en vivo en este proyecto)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation>(no hay ninguna ventana de captura abierta)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation>Terminar sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation>La sesión “%1” terminó en %2. Sesión → Reanudar sesión en vivo la continúa.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation>Esa sesión no tiene ninguna ventana de captura abierta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>Se reanudó %n sesión en vivo que se había interrumpido; no se perdió nada de lo confirmado.</numerusform>
            <numerusform>Se reanudaron %n sesiones en vivo que se habían interrumpido; no se perdió nada de lo confirmado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation>No se puede exportar %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation>Exportar transcripción de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation>Alinear con la grabación</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>Se alinearon %1 de %2 intervenciones con las marcas de tiempo de la grabación; la sesión se desplazó %3 s (Edición → Deshacer lo revierte).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation>Transcripción de la grabación</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>Subtítulos con tiempos (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>Subtítulos SubRip (*.srt);;WebVTT (*.vtt);;Texto sin formato (*.txt);;CSV de intervenciones (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="22"/>
        <location filename="../../ui/settings/settingsdialog.cpp" line="31"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="23"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Snap selections to whole words</source>
        <translation>Ajustar las selecciones a palabras completas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Your name, recorded on every coding</source>
        <translation>Su nombre, registrado en cada codificación</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>The new language applies when Crosscut is started again.</source>
        <translation>El nuevo idioma se aplica cuando Crosscut se vuelva a iniciar.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Document font size:</source>
        <translation>Tamaño de letra del documento:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Coder:</source>
        <translation>Codificador/a:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation>Atajo para “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation>Pulse las teclas que aplicarán este código (Backspace borra, Enter conserva, Esc cancela):</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation>%1 por sí sola se escribiría como texto o la capturaría la vista del documento (1–9 aplican códigos recientes): añada Ctrl o Alt, o use una tecla de función.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation>%1 es el atajo de “%2”; elija otro.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation>%1 aplica ahora “%2”; en su lugar aplicará este código.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
        <translation>Pulse una combinación de teclas</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Codifique transcripciones según dimensiones interseccionales y luego lea la matriz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation>Nuevo proyecto desde la plantilla interseccional…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation>Nuevo proyecto vacío…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation>Abrir un proyecto…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation>Proyectos recientes:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StopWordsDialog</name>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="19"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="21"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="23"/>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="25"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="27"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="29"/>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="37"/>
        <source>Stop words</source>
        <translation>Palabras vacías</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="41"/>
        <source>Shipped lists</source>
        <translation>Listas incluidas</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="56"/>
        <source>One word a line, e.g. interviewer</source>
        <translation>Una palabra por línea, p. ej., entrevistador</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="57"/>
        <source>Shipped stop words to count after all, e.g. we</source>
        <translation>Palabras vacías incluidas que se contarán de todos modos, p. ej., nosotros</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="63"/>
        <source>Also leave out:</source>
        <translation>Excluir también:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="64"/>
        <source>Count after all:</source>
        <translation>Contar de todos modos:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="70"/>
        <source>Stop words are left out of word counts, and phrases neither begin nor end on one. Without a choice, the languages of the documents apply (a document attribute &quot;Language&quot;), else English.</source>
        <translation>Las palabras vacías se excluyen del recuento de palabras, y las frases no empiezan ni terminan con una de ellas. Si no se elige nada, se aplican los idiomas de los documentos (un atributo de documento “Language”) o, si no, el inglés.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation>Quitar la codificación “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation>Quitar las codificaciones de %1 de esta cita</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation>%1 (codificado por %2)</translation>
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
        <translation>Importar enc&amp;uesta…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="26"/>
        <source>Respondents as cases, closed answers as case attributes, open answers as documents to code (CSV or XLSX)</source>
        <translation>Personas encuestadas como casos, respuestas cerradas como atributos de caso, respuestas abiertas como documentos para codificar (CSV o XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="38"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyactions.cpp" line="63"/>
        <source>Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code</source>
        <translation>
            <numerusform>Se importó %n persona encuestada: %1 atributo(s) de caso, %2 respuesta(s) para codificar</numerusform>
            <numerusform>Se importaron %n personas encuestadas: %1 atributo(s) de caso, %2 respuesta(s) para codificar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="74"/>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="75"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>Encuestas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridModel</name>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="70"/>
        <source>Respondent</source>
        <translation>Persona encuestada</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="76"/>
        <source>Open answers: double-click one to code it in the document</source>
        <translation>Respuestas abiertas: haga doble clic en una para codificarla en el documento</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="77"/>
        <source>Case attribute (%1)</source>
        <translation>Atributo de caso (%1)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridPanel</name>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="30"/>
        <source>Filter respondents and answers…</source>
        <translation>Filtrar personas encuestadas y respuestas…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="41"/>
        <source>Double-click an open answer to code it</source>
        <translation>Haga doble clic en una respuesta abierta para codificarla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="71"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n persona encuestada</numerusform>
            <numerusform>%n personas encuestadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="72"/>
        <source>%1 of %n respondent(s)</source>
        <translation>
            <numerusform>%1 de %n persona encuestada</numerusform>
            <numerusform>%1 de %n personas encuestadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyImportDialog</name>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="31"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="34"/>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="42"/>
        <source>e.g. baseline (optional)</source>
        <translation>p. ej., línea de base (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="43"/>
        <source>With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one survey live side by side in the project</source>
        <translation>Con una oleada, los atributos y documentos se llaman “Q3 [línea de base]”, de modo que dos oleadas de una misma encuesta convivan en el proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="52"/>
        <source>Choose what each column is: the respondents’ &lt;b&gt;identifier&lt;/b&gt; (one case per respondent), a &lt;b&gt;closed answer&lt;/b&gt; (a case attribute of the type shown), an &lt;b&gt;open answer&lt;/b&gt; (one document per question, each answer a turn of its respondent, to code), or &lt;b&gt;skip&lt;/b&gt; it.</source>
        <translation>Elija qué es cada columna: el &lt;b&gt;identificador&lt;/b&gt; de las personas encuestadas (un caso por persona encuestada), una &lt;b&gt;respuesta cerrada&lt;/b&gt; (un atributo de caso del tipo indicado), una &lt;b&gt;respuesta abierta&lt;/b&gt; (un documento por pregunta, en el que cada respuesta es una intervención de su persona encuestada, para codificar), u &lt;b&gt;omítala&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="59"/>
        <source>Wave:</source>
        <translation>Oleada:</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="87"/>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %n respondent(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n persona encuestada</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n personas encuestadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="93"/>
        <source>, sheet %1</source>
        <translation>, hoja %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Use as</source>
        <translation>Usar como</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="106"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="107"/>
        <source>Closed answer → case attribute</source>
        <translation>Respuesta cerrada → atributo de caso</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="108"/>
        <source>Open answer → text</source>
        <translation>Respuesta abierta → texto</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="109"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="115"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="116"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="117"/>
        <source>%1 (detected)</source>
        <translation>%1 (tipo detectado)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="176"/>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation>&amp;Fusionar proyecto…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation>Fusiona copias para codificador/a u otros proyectos en este, como un solo paso que se puede deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation>&amp;Entregar una copia para codificador/a…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation>Escribe una copia de este proyecto para un codificador/a, para fusionarla más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation>No se fusionó nada: no hay contraseña para %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation>Fusionado: nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation>
            <numerusform>Se fusionó %n proyecto.</numerusform>
            <numerusform>Se fusionaron %n proyectos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation>Se rechazó la fusión: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation>Este archivo de clave no abre %1. Pruebe con otro.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation>No se escribió ninguna copia: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation>
            <numerusform>Se escribió la copia para %1 en %2: %n documento</numerusform>
            <numerusform>Se escribió la copia para %1 en %2: %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation> (a ciegas)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation>, cifrada</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
        <translation>Entregar una copia para codificador/a</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamIndicator</name>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="27"/>
        <source>Team: offline — %1</source>
        <translation>Equipo: sin conexión — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="29"/>
        <source>Team: %n change(s) to send</source>
        <translation>
            <numerusform>Equipo: %n cambio por enviar</numerusform>
            <numerusform>Equipo: %n cambios por enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="31"/>
        <source>Team: synced %1</source>
        <translation>Equipo: sincronizado a las %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="33"/>
        <source>Team: not synced yet</source>
        <translation>Equipo: aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="35"/>
        <source> (syncing…)</source>
        <translation> (sincronizando…)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Team server: %1</source>
        <translation>Servidor del equipo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Your role: %1</source>
        <translation>Su rol: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="45"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="46"/>
        <source>Not synced since the project was opened</source>
        <translation>Sin sincronizar desde que se abrió el proyecto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="47"/>
        <source>%n change(s) of yours not yet on the server</source>
        <translation>
            <numerusform>%n cambio suyo aún no está en el servidor</numerusform>
            <numerusform>%n cambios suyos aún no están en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="49"/>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="50"/>
        <source>You can keep coding: your changes are sent at the next sync.</source>
        <translation>Puede seguir codificando: sus cambios se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="51"/>
        <source>Syncs every minute and when a teammate sends changes. Click to sync now.</source>
        <translation>Se sincroniza cada minuto y cuando un/a compañero/a envía cambios. Haga clic para sincronizar ahora.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamStatusDialog</name>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="27"/>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="29"/>
        <source>coder</source>
        <translation>codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="31"/>
        <source>reader</source>
        <translation>lector/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="40"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Remove the selected member</source>
        <translation>&amp;Quitar al miembro seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="43"/>
        <source>Release &amp;blind coding</source>
        <translation>&amp;Desactivar la codificación a ciegas</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="46"/>
        <source>Team status</source>
        <translation>Estado del equipo</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="59"/>
        <source>PostgreSQL user</source>
        <translation>Usuario de PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Coder name</source>
        <translation>Nombre de codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="61"/>
        <source>coder name</source>
        <translation>nombre de codificador/a</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="68"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="163"/>
        <source>Every coder may then read every coder&apos;s coding, for agreement and adjudication</source>
        <translation>Así cada codificador/a podrá leer la codificación de todos los demás, para calcular el acuerdo y resolver desacuerdos</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="89"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="101"/>
        <source>Let every coder read every coder&apos;s coding from now on? This cannot be taken back.</source>
        <translation>¿Permitir desde ahora que cada codificador/a lea la codificación de todos los demás? Esto no se puede revertir.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="125"/>
        <source>This project is not linked to a team server.</source>
        <translation>Este proyecto no está vinculado a un servidor de equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="131"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>asking the server…</source>
        <translation>consultando al servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="161"/>
        <source>This project is not blind</source>
        <translation>Este proyecto no usa codificación a ciegas</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="162"/>
        <source>Blind coding is released already</source>
        <translation>La codificación a ciegas ya está desactivada</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="191"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="192"/>
        <source>Project on the server:</source>
        <translation>Proyecto en el servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>You code as:</source>
        <translation>Usted codifica como:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>%1 (PostgreSQL user %2)</source>
        <translation>%1 (usuario de PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="194"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>Blind coding:</source>
        <translation>Codificación a ciegas:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>released by the lead</source>
        <translation>desactivada por la persona responsable</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>on: coders see only their own coding</source>
        <translation>activada: cada codificador/a ve solo su propia codificación</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="197"/>
        <source>Changes to send:</source>
        <translation>Cambios por enviar:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>Behind the server:</source>
        <translation>Retraso respecto al servidor:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operación</numerusform>
            <numerusform>%n operaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>offline — %1</source>
        <translation>sin conexión — %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="202"/>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="203"/>
        <source>not since the project was opened</source>
        <translation>ninguna desde que se abrió el proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="229"/>
        <source>Give the member&apos;s PostgreSQL user (the server&apos;s administrator creates it).</source>
        <translation>Indique el usuario de PostgreSQL del miembro (lo crea la administración del servidor).</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="235"/>
        <source>%1 was not added: %2</source>
        <translation>No se pudo añadir a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="246"/>
        <source>%1 was not removed: %2</source>
        <translation>No se pudo quitar a %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="255"/>
        <source>Blind coding was not released: %1</source>
        <translation>No se pudo desactivar la codificación a ciegas: %1</translation>
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
        <translation>&amp;Editar intervención…</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation>&amp;Fusionar con la siguiente intervención</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation>&amp;Dividir la intervención aquí</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation>Lo que se dijo:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordBarView</name>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="29"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="30"/>
        <source>count</source>
        <translation>recuento</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordsPanel</name>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="56"/>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="57"/>
        <source>Emoji</source>
        <translation>Emojis</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="59"/>
        <source>Edit stop words…</source>
        <translation>Editar palabras vacías…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="60"/>
        <source>Save image…</source>
        <translation>Guardar imagen…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="72"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="73"/>
        <source>2-word phrases</source>
        <translation>Frases de 2 palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="74"/>
        <source>3-word phrases</source>
        <translation>Frases de 3 palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="77"/>
        <source>min. length </source>
        <translation>long. mín. </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="81"/>
        <source>top </source>
        <translation>primeras </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="83"/>
        <source>A focus group&apos;s 👍 is data: emoji count as words</source>
        <translation>El 👍 de un grupo focal es un dato: los emojis cuentan como palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="94"/>
        <source>Word cloud</source>
        <translation>Nube de palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="95"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="156"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="159"/>
        <source>Set: %1</source>
        <translation>Conjunto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="165"/>
        <source>Quotes of %1</source>
        <translation>Citas de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="175"/>
        <source>No columns</source>
        <translation>Sin columnas</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="176"/>
        <source>Per document</source>
        <translation>Por documento</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="178"/>
        <source>Per case %1</source>
        <translation>Por caso %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="180"/>
        <source>Per document %1</source>
        <translation>Por documento %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="194"/>
        <source>Stop words: none of the shipped lists</source>
        <translation>Palabras vacías: ninguna de las listas incluidas</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="195"/>
        <source>Stop words: %1</source>
        <translation>Palabras vacías: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="197"/>
        <source> (the documents&apos; languages)</source>
        <translation> (idiomas de los documentos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>; %n added</source>
        <translation>
            <numerusform>; %n añadida</numerusform>
            <numerusform>; %n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>, %n counted after all</source>
        <translation>
            <numerusform>, %n contada de todos modos</numerusform>
            <numerusform>, %n contadas de todos modos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="242"/>
        <source>— %n document(s), %1 words in scope; %2 shown.</source>
        <translation>
            <numerusform>— %n documento, %1 palabras en el ámbito; se muestran %2.</numerusform>
            <numerusform>— %n documentos, %1 palabras en el ámbito; se muestran %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent words</source>
        <translation>Palabras más frecuentes</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent phrases</source>
        <translation>Frases más frecuentes</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Phrase</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save word cloud</source>
        <translation>Guardar nube de palabras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save bar chart</source>
        <translation>Guardar gráfico de barras</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-cloud.png</source>
        <translation>nube-de-palabras.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-chart.png</source>
        <translation>grafico-palabras.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="329"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="333"/>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::agreement</name>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="36"/>
        <source>Below 0.67: too low to draw conclusions from</source>
        <translation>Menos de 0,67: demasiado bajo para sacar conclusiones</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="38"/>
        <source>0.67 to 0.8: tentative conclusions only</source>
        <translation>De 0,67 a 0,8: solo conclusiones provisionales</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="39"/>
        <source>0.8 or above: reliable</source>
        <translation>0,8 o más: fiable</translation>
    </message>
</context>
</TS>
