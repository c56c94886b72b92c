<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ResidentsTab</name>
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
            <source>All complexes</source>
            <translation>Alle complexen</translation>
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
            <source>Moved in</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Search by name, address, postcode or phone</source>
            <translation>Zoek op naam, adres, postcode of telefoon</translation>
        </message>
        <message>
            <source>No residents yet. Load demo data (File menu) or add residents.</source>
            <translation>Nog geen bewoners. Laad demogegevens (menu Bestand) of voeg bewoners toe.</translation>
        </message>
        <message numerus="yes">
            <source>%n resident(s)</source>
            <translation>
                <numerusform>%n bewoner</numerusform>
                <numerusform>%n bewoners</numerusform>
            </translation>
        </message>
    </context>
</TS>
