<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DemoHistory</name>
    <message>
        <source>Checkout error rate above 2%</source>
        <translation>Fehlerquote im Checkout über 2 %</translation>
    </message>
    <message>
        <source>POST /checkout answers 5xx for 2.4% of requests (eu-west).</source>
        <translation>POST /checkout antwortet bei 2,4 % der Anfragen mit 5xx (eu-west).</translation>
    </message>
    <message>
        <source>Payment provider timeouts</source>
        <translation>Zeitüberschreitungen beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Card authorisations time out after 10 s for 6% of orders.</source>
        <translation>Kartenautorisierungen laufen bei 6 % der Bestellungen nach 10 s ab.</translation>
    </message>
    <message>
        <source>Inventory sync stalled</source>
        <translation>Lagerabgleich steht still</translation>
    </message>
    <message>
        <source>No stock update from the warehouse feed for 25 minutes.</source>
        <translation>Seit 25 Minuten keine Bestandsaktualisierung aus dem Lager-Feed.</translation>
    </message>
    <message>
        <source>Carrier filtering spike</source>
        <translation>Sprunghafte Filterung durch Netzbetreiber</translation>
    </message>
    <message>
        <source>Order notifications to US numbers end undelivered (30007).</source>
        <translation>Bestellbenachrichtigungen an US-Nummern bleiben unzugestellt (30007).</translation>
    </message>
    <message>
        <source>Search latency p95 above 3 s</source>
        <translation>Suchlatenz p95 über 3 s</translation>
    </message>
    <message>
        <source>Product search is slow since the last index rebuild.</source>
        <translation>Die Produktsuche ist seit dem letzten Neuaufbau des Index langsam.</translation>
    </message>
    <message>
        <source>Order confirmation e-mails delayed</source>
        <translation>Bestellbestätigungen per E-Mail verzögert</translation>
    </message>
    <message>
        <source>The mail queue holds 4,800 messages older than 10 min.</source>
        <translation>In der Mail-Warteschlange liegen 4.800 Nachrichten, die älter als 10 min sind.</translation>
    </message>
    <message>
        <source>Cart service memory above 90%</source>
        <translation>Speicher des Warenkorb-Dienstes über 90 %</translation>
    </message>
    <message>
        <source>Two of three cart pods restarted in the last hour.</source>
        <translation>Zwei von drei Warenkorb-Pods wurden in der letzten Stunde neu gestartet.</translation>
    </message>
    <message>
        <source>Price feed rejected by marketplace</source>
        <translation>Preis-Feed vom Marktplatz abgelehnt</translation>
    </message>
    <message>
        <source>The marketplace refused 312 offers: currency missing.</source>
        <translation>Der Marktplatz hat 312 Angebote abgelehnt: Währung fehlt.</translation>
    </message>
    <message>
        <source>Login failures above baseline</source>
        <translation>Fehlgeschlagene Anmeldungen über dem Normalwert</translation>
    </message>
    <message>
        <source>Failed logins at 4x the usual rate from two networks.</source>
        <translation>Fehlgeschlagene Anmeldungen aus zwei Netzen mit der 4-fachen üblichen Rate.</translation>
    </message>
    <message>
        <source>Shipping label API errors</source>
        <translation>Fehler der Versandetiketten-API</translation>
    </message>
    <message>
        <source>The carrier&apos;s label API answers 503 for new parcels.</source>
        <translation>Die Etiketten-API des Paketdienstes antwortet bei neuen Paketen mit 503.</translation>
    </message>
    <message>
        <source>Hi, where is my order?</source>
        <translation>Hallo, wo ist meine Bestellung?</translation>
    </message>
    <message>
        <source>Can I change the delivery address?</source>
        <translation>Kann ich die Lieferadresse ändern?</translation>
    </message>
    <message>
        <source>Is the blue one back in stock?</source>
        <translation>Ist das blaue wieder auf Lager?</translation>
    </message>
    <message>
        <source>Thanks! When will it arrive?</source>
        <translation>Danke! Wann kommt es an?</translation>
    </message>
</context>
<context>
    <name>DemoTraffic</name>
    <message>
        <source>Hi, any news on my order?</source>
        <translation>Hallo, gibt es Neuigkeiten zu meiner Bestellung?</translation>
    </message>
    <message>
        <source>Your order #%1 has shipped. Track it: https://vx.example/t/%1</source>
        <translation>Ihre Bestellung #%1 wurde versandt. Sendungsverfolgung: https://vx.example/t/%1</translation>
    </message>
    <message>
        <source>Your parcel for order #%1 arrives today between 10:00 and 12:00.</source>
        <translation>Ihr Paket zur Bestellung #%1 kommt heute zwischen 10:00 und 12:00 Uhr.</translation>
    </message>
    <message>
        <source>Thanks for your order #%1! We will text you when it ships.</source>
        <translation>Danke für Ihre Bestellung #%1! Wir schicken Ihnen eine SMS, sobald sie versandt wird.</translation>
    </message>
    <message>
        <source>Order #%1 was delivered. Tell us how we did: https://vx.example/r/%1</source>
        <translation>Bestellung #%1 wurde zugestellt. Wie waren wir? https://vx.example/r/%1</translation>
    </message>
    <message>
        <source>Your return for order #%1 is approved. Refund within 3 days.</source>
        <translation>Ihre Rücksendung zur Bestellung #%1 ist genehmigt. Erstattung innerhalb von 3 Tagen.</translation>
    </message>
    <message>
        <source>Good news: an item on your wishlist is back in stock (ref %1).</source>
        <translation>Gute Nachricht: Ein Artikel von Ihrer Wunschliste ist wieder auf Lager (Ref. %1).</translation>
    </message>
    <message>
        <source>Checkout errors above 2%</source>
        <translation>Checkout-Fehler über 2 %</translation>
    </message>
    <message>
        <source>POST /checkout answers 5xx for a share of requests.</source>
        <translation>POST /checkout antwortet bei einem Teil der Anfragen mit 5xx.</translation>
    </message>
    <message>
        <source>Payment provider timeouts</source>
        <translation>Zeitüberschreitungen beim Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Card authorisations time out after 10 s.</source>
        <translation>Kartenautorisierungen laufen nach 10 s ab.</translation>
    </message>
    <message>
        <source>Inventory sync stalled</source>
        <translation>Lagerabgleich steht still</translation>
    </message>
    <message>
        <source>No stock update from the warehouse feed for 20 minutes.</source>
        <translation>Seit 20 Minuten keine Bestandsaktualisierung aus dem Lager-Feed.</translation>
    </message>
    <message>
        <source>Carrier filtering spike</source>
        <translation>Sprunghafte Filterung durch Netzbetreiber</translation>
    </message>
    <message>
        <source>Order notifications to one carrier end undelivered (30007).</source>
        <translation>Bestellbenachrichtigungen an einen Netzbetreiber bleiben unzugestellt (30007).</translation>
    </message>
    <message>
        <source>Search latency p95 above 3 s</source>
        <translation>Suchlatenz p95 über 3 s</translation>
    </message>
    <message>
        <source>Product search slowed down after the index rebuild.</source>
        <translation>Die Produktsuche ist nach dem Neuaufbau des Index langsamer geworden.</translation>
    </message>
    <message>
        <source>Basket service restarting</source>
        <translation>Warenkorb-Dienst startet neu</translation>
    </message>
    <message>
        <source>Basket pods restart every few minutes (out of memory).</source>
        <translation>Warenkorb-Pods starten alle paar Minuten neu (Speicher erschöpft).</translation>
    </message>
    <message>
        <source>Promotion codes rejected</source>
        <translation>Aktionscodes abgelehnt</translation>
    </message>
    <message>
        <source>Valid promotion codes fail at checkout since 14:05.</source>
        <translation>Gültige Aktionscodes scheitern seit 14:05 Uhr im Checkout.</translation>
    </message>
    <message>
        <source>Order export to ERP failing</source>
        <translation>Bestellexport ins ERP schlägt fehl</translation>
    </message>
    <message>
        <source>The nightly order export is retrying with HTTP 401.</source>
        <translation>Der nächtliche Bestellexport wiederholt sich mit HTTP 401.</translation>
    </message>
</context>
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
    <message>
        <source>The %1 page cannot reach %2; calling instead.</source>
        <translation>Die %1-Alarmierung erreicht %2 nicht; stattdessen wird angerufen.</translation>
    </message>
    <message>
        <source>Not retried: the voice call follows instead.</source>
        <translation>Kein neuer Versuch: Stattdessen folgt der Sprachanruf.</translation>
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
    <name>PagingTemplates</name>
    <message>
        <source>Unbalanced braces: the { at character %1 is never closed.</source>
        <translation>Unausgeglichene Klammern: Die { an Zeichen %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Empty {} at character %1: name a variable, e.g. {title}.</source>
        <translation>Leere {} an Zeichen %1: Geben Sie eine Variable an, z. B. {title}.</translation>
    </message>
    <message>
        <source>Unknown variable {%1}. Known: %2.</source>
        <translation>Unbekannte Variable {%1}. Bekannt: %2.</translation>
    </message>
    <message>
        <source>Unbalanced braces: the } at character %1 has no { before it.</source>
        <translation>Unausgeglichene Klammern: Vor der } an Zeichen %1 steht keine {.</translation>
    </message>
    <message>
        <source>The Content SID must be HX followed by 32 hexadecimal digits (Twilio Console → Content Template Builder).</source>
        <translation>Die Content SID besteht aus HX gefolgt von 32 Hexadezimalziffern (Twilio Console → Content Template Builder).</translation>
    </message>
    <message>
        <source>Paste the Content template&apos;s text, with its placeholders {{1}}, {{2}}…</source>
        <translation>Fügen Sie den Text der Content-Vorlage ein, mit seinen Platzhaltern {{1}}, {{2}}…</translation>
    </message>
    <message>
        <source>Unbalanced braces: a placeholder must look like {{1}}.</source>
        <translation>Unausgeglichene Klammern: Ein Platzhalter muss wie {{1}} aussehen.</translation>
    </message>
    <message>
        <source>WhatsApp templates number their placeholders: write {{n}} in the text and map it to %1 below.</source>
        <translation>WhatsApp-Vorlagen nummerieren ihre Platzhalter: Schreiben Sie {{n}} in den Text und ordnen Sie ihn unten %1 zu.</translation>
    </message>
    <message>
        <source>{{%1}} has no variable mapped to it.</source>
        <translation>{{%1}} ist keine Variable zugeordnet.</translation>
    </message>
    <message>
        <source>{{%1}} is mapped but not in the text (Twilio refuses variables the template does not use).</source>
        <translation>{{%1}} ist zugeordnet, steht aber nicht im Text (Twilio lehnt Variablen ab, die die Vorlage nicht verwendet).</translation>
    </message>
    <message>
        <source>{{%1}} is mapped to &quot;%2&quot;, which is not a variable. Known: %3.</source>
        <translation>{{%1}} ist &quot;%2&quot; zugeordnet, das ist keine Variable. Bekannt: %3.</translation>
    </message>
    <message>
        <source>Map one placeholder to code: people reply with it (ACK 17).</source>
        <translation>Ordnen Sie einen Platzhalter code zu: Damit antworten die Empfänger (ACK 17).</translation>
    </message>
    <message>
        <source>The language must look like en, de or de-AT, or be empty for every language.</source>
        <translation>Die Sprache muss wie en, de oder de-AT aussehen oder für alle Sprachen leer sein.</translation>
    </message>
    <message>
        <source>Only WhatsApp templates have a Content SID and numbered placeholders.</source>
        <translation>Nur WhatsApp-Vorlagen haben eine Content SID und nummerierte Platzhalter.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>{{1}}-style placeholders belong to WhatsApp templates; use named variables such as {title}.</source>
        <translation>Platzhalter wie {{1}} gehören in WhatsApp-Vorlagen; verwenden Sie benannte Variablen wie {title}.</translation>
    </message>
    <message>
        <source>Put {code} in the page: people reply with it (ACK 17).</source>
        <translation>Nehmen Sie {code} in den Alarmierungstext auf: Damit antworten die Empfänger (ACK 17).</translation>
    </message>
    <message>
        <source>Even with title, summary, link and runbook empty the page needs %1 segments (%2); an SMS page may use at most %3.</source>
        <translation>Selbst mit leerem Titel, leerer Zusammenfassung, leerem Link und leerer Handlungsanweisung braucht der Alarmierungstext %1 Segmente (%2); eine SMS-Alarmierung darf höchstens %3 verwenden.</translation>
    </message>
    <message>
        <source>Put {reply_hint} in the prompt: it tells the person which keys to press.</source>
        <translation>Nehmen Sie {reply_hint} in die Ansage auf: Es sagt der Person, welche Tasten sie drücken kann.</translation>
    </message>
    <message>
        <source>The prompt&apos;s own words are %1 characters; keep them under %2 so the incident&apos;s details fit.</source>
        <translation>Der eigene Text der Ansage hat %1 Zeichen; bleiben Sie unter %2, damit die Details des Vorfalls Platz haben.</translation>
    </message>
    <message>
        <source>Severity: SEV1 in texts, &quot;severity 1&quot; on calls</source>
        <translation>Schweregrad: SEV1 in Textnachrichten, &quot;Schweregrad 1&quot; bei Anrufen</translation>
    </message>
    <message>
        <source>The incident&apos;s reply code, e.g. 17</source>
        <translation>Der Antwortcode des Vorfalls, z. B. 17</translation>
    </message>
    <message>
        <source>The incident&apos;s title</source>
        <translation>Der Titel des Vorfalls</translation>
    </message>
    <message>
        <source>What is happening (shortened first)</source>
        <translation>Was passiert (wird zuerst gekürzt)</translation>
    </message>
    <message>
        <source>The tracking link</source>
        <translation>Der Tracking-Link</translation>
    </message>
    <message>
        <source>What to do first (from the runbook)</source>
        <translation>Was zuerst zu tun ist (aus der Handlungsanweisung)</translation>
    </message>
    <message>
        <source>How to answer: &quot;Reply ACK 17, …&quot; in texts, the key menu on calls</source>
        <translation>Wie geantwortet wird: &quot;Antwort: ACK 17, …&quot; in Textnachrichten, das Tastenmenü bei Anrufen</translation>
    </message>
    <message>
        <source>This is not an SMS template.</source>
        <translation>Das ist keine SMS-Vorlage.</translation>
    </message>
    <message>
        <source>The page does not fit two SMS segments.</source>
        <translation>Die Alarmierung passt nicht in zwei SMS-Segmente.</translation>
    </message>
    <message>
        <source>This is not a voice template.</source>
        <translation>Das ist keine Anrufvorlage.</translation>
    </message>
    <message>
        <source>The prompt is empty or longer than 4000 characters.</source>
        <translation>Die Ansage ist leer oder länger als 4000 Zeichen.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp template.</source>
        <translation>Das ist keine WhatsApp-Vorlage.</translation>
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
    <message>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
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
    <name>Vortex::Core::ConfigStore</name>
    <message>
        <source>Recipient %1 is saved twice in one change.</source>
        <translation>Empfänger %1 wird in einer Änderung doppelt gespeichert.</translation>
    </message>
    <message>
        <source>Recipient %1 is both saved and deleted.</source>
        <translation>Empfänger %1 wird zugleich gespeichert und gelöscht.</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Empfänger %1: %2</translation>
    </message>
    <message>
        <source>Escalation policy %1 is saved twice in one change.</source>
        <translation>Eskalationsrichtlinie %1 wird in einer Änderung doppelt gespeichert.</translation>
    </message>
    <message>
        <source>Escalation policy %1 is both saved and deleted.</source>
        <translation>Eskalationsrichtlinie %1 wird zugleich gespeichert und gelöscht.</translation>
    </message>
    <message>
        <source>Escalation policy %1: %2</source>
        <translation>Eskalationsrichtlinie %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the escalation policy &quot;%2&quot; pages them in tier %3. Remove them from that policy first.</source>
        <translation>%1 kann nicht gelöscht werden: Die Eskalationsrichtlinie &quot;%2&quot; alarmiert diesen Empfänger in Stufe %3. Entfernen Sie ihn zuerst aus dieser Richtlinie.</translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; pages &quot;%2&quot; in tier %3, but there is no recipient with that id.</source>
        <translation>Die Eskalationsrichtlinie &quot;%1&quot; alarmiert &quot;%2&quot; in Stufe %3, aber es gibt keinen Empfänger mit dieser ID.</translation>
    </message>
    <message>
        <source>The last escalation policy cannot be deleted: new incidents would page nobody.</source>
        <translation>Die letzte Eskalationsrichtlinie kann nicht gelöscht werden: Bei neuen Vorfällen würde niemand alarmiert.</translation>
    </message>
    <message>
        <source>This console runs without a paging engine, so there is no paging configuration to edit.</source>
        <translation>Diese Konsole läuft ohne Alarmierungs-Engine, daher gibt es keine Alarmierungskonfiguration zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The paging store could not be opened: %1</source>
        <translation>Der Alarmierungsspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation>Die Empfänger konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The escalation policies could not be read: %1</source>
        <translation>Die Eskalationsrichtlinien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The paging store is busy: %1</source>
        <translation>Der Alarmierungsspeicher ist belegt: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
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
    <message>
        <source>The text is too long to be read out in a call (3000 characters).</source>
        <translation>Der Text ist zu lang, um in einem Anruf vorgelesen zu werden (3000 Zeichen).</translation>
    </message>
    <message>
        <source>Test calls need the relay: configure its URL and token.</source>
        <translation>Testanrufe brauchen das Relay: Konfigurieren Sie seine URL und sein Token.</translation>
    </message>
    <message>
        <source>This is a test call. No key is needed.</source>
        <translation>Dies ist ein Testanruf. Sie müssen keine Taste drücken.</translation>
    </message>
    <message>
        <source>This was a test call from the Vortex Alert Console. Goodbye.</source>
        <translation>Das war ein Testanruf der Vortex Alert Console. Auf Wiederhören.</translation>
    </message>
    <message>
        <source>The relay did not take the call&apos;s script: %1</source>
        <translation>Das Relay hat das Skript des Anrufs nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Twilio may have placed the call; it was not placed again to avoid a duplicate.</source>
        <translation>Twilio hat den Anruf möglicherweise schon aufgebaut; er wurde nicht erneut gestartet, um ein Duplikat zu vermeiden.</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoHistory</name>
    <message>
        <source>The demo twin&apos;s clock is already in use; no history was played.</source>
        <translation>Die Uhr des Demo-Zwillings wird bereits verwendet; es wurde kein Verlauf abgespielt.</translation>
    </message>
    <message>
        <source>%1 incident #%2 raised by %3: %4</source>
        <translation>%1-Vorfall #%2 ausgelöst von %3: %4</translation>
    </message>
    <message>
        <source>Round 1, tier 1: paging Alice Morgan</source>
        <translation>Runde 1, Stufe 1: Alarmierung an Alice Morgan</translation>
    </message>
    <message>
        <source>Round 1, tier 2: paging Bob Carter, Carla Neumann</source>
        <translation>Runde 1, Stufe 2: Alarmierung an Bob Carter, Carla Neumann</translation>
    </message>
    <message>
        <source>SMS to Carla Neumann held until Monday 08:00 (quiet hours)</source>
        <translation>SMS an Carla Neumann zurückgehalten bis Montag 08:00 (Ruhezeiten)</translation>
    </message>
    <message>
        <source>SMS page queued from %1</source>
        <translation>SMS-Alarmierung von %1 eingereiht</translation>
    </message>
    <message>
        <source>Twilio refused the page (%1)</source>
        <translation>Twilio hat die Alarmierung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Twilio accepted the SMS page</source>
        <translation>Twilio hat die SMS-Alarmierung angenommen</translation>
    </message>
    <message>
        <source>Voice follow-up: the SMS was not acknowledged within 5 minutes</source>
        <translation>Anruf als Nachfassen: Die SMS wurde nicht innerhalb von 5 Minuten bestätigt</translation>
    </message>
    <message>
        <source>Twilio refused the call (%1)</source>
        <translation>Twilio hat den Anruf abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Twilio accepted the call</source>
        <translation>Twilio hat den Anruf angenommen</translation>
    </message>
    <message>
        <source>Pressed 1 (acknowledge)</source>
        <translation>1 gedrückt (bestätigen)</translation>
    </message>
    <message>
        <source>Reply &quot;%1&quot;</source>
        <translation>Antwort &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Acknowledged #%1: %2</source>
        <translation>Bestätigt #%1: %2</translation>
    </message>
    <message>
        <source>Confirmation sent</source>
        <translation>Bestätigung gesendet</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Von %1 bestätigt</translation>
    </message>
    <message>
        <source>Not sent: the incident was acknowledged</source>
        <translation>Nicht gesendet: Der Vorfall wurde bestätigt</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Von %1 als behoben markiert</translation>
    </message>
    <message>
        <source>Not sent: the incident was resolved</source>
        <translation>Nicht gesendet: Der Vorfall wurde behoben</translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <translation>%1 (Fehler %2)</translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoSeeder</name>
    <message>
        <source>The demo history could not be read from the twin: %1</source>
        <translation>Der Demo-Verlauf konnte nicht vom Zwilling gelesen werden: %1</translation>
    </message>
    <message>
        <source>The demo calls could not be read from the twin: %1</source>
        <translation>Die Demo-Anrufe konnten nicht vom Zwilling gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
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
    <message>
        <source>The demo scenario: %1</source>
        <translation>Das Demo-Szenario: %1</translation>
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
    <name>Vortex::Ui::AccountDialog</name>
    <message>
        <source>Add Twilio account</source>
        <translation>Twilio-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Edit Twilio account</source>
        <translation>Twilio-Konto bearbeiten</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>API Key SID</source>
        <translation>API Key SID</translation>
    </message>
    <message>
        <source>SK… (optional: empty uses the Auth Token)</source>
        <translation>SK… (optional: leer = Auth Token verwenden)</translation>
    </message>
    <message>
        <source>Auth Token or API Key secret</source>
        <translation>Auth Token oder Secret des API Key</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (bleibt im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Sender for test pages</source>
        <translation>Absender für Testnachrichten</translation>
    </message>
    <message>
        <source>+1 201 555 0123</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Account SID:</translation>
    </message>
    <message>
        <source>API &amp;Key SID:</source>
        <translation>API &amp;Key SID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Test page sender:</source>
        <translation>Absender für &amp;Testnachrichten:</translation>
    </message>
    <message>
        <source>The secret goes only to the system keychain; the settings file names the account but never holds its secret.</source>
        <translation>Das Secret wird nur im Schlüsselbund des Systems abgelegt; die Einstellungsdatei nennt das Konto, enthält aber nie sein Secret.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::ChartCard</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Daten des Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Diagrammdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No data in this window</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::ConfigListModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (bitte prüfen)</translation>
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
    <name>Vortex::Ui::DashboardPanel</name>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>The last 24 hours (Ctrl+1)</source>
        <translation>Die letzten 24 Stunden (Strg+1)</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Die letzten 24 Stunden anzeigen</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>The last 7 days (Ctrl+7)</source>
        <translation>Die letzten 7 Tage (Strg+7)</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Die letzten 7 Tage anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the KPIs now (%1)</source>
        <translation>KPIs jetzt aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Refresh the KPIs</source>
        <translation>KPIs aktualisieren</translation>
    </message>
    <message>
        <source>No message store.</source>
        <translation>Kein Nachrichtenspeicher.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Delivered %1 % of %2 settled messages · %3 outbound · %4 %5 billed</source>
        <translation>%1 % von %2 abgeschlossenen Nachrichten zugestellt · %3 ausgehend · %4 %5 abgerechnet</translation>
    </message>
    <message>
        <source>Updated %1 (rollups %2 ms, queries %3 ms)</source>
        <translation>Aktualisiert um %1 (Rollups %2 ms, Abfragen %3 ms)</translation>
    </message>
    <message>
        <source>KPIs unavailable: %1</source>
        <translation>KPIs nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::EscalationTimelineWidget</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>if nobody acknowledges</source>
        <translation>falls niemand bestätigt</translation>
    </message>
    <message>
        <source>Page round %1, tier %2 (%3)</source>
        <translation>Alarmierung Runde %1, Stufe %2 (%3)</translation>
    </message>
    <message>
        <source>Page tier %1 (%2)</source>
        <translation>Alarmierung Stufe %1 (%2)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf bei %1</translation>
    </message>
    <message>
        <source>Snooze ends: paging again</source>
        <translation>Zurückstellung endet: erneute Alarmierung</translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation>Eskalationszeitleiste</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Alarmierungen</translation>
    </message>
    <message>
        <source>Planned: %1
%2 · %3</source>
        <translation>Geplant: %1
%2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Waits %n minute(s) for an acknowledgement</source>
        <translation>
            <numerusform>Wartet %n Minute auf eine Bestätigung</numerusform>
            <numerusform>Wartet %n Minuten auf eine Bestätigung</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — %1 (%2)</source>
        <translation> — %1 (%2)</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>ack</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Kein Vorfall ausgewählt.</translation>
    </message>
    <message>
        <source>○ planned page · △ planned call · dashed: if nobody acknowledges · ● page · ▲ call · ■ keypad/reply · ✕ failure</source>
        <translation>○ geplante Alarmierung · △ geplanter Anruf · gestrichelt: falls niemand bestätigt · ● Alarmierung · ▲ Anruf · ■ Tasteneingabe/Antwort · ✕ Fehler</translation>
    </message>
    <message>
        <source>%1 tiers; steps: %2 done, %3 pending, %4 more if nobody acknowledges; %5 events.</source>
        <translation>Stufen: %1; Schritte: %2 erledigt, %3 ausstehend, %4 weitere, falls niemand bestätigt; Ereignisse: %5.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::FieldProblem</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation>SMS-Nummer</translation>
    </message>
    <message>
        <source>Voice number</source>
        <translation>Nummer für Anrufe</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>WhatsApp-Nummer</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Channel order</source>
        <translation>Kanalreihenfolge</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Rate cap %1</source>
        <translation>Ratenlimit %1</translation>
    </message>
    <message>
        <source>Senders, route %1, sender %2</source>
        <translation>Absender, Route %1, Absender %2</translation>
    </message>
    <message>
        <source>Senders, route %1</source>
        <translation>Absender, Route %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Call after</source>
        <translation>Anruf nach</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentDetail</name>
    <message>
        <source>Incident detail</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Tracking-Link</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Handlungsanweisung</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Handlungsanweisung: %1</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentStyle</name>
    <message>
        <source>SEV1</source>
        <translation>SEV1</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation>SEV3</translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation>SEV4</translation>
    </message>
    <message>
        <source>Severity 1 (critical)</source>
        <translation>Schweregrad 1 (kritisch)</translation>
    </message>
    <message>
        <source>Severity 2 (major)</source>
        <translation>Schweregrad 2 (hoch)</translation>
    </message>
    <message>
        <source>Severity 3 (minor)</source>
        <translation>Schweregrad 3 (gering)</translation>
    </message>
    <message>
        <source>Severity 4 (low)</source>
        <translation>Schweregrad 4 (niedrig)</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Incident triggered</source>
        <translation>Vorfall ausgelöst</translation>
    </message>
    <message>
        <source>Snooze ended</source>
        <translation>Zurückstellung beendet</translation>
    </message>
    <message>
        <source>Details updated</source>
        <translation>Details aktualisiert</translation>
    </message>
    <message>
        <source>Escalation: tier paged</source>
        <translation>Eskalation: Stufe alarmiert</translation>
    </message>
    <message>
        <source>Escalated by hand</source>
        <translation>Manuell eskaliert</translation>
    </message>
    <message>
        <source>Escalation failed</source>
        <translation>Eskalation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Page queued</source>
        <translation>Alarmierung eingereiht</translation>
    </message>
    <message>
        <source>Page held back</source>
        <translation>Alarmierung zurückgehalten</translation>
    </message>
    <message>
        <source>Page bundled</source>
        <translation>Alarmierung gebündelt</translation>
    </message>
    <message>
        <source>Page sent to Twilio</source>
        <translation>Alarmierung an Twilio übergeben</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Status der Alarmierung</translation>
    </message>
    <message>
        <source>Page failed</source>
        <translation>Alarmierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Page refused by Twilio</source>
        <translation>Alarmierung von Twilio abgelehnt</translation>
    </message>
    <message>
        <source>Page cancelled</source>
        <translation>Alarmierung abgebrochen</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>Kein Absender</translation>
    </message>
    <message>
        <source>Recipient opted out</source>
        <translation>Empfänger hat sich abgemeldet</translation>
    </message>
    <message>
        <source>Fallback sender</source>
        <translation>Ausweichabsender</translation>
    </message>
    <message>
        <source>Page retried</source>
        <translation>Alarmierung erneut versucht</translation>
    </message>
    <message>
        <source>Page sent again</source>
        <translation>Alarmierung erneut gesendet</translation>
    </message>
    <message>
        <source>Page outcome unclear</source>
        <translation>Ergebnis der Alarmierung unklar</translation>
    </message>
    <message>
        <source>Call queued</source>
        <translation>Anruf eingereiht</translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation>Anruf gestartet</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Keypad input</source>
        <translation>Tasteneingabe</translation>
    </message>
    <message>
        <source>Call not answered</source>
        <translation>Anruf nicht angenommen</translation>
    </message>
    <message>
        <source>Call refused by Twilio</source>
        <translation>Anruf von Twilio abgelehnt</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>Antwort empfangen</translation>
    </message>
    <message>
        <source>Reply not understood</source>
        <translation>Antwort nicht verstanden</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>Antwort gesendet</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>in %1:%2:%3</source>
        <translation>in %1:%2:%3</translation>
    </message>
    <message>
        <source>in %1:%2</source>
        <translation>in %1:%2</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsBoard</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>All, also resolved</source>
        <translation>Alle, auch behobene</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>SEV1 only</source>
        <translation>Nur SEV1</translation>
    </message>
    <message>
        <source>SEV1 – SEV2</source>
        <translation>SEV1 – SEV2</translation>
    </message>
    <message>
        <source>SEV1 – SEV3</source>
        <translation>SEV1 – SEV3</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>Search code, title, people</source>
        <translation>Code, Titel, Personen suchen</translation>
    </message>
    <message>
        <source>Incident action status</source>
        <translation>Status der Vorfallaktion</translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation>Vorfallaktionen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected incident: escalation stops (A)</source>
        <translation>Ausgewählten Vorfall bestätigen: Die Eskalation stoppt (A)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Als behoben &amp;markieren</translation>
    </message>
    <message>
        <source>Resolve the selected incident (R)</source>
        <translation>Ausgewählten Vorfall als behoben markieren (R)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze the selected incident; it pages again afterwards (S)</source>
        <translation>Ausgewählten Vorfall zurückstellen; danach wird erneut alarmiert (S)</translation>
    </message>
    <message>
        <source>&amp;Escalate now</source>
        <translation>Jetzt &amp;eskalieren</translation>
    </message>
    <message>
        <source>Page the next tier of the selected incident now (E)</source>
        <translation>Die nächste Stufe des ausgewählten Vorfalls jetzt alarmieren (E)</translation>
    </message>
    <message>
        <source>Raise &amp;incident…</source>
        <translation>&amp;Vorfall auslösen…</translation>
    </message>
    <message>
        <source>Raise a new incident (Ctrl+N)</source>
        <translation>Neuen Vorfall auslösen (Strg+N)</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Zurückstellen für</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The paging engine is not running.</source>
        <translation>Die Alarmierungs-Engine läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging #%1…</source>
        <translation>#%1 wird bestätigt…</translation>
    </message>
    <message>
        <source>Resolving #%1…</source>
        <translation>#%1 wird als behoben markiert…</translation>
    </message>
    <message>
        <source>Snoozing #%1…</source>
        <translation>#%1 wird zurückgestellt…</translation>
    </message>
    <message>
        <source>Escalating #%1…</source>
        <translation>#%1 wird eskaliert…</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>Die Engine hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Incident raised.</source>
        <translation>Vorfall ausgelöst.</translation>
    </message>
    <message>
        <source>#%1 acknowledged; escalation stopped.</source>
        <translation>#%1 bestätigt; Eskalation gestoppt.</translation>
    </message>
    <message>
        <source>#%1 resolved.</source>
        <translation>#%1 als behoben markiert.</translation>
    </message>
    <message>
        <source>#%1 snoozed.</source>
        <translation>#%1 zurückgestellt.</translation>
    </message>
    <message>
        <source>#%1 escalated to the next tier.</source>
        <translation>#%1 an die nächste Stufe eskaliert.</translation>
    </message>
    <message>
        <source>Raising “%1”…</source>
        <translation>„%1“ wird ausgelöst…</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Alarmiert</translation>
    </message>
    <message>
        <source>Next escalation</source>
        <translation>Nächste Eskalation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Nobody has been paged yet.</source>
        <translation>Es wurde noch niemand alarmiert.</translation>
    </message>
    <message>
        <source>Latest page: %1</source>
        <translation>Letzte Alarmierung: %1</translation>
    </message>
    <message>
        <source>No further escalation is planned.</source>
        <translation>Keine weitere Eskalation geplant.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsPanel</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::LogDetailsPane</name>
    <message>
        <source>Message or call details</source>
        <translation>Details der Nachricht oder des Anrufs</translation>
    </message>
    <message>
        <source>Select a message or call to see all of its fields.</source>
        <translation>Wählen Sie eine Nachricht oder einen Anruf aus, um alle Felder zu sehen.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
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
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Segments / duration</source>
        <translation>Segmente / Dauer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>WhatsApp message</source>
        <translation>WhatsApp-Nachricht</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Twilio&apos;s page</source>
        <translation>Seite bei Twilio</translation>
    </message>
    <message>
        <source>Possible causes:</source>
        <translation>Mögliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Twilio&apos;s dictionary does not describe this code.</source>
        <translation>Das Fehlerverzeichnis von Twilio beschreibt diesen Code nicht.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not billed yet</source>
        <translation>Noch nicht abgerechnet</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::LogModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
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
        <source>Completed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
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
        <source>Segments / s</source>
        <translation>Segmente / s</translation>
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
    <name>Vortex::Ui::LogPanel</name>
    <message>
        <source>Messages and calls log</source>
        <translation>Protokoll der Nachrichten und Anrufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Delivered or read</source>
        <translation>Zugestellt oder gelesen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
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
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Angenommene Anrufe</translation>
    </message>
    <message>
        <source>Calls not answered</source>
        <translation>Nicht angenommene Anrufe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipient number</source>
        <translation>Nummer des Empfängers</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Search SID, number or text (Ctrl+F)</source>
        <translation>SID, Nummer oder Text suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Messages and calls</source>
        <translation>Nachrichten und Anrufe</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Reload the log</source>
        <translation>Protokoll neu laden</translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation>Das Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading messages and calls…</source>
        <translation>Nachrichten und Anrufe werden geladen…</translation>
    </message>
    <message>
        <source>No messages or calls yet.</source>
        <translation>Noch keine Nachrichten oder Anrufe.</translation>
    </message>
    <message>
        <source>No messages or calls match these filters.</source>
        <translation>Keine Nachrichten oder Anrufe passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>%1+ rows</source>
        <translation>%1+ Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
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
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation>&amp;Routing</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Vor&amp;lagen</translation>
    </message>
    <message>
        <source>Send a test page by SMS, voice call or WhatsApp and follow its delivery</source>
        <translation>Eine Testnachricht per SMS, Sprachanruf oder WhatsApp senden und die Zustellung verfolgen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Twilio accounts, Messaging Services, relay, budget</source>
        <translation>Twilio-Konten, Messaging Services, Relay, Budget</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every panel in its original place</source>
        <translation>Alle Bereiche an ihrem ursprünglichen Platz anzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>Settings saved. Account, relay and demo mode changes apply at the next start.</source>
        <translation>Einstellungen gespeichert. Änderungen an Konto, Relay und Demo-Modus gelten ab dem nächsten Start.</translation>
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
    <message>
        <source>Calling</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Abgenommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht angenommen</translation>
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
    <name>Vortex::Ui::PanelHost</name>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich %1 ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::PolicyEditor</name>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation>Eskalationsrichtlinien</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New escalation policy (Ctrl+N)</source>
        <translation>Neue Eskalationsrichtlinie (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <source>Policy ID</source>
        <translation>ID der Richtlinie</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source> extra rounds</source>
        <translation> weitere Runde(n)</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wiederh&amp;olen:</translation>
    </message>
    <message>
        <source>Call after minutes</source>
        <translation>Anruf nach Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sev1: call a recipient whose SMS is this old and unacknowledged.</source>
        <translation>Sev1: Einen Empfänger anrufen, dessen SMS so alt und noch nicht bestätigt ist.</translation>
    </message>
    <message>
        <source>Sev1 &amp;call after:</source>
        <translation>Sev1: Anru&amp;f nach:</translation>
    </message>
    <message>
        <source>Tiers (paged from the top)</source>
        <translation>Stufen (von oben nach unten alarmiert)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move tier up</source>
        <translation>Stufe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move tier down</source>
        <translation>Stufe nach unten verschieben</translation>
    </message>
    <message>
        <source>Recipients of the selected tier</source>
        <translation>Empfänger der ausgewählten Stufe</translation>
    </message>
    <message>
        <source>Selected tier pages:</source>
        <translation>Ausgewählte Stufe alarmiert:</translation>
    </message>
    <message>
        <source>Wait before the next tier, minutes</source>
        <translation>Wartezeit vor der nächsten Stufe, Minuten</translation>
    </message>
    <message>
        <source>then &amp;waits:</source>
        <translation>und &amp;wartet dann:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert policies</source>
        <translation>Änderungen an Richtlinien verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save policies</source>
        <translation>Richtlinien speichern</translation>
    </message>
    <message>
        <source>Save every changed policy (Ctrl+S)</source>
        <translation>Alle geänderten Richtlinien speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Saved. The next escalation step follows the new tiers.</source>
        <translation>Gespeichert. Der nächste Eskalationsschritt folgt den neuen Stufen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 (no such recipient)</source>
        <translation>%1 (kein solcher Empfänger)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>there is no recipient &quot;%1&quot;</source>
        <translation>es gibt keinen Empfänger &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id: another policy already has the id &quot;%1&quot;</source>
        <translation>id: eine andere Richtlinie hat bereits die ID &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n Stufe</numerusform>
            <numerusform>%n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation>Zum Speichern bitte beheben:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The last escalation policy cannot be deleted: new incidents would page nobody.</source>
        <translation>Die letzte Eskalationsrichtlinie kann nicht gelöscht werden: Bei neuen Vorfällen würde niemand alarmiert.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::QuietHoursGrid</name>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>pages go out</source>
        <translation>Alarmierungen werden gesendet</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4): %5</source>
        <translation>%1 %2–%3 (%4): %5</translation>
    </message>
    <message numerus="yes">
        <source>%n quiet half hour(s) a week</source>
        <translation>
            <numerusform>%n halbe Stunde Ruhezeit pro Woche</numerusform>
            <numerusform>%n halbe Stunden Ruhezeit pro Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RaiseIncidentDialog</name>
    <message>
        <source>Raise incident</source>
        <translation>Vorfall auslösen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation>Was ist kaputt, in wenigen Worten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What people see, since when, what is known</source>
        <translation>Was Nutzer sehen, seit wann, was bekannt ist</translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation>Tracking-Link</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Handlungsanweisung</translation>
    </message>
    <message>
        <source>Link or first steps</source>
        <translation>Link oder erste Schritte</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem mit dem Formular</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation>&amp;Handlungsanweisung:</translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation>Geben Sie dem Vorfall einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Der Titel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The summary is too long (at most %1 characters).</source>
        <translation>Die Zusammenfassung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The link is too long (at most %1 characters).</source>
        <translation>Der Link ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The link must be a full web address starting with https:// or http://.</source>
        <translation>Der Link muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>The runbook is too long (at most %1 characters).</source>
        <translation>Die Handlungsanweisung ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RateCapsModel</name>
    <message>
        <source>At most %1 pages in %2 minutes</source>
        <translation>Höchstens %1 Alarmierungen in %2 Minuten</translation>
    </message>
    <message>
        <source>Max pages</source>
        <translation>Max. Alarmierungen</translation>
    </message>
    <message>
        <source>Per minutes</source>
        <translation>Zeitfenster (Minuten)</translation>
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
    <name>Vortex::Ui::RecipientEditor</name>
    <message>
        <source>New recipient</source>
        <translation>Neuer Empfänger</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New recipient (Ctrl+N)</source>
        <translation>Neuer Empfänger (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete recipient</source>
        <translation>Empfänger löschen</translation>
    </message>
    <message>
        <source>Delete the selected recipient (Delete in the list)</source>
        <translation>Ausgewählten Empfänger löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Revert recipients</source>
        <translation>Änderungen an Empfängern verwerfen</translation>
    </message>
    <message>
        <source>Discard unsaved changes to recipients</source>
        <translation>Ungespeicherte Änderungen an den Empfängern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save recipients</source>
        <translation>Empfänger speichern</translation>
    </message>
    <message>
        <source>Save every changed recipient (Ctrl+S)</source>
        <translation>Alle geänderten Empfänger speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Saved. The paging engine uses the new settings from its next page.</source>
        <translation>Gespeichert. Die Alarmierungs-Engine verwendet die neuen Einstellungen ab der nächsten Alarmierung.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>id: another recipient already has the id &quot;%1&quot;</source>
        <translation>id: ein anderer Empfänger hat bereits die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation>Zum Speichern bitte beheben:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the escalation policy &quot;%2&quot; pages them in tier %3. Remove them from that policy first.</source>
        <translation>%1 kann nicht gelöscht werden: Die Eskalationsrichtlinie &quot;%2&quot; alarmiert diesen Empfänger in Stufe %3. Entfernen Sie ihn zuerst aus dieser Richtlinie.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RecipientForm</name>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>lower case, e.g. alice</source>
        <translation>Kleinbuchstaben, z. B. alice</translation>
    </message>
    <message>
        <source>The stable key policies use; it cannot change once saved.</source>
        <translation>Der feste Schlüssel, auf den sich Richtlinien beziehen; nach dem Speichern nicht mehr änderbar.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;SMS number:</source>
        <translation>SMS-N&amp;ummer:</translation>
    </message>
    <message>
        <source>&amp;Voice number:</source>
        <translation>Nummer für Anru&amp;fe:</translation>
    </message>
    <message>
        <source>&amp;WhatsApp number:</source>
        <translation>&amp;WhatsApp-Nummer:</translation>
    </message>
    <message>
        <source>empty: calls go to the SMS number</source>
        <translation>leer: Anrufe gehen an die SMS-Nummer</translation>
    </message>
    <message>
        <source>+44 7400 123456</source>
        <translation>+49 151 23456789</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RoutingForm</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>* (every other region)</source>
        <translation>* (alle übrigen Regionen)</translation>
    </message>
    <message>
        <source>Channel order</source>
        <translation>Kanalreihenfolge</translation>
    </message>
    <message>
        <source>Checked channels are tried from the top; a channel needs a number.</source>
        <translation>Angehakte Kanäle werden von oben nach unten versucht; ein Kanal braucht eine Nummer.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move channel up</source>
        <translation>Kanal nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move channel down</source>
        <translation>Kanal nach unten verschieben</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Some stored windows do not start or end on a half hour; the grid shows them widened, and painting saves them as shown.</source>
        <translation>Einige gespeicherte Zeitfenster beginnen oder enden nicht auf einer halben Stunde; das Raster zeigt sie erweitert an, und Malen speichert sie so, wie sie angezeigt werden.</translation>
    </message>
    <message>
        <source>Sev1 incidents page during quiet hours</source>
        <translation>Sev1-Vorfälle alarmieren auch während der Ruhezeiten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear quiet hours</source>
        <translation>Ruhezeiten löschen</translation>
    </message>
    <message>
        <source>Rate caps</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Every cap holds at once; pages over a cap wait and are bundled, never dropped.</source>
        <translation>Alle Limits gelten gleichzeitig; Alarmierungen über einem Limit warten und werden gebündelt, nie verworfen.</translation>
    </message>
    <message>
        <source>Add cap</source>
        <translation>Limit hinzufügen</translation>
    </message>
    <message>
        <source>Add rate cap</source>
        <translation>Ratenlimit hinzufügen</translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation>Limit entfernen</translation>
    </message>
    <message>
        <source>Remove rate cap</source>
        <translation>Ratenlimit entfernen</translation>
    </message>
    <message>
        <source>Senders by destination region</source>
        <translation>Absender nach Zielregion</translation>
    </message>
    <message>
        <source>Each region (ISO code such as GB, or * for every other region) lists its senders in fallback order: the first that can carry the channel is used, the next one when it fails.</source>
        <translation>Jede Region (ISO-Code wie GB oder * für alle übrigen Regionen) listet ihre Absender in Ausweichreihenfolge: Der erste, der den Kanal bedienen kann, wird verwendet, der nächste, wenn er fehlschlägt.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Neue Region</translation>
    </message>
    <message>
        <source>GB, US or *</source>
        <translation>DE, GB oder *</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Region entfernen</translation>
    </message>
    <message>
        <source>Senders in fallback order</source>
        <translation>Absender in Ausweichreihenfolge</translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation>Absender hinzufügen</translation>
    </message>
    <message>
        <source>Remove sender</source>
        <translation>Absender entfernen</translation>
    </message>
    <message>
        <source>Move sender up</source>
        <translation>Absender nach oben verschieben</translation>
    </message>
    <message>
        <source>Move sender down</source>
        <translation>Absender nach unten verschieben</translation>
    </message>
    <message>
        <source>Times are in the recipient&apos;s time zone (choose one above).</source>
        <translation>Die Zeiten gelten in der Zeitzone des Empfängers (oben auswählen).</translation>
    </message>
    <message>
        <source>Times are in %1 (%2); it is %3 there now. Drag to paint quiet hours, drag from a quiet cell to erase.</source>
        <translation>Die Zeiten gelten in %1 (%2); dort ist es jetzt %3. Ziehen, um Ruhezeiten zu malen; von einer Ruhezeit-Zelle aus ziehen, um sie zu löschen.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RoutingPanel</name>
    <message>
        <source>&amp;Recipients *</source>
        <translation>&amp;Empfänger *</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>Escalation &amp;policies *</source>
        <translation>Eskalations&amp;richtlinien *</translation>
    </message>
    <message>
        <source>Escalation &amp;policies</source>
        <translation>Eskalations&amp;richtlinien</translation>
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
    <message>
        <source>This is a test call from the Vortex Alert Console. No action is needed.</source>
        <translation>Dies ist ein Testanruf der Vortex Alert Console. Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>[TEST] Vortex Alert Console test page on WhatsApp</source>
        <translation>[TEST] Testnachricht der Vortex Alert Console über WhatsApp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>WhatsApp delivers free text only to people who wrote to the sender in the last 24 hours; otherwise Twilio reports error 63016.</source>
        <translation>WhatsApp stellt freien Text nur Personen zu, die dem Absender in den letzten 24 Stunden geschrieben haben; sonst meldet Twilio Fehler 63016.</translation>
    </message>
    <message>
        <source>Twilio calls the number and reads the text out; the status follows the call.</source>
        <translation>Twilio ruft die Nummer an und liest den Text vor; der Status folgt dem Anruf.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>Anru&amp;fen</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp · %n character(s)</source>
        <translation>
            <numerusform>WhatsApp · %n Zeichen</numerusform>
            <numerusform>WhatsApp · %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read out in about %n second(s)</source>
        <translation>
            <numerusform>Vorlesen dauert etwa %n Sekunde</numerusform>
            <numerusform>Vorlesen dauert etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>A call reads out at most %1 characters; shorten the text.</source>
        <translation>Ein Anruf liest höchstens %1 Zeichen vor; kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
    <message>
        <source>Queued — waiting for the call to ring (%1)</source>
        <translation>In Warteschlange — warte auf das Klingeln (%1)</translation>
    </message>
    <message>
        <source>%1 — the text is being read out (%2)</source>
        <translation>%1 — der Text wird vorgelesen (%2)</translation>
    </message>
    <message>
        <source>%1 — waiting for an answer (%2)</source>
        <translation>%1 — warte auf Annahme des Anrufs (%2)</translation>
    </message>
    <message>
        <source>Call: %1 (%2)</source>
        <translation>Anruf: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SenderKindDelegate</name>
    <message>
        <source>Sender kind</source>
        <translation>Absenderart</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SendersModel</name>
    <message>
        <source>Short code</source>
        <translation>Short Code</translation>
    </message>
    <message>
        <source>Long code</source>
        <translation>Long Code</translation>
    </message>
    <message>
        <source>Alphanumeric ID</source>
        <translation>Alphanumerische ID</translation>
    </message>
    <message>
        <source>Messaging Service</source>
        <translation>Messaging Service</translation>
    </message>
    <message>
        <source>WhatsApp sender</source>
        <translation>WhatsApp-Absender</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation>Reserve %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SeriesAdapter</name>
    <message>
        <source>Delivery rate (%)</source>
        <translation>Zustellquote (%)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Too few messages</source>
        <translation>Zu wenige Nachrichten</translation>
    </message>
    <message>
        <source>Delivery rate by region</source>
        <translation>Zustellquote nach Region</translation>
    </message>
    <message>
        <source>Delivery rate by channel</source>
        <translation>Zustellquote nach Kanal</translation>
    </message>
    <message>
        <source>All channels: %1 of %2 settled messages delivered (%3).</source>
        <translation>Alle Kanäle: %1 von %2 abgeschlossenen Nachrichten zugestellt (%3).</translation>
    </message>
    <message>
        <source>Median time to delivered</source>
        <translation>Median der Zeit bis zur Zustellung</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation>Median (s)</translation>
    </message>
    <message>
        <source>Acknowledgement rate per recipient</source>
        <translation>Bestätigungsquote je Empfänger</translation>
    </message>
    <message>
        <source>Median time to acknowledge per recipient</source>
        <translation>Median der Zeit bis zur Bestätigung je Empfänger</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Acknowledged (%)</source>
        <translation>Bestätigt (%)</translation>
    </message>
    <message>
        <source>Paged incidents</source>
        <translation>Alarmierte Vorfälle</translation>
    </message>
    <message>
        <source>Acknowledged incidents</source>
        <translation>Bestätigte Vorfälle</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>Median (min)</translation>
    </message>
    <message>
        <source>Cost per message</source>
        <translation>Kosten pro Nachricht</translation>
    </message>
    <message>
        <source>Cost per billed message</source>
        <translation>Kosten pro abgerechneter Nachricht</translation>
    </message>
    <message>
        <source>Billed in the window: %1 %2.</source>
        <translation>Im Zeitraum abgerechnet: %1 %2.</translation>
    </message>
    <message>
        <source>Budget this month</source>
        <translation>Budget in diesem Monat</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent %1 of %2 %3 (%4); projected %5 (%6) by the end of the month.</source>
        <translation>%1 von %2 %3 ausgegeben (%4); Prognose zum Monatsende: %5 (%6).</translation>
    </message>
    <message>
        <source>Spent %1 %2; projected %3 by the end of the month. No monthly budget is configured (Settings).</source>
        <translation>%1 %2 ausgegeben; Prognose zum Monatsende: %3. Kein Monatsbudget konfiguriert (Einstellungen).</translation>
    </message>
    <message>
        <source>Carrier filtering rate</source>
        <translation>Filterquote der Netzbetreiber</translation>
    </message>
    <message>
        <source>Filtered (%)</source>
        <translation>Gefiltert (%)</translation>
    </message>
    <message>
        <source>Filtered: undelivered with 30007, 30032 or 30034, of settled messages.</source>
        <translation>Gefiltert: nicht zugestellt mit 30007, 30032 oder 30034, Anteil an den abgeschlossenen Nachrichten.</translation>
    </message>
    <message>
        <source>Blocked-number incidents</source>
        <translation>Blockierte Nummern</translation>
    </message>
    <message>
        <source>Blocked sends</source>
        <translation>Blockierte Sendeversuche</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked send(s) to %1 number(s)</source>
        <translation>
            <numerusform>%n blockierter Sendeversuch an %1 Nummer(n)</numerusform>
            <numerusform>%n blockierte Sendeversuche an %1 Nummer(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>. 21610: opted out; 30004: blocked by the recipient or carrier.</source>
        <translation>. 21610: abgemeldet; 30004: vom Empfänger oder Netzbetreiber blockiert.</translation>
    </message>
    <message>
        <source>Sender reputation health</source>
        <translation>Reputation der Absender</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>Pkt.</translation>
    </message>
    <message>
        <source>Filtering (%)</source>
        <translation>Filterung (%)</translation>
    </message>
    <message>
        <source>Errors (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>Opt-outs (%)</source>
        <translation>Abmeldungen (%)</translation>
    </message>
    <message>
        <source>Score = 100 × (1 − worst rate ÷ its red threshold). Amber / red at: filtering %1 / %2, errors %3 / %4, opt-outs %5 / %6; fewer than %7 settled messages: not judged.</source>
        <translation>Wert = 100 × (1 − schlechteste Quote ÷ ihre Rot-Schwelle). Gelb / Rot ab: Filterung %1 / %2, Fehler %3 / %4, Abmeldungen %5 / %6; weniger als %7 abgeschlossene Nachrichten: keine Bewertung.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Twilio &amp;accounts</source>
        <translation>Twilio-&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Messaging Services</source>
        <translation>&amp;Messaging Services</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Twilio accounts</source>
        <translation>Twilio-Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>Dieses Konto &amp;verwenden</translation>
    </message>
    <message>
        <source>Auth Tokens and API Key secrets are kept only in the system keychain; the settings file lists which accounts exist. The console uses the account marked “in use”; a change takes effect the next time it starts.</source>
        <translation>Auth Tokens und Secrets von API Keys liegen nur im Schlüsselbund des Systems; die Einstellungsdatei führt auf, welche Konten es gibt. Die Konsole verwendet das als „verwendet“ markierte Konto; eine Änderung wirkt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Messaging Service per customer</source>
        <translation>Messaging Service je Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>Add &amp;customer</source>
        <translation>Kunde &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve customer</source>
        <translation>Kunde &amp;entfernen</translation>
    </message>
    <message>
        <source>&quot;MG&quot; followed by 32 hexadecimal digits</source>
        <translation>&quot;MG&quot; gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Pages for a customer go through its Messaging Service (Twilio picks the sender from the service&apos;s pool).</source>
        <translation>Alarmierungen für einen Kunden laufen über seinen Messaging Service (Twilio wählt den Absender aus dem Pool des Dienstes).</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>Relay-URL</translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>Optional: the relay URL + /twilio/messages/status</source>
        <translation>Optional: die Relay-URL + /twilio/messages/status</translation>
    </message>
    <message>
        <source>Relay token</source>
        <translation>Relay-Token</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (bleibt im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Relay &amp;URL:</source>
        <translation>Relay-&amp;URL:</translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation>Status-&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>Relay &amp;token:</source>
        <translation>Relay-&amp;Token:</translation>
    </message>
    <message>
        <source>The relay receives Twilio&apos;s callbacks; the console follows it with the token, which is kept only in the system keychain. Changes take effect the next time the console starts.</source>
        <translation>Das Relay empfängt die Callbacks von Twilio; die Konsole folgt ihm mit dem Token, das nur im Schlüsselbund des Systems liegt. Änderungen wirken ab dem nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Monthly budget in US dollars</source>
        <translation>Monatsbudget in US-Dollar</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <source>Start in &amp;demo mode (a local Twilio twin, no real phones)</source>
        <translation>Im &amp;Demo-Modus starten (lokaler Twilio-Zwilling, keine echten Telefone)</translation>
    </message>
    <message>
        <source>&amp;Mute alerts for new sev1 incidents (no notification, no sound)</source>
        <translation>Alarme für neue Sev1-Vorfälle s&amp;tummschalten (keine Benachrichtigung, kein Ton)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Monats&amp;budget:</translation>
    </message>
    <message>
        <source>The dashboard compares the month&apos;s Twilio costs with it.</source>
        <translation>Das Dashboard vergleicht die Twilio-Kosten des Monats damit.</translation>
    </message>
    <message>
        <source>Demo mode takes effect the next time the console starts. Without a Twilio account the console always starts in demo mode.</source>
        <translation>Der Demo-Modus wirkt ab dem nächsten Start der Konsole. Ohne Twilio-Konto startet die Konsole immer im Demo-Modus.</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (API key %1)</source>
        <translation> (API Key %1)</translation>
    </message>
    <message>
        <source> — in use</source>
        <translation> — verwendet</translation>
    </message>
    <message>
        <source>Saving… (the keychain may ask to be unlocked)</source>
        <translation>Wird gespeichert… (der Schlüsselbund fragt eventuell nach dem Entsperren)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsDraft</name>
    <message>
        <source>%1: the Account SID is &quot;AC&quot; followed by 32 hexadecimal digits (Twilio Console → Account info).</source>
        <translation>%1: Die Account SID besteht aus &quot;AC&quot; gefolgt von 32 Hexadezimalziffern (Twilio Console → Account info).</translation>
    </message>
    <message>
        <source>%1: an API Key SID is &quot;SK&quot; followed by 32 hexadecimal digits.</source>
        <translation>%1: Eine API Key SID besteht aus &quot;SK&quot; gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>%1: enter the Auth Token.</source>
        <translation>%1: Geben Sie den Auth Token ein.</translation>
    </message>
    <message>
        <source>%1: enter the API Key&apos;s secret.</source>
        <translation>%1: Geben Sie das Secret des API Key ein.</translation>
    </message>
    <message>
        <source>%1: the sender %2 is not a phone number in international format (+1…, +44…).</source>
        <translation>%1: Der Absender %2 ist keine Telefonnummer im internationalen Format (+49…, +44…).</translation>
    </message>
    <message>
        <source>%1 is configured twice.</source>
        <translation>%1 ist doppelt konfiguriert.</translation>
    </message>
    <message>
        <source>A Messaging Service has no customer name.</source>
        <translation>Ein Messaging Service hat keinen Kundennamen.</translation>
    </message>
    <message>
        <source>%1 has more than one Messaging Service.</source>
        <translation>%1 hat mehr als einen Messaging Service.</translation>
    </message>
    <message>
        <source>%1: a Messaging Service SID is &quot;MG&quot; followed by 32 hexadecimal digits.</source>
        <translation>%1: Eine Messaging Service SID besteht aus &quot;MG&quot; gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The %1 must be an http(s) address such as https://relay.example.com.</source>
        <translation>Die %1 muss eine http(s)-Adresse wie https://relay.example.com sein.</translation>
    </message>
    <message>
        <source>relay URL</source>
        <translation>Relay-URL</translation>
    </message>
    <message>
        <source>status callback URL</source>
        <translation>Status-Callback-URL</translation>
    </message>
    <message>
        <source>A relay token needs the relay&apos;s URL.</source>
        <translation>Ein Relay-Token braucht die URL des Relays.</translation>
    </message>
    <message>
        <source>The monthly budget cannot be negative.</source>
        <translation>Das Monatsbudget darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsSaver</name>
    <message>
        <source>The keychain did not store the secret for %1: %2</source>
        <translation>Der Schlüsselbund hat das Secret für %1 nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplateEditor</name>
    <message>
        <source>Template kind</source>
        <translation>Vorlagentyp</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Sprache der Vorlage</translation>
    </message>
    <message>
        <source>empty: every language</source>
        <translation>leer: alle Sprachen</translation>
    </message>
    <message>
        <source>Recipients whose language is this (en, de, de-AT) get this template; empty serves everyone without a template of their own.</source>
        <translation>Empfänger mit dieser Sprache (en, de, de-AT) erhalten diese Vorlage; leer gilt für alle ohne eigene Vorlage.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Variable einfügen</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Variable &amp;einfügen</translation>
    </message>
    <message>
        <source>WhatsApp Content template</source>
        <translation>WhatsApp-Content-Vorlage</translation>
    </message>
    <message>
        <source>Content SID</source>
        <translation>Content SID</translation>
    </message>
    <message>
        <source>Placeholders and the variables that fill them</source>
        <translation>Platzhalter und die Variablen, die sie füllen</translation>
    </message>
    <message>
        <source>Remove last placeholder</source>
        <translation>Letzten Platzhalter entfernen</translation>
    </message>
    <message>
        <source>Removes the highest-numbered placeholder from the mapping</source>
        <translation>Entfernt den Platzhalter mit der höchsten Nummer aus der Zuordnung</translation>
    </message>
    <message>
        <source>Content &amp;SID:</source>
        <translation>Content S&amp;ID:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation>Probleme der Vorlage</translation>
    </message>
    <message>
        <source>Preview for a sample incident (SEV1 #17 &quot;Checkout API down&quot;)</source>
        <translation>Vorschau für einen Beispielvorfall (SEV1 #17 &quot;Checkout API down&quot;)</translation>
    </message>
    <message>
        <source>Preview size and encoding</source>
        <translation>Größe und Kodierung der Vorschau</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the template; the next page uses it</source>
        <translation>Vorlage speichern; die nächste Alarmierung verwendet sie</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>The preview appears once the template has no problems.</source>
        <translation>Die Vorschau erscheint, sobald die Vorlage keine Probleme mehr hat.</translation>
    </message>
    <message>
        <source>Sample recipient</source>
        <translation>Beispielempfänger</translation>
    </message>
    <message numerus="yes">
        <source>TwiML · %1 (%2) · %n character(s) spoken</source>
        <translation>
            <numerusform>TwiML · %1 (%2) · %n gesprochenes Zeichen</numerusform>
            <numerusform>TwiML · %1 (%2) · %n gesprochene Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp · Twilio sends the approved text with these values</source>
        <translation>WhatsApp · Twilio sendet den freigegebenen Text mit diesen Werten</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplateListModel</name>
    <message>
        <source>SMS page</source>
        <translation>SMS-Alarmierung</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>WhatsApp page</source>
        <translation>WhatsApp-Alarmierung</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplatesPanel</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Stored templates</source>
        <translation>Gespeicherte Vorlagen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>New %1 template</source>
        <translation>Neue Vorlage: %1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected template; pages use the next one that fits, or the built-in text</source>
        <translation>Ausgewählte Vorlage löschen; Alarmierungen verwenden dann die nächste passende Vorlage oder den eingebauten Text</translation>
    </message>
    <message>
        <source>Templates status</source>
        <translation>Status der Vorlagen</translation>
    </message>
    <message>
        <source>Without a template, pages use the built-in texts. Each recipient gets the template of their language, else the one for every language.</source>
        <translation>Ohne Vorlage verwenden Alarmierungen die eingebauten Texte. Jeder Empfänger erhält die Vorlage seiner Sprache, sonst die für alle Sprachen.</translation>
    </message>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Die Vorlagen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The next page uses it.</source>
        <translation>Gespeichert. Die nächste Alarmierung verwendet sie.</translation>
    </message>
    <message>
        <source>No paging store is configured.</source>
        <translation>Es ist kein Alarmierungsspeicher konfiguriert.</translation>
    </message>
    <message>
        <source>There is already a %1 template for %2: edit that one instead.</source>
        <translation>Es gibt bereits eine Vorlage vom Typ %1 (Sprache: %2): Bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save or revert the template first</source>
        <translation>Speichern oder verwerfen Sie zuerst die Vorlage</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TiersModel</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Alarmiert</translation>
    </message>
    <message>
        <source>Wait (minutes)</source>
        <translation>Wartezeit (Minuten)</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
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
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TrayController</name>
    <message>
        <source>&amp;Mute sev1 alerts</source>
        <translation>Sev1-Alarme &amp;stummschalten</translation>
    </message>
    <message>
        <source>No notification or sound for new sev1 incidents (the incidents still page people)</source>
        <translation>Keine Benachrichtigung und kein Ton bei neuen Sev1-Vorfällen (die Vorfälle alarmieren weiterhin Personen)</translation>
    </message>
    <message>
        <source>Vortex Alert Console</source>
        <translation>Vortex Alert Console</translation>
    </message>
    <message>
        <source>&amp;Show the console</source>
        <translation>Konsole &amp;anzeigen</translation>
    </message>
    <message>
        <source>Sev1 incident #%1</source>
        <translation>Sev1-Vorfall #%1</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::VariableDelegate</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::VariableMappingModel</name>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
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
