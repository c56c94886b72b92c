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
        <name>FormController</name>
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
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
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
            <translation>Be&amp;heer</translation>
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
        <name>ValidatedLineEdit</name>
        <message>
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
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
