<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Vortex::Ui::ConnectivityIndicator</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MainWindow</name>
    <message>
        <source>Vortex Alert Console</source>
        <translation>Vortex Alert Console</translation>
    </message>
    <message>
        <source>%1 — DEMO</source>
        <translation>%1 — DEMO</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Demo mode: messages go to a local Twilio twin, not real phones.</source>
        <translation>Demo-Modus: Nachrichten gehen an einen lokalen Twilio-Zwilling, nicht an echte Telefone.</translation>
    </message>
    <message>
        <source>Send &amp;test page…</source>
        <translation>&amp;Testnachricht senden…</translation>
    </message>
    <message>
        <source>Send a test page to a phone and follow its delivery</source>
        <translation>Eine Testnachricht an ein Telefon senden und die Zustellung verfolgen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Vortex Alert Console</source>
        <translation>Ü&amp;ber Vortex Alert Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vortex Alert Console %1&lt;/h3&gt;&lt;p&gt;Pages people over Twilio for the ecommerce monitoring platform and follows every message until it is delivered.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vortex Alert Console %1&lt;/h3&gt;&lt;p&gt;Benachrichtigt Menschen über Twilio für die E-Commerce-Überwachungsplattform und verfolgt jede Nachricht, bis sie zugestellt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo mode:&lt;/b&gt; messages go to a local Twilio twin.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demo-Modus:&lt;/b&gt; Nachrichten gehen an einen lokalen Twilio-Zwilling.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Datenordner: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Vortex Alert Console</source>
        <translation>Über Vortex Alert Console</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessageStatusStyle</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Wird empfangen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Partially delivered</source>
        <translation>Teilweise zugestellt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessagesModel</name>
    <message>
        <source>Twilio status: %1</source>
        <translation>Twilio-Status: %1</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessagesPanel</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed or undelivered</source>
        <translation>Fehlgeschlagen oder nicht zugestellt</translation>
    </message>
    <message>
        <source>Inbound replies</source>
        <translation>Eingehende Antworten</translation>
    </message>
    <message>
        <source>Search number, text or SID</source>
        <translation>Nummer, Text oder SID suchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 von %n Nachricht</numerusform>
            <numerusform>%1 von %n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RecipientCheck</name>
    <message>
        <source>Sends to %1 · %2 · %3</source>
        <translation>Sendet an %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Landlines usually cannot receive text messages.</source>
        <translation>Festnetzanschlüsse können meist keine SMS empfangen.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s mobile number, starting with + and the country code.</source>
        <translation>Geben Sie die Mobilnummer des Empfängers ein, beginnend mit + und der Landesvorwahl.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +44 7400 123456.</source>
        <translation>Beginnen Sie die Nummer mit + und der Landesvorwahl, zum Beispiel +49 151 23456789.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits only, after + and the country code.</source>
        <translation>Das ist keine Telefonnummer. Verwenden Sie nur Ziffern nach + und der Landesvorwahl.</translation>
    </message>
    <message>
        <source>This number does not exist in its country&apos;s numbering plan. Check the digits.</source>
        <translation>Diese Nummer gibt es im Nummernplan ihres Landes nicht. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>This number cannot be used.</source>
        <translation>Diese Nummer kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>line type unknown</source>
        <translation>Anschlussart unbekannt</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SegmentSummary</name>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>UCS-2 (Unicode)</source>
        <translation>UCS-2 (Unicode)</translation>
    </message>
    <message>
        <source>empty message</source>
        <translation>leere Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>%n Zeichen in diesem Segment frei</numerusform>
            <numerusform>%n Zeichen in diesem Segment frei</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has %1 characters. Twilio refuses messages over %2 characters (error 21617): shorten it before sending.</source>
        <translation>Diese Nachricht hat %1 Zeichen. Twilio lehnt Nachrichten mit mehr als %2 Zeichen ab (Fehler 21617): Kürzen Sie sie vor dem Senden.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SendTestPageDialog</name>
    <message>
        <source>Send test page</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>[TEST] Vortex Alert Console test page - reply ACK to confirm</source>
        <translation>[TEST] Testnachricht der Vortex Alert Console - zur Bestätigung mit ACK antworten</translation>
    </message>
    <message>
        <source>+44 7400 123456</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>Recipient phone number</source>
        <translation>Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <source>Queued — waiting for the delivery report (%1)</source>
        <translation>In Warteschlange — warte auf den Zustellbericht (%1)</translation>
    </message>
    <message>
        <source>%1 — waiting for the delivery report (%2)</source>
        <translation>%1 — warte auf den Zustellbericht (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
</TS>
