<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>EventsTab</name>
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
            <source>Search by title</source>
            <translation>Zoek op titel</translation>
        </message>
        <message>
            <source>No activities yet.</source>
            <translation>Nog geen activiteiten.</translation>
        </message>
        <message numerus="yes">
            <source>%n activit(y/ies)</source>
            <translation>
                <numerusform>%n activiteit</numerusform>
                <numerusform>%n activiteiten</numerusform>
            </translation>
        </message>
    </context>
</TS>
