<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ComplexEditor</name>
        <message>
            <source>New complex</source>
            <translation>Nieuw complex</translation>
        </message>
        <message>
            <source>Complex</source>
            <translation>Complex</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Homes</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <source>e.g. gallery flat, ten storeys</source>
            <translation>bijv. galerijflat, tien verdiepingen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Address range</source>
            <translation>Adresreeks</translation>
        </message>
        <message>
            <source>Postcode(s)</source>
            <translation>Postcode(s)</translation>
        </message>
        <message>
            <source>CBS neighbourhood code</source>
            <translation>CBS-buurtcode</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>Number of homes</source>
            <translation>Aantal woningen</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <source>Building type</source>
            <translation>Type gebouw</translation>
        </message>
        <message>
            <source>Floors</source>
            <translation>Verdiepingen</translation>
        </message>
        <message>
            <source>Common room</source>
            <translation>Gemeenschappelijke ruimte</translation>
        </message>
        <message>
            <source>Caretaker</source>
            <translation>Huismeester</translation>
        </message>
        <message>
            <source>Caretaker phone</source>
            <translation>Telefoon huismeester</translation>
        </message>
        <message>
            <source>Caretaker e-mail</source>
            <translation>E-mail huismeester</translation>
        </message>
        <message>
            <source>Nieuwe Buren target (%)</source>
            <translation>Doel Nieuwe Buren (%)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
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
            <source>Floor</source>
            <translation>Verdieping</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <source>Add homes</source>
            <translation>Woningen toevoegen</translation>
        </message>
        <message>
            <source>Change selected home</source>
            <translation>Gekozen woning wijzigen</translation>
        </message>
        <message>
            <source>Remove selected home</source>
            <translation>Gekozen woning verwijderen</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Huisletter</translation>
        </message>
        <message>
            <source>Addition</source>
            <translation>Toevoeging</translation>
        </message>
        <message>
            <source>Add a range of house numbers, e.g. Vulcanusdreef 1-188:</source>
            <translation>Voeg een reeks huisnummers toe, bijvoorbeeld Vulcanusdreef 1-188:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Homes not added</source>
            <translation>Woningen niet toegevoegd</translation>
        </message>
        <message>
            <source>Home not changed</source>
            <translation>Woning niet gewijzigd</translation>
        </message>
        <message>
            <source>Home not removed</source>
            <translation>Woning niet verwijderd</translation>
        </message>
    </context>
    <context>
        <name>ComplexesTab</name>
        <message>
            <source>New complex</source>
            <translation>Nieuw complex</translation>
        </message>
        <message>
            <source>New complex (Ctrl+N)</source>
            <translation>Nieuw complex (Ctrl+N)</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <source>Charts of the chosen complex, or of all complexes</source>
            <translation>Grafieken van het gekozen complex, of van alle complexen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Buurt</translation>
        </message>
        <message>
            <source>Homes</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>Asked for support</source>
            <translation>Vraagt ondersteuning</translation>
        </message>
        <message>
            <source>Nieuwe Buren</source>
            <translation>Nieuwe Buren</translation>
        </message>
        <message>
            <source>Next activity</source>
            <translation>Volgende activiteit</translation>
        </message>
        <message>
            <source>%1 / %2 = %3 %</source>
            <translation>%1 / %2 = %3 %</translation>
        </message>
        <message>
            <source>%1 (target %2 %)</source>
            <translation>%1 (doel %2 %)</translation>
        </message>
        <message>
            <source>Search by name or neighbourhood</source>
            <translation>Zoek op naam of buurt</translation>
        </message>
        <message>
            <source>No complexes yet. Load demo data (File menu) or add a complex (Ctrl+N).</source>
            <translation>Nog geen complexen. Laad demogegevens (menu Bestand) of voeg een complex toe (Ctrl+N).</translation>
        </message>
        <message>
            <source>Delete complex</source>
            <translation>Complex verwijderen</translation>
        </message>
        <message>
            <source>Delete complex %1?</source>
            <translation>Complex %1 verwijderen?</translation>
        </message>
        <message numerus="yes">
            <source>%n complex(es)</source>
            <translation>
                <numerusform>%Ln complex</numerusform>
                <numerusform>%Ln complexen</numerusform>
            </translation>
        </message>
    </context>
</TS>

