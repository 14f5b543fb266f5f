<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>IntakeSignature</name>
    <message>
        <source>no intake secret is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Signature is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is not a Unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Timestamp is too far from the relay&apos;s clock (stale or replayed request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Signature must start with v1=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Vortex-Signature does not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingEngine</name>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1; escalation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed by %1 for %2 minutes, until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation policy with tiers is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 escalated to tier %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 raised by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised again with the same key; details updated, no new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incident code is in use or closed less than 72 hours ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not sent: the incident no longer needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze ended; paging again from the first tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation policy with tiers is configured; nobody was paged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, tier %2: paging %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: no channel with a number and a sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caller ID is configured to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 sender for %2&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for %1 (%2) until %3, bundled with %4 other incident(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 held until %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3) via %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not take the call script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Twilio; checking whether the page went out before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up on this %1 page to %2 after %3 attempt(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opted out of %2; that sender is not used for them until they reply START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling back to %1 via %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio already had it (found by listing): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accepted it: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio has no record of the interrupted submission; sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (polled from Twilio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not answered by a person (%1); escalation continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying at %1 through the same sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingJson</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with a time zone (&quot;2024-05-01T02:00:00.000Z&quot;) or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected mon, tue, wed, thu, fri, sat or sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingService</name>
    <message>
        <source>The paging store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingText</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply ACK %1, RESOLVE %1, SNOOZE %1 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply e.g. ACK %1, RESOLVE %1, SNOOZE %1 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledged. Escalation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledged by %2. Escalation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: snoozed until %2, then it pages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: escalated, the next tier is being paged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which incident? Reply with its code, e.g. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 is not an open incident paged to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident was paged to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vortex alerts: reply ACK 17, RESOLVE 17 or SNOOZE 17 30 (incident code, minutes). Without a code it applies to your only open incident. STOP ends alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read your reply: %1. Reply HELP for how to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1 to acknowledge, 2 to resolve, 3 to snooze for 30 minutes, 9 to escalate now, star to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vortex alert, severity %1, incident %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 acknowledged. The escalation stops. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 resolved. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 snoozed for 30 minutes. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is escalated to the next tier now. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key is not in the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was pressed. The alert stays open and escalates. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes must be 1-1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incident code has 1 to 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one incident code at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only SNOOZE takes minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingValidation</name>
    <message>
        <source>recipient &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a default policy is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid E.164 phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short code is 3 to 8 digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long code is a valid E.164 phone number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alphanumeric sender is 1 to 11 letters, digits or spaces with at least one letter, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Messaging Service SID is MG followed by 32 hex digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WhatsApp sender is &quot;whatsapp:&quot; and a valid E.164 phone number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sender kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one channel is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no phone number for channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day must be 1 (Monday) to 7 (Sunday), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start and end are the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 1 page, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 10080 minutes (one week), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a region is two capital letters (ISO 3166) or &quot;*&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region &quot;%1&quot; has two routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one sender is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is 1 to 64 characters of a-z, 0-9, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one phone number is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one tier is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one recipient is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid recipient id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 1440 minutes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 10, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelayVoice</name>
    <message>
        <source>Sorry, this alert is no longer available. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Could not reach Twilio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio sent a reply that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioGatewayCodec</name>
    <message>
        <source>Only a phone number (long code) can place a call, not a %1 sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has no valid voice script id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice answer URL is configured for calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has no sid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s date_created cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call list cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::App::ConsoleLauncher</name>
    <message>
        <source>The Twilio credentials for %1 are not in the keychain (%2). Store them with: vortexctl credentials set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vortex Alert Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::ConsoleEngine</name>
    <message>
        <source>The message store cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay is configured: statuses are polled from Twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid phone number in international format (+44…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than Twilio&apos;s 1600-character limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender number is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio answered, but its answer could not be read: the page may have been sent. Check the message log before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Twilio may have received the page; it was not sent again to avoid a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paging engine could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paging engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoStack</name>
    <message>
        <source>Cannot create the demo data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo relay could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo Twilio twin could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::IncidentsQuery</name>
    <message>
        <source>This console has no paging engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paging store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1, tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1, tier %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze ends, paging again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Paging::TwilioGateway</name>
    <message>
        <source>The Twilio client is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay URL is configured for voice scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice script id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Relay::RelayFeedClient</name>
    <message>
        <source>relay answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay sent an unreadable feed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay refused this console&apos;s token (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Relay::RelayServer</name>
    <message>
        <source>cannot create data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::ConnectivityIndicator</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MainWindow</name>
    <message>
        <source>Vortex Alert Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: messages go to a local Twilio twin, not real phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test page to a phone and follow its delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vortex Alert Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vortex Alert Console %1&lt;/h3&gt;&lt;p&gt;Pages people over Twilio for the ecommerce monitoring platform and follows every message until it is delivered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo mode:&lt;/b&gt; messages go to a local Twilio twin.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Data folder: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vortex Alert Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessageStatusStyle</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessagesModel</name>
    <message>
        <source>Twilio status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::MessagesPanel</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, text or SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 of %n message</numerusform>
            <numerusform>%1 of %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RecipientCheck</name>
    <message>
        <source>Sends to %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlines usually cannot receive text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s mobile number, starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +44 7400 123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits only, after + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number does not exist in its country&apos;s numbering plan. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line type unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SegmentSummary</name>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCS-2 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>%n character left in this segment</numerusform>
            <numerusform>%n characters left in this segment</numerusform>
        </translation>
    </message>
    <message>
        <source>This message has %1 characters. Twilio refuses messages over %2 characters (error 21617): shorten it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SendTestPageDialog</name>
    <message>
        <source>Send test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TEST] Vortex Alert Console test page - reply ACK to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7400 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — waiting for the delivery report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting for the delivery report (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Vortex Alert Console: pages people over Twilio and charts delivery health.
Without a configured Twilio account it starts in demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a local Twilio twin and relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the console&apos;s data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to listen on (default 127.0.0.1:8080; port 0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL Twilio posts to, used to check signatures (default http://ADDR:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the event database (default: the user&apos;s application data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the Twilio auth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding console bearer tokens, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest webhook body accepted (default 65536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen expects ADDR:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-url is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-body-bytes expects a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Twilio auth token (VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives Twilio message webhooks, stores them durably and serves them to Vortex consoles.
The Twilio auth token comes from VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file; console tokens from VORTEX_RELAY_CONSOLE_TOKENS (comma-separated) or --console-tokens-file; the incident intake secret from VORTEX_RELAY_INTAKE_SECRET or --intake-secret-file (without one, POST /v1/intake/incidents is disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the HMAC secret of the incident intake (POST /v1/intake/incidents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intake secret file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intake secret: incident intake is disabled</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:0, a free port; the chosen one is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON configuration file (format above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID (AC + 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the auth token (else $VORTEX_TWIN_AUTH_TOKEN, else the config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owned number in E.164, optionally with its inbound SMS URL (repeatable; replaces the configured numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the outcome PRNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of API requests answered 429/20429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of API requests answered 500/20500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency added to every API response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock speed: lifecycle delays are divided by N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the /_twin/ control API (inject inbound SMS, faults, clock, people, event log). Off unless given: never expose it beyond loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a scenario file (resources/twin/scenarios/, docs/twin.md) on a manual clock before listening: its traffic, people and event log are there when the first client connects; the clock then runs on from the scenario&apos;s end. Its seed replaces --seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid numeric option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, e.g. 127.0.0.1:8089</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vortexctl</name>
    <message>
        <source>Runs a Twilio twin and a relay on free loopback ports until SIGINT/SIGTERM. The endpoints are printed; the throw-away secrets go only to --env-file (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write VORTEX_* variables, secrets included, to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the relay&apos;s data in &lt;dir&gt; (default: a temporary folder removed on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo stack running.
  Twilio twin: %1 (account %2, from %3)
  Relay:       %4
Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set|show|clear — the Twilio account of the console. &apos;set&apos; reads the Auth Token (or the API Key secret) from standard input and stores it in the keychain; only non-secret settings go to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID (AC…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key SID (SK…) when using an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender number (E.164).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API base URL (default https://api.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s public status-callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the relay&apos;s console token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, show or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1, sender %2, secret %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Twilio account configured: the console runs in demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-sid must be AC followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the Auth Token (or API Key secret) into standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials takes one of: set, show, clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio secret is not in the keychain: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No final status within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3 after %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a test page through the console&apos;s engine and waits for its final status. Uses the configured Twilio account, or the demo stack with --demo (and when no account is configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient in E.164 (+447400123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a final status (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the in-process demo stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return once Twilio accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-test needs --to and --body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the paging engine headless: escalations, the delivery outbox, acknowledgements. It follows the relay&apos;s feed and sends through Twilio (or the twin). The Auth Token and the relay token come from files or from VORTEX_TWILIO_AUTH_TOKEN / VORTEX_RELAY_CONSOLE_TOKEN, never from arguments. Prints each timeline entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and escalation policies (JSON) to load into the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the Auth Token or API Key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL Twilio reaches the relay at (default: --relay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run escalation timers N times faster (tests and demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy for incidents that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db and --account-sid are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed must be a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Auth Token: use --auth-token-file or VORTEX_TWILIO_AUTH_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vortexctl engine running (store %1). Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the incidents in a paging engine&apos;s store, newest first, or shows one incident (by id or #code) with its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident id, or #code of an open incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident raise|update|resolve|ack|snooze — sends an incident action to the relay&apos;s intake, signed with the intake secret (read from --intake-secret-file or VORTEX_RELAY_INTAKE_SECRET), and prints the relay&apos;s event id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s base URL (https://relay.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the relay&apos;s intake secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s deduplication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s reply code (instead of a key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sev1, sev2, sev3 or sev4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link (http/https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for this many minutes (1–1440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the relay (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise, update, resolve, ack or snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident takes one of: raise, update, resolve, ack, snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay takes the relay&apos;s http(s) base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake secret: pass --intake-secret-file (or set VORTEX_RELAY_INTAKE_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity takes sev1, sev2, sev3 or sev4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the relay as event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the relay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
