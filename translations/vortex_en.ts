<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoHistory</name>
    <message>
        <source>Checkout error rate above 2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /checkout answers 5xx for 2.4% of requests (eu-west).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card authorisations time out after 10 s for 6% of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory sync stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock update from the warehouse feed for 25 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier filtering spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order notifications to US numbers end undelivered (30007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search latency p95 above 3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product search is slow since the last index rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order confirmation e-mails delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail queue holds 4,800 messages older than 10 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart service memory above 90%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three cart pods restarted in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price feed rejected by marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused 312 offers: currency missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failures above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins at 4x the usual rate from two networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping label API errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s label API answers 503 for new parcels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi, where is my order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can I change the delivery address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the blue one back in stock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks! When will it arrive?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTraffic</name>
    <message>
        <source>Hi, any news on my order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order #%1 has shipped. Track it: https://vx.example/t/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your parcel for order #%1 arrives today between 10:00 and 12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your order #%1! We will text you when it ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 was delivered. Tell us how we did: https://vx.example/r/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return for order #%1 is approved. Refund within 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good news: an item on your wishlist is back in stock (ref %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout errors above 2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /checkout answers 5xx for a share of requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment provider timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card authorisations time out after 10 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory sync stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock update from the warehouse feed for 20 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier filtering spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order notifications to one carrier end undelivered (30007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search latency p95 above 3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product search slowed down after the index rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket service restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket pods restart every few minutes (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion codes rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid promotion codes fail at checkout since 14:05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order export to ERP failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly order export is retrying with HTTP 401.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The %1 page cannot reach %2; calling instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retried: the voice call follows instead.</source>
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
    <name>PagingTemplates</name>
    <message>
        <source>Unbalanced braces: the { at character %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty {} at character %1: name a variable, e.g. {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown variable {%1}. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces: the } at character %1 has no { before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content SID must be HX followed by 32 hexadecimal digits (Twilio Console → Content Template Builder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Content template&apos;s text, with its placeholders {{1}}, {{2}}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces: a placeholder must look like {{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp templates number their placeholders: write {{n}} in the text and map it to %1 below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} has no variable mapped to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is mapped but not in the text (Twilio refuses variables the template does not use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is mapped to &quot;%2&quot;, which is not a variable. Known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map one placeholder to code: people reply with it (ACK 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must look like en, de or de-AT, or be empty for every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only WhatsApp templates have a Content SID and numbered placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{1}}-style placeholders belong to WhatsApp templates; use named variables such as {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {code} in the page: people reply with it (ACK 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even with title, summary, link and runbook empty the page needs %1 segments (%2); an SMS page may use at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {reply_hint} in the prompt: it tells the person which keys to press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt&apos;s own words are %1 characters; keep them under %2 so the incident&apos;s details fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: SEV1 in texts, &quot;severity 1&quot; on calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s reply code, e.g. 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening (shortened first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do first (from the runbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to answer: &quot;Reply ACK 17, …&quot; in texts, the key menu on calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an SMS template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not fit two SMS segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a voice template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is empty or longer than 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a WhatsApp template.</source>
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
    <message>
        <source>severity %1</source>
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
    <name>Vortex::Core::ConfigStore</name>
    <message>
        <source>Recipient %1 is saved twice in one change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1 is both saved and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy %1 is saved twice in one change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy %1 is both saved and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the escalation policy &quot;%2&quot; pages them in tier %3. Remove them from that policy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policy &quot;%1&quot; pages &quot;%2&quot; in tier %3, but there is no recipient with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last escalation policy cannot be deleted: new incidents would page nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console runs without a paging engine, so there is no paging configuration to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paging store could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipients could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation policies could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paging store is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
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
    <message>
        <source>The text is too long to be read out in a call (3000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test calls need the relay: configure its URL and token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test call. No key is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was a test call from the Vortex Alert Console. Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay did not take the call&apos;s script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio may have placed the call; it was not placed again to avoid a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoHistory</name>
    <message>
        <source>The demo twin&apos;s clock is already in use; no history was played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incident #%2 raised by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1, tier 1: paging Alice Morgan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1, tier 2: paging Bob Carter, Carla Neumann</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS to Carla Neumann held until Monday 08:00 (quiet hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS page queued from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accepted the SMS page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice follow-up: the SMS was not acknowledged within 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accepted the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressed 1 (acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the incident was acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the incident was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Core::Demo::DemoSeeder</name>
    <message>
        <source>The demo history could not be read from the twin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo calls could not be read from the twin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
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
    <message>
        <source>The demo scenario: %1</source>
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
    <name>Vortex::Ui::AccountDialog</name>
    <message>
        <source>Add Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Twilio account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK… (optional: empty uses the Auth Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Token or API Key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender for test pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 201 555 0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Key SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test page sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret goes only to the system keychain; the settings file names the account but never holds its secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::ChartCard</name>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::ConfigListModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
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
    <name>Vortex::Ui::DashboardPanel</name>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 24 hours (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the KPIs now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1 % of %2 settled messages · %3 outbound · %4 %5 billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (rollups %2 ms, queries %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::EscalationTimelineWidget</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if nobody acknowledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page round %1, tier %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page tier %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze ends: paging again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waits %n minute(s) for an acknowledgement</source>
        <translation>
            <numerusform>Waits %n minute for an acknowledgement</numerusform>
            <numerusform>Waits %n minutes for an acknowledgement</numerusform>
        </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ planned page · △ planned call · dashed: if nobody acknowledges · ● page · ▲ call · ■ keypad/reply · ✕ failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tiers; steps: %2 done, %3 pending, %4 more if nobody acknowledges; %5 events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::FieldProblem</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate cap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders, route %1, sender %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders, route %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentDetail</name>
    <message>
        <source>Incident detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentStyle</name>
    <message>
        <source>SEV1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 2 (major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 3 (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 4 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: tier paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page sent to Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page refused by Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page outcome unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keypad input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call refused by Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsBoard</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, also resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 – SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 – SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, title, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected incident: escalation stops (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected incident (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze the selected incident; it pages again afterwards (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page the next tier of the selected incident now (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise a new incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>The paging engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozing #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 acknowledged; escalation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 escalated to the next tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raising “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has been paged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further escalation is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::IncidentsPanel</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::LogDetailsPane</name>
    <message>
        <source>Message or call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message or call to see all of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
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
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments / duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s dictionary does not describe this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>Not billed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::LogModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
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
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
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
        <source>Segments / s</source>
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
    <name>Vortex::Ui::LogPanel</name>
    <message>
        <source>Messages and calls log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
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
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SID, number or text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages and calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages or calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages or calls match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
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
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test page by SMS, voice call or WhatsApp and follow its delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accounts, Messaging Services, relay, budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every panel in its original place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. Account, relay and demo mode changes apply at the next start.</source>
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
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
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
    <name>Vortex::Ui::PanelHost</name>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::PolicyEditor</name>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New escalation policy (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> extra rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev1: call a recipient whose SMS is this old and unacknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev1 &amp;call after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers (paged from the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tier up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tier down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients of the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected tier pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before the next tier, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then &amp;waits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every changed policy (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next escalation step follows the new tiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no recipient &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: another policy already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s)</source>
        <translation>
            <numerusform>%n tier</numerusform>
            <numerusform>%n tiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last escalation policy cannot be deleted: new incidents would page nobody.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::QuietHoursGrid</name>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quiet half hour(s) a week</source>
        <translation>
            <numerusform>%n quiet half hour a week</numerusform>
            <numerusform>%n quiet half hours a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RaiseIncidentDialog</name>
    <message>
        <source>Raise incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people see, since when, what is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or first steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a full web address starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RateCapsModel</name>
    <message>
        <source>At most %1 pages in %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per minutes</source>
        <translation type="unfinished"></translation>
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
    <name>Vortex::Ui::RecipientEditor</name>
    <message>
        <source>New recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected recipient (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes to recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every changed recipient (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The paging engine uses the new settings from its next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: another recipient already has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these to save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the escalation policy &quot;%2&quot; pages them in tier %3. Remove them from that policy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RecipientForm</name>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case, e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stable key policies use; it cannot change once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WhatsApp number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: calls go to the SMS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 7400 123456</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RoutingForm</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* (every other region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked channels are tried from the top; a channel needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move channel up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move channel down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some stored windows do not start or end on a half hour; the grid shows them widened, and painting saves them as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev1 incidents page during quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cap holds at once; pages over a cap wait and are bundled, never dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rate cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders by destination region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region (ISO code such as GB, or * for every other region) lists its senders in fallback order: the first that can carry the channel is used, the next one when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB, US or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders in fallback order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move sender up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move sender down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the recipient&apos;s time zone (choose one above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1 (%2); it is %3 there now. Drag to paint quiet hours, drag from a quiet cell to erase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::RoutingPanel</name>
    <message>
        <source>&amp;Recipients *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &amp;policies *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation &amp;policies</source>
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
    <message>
        <source>This is a test call from the Vortex Alert Console. No action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TEST] Vortex Alert Console test page on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp delivers free text only to people who wrote to the sender in the last 24 hours; otherwise Twilio reports error 63016.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio calls the number and reads the text out; the status follows the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp · %n character(s)</source>
        <translation>
            <numerusform>WhatsApp · %n character</numerusform>
            <numerusform>WhatsApp · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read out in about %n second(s)</source>
        <translation>
            <numerusform>Read out in about %n second</numerusform>
            <numerusform>Read out in about %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>A call reads out at most %1 characters; shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — waiting for the call to ring (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the text is being read out (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting for an answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SenderKindDelegate</name>
    <message>
        <source>Sender kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SendersModel</name>
    <message>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alphanumeric ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SeriesAdapter</name>
    <message>
        <source>Delivery rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels: %1 of %2 settled messages delivered (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement rate per recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to acknowledge per recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per billed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed in the window: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent %1 of %2 %3 (%4); projected %5 (%6) by the end of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent %1 %2; projected %3 by the end of the month. No monthly budget is configured (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier filtering rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: undelivered with 30007, 30032 or 30034, of settled messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked-number incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocked send(s) to %1 number(s)</source>
        <translation>
            <numerusform>%n blocked send to %1 number(s)</numerusform>
            <numerusform>%n blocked sends to %1 number(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>. 21610: opted out; 30004: blocked by the recipient or carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender reputation health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = 100 × (1 − worst rate ÷ its red threshold). Amber / red at: filtering %1 / %2, errors %3 / %4, opt-outs %5 / %6; fewer than %7 settled messages: not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messaging Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Tokens and API Key secrets are kept only in the system keychain; the settings file lists which accounts exist. The console uses the account marked “in use”; a change takes effect the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging Service per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;MG&quot; followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages for a customer go through its Messaging Service (Twilio picks the sender from the service&apos;s pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the relay URL + /twilio/messages/status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay receives Twilio&apos;s callbacks; the console follows it with the token, which is kept only in the system keychain. Changes take effect the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in &amp;demo mode (a local Twilio twin, no real phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute alerts for new sev1 incidents (no notification, no sound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard compares the month&apos;s Twilio costs with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode takes effect the next time the console starts. Without a Twilio account the console always starts in demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (API key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… (the keychain may ask to be unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsDraft</name>
    <message>
        <source>%1: the Account SID is &quot;AC&quot; followed by 32 hexadecimal digits (Twilio Console → Account info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an API Key SID is &quot;SK&quot; followed by 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the Auth Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the API Key&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sender %2 is not a phone number in international format (+1…, +44…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is configured twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Messaging Service has no customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one Messaging Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Messaging Service SID is &quot;MG&quot; followed by 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be an http(s) address such as https://relay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relay token needs the relay&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::SettingsSaver</name>
    <message>
        <source>The keychain did not store the secret for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplateEditor</name>
    <message>
        <source>Template kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients whose language is this (en, de, de-AT) get this template; empty serves everyone without a template of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Content template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders and the variables that fill them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the highest-numbered placeholder from the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for a sample incident (SEV1 #17 &quot;Checkout API down&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview size and encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the template; the next page uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears once the template has no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TwiML · %1 (%2) · %n character(s) spoken</source>
        <translation>
            <numerusform>TwiML · %1 (%2) · %n character spoken</numerusform>
            <numerusform>TwiML · %1 (%2) · %n characters spoken</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp · Twilio sends the approved text with these values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplateListModel</name>
    <message>
        <source>SMS page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TemplatesPanel</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template; pages use the next one that fits, or the built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a template, pages use the built-in texts. Each recipient gets the template of their language, else the one for every language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next page uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paging store is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 template for %2: edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert the template first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TiersModel</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TimelineModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
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
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::TrayController</name>
    <message>
        <source>&amp;Mute sev1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification or sound for new sev1 incidents (the incidents still page people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vortex Alert Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev1 incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::VariableDelegate</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vortex::Ui::VariableMappingModel</name>
    <message>
        <source>Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
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
