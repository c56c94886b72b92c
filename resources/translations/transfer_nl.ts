<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>DuplicatesDialog</name>
        <message numerus="yes">
            <source>%n pair(s) shown, %1 unlikely hidden</source>
            <translation>
                <numerusform>%Ln paar getoond, %1 onwaarschijnlijke verborgen</numerusform>
                <numerusform>%Ln paren getoond, %1 onwaarschijnlijke verborgen</numerusform>
            </translation>
        </message>
        <message>
            <source>Also show unlikely pairs (a household sharing a phone or e-mail)</source>
            <translation>Toon ook onwaarschijnlijke paren (een huishouden met één telefoon of e-mail)</translation>
        </message>
        <message>
            <source>Unlikely</source>
            <translation>Onwaarschijnlijk</translation>
        </message>
        <message>
            <source>Possible</source>
            <translation>Mogelijk</translation>
        </message>
        <message>
            <source>Very likely</source>
            <translation>Zeer waarschijnlijk</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Aanwijzingen</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Waarschijnlijkheid</translation>
        </message>
        <message>
            <source>Residents with the same home and a similar name, or the same phone number or e-mail address, the most likely pairs first. Check each pair before merging: members of one household often share a phone number.</source>
            <translation>Bewoners met dezelfde woning en een naam die erop lijkt, of met hetzelfde telefoonnummer of e-mailadres, de waarschijnlijkste paren eerst. Controleer elk paar voordat u samenvoegt: leden van één huishouden delen vaak een telefoonnummer.</translation>
        </message>
        <message>
            <source>Duplicate residents</source>
            <translation>Dubbele bewoners</translation>
        </message>
        <message>
            <source>No likely duplicates found.</source>
            <translation>Geen waarschijnlijk dubbele bewoners gevonden.</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Samenvoegen…</translation>
        </message>
        <message>
            <source>contact moments</source>
            <translation>contactmomenten</translation>
        </message>
        <message>
            <source>signals</source>
            <translation>signalen</translation>
        </message>
        <message>
            <source>support links</source>
            <translation>koppelingen</translation>
        </message>
        <message>
            <source>registrations</source>
            <translation>aanmeldingen</translation>
        </message>
        <message>
            <source>volunteer record</source>
            <translation>vrijwilliger</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>talen</translation>
        </message>
        <message>
            <source>support flags</source>
            <translation>ondersteuningskenmerken</translation>
        </message>
        <message>
            <source>funding applications</source>
            <translation>aanvragen</translation>
        </message>
        <message>
            <source>Merge residents</source>
            <translation>Bewoners samenvoegen</translation>
        </message>
        <message>
            <source>Which record stays? Everything linked to the other record (support, registrations, contact moments, signals) moves to it, empty fields are filled in, and the other record is deleted. The merge is recorded in the audit trail.</source>
            <translation>Welke gegevens blijven bestaan? Alles wat aan de andere bewoner gekoppeld is (ondersteuning, aanmeldingen, contactmomenten, signalen) gaat mee, lege velden worden aangevuld en de andere bewoner wordt verwijderd. Het samenvoegen wordt vastgelegd in het logboek.</translation>
        </message>
        <message>
            <source>Keep 1</source>
            <translation>Bewaar 1</translation>
        </message>
        <message>
            <source>Keep 2</source>
            <translation>Bewaar 2</translation>
        </message>
        <message>
            <source>Resident</source>
            <translation>Bewoner</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mogelijk dubbel</translation>
        </message>
    </context>
    <context>
        <name>ExportTexts</name>
        <message numerus="yes">
            <source>%n row(s) exported to %1</source>
            <translation>
                <numerusform>%Ln rij geëxporteerd naar %1</numerusform>
                <numerusform>%Ln rijen geëxporteerd naar %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Kies een bestand</translation>
        </message>
        <message>
            <source>An Excel workbook (.xlsx) or a CSV file, with a header row.</source>
            <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand, met een kopregel.</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>Homes</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Vrijwilligers</translation>
        </message>
        <message>
            <source>Choose a .xlsx or .csv file</source>
            <translation>Kies een .xlsx- of .csv-bestand</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;What to import:</source>
            <translation>&amp;Wat importeert u:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>Import file</source>
            <translation>Bestand importeren</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>The file has a header row but no rows to import.</source>
            <translation>Het bestand heeft een kopregel, maar geen rijen om te importeren.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>New: %1 · Updated: %2 · Unchanged: %3 · With errors (skipped): %4</source>
            <translation>Nieuw: %1 · Bijgewerkt: %2 · Ongewijzigd: %3 · Met fouten (overgeslagen): %4</translation>
        </message>
        <message>
            <source>New homes: %1</source>
            <translation>Nieuwe woningen: %1</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Bezig…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Save rows with errors</source>
            <translation>Rijen met fouten opslaan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
            <translation>Excel-werkmap (*.xlsx);;CSV, gescheiden door puntkomma's (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Which column holds what?</source>
            <translation>Welke kolom bevat wat?</translation>
        </message>
        <message>
            <source>Guessed from the column names; fields marked * are required. Your choice is remembered for the next file.</source>
            <translation>Herkend aan de kolomnamen; velden met * zijn verplicht. Uw keuze wordt onthouden voor het volgende bestand.</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(niet importeren)</translation>
        </message>
        <message>
            <source>Choose a column for: %1</source>
            <translation>Kies een kolom voor: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>The rows as they will be stored. Nothing has been saved yet.</source>
            <translation>De rijen zoals ze worden opgeslagen. Er is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>Import only the correct rows and skip the rows with errors</source>
            <translation>Alleen de goede rijen importeren en de rijen met fouten overslaan</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>&amp;Save rows with errors…</source>
            <translation>Rijen met fouten op&amp;slaan…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>De rijen worden gecontroleerd…</translation>
        </message>
        <message>
            <source>No errors found.</source>
            <translation>Geen fouten gevonden.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wat gebeurt er</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nieuw</translation>
        </message>
        <message>
            <source>update</source>
            <translation>bijwerken</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Import finished</source>
            <translation>Importeren klaar</translation>
        </message>
        <message>
            <source>&amp;Save rows with errors…</source>
            <translation>Rijen met fouten op&amp;slaan…</translation>
        </message>
        <message>
            <source>A backup was made first: %1</source>
            <translation>Eerst is een reservekopie gemaakt: %1</translation>
        </message>
        <message>
            <source>Every row was imported.</source>
            <translation>Alle rijen zijn geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>TransferExport</name>
        <message>
            <source>Export sensitive data?</source>
            <translation>Gevoelige gegevens exporteren?</translation>
        </message>
        <message>
            <source>The export will contain sensitive columns (%1) because sensitive data is shown. Keep the file inside the office and delete it when it is no longer needed. Continue?</source>
            <translation>De export bevat gevoelige kolommen (%1), omdat gevoelige gegevens getoond worden. Houd het bestand binnen het buurtkantoor en verwijder het zodra u het niet meer nodig hebt. Doorgaan?</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Tabel exporteren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
            <translation>Excel-werkmap (*.xlsx);;CSV, gescheiden door puntkomma's (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Find &amp;duplicate residents…</source>
            <translation>&amp;Dubbele bewoners zoeken…</translation>
        </message>
    </context>
</TS>
