<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TwilioError</name>
    <message>
        <source>Could not reach Twilio: %1</source>
        <translation>Twilio ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Twilio did not answer in time.</source>
        <translation>Twilio hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Twilio sent a reply that could not be read: %1</source>
        <translation>Twilio hat eine nicht lesbare Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1.</source>
        <translation>Twilio hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Twilio error %1 (HTTP %2).</source>
        <translation>Twilio-Fehler %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
</context>
<context>
    <name>Vortex::App::ConsoleLauncher</name>
    <message>
        <source>The Twilio credentials for %1 are not in the keychain (%2). Store them with: vortexctl credentials set</source>
        <translation>Die Twilio-Zugangsdaten für %1 sind nicht im Schlüsselbund (%2). Speichern Sie sie mit: vortexctl credentials set</translation>
    </message>
    <message>
        <source>Vortex Alert Console</source>
        <translation>Vortex Alert Console</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::ConsoleEngine</name>
    <message>
        <source>The message store cannot be opened: %1</source>
        <translation>Der Nachrichtenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Twilio at %1</source>
        <translation>Twilio unter %1</translation>
    </message>
    <message>
        <source>No relay is configured: statuses are polled from Twilio.</source>
        <translation>Kein Relay konfiguriert: Die Status werden per Polling bei Twilio abgefragt.</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in international format (+44…).</source>
        <translation>%1 ist keine gültige Telefonnummer im internationalen Format (+49…).</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The message is longer than Twilio&apos;s 1600-character limit.</source>
        <translation>Die Nachricht überschreitet das Twilio-Limit von 1600 Zeichen.</translation>
    </message>
    <message>
        <source>No sender number is configured.</source>
        <translation>Es ist keine Absendernummer konfiguriert.</translation>
    </message>
    <message>
        <source>The console is not connected yet.</source>
        <translation>Die Konsole ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Twilio answered at %1</source>
        <translation>Twilio hat unter %1 geantwortet</translation>
    </message>
    <message>
        <source>Twilio answered, but its answer could not be read: the page may have been sent. Check the message log before sending again.</source>
        <translation>Twilio hat geantwortet, aber die Antwort war nicht lesbar: Die Nachricht wurde möglicherweise gesendet. Prüfen Sie das Nachrichtenprotokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>%1 Twilio may have received the page; it was not sent again to avoid a duplicate.</source>
        <translation>%1 Twilio hat die Nachricht möglicherweise erhalten; sie wurde nicht erneut gesendet, um ein Duplikat zu vermeiden.</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoStack</name>
    <message>
        <source>Cannot create the demo data folder %1</source>
        <translation>Der Demo-Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The demo relay could not start.</source>
        <translation>Das Demo-Relay konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo Twilio twin could not start.</source>
        <translation>Der Demo-Twilio-Zwilling konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Relay::RelayFeedClient</name>
    <message>
        <source>relay answered HTTP %1</source>
        <translation>Relay antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>relay sent an unreadable feed page</source>
        <translation>Relay hat eine nicht lesbare Feed-Seite gesendet</translation>
    </message>
    <message>
        <source>connected to relay</source>
        <translation>mit Relay verbunden</translation>
    </message>
    <message>
        <source>the relay refused this console&apos;s token (HTTP %1)</source>
        <translation>das Relay hat das Token dieser Konsole abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Relay::RelayServer</name>
    <message>
        <source>cannot create data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation>kann nicht auf %1:%2 lauschen</translation>
    </message>
</context>
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
<context>
    <name>main</name>
    <message>
        <source>Vortex Alert Console: pages people over Twilio and charts delivery health.
Without a configured Twilio account it starts in demo mode.</source>
        <translation>Vortex Alert Console: benachrichtigt Menschen über Twilio und stellt die Zustellqualität grafisch dar.
Ohne konfiguriertes Twilio-Konto startet sie im Demo-Modus.</translation>
    </message>
    <message>
        <source>Run against a local Twilio twin and relay.</source>
        <translation>Mit einem lokalen Twilio-Zwilling und Relay ausführen.</translation>
    </message>
    <message>
        <source>Keep the console&apos;s data in &lt;dir&gt;.</source>
        <translation>Daten der Konsole in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Receives Twilio message webhooks, stores them durably and serves them to Vortex consoles.
The Twilio auth token comes from VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file; console tokens from VORTEX_RELAY_CONSOLE_TOKENS (comma-separated) or --console-tokens-file.</source>
        <translation>Empfängt Nachrichten-Webhooks von Twilio, speichert sie dauerhaft und stellt sie Vortex-Konsolen bereit.
Der Auth Token von Twilio stammt aus VORTEX_TWILIO_AUTH_TOKEN oder --auth-token-file; Konsolen-Token aus VORTEX_RELAY_CONSOLE_TOKENS (kommagetrennt) oder --console-tokens-file.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8080; port 0 = any free port).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard: 127.0.0.1:8080; Port 0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Base URL Twilio posts to, used to check signatures (default http://ADDR:PORT).</source>
        <translation>Basis-URL, an die Twilio sendet; dient zur Prüfung der Signaturen (Standard: http://ADDR:PORT).</translation>
    </message>
    <message>
        <source>Directory of the event database (default: the user&apos;s application data directory).</source>
        <translation>Verzeichnis der Ereignisdatenbank (Standard: das Anwendungsdatenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>File holding the Twilio auth token.</source>
        <translation>Datei mit dem Auth Token von Twilio.</translation>
    </message>
    <message>
        <source>File holding console bearer tokens, one a line.</source>
        <translation>Datei mit Bearer-Token für Konsolen, einer pro Zeile.</translation>
    </message>
    <message>
        <source>Largest webhook body accepted (default 65536).</source>
        <translation>Maximale akzeptierte Größe eines Webhook-Bodys in Bytes (Standard: 65536).</translation>
    </message>
    <message>
        <source>--listen expects ADDR:PORT</source>
        <translation>--listen erwartet ADDR:PORT</translation>
    </message>
    <message>
        <source>--public-url is not a URL</source>
        <translation>--public-url ist keine URL</translation>
    </message>
    <message>
        <source>--max-body-bytes expects a number</source>
        <translation>--max-body-bytes erwartet eine Zahl</translation>
    </message>
    <message>
        <source>no Twilio auth token (VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file)</source>
        <translation>kein Auth Token von Twilio (VORTEX_TWILIO_AUTH_TOKEN oder --auth-token-file)</translation>
    </message>
</context>
<context>
    <name>vortex_twin</name>
    <message>
        <source>Vortex Twilio twin: a local stand-in for Twilio&apos;s 2010-04-01 Messages API.

Config file (--config, JSON; every key optional, see docs/twin.md):
  {&quot;accountSid&quot;: &quot;AC…32 hex&quot;, &quot;authToken&quot;: &quot;…&quot;,
   &quot;apiKeys&quot;: [{&quot;sid&quot;: &quot;SK…&quot;, &quot;secret&quot;: &quot;…&quot;}],
   &quot;numbers&quot;: [{&quot;number&quot;: &quot;+12015550123&quot;, &quot;smsUrl&quot;: &quot;http://127.0.0.1:8080/sms&quot;}],
   &quot;seed&quot;: 42, &quot;senderMps&quot;: 0, &quot;maxBodyBytes&quot;: 65536,
   &quot;countries&quot;: {&quot;US&quot;: {&quot;price&quot;: &quot;0.00830&quot;, &quot;priceUnit&quot;: &quot;USD&quot;,
       &quot;undelivered&quot;: 0.02, &quot;failed&quot;: 0.005, &quot;filtered&quot;: 0.003,
       &quot;undeliveredCodes&quot;: [30003, 30005, 30006],
       &quot;queuedToSentMs&quot;: [200, 1500], &quot;sentToDeliveredMs&quot;: [2000, 8000]}, &quot;*&quot;: {…}},
   &quot;faults&quot;: {&quot;rate429&quot;: 0, &quot;rate500&quot;: 0, &quot;latencyMs&quot;: 0, &quot;retryAfterSeconds&quot;: 1}}
Command-line options override the file. The auth token is never a plain argument:
use --auth-token-file or the VORTEX_TWIN_AUTH_TOKEN environment variable.
Control endpoints: POST /_twin/inbound, /_twin/faults, /_twin/clock, /_twin/numbers;
GET /_twin/health.</source>
        <translation>Vortex Twilio-Zwilling: ein lokaler Ersatz für die Messages API 2010-04-01 von Twilio.

Konfigurationsdatei (--config, JSON; alle Schlüssel optional, siehe docs/twin.md):
  {&quot;accountSid&quot;: &quot;AC…32 hex&quot;, &quot;authToken&quot;: &quot;…&quot;,
   &quot;apiKeys&quot;: [{&quot;sid&quot;: &quot;SK…&quot;, &quot;secret&quot;: &quot;…&quot;}],
   &quot;numbers&quot;: [{&quot;number&quot;: &quot;+12015550123&quot;, &quot;smsUrl&quot;: &quot;http://127.0.0.1:8080/sms&quot;}],
   &quot;seed&quot;: 42, &quot;senderMps&quot;: 0, &quot;maxBodyBytes&quot;: 65536,
   &quot;countries&quot;: {&quot;US&quot;: {&quot;price&quot;: &quot;0.00830&quot;, &quot;priceUnit&quot;: &quot;USD&quot;,
       &quot;undelivered&quot;: 0.02, &quot;failed&quot;: 0.005, &quot;filtered&quot;: 0.003,
       &quot;undeliveredCodes&quot;: [30003, 30005, 30006],
       &quot;queuedToSentMs&quot;: [200, 1500], &quot;sentToDeliveredMs&quot;: [2000, 8000]}, &quot;*&quot;: {…}},
   &quot;faults&quot;: {&quot;rate429&quot;: 0, &quot;rate500&quot;: 0, &quot;latencyMs&quot;: 0, &quot;retryAfterSeconds&quot;: 1}}
Kommandozeilenoptionen haben Vorrang vor der Datei. Der Auth Token ist nie ein einfaches Argument:
Verwenden Sie --auth-token-file oder die Umgebungsvariable VORTEX_TWIN_AUTH_TOKEN.
Steuer-Endpunkte: POST /_twin/inbound, /_twin/faults, /_twin/clock, /_twin/numbers;
GET /_twin/health.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:0, a free port; the chosen one is printed).</source>
        <translation>Adresse und Port (Standard: 127.0.0.1:0, ein freier Port; der gewählte Port wird ausgegeben).</translation>
    </message>
    <message>
        <source>JSON configuration file (format above).</source>
        <translation>JSON-Konfigurationsdatei (Format siehe oben).</translation>
    </message>
    <message>
        <source>Account SID (AC + 32 hex digits).</source>
        <translation>Account SID (AC + 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>File holding the auth token (else $VORTEX_TWIN_AUTH_TOKEN, else the config).</source>
        <translation>Datei mit dem Auth Token (sonst $VORTEX_TWIN_AUTH_TOKEN, sonst die Konfiguration).</translation>
    </message>
    <message>
        <source>An owned number in E.164, optionally with its inbound SMS URL (repeatable; replaces the configured numbers).</source>
        <translation>Eine eigene Nummer im E.164-Format, optional mit ihrer URL für eingehende SMS (mehrfach angebbar; ersetzt die konfigurierten Nummern).</translation>
    </message>
    <message>
        <source>Seed of the outcome PRNG.</source>
        <translation>Seed des PRNG für die Zustellergebnisse.</translation>
    </message>
    <message>
        <source>Share of API requests answered 429/20429.</source>
        <translation>Anteil der API-Anfragen, die mit 429/20429 beantwortet werden.</translation>
    </message>
    <message>
        <source>Share of API requests answered 500/20500.</source>
        <translation>Anteil der API-Anfragen, die mit 500/20500 beantwortet werden.</translation>
    </message>
    <message>
        <source>Latency added to every API response.</source>
        <translation>Zusätzliche Latenz für jede API-Antwort.</translation>
    </message>
    <message>
        <source>Clock speed: lifecycle delays are divided by N.</source>
        <translation>Uhrgeschwindigkeit: Verzögerungen im Nachrichtenlebenszyklus werden durch N geteilt.</translation>
    </message>
    <message>
        <source>Serve the /_twin/ control API (inject inbound SMS, faults, clock, people, event log). Off unless given: never expose it beyond loopback.</source>
        <translation>Die Steuer-API unter /_twin/ bereitstellen (eingehende SMS einspeisen, Fehler, Uhr, Personen, Ereignisprotokoll). Nur aktiv, wenn angegeben: Machen Sie sie niemals über Loopback hinaus erreichbar.</translation>
    </message>
    <message>
        <source>Play a scenario file (resources/twin/scenarios/, docs/twin.md) on a manual clock before listening: its traffic, people and event log are there when the first client connects; the clock then runs on from the scenario&apos;s end. Its seed replaces --seed.</source>
        <translation>Vor dem Lauschen eine Szenariodatei (resources/twin/scenarios/, docs/twin.md) auf einer manuellen Uhr abspielen: Datenverkehr, Personen und Ereignisprotokoll des Szenarios liegen vor, wenn sich der erste Client verbindet; danach läuft die Uhr ab dem Ende des Szenarios weiter. Der Seed des Szenarios ersetzt --seed.</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>invalid numeric option</source>
        <translation>ungültige numerische Option</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, e.g. 127.0.0.1:8089</source>
        <translation>--listen erwartet ADDR:PORT, z. B. 127.0.0.1:8089</translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation>kann nicht auf %1 lauschen</translation>
    </message>
</context>
<context>
    <name>vortexctl</name>
    <message>
        <source>Usage: vortexctl &lt;command&gt; [options]

Commands:
  send-test     Send a test page and wait until it is final (delivered, failed, …).
  demo          Run the headless demo stack (Twilio twin + relay) until interrupted.
  credentials   Store, show or clear the Twilio account the console uses.

Run &apos;vortexctl &lt;command&gt; --help&apos; for a command&apos;s options. Every command takes --json.
Exit codes: 0 ok, 1 failed, 2 bad input, 3 timed out, 4 could not start.</source>
        <translation>Aufruf: vortexctl &lt;Befehl&gt; [Optionen]

Befehle:
  send-test     Eine Testnachricht senden und warten, bis ihr Status endgültig ist (zugestellt, fehlgeschlagen, …).
  demo          Den Demo-Stack ohne Oberfläche (Twilio-Zwilling + Relay) bis zur Unterbrechung ausführen.
  credentials   Das Twilio-Konto der Konsole speichern, anzeigen oder löschen.

&apos;vortexctl &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls. Jeder Befehl akzeptiert --json.
Exit-Codes: 0 ok, 1 fehlgeschlagen, 2 ungültige Eingabe, 3 Zeitüberschreitung, 4 Start nicht möglich.</translation>
    </message>
    <message>
        <source>Runs a Twilio twin and a relay on free loopback ports until SIGINT/SIGTERM. The endpoints are printed; the throw-away secrets go only to --env-file (mode 0600).</source>
        <translation>Startet einen Twilio-Zwilling und ein Relay auf freien Loopback-Ports und läuft bis SIGINT/SIGTERM. Die Endpunkte werden ausgegeben; die Wegwerf-Secrets werden nur in --env-file (Modus 0600) geschrieben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write VORTEX_* variables, secrets included, to &lt;file&gt;.</source>
        <translation>VORTEX_*-Variablen einschließlich der Secrets in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Keep the relay&apos;s data in &lt;dir&gt; (default: a temporary folder removed on exit).</source>
        <translation>Daten des Relays in &lt;dir&gt; ablegen (Standard: ein temporärer Ordner, der beim Beenden gelöscht wird).</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Demo stack running.
  Twilio twin: %1 (account %2, from %3)
  Relay:       %4
Press Ctrl+C to stop.</source>
        <translation>Demo-Stack läuft.
  Twilio-Zwilling: %1 (Konto %2, Absender %3)
  Relay:       %4
Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>credentials set|show|clear — the Twilio account of the console. &apos;set&apos; reads the Auth Token (or the API Key secret) from standard input and stores it in the keychain; only non-secret settings go to the settings file.</source>
        <translation>credentials set|show|clear — das Twilio-Konto der Konsole. &apos;set&apos; liest den Auth Token (bzw. das Secret des API Key) von der Standardeingabe und speichert ihn im Schlüsselbund; nur nicht geheime Einstellungen landen in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Account SID (AC…).</source>
        <translation>Account SID (AC…).</translation>
    </message>
    <message>
        <source>API Key SID (SK…) when using an API key.</source>
        <translation>API Key SID (SK…), wenn ein API Key verwendet wird.</translation>
    </message>
    <message>
        <source>Sender number (E.164).</source>
        <translation>Absendernummer (E.164).</translation>
    </message>
    <message>
        <source>Twilio API base URL (default https://api.twilio.com).</source>
        <translation>Basis-URL der Twilio-API (Standard: https://api.twilio.com).</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation>Basis-URL des Relays.</translation>
    </message>
    <message>
        <source>The relay&apos;s public status-callback URL.</source>
        <translation>Öffentliche Status-Callback-URL des Relays.</translation>
    </message>
    <message>
        <source>File holding the relay&apos;s console token.</source>
        <translation>Datei mit dem Konsolen-Token des Relays.</translation>
    </message>
    <message>
        <source>set, show or clear</source>
        <translation>set, show oder clear</translation>
    </message>
    <message>
        <source>Account %1, sender %2, secret %3</source>
        <translation>Konto %1, Absender %2, Secret %3</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>No Twilio account configured: the console runs in demo mode.</source>
        <translation>Kein Twilio-Konto konfiguriert: Die Konsole läuft im Demo-Modus.</translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hex digits.</source>
        <translation>--account-sid muss aus AC gefolgt von 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>Pipe the Auth Token (or API Key secret) into standard input.</source>
        <translation>Leiten Sie den Auth Token (bzw. das Secret des API Key) per Pipe an die Standardeingabe weiter.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>credentials takes one of: set, show, clear</source>
        <translation>credentials erwartet eines von: set, show, clear</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>The Twilio secret is not in the keychain: </source>
        <translation>Das Twilio-Secret ist nicht im Schlüsselbund: </translation>
    </message>
    <message>
        <source>No final status within %1 s.</source>
        <translation>Kein endgültiger Status innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 after %4 ms</source>
        <translation>%1 an %2: %3 nach %4 ms</translation>
    </message>
    <message>
        <source>Sends a test page through the console&apos;s engine and waits for its final status. Uses the configured Twilio account, or the demo stack with --demo (and when no account is configured).</source>
        <translation>Sendet eine Testnachricht über die Engine der Konsole und wartet auf ihren endgültigen Status. Verwendet das konfigurierte Twilio-Konto oder mit --demo (und wenn kein Konto konfiguriert ist) den Demo-Stack.</translation>
    </message>
    <message>
        <source>Recipient in E.164 (+447400123456).</source>
        <translation>Empfänger im E.164-Format (+447400123456).</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Nachrichtentext.</translation>
    </message>
    <message>
        <source>Seconds to wait for a final status (default 30).</source>
        <translation>Wartezeit in Sekunden auf einen endgültigen Status (Standard: 30).</translation>
    </message>
    <message>
        <source>Use the in-process demo stack.</source>
        <translation>Den prozessinternen Demo-Stack verwenden.</translation>
    </message>
    <message>
        <source>Return once Twilio accepted the message.</source>
        <translation>Zurückkehren, sobald Twilio die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>send-test needs --to and --body.</source>
        <translation>send-test benötigt --to und --body.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 86400.</translation>
    </message>
</context>
</TS>
