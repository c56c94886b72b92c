<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
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
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>ContactMomentDialog</name>
        <message>
            <source>Contact moment</source>
            <translation>Contactmoment</translation>
        </message>
        <message>
            <source>who had the contact</source>
            <translation>wie had het contact</translation>
        </message>
        <message>
            <source>Still to do</source>
            <translation>Nog te doen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Opvolgen op</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Call</source>
            <translation>Telefoongesprek</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>At an activity</source>
            <translation>Bij een activiteit</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Doorgegeven</translation>
        </message>
        <message>
            <source>Picked up</source>
            <translation>Opgepakt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Opvolgen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Waarover</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contact moments&lt;/b&gt; (sensitive)</source>
            <translation>&lt;b&gt;Contactmomenten&lt;/b&gt; (gevoelig)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Signals passed on to partners&lt;/b&gt; (sensitive)</source>
            <translation>&lt;b&gt;Signalen doorgegeven aan partners&lt;/b&gt; (gevoelig)</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>%1 (done)</source>
            <translation>%1 (gedaan)</translation>
        </message>
        <message>
            <source>Remove this contact moment?</source>
            <translation>Dit contactmoment verwijderen?</translation>
        </message>
        <message>
            <source>No partners</source>
            <translation>Geen partners</translation>
        </message>
        <message>
            <source>Add the partner organisations first (menu Manage → Partners).</source>
            <translation>Voeg eerst de partnerorganisaties toe.</translation>
        </message>
        <message>
            <source>Remove this signal?</source>
            <translation>Dit signaal verwijderen?</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsDialog</name>
        <message>
            <source>Follow up</source>
            <translation>Opvolgen</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Signal to %1</source>
            <translation>Signaal aan %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Nothing to follow up. Well done.</source>
            <translation>Niets op te volgen. Goed bezig.</translation>
        </message>
        <message>
            <source>Open resident…</source>
            <translation>Bewoner openen…</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>Opvolging gedaan</translation>
        </message>
        <message>
            <source>Signal picked up</source>
            <translation>Signaal opgepakt</translation>
        </message>
        <message>
            <source>Close signal</source>
            <translation>Signaal afsluiten</translation>
        </message>
        <message>
            <source>Sensitive: for the office only.</source>
            <translation>Gevoelig: alleen voor het buurtkantoor.</translation>
        </message>
        <message numerus="yes">
            <source>%n to follow up</source>
            <translation>
                <numerusform>%Ln op te volgen</numerusform>
                <numerusform>%Ln op te volgen</numerusform>
            </translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>&amp;Follow up…</source>
            <translation>&amp;Opvolgen…</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Everything still open</source>
            <translation>Alles wat nog openstaat</translation>
        </message>
        <message>
            <source>Past three months and the coming month</source>
            <translation>Afgelopen drie maanden en komende maand</translation>
        </message>
        <message>
            <source>Due today and the past two weeks</source>
            <translation>Vandaag en afgelopen twee weken</translation>
        </message>
        <message>
            <source>Past two weeks and the coming week</source>
            <translation>Afgelopen twee weken en komende week</translation>
        </message>
    </context>
    <context>
        <name>MoveOutDialog</name>
        <message>
            <source>Move out</source>
            <translation>Verhuizing</translation>
        </message>
        <message>
            <source>The resident stays in the records (history); the home becomes free for the next tenant.</source>
            <translation>De bewoner blijft bewaard (geschiedenis); de woning komt vrij voor de volgende huurder.</translation>
        </message>
        <message>
            <source>Moved out on</source>
            <translation>Verhuisd op</translation>
        </message>
    </context>
    <context>
        <name>PartnersDialog</name>
        <message>
            <source>Neighbourhood office</source>
            <translation>Wijkbureau</translation>
        </message>
        <message>
            <source>Enforcement</source>
            <translation>Handhaving</translation>
        </message>
        <message>
            <source>Social neighbourhood team</source>
            <translation>Buurtteam</translation>
        </message>
        <message>
            <source>Mental-health provider</source>
            <translation>GGZ-aanbieder</translation>
        </message>
        <message>
            <source>Housing corporation</source>
            <translation>Woningcorporatie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>New partner</source>
            <translation>Nieuwe partner</translation>
        </message>
        <message>
            <source>Delete partner</source>
            <translation>Partner verwijderen</translation>
        </message>
        <message>
            <source>Save partner</source>
            <translation>Partner opslaan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
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
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>Contactpersoon toevoegen…</translation>
        </message>
        <message>
            <source>Change contact…</source>
            <translation>Contactpersoon wijzigen…</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Contactpersoon verwijderen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contact persons&lt;/b&gt;</source>
            <translation>&lt;b&gt;Contactpersonen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Delete %1 and its contact persons?</source>
            <translation>%1 en de contactpersonen verwijderen?</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Niet verwijderd</translation>
        </message>
        <message>
            <source>&amp;Partners…</source>
            <translation>&amp;Partners…</translation>
        </message>
    </context>
    <context>
        <name>ResidentEditor</name>
        <message>
            <source>New resident</source>
            <translation>Nieuwe bewoner</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>No consent for contact by volunteers: volunteers may not call or visit this resident.</source>
            <translation>Geen toestemming voor contact door vrijwilligers: vrijwilligers mogen deze bewoner niet bellen of bezoeken.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Support and notes</source>
            <translation>Ondersteuning en notities</translation>
        </message>
        <message>
            <source>Contacts and signals</source>
            <translation>Contacten en signalen</translation>
        </message>
        <message>
            <source>Move out…</source>
            <translation>Verhuizing…</translation>
        </message>
        <message>
            <source>(no home)</source>
            <translation>(geen woning)</translation>
        </message>
        <message>
            <source>Volunteers may contact this resident</source>
            <translation>Vrijwilligers mogen contact opnemen met deze bewoner</translation>
        </message>
        <message>
            <source>Details may be shared with partner organisations</source>
            <translation>Gegevens mogen gedeeld worden met partnerorganisaties</translation>
        </message>
        <message>
            <source>Photos may be used</source>
            <translation>Foto's mogen gebruikt worden</translation>
        </message>
        <message>
            <source>e.g. signed form, by phone</source>
            <translation>bijv. getekend formulier, telefonisch</translation>
        </message>
        <message>
            <source>Complex and home</source>
            <translation>Complex en woning</translation>
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
            <source>Household size</source>
            <translation>Huishouden (personen)</translation>
        </message>
        <message>
            <source>Year of birth</source>
            <translation>Geboortejaar</translation>
        </message>
        <message>
            <source>prefix</source>
            <translation>tussenvoegsel</translation>
        </message>
        <message>
            <source>Name prefix (tussenvoegsel): de, van, van 't</source>
            <translation>Tussenvoegsel: de, van, van 't</translation>
        </message>
        <message>
            <source>given name</source>
            <translation>voornaam</translation>
        </message>
        <message>
            <source>family name</source>
            <translation>achternaam</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>Verhuisd</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Vastgelegd op</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <source>Sensitive: for the office only. Never printed or exported for people outside the office. No diagnoses.</source>
            <translation>Gevoelig: alleen voor het buurtkantoor. Wordt nooit afgedrukt of geëxporteerd voor mensen buiten het kantoor. Geen diagnoses.</translation>
        </message>
        <message>
            <source>Support flags</source>
            <translation>Ondersteuning</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>(choose a home)</source>
            <translation>(kies een woning)</translation>
        </message>
        <message>
            <source>%1 (lives there: %2)</source>
            <translation>%1 (woont er: %2)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>ResidentsTab</name>
        <message>
            <source>Filter by complex</source>
            <translation>Filter op complex</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter op status</translation>
        </message>
        <message>
            <source>Living here now</source>
            <translation>Wonen er nu</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>Verhuisd</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Filter by language</source>
            <translation>Filter op taal</translation>
        </message>
        <message>
            <source>Filter by support</source>
            <translation>Filter op ondersteuning</translation>
        </message>
        <message>
            <source>Support flags are sensitive: turn on "Show sensitive data" to filter on them.</source>
            <translation>Ondersteuning is gevoelig: zet "Toon gevoelige gegevens" aan om erop te filteren.</translation>
        </message>
        <message>
            <source>Show sensitive data</source>
            <translation>Toon gevoelige gegevens</translation>
        </message>
        <message>
            <source>Support flags are hidden unless you choose to see them; notes never appear in the table.</source>
            <translation>Ondersteuning is verborgen tot u ervoor kiest die te zien; notities staan nooit in de tabel.</translation>
        </message>
        <message>
            <source>New resident</source>
            <translation>Nieuwe bewoner</translation>
        </message>
        <message>
            <source>New resident (Ctrl+N)</source>
            <translation>Nieuwe bewoner (Ctrl+N)</translation>
        </message>
        <message>
            <source>Follow up…</source>
            <translation>Opvolgen…</translation>
        </message>
        <message>
            <source>Due follow-ups and open signals of all residents</source>
            <translation>Op te volgen contacten en open signalen van alle bewoners</translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle talen</translation>
        </message>
        <message>
            <source>All support</source>
            <translation>Alle ondersteuning</translation>
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
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Contact OK</source>
            <translation>Contact mag</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Support (sensitive)</source>
            <translation>Ondersteuning (gevoelig)</translation>
        </message>
        <message>
            <source>Search by name, address, postcode or phone</source>
            <translation>Zoek op naam, adres, postcode of telefoon</translation>
        </message>
        <message>
            <source>No residents yet. Load demo data (File menu) or add a resident (Ctrl+N).</source>
            <translation>Nog geen bewoners. Laad demogegevens (menu Bestand) of voeg een bewoner toe (Ctrl+N).</translation>
        </message>
        <message>
            <source>Delete resident</source>
            <translation>Bewoner verwijderen</translation>
        </message>
        <message>
            <source>Delete %1 with all contact moments and signals? This cannot be undone. Someone who moved away is better kept: use Move out in the editor.</source>
            <translation>%1 verwijderen, met alle contactmomenten en signalen? Dit kan niet ongedaan worden gemaakt. Iemand die verhuisd is kunt u beter bewaren: gebruik Verhuizing in de editor.</translation>
        </message>
        <message numerus="yes">
            <source>%n resident(s)</source>
            <translation>
                <numerusform>%Ln bewoner</numerusform>
                <numerusform>%Ln bewoners</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignalDialog</name>
        <message>
            <source>Signal</source>
            <translation>Signaal</translation>
        </message>
        <message>
            <source>who passed it on</source>
            <translation>wie gaf het door</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Doorgegeven</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Waarover</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Opvolgen op</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>(nobody in particular)</source>
            <translation>(niemand in het bijzonder)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
</TS>
