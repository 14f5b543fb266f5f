<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>IntakeSignature</name>
    <message>
        <source>no intake secret is configured</source>
        <translation>es ist kein Secret für die Vorfallannahme konfiguriert</translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is missing</source>
        <translation>X-Vortex-Timestamp fehlt</translation>
    </message>
    <message>
        <source>X-Vortex-Signature is missing</source>
        <translation>X-Vortex-Signature fehlt</translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is not a Unix time in seconds</source>
        <translation>X-Vortex-Timestamp ist keine Unix-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is too far from the relay&apos;s clock (stale or replayed request)</source>
        <translation>X-Vortex-Timestamp weicht zu stark von der Uhr des Relays ab (veraltete oder wiederholte Anfrage)</translation>
    </message>
    <message>
        <source>X-Vortex-Signature must start with v1=</source>
        <translation>X-Vortex-Signature muss mit v1= beginnen</translation>
    </message>
    <message>
        <source>X-Vortex-Signature does not match</source>
        <translation>X-Vortex-Signature stimmt nicht überein</translation>
    </message>
</context>
<context>
    <name>PagingEngine</name>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <source>Incident #%1 is already resolved.</source>
        <translation>Vorfall #%1 ist bereits behoben.</translation>
    </message>
    <message>
        <source>Acknowledged by %1; escalation stopped.</source>
        <translation>Von %1 bestätigt; Eskalation gestoppt.</translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation>Von %1 als behoben markiert.</translation>
    </message>
    <message>
        <source>Snooze for 1 to 1440 minutes.</source>
        <translation>Zurückstellen ist für 1 bis 1440 Minuten möglich.</translation>
    </message>
    <message>
        <source>Snoozed by %1 for %2 minutes, until %3.</source>
        <translation>Von %1 für %2 Minuten zurückgestellt, bis %3.</translation>
    </message>
    <message>
        <source>No escalation policy with tiers is configured.</source>
        <translation>Es ist keine Eskalationsrichtlinie mit Stufen konfiguriert.</translation>
    </message>
    <message>
        <source>%1 escalated to tier %2 now.</source>
        <translation>%1 hat sofort auf Stufe %2 eskaliert.</translation>
    </message>
    <message>
        <source>%1 #%2 raised by %3: %4</source>
        <translation>%1 #%2 ausgelöst von %3: %4</translation>
    </message>
    <message>
        <source>Raised again with the same key; details updated, no new page.</source>
        <translation>Erneut mit demselben Schlüssel ausgelöst; Details aktualisiert, keine neue Alarmierung.</translation>
    </message>
    <message>
        <source>Details updated.</source>
        <translation>Details aktualisiert.</translation>
    </message>
    <message>
        <source>Every incident code is in use or closed less than 72 hours ago.</source>
        <translation>Alle Vorfallcodes sind belegt oder wurden vor weniger als 72 Stunden geschlossen.</translation>
    </message>
    <message>
        <source>Page not sent: the incident no longer needs it.</source>
        <translation>Alarmierung nicht gesendet: Der Vorfall braucht sie nicht mehr.</translation>
    </message>
    <message>
        <source>Snooze ended; paging again from the first tier.</source>
        <translation>Zurückstellung beendet; erneute Alarmierung ab der ersten Stufe.</translation>
    </message>
    <message>
        <source>No escalation policy with tiers is configured; nobody was paged.</source>
        <translation>Es ist keine Eskalationsrichtlinie mit Stufen konfiguriert; niemand wurde alarmiert.</translation>
    </message>
    <message>
        <source>Round %1, tier %2: paging %3.</source>
        <translation>Runde %1, Stufe %2: Alarmierung an %3.</translation>
    </message>
    <message>
        <source>Recipient %1 is not configured.</source>
        <translation>Empfänger %1 ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no channel with a number and a sender.</source>
        <translation>%1 ist nicht erreichbar: kein Kanal mit Nummer und Absender.</translation>
    </message>
    <message>
        <source>No caller ID is configured to call %1.</source>
        <translation>Es ist keine Anrufer-ID konfiguriert, um %1 anzurufen.</translation>
    </message>
    <message>
        <source>No %1 sender for %2&apos;s region.</source>
        <translation>Kein %1-Absender für die Region von %2.</translation>
    </message>
    <message>
        <source>Held for %1 (%2) until %3, bundled with %4 other incident(s).</source>
        <translation>Für %1 bis %3 zurückgehalten (%2) und gebündelt; weitere Vorfälle im Bündel: %4.</translation>
    </message>
    <message>
        <source>%1 to %2 held until %3 (%4).</source>
        <translation>%1 an %2 zurückgehalten bis %3 (%4).</translation>
    </message>
    <message>
        <source>%1 to %2 (%3) via %4.</source>
        <translation>%1 an %2 (%3) über %4.</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>rate cap</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>The relay did not take the call script: %1</source>
        <translation>Das Relay hat das Anrufskript nicht angenommen: %1</translation>
    </message>
    <message>
        <source>No answer from Twilio; checking whether the page went out before sending it again.</source>
        <translation>Keine Antwort von Twilio; vor einem erneuten Senden wird geprüft, ob die Alarmierung bereits verschickt wurde.</translation>
    </message>
    <message>
        <source>Gave up on this %1 page to %2 after %3 attempt(s).</source>
        <translation>%1-Alarmierung an %2 nach %3 Versuch(en) aufgegeben.</translation>
    </message>
    <message>
        <source>%1 opted out of %2; that sender is not used for them until they reply START.</source>
        <translation>%1 hat sich bei %2 abgemeldet; dieser Absender wird für die Nummer erst wieder verwendet, wenn sie mit START antwortet.</translation>
    </message>
    <message>
        <source>Falling back to %1 via %2.</source>
        <translation>Ausweichen auf %1 über %2.</translation>
    </message>
    <message>
        <source>Twilio already had it (found by listing): %1.</source>
        <translation>Lag Twilio bereits vor (per Auflistung gefunden): %1.</translation>
    </message>
    <message>
        <source>Twilio accepted it: %1 (%2).</source>
        <translation>Von Twilio angenommen: %1 (%2).</translation>
    </message>
    <message>
        <source>Twilio has no record of the interrupted submission; sending it again.</source>
        <translation>Twilio kennt die unterbrochene Übermittlung nicht; sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 (polled from Twilio)</source>
        <translation>%1 (per Polling bei Twilio abgefragt)</translation>
    </message>
    <message>
        <source>The call was not answered by a person (%1); escalation continues.</source>
        <translation>Der Anruf wurde nicht von einer Person angenommen (%1); die Eskalation geht weiter.</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Retrying at %1 through the same sender.</source>
        <translation>Neuer Versuch um %1 über denselben Absender.</translation>
    </message>
    <message>
        <source>No open incident matches %1.</source>
        <translation>Kein offener Vorfall passt zu %1.</translation>
    </message>
    <message>
        <source>%1 replied: &quot;%2&quot;</source>
        <translation>%1 hat geantwortet: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Keypad: %1</source>
        <translation>Tasteneingabe: %1</translation>
    </message>
</context>
<context>
    <name>PagingJson</name>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an integer or null</source>
        <translation>ganze Zahl oder null erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with a time zone (&quot;2024-05-01T02:00:00.000Z&quot;) or null</source>
        <translation>Datum und Uhrzeit nach ISO 8601 mit Zeitzone (&quot;2024-05-01T02:00:00.000Z&quot;) oder null erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected one of %1, not &quot;%2&quot;</source>
        <translation>einer der Werte %1 erwartet, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected HH:MM</source>
        <translation>HH:MM erwartet</translation>
    </message>
    <message>
        <source>expected mon, tue, wed, thu, fri, sat or sun</source>
        <translation>mon, tue, wed, thu, fri, sat oder sun erwartet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected an incident id</source>
        <translation>Vorfall-ID erwartet</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PagingService</name>
    <message>
        <source>The paging store %1 cannot be opened: %2</source>
        <translation>Der Alarmierungsspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>PagingText</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <source>SEV%1</source>
        <translation>SEV%1</translation>
    </message>
    <message>
        <source>Reply ACK %1, RESOLVE %1, SNOOZE %1 30</source>
        <translation>Antwort: ACK %1, RESOLVE %1, SNOOZE %1 30</translation>
    </message>
    <message>
        <source>%1 alerts:</source>
        <translation>%1 Alarme:</translation>
    </message>
    <message>
        <source>Reply e.g. ACK %1, RESOLVE %1, SNOOZE %1 30</source>
        <translation>Antwort z.B. ACK %1, RESOLVE %1, SNOOZE %1 30</translation>
    </message>
    <message>
        <source>%1: acknowledged. Escalation stopped.</source>
        <translation>%1: bestätigt. Eskalation gestoppt.</translation>
    </message>
    <message>
        <source>%1: acknowledged by %2. Escalation stopped.</source>
        <translation>%1: von %2 bestätigt. Eskalation gestoppt.</translation>
    </message>
    <message>
        <source>%1: resolved.</source>
        <translation>%1: behoben.</translation>
    </message>
    <message>
        <source>%1: resolved by %2.</source>
        <translation>%1: von %2 als behoben markiert.</translation>
    </message>
    <message>
        <source>%1: snoozed until %2, then it pages again.</source>
        <translation>%1: zurückgestellt bis %2, danach wird erneut alarmiert.</translation>
    </message>
    <message>
        <source>%1: escalated, the next tier is being paged.</source>
        <translation>%1: eskaliert, die nächste Stufe wird alarmiert.</translation>
    </message>
    <message>
        <source>Which incident? Reply with its code, e.g. %1: %2</source>
        <translation>Welcher Vorfall? Antworten Sie mit dem Code, z.B. %1: %2</translation>
    </message>
    <message>
        <source>#%1 is not an open incident paged to this number.</source>
        <translation>#%1 ist kein offener Vorfall, der an diese Nummer gemeldet wurde.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>No open incident was paged to this number.</source>
        <translation>An diese Nummer wurde kein offener Vorfall gemeldet.</translation>
    </message>
    <message>
        <source>Vortex alerts: reply ACK 17, RESOLVE 17 or SNOOZE 17 30 (incident code, minutes). Without a code it applies to your only open incident. STOP ends alerts.</source>
        <translation>Vortex-Alarme: Antworten Sie ACK 17, RESOLVE 17 oder SNOOZE 17 30 (Vorfallcode, Minuten). Ohne Code gilt es für Ihren einzigen offenen Vorfall. STOP beendet Alarme.</translation>
    </message>
    <message>
        <source>Could not read your reply: %1. Reply HELP for how to reply.</source>
        <translation>Antwort nicht verstanden: %1. Senden Sie HELP für eine Anleitung.</translation>
    </message>
    <message>
        <source>Press 1 to acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to escalate now, star to repeat.</source>
        <translation>Drücken Sie 1, um zu bestätigen, 2, um den Vorfall als behoben zu markieren, 3, um ihn für 30 Minuten zurückzustellen, 9, um sofort zu eskalieren, und die Sterntaste, um die Ansage zu wiederholen.</translation>
    </message>
    <message>
        <source>Vortex alert, severity %1, incident %2.</source>
        <translation>Vortex-Alarm, Schweregrad %1, Vorfall %2.</translation>
    </message>
    <message>
        <source>Runbook: %1.</source>
        <translation>Handlungsanweisung: %1.</translation>
    </message>
    <message>
        <source>Incident %1 acknowledged. The escalation stops. Goodbye.</source>
        <translation>Vorfall %1 bestätigt. Die Eskalation wird beendet. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>Incident %1 resolved. Goodbye.</source>
        <translation>Vorfall %1 als behoben markiert. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>Incident %1 snoozed for 30 minutes. Goodbye.</source>
        <translation>Vorfall %1 für 30 Minuten zurückgestellt. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>Incident %1 is escalated to the next tier now. Goodbye.</source>
        <translation>Vorfall %1 wird jetzt an die nächste Stufe eskaliert. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>That key is not in the menu.</source>
        <translation>Diese Taste ist im Menü nicht belegt.</translation>
    </message>
    <message>
        <source>No key was pressed. The alert stays open and escalates. Goodbye.</source>
        <translation>Es wurde keine Taste gedrückt. Der Alarm bleibt offen und wird weiter eskaliert. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>minutes must be 1-1440</source>
        <translation>erlaubt sind 1-1440 Minuten</translation>
    </message>
    <message>
        <source>an incident code has 1 to 4 digits</source>
        <translation>ein Vorfallcode hat 1 bis 4 Ziffern</translation>
    </message>
    <message>
        <source>one incident code at a time</source>
        <translation>nur ein Vorfallcode pro Antwort</translation>
    </message>
    <message>
        <source>only SNOOZE takes minutes</source>
        <translation>Minuten nur bei SNOOZE</translation>
    </message>
    <message>
        <source>too many numbers</source>
        <translation>zu viele Zahlen</translation>
    </message>
</context>
<context>
    <name>PagingValidation</name>
    <message>
        <source>recipient &quot;%1&quot; is defined twice</source>
        <translation>Empfänger &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; is defined twice</source>
        <translation>Richtlinie &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <source>no recipient has the id &quot;%1&quot;</source>
        <translation>kein Empfänger hat die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a default policy is needed</source>
        <translation>eine Standardrichtlinie ist erforderlich</translation>
    </message>
    <message>
        <source>no policy has the id &quot;%1&quot;</source>
        <translation>keine Richtlinie hat die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid E.164 phone number</source>
        <translation>&quot;%1&quot; ist keine gültige E.164-Telefonnummer</translation>
    </message>
    <message>
        <source>a short code is 3 to 8 digits, not &quot;%1&quot;</source>
        <translation>ein Short Code besteht aus 3 bis 8 Ziffern, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a long code is a valid E.164 phone number, not &quot;%1&quot;</source>
        <translation>ein Long Code ist eine gültige E.164-Telefonnummer, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an alphanumeric sender is 1 to 11 letters, digits or spaces with at least one letter, not &quot;%1&quot;</source>
        <translation>ein alphanumerischer Absender besteht aus 1 bis 11 Buchstaben, Ziffern oder Leerzeichen mit mindestens einem Buchstaben, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a Messaging Service SID is MG followed by 32 hex digits, not &quot;%1&quot;</source>
        <translation>eine Messaging Service SID besteht aus MG gefolgt von 32 Hexadezimalziffern, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a WhatsApp sender is &quot;whatsapp:&quot; and a valid E.164 phone number, not &quot;%1&quot;</source>
        <translation>ein WhatsApp-Absender besteht aus &quot;whatsapp:&quot; und einer gültigen E.164-Telefonnummer, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown sender kind</source>
        <translation>unbekannte Absenderart</translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation>mindestens ein Kanal ist erforderlich</translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; is listed twice</source>
        <translation>Kanal &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>there is no phone number for channel &quot;%1&quot;</source>
        <translation>für Kanal &quot;%1&quot; gibt es keine Telefonnummer</translation>
    </message>
    <message>
        <source>day must be 1 (Monday) to 7 (Sunday), not %1</source>
        <translation>der Tag muss 1 (Montag) bis 7 (Sonntag) sein, nicht %1</translation>
    </message>
    <message>
        <source>not a valid time</source>
        <translation>keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>start and end are the same time</source>
        <translation>Beginn und Ende sind dieselbe Uhrzeit</translation>
    </message>
    <message>
        <source>at least 1 page, not %1</source>
        <translation>mindestens 1 Alarmierung, nicht %1</translation>
    </message>
    <message>
        <source>1 to 10080 minutes (one week), not %1</source>
        <translation>1 bis 10080 Minuten (eine Woche), nicht %1</translation>
    </message>
    <message>
        <source>a region is two capital letters (ISO 3166) or &quot;*&quot;, not &quot;%1&quot;</source>
        <translation>eine Region besteht aus zwei Großbuchstaben (ISO 3166) oder &quot;*&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; has two routes</source>
        <translation>Region &quot;%1&quot; hat zwei Routen</translation>
    </message>
    <message>
        <source>at least one sender is needed</source>
        <translation>mindestens ein Absender ist erforderlich</translation>
    </message>
    <message>
        <source>an id is 1 to 64 characters of a-z, 0-9, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, not &quot;%1&quot;</source>
        <translation>eine ID besteht aus 1 bis 64 Zeichen aus a-z, 0-9, &quot;.&quot;, &quot;_&quot; und &quot;-&quot;, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>at least one phone number is needed</source>
        <translation>mindestens eine Telefonnummer ist erforderlich</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a language is needed</source>
        <translation>eine Sprache ist erforderlich</translation>
    </message>
    <message>
        <source>at least one tier is needed</source>
        <translation>mindestens eine Stufe ist erforderlich</translation>
    </message>
    <message>
        <source>at least one recipient is needed</source>
        <translation>mindestens ein Empfänger ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient id</source>
        <translation>&quot;%1&quot; ist keine gültige Empfänger-ID</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; is listed twice</source>
        <translation>Empfänger &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>1 to 1440 minutes, not %1</source>
        <translation>1 bis 1440 Minuten, nicht %1</translation>
    </message>
    <message>
        <source>0 to 10, not %1</source>
        <translation>0 bis 10, nicht %1</translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>Connection refused</source>
        <translatorcomment>Qt&apos;s own wording (qtbase_de): TwilioGatewayCodec compares Qt&apos;s network error text with this.</translatorcomment>
        <translation>Verbindung verweigert</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translatorcomment>Qt&apos;s own wording (qtbase_de): TwilioGatewayCodec compares Qt&apos;s network error text with this.</translatorcomment>
        <translation>Host %1 konnte nicht gefunden werden</translation>
    </message>
</context>
<context>
    <name>RelayVoice</name>
    <message>
        <source>Sorry, this alert is no longer available. Goodbye.</source>
        <translatorcomment>Kept English on purpose: the relay speaks it in a Say without language or voice, i.e. Twilio&apos;s default English voice. Translate once the relay gives it a German voice.</translatorcomment>
        <translation>Sorry, this alert is no longer available. Goodbye.</translation>
    </message>
</context>
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
    <name>TwilioGatewayCodec</name>
    <message>
        <source>Only a phone number (long code) can place a call, not a %1 sender.</source>
        <translation>Nur eine Telefonnummer (Long Code) kann anrufen, kein Absender vom Typ %1.</translation>
    </message>
    <message>
        <source>The call has no valid voice script id.</source>
        <translation>Der Anruf hat keine gültige Sprachskript-ID.</translation>
    </message>
    <message>
        <source>No voice answer URL is configured for calls.</source>
        <translation>Für Anrufe ist keine Antwort-URL (Voice) konfiguriert.</translation>
    </message>
    <message>
        <source>The call has no sid.</source>
        <translation>Der Anruf hat keine SID.</translation>
    </message>
    <message>
        <source>The call&apos;s date_created cannot be read.</source>
        <translation>date_created des Anrufs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The call is not a JSON object.</source>
        <translation>Der Anruf ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The call list cannot be read.</source>
        <translation>Die Anrufliste kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The relay answered HTTP %1.</source>
        <translation>Das Relay antwortete mit HTTP %1.</translation>
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
    <message>
        <source>The paging engine could not start: %1</source>
        <translation>Die Alarmierungs-Engine konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The paging engine is not running.</source>
        <translation>Die Alarmierungs-Engine läuft nicht.</translation>
    </message>
    <message>
        <source>Incident #%1 raised.</source>
        <translation>Vorfall #%1 ausgelöst.</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>Unbekannte Aktion %1.</translation>
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
    <name>Vortex::Core::IncidentsQuery</name>
    <message>
        <source>This console has no paging engine.</source>
        <translation>Diese Konsole hat keine Alarmierungs-Engine.</translation>
    </message>
    <message>
        <source>The paging store could not be read: %1</source>
        <translation>Der Alarmierungsspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>round %1, tier %2</source>
        <translation>Runde %1, Stufe %2</translation>
    </message>
    <message>
        <source>round %1, tier %2: %3</source>
        <translation>Runde %1, Stufe %2: %3</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf bei %1</translation>
    </message>
    <message>
        <source>snooze ends, paging again</source>
        <translation>Zurückstellung endet, erneute Alarmierung</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Paging::TwilioGateway</name>
    <message>
        <source>The Twilio client is not available.</source>
        <translation>Der Twilio-Client ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No relay URL is configured for voice scripts.</source>
        <translation>Für Sprachskripte ist keine Relay-URL konfiguriert.</translation>
    </message>
    <message>
        <source>The voice script id is not valid.</source>
        <translation>Die ID des Sprachskripts ist ungültig.</translation>
    </message>
    <message>
        <source>The relay did not answer in time.</source>
        <translation>Das Relay hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the relay: %1</source>
        <translation>Das Relay ist nicht erreichbar: %1</translation>
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
    <message>
        <source>Receives Twilio message webhooks, stores them durably and serves them to Vortex consoles.
The Twilio auth token comes from VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file; console tokens from VORTEX_RELAY_CONSOLE_TOKENS (comma-separated) or --console-tokens-file; the incident intake secret from VORTEX_RELAY_INTAKE_SECRET or --intake-secret-file (without one, POST /v1/intake/incidents is disabled).</source>
        <translation>Empfängt Nachrichten-Webhooks von Twilio, speichert sie dauerhaft und stellt sie Vortex-Konsolen bereit.
Der Auth Token von Twilio stammt aus VORTEX_TWILIO_AUTH_TOKEN oder --auth-token-file; Konsolen-Token aus VORTEX_RELAY_CONSOLE_TOKENS (kommagetrennt) oder --console-tokens-file; das Secret der Vorfallannahme aus VORTEX_RELAY_INTAKE_SECRET oder --intake-secret-file (ohne Secret ist POST /v1/intake/incidents deaktiviert).</translation>
    </message>
    <message>
        <source>File holding the HMAC secret of the incident intake (POST /v1/intake/incidents).</source>
        <translation>Datei mit dem HMAC-Secret der Vorfallannahme (POST /v1/intake/incidents).</translation>
    </message>
    <message>
        <source>the intake secret file is empty</source>
        <translation>die Datei mit dem Secret der Vorfallannahme ist leer</translation>
    </message>
    <message>
        <source>no intake secret: incident intake is disabled</source>
        <translation>kein Secret für die Vorfallannahme: die Vorfallannahme ist deaktiviert</translation>
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
    <message>
        <source>Usage: vortexctl &lt;command&gt; [options]

Commands:
  send-test     Send a test page and wait until it is final (delivered, failed, …).
  demo          Run the headless demo stack (Twilio twin + relay) until interrupted.
  credentials   Store, show or clear the Twilio account the console uses.
  incident      Raise, update, resolve, acknowledge or snooze an incident at the relay.
  engine        Run the paging engine headless (escalations, outbox, acknowledgements).
  incidents     List the incidents in an engine&apos;s store, or show one with its timeline.

Run &apos;vortexctl &lt;command&gt; --help&apos; for a command&apos;s options. Every command takes --json.
Exit codes: 0 ok, 1 failed, 2 bad input, 3 timed out, 4 could not start.</source>
        <translation>Aufruf: vortexctl &lt;Befehl&gt; [Optionen]

Befehle:
  send-test     Eine Testnachricht senden und warten, bis ihr Status endgültig ist (zugestellt, fehlgeschlagen, …).
  demo          Den Demo-Stack ohne Oberfläche (Twilio-Zwilling + Relay) bis zur Unterbrechung ausführen.
  credentials   Das Twilio-Konto der Konsole speichern, anzeigen oder löschen.
  incident      Einen Vorfall beim Relay auslösen, aktualisieren, als behoben markieren, bestätigen oder zurückstellen.
  engine        Die Alarmierungs-Engine ohne Oberfläche ausführen (Eskalationen, Versandwarteschlange, Bestätigungen).
  incidents     Die Vorfälle im Speicher einer Engine auflisten oder einen davon mit seiner Zeitleiste anzeigen.

&apos;vortexctl &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls. Jeder Befehl akzeptiert --json.
Exit-Codes: 0 ok, 1 fehlgeschlagen, 2 ungültige Eingabe, 3 Zeitüberschreitung, 4 Start nicht möglich.</translation>
    </message>
    <message>
        <source>Runs the paging engine headless: escalations, the delivery outbox, acknowledgements. It follows the relay&apos;s feed and sends through Twilio (or the twin). The Auth Token and the relay token come from files or from VORTEX_TWILIO_AUTH_TOKEN / VORTEX_RELAY_CONSOLE_TOKEN, never from arguments. Prints each timeline entry.</source>
        <translation>Führt die Alarmierungs-Engine ohne Oberfläche aus: Eskalationen, Versandwarteschlange, Bestätigungen. Sie folgt dem Feed des Relays und sendet über Twilio (oder den Zwilling). Der Auth Token und das Relay-Token stammen aus Dateien oder aus VORTEX_TWILIO_AUTH_TOKEN / VORTEX_RELAY_CONSOLE_TOKEN, nie aus Argumenten. Gibt jeden Eintrag der Zeitleiste aus.</translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation>JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>The engine&apos;s SQLite file.</source>
        <translation>Die SQLite-Datei der Engine.</translation>
    </message>
    <message>
        <source>Recipients and escalation policies (JSON) to load into the store.</source>
        <translation>Empfänger und Eskalationsrichtlinien (JSON), die in den Speicher geladen werden.</translation>
    </message>
    <message>
        <source>File holding the Auth Token or API Key secret.</source>
        <translation>Datei mit dem Auth Token oder dem Secret des API Key.</translation>
    </message>
    <message>
        <source>The URL Twilio reaches the relay at (default: --relay).</source>
        <translation>Die URL, unter der Twilio das Relay erreicht (Standard: --relay).</translation>
    </message>
    <message>
        <source>Run escalation timers N times faster (tests and demos).</source>
        <translation>Eskalations-Timer N-mal schneller laufen lassen (Tests und Demos).</translation>
    </message>
    <message>
        <source>Escalation policy for incidents that name none.</source>
        <translation>Eskalationsrichtlinie für Vorfälle, die keine angeben.</translation>
    </message>
    <message>
        <source>--db and --account-sid are required.</source>
        <translation>--db und --account-sid sind erforderlich.</translation>
    </message>
    <message>
        <source>--speed must be a number from 1 to 10000.</source>
        <translation>--speed muss eine Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <source>No Auth Token: use --auth-token-file or VORTEX_TWILIO_AUTH_TOKEN.</source>
        <translation>Kein Auth Token: Verwenden Sie --auth-token-file oder VORTEX_TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>relay online: %1</source>
        <translation>Relay online: %1</translation>
    </message>
    <message>
        <source>relay offline: %1</source>
        <translation>Relay offline: %1</translation>
    </message>
    <message>
        <source>vortexctl engine running (store %1). Press Ctrl+C to stop.</source>
        <translation>vortexctl engine läuft (Speicher %1). Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Lists the incidents in a paging engine&apos;s store, newest first, or shows one incident (by id or #code) with its timeline.</source>
        <translation>Listet die Vorfälle im Speicher einer Alarmierungs-Engine auf, die neuesten zuerst, oder zeigt einen Vorfall (per ID oder #Code) mit seiner Zeitleiste an.</translation>
    </message>
    <message>
        <source>At most N incidents.</source>
        <translation>Höchstens N Vorfälle.</translation>
    </message>
    <message>
        <source>An incident id, or #code of an open incident.</source>
        <translation>Eine Vorfall-ID oder der #Code eines offenen Vorfalls.</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>--db ist erforderlich.</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Kein Vorfall %1.</translation>
    </message>
    <message>
        <source>incident raise|update|resolve|ack|snooze — sends an incident action to the relay&apos;s intake, signed with the intake secret (read from --intake-secret-file or VORTEX_RELAY_INTAKE_SECRET), and prints the relay&apos;s event id.</source>
        <translation>incident raise|update|resolve|ack|snooze — sendet eine Vorfallaktion an die Vorfallannahme des Relays, signiert mit deren Secret (aus --intake-secret-file oder VORTEX_RELAY_INTAKE_SECRET), und gibt die Ereignis-ID des Relays aus.</translation>
    </message>
    <message>
        <source>The relay&apos;s base URL (https://relay.example.com).</source>
        <translation>Basis-URL des Relays (https://relay.example.com).</translation>
    </message>
    <message>
        <source>File holding the relay&apos;s intake secret.</source>
        <translation>Datei mit dem Secret der Vorfallannahme des Relays.</translation>
    </message>
    <message>
        <source>The incident&apos;s deduplication key.</source>
        <translation>Deduplizierungsschlüssel des Vorfalls.</translation>
    </message>
    <message>
        <source>The incident&apos;s reply code (instead of a key).</source>
        <translation>Antwortcode des Vorfalls (statt eines Schlüssels).</translation>
    </message>
    <message>
        <source>sev1, sev2, sev3 or sev4.</source>
        <translation>sev1, sev2, sev3 oder sev4.</translation>
    </message>
    <message>
        <source>Title.</source>
        <translation>Titel.</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>Zusammenfassung.</translation>
    </message>
    <message>
        <source>Tracking link (http/https).</source>
        <translation>Tracking-Link (http/https).</translation>
    </message>
    <message>
        <source>Runbook text.</source>
        <translation>Text der Handlungsanweisung (Runbook).</translation>
    </message>
    <message>
        <source>Escalation policy id.</source>
        <translation>ID der Eskalationsrichtlinie.</translation>
    </message>
    <message>
        <source>Snooze for this many minutes (1–1440).</source>
        <translation>Für so viele Minuten zurückstellen (1–1440).</translation>
    </message>
    <message>
        <source>Who is acting.</source>
        <translation>Wer die Aktion ausführt.</translation>
    </message>
    <message>
        <source>Seconds to wait for the relay (default 30).</source>
        <translation>Wartezeit in Sekunden auf das Relay (Standard: 30).</translation>
    </message>
    <message>
        <source>raise, update, resolve, ack or snooze</source>
        <translation>raise, update, resolve, ack oder snooze</translation>
    </message>
    <message>
        <source>incident takes one of: raise, update, resolve, ack, snooze</source>
        <translation>incident erwartet eines von: raise, update, resolve, ack, snooze</translation>
    </message>
    <message>
        <source>--relay takes the relay&apos;s http(s) base URL.</source>
        <translation>--relay erwartet die http(s)-Basis-URL des Relays.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>No intake secret: pass --intake-secret-file (or set VORTEX_RELAY_INTAKE_SECRET).</source>
        <translation>Kein Secret für die Vorfallannahme: Geben Sie --intake-secret-file an (oder setzen Sie VORTEX_RELAY_INTAKE_SECRET).</translation>
    </message>
    <message>
        <source>--severity takes sev1, sev2, sev3 or sev4.</source>
        <translation>--severity erwartet sev1, sev2, sev3 oder sev4.</translation>
    </message>
    <message>
        <source>--minutes takes a whole number.</source>
        <translation>--minutes erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--title must not be empty.</source>
        <translation>--title darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Accepted by the relay as event %1.</source>
        <translation>Vom Relay als Ereignis %1 angenommen.</translation>
    </message>
    <message>
        <source>The relay did not answer within %1 s.</source>
        <translation>Das Relay hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the relay: %1</source>
        <translation>Das Relay ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The relay answered HTTP %1: %2</source>
        <translation>Das Relay antwortete mit HTTP %1: %2</translation>
    </message>
</context>
</TS>
