<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>EventEditor</name>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Flyer</source>
            <translation>Flyer</translation>
        </message>
        <message>
            <source>Volunteer shifts</source>
            <translation>Vrijwilligersdiensten</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Aanmeldingen</translation>
        </message>
        <message>
            <source>Give the activity a title.</source>
            <translation>Geef de activiteit een titel.</translation>
        </message>
        <message>
            <source>A short text for the flyer: what, for whom, what to bring</source>
            <translation>Een korte tekst voor de flyer: wat, voor wie, wat mee te nemen</translation>
        </message>
        <message>
            <source>Fill in the date.</source>
            <translation>Vul de datum in.</translation>
        </message>
        <message>
            <source>Fill in the start time.</source>
            <translation>Vul de begintijd in.</translation>
        </message>
        <message>
            <source>Fill in the end date.</source>
            <translation>Vul de einddatum in.</translation>
        </message>
        <message>
            <source>Fill in the end time.</source>
            <translation>Vul de eindtijd in.</translation>
        </message>
        <message>
            <source>(no complex)</source>
            <translation>(geen complex)</translation>
        </message>
        <message>
            <source>Empty: the common room of the complex; or another address</source>
            <translation>Leeg: de buurtkamer van het complex; of een ander adres</translation>
        </message>
        <message>
            <source>(no volunteer)</source>
            <translation>(geen vrijwilliger)</translation>
        </message>
        <message>
            <source>Staff member or organisation, e.g. Buurtkantoor Overvecht</source>
            <translation>Medewerker of organisatie, bijv. Buurtkantoor Overvecht</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Geen maximum</translation>
        </message>
        <message>
            <source>(not linked)</source>
            <translation>(niet gekoppeld)</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Begint</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Eindigt</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Complex</source>
            <translation>&amp;Complex</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Locatie</translation>
        </message>
        <message>
            <source>&amp;Organiser</source>
            <translation>&amp;Organisator</translation>
        </message>
        <message>
            <source>Organiser (staff)</source>
            <translation>Organisator (medewerker)</translation>
        </message>
        <message>
            <source>Ca&amp;pacity</source>
            <translation>&amp;Maximum aantal</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>&amp;Funding application</source>
            <translation>&amp;Subsidieaanvraag</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>&amp;Beschrijving</translation>
        </message>
        <message>
            <source>Part of a series (%1). Changes here apply to this date only; set the status to Cancelled to cancel just this one.</source>
            <translation>Onderdeel van een reeks (%1). Wijzigingen hier gelden alleen voor deze datum; zet de status op Afgelast om alleen deze af te lassen.</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>Het einde moet na het begin liggen.</translation>
        </message>
        <message>
            <source>A new activity cannot start in the past.</source>
            <translation>Een nieuwe activiteit kan niet in het verleden beginnen.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Series made</source>
            <translation>Reeks gemaakt</translation>
        </message>
        <message numerus="yes">
            <source>%n activities were made; you are now editing the first one.</source>
            <translation>
                <numerusform>Er is %Ln activiteit gemaakt; u bewerkt nu de eerste.</numerusform>
                <numerusform>Er zijn %Ln activiteiten gemaakt; u bewerkt nu de eerste.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsCalendar</name>
        <message>
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>wo</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>za</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>zo</translation>
        </message>
    </context>
    <context>
        <name>EventsMenu</name>
        <message>
            <source>Export activities to &amp;calendar (.ics)…</source>
            <translation>Activiteiten naar &amp;agenda exporteren (.ics)…</translation>
        </message>
        <message>
            <source>Address &amp;labels for a complex…</source>
            <translation>Adres&amp;etiketten voor een complex…</translation>
        </message>
    </context>
    <context>
        <name>EventsMonthCalendar</name>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Vorige maand (Page Up)</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Vorige maand</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Volgende maand (Page Down)</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Volgende maand</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>New activity on this day…</source>
            <translation>Nieuwe activiteit op deze dag…</translation>
        </message>
        <message>
            <source>Enter plans an activity on this day or opens one; arrows move between days.</source>
            <translation>Enter plant een activiteit op deze dag of opent er een; met de pijltjestoetsen ga je naar een andere dag.</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%Ln meer</numerusform>
                <numerusform>+%Ln meer</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 at %2, %3</source>
            <translation>%1 om %2, %3</translation>
        </message>
        <message>
            <source>%1, today</source>
            <translation>%1, vandaag</translation>
        </message>
        <message>
            <source>%1: no activities</source>
            <translation>%1: geen activiteiten</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n activit(y/ies): %2</source>
            <translation>
                <numerusform>%1: %n activiteit: %2</numerusform>
                <numerusform>%1: %n activiteiten: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsPrint</name>
        <message>
            <source>Flyer</source>
            <translation>Flyer</translation>
        </message>
        <message>
            <source>Letterbox sheet (2 × A5 or 4 × A6 on A4)</source>
            <translation>Brievenbusvel (2 × A5 of 4 × A6 op A4)</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Presentielijst</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>A5</source>
            <translation>A5</translation>
        </message>
        <message>
            <source>A6</source>
            <translation>A6</translation>
        </message>
        <message>
            <source>&amp;Document</source>
            <translation>&amp;Document</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Sjabloon</translation>
        </message>
        <message>
            <source>Print: %1</source>
            <translation>Afdrukken: %1</translation>
        </message>
        <message>
            <source>Address labels: %1</source>
            <translation>Adresetiketten: %1</translation>
        </message>
    </context>
    <context>
        <name>EventsTab</name>
        <message>
            <source>Filter by complex</source>
            <translation>Filter op complex</translation>
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
            <source>Upcoming only</source>
            <translation>Alleen komende</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Show as a list (Ctrl+Shift+L)</source>
            <translation>Als lijst tonen (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>Show a month calendar (Ctrl+Shift+M)</source>
            <translation>Maandkalender tonen (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nieuwe activiteit</translation>
        </message>
        <message>
            <source>New activity (Ctrl+N)</source>
            <translation>Nieuwe activiteit (Ctrl+N)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Flyer, letterbox sheet or attendance list (Ctrl+P)</source>
            <translation>Flyer, brievenbusvel of presentielijst (Ctrl+P)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Begint</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Plaatsen</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Aangemeld</translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message numerus="yes">
            <source>%n activit(y/ies) this month</source>
            <translation>
                <numerusform>%Ln activiteit deze maand</numerusform>
                <numerusform>%Ln activiteiten deze maand</numerusform>
            </translation>
        </message>
        <message>
            <source>Search by title</source>
            <translation>Zoek op titel</translation>
        </message>
        <message>
            <source>No activities yet. Plan one with New activity (Ctrl+N).</source>
            <translation>Nog geen activiteiten. Plan er een met Nieuwe activiteit (Ctrl+N).</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>Select an activity in the list first.</source>
            <translation>Kies eerst een activiteit in de lijst.</translation>
        </message>
        <message>
            <source>Delete activity</source>
            <translation>Activiteit verwijderen</translation>
        </message>
        <message>
            <source>Delete %1 with its shifts and registrations? This cannot be undone. To call an activity off, set its status to Cancelled instead.</source>
            <translation>%1 verwijderen met alle diensten en aanmeldingen? Dit kan niet ongedaan worden gemaakt. Om een activiteit af te lassen, zet u de status op Afgelast.</translation>
        </message>
        <message>
            <source>Export to calendar</source>
            <translation>Naar agenda exporteren</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Agendabestanden (*.ics)</translation>
        </message>
        <message>
            <source>Could not write %1: %2.</source>
            <translation>Kan %1 niet schrijven: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n activit(y/ies) exported to %1</source>
            <translation>
                <numerusform>%Ln activiteit geëxporteerd naar %1</numerusform>
                <numerusform>%Ln activiteiten geëxporteerd naar %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n activit(y/ies)</source>
            <translation>
                <numerusform>%Ln activiteit</numerusform>
                <numerusform>%Ln activiteiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FlyerPage</name>
        <message>
            <source>(only Dutch)</source>
            <translation>(alleen Nederlands)</translation>
        </message>
        <message>
            <source>The title in the second language</source>
            <translation>De titel in de tweede taal</translation>
        </message>
        <message>
            <source>A short text in the second language</source>
            <translation>Een korte tekst in de tweede taal</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Geen afbeelding</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Optional: a web address, printed as a QR code</source>
            <translation>Optioneel: een webadres, afgedrukt als QR-code</translation>
        </message>
        <message>
            <source>&amp;Template</source>
            <translation>&amp;Sjabloon</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>&amp;QR code link</source>
            <translation>&amp;QR-code-link</translation>
        </message>
        <message>
            <source>Second &amp;language</source>
            <translation>Tweede &amp;taal</translation>
        </message>
        <message>
            <source>Title (2nd language)</source>
            <translation>Titel (2e taal)</translation>
        </message>
        <message>
            <source>Text (2nd language)</source>
            <translation>Tekst (2e taal)</translation>
        </message>
        <message>
            <source>&amp;Flyer…</source>
            <translation>&amp;Flyer…</translation>
        </message>
        <message>
            <source>Letterbox &amp;sheet…</source>
            <translation>&amp;Brievenbusvel…</translation>
        </message>
        <message>
            <source>&amp;Attendance list…</source>
            <translation>&amp;Presentielijst…</translation>
        </message>
        <message>
            <source>Printing saves the activity first.</source>
            <translation>Bij afdrukken wordt de activiteit eerst opgeslagen.</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Kies een afbeelding</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Afdrukken lukt niet</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>Address labels</source>
            <translation>Adresetiketten</translation>
        </message>
        <message>
            <source>&amp;Complex</source>
            <translation>&amp;Complex</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Vel</translation>
        </message>
        <message>
            <source>First label</source>
            <translation>Eerste etiket</translation>
        </message>
        <message>
            <source>&amp;Preview…</source>
            <translation>&amp;Voorbeeld…</translation>
        </message>
        <message>
            <source>Labels 1 to %1 are already used and stay empty.</source>
            <translation>Etiket 1 tot en met %1 zijn al gebruikt en blijven leeg.</translation>
        </message>
        <message>
            <source>A fresh sheet: printing starts at the top left.</source>
            <translation>Een nieuw vel: het afdrukken begint linksboven.</translation>
        </message>
    </context>
    <context>
        <name>RegistrationsModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Came</source>
            <translation>Gekomen</translation>
        </message>
        <message>
            <source>Waiting list %1</source>
            <translation>Wachtlijst %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Afgemeld</translation>
        </message>
        <message>
            <source>Helps (takes no place)</source>
            <translation>Helpt mee (neemt geen plaats)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Aangemeld</translation>
        </message>
    </context>
    <context>
        <name>RegistrationsPage</name>
        <message>
            <source>Find a resident by name, address or postcode</source>
            <translation>Zoek een bewoner op naam, adres of postcode</translation>
        </message>
        <message>
            <source>&amp;Sign up</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>Sign the chosen resident up (Enter in the list)</source>
            <translation>De gekozen bewoner aanmelden (Enter in de lijst)</translation>
        </message>
        <message>
            <source>&amp;Cancel registration</source>
            <translation>Aanmelding &amp;intrekken</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>niet ingevuld</translation>
        </message>
        <message>
            <source>Everyone who came, walk-ins and volunteers included</source>
            <translation>Iedereen die er was, binnenlopers en vrijwilligers meegeteld</translation>
        </message>
        <message>
            <source>Save a&amp;ttendance</source>
            <translation>Aanwezigheid op&amp;slaan</translation>
        </message>
        <message>
            <source>Save the activity to take registrations</source>
            <translation>Sla de activiteit op om aanmeldingen te noteren</translation>
        </message>
        <message>
            <source>Total attendance:</source>
            <translation>Totaal aanwezig:</translation>
        </message>
        <message>
            <source>Not signed up</source>
            <translation>Niet aangemeld</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Wachtlijst</translation>
        </message>
        <message>
            <source>The activity is full: %1 is on the waiting list and moves up automatically when a place becomes free.</source>
            <translation>De activiteit is vol: %1 staat op de wachtlijst en schuift vanzelf door als er een plaats vrijkomt.</translation>
        </message>
        <message>
            <source>Moved up</source>
            <translation>Doorgeschoven</translation>
        </message>
        <message>
            <source>From the waiting list, %1 now has a place.</source>
            <translation>Van de wachtlijst heeft %1 nu een plaats.</translation>
        </message>
        <message>
            <source>Attendance not saved</source>
            <translation>Aanwezigheid niet opgeslagen</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) in the list: %1 of %4 places taken · %2 waiting · %3 helping</source>
            <translation>
                <numerusform>%Ln naam in de lijst: %1 van %4 plaatsen bezet · %2 wachtend · %3 helpen mee</numerusform>
                <numerusform>%Ln namen in de lijst: %1 van %4 plaatsen bezet · %2 wachtend · %3 helpen mee</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) in the list: %1 registered (no limit) · %2 waiting · %3 helping</source>
            <translation>
                <numerusform>%Ln naam in de lijst: %1 aangemeld (geen maximum) · %2 wachtend · %3 helpen mee</numerusform>
                <numerusform>%Ln namen in de lijst: %1 aangemeld (geen maximum) · %2 wachtend · %3 helpen mee</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RepeatBox</name>
        <message>
            <source>&amp;Repeat this activity</source>
            <translation>Deze activiteit &amp;herhalen</translation>
        </message>
        <message>
            <source>weekly</source>
            <translation>wekelijks</translation>
        </message>
        <message>
            <source>monthly (same day of the month)</source>
            <translation>maandelijks (zelfde dag van de maand)</translation>
        </message>
        <message>
            <source>every </source>
            <translation>elke </translation>
        </message>
        <message>
            <source>Number of times</source>
            <translation>Aantal keer</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Skip this date</source>
            <translation>Deze datum overslaan</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Hoe vaak</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Eindigt</translation>
        </message>
        <message>
            <source>Skip dates</source>
            <translation>Overslaan</translation>
        </message>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> month(s)</source>
            <translation>
                <numerusform> maand</numerusform>
                <numerusform> maanden</numerusform>
            </translation>
        </message>
        <message>
            <source>Fill in the date the series ends.</source>
            <translation>Vul de datum in waarop de reeks eindigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n activit(y/ies): first %1, last %2.</source>
            <translation>
                <numerusform>%Ln activiteit: eerste %1, laatste %2.</numerusform>
                <numerusform>%Ln activiteiten: eerste %1, laatste %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>New shift</source>
            <translation>Nieuwe dienst</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Opbouwen</translation>
        </message>
        <message>
            <source>Kitchen</source>
            <translation>Keuken</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Ontvangst</translation>
        </message>
        <message>
            <source>Clean-up</source>
            <translation>Opruimen</translation>
        </message>
        <message>
            <source>Fill in the start time.</source>
            <translation>Vul de begintijd in.</translation>
        </message>
        <message>
            <source>Fill in the end time.</source>
            <translation>Vul de eindtijd in.</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>&amp;Taak</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <source>&amp;Until</source>
            <translation>&amp;Tot</translation>
        </message>
        <message>
            <source>&amp;Volunteers needed</source>
            <translation>&amp;Vrijwilligers nodig</translation>
        </message>
        <message>
            <source>Name the task.</source>
            <translation>Geef de taak een naam.</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>Het einde moet na het begin liggen.</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPage</name>
        <message>
            <source>Save the activity to plan shifts</source>
            <translation>Sla de activiteit op om diensten te plannen</translation>
        </message>
        <message>
            <source>&amp;New shift…</source>
            <translation>&amp;Nieuwe dienst…</translation>
        </message>
        <message>
            <source>Remove shift</source>
            <translation>Dienst verwijderen</translation>
        </message>
        <message>
            <source>&amp;Assign volunteer…</source>
            <translation>Vrijwilliger &amp;inroosteren…</translation>
        </message>
        <message>
            <source>Take volunteer off…</source>
            <translation>Vrijwilliger uitroosteren…</translation>
        </message>
        <message>
            <source>No shifts yet. Add set-up, kitchen, welcome or clean-up.</source>
            <translation>Nog geen diensten. Voeg opbouwen, keuken, ontvangst of opruimen toe.</translation>
        </message>
        <message numerus="yes">
            <source>%n more volunteer(s) needed.</source>
            <translation>
                <numerusform>Er is nog %Ln vrijwilliger nodig.</numerusform>
                <numerusform>Er zijn nog %Ln vrijwilligers nodig.</numerusform>
            </translation>
        </message>
        <message>
            <source>All shifts are filled.</source>
            <translation>Alle diensten zijn gevuld.</translation>
        </message>
        <message>
            <source>Double booking: %1</source>
            <translation>Dubbel ingeroosterd: %1</translation>
        </message>
        <message>
            <source>Shift not added</source>
            <translation>Dienst niet toegevoegd</translation>
        </message>
        <message>
            <source>Assign volunteer</source>
            <translation>Vrijwilliger inroosteren</translation>
        </message>
        <message>
            <source>Select a shift first.</source>
            <translation>Kies eerst een dienst.</translation>
        </message>
        <message>
            <source>There are no other volunteers.</source>
            <translation>Er zijn geen andere vrijwilligers.</translation>
        </message>
        <message>
            <source>Volunteer for %1:</source>
            <translation>Vrijwilliger voor %1:</translation>
        </message>
        <message>
            <source>Booked twice</source>
            <translation>Dubbel ingeroosterd</translation>
        </message>
        <message>
            <source>%1

Assign anyway?</source>
            <translation>%1

Toch inroosteren?</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>Niet ingeroosterd</translation>
        </message>
        <message>
            <source>Take volunteer off</source>
            <translation>Vrijwilliger uitroosteren</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Nodig</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Ingeroosterd</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Tekort</translation>
        </message>
        <message numerus="yes">
            <source>%n more needed</source>
            <translation>
                <numerusform>nog %Ln nodig</numerusform>
                <numerusform>nog %Ln nodig</numerusform>
            </translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Compleet</translation>
        </message>
    </context>
</TS>
