<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <source>Buurtkantoor ran into an unexpected problem. Everything you saved before this is safe in the database; a change you were making at this moment may not have been saved, so please check it. You can continue working, or quit and start again.</source>
            <translation>Buurtkantoor liep tegen een onverwacht probleem aan. Alles wat u hiervoor hebt opgeslagen, staat veilig in de database; een wijziging waar u op dit moment mee bezig was, is misschien niet opgeslagen, dus controleer die even. U kunt verder werken, of het programma afsluiten en opnieuw starten.</translation>
        </message>
        <message>
            <source>The details are also in the log file:
%1</source>
            <translation>De details staan ook in het logbestand:
%1</translation>
        </message>
        <message>
            <source>No log file could be written on this computer.</source>
            <translation>Op deze computer kon geen logbestand worden geschreven.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopiëren</translation>
        </message>
        <message>
            <source>&amp;Quit Buurtkantoor</source>
            <translation>Buurtkantoor &amp;afsluiten</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>&amp;Doorgaan</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Gekopieerd</translation>
        </message>
    </context>
    <context>
        <name>ShippingMenu</name>
        <message>
            <source>Log file</source>
            <translation>Logbestand</translation>
        </message>
        <message>
            <source>The log file is here:
%1</source>
            <translation>Het logbestand staat hier:
%1</translation>
        </message>
        <message>
            <source>Open &amp;log file</source>
            <translation>&amp;Logbestand openen</translation>
        </message>
    </context>
</TS>
