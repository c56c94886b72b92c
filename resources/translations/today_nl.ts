<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ChartsDialog</name>
        <message>
            <source>Charts</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message>
            <source>Nieuwe Buren share against the target</source>
            <translation>Aandeel Nieuwe Buren tegenover het doel</translation>
        </message>
        <message>
            <source>Activities held per month</source>
            <translation>Activiteiten per maand</translation>
        </message>
        <message>
            <source>Participants per month (walk-ins included)</source>
            <translation>Deelnemers per maand (met binnenlopers)</translation>
        </message>
        <message>
            <source>Volunteer hours per month</source>
            <translation>Uren van vrijwilligers per maand</translation>
        </message>
        <message>
            <source>Residents who asked for support, and who have a volunteer now</source>
            <translation>Bewoners die om steun vroegen, en wie nu een vrijwilliger heeft</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportDialog</name>
        <message>
            <source>Progress report</source>
            <translation>Voortgangsrapportage</translation>
        </message>
        <message>
            <source>Give the first day.</source>
            <translation>Vul de eerste dag in.</translation>
        </message>
        <message>
            <source>Give the last day.</source>
            <translation>Vul de laatste dag in.</translation>
        </message>
        <message>
            <source>All complexes</source>
            <translation>Alle complexen</translation>
        </message>
        <message>
            <source>Also save the figures as an Excel workbook (.xlsx)</source>
            <translation>De cijfers ook als Excel-werkmap (.xlsx) opslaan</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Voortgangsrapportage opslaan</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>The last day lies before the first day.</source>
            <translation>De laatste dag ligt vóór de eerste dag.</translation>
        </message>
        <message>
            <source>Progress report %1</source>
            <translation>Voortgangsrapportage %1</translation>
        </message>
        <message>
            <source>Report not made</source>
            <translation>Rapportage niet gemaakt</translation>
        </message>
        <message>
            <source>Report not saved</source>
            <translation>Rapportage niet opgeslagen</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Het bestand kon niet worden geschreven: %1</translation>
        </message>
    </context>
    <context>
        <name>RowTexts</name>
        <message>
            <source>Deadlines</source>
            <translation>Termijnen</translation>
        </message>
        <message>
            <source>VOG</source>
            <translation>VOG</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Opvolgen</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Residents without support</source>
            <translation>Bewoners zonder steun</translation>
        </message>
        <message>
            <source>Complexes below target</source>
            <translation>Complexen onder doel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Aanvraag</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Termijn</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Vrijwilliger</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Wanneer</translation>
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
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Nodig</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Waiting for a volunteer</source>
            <translation>Wachten op een vrijwilliger</translation>
        </message>
        <message>
            <source>Nieuwe Buren</source>
            <translation>Nieuwe Buren</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>over %n dag</numerusform>
                <numerusform>over %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Submit before</source>
            <translation>Indienen vóór</translation>
        </message>
        <message>
            <source>Decision expected</source>
            <translation>Besluit verwacht</translation>
        </message>
        <message>
            <source>Account before</source>
            <translation>Verantwoording vóór</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Missing, while supporting residents</source>
            <translation>Ontbreekt, terwijl ze bewoners ondersteunt</translation>
        </message>
        <message>
            <source>Expired on %1</source>
            <translation>Verlopen op %1</translation>
        </message>
        <message>
            <source>Expires on %1</source>
            <translation>Verloopt op %1</translation>
        </message>
        <message>
            <source>Open signal to %1</source>
            <translation>Open signaal aan %1</translation>
        </message>
        <message>
            <source>Contact moment (%1)</source>
            <translation>Contactmoment (%1)</translation>
        </message>
        <message>
            <source>Contact moment</source>
            <translation>Contactmoment</translation>
        </message>
        <message numerus="yes">
            <source>%n more volunteer(s) needed</source>
            <translation>
                <numerusform>nog %n vrijwilliger nodig</numerusform>
                <numerusform>nog %n vrijwilligers nodig</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting list %1</source>
            <translation>wachtlijst %1</translation>
        </message>
        <message numerus="yes">
            <source>%n place(s) free</source>
            <translation>
                <numerusform>%n plaats vrij</numerusform>
                <numerusform>%n plaatsen vrij</numerusform>
            </translation>
        </message>
        <message>
            <source>full</source>
            <translation>vol</translation>
        </message>
        <message>
            <source>all set</source>
            <translation>alles geregeld</translation>
        </message>
        <message numerus="yes">
            <source>%n resident(s)</source>
            <translation>
                <numerusform>%n bewoner</numerusform>
                <numerusform>%n bewoners</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 / %2 = %3 % (target %4 %)</source>
            <translation>%1 / %2 = %3 % (doel %4 %)</translation>
        </message>
    </context>
    <context>
        <name>SectionBox</name>
        <message>
            <source>Seen</source>
            <translation>Gezien</translation>
        </message>
        <message>
            <source>Hide the selected item until tomorrow (Ctrl+G)</source>
            <translation>Verberg het gekozen punt tot morgen (Ctrl+G)</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>first %1 shown</source>
            <translation>eerste %1 getoond</translation>
        </message>
    </context>
    <context>
        <name>TodayMenu</name>
        <message>
            <source>&amp;Progress report…</source>
            <translation>&amp;Voortgangsrapportage…</translation>
        </message>
        <message>
            <source>&amp;Charts…</source>
            <translation>&amp;Grafieken…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>TodayTab</name>
        <message>
            <source>Show seen items again</source>
            <translation>Toon geziene punten weer</translation>
        </message>
        <message>
            <source>Nothing needs doing today. Deadlines, follow-ups and activities appear here.</source>
            <translation>Vandaag hoeft er niets. Termijnen, opvolgingen en activiteiten verschijnen hier vanzelf.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) need attention</source>
            <translation>
                <numerusform>%n punt vraagt aandacht</numerusform>
                <numerusform>%n punten vragen aandacht</numerusform>
            </translation>
        </message>
    </context>
</TS>
