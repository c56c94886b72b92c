<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>FundingTab</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Aanvrager</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <source>Activity date</source>
            <translation>Datum activiteit</translation>
        </message>
        <message>
            <source>Search by title or applicant</source>
            <translation>Zoek op titel of aanvrager</translation>
        </message>
        <message>
            <source>No funding applications yet.</source>
            <translation>Nog geen aanvragen.</translation>
        </message>
        <message numerus="yes">
            <source>%n application(s)</source>
            <translation>
                <numerusform>%n aanvraag</numerusform>
                <numerusform>%n aanvragen</numerusform>
            </translation>
        </message>
    </context>
</TS>
