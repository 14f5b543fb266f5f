<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Receives Twilio message webhooks, stores them durably and serves them to Vortex consoles.
The Twilio auth token comes from VORTEX_TWILIO_AUTH_TOKEN or --auth-token-file; console tokens from VORTEX_RELAY_CONSOLE_TOKENS (comma-separated) or --console-tokens-file.</source>
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
        <source>Usage: vortexctl &lt;command&gt; [options]

Commands:
  send-test     Send a test page and wait until it is final (delivered, failed, …).
  demo          Run the headless demo stack (Twilio twin + relay) until interrupted.
  credentials   Store, show or clear the Twilio account the console uses.

Run &apos;vortexctl &lt;command&gt; --help&apos; for a command&apos;s options. Every command takes --json.
Exit codes: 0 ok, 1 failed, 2 bad input, 3 timed out, 4 could not start.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
