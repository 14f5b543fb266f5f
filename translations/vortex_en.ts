<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
