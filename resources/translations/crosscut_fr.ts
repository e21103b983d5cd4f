<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgreementExport</name>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="29"/>
        <location filename="../../ui/agreement/agreementexport.cpp" line="47"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="31"/>
        <source>Code points coded</source>
        <translation>Points de code codés</translation>
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
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="35"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="49"/>
        <source>Percent agreement as a share (0–1), Cohen&apos;s kappa, Krippendorff&apos;s unitized alpha; — where undefined</source>
        <translation>Pourcentage d&apos;accord en proportion (0–1), kappa de Cohen, alpha unitisé de Krippendorff&#xa0;; — là où non défini</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="52"/>
        <source>Percent agreement</source>
        <translation>Pourcentage d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="53"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="54"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="67"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="69"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values; — where undefined</source>
        <translation>cu-alpha de Krippendorff sur les valeurs de la dimension&#xa0;; — là où non défini</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="71"/>
        <source>cu-alpha</source>
        <translation>cu-alpha</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="114"/>
        <source>Inter-coder agreement: %1</source>
        <translation>Accord inter-codeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="115"/>
        <source>Counted in code points; each document is its own continuum.</source>
        <translation>Compté en points de code&#xa0;; chaque document est son propre continuum.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="117"/>
        <source>Coders: %1</source>
        <translation>Codeur·se·s&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementexport.cpp" line="118"/>
        <source>Documents counted: %n</source>
        <translation>
            <numerusform>Documents comptés&#xa0;: %n</numerusform>
            <numerusform>Documents comptés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="121"/>
        <source>Mean agreement</source>
        <translation>Accord moyen</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="122"/>
        <source>Mean dimensions</source>
        <translation>Moyenne des dimensions</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="124"/>
        <source> (code points)</source>
        <translation> (points de code)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="125"/>
        <source> (dimensions)</source>
        <translation> (dimensions)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="141"/>
        <source>Disagreements on %1: %2 and %3</source>
        <translation>Désaccords sur %1&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="144"/>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="145"/>
        <source>Stretch</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="148"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="149"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="150"/>
        <source>A coded</source>
        <translation>Codé par A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementexport.cpp" line="151"/>
        <source>B coded</source>
        <translation>Codé par B</translation>
    </message>
</context>
<context>
    <name>Pseudonymise</name>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="77"/>
        <source>speaker</source>
        <translation>locuteur·rice</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="79"/>
        <source>live roster name</source>
        <translation>nom dans la liste des participant·e·s en direct</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="81"/>
        <source>case name</source>
        <translation>nom du cas</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="83"/>
        <source>case description</source>
        <translation>description du cas</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="85"/>
        <source>document name</source>
        <translation>nom du document</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="87"/>
        <source>document source file</source>
        <translation>fichier source du document</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="89"/>
        <source>attribute name</source>
        <translation>nom de l&apos;attribut</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="91"/>
        <source>document attribute value</source>
        <translation>valeur d&apos;attribut de document</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="93"/>
        <source>case attribute value</source>
        <translation>valeur d&apos;attribut de cas</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="95"/>
        <source>memo title</source>
        <translation>titre du mémo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="97"/>
        <source>memo text</source>
        <translation>texte du mémo</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="99"/>
        <source>framework summary</source>
        <translation>résumé de matrice de cadre</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="101"/>
        <source>code name</source>
        <translation>nom du code</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="103"/>
        <source>code description</source>
        <translation>description du code</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="105"/>
        <source>set name</source>
        <translation>nom de l&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="107"/>
        <source>set description</source>
        <translation>description de l&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="109"/>
        <source>coder name</source>
        <translation>nom du·de la codeur·se</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="111"/>
        <source>project property</source>
        <translation>propriété du projet</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="113"/>
        <source>live session title</source>
        <translation>titre de la session en direct</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="115"/>
        <source>live session place</source>
        <translation>lieu de la session en direct</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="117"/>
        <source>live session facilitator</source>
        <translation>animateur·rice de la session en direct</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="119"/>
        <source>flag note</source>
        <translation>note du marqueur</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="122"/>
        <source>draft speaker</source>
        <translation>locuteur·rice du brouillon</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="124"/>
        <source>draft text</source>
        <translation>texte du brouillon</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="744"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="765"/>
        <source>Live session</source>
        <translation>Session en direct</translation>
    </message>
    <message>
        <location filename="../../core/privacy/pseudonymise.cpp" line="262"/>
        <source>Pseudonymise</source>
        <translation>Pseudonymiser</translation>
    </message>
</context>
<context>
    <name>RedactSaveDialog</name>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="18"/>
        <source>Redact names and identifying attributes</source>
        <translation>Caviarder les noms et les attributs identifiants</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redactsavedialog.cpp" line="20"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the file says &quot;Redacted export&quot; at its top.</source>
        <translation>Les locuteur·rice·s et les cas sont désignés par leur rôle (Interviewer 1, Participant 2), leurs noms sont remplacés dans les citations, les attributs marqués comme identifiants sont omis, et le fichier porte la mention «&#xa0;Redacted export&#xa0;» en tête.</translation>
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
        <translation type="vanished">Cas</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="vanished">Citations</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="vanished">Positions</translation>
    </message>
    <message>
        <source>Hat shifts</source>
        <translation type="vanished">Changements de casquette</translation>
    </message>
    <message>
        <source>Bipolar dimensions by group</source>
        <translation type="vanished">Dimensions bipolaires par groupe</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="vanished">Dimension</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="vanished">Groupe</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="vanished">Cas</translation>
    </message>
    <message>
        <source>Positioned quotes</source>
        <translation type="vanished">Citations positionnées</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="vanished">Moyenne</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="vanished">Dispersion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Description</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation type="vanished">Codages</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation type="vanished">Codeur·se·s</translation>
    </message>
    <message>
        <source>Double-coded documents</source>
        <translation type="vanished">Documents à double codage</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation type="vanished">Codes utilisés</translation>
    </message>
    <message>
        <source>Mean percent</source>
        <translation type="vanished">Pourcentage moyen</translation>
    </message>
    <message>
        <source>Mean kappa</source>
        <translation type="vanished">Kappa moyen</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="vanished">Alpha moyen</translation>
    </message>
    <message>
        <source>Per code</source>
        <translation type="vanished">Par code</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="vanished">Pourcentage</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation type="vanished">Kappa</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="vanished">Alpha</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation type="vanished">Par dimension</translation>
    </message>
    <message>
        <source>cu-alpha</source>
        <translation type="vanished">cu-alpha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="vanished">Remarque</translation>
    </message>
    <message>
        <source>The network per wave</source>
        <translation type="vanished">Le réseau par vague</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="vanished">Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="vanished">Documents</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="vanished">Matrice</translation>
    </message>
    <message>
        <source>Conceptual-model matrix</source>
        <translation type="vanished">Matrice du modèle conceptuel</translation>
    </message>
    <message>
        <source>Heat map (row %)</source>
        <translation type="vanished">Carte de chaleur (% par ligne)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="vanished">Graphiques</translation>
    </message>
    <message>
        <source>Representative quotes</source>
        <translation type="vanished">Citations représentatives</translation>
    </message>
    <message>
        <source>Positional profiles</source>
        <translation type="vanished">Profils positionnels</translation>
    </message>
    <message>
        <source>Collaboration network</source>
        <translation type="vanished">Réseau de collaboration</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation type="vanished">Accord inter-codeurs</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation type="vanished">Matrice de cadre</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="vanished">Livre de codes</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementActions</name>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="19"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accord…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="21"/>
        <source>Inter-coder agreement per code, the coders&apos; disagreements and their adjudication</source>
        <translation>Accord inter-codeurs par code, désaccords des codeur·se·s et leur arbitrage</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementactions.cpp" line="31"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AgreementView</name>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="50"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="63"/>
        <source>Check two or more coders to compare</source>
        <translation>Cochez au moins deux codeur·se·s à comparer</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="67"/>
        <source>The documents counted; none checked: all</source>
        <translation>Les documents comptés&#xa0;; aucun coché&#xa0;: tous</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="94"/>
        <source>Coders:</source>
        <translation>Codeur·se·s&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="97"/>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="100"/>
        <source>Pair:</source>
        <translation>Paire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="109"/>
        <source>Dimensions (cu-alpha over their values)</source>
        <translation>Dimensions (cu-alpha sur leurs valeurs)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="211"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="212"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="286"/>
        <source>Check two or more coders to compare their codings.</source>
        <translation>Cochez au moins deux codeur·se·s pour comparer leurs codages.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="308"/>
        <source>Mean over the pairs</source>
        <translation>Moyenne sur les paires</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="392"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Choisissez un code dans le tableau d&apos;accord pour lister ses désaccords.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="397"/>
        <source>Choose a pair of coders to list their disagreements.</source>
        <translation>Choisissez une paire de codeur·se·s pour lister leurs désaccords.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="421"/>
        <source>%1 — %n document(s), counted in code points.</source>
        <translation>
            <numerusform>%1 — %n document, compté en points de code.</numerusform>
            <numerusform>%1 — %n documents, comptés en points de code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/agreementview.cpp" line="424"/>
        <source>%n measure(s) undefined (—): hover one for why.</source>
        <translation>
            <numerusform>%n mesure non définie (—)&#xa0;: survolez-la pour savoir pourquoi.</numerusform>
            <numerusform>%n mesures non définies (—)&#xa0;: survolez-en une pour savoir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="429"/>
        <location filename="../../ui/agreement/agreementview.cpp" line="434"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="448"/>
        <source>Nothing to export.</source>
        <translation>Rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="454"/>
        <source>Export agreement</source>
        <translation>Exporter l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementview.cpp" line="455"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeImport</name>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="28"/>
        <source>%1 is empty; expected a header document,attribute,value</source>
        <translation>%1 est vide&#xa0;; un en-tête document,attribute,value était attendu</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="38"/>
        <source>%1 line 1: the header must be document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>%1, ligne 1&#xa0;: l&apos;en-tête doit être document,attribute,value[,type] ou case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="59"/>
        <source>Import attributes from %1</source>
        <translation>Importer des attributs depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="63"/>
        <source>%1 line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="69"/>
        <source>no document named &quot;%1&quot;</source>
        <translation>aucun document nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="70"/>
        <source>no case named &quot;%1&quot;</source>
        <translation>aucun cas nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="72"/>
        <source>the attribute name is empty</source>
        <translation>le nom de l&apos;attribut est vide</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="77"/>
        <source>type &quot;%1&quot; is not one of text, number, date, category</source>
        <translation>le type «&#xa0;%1&#xa0;» ne fait pas partie de text, number, date, category</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributeimport.cpp" line="79"/>
        <source>attribute &quot;%1&quot; is of type %2</source>
        <translation>l&apos;attribut «&#xa0;%1&#xa0;» est de type %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AttributeTableModel</name>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="17"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="19"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="87"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="90"/>
        <source>Identifying: left out of redacted exports. Right-click to change.</source>
        <translation>Identifiant&#xa0;: omis des exports caviardés. Clic droit pour modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="91"/>
        <source>Right-click to mark it identifying (left out of redacted exports).</source>
        <translation>Clic droit pour le marquer comme identifiant (omis des exports caviardés).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="93"/>
        <source>🔒 %1 (%2, identifying)</source>
        <translation>🔒 %1 (%2, identifiant)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/attributetablemodel.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::AxisPicker</name>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="16"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="17"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="18"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="19"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="20"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/axispicker.cpp" line="21"/>
        <source>Code paths, separated by commas</source>
        <translation>Chemins des codes, séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::BoundaryDialog</name>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="25"/>
        <source>Edit boundaries</source>
        <translation>Modifier les limites</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="44"/>
        <source>Document: %1</source>
        <translation>Document&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="45"/>
        <source>Start (code point):</source>
        <translation>Début (point de code)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="46"/>
        <source>End (code point, not included):</source>
        <translation>Fin (point de code, non inclus)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/boundarydialog.cpp" line="80"/>
        <source>The start must come before the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CasesPanel</name>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="30"/>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="31"/>
        <source>Add case…</source>
        <translation>Ajouter un cas…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="32"/>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="34"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="35"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="36"/>
        <source>New attribute name</source>
        <translation>Nom du nouvel attribut</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="37"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="38"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="40"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="41"/>
        <source>CSV with a header document,attribute,value[,type] or case,attribute,value[,type]</source>
        <translation>CSV avec un en-tête document,attribute,value[,type] ou case,attribute,value[,type]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="95"/>
        <source>Identifying (left out of redacted exports)</source>
        <translation>Identifiant (omis des exports caviardés)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="112"/>
        <source>Import a document before adding attributes.</source>
        <translation>Importez un document avant d&apos;ajouter des attributs.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="113"/>
        <source>Add a case before adding attributes.</source>
        <translation>Ajoutez un cas avant d&apos;ajouter des attributs.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Add case</source>
        <translation>Ajouter un cas</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="129"/>
        <source>Case name:</source>
        <translation>Nom du cas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>Import attributes</source>
        <translation>Importer des attributs</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="143"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/casespanel.cpp" line="163"/>
        <source>Cases &amp; attributes</source>
        <translation>Cas et attributs</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ChartsPanel</name>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="38"/>
        <source>Code colours</source>
        <translation>Couleurs des codes</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="39"/>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="45"/>
        <source>Bar chart</source>
        <translation>Diagramme en barres</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="46"/>
        <source>Stacked bar chart</source>
        <translation>Diagramme en barres empilées</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="47"/>
        <source>Group averages</source>
        <translation>Moyennes par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="48"/>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="49"/>
        <source>Group averages: rows = a case attribute, columns = codes or a dimension</source>
        <translation>Moyennes par groupe&#xa0;: lignes = un attribut de cas, colonnes = des codes ou une dimension</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="56"/>
        <source>Chart:</source>
        <translation>Graphique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="67"/>
        <source>Off: a palette that colour-blind readers can tell apart. On: the codes&apos; own colours, where they are all distinct.</source>
        <translation>Désactivé&#xa0;: une palette que les personnes daltoniennes peuvent distinguer. Activé&#xa0;: les couleurs propres aux codes, lorsqu&apos;elles sont toutes distinctes.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="74"/>
        <source>Choose a matrix in the matrix panel to chart it.</source>
        <translation>Choisissez une matrice dans le panneau Matrice pour en faire un graphique.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="160"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="177"/>
        <source>Group averages need rows = a case attribute and columns = codes or a dimension.</source>
        <translation>Les moyennes par groupe nécessitent en lignes un attribut de cas et en colonnes des codes ou une dimension.</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="199"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="210"/>
        <source>Average quotes per case, by %1</source>
        <translation>Nombre moyen de citations par cas, selon %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="216"/>
        <source>mean per case</source>
        <translation>moyenne par cas</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="242"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="266"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="264"/>
        <source>Cannot encode the image for %1</source>
        <translation>Impossible d&apos;encoder l&apos;image pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <location filename="../../ui/charts/chartspanel.cpp" line="277"/>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location filename="../../ui/charts/chartspanel.cpp" line="273"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CloneDialog</name>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="23"/>
        <source>&amp;Encrypt my copy with a password or key file</source>
        <translation>C&amp;hiffrer ma copie avec un mot de passe ou un fichier de clé</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="26"/>
        <location filename="../../ui/hub/clonedialog.cpp" line="87"/>
        <source>Clone from team server</source>
        <translation>Cloner depuis le serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="27"/>
        <source>Makes your own copy of a team project. You code in it offline; it syncs with the server every minute while the server can be reached.</source>
        <translation>Crée votre propre copie d&apos;un projet d&apos;équipe. Vous y codez hors ligne&#xa0;; elle se synchronise avec le serveur toutes les minutes tant que celui-ci est joignable.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="35"/>
        <source>The coder name your lead gave you on the server</source>
        <translation>Le nom de codeur·se que votre responsable vous a attribué sur le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="38"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Nom du projet sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="39"/>
        <source>&amp;Coder name:</source>
        <translation>Nom de &amp;codeur·se&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="44"/>
        <source>Save &amp;as:</source>
        <translation>Enregistrer s&amp;ous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="53"/>
        <source>C&amp;lone</source>
        <translation>C&amp;loner</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="81"/>
        <source>team-project</source>
        <translation>projet-équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="89"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Projets Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="126"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Indiquez la chaîne de connexion du serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="128"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Ne mettez pas le mot de passe dans la chaîne de connexion (il serait enregistré dans le projet)&#xa0;; saisissez-le dans le champ du mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="131"/>
        <source>Name the project on the server.</source>
        <translation>Indiquez le nom du projet sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="133"/>
        <source>Give the coder name your lead gave you.</source>
        <translation>Indiquez le nom de codeur·se que votre responsable vous a attribué.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="135"/>
        <source>Choose where to save your copy.</source>
        <translation>Choisissez où enregistrer votre copie.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="137"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/clonedialog.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="91"/>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="95"/>
        <source>%1 of %2 code points coded by both</source>
        <translation>%1 points de code sur %2 codés par les deux</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="97"/>
        <source>A dimension: its segments are those of all its values</source>
        <translation>Une dimension&#xa0;: ses segments sont ceux de toutes ses valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="113"/>
        <source>Code points (characters) coded</source>
        <translation>Points de code (caractères) codés</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="114"/>
        <source>Code points both coded or both left uncoded, of all code points</source>
        <translation>Points de code codés par les deux ou laissés non codés par les deux, sur l&apos;ensemble des points de code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="115"/>
        <source>Cohen&apos;s kappa per code point</source>
        <translation>Kappa de Cohen par point de code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="116"/>
        <source>Krippendorff&apos;s unitized alpha</source>
        <translation>Alpha unitisé de Krippendorff</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="123"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="124"/>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="125"/>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="126"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="127"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="128"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/codeagreementmodel.cpp" line="129"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodeNetworkView</name>
    <message>
        <location filename="../../ui/relations/codenetworkview.cpp" line="65"/>
        <source>No coded quotes yet.</source>
        <translation>Aucune citation codée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookModel</name>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="232"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="233"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookmodel.cpp" line="234"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="67"/>
        <source>New code…</source>
        <translation>Nouveau code…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="68"/>
        <source>New sub-code…</source>
        <translation>Nouveau sous-code…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="69"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="75"/>
        <source>Description…</source>
        <translation>Description…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="79"/>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="83"/>
        <source>New memo on this code…</source>
        <translation>Nouveau mémo sur ce code…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="87"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="91"/>
        <source>Keyboard shortcut…</source>
        <translation>Raccourci clavier…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="95"/>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="99"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New sub-code</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="174"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="201"/>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="202"/>
        <source>Delete “%1” with %n sub-code(s)?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son %n sous-code&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n sous-codes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/codebook/codebookpanel.cpp" line="203"/>
        <source>%n coding(s) will be removed, with the quotes left without a code. You can undo this.</source>
        <translation>
            <numerusform>%n codage sera supprimé et les citations resteront sans code. Vous pouvez annuler cette action.</numerusform>
            <numerusform>%n codages seront supprimés et les citations resteront sans code. Vous pouvez annuler cette action.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="276"/>
        <source>Description of “%1”</source>
        <translation>Description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="277"/>
        <source>What this code means, and when to apply it:</source>
        <translation>Ce que signifie ce code, et quand l&apos;appliquer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="225"/>
        <source>Merge code</source>
        <translation>Fusionner le code</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="226"/>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/codebookpanel.cpp" line="238"/>
        <source>Code colour</source>
        <translation>Couleur du code</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderDialog</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="19"/>
        <source>Who is coding?</source>
        <translation>Qui code&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="20"/>
        <source>Your name is recorded on every coding and memo you make, so that a team&apos;s codings can be told apart and compared. You can change it later in Edit → Settings or by clicking it in the status bar.</source>
        <translation>Votre nom est enregistré avec chaque codage et chaque mémo que vous créez, afin de distinguer et de comparer les codages des membres d&apos;une équipe. Vous pourrez le modifier plus tard dans Édition → Paramètres ou en cliquant dessus dans la barre d&apos;état.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="26"/>
        <source>Your name or initials</source>
        <translation>Votre nom ou vos initiales</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderLegend</name>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="22"/>
        <source>Comparing coders: %1</source>
        <translation>Comparaison des codeur·se·s&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/coders/coderlegend.cpp" line="39"/>
        <source>Comparing:</source>
        <translation>Comparaison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CoderStatus</name>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="62"/>
        <source>Codings are recorded under this name. Click to change it.</source>
        <translation>Les codages sont enregistrés sous ce nom. Cliquez pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/coderdialog.cpp" line="73"/>
        <source>Coder: %1</source>
        <translation>Codeur·se&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodersMenu</name>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>C&amp;oders</source>
        <translation>C&amp;odeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="11"/>
        <source>&amp;All coders</source>
        <translation>&amp;Tous les codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>Only &amp;mine</source>
        <translation>Seulement les &amp;miens</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="12"/>
        <source>&amp;One coder</source>
        <translation>&amp;Un·e codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="19"/>
        <source>&amp;Compare coders</source>
        <translation>&amp;Comparer les codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="23"/>
        <source>Shows every coder&apos;s codings</source>
        <translation>Affiche les codages de tous les codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="24"/>
        <source>Shows only the codings of the current coder</source>
        <translation>Affiche seulement les codages du·de la codeur·se actuel·le</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="25"/>
        <source>Shows every coder&apos;s codings side by side, in a colour per coder</source>
        <translation>Affiche les codages de tous les codeur·se·s côte à côte, avec une couleur par codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="89"/>
        <source>No coder has coded yet</source>
        <translation>Aucun·e codeur·se n&apos;a encore codé</translation>
    </message>
    <message>
        <location filename="../../ui/coders/codersmenu.cpp" line="100"/>
        <source>This is a blind copy for %1: only %1&apos;s codings are shown.</source>
        <translation>Ceci est une copie à l&apos;aveugle pour %1&#xa0;: seuls les codages de %1 sont affichés.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::CodingController</name>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="52"/>
        <source>Open a document and select the text to code.</source>
        <translation>Ouvrez un document et sélectionnez le texte à coder.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="54"/>
        <source>Select the text to code first.</source>
        <translation>Sélectionnez d&apos;abord le texte à coder.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="76"/>
        <source>That code is not a dimension value.</source>
        <translation>Ce code n&apos;est pas une valeur de dimension.</translation>
    </message>
    <message>
        <location filename="../../ui/coding/codingcontroller.cpp" line="101"/>
        <source>No recent code %1.</source>
        <translation>Aucun code récent %1.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConflictsDialog</name>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="26"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="46"/>
        <source>&amp;Restore the other version</source>
        <translation>&amp;Restaurer l&apos;autre version</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="49"/>
        <source>Team conflicts</source>
        <translation>Conflits d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="50"/>
        <source>Two members changed the same thing before either had synced. The later change on the server won; the other is kept here. Restoring it makes it the current version for everyone at your next sync.</source>
        <translation>Deux membres ont modifié la même chose avant que l&apos;un ou l&apos;autre n&apos;ait synchronisé. La modification la plus récente sur le serveur l&apos;a emporté&#xa0;; l&apos;autre est conservée ici. La restaurer en fait la version actuelle pour tout le monde lors de votre prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: by</source>
        <translation>Conservé&#xa0;: auteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Kept: value</source>
        <translation>Conservé&#xa0;: valeur</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: by</source>
        <translation>Mis de côté&#xa0;: auteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>Set aside: value</source>
        <translation>Mis de côté&#xa0;: valeur</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="57"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="94"/>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="100"/>
        <source>This project is not linked to a team server.</source>
        <translation>Ce projet n&apos;est lié à aucun serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="135"/>
        <source> (restored)</source>
        <translation> (restauré)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="140"/>
        <source>No conflicts: no two members changed the same thing at once.</source>
        <translation>Aucun conflit&#xa0;: aucun·e membre n&apos;a modifié la même chose qu&apos;un·e autre au même moment.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="153"/>
        <source>Select a conflict first</source>
        <translation>Sélectionnez d&apos;abord un conflit</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="154"/>
        <source>Makes the set-aside value the current one</source>
        <translation>Fait de la valeur mise de côté la valeur actuelle</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="155"/>
        <source>This version has been restored already</source>
        <translation>Cette version a déjà été restaurée</translation>
    </message>
    <message>
        <location filename="../../ui/hub/conflictsdialog.cpp" line="165"/>
        <source>Not restored: %1</source>
        <translation>Non restauré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ConnectionFields</name>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="14"/>
        <source>A PostgreSQL connection string: host=… port=… dbname=… user=…, or postgresql://…</source>
        <translation>Une chaîne de connexion PostgreSQL&#xa0;: host=… port=… dbname=… user=…, ou postgresql://…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="18"/>
        <source>empty: from ~/.pgpass</source>
        <translation>vide&#xa0;: depuis ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="19"/>
        <source>Used for this connection only; never saved. For the automatic sync, put it in ~/.pgpass.</source>
        <translation>Utilisé pour cette connexion uniquement&#xa0;; jamais enregistré. Pour la synchronisation automatique, placez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="20"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/connectionfields.cpp" line="21"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DimensionAgreementModel</name>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="51"/>
        <source>Undefined</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="62"/>
        <source>Krippendorff&apos;s cu-alpha over the dimension&apos;s values</source>
        <translation>cu-alpha de Krippendorff sur les valeurs de la dimension</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/dimensionagreementmodel.cpp" line="65"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
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
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="43"/>
        <source>A only</source>
        <translation>A seulement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="44"/>
        <source>B only</source>
        <translation>B seulement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="45"/>
        <source>Boundary</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="53"/>
        <source>Accepted A</source>
        <translation>A accepté</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="54"/>
        <source>Accepted B</source>
        <translation>B accepté</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="55"/>
        <source>Accepted both</source>
        <translation>Les deux acceptés</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="56"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="57"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="86"/>
        <source>Unsettled</source>
        <translation>Non tranché</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="98"/>
        <source>Code points %1 to %2 (%n code point(s))</source>
        <translation>
            <numerusform>Points de code %1 à %2 (%n point de code)</numerusform>
            <numerusform>Points de code %1 à %2 (%n points de code)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="100"/>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="101"/>
        <source>%1 coded %2</source>
        <translation>%1 a codé %2</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="104"/>
        <source>The consensus codes %1 (decided %2)</source>
        <translation>Le consensus code %1 (décidé le %2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="105"/>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="125"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="126"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="127"/>
        <source>Span</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="128"/>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="129"/>
        <source>B: %1</source>
        <translation>B&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementmodel.cpp" line="130"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DisagreementsPanel</name>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="27"/>
        <source>Accept &amp;A</source>
        <translation>Accepter &amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept &amp;B</source>
        <translation>Accepter &amp;B</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="28"/>
        <source>Accept b&amp;oth</source>
        <translation>Accepter les &amp;deux</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Edit boundaries…</source>
        <translation>&amp;Modifier les limites…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="29"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Adopt a&amp;greed codings</source>
        <translation>Adopter les codages &amp;concordants</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="31"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="71"/>
        <source>The consensus codes the whole stretch</source>
        <translation>Le consensus code tout le segment</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="72"/>
        <source>The consensus codes nothing of the stretch: it is settled as not this code</source>
        <translation>Le consensus ne code rien du segment&#xa0;: il est tranché comme n&apos;étant pas ce code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="73"/>
        <source>The consensus codes a span you give, in code points</source>
        <translation>Le consensus code une étendue que vous indiquez, en points de code</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="74"/>
        <source>Codes every stretch both coders coded alike for the consensus coder</source>
        <translation>Code pour le·la codeur·se de consensus chaque segment que les deux codeur·se·s ont codé de la même façon</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="75"/>
        <source>The coder the decisions are written to; pick it as a coder above to compare with it</source>
        <translation>Le·la codeur·se à qui les décisions sont attribuées&#xa0;; cochez-le·la ci-dessus pour comparer avec lui·elle</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="91"/>
        <source>Consensus coder:</source>
        <translation>Codeur·se de consensus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="119"/>
        <source>Choose a code in the agreement table to list its disagreements.</source>
        <translation>Choisissez un code dans le tableau d&apos;accord pour lister ses désaccords.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="142"/>
        <source>Disagreements on %1 — A: %2, B: %3</source>
        <translation>Désaccords sur %1 — A&#xa0;: %2, B&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="215"/>
        <source>%1 and %2 agree everywhere on this code.</source>
        <translation>%1 et %2 sont d&apos;accord partout sur ce code.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="238"/>
        <source>%1 of %2 settled</source>
        <translation>%1 sur %2 tranchés</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="248"/>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="249"/>
        <source>The consensus codes what %1 coded</source>
        <translation>Le consensus code ce que %1 a codé</translation>
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
        <translation>Sélectionnez d&apos;abord un désaccord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="291"/>
        <source>%1: code points %2–%3 of %4</source>
        <translation>%1&#xa0;: points de code %2–%3 de %4</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="310"/>
        <source>Choose a code and a pair of coders first.</source>
        <translation>Choisissez d&apos;abord un code et une paire de codeur·se·s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="315"/>
        <source>Adopted %n agreed coding(s) for %1.</source>
        <translation>
            <numerusform>%n codage concordant adopté pour %1.</numerusform>
            <numerusform>%n codages concordants adoptés pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="329"/>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="338"/>
        <source>Export disagreements</source>
        <translation>Exporter les désaccords</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/disagreementspanel.cpp" line="339"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
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
%n caractère</numerusform>
            <numerusform>%1
%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="193"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="194"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="195"/>
        <source>Speakers</source>
        <translation>Locuteur·rice·s</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/documentlistmodel.cpp" line="196"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::DocumentListPanel</name>
    <message>
        <location filename="../../ui/mainwindow/documentlistpanel.cpp" line="22"/>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
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
        <translation>Mémo sur la citation…</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ExportActions</name>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="27"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Evaluation &amp;report (PDF, ODT, HTML, XLSX)…</source>
        <translation type="vanished">&amp;Rapport d&apos;évaluation (PDF, ODT, HTML, XLSX)…</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html *.htm);;Excel workbook (*.xlsx)</source>
        <translation type="vanished">PDF (*.pdf);;Texte OpenDocument (*.odt);;Page web (*.html *.htm);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="43"/>
        <source>Evaluation &amp;report…</source>
        <translation>&amp;Rapport d&apos;évaluation…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>&amp;Projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="47"/>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>&amp;Codebook (.qdc)…</source>
        <translation>&amp;Livre de codes (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="49"/>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Livres de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>Co&amp;dings (CSV)…</source>
        <translation>Co&amp;dages (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="51"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="68"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="99"/>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="109"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="98"/>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="107"/>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/exportactions.cpp" line="113"/>
        <source>Exported %1 (redacted)</source>
        <translation>Exporté&#xa0;: %1 (caviardé)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::FrameworkPanel</name>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="53"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="59"/>
        <source>Save summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="62"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="63"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="74"/>
        <source>Double-click a quote to open it in its document</source>
        <translation>Double-cliquez sur une citation pour l&apos;ouvrir dans son document</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="75"/>
        <source>What does this row say about this code? Write the summary here.</source>
        <translation>Que dit cette ligne à propos de ce code&#xa0;? Écrivez le résumé ici.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="80"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="83"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="91"/>
        <source>Quotes:</source>
        <translation>Citations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="93"/>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="96"/>
        <source>Earlier versions:</source>
        <translation>Versions antérieures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="179"/>
        <source>Choose a dimension, or list codes, for the columns.</source>
        <translation>Choisissez une dimension, ou listez des codes, pour les colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="196"/>
        <source>%1 × %2: %3 of %4 cells summarised, %5 gaps (shaded grey: no quotes, no summary). Select a cell to read its quotes and write its summary.</source>
        <translation>%1 × %2&#xa0;: %3 cellules résumées sur %4, %5 lacunes (grisées&#xa0;: aucune citation, aucun résumé). Sélectionnez une cellule pour lire ses citations et écrire son résumé.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="230"/>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>1 quote</source>
        <translation>1 citation</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="240"/>
        <source>%1 quotes</source>
        <translation>%1 citations</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="241"/>
        <source>%1 — not summarised yet</source>
        <translation>%1 — sans résumé pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="275"/>
        <source>Select a cell.</source>
        <translation>Sélectionnez une cellule.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="293"/>
        <source>No quote of this row carries this code.</source>
        <translation>Aucune citation de cette ligne ne porte ce code.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="305"/>
        <source>(cleared)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="353"/>
        <source>There is no framework matrix to export.</source>
        <translation>Il n&apos;y a aucune matrice de cadre à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="360"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="362"/>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="365"/>
        <source>Export framework matrix</source>
        <translation>Exporter la matrice de cadre</translation>
    </message>
    <message>
        <location filename="../../ui/framework/frameworkpanel.cpp" line="361"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;CSV (*.csv);;Markdown (*.md)</source>
        <translation>Classeur Excel (*.xlsx);;Document Word (*.docx);;CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HandoutDialog</name>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="27"/>
        <source>&amp;Blind: leave out other coders&apos; work</source>
        <translation>À l&apos;&amp;aveugle&#xa0;: exclure le travail des autres codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="28"/>
        <source>&amp;Encrypt the copy</source>
        <translation>&amp;Chiffrer la copie</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="33"/>
        <location filename="../../ui/copies/handoutdialog.cpp" line="110"/>
        <source>Hand out a coder copy</source>
        <translation>Remettre une copie de codeur</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="34"/>
        <source>A copy of this project for one coder: the codebook and the documents chosen. Their work merges back with File → Merge project….</source>
        <translation>Une copie de ce projet pour un·e codeur·se&#xa0;: le livre de codes et les documents choisis. Son travail se fusionne ensuite avec Fichier → Fusionner un projet….</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="54"/>
        <source>The copy holds none of the other coders&apos; codings or memos, and shows only its coder&apos;s work.</source>
        <translation>La copie ne contient aucun codage ni mémo des autres codeur·se·s, et n&apos;affiche que le travail de son·sa codeur·se.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="57"/>
        <source>The copy opens only with its own password (asked next) or key file.</source>
        <translation>La copie ne s&apos;ouvre qu&apos;avec son propre mot de passe (demandé ensuite) ou fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="61"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="67"/>
        <source>&amp;Write copy</source>
        <translation>&amp;Écrire la copie</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="73"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Codeur·se&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="74"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="77"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="98"/>
        <source>coder</source>
        <translation>codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="112"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Projets Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="153"/>
        <source>Name the coder the copy is for.</source>
        <translation>Indiquez le·la codeur·se à qui la copie est destinée.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="158"/>
        <source>Choose at least one document.</source>
        <translation>Choisissez au moins un document.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="160"/>
        <source>Choose where to save the copy.</source>
        <translation>Choisissez où enregistrer la copie.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="162"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="164"/>
        <source>The copy cannot replace the project itself.</source>
        <translation>La copie ne peut pas remplacer le projet lui-même.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/handoutdialog.cpp" line="168"/>
        <source>This project is encrypted, but the copy will not be: anyone who can read %1 can read what it holds. Write it unencrypted anyway?</source>
        <translation>Ce projet est chiffré, mais la copie ne le sera pas&#xa0;: quiconque peut lire %1 peut lire son contenu. L&apos;écrire non chiffrée quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HeatMapView</name>
    <message>
        <location filename="../../ui/charts/heatmapview.cpp" line="34"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubActions</name>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="34"/>
        <source>&amp;Team</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="37"/>
        <source>&amp;Publish to team server…</source>
        <translation>&amp;Publier sur le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="40"/>
        <source>&amp;Clone from team server…</source>
        <translation>&amp;Cloner depuis le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="42"/>
        <source>Makes your own copy of a team project, synced with its server</source>
        <translation>Crée votre propre copie d&apos;un projet d&apos;équipe, synchronisée avec son serveur</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="45"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="48"/>
        <source>Team &amp;status…</source>
        <translation>É&amp;tat de l&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="51"/>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="65"/>
        <source>Open the project to publish first</source>
        <translation>Ouvrez d&apos;abord le projet à publier</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="66"/>
        <source>This project is a copy of %1 on a team server already</source>
        <translation>Ce projet est déjà une copie de %1 sur un serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="67"/>
        <source>Uploads this project to a team server; you become its lead</source>
        <translation>Envoie ce projet sur un serveur d&apos;équipe&#xa0;; vous en devenez responsable</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="68"/>
        <source>This project is not a copy from a team server (Team → Clone or Publish)</source>
        <translation>Ce projet n&apos;est pas une copie issue d&apos;un serveur d&apos;équipe (Équipe → Cloner ou Publier)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="69"/>
        <source>Open a project cloned from a team server first</source>
        <translation>Ouvrez d&apos;abord un projet cloné depuis un serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="74"/>
        <source>Sends your changes and fetches your teammates&apos; (also done every minute)</source>
        <translation>Envoie vos modifications et récupère celles de vos coéquipier·ère·s (ce qui se fait aussi toutes les minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="75"/>
        <source>Server, role, changes to send, members</source>
        <translation>Serveur, rôle, modifications à envoyer, membres</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="78"/>
        <source>Changes that lost to a teammate&apos;s, to review and restore</source>
        <translation>Modifications supplantées par celles d&apos;un·e coéquipier·ère, à examiner et restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="79"/>
        <source>Only the lead reviews conflicts; the codebook is the lead&apos;s</source>
        <translation>Seule la personne responsable examine les conflits&#xa0;; le livre de codes relève de sa responsabilité</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="87"/>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="137"/>
        <source>The project was not published: %1</source>
        <translation>Le projet n&apos;a pas été publié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="142"/>
        <source>Published %1 to the team server: %n row(s).</source>
        <translation>
            <numerusform>%1 publié sur le serveur d&apos;équipe&#xa0;: %n ligne.</numerusform>
            <numerusform>%1 publié sur le serveur d&apos;équipe&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="174"/>
        <source>Nothing was cloned: %1</source>
        <translation>Rien n&apos;a été cloné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubactions.cpp" line="179"/>
        <source>Cloned %1 into %2: %n operation(s).</source>
        <translation>
            <numerusform>%1 cloné dans %2&#xa0;: %n opération.</numerusform>
            <numerusform>%1 cloné dans %2&#xa0;: %n opérations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubactions.cpp" line="222"/>
        <source>Restored: it goes to the team at the next sync.</source>
        <translation>Restauré&#xa0;: la modification sera transmise à l&apos;équipe lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::HubSession</name>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="17"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="64"/>
        <source>Team: %n change(s) from teammates applied.</source>
        <translation>
            <numerusform>Équipe&#xa0;: %n modification des coéquipier·ère·s appliquée.</numerusform>
            <numerusform>Équipe&#xa0;: %n modifications des coéquipier·ère·s appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/hubsession.cpp" line="66"/>
        <source>Team: %n of your change(s) lost to a teammate&apos;s; the lead can review them in Team → Conflicts.</source>
        <translation>
            <numerusform>Équipe&#xa0;: %n de vos modifications a été supplantée par celle d&apos;un·e coéquipier·ère&#xa0;; la personne responsable peut l&apos;examiner dans Équipe → Conflits.</numerusform>
            <numerusform>Équipe&#xa0;: %n de vos modifications ont été supplantées par celles de coéquipier·ère·s&#xa0;; la personne responsable peut les examiner dans Équipe → Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="69"/>
        <source>the sync failed</source>
        <translation>la synchronisation a échoué</translation>
    </message>
    <message>
        <location filename="../../ui/hub/hubsession.cpp" line="72"/>
        <source>Team sync failed: %1</source>
        <translation>Échec de la synchronisation d&apos;équipe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::InteropActions</name>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="47"/>
        <source>Import REFI-QDA &amp;project (.qdpx/.qdc)…</source>
        <translation>Importer un &amp;projet REFI-QDA (.qdpx/.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="50"/>
        <source>Import code&amp;book (.qdc)…</source>
        <translation>Importer un &amp;livre de codes (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="58"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="126"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="151"/>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="61"/>
        <source>%1 exists already; choose a new file name for the imported project.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier pour le projet importé.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="65"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="75"/>
        <source>Import cancelled: %n source(s) have no text in the archive.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %n source n&apos;a pas de texte dans l&apos;archive.</numerusform>
            <numerusform>Importation annulée&#xa0;: %n sources n&apos;ont pas de texte dans l&apos;archive.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="92"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="113"/>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="99"/>
        <source>Created %1 from %2.</source>
        <translation>%1 créé à partir de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="143"/>
        <source>Import codebook</source>
        <translation>Importer un livre de codes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="108"/>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="118"/>
        <source>Existing codes were kept; the differences are listed above.</source>
        <translation>Les codes existants ont été conservés&#xa0;; les différences sont indiquées ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="127"/>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Projets et livres de codes REFI-QDA (*.qdpx *.qdc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="132"/>
        <source>New project from %1</source>
        <translation>Nouveau projet à partir de %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="133"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Projets Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="144"/>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Livres de codes REFI-QDA (*.qdc);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/interopactions.cpp" line="152"/>
        <source>%n source(s) in %1 have no text that Crosscut can read, so they cannot be imported.</source>
        <translation>
            <numerusform>%n source de %1 ne contient aucun texte que Crosscut puisse lire&#xa0;; elle ne peut donc pas être importée.</numerusform>
            <numerusform>%n sources de %1 ne contiennent aucun texte que Crosscut puisse lire&#xa0;; elles ne peuvent donc pas être importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="157"/>
        <source>Import everything else (codes, the other sources and their quotes, cases, memos) without them?</source>
        <translation>Importer tout le reste (codes, autres sources et leurs citations, cas, mémos) sans elles&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/interopactions.cpp" line="160"/>
        <source>Import what is there</source>
        <translation>Importer ce qui est disponible</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::KwicPanel</name>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="55"/>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="57"/>
        <source>Show in context</source>
        <translation>Afficher en contexte</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="62"/>
        <source>Code sentences</source>
        <translation>Coder les phrases</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="66"/>
        <source>A word or phrase (advoca finds advocacy, advocates …)</source>
        <translation>Un mot ou une expression (plaid trouve plaidoyer, plaider …)</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="69"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="70"/>
        <source>Context shown either side of each hit</source>
        <translation>Contexte affiché de part et d&apos;autre de chaque occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Left context</source>
        <translation>Contexte gauche</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Right context</source>
        <translation>Contexte droit</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="71"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="92"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="97"/>
        <source>Code the selected hits&apos; sentences with</source>
        <translation>Coder les phrases des occurrences sélectionnées avec</translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="221"/>
        <source>Type a word or phrase and press Enter.</source>
        <translation>Saisissez un mot ou une expression et appuyez sur Enter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>%n occurrence jusqu&apos;ici …</numerusform>
            <numerusform>%n occurrences jusqu&apos;ici …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="225"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="227"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kwic/kwicpanel.cpp" line="240"/>
        <source>Select the hits to code.</source>
        <translation>Sélectionnez les occurrences à coder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kwic/kwicpanel.cpp" line="249"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n nouveau codage avec %1</numerusform>
            <numerusform>%n nouveaux codages avec %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCaptureWindow</name>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="74"/>
        <source>Live session — %1</source>
        <translation>Session en direct — %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="123"/>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Pause (Ctrl+P)</source>
        <translation>Pause (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="126"/>
        <source>⚑ Flag (Ctrl+G)</source>
        <translation>⚑ Marquer (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="198"/>
        <source>Type what is said; Enter commits</source>
        <translation>Saisissez ce qui est dit&#xa0;; Enter valide</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="129"/>
        <source>■ End session</source>
        <translation>■ Terminer la session</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="131"/>
        <source>Stops the clock and closes this window. Session → Resume live session continues it; the time in between is recorded as a gap, not counted.</source>
        <translation>Arrête le chronomètre et ferme cette fenêtre. Session → Reprendre la session en direct la poursuit&#xa0;; le temps écoulé entre-temps est enregistré comme une interruption et n&apos;est pas compté.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="145"/>
        <source>note for this flag (optional): Enter flags, Esc cancels</source>
        <translation>note pour ce marqueur (facultatif)&#xa0;: Enter marque, Esc annule</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="161"/>
        <source>New participant:</source>
        <translation>Nouveau·elle participant·e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="164"/>
        <source>pseudonym: Enter adds them on the next Alt+digit, Esc cancels</source>
        <translation>pseudonyme&#xa0;: Enter l&apos;ajoute sur la prochaine touche Alt+chiffre, Esc annule</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="180"/>
        <source>Shift+key codes the last utterance · the same key again takes the code off · right-click a chip to remove it · Ctrl+Z undoes the last live action · Ctrl+N: a participant joins</source>
        <translation>Shift+touche code la dernière prise de parole · la même touche retire le code · clic droit sur une étiquette pour la supprimer · Ctrl+Z annule la dernière action en direct · Ctrl+N&#xa0;: un·e participant·e arrive</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="230"/>
        <source>Alt+%1  %2</source>
        <translation>Alt+%1  %2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="240"/>
        <source>+ Participant (Ctrl+N)</source>
        <translation>+ Participant·e (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No flag.</source>
        <translation>Aucun marqueur.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="340"/>
        <source>No participant added.</source>
        <translation>Aucun·e participant·e ajouté·e.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="373"/>
        <source>No participant has the key Alt+%1</source>
        <translation>Aucun·e participant·e n&apos;a la touche Alt+%1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="413"/>
        <source>%1 has no code in this session&apos;s live codebook (see the keys above the input).</source>
        <translation>%1 n&apos;a pas de code dans le livre de codes en direct de cette session (voir les touches au-dessus de la saisie).</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="428"/>
        <source>Nothing committed yet to code</source>
        <translation>Aucune prise de parole validée à coder pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="456"/>
        <source>Removed coding “%1” (Ctrl+Z puts it back)</source>
        <translation>Codage «&#xa0;%1&#xa0;» retiré (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="471"/>
        <source>Remove coding “%1” from this utterance</source>
        <translation>Retirer le codage «&#xa0;%1&#xa0;» de cette prise de parole</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="507"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="545"/>
        <source>%1 joined (no key left: click their name)</source>
        <translation>%1 a rejoint la session (plus de touche libre&#xa0;: cliquez sur son nom)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="546"/>
        <source>%1 joined: Alt+%2</source>
        <translation>%1 a rejoint la session&#xa0;: Alt+%2</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="567"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="587"/>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="588"/>
        <source>Resume (Ctrl+P)</source>
        <translation>Reprendre (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="593"/>
        <source>&lt;i&gt;no codes on this utterance yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucun code sur cette prise de parole pour l&apos;instant&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="594"/>
        <source>On commit: %1</source>
        <translation>À la validation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="603"/>
        <source>Could not save the draft: %1</source>
        <translation>Impossible d&apos;enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="615"/>
        <source>Could not sync the project to disk: %1</source>
        <translation>Impossible de synchroniser le projet sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecapturewindow.cpp" line="708"/>
        <source>capture window closed for %1 — not counted as session time</source>
        <translation>fenêtre de saisie fermée pendant %1 — non compté dans la durée de la session</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveCodebookLegend</name>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="18"/>
        <source>Other codes</source>
        <translation>Autres codes</translation>
    </message>
    <message>
        <location filename="../../ui/live/livecodebooklegend.cpp" line="33"/>
        <source>No live codebook: code in the workbench after the session.</source>
        <translation>Pas de livre de codes en direct&#xa0;: codez dans l&apos;espace de travail après la session.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::LiveSetupDialog</name>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="37"/>
        <source>Start live session</source>
        <translation>Démarrer une session en direct</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="44"/>
        <source>speaks on Alt+0</source>
        <translation>parle avec Alt+0</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="47"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="48"/>
        <source>&amp;Place</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="49"/>
        <source>&amp;Facilitator</source>
        <translation>&amp;Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="54"/>
        <source>&lt;b&gt;Roster&lt;/b&gt; — each speaker&apos;s key is Alt+digit; type a name in the last row to add one</source>
        <translation>&lt;b&gt;Liste des participant·e·s&lt;/b&gt; — la touche de chaque locuteur·rice est Alt+chiffre&#xa0;; saisissez un nom dans la dernière ligne pour en ajouter un·e</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="56"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="62"/>
        <source>Load roster &amp;CSV…</source>
        <translation>Charger la &amp;liste depuis un CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>Roster CSV</source>
        <translation>Liste des participant·e·s en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="69"/>
        <source>CSV in UTF-8 with a header row &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;; a key may be empty (the next free digit is given); further columns become the case&apos;s attributes:&lt;pre&gt;pseudonym,key,Population served
Aigul,1,Sex workers
Ravi,,People who use drugs&lt;/pre&gt;</source>
        <translation>CSV en UTF-8 avec une ligne d&apos;en-tête &lt;tt&gt;pseudonym,key,…&lt;/tt&gt;&#xa0;; une touche peut être vide (le prochain chiffre libre est attribué)&#xa0;; les colonnes suivantes deviennent les attributs du cas&#xa0;:&lt;pre&gt;pseudonym,key,Population desservie
Aminata,1,Travailleur·se·s du sexe
Ravi,,Personnes qui consomment des drogues&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="77"/>
        <source>…or add existing cases:</source>
        <translation>…ou ajoutez des cas existants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="86"/>
        <source>Add checked &amp;cases</source>
        <translation>Ajouter les &amp;cas cochés</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="93"/>
        <source>&lt;b&gt;Live codebook&lt;/b&gt; — tick the dimensions to code live</source>
        <translation>&lt;b&gt;Livre de codes en direct&lt;/b&gt; — cochez les dimensions à coder en direct</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="133"/>
        <source>The values of the dimensions ticked go on the keys in the order they were ticked: F1…F12, then Ctrl+1…Ctrl+9 (a dimension is never split between them). Any key can then be changed on the right.</source>
        <translation>Les valeurs des dimensions cochées sont attribuées aux touches dans l&apos;ordre où elles ont été cochées&#xa0;: F1…F12, puis Ctrl+1…Ctrl+9 (une dimension n&apos;est jamais répartie entre les deux). Chaque touche peut ensuite être modifiée à droite.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="141"/>
        <source>Key → code (Shift+key: the last utterance)</source>
        <translation>Touche → code (Shift+touche&#xa0;: la dernière prise de parole)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="380"/>
        <source>Add at least one participant: type a name in the roster, load a roster CSV or check cases.</source>
        <translation>Ajoutez au moins un·e participant·e&#xa0;: saisissez un nom dans la liste, chargez une liste en CSV ou cochez des cas.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="145"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/live/livesetupdialog.cpp" line="108"/>
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>%1 (%n valeur)</numerusform>
            <numerusform>%1 (%n valeurs)</numerusform>
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
        <translation>Démarrer la session</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="213"/>
        <source>%1 does not fit on the free keys; untick another dimension first.</source>
        <translation>%1 ne tient pas sur les touches libres&#xa0;; décochez d&apos;abord une autre dimension.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="233"/>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="285"/>
        <source>&quot;%1&quot; is in the roster already.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans la liste des participant·e·s.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="356"/>
        <source>facilitator</source>
        <translation>animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="363"/>
        <source>Type a pseudonym and press Enter to add a participant</source>
        <translation>Saisissez un pseudonyme et appuyez sur Enter pour ajouter un·e participant·e</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="365"/>
        <source>(next)</source>
        <translation>(suivante)</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="376"/>
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la session.</translation>
    </message>
    <message>
        <location filename="../../ui/live/livesetupdialog.cpp" line="378"/>
        <source>A document named &quot;%1&quot; exists already.</source>
        <translation>Un document nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="96"/>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="97"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>This project is encrypted: it opens only with its password or key file</source>
        <translation>Ce projet est chiffré&#xa0;: il ne s&apos;ouvre qu&apos;avec son mot de passe ou son fichier de clé</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="169"/>
        <source>From the &amp;intersectional template…</source>
        <translation>À partir du modèle &amp;intersectionnel…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="174"/>
        <source>Intersectional template in &amp;another language</source>
        <translation>Modèle intersectionnel dans une &amp;autre langue</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Empty…</source>
        <translation>&amp;Vide…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="187"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="189"/>
        <source>Open the &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="192"/>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importer des documents…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>&amp;Encrypt project…</source>
        <translation>&amp;Chiffrer le projet…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>Encrypts the project file with a password or key file</source>
        <translation>Chiffre le fichier du projet avec un mot de passe ou un fichier de clé</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="211"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Modifier le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="215"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="224"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="228"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="233"/>
        <source>Apply &amp;code…</source>
        <translation>Appliquer un &amp;code…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="246"/>
        <source>&amp;Check project integrity…</source>
        <translation>&amp;Vérifier l&apos;intégrité du projet…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="248"/>
        <source>Checks the project file and every quote, coding and text position in it</source>
        <translation>Vérifie le fichier du projet ainsi que chaque citation, codage et position dans le texte qu&apos;il contient</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>&amp;Pseudonymise…</source>
        <translation>&amp;Pseudonymiser…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="253"/>
        <source>Replaces real names with pseudonyms everywhere in the project, irreversibly</source>
        <translation>Remplace les noms réels par des pseudonymes dans tout le projet, de façon irréversible</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="260"/>
        <source>End the live session first: names cannot be pseudonymised while a capture window is open.</source>
        <translation>Terminez d&apos;abord la session en direct&#xa0;: les noms ne peuvent pas être pseudonymisés tant qu&apos;une fenêtre de saisie est ouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>Pseudonymised: %n replacement(s); the history was erased</source>
        <translation>
            <numerusform>Pseudonymisation&#xa0;: %n remplacement&#xa0;; l&apos;historique a été effacé</numerusform>
            <numerusform>Pseudonymisation&#xa0;: %n remplacements&#xa0;; l&apos;historique a été effacé</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="276"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="285"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="286"/>
        <source>&amp;Keyboard coding</source>
        <translation>&amp;Codage au clavier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="288"/>
        <source>Keyboard coding</source>
        <translation>Codage au clavier</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="289"/>
        <source>Select text, then:
• a code&apos;s shortcut, or Ctrl+K and type part of its name, Enter
• 1–9: the recent codes
• click a value in the quick-tagging strip, once per dimension
Alt+Shift+←/→ moves the end of the current quote, Ctrl+Alt+Shift+←/→ its start.
Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>Sélectionnez du texte, puis&#xa0;:
• le raccourci d&apos;un code, ou Ctrl+K puis tapez une partie de son nom, Enter
• 1–9&#xa0;: les codes récents
• cliquez sur une valeur dans la barre d&apos;étiquetage rapide, une fois par dimension
Alt+Shift+←/→ déplace la fin de la citation courante, Ctrl+Alt+Shift+←/→ son début.
Ctrl+Z annule, Ctrl+Shift+Z rétablit.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="296"/>
        <source>&amp;About Crosscut</source>
        <translation>À &amp;propos de Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>About Crosscut</source>
        <translation>À propos de Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="298"/>
        <source>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;A qualitative coding workbench for intersectional programme evaluation.</source>
        <translation>&lt;b&gt;Crosscut&lt;/b&gt; %1&lt;br&gt;Un atelier de codage qualitatif pour l&apos;évaluation intersectionnelle des programmes.</translation>
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
        <translation>Ce fichier de clé n&apos;ouvre pas le projet. Essayez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="348"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="359"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="409"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="416"/>
        <source>Cannot encrypt %1: %2</source>
        <translation>Impossible de chiffrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>The project is encrypted.</source>
        <translation>Le projet est chiffré.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="445"/>
        <source>This is not the project&apos;s key file. Try another.</source>
        <translation>Ce n&apos;est pas le fichier de clé du projet. Essayez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="446"/>
        <source>The current password is wrong. Try again.</source>
        <translation>Le mot de passe actuel est incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="452"/>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cannot change the password: %1</source>
        <translation>Impossible de modifier le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="464"/>
        <source>The password is changed.</source>
        <translation>Le mot de passe a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="471"/>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="477"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="588"/>
        <source>Check project integrity</source>
        <translation>Vérifier l&apos;intégrité du projet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="590"/>
        <source>The project is consistent: %n check(s) passed.</source>
        <translation>
            <numerusform>Le projet est cohérent&#xa0;: %n vérification réussie.</numerusform>
            <numerusform>Le projet est cohérent&#xa0;: %n vérifications réussies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="594"/>
        <source>The project is consistent.</source>
        <translation>Le projet est cohérent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="600"/>
        <source>%n problem(s) found. Keep a copy of the file before changing it, and restore from a backup if quotes are damaged.</source>
        <translation>
            <numerusform>%n problème détecté. Conservez une copie du fichier avant de le modifier, et restaurez une sauvegarde si des citations sont endommagées.</numerusform>
            <numerusform>%n problèmes détectés. Conservez une copie du fichier avant de le modifier, et restaurez une sauvegarde si des citations sont endommagées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="656"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="661"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="677"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="684"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="689"/>
        <source>KWIC</source>
        <translation>KWIC</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="694"/>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="699"/>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="704"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="711"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="722"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="731"/>
        <source>Code relations</source>
        <translation>Relations entre codes</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="742"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="769"/>
        <source> (encrypted)</source>
        <translation> (chiffré)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="779"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="780"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="791"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="793"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="794"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="829"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="832"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n document importé.</numerusform>
            <numerusform>%n documents importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="846"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="847"/>
        <source>Crosscut projects (*.crosscut)</source>
        <translation>Projets Crosscut (*.crosscut)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="855"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="856"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Projets Crosscut (*.crosscut);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="867"/>
        <source>Transcripts (%1)</source>
        <translation>Transcriptions (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="892"/>
        <source>The demo project is not installed.</source>
        <translation>Le projet de démonstration n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="900"/>
        <source>Cannot copy the demo project to %1.</source>
        <translation>Impossible de copier le projet de démonstration vers %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="935"/>
        <source>This is a copy of a team project: it codes as %1, the coder the team server knows it by.</source>
        <translation>Ceci est une copie d’un projet d’équipe : elle code en tant que %1, le nom sous lequel le serveur d’équipe la connaît.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="955"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixModel</name>
    <message>
        <location filename="../../ui/matrix/matrixmodel.cpp" line="51"/>
        <source>%1 × %2: %3 (%4 quote(s))</source>
        <translation>%1 × %2&#xa0;: %3 (%4 citation(s))</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixPanel</name>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="31"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="32"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/matrix/matrixpanel.cpp" line="35"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="49"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="54"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="55"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="56"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="57"/>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="58"/>
        <source>Row %</source>
        <translation>% en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="59"/>
        <source>Column %</source>
        <translation>% en colonne</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="60"/>
        <source>Total %</source>
        <translation>% du total</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="72"/>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="75"/>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="78"/>
        <source>Count:</source>
        <translation>Compter&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="80"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="82"/>
        <source>Coder:</source>
        <translation>Codeur·se&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="121"/>
        <source>All coders</source>
        <translation>Tous les codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="192"/>
        <source>%1 × %2 — %3 in total; click a cell to read its quotes.</source>
        <translation>%1 × %2 — %3 au total&#xa0;; cliquez sur une cellule pour lire ses citations.</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="265"/>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="270"/>
        <source>Export matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/matrix/matrixpanel.cpp" line="266"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MatrixSpecRow</name>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="42"/>
        <source>Rows of the matrix</source>
        <translation>Lignes de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="43"/>
        <source>Columns of the matrix</source>
        <translation>Colonnes de la matrice</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="45"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="46"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="47"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="48"/>
        <source>What each cell counts</source>
        <translation>Ce que compte chaque cellule</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="49"/>
        <source>Counts only</source>
        <translation>Effectifs seuls</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="50"/>
        <source>Row %</source>
        <translation>% en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="51"/>
        <source>Column %</source>
        <translation>% en colonne</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="52"/>
        <source>% of total</source>
        <translation>% du total</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="53"/>
        <source>The shares shown beside the counts</source>
        <translation>Les pourcentages affichés à côté des effectifs</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="56"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="57"/>
        <source>Leave this matrix out of the report</source>
        <translation>Retirer cette matrice du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="62"/>
        <source>The report&apos;s first matrix counts quotes</source>
        <translation>La première matrice du rapport compte les citations</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="63"/>
        <source>The report&apos;s first matrix shows row shares</source>
        <translation>La première matrice du rapport affiche les pourcentages en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/report/matrixspecrow.cpp" line="65"/>
        <source>The report always has its first matrix</source>
        <translation>Le rapport comporte toujours sa première matrice</translation>
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
        <translation>Mémo sur le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="19"/>
        <source>New memo on code “%1”</source>
        <translation>Nouveau mémo sur le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>Memo on quote</source>
        <translation>Mémo sur la citation</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="23"/>
        <source>New memo on quote</source>
        <translation>Nouveau mémo sur la citation</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="41"/>
        <source>Quote:</source>
        <translation>Citation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="42"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memodialog.cpp" line="43"/>
        <source>Memo:</source>
        <translation>Mémo&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemoListModel</name>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="36"/>
        <source>A live flag whose memo was deleted: read-only.</source>
        <translation>Un marqueur en direct dont le mémo a été supprimé&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="42"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="59"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="61"/>
        <source>Attached to</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="62"/>
        <source>Author</source>
        <translation>Auteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memolistmodel.cpp" line="63"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MemosPanel</name>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="37"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="38"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="39"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="40"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="41"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="62"/>
        <source>Modified from</source>
        <translation>Modifié du</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="72"/>
        <location filename="../../ui/memos/memospanel.cpp" line="430"/>
        <source>New memo</source>
        <translation>Nouveau mémo</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="73"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="74"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="75"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="79"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="80"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="82"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="87"/>
        <source>Show memos of one kind</source>
        <translation>Afficher les mémos d&apos;un seul type</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="88"/>
        <source>Show the memos of one author</source>
        <translation>Afficher les mémos d&apos;un·e seul·e auteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="97"/>
        <source>Only memos last changed between these dates (inclusive)</source>
        <translation>Uniquement les mémos modifiés pour la dernière fois entre ces dates (incluses)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="98"/>
        <source>Search memos…</source>
        <translation>Rechercher dans les mémos…</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="150"/>
        <source>Versions (oldest first):</source>
        <translation>Versions (la plus ancienne d&apos;abord)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="264"/>
        <source>All authors</source>
        <translation>Tous les auteur·rice·s</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="347"/>
        <source>written %1</source>
        <translation>écrit le %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="349"/>
        <source>modified %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="351"/>
        <source>read-only (a live flag without its memo)</source>
        <translation>lecture seule (un marqueur en direct sans son mémo)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="386"/>
        <source>(undone)</source>
        <translation>(annulée)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="388"/>
        <source>(current)</source>
        <translation>(actuelle)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="393"/>
        <source>The operation log holds no earlier version of this memo.</source>
        <translation>Le journal des opérations ne contient aucune version antérieure de ce mémo.</translation>
    </message>
    <message>
        <source>All memos</source>
        <translation type="vanished">Tous les mémos</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="100"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="105"/>
        <source>Earlier versions of this memo, from the operation log</source>
        <translation>Versions antérieures de ce mémo, tirées du journal des opérations</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="107"/>
        <source>Write the listed memos to an HTML page or a Word document</source>
        <translation>Écrire les mémos listés dans une page HTML ou un document Word</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="132"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="142"/>
        <source>On:</source>
        <translation>Porte sur&#xa0;:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="vanished">(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="425"/>
        <source>Choose what the memo is about.</source>
        <translation>Choisissez l&apos;objet du mémo.</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="483"/>
        <source>modified %1 to %2</source>
        <translation>modifiés du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="485"/>
        <source>search “%1”</source>
        <translation>recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="493"/>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>Export memos</source>
        <translation>Exporter les mémos</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="494"/>
        <source>This project is encrypted; the exported file is not. Export anyway?</source>
        <translation>Ce projet est chiffré&#xa0;; le fichier exporté ne l&apos;est pas. Exporter quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="498"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="499"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="501"/>
        <source>memos.html</source>
        <translation>memos.html</translation>
    </message>
    <message>
        <location filename="../../ui/memos/memospanel.cpp" line="535"/>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="18"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="20"/>
        <source>&amp;Keep both documents when names clash</source>
        <translation>&amp;Garder les deux documents en cas de conflit de noms</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="21"/>
        <source>&amp;Take their attribute values</source>
        <translation>&amp;Prendre leurs valeurs d&apos;attributs</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="25"/>
        <location filename="../../ui/copies/mergedialog.cpp" line="97"/>
        <source>Merge projects</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="26"/>
        <source>Coder copies (or other Crosscut projects) to merge into this one. Documents are matched by their identity or their text, never by name alone; every coder&apos;s codings are kept. The merge is one step of Edit → Undo.</source>
        <translation>Copies de codeur (ou autres projets Crosscut) à fusionner dans celui-ci. Les documents sont appariés par leur identité ou leur texte, jamais par le seul nom&#xa0;; les codages de chaque codeur·se sont conservés. La fusion est une seule étape de Édition → Annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="35"/>
        <source>A copy&apos;s document whose name is taken by a different text comes in as &quot;NAME (2)&quot;; without this, such a clash stops the merge and nothing is merged.</source>
        <translation>Un document d&apos;une copie dont le nom est déjà pris par un texte différent arrive sous le nom « NOM (2) »&#xa0;; sans cette option, un tel conflit arrête la fusion et rien n&apos;est fusionné.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="38"/>
        <source>Where an attribute value differs, the copy&apos;s replaces this project&apos;s.</source>
        <translation>Là où une valeur d&apos;attribut diffère, celle de la copie remplace celle de ce projet.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="39"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="98"/>
        <source>Crosscut projects (*.crosscut);;All files (*)</source>
        <translation>Projets Crosscut (*.crosscut);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::MergeReportDialog</name>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="111"/>
        <source>Merge report</source>
        <translation>Rapport de fusion</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="119"/>
        <source>Nothing new in %1: everything in it is in this project already.</source>
        <translation>Rien de nouveau dans %1&#xa0;: tout ce qu&apos;il contient est déjà dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../ui/copies/mergedialog.cpp" line="120"/>
        <source>Merged %1. Edit → Undo takes the whole merge back.</source>
        <translation>%1 fusionné. Édition → Annuler annule toute la fusion.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/copies/mergedialog.cpp" line="133"/>
        <source>%n conflict(s) above: the values kept are named; nothing was settled silently.</source>
        <translation>
            <numerusform>%n conflit ci-dessus&#xa0;: les valeurs conservées sont nommées&#xa0;; rien n&apos;a été tranché en silence.</numerusform>
            <numerusform>%n conflits ci-dessus&#xa0;: les valeurs conservées sont nommées&#xa0;; rien n&apos;a été tranché en silence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::NetworkPanel</name>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="43"/>
        <source>(no wave)</source>
        <translation>(sans vague)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="52"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="54"/>
        <source>Export drawing…</source>
        <translation>Exporter le dessin…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="55"/>
        <source>Export charts…</source>
        <translation>Exporter les graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="72"/>
        <source>Colour by:</source>
        <translation>Colorer selon&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="74"/>
        <source>Wave:</source>
        <translation>Vague&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="85"/>
        <location filename="../../ui/network/networkpanel.cpp" line="279"/>
        <source>No collaboration ties yet: File → Import survey… (with a ties column) or crosscut-cli ties PROJECT --from ties.csv</source>
        <translation>Aucun lien de collaboration pour l&apos;instant&#xa0;: Fichier → Importer une enquête… (avec une colonne de liens) ou crosscut-cli ties PROJECT --from ties.csv</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="99"/>
        <location filename="../../ui/network/networkpanel.cpp" line="370"/>
        <source>Click a case to see its attributes and quotes.</source>
        <translation>Cliquez sur un cas pour voir ses attributs et ses citations.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="103"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="111"/>
        <source>Double-click a quote to open it in its document.</source>
        <translation>Double-cliquez sur une citation pour l&apos;ouvrir dans son document.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="115"/>
        <source>Quotes of its documents and answers:</source>
        <translation>Citations de ses documents et réponses&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="129"/>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="142"/>
        <source>Measures by group</source>
        <translation>Mesures par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="236"/>
        <location filename="../../ui/network/networkpanel.cpp" line="313"/>
        <source>All waves</source>
        <translation>Toutes les vagues</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="244"/>
        <source>Compare waves</source>
        <translation>Comparer les vagues</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="257"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="259"/>
        <source>(no kind)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="277"/>
        <source>The cases have no attributes to colour the network by: add one in the Cases tab or import a survey.</source>
        <translation>Les cas n&apos;ont aucun attribut selon lequel colorer le réseau&#xa0;: ajoutez-en un dans l&apos;onglet Cas ou importez une enquête.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="314"/>
        <source>Collaboration network by %1</source>
        <translation>Réseau de collaboration selon %1</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="384"/>
        <source>%1: not in the network</source>
        <translation>%1&#xa0;: absent du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="388"/>
        <source>%1: 1 tie, betweenness %2</source>
        <translation>%1&#xa0;: 1 lien, intermédiarité %2</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="389"/>
        <source>%1: %2 ties, betweenness %3</source>
        <translation>%1&#xa0;: %2 liens, intermédiarité %3</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="439"/>
        <source>No coded quote in its documents or answers yet.</source>
        <translation>Aucune citation codée dans ses documents ou réponses pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="441"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="447"/>
        <location filename="../../ui/network/networkpanel.cpp" line="454"/>
        <source>There is no network to export.</source>
        <translation>Il n&apos;y a aucun réseau à exporter.</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="458"/>
        <source>Charts are written as .png or .svg, not &quot;%1&quot;.</source>
        <translation>Les graphiques sont enregistrés en .png ou .svg, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="473"/>
        <source>Export the network drawing</source>
        <translation>Exporter le dessin du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="474"/>
        <location filename="../../ui/network/networkpanel.cpp" line="484"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="478"/>
        <location filename="../../ui/network/networkpanel.cpp" line="488"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/network/networkpanel.cpp" line="483"/>
        <source>Export the three measure charts</source>
        <translation>Exporter les trois graphiques de mesures</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="39"/>
        <source>Encrypted project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="40"/>
        <source>%1 is encrypted. Enter its password, or use its key file.</source>
        <translation>%1 est chiffré. Saisissez son mot de passe ou utilisez son fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="43"/>
        <source>Encrypt project</source>
        <translation>Chiffrer le projet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="45"/>
        <source>&lt;p&gt;%1 will be encrypted: without its password (or key file) nobody can open it, and &lt;b&gt;neither can you: a lost password cannot be recovered&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The unencrypted project may remain in the disk&apos;s free space, and in any backup or copy made before. Where that matters, create an encrypted project before the first document goes in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 va être chiffré&#xa0;: sans son mot de passe (ou son fichier de clé), personne ne peut l&apos;ouvrir, &lt;b&gt;pas même vous&#xa0;: un mot de passe perdu ne peut pas être récupéré&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Le projet non chiffré peut subsister dans l&apos;espace libre du disque, ainsi que dans toute sauvegarde ou copie faite auparavant. Si cela compte, créez un projet chiffré avant d&apos;y ajouter le premier document.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="53"/>
        <source>Encrypt the copy</source>
        <translation>Chiffrer la copie</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="54"/>
        <source>&lt;p&gt;%1 will be encrypted with a password of its own (or a key file): give it to the coder apart from the file. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 sera chiffré avec son propre mot de passe (ou fichier de clé)&#xa0;: transmettez-le au·à la codeur·se séparément du fichier. &lt;b&gt;Un mot de passe perdu ne peut pas être récupéré.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="59"/>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="60"/>
        <source>&lt;p&gt;Enter the current password of %1 (or use its key file), then the new one twice. &lt;b&gt;A lost password cannot be recovered.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisissez le mot de passe actuel de %1 (ou utilisez son fichier de clé), puis deux fois le nouveau. &lt;b&gt;Un mot de passe perdu ne peut pas être récupéré.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="70"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="71"/>
        <source>Use a &amp;key file…</source>
        <translation>Utiliser un fichier de &amp;clé…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="82"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="83"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="84"/>
        <source>Create a new key &amp;file instead…</source>
        <translation>Créer plutôt un nouveau &amp;fichier de clé…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>&amp;Encrypt</source>
        <translation>C&amp;hiffrer</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="100"/>
        <source>C&amp;hange</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="120"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="129"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="200"/>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="168"/>
        <source>%1 — keep it apart from the project, and a copy of it somewhere safe</source>
        <translation>%1 — conservez-le à l&apos;écart du projet, et une copie en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="174"/>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="181"/>
        <source>New key file</source>
        <translation>Nouveau fichier de clé</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="182"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="186"/>
        <location filename="../../ui/privacy/passworddialog.cpp" line="214"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 existe déjà&#xa0;; un fichier de clé n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="195"/>
        <source>Enter the current password.</source>
        <translation>Saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/passworddialog.cpp" line="206"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PlainExportWarning</name>
    <message>
        <location filename="../../ui/privacy/plainexportwarning.cpp" line="15"/>
        <source>This project is encrypted, but %1 will not be: anyone who can read that file can read what it holds. Export anyway?</source>
        <translation>Ce projet est chiffré, mais %1 ne le sera pas&#xa0;: quiconque peut lire ce fichier peut lire son contenu. Exporter quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PortraitPanel</name>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="23"/>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="24"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="32"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="84"/>
        <source>%n document(s), each to the scale of the longest; click a segment to open it.</source>
        <translation>
            <numerusform>%n document, à l&apos;échelle du plus long&#xa0;; cliquez sur un segment pour l&apos;ouvrir.</numerusform>
            <numerusform>%n documents, chacun à l&apos;échelle du plus long&#xa0;; cliquez sur un segment pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/portraits/portraitpanel.cpp" line="91"/>
        <source>Open a document to see its portrait.</source>
        <translation>Ouvrez un document pour voir son portrait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/portraits/portraitpanel.cpp" line="95"/>
        <source>%n coded segment(s) in %1; click one to open it in the document.</source>
        <translation>
            <numerusform>%n segment codé dans %1&#xa0;; cliquez dessus pour l&apos;ouvrir dans le document.</numerusform>
            <numerusform>%n segments codés dans %1&#xa0;; cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir dans le document.</numerusform>
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
        <translation>Pseudonymiser</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="36"/>
        <source>Each name is replaced by its pseudonym as a whole word (case-sensitive, longest name first) in every document&apos;s text, speaker, case, attribute value and memo; quotes move with the text, so codings and matrices stay as they are.&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The project&apos;s history is erased and the real names are kept nowhere in the project: only in the key file, if you choose one. Keep it apart from the project.</source>
        <translation>Chaque nom est remplacé par son pseudonyme en tant que mot entier (en respectant la casse, les noms les plus longs d&apos;abord) dans le texte, les locuteur·rice·s, les cas, les valeurs d&apos;attribut et les mémos de chaque document&#xa0;; les citations suivent le texte, si bien que les codages et les matrices restent inchangés.&lt;br&gt;&lt;b&gt;Cette opération est irréversible.&lt;/b&gt; L&apos;historique du projet est effacé et les noms réels ne sont conservés nulle part dans le projet&#xa0;: uniquement dans le fichier de clé, si vous en choisissez un. Conservez-le à l&apos;écart du projet.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Real name</source>
        <translation>Nom réel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Proposed as</source>
        <translation>Proposé comme</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="46"/>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="49"/>
        <source>&amp;Add name</source>
        <translation>&amp;Ajouter un nom</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="51"/>
        <source>&amp;Remove name</source>
        <translation>&amp;Retirer le nom</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="53"/>
        <source>&amp;Load names file…</source>
        <translation>&amp;Charger un fichier de noms…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Where and in context</source>
        <translation>Où et en contexte</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="68"/>
        <source>Replacements</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="81"/>
        <source>No key file: the mapping back to real names is kept nowhere</source>
        <translation>Pas de fichier de clé&#xa0;: la correspondance avec les noms réels n&apos;est conservée nulle part</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="82"/>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="84"/>
        <source>Key file:</source>
        <translation>Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="89"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonymiser</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="126"/>
        <source>speaker</source>
        <translation>locuteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="128"/>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="192"/>
        <source>The pseudonym &quot;%1&quot; has no real name beside it.</source>
        <translation>Le pseudonyme «&#xa0;%1&#xa0;» n&apos;a pas de nom réel en regard.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="196"/>
        <source>Enter a pseudonym beside each name to replace.</source>
        <translation>Saisissez un pseudonyme en regard de chaque nom à remplacer.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="218"/>
        <source>Speakers, cases, attributes, memos and other names</source>
        <translation>Locuteur·rice·s, cas, attributs, mémos et autres noms</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="221"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="226"/>
        <source>%1 replacements in the text of %2 of %3 documents, and %4 other fields.</source>
        <translation>%1 remplacements dans le texte de %2 documents sur %3, et %4 autres champs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="265"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone, and no key file will be written: the real names will be kept nowhere.</source>
        <translation>
            <numerusform>Remplacer %n nom partout dans le projet&#xa0;? Cette opération est irréversible et aucun fichier de clé ne sera écrit&#xa0;: les noms réels ne seront conservés nulle part.</numerusform>
            <numerusform>Remplacer %n noms partout dans le projet&#xa0;? Cette opération est irréversible et aucun fichier de clé ne sera écrit&#xa0;: les noms réels ne seront conservés nulle part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="268"/>
        <source>Replace %n name(s) everywhere in the project? This cannot be undone. The key goes to %1; keep it apart from the project.</source>
        <translation>
            <numerusform>Remplacer %n nom partout dans le projet&#xa0;? Cette opération est irréversible. La clé sera écrite dans %1&#xa0;; conservez-la à l&apos;écart du projet.</numerusform>
            <numerusform>Remplacer %n noms partout dans le projet&#xa0;? Cette opération est irréversible. La clé sera écrite dans %1&#xa0;; conservez-la à l&apos;écart du projet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="284"/>
        <source>Nothing was replaced: %1</source>
        <translation>Rien n&apos;a été remplacé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="294"/>
        <source>Key file (keep it apart from the project)</source>
        <translation>Fichier de clé (conservez-le à l&apos;écart du projet)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="295"/>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/pseudonymisedialog.cpp" line="302"/>
        <source>Names file (name,pseudonym)</source>
        <translation>Fichier de noms (name,pseudonym)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::PublishDialog</name>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="17"/>
        <source>&amp;Blind coding: coders see only their own coding until I release it</source>
        <translation>Codage à l&apos;&amp;aveugle&#xa0;: les codeur·se·s ne voient que leur propre codage jusqu&apos;à ce que je le lève</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="21"/>
        <source>Publish to team server</source>
        <translation>Publier sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="22"/>
        <source>Uploads this project to a PostgreSQL team server. You become its lead; this file becomes your copy, synced with the server. Add the coders afterwards in Team status.</source>
        <translation>Envoie ce projet sur un serveur d&apos;équipe PostgreSQL. Vous en devenez responsable&#xa0;; ce fichier devient votre copie, synchronisée avec le serveur. Ajoutez ensuite les codeur·se·s dans État de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="29"/>
        <source>Project &amp;name on the server:</source>
        <translation>&amp;Nom du projet sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="37"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="70"/>
        <source>Give the team server&apos;s connection string.</source>
        <translation>Indiquez la chaîne de connexion du serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="72"/>
        <source>Leave the password out of the connection string (it would be saved in the project); type it in the password field.</source>
        <translation>Ne mettez pas le mot de passe dans la chaîne de connexion (il serait enregistré dans le projet)&#xa0;; saisissez-le dans le champ du mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/publishdialog.cpp" line="75"/>
        <source>Name the project on the server.</source>
        <translation>Indiquez le nom du projet sur le serveur.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::QuickPick</name>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="18"/>
        <source>Apply code</source>
        <translation>Appliquer un code</translation>
    </message>
    <message>
        <location filename="../../ui/coding/quickpick.cpp" line="19"/>
        <source>Type to find a code, Enter to apply</source>
        <translation>Tapez pour trouver un code, Enter pour l&apos;appliquer</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsModel</name>
    <message>
        <location filename="../../ui/relations/relationsmodel.cpp" line="78"/>
        <source>%1 × %2: %3 overlapping pair(s), %4 quote(s) coded with both, Jaccard %5 — click to read them</source>
        <translation>%1 × %2&#xa0;: %3 paire(s) qui se chevauchent, %4 citation(s) codée(s) avec les deux, Jaccard %5 — cliquez pour les lire</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="55"/>
        <source>Counts</source>
        <translation>Effectifs</translation>
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
        <translation>Effectifs&#xa0;: paires de citations qui se chevauchent (une même citation comprise).
Jaccard&#xa0;: citations codées avec les deux ÷ citations portant l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="61"/>
        <source>Draw a link between two codes when they co-occur at least this often</source>
        <translation>Tracer un lien entre deux codes lorsqu&apos;ils sont cooccurrents au moins ce nombre de fois</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="70"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="73"/>
        <source>Link codes co-occurring at least:</source>
        <translation>Relier les codes cooccurrents au moins&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/relations/relationspanel.cpp" line="124"/>
        <source>%n code(s) with quotes; click a cell to read the quotes coded with both.</source>
        <translation>
            <numerusform>%n code avec des citations&#xa0;; cliquez sur une cellule pour lire les citations codées avec les deux.</numerusform>
            <numerusform>%n codes avec des citations&#xa0;; cliquez sur une cellule pour lire les citations codées avec les deux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/relations/relationspanel.cpp" line="156"/>
        <source>%1 &amp; %2 (coded with both)</source>
        <translation>%1 &amp; %2 (codées avec les deux)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="62"/>
        <source>Evaluation report</source>
        <translation>Rapport d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="65"/>
        <source>Title page</source>
        <translation>Page de titre</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="68"/>
        <source>Evaluation report: %1</source>
        <translation>Rapport d&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="77"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="78"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="79"/>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;uteur·rice&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="82"/>
        <source>Cases counted</source>
        <translation>Cas comptés</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="85"/>
        <source>The case attribute that says who a case is</source>
        <translation>L&apos;attribut de cas qui indique qui est le cas</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="88"/>
        <source>Roles separated by commas</source>
        <translation>Rôles séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="89"/>
        <source>Cases with one of these roles are not counted (interviewers and facilitators are not cases of the evaluation); their quotes are still shown.</source>
        <translation>Les cas ayant l&apos;un de ces rôles ne sont pas comptés (les intervieweur·se·s et les animateur·rice·s ne sont pas des cas de l&apos;évaluation)&#xa0;; leurs citations restent affichées.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="95"/>
        <source>&amp;Role attribute:</source>
        <translation>Attribut de &amp;rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="96"/>
        <source>&amp;Leave out roles:</source>
        <translation>Rôles à &amp;exclure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="102"/>
        <source>Matrices (rows × columns, what is counted, shares)</source>
        <translation>Matrices (lignes × colonnes, ce qui est compté, pourcentages)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="106"/>
        <source>&amp;Add matrix</source>
        <translation>&amp;Ajouter une matrice</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="112"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="113"/>
        <source>Representative quotes shown for each cell of a matrix</source>
        <translation>Citations représentatives affichées pour chaque cellule d&apos;une matrice</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="114"/>
        <source>&amp;Quotes per cell:</source>
        <translation>&amp;Citations par cellule&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="129"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="144"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="150"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="152"/>
        <source>Word document (DOCX)</source>
        <translation>Document Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="154"/>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="156"/>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="158"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="165"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="167"/>
        <source>Re&amp;dact names and identifying attributes</source>
        <translation>Ca&amp;viarder les noms et les attributs identifiants</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="169"/>
        <source>Speakers and cases are named by role labels (Interviewer 1, Participant 2), their names are replaced inside quotes, attributes marked identifying are left out, and the report says &quot;Redacted export&quot; on every page.</source>
        <translation>Les locuteur·rice·s et les cas sont désignés par leur rôle (Interviewer 1, Participant 2), leurs noms sont remplacés dans les citations, les attributs marqués comme identifiants sont omis, et le rapport porte la mention «&#xa0;Redacted export&#xa0;» sur chaque page.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="172"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="174"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="189"/>
        <source>&amp;Write report</source>
        <translation>&amp;Générer le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="211"/>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="361"/>
        <source>(every case counts)</source>
        <translation>(tous les cas comptent)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="382"/>
        <source>No case has this attribute.</source>
        <translation>Aucun cas n&apos;a cet attribut.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="383"/>
        <source>Values: %1</source>
        <translation>Valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="415"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="416"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="426"/>
        <source>Choose the file the report is written to.</source>
        <translation>Choisissez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="428"/>
        <source>Choose the rows and columns of the first matrix.</source>
        <translation>Choisissez les lignes et les colonnes de la première matrice.</translation>
    </message>
    <message>
        <location filename="../../ui/report/reportdialog.cpp" line="431"/>
        <source>Choose the rows and columns of matrix %1, or remove it.</source>
        <translation>Choisissez les lignes et les colonnes de la matrice %1, ou retirez-la.</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="15"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="16"/>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="17"/>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="18"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="19"/>
        <source>Representative quotes</source>
        <translation>Citations représentatives</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="20"/>
        <source>Positional profiles</source>
        <translation>Profils positionnels</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="21"/>
        <source>Collaboration network</source>
        <translation>Réseau de collaboration</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="22"/>
        <source>Inter-coder agreement</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="23"/>
        <source>Framework matrix</source>
        <translation>Matrice de cadre</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="24"/>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <location filename="../../ui/report/sectionchoices.cpp" line="25"/>
        <source>Appendix (profile tables)</source>
        <translation>Annexe (tableaux des profils)</translation>
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
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="63"/>
        <source>Speaker</source>
        <translation>Locuteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="64"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="65"/>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="66"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalmodel.cpp" line="67"/>
        <source>Coders</source>
        <translation>Codeur·se·s</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::RetrievalPanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="45"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="136"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="47"/>
        <source>Any checked code (OR)</source>
        <translation>N&apos;importe quel code coché (OU)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="48"/>
        <source>All checked codes (AND)</source>
        <translation>Tous les codes cochés (ET)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="49"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="50"/>
        <source>Check the codes whose quotes to list</source>
        <translation>Cochez les codes dont les citations doivent être listées</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="52"/>
        <source>Export the listed quotes with their attribution, codes, memos and attributes (XLSX, DOCX, HTML or CSV)</source>
        <translation>Exporter les citations listées avec leur provenance, leurs codes, mémos et attributs (XLSX, DOCX, HTML ou CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="65"/>
        <source>Coder:</source>
        <translation>Codeur·se&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="67"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="69"/>
        <source>Attribute:</source>
        <translation>Attribut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="129"/>
        <source>New memo on this quote…</source>
        <translation>Nouveau mémo sur cette citation…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="134"/>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="207"/>
        <source>All coders</source>
        <translation>Tous les codeur·se·s</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="208"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="209"/>
        <source>Any</source>
        <translation>N&apos;importe lequel</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>no code checked</source>
        <translation>aucun code coché</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="288"/>
        <source>%n checked code(s)</source>
        <translation>
            <numerusform>%n code coché</numerusform>
            <numerusform>%n codes cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="293"/>
        <source>%n quote(s): %1</source>
        <translation>
            <numerusform>%n citation&#xa0;: %1</numerusform>
            <numerusform>%n citations&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="337"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="340"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="347"/>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="354"/>
        <source>Quotes are exported as .xlsx, .docx, .html or .csv, not “%1”.</source>
        <translation>Les citations s&apos;exportent en .xlsx, .docx, .html ou .csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="360"/>
        <source>Quotes — %1</source>
        <translation>Citations — %1</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="387"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;Web page (*.html *.htm);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Document Word (*.docx);;Page web (*.html *.htm);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="389"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="395"/>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="399"/>
        <source>Export quotes</source>
        <translation>Exporter les citations</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval/retrievalpanel.cpp" line="400"/>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="22"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="26"/>
        <source>Code checked hits</source>
        <translation>Coder les occurrences cochées</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="27"/>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="31"/>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT</source>
        <translation>Mots, &quot;expressions&quot;, préfixe*, AND, OR, NOT</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="32"/>
        <source>the hit</source>
        <translation>l&apos;occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="33"/>
        <source>its sentence</source>
        <translation>sa phrase</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="34"/>
        <source>its paragraph</source>
        <translation>son paragraphe</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>Hit</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="36"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="48"/>
        <source>Code</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="50"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="149"/>
        <source>%n hit(s) so far …</source>
        <translation>
            <numerusform>%n occurrence jusqu&apos;ici …</numerusform>
            <numerusform>%n occurrences jusqu&apos;ici …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpanel.cpp" line="162"/>
        <source>Check the hits to code.</source>
        <translation>Cochez les occurrences à coder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpanel.cpp" line="171"/>
        <source>%n new coding(s) with %1</source>
        <translation>
            <numerusform>%n nouveau codage avec %1</numerusform>
            <numerusform>%n nouveaux codages avec %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SessionActions</name>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="30"/>
        <source>Start &amp;live session…</source>
        <translation>Démarrer une session en &amp;direct…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="38"/>
        <source>E&amp;nd live session</source>
        <translation>&amp;Terminer la session en direct</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="43"/>
        <source>&amp;Resume live session</source>
        <translation>&amp;Reprendre la session en direct</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="48"/>
        <source>&amp;Export session transcript</source>
        <translation>E&amp;xporter la transcription de la session</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="53"/>
        <source>&amp;Align session with recording</source>
        <translation>&amp;Aligner la session sur l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="65"/>
        <source>(no live sessions in this project)</source>
        <translation>(aucune session en direct dans ce projet)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="88"/>
        <source>(no capture window is open)</source>
        <translation>(aucune fenêtre de saisie ouverte)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="105"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>End live session</source>
        <translation>Terminer la session en direct</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="106"/>
        <source>%1 ended at %2. Session → Resume live session continues it.</source>
        <translation>La session «&#xa0;%1&#xa0;» s&apos;est terminée à %2. Session → Reprendre la session en direct la poursuit.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="108"/>
        <source>That session has no capture window open.</source>
        <translation>Cette session n&apos;a pas de fenêtre de saisie ouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="130"/>
        <source>Resumed %n live session(s) that were interrupted; nothing committed was lost.</source>
        <translation>
            <numerusform>%n session en direct interrompue a été reprise&#xa0;; rien de ce qui avait été validé n&apos;a été perdu.</numerusform>
            <numerusform>%n sessions en direct interrompues ont été reprises&#xa0;; rien de ce qui avait été validé n&apos;a été perdu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="147"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="160"/>
        <source>Cannot export %1: %2</source>
        <translation>Impossible d&apos;exporter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="214"/>
        <source>Export session transcript</source>
        <translation>Exporter la transcription de la session</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="161"/>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="168"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="171"/>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="172"/>
        <source>Align with recording</source>
        <translation>Aligner sur l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="173"/>
        <source>Aligned %1 of %2 utterances with the recording&apos;s cues; the session moved by %3 s (Edit → Undo reverts it).</source>
        <translation>%1 prises de parole sur %2 alignées sur les repères de l&apos;enregistrement&#xa0;; la session a été décalée de %3 s (Édition → Annuler rétablit l&apos;état précédent).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="196"/>
        <source>Transcript of the recording</source>
        <translation>Transcription de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="197"/>
        <source>Subtitles with times (*.srt *.vtt)</source>
        <translation>Sous-titres horodatés (*.srt *.vtt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/sessionactions.cpp" line="215"/>
        <source>SubRip subtitles (*.srt);;WebVTT (*.vtt);;Plain text (*.txt);;CSV of utterances (*.csv)</source>
        <translation>Sous-titres SubRip (*.srt);;WebVTT (*.vtt);;Texte brut (*.txt);;CSV des prises de parole (*.csv)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="22"/>
        <location filename="../../ui/settings/settingsdialog.cpp" line="31"/>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="23"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="25"/>
        <source>Snap selections to whole words</source>
        <translation>Aligner les sélections sur des mots entiers</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="29"/>
        <source>Your name, recorded on every coding</source>
        <translation>Votre nom, enregistré avec chaque codage</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>The new language applies when Crosscut is started again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Crosscut.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Document font size:</source>
        <translation>Taille de police des documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Coder:</source>
        <translation>Codeur·se&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutDialog</name>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="25"/>
        <source>Shortcut for “%1”</source>
        <translation>Raccourci pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="29"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="41"/>
        <source>Press the keys that apply this code (Backspace clears, Enter keeps, Esc cancels):</source>
        <translation>Appuyez sur les touches qui appliqueront ce code (Backspace efface, Enter conserve, Esc annule)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="62"/>
        <source>%1 alone would be typed or taken by the document view (1–9 apply recent codes): add Ctrl or Alt, or use a function key.</source>
        <translation>%1 seul serait saisi comme texte ou intercepté par la vue du document (1–9 appliquent les codes récents)&#xa0;: ajoutez Ctrl ou Alt, ou utilisez une touche de fonction.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="66"/>
        <source>%1 is the shortcut of “%2”; choose another.</source>
        <translation>%1 est le raccourci de «&#xa0;%2&#xa0;»&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook/shortcutdialog.cpp" line="70"/>
        <source>%1 now applies “%2”; it will apply this code instead.</source>
        <translation>%1 applique actuellement «&#xa0;%2&#xa0;»&#xa0;; il appliquera désormais ce code.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::ShortcutEdit</name>
    <message>
        <location filename="../../ui/codebook/shortcutedit.cpp" line="42"/>
        <source>Press a key combination</source>
        <translation>Appuyez sur une combinaison de touches</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StartPage</name>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="16"/>
        <source>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Code transcripts along intersectional dimensions, then read the matrix.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Crosscut&lt;/h1&gt;&lt;p&gt;Codez des transcriptions selon des dimensions intersectionnelles, puis lisez la matrice.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="20"/>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="22"/>
        <source>New project from the intersectional template…</source>
        <translation>Nouveau projet à partir du modèle intersectionnel…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="23"/>
        <source>New empty project…</source>
        <translation>Nouveau projet vide…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="24"/>
        <source>Open a project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/startpage.cpp" line="39"/>
        <source>Recent projects:</source>
        <translation>Projets récents&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StopWordsDialog</name>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="19"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="21"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="23"/>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="25"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="27"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="29"/>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="37"/>
        <source>Stop words</source>
        <translation>Mots vides</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="41"/>
        <source>Shipped lists</source>
        <translation>Listes fournies</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="56"/>
        <source>One word a line, e.g. interviewer</source>
        <translation>Un mot par ligne, p. ex. intervieweur</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="57"/>
        <source>Shipped stop words to count after all, e.g. we</source>
        <translation>Mots vides fournis à compter malgré tout, p. ex. nous</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="63"/>
        <source>Also leave out:</source>
        <translation>Exclure aussi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="64"/>
        <source>Count after all:</source>
        <translation>Compter malgré tout&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/words/stopwordsdialog.cpp" line="70"/>
        <source>Stop words are left out of word counts, and phrases neither begin nor end on one. Without a choice, the languages of the documents apply (a document attribute &quot;Language&quot;), else English.</source>
        <translation>Les mots vides sont exclus du décompte des mots, et les expressions ne commencent ni ne finissent par l&apos;un d&apos;eux. Sans choix, les langues des documents s&apos;appliquent (attribut de document «&#xa0;Language&#xa0;»), sinon l&apos;anglais.</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::StripeMargin</name>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="144"/>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="153"/>
        <source>Remove coding “%1”</source>
        <translation>Retirer le codage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="163"/>
        <source>Remove %1&apos;s codings of this quote</source>
        <translation>Retirer les codages de %1 sur cette citation</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="169"/>
        <source>Delete quote</source>
        <translation>Supprimer la citation</translation>
    </message>
    <message>
        <location filename="../../ui/document/stripemargin.cpp" line="189"/>
        <source>%1 (coded by %2)</source>
        <translation>%1 (codé par %2)</translation>
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
        <translation>Importer une &amp;enquête…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="26"/>
        <source>Respondents as cases, closed answers as case attributes, open answers as documents to code (CSV or XLSX)</source>
        <translation>Répondant·e·s comme cas, réponses fermées comme attributs de cas, réponses ouvertes comme documents à coder (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="38"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyactions.cpp" line="63"/>
        <source>Imported %n respondent(s): %1 case attribute(s), %2 answer(s) to code</source>
        <translation>
            <numerusform>%n répondant·e importé·e&#xa0;: %1 attribut(s) de cas, %2 réponse(s) à coder</numerusform>
            <numerusform>%n répondant·e·s importé·e·s&#xa0;: %1 attribut(s) de cas, %2 réponse(s) à coder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="74"/>
        <source>Import survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyactions.cpp" line="75"/>
        <source>Surveys (*.csv *.xlsx);;All files (*)</source>
        <translation>Enquêtes (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridModel</name>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="70"/>
        <source>Respondent</source>
        <translation>Répondant·e</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="76"/>
        <source>Open answers: double-click one to code it in the document</source>
        <translation>Réponses ouvertes&#xa0;: double-cliquez sur une réponse pour la coder dans le document</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridmodel.cpp" line="77"/>
        <source>Case attribute (%1)</source>
        <translation>Attribut de cas (%1)</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyGridPanel</name>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="30"/>
        <source>Filter respondents and answers…</source>
        <translation>Filtrer les répondant·e·s et les réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveygridpanel.cpp" line="41"/>
        <source>Double-click an open answer to code it</source>
        <translation>Double-cliquez sur une réponse ouverte pour la coder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="71"/>
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n répondant·e</numerusform>
            <numerusform>%n répondant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveygridpanel.cpp" line="72"/>
        <source>%1 of %n respondent(s)</source>
        <translation>
            <numerusform>%1 sur %n répondant·e</numerusform>
            <numerusform>%1 sur %n répondant·e·s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosscut::ui::SurveyImportDialog</name>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="31"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="34"/>
        <source>Import survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="42"/>
        <source>e.g. baseline (optional)</source>
        <translation>p. ex. référence (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="43"/>
        <source>With a wave, attributes and documents are named “Q3 [baseline]”, so that two waves of one survey live side by side in the project</source>
        <translation>Avec une vague, les attributs et les documents sont nommés «&#xa0;Q3 [référence]&#xa0;», afin que deux vagues d&apos;une même enquête coexistent dans le projet</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="52"/>
        <source>Choose what each column is: the respondents’ &lt;b&gt;identifier&lt;/b&gt; (one case per respondent), a &lt;b&gt;closed answer&lt;/b&gt; (a case attribute of the type shown), an &lt;b&gt;open answer&lt;/b&gt; (one document per question, each answer a turn of its respondent, to code), or &lt;b&gt;skip&lt;/b&gt; it.</source>
        <translation>Indiquez ce qu&apos;est chaque colonne&#xa0;: l&apos;&lt;b&gt;identifiant&lt;/b&gt; des répondant·e·s (un cas par répondant·e), une &lt;b&gt;réponse fermée&lt;/b&gt; (un attribut de cas du type indiqué), une &lt;b&gt;réponse ouverte&lt;/b&gt; (un document par question, chaque réponse étant une prise de parole de son ou sa répondant·e, à coder), ou bien &lt;b&gt;ignorez&lt;/b&gt;-la.</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="59"/>
        <source>Wave:</source>
        <translation>Vague&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="87"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %n respondent(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n répondant·e</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;%2 — %n répondant·e·s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="93"/>
        <source>, sheet %1</source>
        <translation>, feuille %1</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Use as</source>
        <translation>Utiliser comme</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="98"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="106"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="107"/>
        <source>Closed answer → case attribute</source>
        <translation>Réponse fermée → attribut de cas</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="108"/>
        <source>Open answer → text</source>
        <translation>Réponse ouverte → texte</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="109"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="114"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="115"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="116"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="117"/>
        <source>%1 (detected)</source>
        <translation>%1 (type détecté)</translation>
    </message>
    <message>
        <location filename="../../ui/survey/surveyimportdialog.cpp" line="176"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamActions</name>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="40"/>
        <source>&amp;Merge project…</source>
        <translation>&amp;Fusionner un projet…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="42"/>
        <source>Merges coder copies or other projects into this one, as one undoable step</source>
        <translation>Fusionne des copies de codeur ou d&apos;autres projets dans celui-ci, en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="44"/>
        <source>&amp;Hand out a coder copy…</source>
        <translation>&amp;Remettre une copie de codeur…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="46"/>
        <source>Writes a copy of this project for one coder, to merge back later</source>
        <translation>Écrit une copie de ce projet pour un·e codeur·se, à fusionner plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="83"/>
        <source>Crosscut</source>
        <translation>Crosscut</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="117"/>
        <source>Nothing was merged: no password for %1.</source>
        <translation>Rien n&apos;a été fusionné&#xa0;: pas de mot de passe pour %1.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="129"/>
        <source>Merged: nothing new.</source>
        <translation>Fusion&#xa0;: rien de nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="130"/>
        <source>Merged %n project(s).</source>
        <translation>
            <numerusform>%n projet fusionné.</numerusform>
            <numerusform>%n projets fusionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="138"/>
        <source>The merge was refused: %1</source>
        <translation>La fusion a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="141"/>
        <source>This key file does not open %1. Try another.</source>
        <translation>Ce fichier de clé n&apos;ouvre pas %1. Essayez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="143"/>
        <source>Wrong password. Try again.</source>
        <translation>Mot de passe incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="173"/>
        <source>No copy was written: %1</source>
        <translation>Aucune copie n&apos;a été écrite&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="178"/>
        <source>Wrote the copy for %1 to %2: %n document(s)</source>
        <translation>
            <numerusform>Copie pour %1 écrite dans %2&#xa0;: %n document</numerusform>
            <numerusform>Copie pour %1 écrite dans %2&#xa0;: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow/teamactions.cpp" line="180"/>
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codage</numerusform>
            <numerusform>%n codages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source> (blind)</source>
        <translation> (à l&apos;aveugle)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="181"/>
        <source>, encrypted</source>
        <translation>, chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow/teamactions.cpp" line="184"/>
        <source>Hand out a coder copy</source>
        <translation>Remettre une copie de codeur</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::TeamIndicator</name>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="27"/>
        <source>Team: offline — %1</source>
        <translation>Équipe&#xa0;: hors ligne — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="29"/>
        <source>Team: %n change(s) to send</source>
        <translation>
            <numerusform>Équipe&#xa0;: %n modification à envoyer</numerusform>
            <numerusform>Équipe&#xa0;: %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="31"/>
        <source>Team: synced %1</source>
        <translation>Équipe&#xa0;: synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="33"/>
        <source>Team: not synced yet</source>
        <translation>Équipe&#xa0;: pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="35"/>
        <source> (syncing…)</source>
        <translation> (synchronisation…)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Team server: %1</source>
        <translation>Serveur d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="44"/>
        <source>Your role: %1</source>
        <translation>Votre rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="45"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="46"/>
        <source>Not synced since the project was opened</source>
        <translation>Pas synchronisé depuis l&apos;ouverture du projet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamindicator.cpp" line="47"/>
        <source>%n change(s) of yours not yet on the server</source>
        <translation>
            <numerusform>%n modification de votre part n&apos;est pas encore sur le serveur</numerusform>
            <numerusform>%n modifications de votre part ne sont pas encore sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="49"/>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="50"/>
        <source>You can keep coding: your changes are sent at the next sync.</source>
        <translation>Vous pouvez continuer à coder&#xa0;: vos modifications seront envoyées lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamindicator.cpp" line="51"/>
        <source>Syncs every minute and when a teammate sends changes. Click to sync now.</source>
        <translation>Se synchronise toutes les minutes et lorsqu&apos;un·e coéquipier·ère envoie des modifications. Cliquez pour synchroniser maintenant.</translation>
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
        <translation>codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="31"/>
        <source>reader</source>
        <translation>lecteur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="40"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="42"/>
        <source>&amp;Remove the selected member</source>
        <translation>&amp;Retirer le membre sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="43"/>
        <source>Release &amp;blind coding</source>
        <translation>&amp;Lever le codage à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="46"/>
        <source>Team status</source>
        <translation>État de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="59"/>
        <source>PostgreSQL user</source>
        <translation>Utilisateur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="52"/>
        <source>Coder name</source>
        <translation>Nom de codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="61"/>
        <source>coder name</source>
        <translation>nom de codeur·se</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="68"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="163"/>
        <source>Every coder may then read every coder&apos;s coding, for agreement and adjudication</source>
        <translation>Chaque codeur·se pourra alors lire le codage de tou·te·s les autres, pour l&apos;accord et l&apos;arbitrage</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="89"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="101"/>
        <source>Let every coder read every coder&apos;s coding from now on? This cannot be taken back.</source>
        <translation>Permettre désormais à chaque codeur·se de lire le codage de tou·te·s les autres&#xa0;? Ce choix est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="125"/>
        <source>This project is not linked to a team server.</source>
        <translation>Ce projet n&apos;est lié à aucun serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="131"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>asking the server…</source>
        <translation>interrogation du serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="161"/>
        <source>This project is not blind</source>
        <translation>Ce projet n&apos;est pas en codage à l&apos;aveugle</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="162"/>
        <source>Blind coding is released already</source>
        <translation>Le codage à l&apos;aveugle a déjà été levé</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="191"/>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="192"/>
        <source>Project on the server:</source>
        <translation>Projet sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>You code as:</source>
        <translation>Vous codez en tant que&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="193"/>
        <source>%1 (PostgreSQL user %2)</source>
        <translation>%1 (utilisateur PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="194"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>Blind coding:</source>
        <translation>Codage à l&apos;aveugle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>released by the lead</source>
        <translation>levé par la personne responsable</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="196"/>
        <source>on: coders see only their own coding</source>
        <translation>activé&#xa0;: les codeur·se·s ne voient que leur propre codage</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="197"/>
        <source>Changes to send:</source>
        <translation>Modifications à envoyer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>Behind the server:</source>
        <translation>Retard sur le serveur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="199"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="201"/>
        <source>offline — %1</source>
        <translation>hors ligne — %1</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="202"/>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="203"/>
        <source>not since the project was opened</source>
        <translation>aucune depuis l&apos;ouverture du projet</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="229"/>
        <source>Give the member&apos;s PostgreSQL user (the server&apos;s administrator creates it).</source>
        <translation>Indiquez l&apos;utilisateur PostgreSQL du membre (il est créé par l&apos;administrateur·rice du serveur).</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="235"/>
        <source>%1 was not added: %2</source>
        <translation>Impossible d&apos;ajouter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="246"/>
        <source>%1 was not removed: %2</source>
        <translation>Impossible de retirer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/hub/teamstatusdialog.cpp" line="255"/>
        <source>Blind coding was not released: %1</source>
        <translation>Impossible de lever le codage à l&apos;aveugle&#xa0;: %1</translation>
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
        <translation>&amp;Modifier la prise de parole…</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="43"/>
        <source>&amp;Merge with next utterance</source>
        <translation>&amp;Fusionner avec la prise de parole suivante</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="50"/>
        <source>&amp;Split utterance here</source>
        <translation>&amp;Scinder la prise de parole ici</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="63"/>
        <source>Edit utterance</source>
        <translation>Modifier la prise de parole</translation>
    </message>
    <message>
        <location filename="../../ui/live/utteranceactions.cpp" line="64"/>
        <source>What was said:</source>
        <translation>Ce qui a été dit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordBarView</name>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="29"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordviews.cpp" line="30"/>
        <source>count</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::WordsPanel</name>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="56"/>
        <source>Numbers</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="57"/>
        <source>Emoji</source>
        <translation>Émojis</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="59"/>
        <source>Edit stop words…</source>
        <translation>Modifier les mots vides…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="60"/>
        <source>Save image…</source>
        <translation>Enregistrer l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="72"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="73"/>
        <source>2-word phrases</source>
        <translation>Expressions de 2 mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="74"/>
        <source>3-word phrases</source>
        <translation>Expressions de 3 mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="77"/>
        <source>min. length </source>
        <translation>long. min. </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="81"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="83"/>
        <source>A focus group&apos;s 👍 is data: emoji count as words</source>
        <translation>Le 👍 d&apos;un groupe de discussion est une donnée&#xa0;: les émojis comptent comme des mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="94"/>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="95"/>
        <source>Bar chart</source>
        <translation>Diagramme en barres</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="156"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="159"/>
        <source>Set: %1</source>
        <translation>Ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="165"/>
        <source>Quotes of %1</source>
        <translation>Citations de %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="175"/>
        <source>No columns</source>
        <translation>Sans colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="176"/>
        <source>Per document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="178"/>
        <source>Per case %1</source>
        <translation>Par cas %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="180"/>
        <source>Per document %1</source>
        <translation>Par document %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="194"/>
        <source>Stop words: none of the shipped lists</source>
        <translation>Mots vides&#xa0;: aucune des listes fournies</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="195"/>
        <source>Stop words: %1</source>
        <translation>Mots vides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="197"/>
        <source> (the documents&apos; languages)</source>
        <translation> (langues des documents)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>; %n added</source>
        <translation>
            <numerusform>&#xa0;; %n ajouté</numerusform>
            <numerusform>&#xa0;; %n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="199"/>
        <source>, %n counted after all</source>
        <translation>
            <numerusform>, %n compté malgré tout</numerusform>
            <numerusform>, %n comptés malgré tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/words/wordspanel.cpp" line="242"/>
        <source>— %n document(s), %1 words in scope; %2 shown.</source>
        <translation>
            <numerusform>— %n document, %1 mots dans le périmètre&#xa0;; %2 affichés.</numerusform>
            <numerusform>— %n documents, %1 mots dans le périmètre&#xa0;; %2 affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent words</source>
        <translation>Mots les plus fréquents</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="248"/>
        <source>Most frequent phrases</source>
        <translation>Expressions les plus fréquentes</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Word</source>
        <translation>Mot</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Phrase</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="259"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save word cloud</source>
        <translation>Enregistrer le nuage de mots</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="327"/>
        <source>Save bar chart</source>
        <translation>Enregistrer le diagramme en barres</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-cloud.png</source>
        <translation>nuage-de-mots.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="328"/>
        <source>word-chart.png</source>
        <translation>diagramme-mots.png</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="329"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/words/wordspanel.cpp" line="333"/>
        <source>Save image</source>
        <translation>Enregistrer l&apos;image</translation>
    </message>
</context>
<context>
    <name>crosscut::ui::agreement</name>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="36"/>
        <source>Below 0.67: too low to draw conclusions from</source>
        <translation>Inférieur à 0,67&#xa0;: trop faible pour en tirer des conclusions</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="38"/>
        <source>0.67 to 0.8: tentative conclusions only</source>
        <translation>De 0,67 à 0,8&#xa0;: conclusions provisoires seulement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement/agreementlevel.cpp" line="39"/>
        <source>0.8 or above: reliable</source>
        <translation>0,8 ou plus&#xa0;: fiable</translation>
    </message>
</context>
</TS>
