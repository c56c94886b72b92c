<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Buurtkantoor</source>
            <translation>Over Buurtkantoor</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Buurtkantoor&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Buurtkantoor&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <source>Complexes, residents, volunteers, funding applications and activities for the neighbourhood team's office.</source>
            <translation>Complexen, bewoners, vrijwilligers, aanvragen en activiteiten voor het kantoor van het wijkteam.</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
    </context>
    <context>
        <name>Access</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ChangedBanner</name>
        <message>
            <source>another desk</source>
            <translation>een andere werkplek</translation>
        </message>
        <message>
            <source>Changed by {who} at {time} — &lt;a href="reload"&gt;load again&lt;/a&gt;</source>
            <translation>Gewijzigd door {who} om {time} — &lt;a href="reload"&gt;opnieuw laden&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Changed at another desk</source>
            <translation>Gewijzigd op een andere werkplek</translation>
        </message>
        <message>
            <source>another desk</source>
            <translation>een andere werkplek</translation>
        </message>
        <message>
            <source>{what} was changed by {who} at {time} while you were editing it. Your changes have not been saved yet.</source>
            <translation>{what} is om {time} gewijzigd door {who} terwijl u het bewerkte. Uw wijzigingen zijn nog niet opgeslagen.</translation>
        </message>
        <message>
            <source>{what} was changed by {who} while you were editing it. Your changes have not been saved yet.</source>
            <translation>{what} is gewijzigd door {who} terwijl u het bewerkte. Uw wijzigingen zijn nog niet opgeslagen.</translation>
        </message>
        <message>
            <source>Load their version</source>
            <translation>Hun versie laden</translation>
        </message>
        <message>
            <source>Save my changes over it anyway</source>
            <translation>Mijn wijzigingen er alsnog overheen</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Verder bewerken</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>No connection to the server — reconnecting…</source>
            <translation>Geen verbinding met de server — opnieuw verbinden…</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <source>Buurtkantoor ran into an unexpected problem. Everything you saved before this is safe in the database; a change you were making at this moment may not have been saved, so please check it. You can continue working, or quit and start again.</source>
            <translation>Buurtkantoor liep tegen een onverwacht probleem aan. Alles wat u hiervoor hebt opgeslagen, staat veilig in de database; een wijziging waar u op dit moment mee bezig was, is misschien niet opgeslagen, dus controleer die even. U kunt verder werken, of het programma afsluiten en opnieuw starten.</translation>
        </message>
        <message>
            <source>The details are also in the log file:
%1</source>
            <translation>De details staan ook in het logbestand:
%1</translation>
        </message>
        <message>
            <source>No log file could be written on this computer.</source>
            <translation>Op deze computer kon geen logbestand worden geschreven.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopiëren</translation>
        </message>
        <message>
            <source>&amp;Quit Buurtkantoor</source>
            <translation>Buurtkantoor &amp;afsluiten</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Doorgaan</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Gekopieerd</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Pick a date</source>
            <translation>Kies een datum</translation>
        </message>
    </context>
    <context>
        <name>DifferencesModel</name>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Hun versie</translation>
        </message>
        <message>
            <source>Your version</source>
            <translation>Uw versie</translation>
        </message>
    </context>
    <context>
        <name>FormController</name>
        <message>
            <source>Not saved yet: %1</source>
            <translation>Nog niet opgeslagen: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>You have changed this form. Do you want to keep the changes?</source>
            <translation>U hebt dit formulier gewijzigd. Wilt u de wijzigingen bewaren?</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Application received</source>
            <translation>Aanmelding ontvangen</translation>
        </message>
        <message>
            <source>Letter scored</source>
            <translation>Motivatiebrief beoordeeld</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Housed</source>
            <translation>Gehuisvest</translation>
        </message>
        <message>
            <source>Welcome meeting</source>
            <translation>Welkomstgesprek</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Ingediend</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <source>Partly granted</source>
            <translation>Deels toegekend</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <source>Accounted for</source>
            <translation>Verantwoord</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Aangekondigd</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>Search…</source>
            <translation>Zoeken…</translation>
        </message>
        <message>
            <source>Nothing here yet.</source>
            <translation>Hier staat nog niets.</translation>
        </message>
        <message>
            <source>Nothing matches the search or filters.</source>
            <translation>Niets gevonden met deze zoekopdracht of filters.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
    </context>
    <context>
        <name>LogFileMenu</name>
        <message>
            <source>Log file</source>
            <translation>Logbestand</translation>
        </message>
        <message>
            <source>The log file is here:
%1</source>
            <translation>Het logbestand staat hier:
%1</translation>
        </message>
        <message>
            <source>Open &amp;log file</source>
            <translation>&amp;Logbestand openen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Buurtkantoor</source>
            <translation>Buurtkantoor</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Complexes</source>
            <translation>Complexen</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
        <message>
            <source>Funding applications</source>
            <translation>Aanvragen</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Load &amp;demo data…</source>
            <translation>&amp;Demogegevens laden…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <source>&amp;Manage</source>
            <translation>Beh&amp;eer</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Buurtkantoor</source>
            <translation>&amp;Over Buurtkantoor</translation>
        </message>
    </context>
    <context>
        <name>OfficeDetailsDialog</name>
        <message>
            <source>Office details</source>
            <translation>Kantoorgegevens</translation>
        </message>
        <message>
            <source>Buurtkantoor Overvecht</source>
            <translation>Buurtkantoor Overvecht</translation>
        </message>
        <message>
            <source>Vulcanusdreef 120, 3533 AB Utrecht</source>
            <translation>Vulcanusdreef 120, 3533 AB Utrecht</translation>
        </message>
        <message>
            <source>Mon to Thu 9:00 – 12:00</source>
            <translation>ma t/m do 9:00 – 12:00</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Openingstijden</translation>
        </message>
        <message>
            <source>Printed on flyers (how to sign up) and as the sender on fund documents.</source>
            <translation>Staat op flyers (hoe je je aanmeldt) en als afzender op de stukken voor het fonds.</translation>
        </message>
        <message>
            <source>Office details not saved</source>
            <translation>Kantoorgegevens niet opgeslagen</translation>
        </message>
        <message>
            <source>Office details…</source>
            <translation>Kantoorgegevens…</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als PDF…</translation>
        </message>
        <message>
            <source>Save as PDF (Ctrl+S)</source>
            <translation>Opslaan als PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>Afdrukken (Ctrl+P)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Opslaan als PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Could not write %1: %2. Choose another folder.</source>
            <translation>Kan %1 niet schrijven: %2. Kies een andere map.</translation>
        </message>
        <message>
            <source>Not printed</source>
            <translation>Niet afgedrukt</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Bezig met afdrukken…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
    </context>
    <context>
        <name>PrintOptionsDialog</name>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>Default printer</source>
            <translation>Standaardprinter</translation>
        </message>
        <message>
            <source>In the middle of an A4 sheet</source>
            <translation>In het midden van een A4-vel</translation>
        </message>
        <message>
            <source>&amp;Printer</source>
            <translation>&amp;Printer</translation>
        </message>
        <message>
            <source>P&amp;aper</source>
            <translation>P&amp;apier</translation>
        </message>
        <message>
            <source>Actual size (100 %)</source>
            <translation>Ware grootte (100 %)</translation>
        </message>
        <message>
            <source>Fit to paper</source>
            <translation>Aanpassen aan papier</translation>
        </message>
        <message>
            <source>&amp;Size</source>
            <translation>&amp;Grootte</translation>
        </message>
        <message>
            <source>Labels and letterbox sheets always print at actual size, so that they can be stuck or cut exactly.</source>
            <translation>Etiketten en brievenbusvellen worden altijd op ware grootte afgedrukt, zodat ze precies passen en op de snijtekens kunnen worden gesneden.</translation>
        </message>
        <message>
            <source>Print &amp;test page…</source>
            <translation>&amp;Testpagina afdrukken…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Afdrukken…</translation>
        </message>
        <message>
            <source>Label calibration for this printer</source>
            <translation>Etiketten kalibreren voor deze printer</translation>
        </message>
        <message>
            <source>Shift &amp;right</source>
            <translation>Verschuiven naar &amp;rechts</translation>
        </message>
        <message>
            <source>Shift &amp;down</source>
            <translation>Verschuiven naar &amp;beneden</translation>
        </message>
        <message>
            <source>Negative values move the print left or up. Print the test page on plain paper, lay it on a label sheet against the light and measure.</source>
            <translation>Een negatieve waarde verschuift naar links of naar boven. Druk de testpagina af op gewoon papier, leg die tegen het licht op een etiketvel en meet het verschil.</translation>
        </message>
        <message>
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 mm</translation>
        </message>
        <message>
            <source>As the document: %1, landscape</source>
            <translation>Zoals het document: %1, liggend</translation>
        </message>
        <message>
            <source>As the document: %1, portrait</source>
            <translation>Zoals het document: %1, staand</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printing page %1 of %2…</source>
            <translation>Pagina %1 van %2 afdrukken…</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Daily backup</source>
            <translation>Dagelijkse reservekopie</translation>
        </message>
        <message>
            <source>The daily backup could not be made: %1</source>
            <translation>De dagelijkse reservekopie kon niet worden gemaakt: %1</translation>
        </message>
        <message>
            <source>Database on a network drive</source>
            <translation>Database op een netwerkschijf</translation>
        </message>
        <message>
            <source>The database is on a network drive. SQLite cannot reliably lock files there, so two desks working at the same time may damage it. For several desks, use the shared server set-up (PostgreSQL) described in the manual. Buurtkantoor will open the file now.</source>
            <translation>De database staat op een netwerkschijf. Daar kan SQLite bestanden niet betrouwbaar vergrendelen, zodat twee werkplekken die tegelijk werken hem kunnen beschadigen. Gebruik voor meerdere werkplekken de gedeelde server (PostgreSQL) uit de handleiding. Buurtkantoor opent het bestand nu wel.</translation>
        </message>
        <message>
            <source>Buurtkantoor is already open</source>
            <translation>Buurtkantoor is al geopend</translation>
        </message>
        <message>
            <source>This database is already open in another Buurtkantoor window (%1). Switch to that window, or close it and start again. Two windows on one file could overwrite each other's work.</source>
            <translation>Deze database is al geopend in een ander Buurtkantoor-venster (%1). Ga naar dat venster, of sluit het en start opnieuw. Twee vensters op één bestand kunnen elkaars werk overschrijven.</translation>
        </message>
        <message>
            <source>Buurtkantoor cannot start</source>
            <translation>Buurtkantoor kan niet starten</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>De database is beschadigd</translation>
        </message>
        <message>
            <source>The database %1 is damaged and there is no good backup next to it. The file has not been changed. Ask for help, or restore a backup from elsewhere with 'buurtkantoor restore'.</source>
            <translation>De database %1 is beschadigd en er staat geen goede reservekopie naast. Het bestand is niet gewijzigd. Vraag om hulp, of zet een reservekopie van elders terug met 'buurtkantoor restore'.</translation>
        </message>
        <message>
            <source>The database %1 is damaged. The newest good backup is from %2 (%3 residents, %4 activities).

Restore that backup? The damaged file is kept aside, not deleted. Changes made after the backup will have to be entered again.</source>
            <translation>De database %1 is beschadigd. De nieuwste goede reservekopie is van %2 (%3 bewoners, %4 activiteiten).

Die reservekopie terugzetten? Het beschadigde bestand wordt apart bewaard, niet verwijderd. Wijzigingen van na de reservekopie moeten opnieuw worden ingevoerd.</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>Terugzetten mislukt</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Reservekopie teruggezet</translation>
        </message>
        <message>
            <source>The backup has been restored. The damaged file was kept as %1.</source>
            <translation>De reservekopie is teruggezet. Het beschadigde bestand is bewaard als %1.</translation>
        </message>
        <message>
            <source>Today's backup has been made</source>
            <translation>Reservekopie van vandaag gemaakt</translation>
        </message>
    </context>
    <context>
        <name>ValidatedLineEdit</name>
        <message>
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>bijv. %1</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Making demo data…</source>
            <translation>Demogegevens maken…</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demogegevens</translation>
        </message>
    </context>
</TS>
