<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ComplexesTab</name>
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
            <source>Search by name or neighbourhood</source>
            <translation>Zoek op naam of buurt</translation>
        </message>
        <message>
            <source>No complexes yet. Load demo data (File menu) or add a complex.</source>
            <translation>Nog geen complexen. Laad demogegevens (menu Bestand) of voeg een complex toe.</translation>
        </message>
        <message numerus="yes">
            <source>%n complex(es)</source>
            <translation>
                <numerusform>%n complex</numerusform>
                <numerusform>%n complexen</numerusform>
            </translation>
        </message>
    </context>
</TS>
