<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>VolunteersTab</name>
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
            <source>Supports</source>
            <translation>Ondersteunt</translation>
        </message>
        <message>
            <source>VOG date</source>
            <translation>Datum VOG</translation>
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
                <numerusform>%n vrijwilliger</numerusform>
                <numerusform>%n vrijwilligers</numerusform>
            </translation>
        </message>
    </context>
</TS>
