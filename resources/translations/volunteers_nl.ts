<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>CardsModel</name>
        <message numerus="yes">
            <source>since %1 (%n day(s))</source>
            <translation>
                <numerusform>sinds %1 (%Ln dag)</numerusform>
                <numerusform>sinds %1 (%Ln dagen)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln dag</numerusform>
                <numerusform>%Ln dagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Fill in the date.</source>
            <translation>Vul de datum in.</translation>
        </message>
        <message>
            <source>Fill in the number of hours.</source>
            <translation>Vul het aantal uren in.</translation>
        </message>
        <message>
            <source>No activity</source>
            <translation>Geen activiteit</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Wat er gedaan is</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Uren vastleggen</translation>
        </message>
        <message>
            <source>Delete entry</source>
            <translation>Regel verwijderen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>Jaar %1</translation>
        </message>
        <message>
            <source>Hours not logged</source>
            <translation>Uren niet vastgelegd</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>Match volunteers to residents</source>
            <translation>Vrijwilligers aan bewoners koppelen</translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>Vraagt om</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Supports now</source>
            <translation>Ondersteunt nu</translation>
        </message>
        <message>
            <source>Link this volunteer</source>
            <translation>Deze vrijwilliger koppelen</translation>
        </message>
        <message>
            <source>Every resident who asked for support has a volunteer. Well done!</source>
            <translation>Elke bewoner die om steun vroeg heeft een vrijwilliger. Goed gedaan!</translation>
        </message>
        <message>
            <source>&lt;b&gt;Waiting for a volunteer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wacht op een vrijwilliger&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested volunteers&lt;/b&gt; (best match first)</source>
            <translation>&lt;b&gt;Voorgestelde vrijwilligers&lt;/b&gt; (beste match eerst)</translation>
        </message>
        <message>
            <source>No active volunteer available yet.</source>
            <translation>Nog geen actieve vrijwilliger beschikbaar.</translation>
        </message>
        <message>
            <source>Why this volunteer:
%1</source>
            <translation>Waarom deze vrijwilliger:
%1</translation>
        </message>
        <message>
            <source>lives in the same complex</source>
            <translation>woont in hetzelfde complex</translation>
        </message>
        <message>
            <source>lives in another complex (%1)</source>
            <translation>woont in een ander complex (%1)</translation>
        </message>
        <message>
            <source>same floor</source>
            <translation>zelfde verdieping</translation>
        </message>
        <message numerus="yes">
            <source>%n floor(s) apart</source>
            <translation>
                <numerusform>%Ln verdieping ertussen</numerusform>
                <numerusform>%Ln verdiepingen ertussen</numerusform>
            </translation>
        </message>
        <message>
            <source>speaks %1 too</source>
            <translation>spreekt ook %1</translation>
        </message>
        <message numerus="yes">
            <source>available %n part(s) of the week, first on %1</source>
            <translation>
                <numerusform>%Ln dagdeel per week beschikbaar, als eerste op %1</numerusform>
                <numerusform>%Ln dagdelen per week beschikbaar, als eerste op %1</numerusform>
            </translation>
        </message>
        <message>
            <source>no availability given</source>
            <translation>geen beschikbaarheid opgegeven</translation>
        </message>
        <message numerus="yes">
            <source>supports %n resident(s) now</source>
            <translation>
                <numerusform>ondersteunt nu %Ln bewoner</numerusform>
                <numerusform>ondersteunt nu %Ln bewoners</numerusform>
            </translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Niet gekoppeld</translation>
        </message>
    </context>
    <context>
        <name>PipelineBoard</name>
        <message>
            <source>Move to next stage</source>
            <translation>Naar volgende fase</translation>
        </message>
        <message>
            <source>Ctrl+Right</source>
            <translation>Ctrl+Pijl rechts</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stoppen…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Select a candidate, then move them on with one click (or Ctrl+Right).</source>
            <translation>Kies een kandidaat en zet die met één klik door (of Ctrl+Pijl rechts).</translation>
        </message>
        <message>
            <source>Move to: %1</source>
            <translation>Naar: %1</translation>
        </message>
    </context>
    <context>
        <name>ResidentPicker</name>
        <message>
            <source>Search by name</source>
            <translation>Zoek op naam</translation>
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
            <source>Contact by volunteers</source>
            <translation>Contact door vrijwilligers</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>toestemming</translation>
        </message>
        <message>
            <source>no consent</source>
            <translation>geen toestemming</translation>
        </message>
        <message>
            <source>No resident found with this name.</source>
            <translation>Geen bewoner gevonden met deze naam.</translation>
        </message>
        <message>
            <source>Choose</source>
            <translation>Kiezen</translation>
        </message>
    </context>
    <context>
        <name>StageStepDialog</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Fill in the date of this step.</source>
            <translation>Vul de datum van deze stap in.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optioneel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note for the history</source>
            <translation>Notitie voor de geschiedenis</translation>
        </message>
        <message>
            <source>Motivation letter score (0–10)</source>
            <translation>Score motivatiebrief (0–10)</translation>
        </message>
        <message>
            <source>Fill in the interview date.</source>
            <translation>Vul de datum van het gesprek in.</translation>
        </message>
        <message>
            <source>Fill in who holds the interview.</source>
            <translation>Vul in wie het gesprek voeren.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>Interview date</source>
            <translation>Datum gesprek</translation>
        </message>
        <message>
            <source>Interviewers</source>
            <translation>Gespreksvoerders</translation>
        </message>
        <message>
            <source>Interview score (0–10)</source>
            <translation>Score gesprek (0–10)</translation>
        </message>
        <message>
            <source>Interview notes</source>
            <translation>Aantekeningen gesprek</translation>
        </message>
        <message>
            <source>Choose a home…</source>
            <translation>Kies een woning…</translation>
        </message>
        <message>
            <source>Fill in the move-in date.</source>
            <translation>Vul de datum van intrek in.</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Woning</translation>
        </message>
        <message>
            <source>Move-in date</source>
            <translation>Datum intrek</translation>
        </message>
        <message>
            <source>Choose the home the new neighbour moves into.</source>
            <translation>Kies de woning waar de nieuwe buur komt wonen.</translation>
        </message>
        <message>
            <source>Fill in why they stop.</source>
            <translation>Vul in waarom hij of zij stopt.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Nothing else to record for this step.</source>
            <translation>Voor deze stap hoeft verder niets te worden vastgelegd.</translation>
        </message>
        <message>
            <source>Step not saved</source>
            <translation>Stap niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Steun</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Add resident…</source>
            <translation>Bewoner toevoegen…</translation>
        </message>
        <message>
            <source>End support</source>
            <translation>Steun beëindigen</translation>
        </message>
        <message>
            <source>Supports nobody yet. Add a resident, or use Match volunteers in the tab.</source>
            <translation>Ondersteunt nog niemand. Voeg een bewoner toe, of gebruik Vrijwilligers koppelen in het tabblad.</translation>
        </message>
        <message>
            <source>Whom does this volunteer support?</source>
            <translation>Wie ondersteunt deze vrijwilliger?</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Niet gekoppeld</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Roles and availability</source>
            <translation>Rollen en beschikbaarheid</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Werving</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Ondersteunt</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>New volunteer</source>
            <translation>Nieuwe vrijwilliger</translation>
        </message>
        <message>
            <source>Link to a resident…</source>
            <translation>Koppelen aan een bewoner…</translation>
        </message>
        <message>
            <source>given name</source>
            <translation>voornaam</translation>
        </message>
        <message>
            <source>prefix</source>
            <translation>tussenvoegsel</translation>
        </message>
        <message>
            <source>Fill in the family name, or link a resident.</source>
            <translation>Vul de achternaam in, of koppel een bewoner.</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>achternaam</translation>
        </message>
        <message>
            <source>No complex</source>
            <translation>Geen complex</translation>
        </message>
        <message>
            <source>e.g. cooking, forms, computers</source>
            <translation>bijv. koken, formulieren, computers</translation>
        </message>
        <message>
            <source>Office only: never printed.</source>
            <translation>Alleen voor het kantoor: wordt nooit afgedrukt.</translation>
        </message>
        <message>
            <source>Given name, prefix, family name</source>
            <translation>Voornaam, tussenvoegsel, achternaam</translation>
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
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaardigheden</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>May be named (name and roles) on the notice board</source>
            <translation>Mag met naam en rollen op het mededelingenbord</translation>
        </message>
        <message>
            <source>Roles and committees</source>
            <translation>Rollen en commissies</translation>
        </message>
        <message>
            <source>Languages spoken</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Beschikbaar</translation>
        </message>
        <message>
            <source>Stop…</source>
            <translation>Stoppen…</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Date of the VOG</source>
            <translation>Datum VOG</translation>
        </message>
        <message numerus="yes">
            <source>A VOG counts for %n year(s) (Manage menu).</source>
            <translation>
                <numerusform>Een VOG telt %Ln jaar (menu Beheer).</numerusform>
                <numerusform>Een VOG telt %Ln jaar (menu Beheer).</numerusform>
            </translation>
        </message>
        <message>
            <source>Resident: %1
Address: %2
Phone: %3
Name and phone are kept in the Residents tab.</source>
            <translation>Bewoner: %1
Adres: %2
Telefoon: %3
Naam en telefoon staan bij de bewoner (tabblad Bewoners).</translation>
        </message>
        <message>
            <source>Not linked to a resident (yet). Link one when the candidate lives here, so the person is kept once.</source>
            <translation>(Nog) niet gekoppeld aan een bewoner. Koppel een bewoner zodra de kandidaat hier woont, zodat de persoon maar één keer bestaat.</translation>
        </message>
        <message>
            <source>Which resident is this volunteer?</source>
            <translation>Welke bewoner is deze vrijwilliger?</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Niet gekoppeld</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; since %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; sinds %2</translation>
        </message>
        <message>
            <source>Motivation letter: %1 / 10</source>
            <translation>Motivatiebrief: %1 / 10</translation>
        </message>
        <message>
            <source>Interview on %1 with %2, score %3</source>
            <translation>Gesprek op %1 met %2, score %3</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Gestopt: %1</translation>
        </message>
        <message>
            <source>Move to: %1</source>
            <translation>Naar: %1</translation>
        </message>
        <message>
            <source>No VOG recorded, while this volunteer supports residents.</source>
            <translation>Geen VOG vastgelegd, terwijl deze vrijwilliger bewoners ondersteunt.</translation>
        </message>
        <message numerus="yes">
            <source>The VOG is older than %n year(s): ask for a new one.</source>
            <translation>
                <numerusform>De VOG is ouder dan %Ln jaar: vraag een nieuwe aan.</numerusform>
                <numerusform>De VOG is ouder dan %Ln jaar: vraag een nieuwe aan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The VOG passes %n year(s) soon: ask for a new one.</source>
            <translation>
                <numerusform>De VOG is binnenkort %Ln jaar oud: vraag een nieuwe aan.</numerusform>
                <numerusform>De VOG is binnenkort %Ln jaar oud: vraag een nieuwe aan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Valid until %1</source>
            <translation>Geldig tot %1</translation>
        </message>
        <message>
            <source>Expired on %1</source>
            <translation>Verlopen op %1</translation>
        </message>
        <message>
            <source>No VOG recorded.</source>
            <translation>Geen VOG vastgelegd.</translation>
        </message>
        <message>
            <source>Volunteer not saved</source>
            <translation>Vrijwilliger niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>Volunteers</name>
        <message>
            <source>Monday</source>
            <translation>maandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>zondag</translation>
        </message>
        <message>
            <source>to agree</source>
            <translation>in overleg</translation>
        </message>
        <message>
            <source>Morning</source>
            <translation>Ochtend</translation>
        </message>
        <message>
            <source>Afternoon</source>
            <translation>Middag</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Avond</translation>
        </message>
        <message>
            <source>Weekly call</source>
            <translation>Wekelijks bellen</translation>
        </message>
        <message>
            <source>Help with paperwork</source>
            <translation>Hulp bij post en formulieren</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Other help</source>
            <translation>Andere hulp</translation>
        </message>
        <message>
            <source>Expired (%1)</source>
            <translation>Verlopen (%1)</translation>
        </message>
        <message>
            <source>Expires soon (%1)</source>
            <translation>Verloopt binnenkort (%1)</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
    </context>
    <context>
        <name>VolunteersMenu</name>
        <message>
            <source>Match volunteers to residents…</source>
            <translation>Vrijwilligers aan bewoners koppelen…</translation>
        </message>
        <message>
            <source>VOG validity period…</source>
            <translation>Geldigheid VOG…</translation>
        </message>
        <message>
            <source>VOG validity period</source>
            <translation>Geldigheid VOG</translation>
        </message>
        <message>
            <source>A certificate of conduct (VOG) counts as recent for this many years; after that the volunteers table warns:</source>
            <translation>Zoveel jaar telt een verklaring omtrent het gedrag (VOG) als recent; daarna waarschuwt de vrijwilligerslijst:</translation>
        </message>
    </context>
    <context>
        <name>VolunteersTab</name>
        <message>
            <source>All stages</source>
            <translation>Alle fasen</translation>
        </message>
        <message>
            <source>Filter by stage</source>
            <translation>Filter op fase</translation>
        </message>
        <message>
            <source>Filter by complex</source>
            <translation>Filter op complex</translation>
        </message>
        <message>
            <source>Filter by role</source>
            <translation>Filter op rol</translation>
        </message>
        <message>
            <source>Filter by VOG</source>
            <translation>Filter op VOG</translation>
        </message>
        <message>
            <source>Any VOG</source>
            <translation>Alle VOG's</translation>
        </message>
        <message>
            <source>VOG expires / missing</source>
            <translation>VOG verloopt / ontbreekt</translation>
        </message>
        <message>
            <source>New volunteer</source>
            <translation>Nieuwe vrijwilliger</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Pipeline board</source>
            <translation>Wervingsbord</translation>
        </message>
        <message>
            <source>Match volunteers…</source>
            <translation>Vrijwilligers koppelen…</translation>
        </message>
        <message>
            <source>Print lists</source>
            <translation>Lijsten afdrukken</translation>
        </message>
        <message>
            <source>Call list (PDF)…</source>
            <translation>Belrooster (PDF)…</translation>
        </message>
        <message>
            <source>Notice board overview (PDF)…</source>
            <translation>Vrijwilligersoverzicht voor het mededelingenbord (PDF)…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Rollen</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Ondersteunt</translation>
        </message>
        <message>
            <source>Hours this year</source>
            <translation>Uren dit jaar</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>Search by name</source>
            <translation>Zoek op naam</translation>
        </message>
        <message>
            <source>No volunteers yet. Load demo data (File menu) or add a volunteer.</source>
            <translation>Nog geen vrijwilligers. Laad demogegevens (menu Bestand) of voeg een vrijwilliger toe.</translation>
        </message>
        <message numerus="yes">
            <source>%n volunteer(s)</source>
            <translation>
                <numerusform>%Ln vrijwilliger</numerusform>
                <numerusform>%Ln vrijwilligers</numerusform>
            </translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Alle rollen</translation>
        </message>
        <message>
            <source>Call list and notice-board overview of the chosen complex</source>
            <translation>Belrooster en vrijwilligersoverzicht van het gekozen complex</translation>
        </message>
        <message>
            <source>Choose a complex first (filter above).</source>
            <translation>Kies eerst een complex (filter hierboven).</translation>
        </message>
        <message>
            <source>Step not saved</source>
            <translation>Stap niet opgeslagen</translation>
        </message>
        <message>
            <source>Call list %1</source>
            <translation>Belrooster %1</translation>
        </message>
        <message>
            <source>Volunteers %1</source>
            <translation>Vrijwilligers %1</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>PDF opslaan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF not made</source>
            <translation>PDF niet gemaakt</translation>
        </message>
        <message>
            <source>PDF not saved</source>
            <translation>PDF niet opgeslagen</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Het bestand kon niet worden geschreven: %1</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Opgeslagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) on the board</source>
            <translation>
                <numerusform>%Ln kandidaat op het bord</numerusform>
                <numerusform>%Ln kandidaten op het bord</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n card(s) folded away. Click the title to show them.</source>
            <translation>
                <numerusform>%Ln kaart ingeklapt. Klik op de titel om die te tonen.</numerusform>
                <numerusform>%Ln kaarten ingeklapt. Klik op de titel om ze te tonen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: click to fold</source>
            <translation>%1: klik om in te klappen</translation>
        </message>
        <message>
            <source>%1: click to show the cards</source>
            <translation>%1: klik om de kaarten te tonen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
</TS>
