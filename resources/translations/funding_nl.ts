<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AccountabilityDialog</name>
        <message>
            <source>Account for the application</source>
            <translation>Aanvraag verantwoorden</translation>
        </message>
        <message>
            <source>Fill in the actual amount.</source>
            <translation>Vul het werkelijke bedrag in.</translation>
        </message>
        <message>
            <source>%1 (planned %2):</source>
            <translation>%1 (begroot %2):</translation>
        </message>
        <message>
            <source>A few lines: what happened, who came, what you learned.</source>
            <translation>Een paar regels: wat er gebeurde, wie er kwamen, wat u ervan leerde.</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Foto's toevoegen…</translation>
        </message>
        <message>
            <source>Add receipts…</source>
            <translation>Bonnetjes toevoegen…</translation>
        </message>
        <message>
            <source>Remove file</source>
            <translation>Bestand weghalen</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.heic)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png *.heic)</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>Bonnetjes (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Actual costs per line&lt;/b&gt;</source>
            <translation>&lt;b&gt;Werkelijke kosten per post&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Participants:</source>
            <translation>Deelnemers:</translation>
        </message>
        <message>
            <source>Report:</source>
            <translation>Verslag:</translation>
        </message>
        <message>
            <source>Photos and receipts:</source>
            <translation>Foto's en bonnetjes:</translation>
        </message>
        <message>
            <source>Choose files</source>
            <translation>Bestanden kiezen</translation>
        </message>
    </context>
    <context>
        <name>ApplicationEditor</name>
        <message>
            <source>Residents' group or organisation</source>
            <translation>Bewonersgroep of organisatie</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Fill in a title.</source>
            <translation>Vul een titel in.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>e.g. signature list with 36 signatures: 29 for, 2 against</source>
            <translation>bijv. handtekeningenlijst met 36 handtekeningen: 29 voor, 2 tegen</translation>
        </message>
        <message>
            <source>Recurs every year (e.g. King's Day, Burendag)</source>
            <translation>Komt elk jaar terug (bijv. Koningsdag, Burendag)</translation>
        </message>
        <message>
            <source>— no activity linked —</source>
            <translation>— geen activiteit gekoppeld —</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— geen —</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bankrekening</translation>
        </message>
        <message>
            <source>Prepaid card</source>
            <translation>Prepaidkaart</translation>
        </message>
        <message>
            <source>Fund:</source>
            <translation>Fonds:</translation>
        </message>
        <message>
            <source>Applicant is a:</source>
            <translation>Aanvrager is een:</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Persoon:</translation>
        </message>
        <message>
            <source>Name of group or organisation:</source>
            <translation>Naam groep of organisatie:</translation>
        </message>
        <message>
            <source>KvK number:</source>
            <translation>KvK-nummer:</translation>
        </message>
        <message>
            <source>Contact person:</source>
            <translation>Contactpersoon:</translation>
        </message>
        <message>
            <source>Reference at the fund:</source>
            <translation>Kenmerk bij het fonds:</translation>
        </message>
        <message>
            <source>&amp;Applicant</source>
            <translation>&amp;Aanvrager</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Omschrijving:</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Doel:</translation>
        </message>
        <message>
            <source>Target group:</source>
            <translation>Doelgroep:</translation>
        </message>
        <message>
            <source>Expected participants:</source>
            <translation>Verwachte deelnemers:</translation>
        </message>
        <message>
            <source>Expected volunteers:</source>
            <translation>Verwachte vrijwilligers:</translation>
        </message>
        <message>
            <source>Proof of support:</source>
            <translation>Draagvlak:</translation>
        </message>
        <message>
            <source>Same initiative as (for earlier years):</source>
            <translation>Zelfde initiatief als (voor eerdere jaren):</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>Linked activity:</source>
            <translation>Gekoppelde activiteit:</translation>
        </message>
        <message>
            <source>First day:</source>
            <translation>Eerste dag:</translation>
        </message>
        <message>
            <source>Last day:</source>
            <translation>Laatste dag:</translation>
        </message>
        <message>
            <source>Complex:</source>
            <translation>Complex:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Locatie:</translation>
        </message>
        <message>
            <source>&amp;Dates and place</source>
            <translation>&amp;Datum en plaats</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Begroting</translation>
        </message>
        <message>
            <source>Payout:</source>
            <translation>Uitbetaling:</translation>
        </message>
        <message>
            <source>IBAN:</source>
            <translation>IBAN:</translation>
        </message>
        <message>
            <source>Account holder:</source>
            <translation>Tenaamstelling:</translation>
        </message>
        <message>
            <source>Pa&amp;yout</source>
            <translation>&amp;Uitbetaling</translation>
        </message>
        <message>
            <source>Attac&amp;hments</source>
            <translation>Bij&amp;lagen</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>&amp;Geschiedenis</translation>
        </message>
        <message>
            <source>Submit…</source>
            <translation>Indienen…</translation>
        </message>
        <message>
            <source>Record decision…</source>
            <translation>Besluit vastleggen…</translation>
        </message>
        <message>
            <source>Account for…</source>
            <translation>Verantwoorden…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Afsluiten…</translation>
        </message>
        <message>
            <source>Back to draft</source>
            <translation>Terug naar concept</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Documents (PDF)</source>
            <translation>Documenten (PDF)</translation>
        </message>
        <message>
            <source>Application…</source>
            <translation>Aanvraag…</translation>
        </message>
        <message>
            <source>Signature list…</source>
            <translation>Handtekeningenlijst…</translation>
        </message>
        <message>
            <source>Accountability…</source>
            <translation>Verantwoording…</translation>
        </message>
        <message>
            <source>Linked activity</source>
            <translation>Gekoppelde activiteit</translation>
        </message>
        <message>
            <source>Choose the resident or volunteer who applies.</source>
            <translation>Kies de bewoner of vrijwilliger die aanvraagt.</translation>
        </message>
        <message>
            <source>Fill in the name of the residents' group or organisation.</source>
            <translation>Vul de naam van de bewonersgroep of organisatie in.</translation>
        </message>
        <message>
            <source>The last day must be on or after the first day.</source>
            <translation>De laatste dag moet op of na de eerste dag liggen.</translation>
        </message>
        <message>
            <source>Funding application</source>
            <translation>Aanvraag</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Correct the marked fields first; then the application can be saved.</source>
            <translation>Verbeter eerst de gemarkeerde velden; daarna kan de aanvraag worden opgeslagen.</translation>
        </message>
        <message>
            <source>Submit application</source>
            <translation>Aanvraag indienen</translation>
        </message>
        <message>
            <source>Submit anyway?</source>
            <translation>Toch indienen?</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPage</name>
        <message>
            <source>Add file…</source>
            <translation>Bestand toevoegen…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Weghalen</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <source>%1: %2 (%3, added %4)</source>
            <translation>%1: %2 (%3, toegevoegd %4)</translation>
        </message>
        <message>
            <source>Files are stored in the database, so they are in every backup and the original may be moved or deleted afterwards.</source>
            <translation>Bestanden worden in de database bewaard: ze zitten in elke reservekopie en het origineel mag daarna verplaatst of verwijderd worden.</translation>
        </message>
        <message>
            <source>Save the application first; then files can be attached.</source>
            <translation>Sla de aanvraag eerst op; daarna kunnen bestanden worden toegevoegd.</translation>
        </message>
        <message>
            <source>Choose a file to attach</source>
            <translation>Kies een bestand om toe te voegen</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Bijlage</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Opslaan als…</translation>
        </message>
        <message>
            <source>Save attachment as</source>
            <translation>Bijlage opslaan als</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
    </context>
    <context>
        <name>BudgetWidget</name>
        <message>
            <source>Add cost line</source>
            <translation>Kostenregel toevoegen</translation>
        </message>
        <message>
            <source>Remove cost line</source>
            <translation>Kostenregel weghalen</translation>
        </message>
        <message>
            <source>Add income line</source>
            <translation>Inkomstenregel toevoegen</translation>
        </message>
        <message>
            <source>Remove income line</source>
            <translation>Inkomstenregel weghalen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Costs&lt;/b&gt; (double-click a cell to edit)</source>
            <translation>&lt;b&gt;Kosten&lt;/b&gt; (dubbelklik op een cel om te wijzigen)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Income&lt;/b&gt;: own contribution in money or in kind, co-funding</source>
            <translation>&lt;b&gt;Inkomsten&lt;/b&gt;: eigen bijdrage in geld of in natura, bijdragen van anderen</translation>
        </message>
        <message>
            <source>Total costs</source>
            <translation>Totale kosten</translation>
        </message>
        <message>
            <source>Total income</source>
            <translation>Totale inkomsten</translation>
        </message>
        <message>
            <source>Requested from the fund</source>
            <translation>Gevraagd bij het fonds</translation>
        </message>
    </context>
    <context>
        <name>ChecklistWidget</name>
        <message>
            <source>Rule check</source>
            <translation>Controle op de regels</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>In orde</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Not in order</source>
            <translation>Niet in orde</translation>
        </message>
        <message>
            <source>All rules are met.</source>
            <translation>Aan alle regels is voldaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n rule(s) not met.</source>
            <translation>
                <numerusform>%Ln regel niet voldaan.</numerusform>
                <numerusform>%Ln regels niet voldaan.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close application</source>
            <translation>Aanvraag afsluiten</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Opmerking:</translation>
        </message>
    </context>
    <context>
        <name>CostLinesModel</name>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>New cost line</source>
            <translation>Nieuwe kostenpost</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesWidget</name>
        <message>
            <source>Deadlines</source>
            <translation>Termijnen</translation>
        </message>
        <message>
            <source>Submit before:</source>
            <translation>Indienen vóór:</translation>
        </message>
        <message>
            <source>Decision expected:</source>
            <translation>Besluit verwacht:</translation>
        </message>
        <message>
            <source>Account for before:</source>
            <translation>Verantwoording vóór:</translation>
        </message>
        <message>
            <source>not known yet</source>
            <translation>nog niet bekend</translation>
        </message>
        <message>
            <source>after submitting</source>
            <translation>na indienen</translation>
        </message>
        <message>
            <source>%1 (at the latest %2)</source>
            <translation>%1 (uiterlijk %2)</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Record decision</source>
            <translation>Besluit vastleggen</translation>
        </message>
        <message>
            <source>Fill in the granted amount.</source>
            <translation>Vul het toegekende bedrag in.</translation>
        </message>
        <message>
            <source>the fund's reference, e.g. BES-2026-12345</source>
            <translation>kenmerk van het fonds, bijv. BES-2026-12345</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Besluit:</translation>
        </message>
        <message>
            <source>Granted amount:</source>
            <translation>Toegekend bedrag:</translation>
        </message>
        <message>
            <source>Requested:</source>
            <translation>Gevraagd:</translation>
        </message>
        <message>
            <source>Decision reference:</source>
            <translation>Kenmerk besluit:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Opmerking:</translation>
        </message>
    </context>
    <context>
        <name>FundingBudget</name>
        <message>
            <source>Own contribution (money)</source>
            <translation>Eigen bijdrage (geld)</translation>
        </message>
        <message>
            <source>Own contribution (in kind)</source>
            <translation>Eigen bijdrage (in natura)</translation>
        </message>
        <message>
            <source>Co-funding from others</source>
            <translation>Bijdrage van anderen</translation>
        </message>
    </context>
    <context>
        <name>FundingMenu</name>
        <message>
            <source>&amp;Funds…</source>
            <translation>&amp;Fondsen…</translation>
        </message>
    </context>
    <context>
        <name>FundingPdf</name>
        <message>
            <source>Application %1.pdf</source>
            <translation>Aanvraag %1.pdf</translation>
        </message>
        <message>
            <source>Signature list %1.pdf</source>
            <translation>Handtekeningenlijst %1.pdf</translation>
        </message>
        <message>
            <source>Accountability %1.pdf</source>
            <translation>Verantwoording %1.pdf</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF opslaan</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2. Choose another folder.</source>
            <translation>Kan %1 niet schrijven: %2. Kies een andere map.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>FundingTab</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <source>Submit before %1</source>
            <translation>Indienen vóór %1</translation>
        </message>
        <message>
            <source>Decision expected %1</source>
            <translation>Besluit verwacht %1</translation>
        </message>
        <message>
            <source>Account for before %1</source>
            <translation>Verantwoording vóór %1</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter op status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Filter by fund</source>
            <translation>Filter op fonds</translation>
        </message>
        <message>
            <source>&amp;New application</source>
            <translation>&amp;Nieuwe aanvraag</translation>
        </message>
        <message>
            <source>New funding application (Ctrl+N)</source>
            <translation>Nieuwe aanvraag (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>All funds</source>
            <translation>Alle fondsen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Eerstvolgende termijn</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Activity date</source>
            <translation>Datum activiteit</translation>
        </message>
        <message>
            <source>Search by title or applicant</source>
            <translation>Zoek op titel of aanvrager</translation>
        </message>
        <message>
            <source>No funding applications yet. Click 'New application' to start one.</source>
            <translation>Nog geen aanvragen. Klik op 'Nieuwe aanvraag' om te beginnen.</translation>
        </message>
        <message>
            <source>Funding application</source>
            <translation>Aanvraag</translation>
        </message>
        <message>
            <source>Funding application: %1</source>
            <translation>Aanvraag: %1</translation>
        </message>
        <message>
            <source>Delete application</source>
            <translation>Aanvraag verwijderen</translation>
        </message>
        <message>
            <source>Delete the application '%1' with its budget, history and attachments?</source>
            <translation>De aanvraag '%1' met begroting, geschiedenis en bijlagen verwijderen?</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%Ln aanvraag</numerusform>
                <numerusform>%Ln aanvragen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FundingTableModel</name>
        <message>
            <source>This deadline has passed.</source>
            <translation>Deze termijn is verstreken.</translation>
        </message>
        <message>
            <source>This deadline is within two weeks.</source>
            <translation>Deze termijn valt binnen twee weken.</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (te laat)</translation>
        </message>
        <message>
            <source>%1 (due soon)</source>
            <translation>%1 (binnenkort)</translation>
        </message>
    </context>
    <context>
        <name>FundsDialog</name>
        <message>
            <source>Funds</source>
            <translation>Fondsen</translation>
        </message>
        <message>
            <source>New fund</source>
            <translation>Nieuw fonds</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>Fill in the fund's name.</source>
            <translation>Vul de naam van het fonds in.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>geen grens</translation>
        </message>
        <message>
            <source>one per line, e.g. Begroting</source>
            <translation>één per regel, bijv. Begroting</translation>
        </message>
        <message>
            <source>one per line, e.g. Alcohol</source>
            <translation>één per regel, bijv. Alcohol</translation>
        </message>
        <message>
            <source>one per line, e.g. Materiaal</source>
            <translation>één per regel, bijv. Materiaal</translation>
        </message>
        <message>
            <source>Default fund for new applications</source>
            <translation>Standaardfonds voor nieuwe aanvragen</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weken</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Municipality:</source>
            <translation>Gemeente:</translation>
        </message>
        <message>
            <source>Maximum per request:</source>
            <translation>Maximum per aanvraag:</translation>
        </message>
        <message>
            <source>Maximum per initiative per year:</source>
            <translation>Maximum per initiatief per jaar:</translation>
        </message>
        <message>
            <source>Apply at least (before the activity):</source>
            <translation>Aanvragen minstens (vóór de activiteit):</translation>
        </message>
        <message>
            <source>Decision within:</source>
            <translation>Besluit binnen:</translation>
        </message>
        <message>
            <source>Extension (once):</source>
            <translation>Verlenging (eenmaal):</translation>
        </message>
        <message>
            <source>Large requests above:</source>
            <translation>Grote aanvragen boven:</translation>
        </message>
        <message>
            <source>…are taken into treatment on (month-day):</source>
            <translation>…worden in behandeling genomen op (maand-dag):</translation>
        </message>
        <message>
            <source>The fund itself states this lead time</source>
            <translation>Deze termijn is een regel van het fonds zelf</translation>
        </message>
        <message>
            <source>The fund itself states this share</source>
            <translation>Dit aandeel is een regel van het fonds zelf</translation>
        </message>
        <message>
            <source>Account for within (after the activity):</source>
            <translation>Verantwoorden binnen (na de activiteit):</translation>
        </message>
        <message>
            <source>Same initiative at most:</source>
            <translation>Zelfde initiatief hoogstens:</translation>
        </message>
        <message>
            <source>Required attachments:</source>
            <translation>Verplichte bijlagen:</translation>
        </message>
        <message>
            <source>Ineligible cost categories:</source>
            <translation>Uitgesloten kostensoorten:</translation>
        </message>
        <message>
            <source>Material categories:</source>
            <translation>Kostensoorten materiaal:</translation>
        </message>
        <message>
            <source>Material at most (share of costs):</source>
            <translation>Materiaal hoogstens (deel van de kosten):</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Opmerkingen:</translation>
        </message>
        <message>
            <source>Delete fund</source>
            <translation>Fonds verwijderen</translation>
        </message>
        <message>
            <source>Delete the fund '%1'?</source>
            <translation>Het fonds '%1' verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>IncomeLinesModel</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
    </context>
    <context>
        <name>SubmitDialog</name>
        <message>
            <source>Submit application</source>
            <translation>Aanvraag indienen</translation>
        </message>
        <message>
            <source>if the fund gave one, e.g. IF-2026-1234</source>
            <translation>als het fonds er een gaf, bijv. IF-2026-1234</translation>
        </message>
        <message>
            <source>Fund's reference:</source>
            <translation>Kenmerk van het fonds:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Opmerking:</translation>
        </message>
    </context>
    <context>
        <name>_StepDialog</name>
        <message>
            <source>Fill in the date.</source>
            <translation>Vul de datum in.</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
    </context>
</TS>
