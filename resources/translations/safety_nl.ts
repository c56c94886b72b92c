<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditDialog</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>no. %1 (no longer exists)</source>
            <translation>nr. %1 (bestaat niet meer)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>W&amp;at:</translation>
    </message>
    <message>
        <source>Sensitive values (notes, support flags, signals) are shown as ***.</source>
        <translation>Gevoelige gegevens (notities, ondersteuningskenmerken, signalen) staan er als ***.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Wijzigingen (oud → nieuw)</translation>
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
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Woning</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Funding application</source>
        <translation>Subsidieaanvraag</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Support link</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%Ln regel</numerusform>
            <numerusform>%Ln regels</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Geen regels bij deze filters.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Er is nog niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Geboren</translation>
        </message>
    <message>
        <source>Inzage and erasure</source>
        <translation>Inzage en vergeten</translation>
    </message>
    <message>
        <source>Residents and volunteers may see everything the office keeps about them (inzage) and may ask to be forgotten. Find the person, then save their overview or erase them.</source>
        <translation>Bewoners en vrijwilligers mogen alles zien wat het kantoor over hen bewaart (inzage) en mogen vragen om vergeten te worden. Zoek de persoon op en sla het overzicht op of wis de gegevens.</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>&amp;Bewoners</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Vrijwilligers</translation>
    </message>
    <message>
        <source>Search by name, address or phone…</source>
        <translation>Zoek op naam, adres of telefoon…</translation>
    </message>
    <message>
        <source>Save inzage as &amp;PDF…</source>
        <translation>Inzage opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save inzage as &amp;JSON…</source>
        <translation>Inzage opslaan als &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>&amp;Remove entirely…</source>
        <translation>&amp;Volledig verwijderen…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
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
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Save inzage as PDF</source>
        <translation>Inzage opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Save inzage as JSON</source>
        <translation>Inzage opslaan als JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Remove %1 entirely, with all registrations, contact moments and signals? This cannot be undone.</source>
        <translation>%1 volledig verwijderen, met alle aanmeldingen, contactmomenten en signalen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Anonymise %1? Name, contact details, notes, flags, contact moments and signals are removed; anonymous participation stays for the figures. This cannot be undone.</source>
        <translation>%1 anonimiseren? Naam, contactgegevens, notities, kenmerken, contactmomenten en signalen worden verwijderd; de anonieme deelname blijft voor de cijfers. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <source>Done. Older backups still contain this person until they are rotated out (at most 12 months).</source>
        <translation>Klaar. Oudere reservekopieën bevatten deze persoon nog tot ze worden opgeruimd (hooguit 12 maanden).</translation>
    </message>
    <message>
        <source>The name still appears in the text of these other records. They were not changed, because it may be someone else with the same name; check them and edit them where needed:</source>
        <translation>De naam staat nog in de tekst van deze andere gegevens. Die zijn niet gewijzigd, want het kan iemand anders met dezelfde naam zijn; controleer ze en pas ze zo nodig aan:</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Buurtkantoor makes a backup every day at start and before every update, and keeps 7 daily, 4 weekly and 12 monthly copies. Restoring first backs up the current database.</source>
        <translation>Buurtkantoor maakt elke dag bij het starten en voor elke update een reservekopie, en bewaart 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën. Bij terugzetten wordt eerst een kopie van de huidige database gemaakt.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Map: %1</translation>
    </message>
    <message>
        <source>No backups yet. Click &apos;Back up now&apos; to make the first one.</source>
        <translation>Nog geen reservekopieën. Klik op &apos;Nu reservekopie maken&apos; voor de eerste.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Nu reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Gekozen kopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Terugzetten uit &amp;bestand…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Reservekopie mislukt</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <source>Buurtkantoor databases (*.sqlite)</source>
        <translation>Buurtkantoor-databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1 (%2 residents, %3 activities)?

The current database is backed up first, so this can be undone.</source>
        <translation>De huidige database vervangen door de reservekopie %1 (%2 bewoners, %3 activiteiten)?

Van de huidige database wordt eerst een reservekopie gemaakt, dus dit kan ongedaan worden gemaakt.</translation>
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
        <source>The backup has been restored. The database as it was is kept as %1.</source>
        <translation>De reservekopie is teruggezet. De database zoals hij was, is bewaard als %1.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>voor een update</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention list</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>The office keeps personal data no longer than needed. Below are the residents who moved out and the volunteers who stopped longer ago than the retention period. Anonymising removes names, contact details, notes, flags, contact moments and signals; attendance and funding figures stay correct.</source>
        <translation>Het kantoor bewaart persoonsgegevens niet langer dan nodig. Hieronder staan de bewoners die verhuisd zijn en de vrijwilligers die gestopt zijn, langer geleden dan de bewaartermijn. Anonimiseren verwijdert namen, contactgegevens, notities, kenmerken, contactmomenten en signalen; aanwezigheids- en subsidiecijfers blijven kloppen.</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>Nobody is past the retention period. Nothing to do.</source>
        <translation>Niemand is over de bewaartermijn heen. Er is niets te doen.</translation>
    </message>
    <message>
        <source>&amp;Retention period after moving out or stopping:</source>
        <translation>&amp;Bewaartermijn na verhuizen of stoppen:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise all %n person(s)…</source>
        <translation>
            <numerusform>&amp;Anonimiseer %Ln persoon…</numerusform>
            <numerusform>&amp;Anonimiseer alle %Ln personen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? Names, contact details, notes and flags are removed for good; this cannot be undone (older backups still hold them until they are rotated out).</source>
        <translation>
            <numerusform>%Ln persoon anonimiseren? Naam, contactgegevens, notities en kenmerken worden voorgoed verwijderd; dit kan niet ongedaan worden gemaakt (oudere reservekopieën bevatten ze nog tot ze worden opgeruimd).</numerusform>
            <numerusform>%Ln personen anonimiseren? Namen, contactgegevens, notities en kenmerken worden voorgoed verwijderd; dit kan niet ongedaan worden gemaakt (oudere reservekopieën bevatten ze nog tot ze worden opgeruimd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Bezig met anonimiseren…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>%Ln persoon geanonimiseerd.</numerusform>
            <numerusform>%Ln personen geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their names still appear in the text of these other records. They were not changed, because it may be someone else with the same name; check them and edit them where needed:</source>
        <translation>Hun namen staan nog in de tekst van deze andere gegevens. Die zijn niet gewijzigd, want het kan iemand anders met dezelfde naam zijn; controleer ze en pas ze zo nodig aan:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…en nog %Ln.</numerusform>
            <numerusform>…en nog %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident (moved out)</source>
        <translation>Bewoner (verhuisd)</translation>
    </message>
    <message>
        <source>Volunteer (stopped)</source>
        <translation>Vrijwilliger (gestopt)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Database controleren</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>&amp;Retention list…</source>
        <translation>&amp;Bewaartermijnen…</translation>
    </message>
    <message>
        <source>&amp;Inzage and erasure…</source>
        <translation>&amp;Inzage en vergeten…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>De database wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Databasecontrole</translation>
    </message>
    <message>
        <source>The database is damaged (%1). Close Buurtkantoor and start it again to restore the newest good backup; the damaged file will be kept aside.</source>
        <translation>De database is beschadigd (%1). Sluit Buurtkantoor en start het opnieuw om de nieuwste goede reservekopie terug te zetten; het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>De database is in orde.</translation>
    </message>
</context>
    <context>
        <name>EraseConfirmDialog</name>
        <message>
            <source>Type the name to confirm: %1</source>
            <translation>Typ de naam om te bevestigen: %1</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Definitief wissen</translation>
        </message>
        <message>
            <source>Type the name to confirm</source>
            <translation>Typ de naam om te bevestigen</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Vergeten</translation>
        </message>
    </context>
</TS>
