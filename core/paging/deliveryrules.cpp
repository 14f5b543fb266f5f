// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "deliveryrules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Vortex::Core::Paging {

namespace {

struct CodeRule
{
    int code;
    Verdict verdict;
};

// Messages (SMS and WhatsApp). TWILIO.md §9.2 gives Twilio's retry classes; here they are
// bent towards reaching a person quickly: whatever another sender or channel can fix moves on.
constexpr CodeRule messageRules[] = {
    // Transient: the same sender will do, later.
    {20429, Verdict::RetrySameSender}, // too many requests
    {20500, Verdict::RetrySameSender}, // internal error
    {20503, Verdict::RetrySameSender}, // service unavailable
    {21611, Verdict::RetrySameSender}, // sender's queue is full
    {30001, Verdict::RetrySameSender}, // queue overflow
    {30008, Verdict::RetrySameSender}, // unknown error
    {30017, Verdict::RetrySameSender}, // carrier congestion
    {30022, Verdict::RetrySameSender}, // 10DLC throughput exceeded
    {30035, Verdict::RetrySameSender}, // 10DLC number still being configured
    {30410, Verdict::RetrySameSender}, // provider timeout
    {30450, Verdict::RetrySameSender}, // delivery temporarily blocked
    {63018, Verdict::RetrySameSender}, // channel rate limit
    // This sender cannot reach them; another one may.
    {21408, Verdict::NextSender}, // region not enabled for this sender
    {21606, Verdict::NextSender}, // From cannot message this destination
    {21612, Verdict::NextSender}, // not reachable via SMS (e.g. short code not carried)
    {30004, Verdict::NextSender}, // blocked
    {30007, Verdict::NextSender}, // filtered as spam
    {30018, Verdict::NextSender}, // destination needs sender-id registration
    {30023, Verdict::NextSender}, // 10DLC daily cap reached: waiting means tomorrow
    {30024, Verdict::NextSender}, // numeric sender id not provisioned
    {30027, Verdict::NextSender}, // T-Mobile daily limit reached
    {30032, Verdict::NextSender}, // toll-free number not verified
    {30033, Verdict::NextSender}, // 10DLC campaign suspended
    {30034, Verdict::NextSender}, // unregistered 10DLC number
    {63007, Verdict::NextSender}, // no channel with this From
    {63015, Verdict::NextSender}, // WhatsApp sandbox: recipient has not joined
    // The recipient refuses this sender.
    {21610, Verdict::DisablePairNextSender}, // opted out (STOP)
    {63033, Verdict::DisablePairNextSender}, // blocked this WhatsApp sender
    // The number cannot get this channel.
    {21211, Verdict::NextChannel}, // invalid To
    {21614, Verdict::NextChannel}, // not a mobile number
    {30003, Verdict::NextChannel}, // handset unreachable: a call may still ring
    {30005, Verdict::NextChannel}, // unknown handset
    {30006, Verdict::NextChannel}, // landline or unreachable carrier
    {63003, Verdict::NextChannel}, // channel cannot find the To address
    {63024, Verdict::NextChannel}, // invalid recipient
    {63032, Verdict::NextChannel}, // WhatsApp limitation
    // Final: configuration or a bug on our side; retrying changes nothing.
    {20003, Verdict::Permanent}, // permission denied
    {20404, Verdict::Permanent}, // not found
    {21602, Verdict::Permanent}, // body missing
    {21603, Verdict::Permanent}, // From missing
    {21604, Verdict::Permanent}, // To missing
    {21608, Verdict::Permanent}, // trial account: To not verified
    {21617, Verdict::Permanent}, // body too long
    {21656, Verdict::Permanent}, // ContentVariables invalid
    {30002, Verdict::Permanent}, // account suspended
    {63016, Verdict::Permanent}, // freeform outside the window (WhatsApp overrides below)
    {63027, Verdict::Permanent}, // template missing for the language
    {63028, Verdict::Permanent}, // template parameter count mismatch
};

// WhatsApp only: pages are freeform, so outside the 24-hour window the channel is closed.
constexpr CodeRule whatsappRules[] = {
    {63016, Verdict::NextChannel},
};

// Calls. A failed call with no rule here counts as not answered.
constexpr CodeRule voiceRules[] = {
    {20429, Verdict::RetrySameSender}, // too many requests
    {20500, Verdict::RetrySameSender}, // internal error
    {20503, Verdict::RetrySameSender}, // service unavailable
    {21210, Verdict::NextSender},      // From not verified
    {21212, Verdict::NextSender},      // invalid caller id
    {32017, Verdict::NextSender},      // carrier blocked this caller id
    {13224, Verdict::NextChannel},     // invalid number
    {13225, Verdict::NextChannel},     // Twilio blocks calls to this destination
    {13227, Verdict::NextChannel},     // geo permissions: the account may not call there
    {21211, Verdict::NextChannel},     // invalid To
    {21214, Verdict::NextChannel},     // To cannot be reached
    {21215, Verdict::NextChannel},     // geo permissions
    {21216, Verdict::NextChannel},     // Twilio blocklist
    {21217, Verdict::NextChannel},     // number not valid
    {20003, Verdict::Permanent},       // permission denied
    {20404, Verdict::Permanent},       // not found
    {21201, Verdict::Permanent},       // To missing
    {21205, Verdict::Permanent},       // invalid URL
    {21219, Verdict::Permanent},       // trial account: To not verified
};

template<std::size_t N>
std::optional<Verdict> find(const CodeRule (&rules)[N], int code)
{
    for (const CodeRule &rule : rules) {
        if (rule.code == code)
            return rule.verdict;
    }
    return std::nullopt;
}

std::optional<Verdict> ruleFor(Channel channel, std::optional<int> code)
{
    if (!code)
        return std::nullopt;
    switch (channel) {
    case Channel::Voice:
        return find(voiceRules, *code);
    case Channel::WhatsApp:
        if (const auto verdict = find(whatsappRules, *code))
            return verdict;
        return find(messageRules, *code);
    case Channel::Sms:
        return find(messageRules, *code);
    }
    return std::nullopt;
}

const QStringList &messageStatuses()
{
    static const QStringList list{
        QStringLiteral("accepted"),    QStringLiteral("scheduled"), QStringLiteral("queued"),
        QStringLiteral("sending"),     QStringLiteral("sent"),      QStringLiteral("delivered"),
        QStringLiteral("undelivered"), QStringLiteral("failed"),    QStringLiteral("canceled"),
        QStringLiteral("read"),        QStringLiteral("receiving"), QStringLiteral("received"),
    };
    return list;
}

const QStringList &callStatuses()
{
    static const QStringList list{
        QStringLiteral("queued"),      QStringLiteral("initiated"), QStringLiteral("ringing"),
        QStringLiteral("in-progress"), QStringLiteral("completed"), QStringLiteral("busy"),
        QStringLiteral("no-answer"),   QStringLiteral("failed"),    QStringLiteral("canceled"),
    };
    return list;
}

int messageRank(const QString &status)
{
    static const QHash<QString, int> ranks{
        {QStringLiteral("accepted"), 0},  {QStringLiteral("scheduled"), 0},
        {QStringLiteral("queued"), 1},    {QStringLiteral("sending"), 2},
        {QStringLiteral("receiving"), 2}, {QStringLiteral("sent"), 3},
        {QStringLiteral("delivered"), 4}, {QStringLiteral("undelivered"), 4},
        {QStringLiteral("failed"), 4},    {QStringLiteral("canceled"), 4},
        {QStringLiteral("received"), 4},  {QStringLiteral("read"), 5},
    };
    return ranks.value(status, -1);
}

int callRank(const QString &status)
{
    static const QHash<QString, int> ranks{
        {QStringLiteral("queued"), 0},    {QStringLiteral("initiated"), 1},
        {QStringLiteral("ringing"), 2},   {QStringLiteral("in-progress"), 3},
        {QStringLiteral("completed"), 4}, {QStringLiteral("busy"), 4},
        {QStringLiteral("no-answer"), 4}, {QStringLiteral("failed"), 4},
        {QStringLiteral("canceled"), 4},
    };
    return ranks.value(status, -1);
}

Verdict classifyMessage(Channel channel, const QString &status, std::optional<int> errorCode)
{
    if (status == QStringLiteral("delivered") || status == QStringLiteral("read"))
        return Verdict::Delivered;
    if (status == QStringLiteral("failed") || status == QStringLiteral("undelivered")) {
        if (const auto verdict = ruleFor(channel, errorCode))
            return *verdict;
        // No code: Twilio's "unknown error" (30008), which is transient. Any other code we do
        // not know is final.
        return errorCode ? Verdict::Permanent : Verdict::RetrySameSender;
    }
    if (status == QStringLiteral("canceled") || status == QStringLiteral("received"))
        return Verdict::Permanent; // we cancelled it, or it is not an outgoing page at all
    return Verdict::InFlight;      // known non-final statuses, and statuses we do not know yet
}

Verdict classifyCall(const QString &status, std::optional<int> errorCode, const QString &answeredBy)
{
    if (status == QStringLiteral("completed")) {
        const bool machine = answeredBy.startsWith(QStringLiteral("machine"))
                             || answeredBy == QStringLiteral("fax");
        return machine ? Verdict::NotAnswered : Verdict::Delivered;
    }
    if (status == QStringLiteral("failed")) {
        if (const auto verdict = ruleFor(Channel::Voice, errorCode))
            return *verdict;
        return Verdict::NotAnswered;
    }
    if (status == QStringLiteral("busy") || status == QStringLiteral("no-answer")
        || status == QStringLiteral("canceled"))
        return Verdict::NotAnswered;
    return Verdict::InFlight;
}

} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::InFlight:
        return QStringLiteral("in_flight");
    case Verdict::Delivered:
        return QStringLiteral("delivered");
    case Verdict::RetrySameSender:
        return QStringLiteral("retry_same_sender");
    case Verdict::NextSender:
        return QStringLiteral("next_sender");
    case Verdict::DisablePairNextSender:
        return QStringLiteral("disable_pair_next_sender");
    case Verdict::NextChannel:
        return QStringLiteral("next_channel");
    case Verdict::NotAnswered:
        return QStringLiteral("not_answered");
    case Verdict::Permanent:
        return QStringLiteral("permanent");
    }
    return {};
}

namespace DeliveryRules {

QStringList statuses(Channel channel)
{
    return channel == Channel::Voice ? callStatuses() : messageStatuses();
}

int statusRank(Channel channel, const QString &status)
{
    return channel == Channel::Voice ? callRank(status) : messageRank(status);
}

bool isFinal(Channel channel, const QString &status)
{
    return statusRank(channel, status) >= 4;
}

bool advances(Channel channel, const QString &current, const QString &incoming)
{
    const int to = statusRank(channel, incoming);
    if (to < 0)
        return false;
    const int from = statusRank(channel, current);
    if (to <= from)
        return false;
    // Finals are facts: only WhatsApp's read may follow delivered.
    if (isFinal(channel, current))
        return current == QStringLiteral("delivered") && incoming == QStringLiteral("read");
    return true;
}

Verdict classify(Channel channel, SenderKind sender, const QString &status,
                 std::optional<int> errorCode, const QString &answeredBy)
{
    Q_UNUSED(sender); // no rule depends on the sender kind today; the table test covers every kind
    if (channel == Channel::Voice)
        return classifyCall(status, errorCode, answeredBy);
    return classifyMessage(channel, status, errorCode);
}

Verdict classifySubmitError(Channel channel, SenderKind sender, int httpStatus,
                            std::optional<int> errorCode)
{
    Q_UNUSED(sender);
    if (const auto verdict = ruleFor(channel, errorCode))
        return *verdict;
    if (httpStatus >= 200 && httpStatus < 300 && !errorCode)
        return Verdict::InFlight;
    // No answer at all: Twilio may or may not have it (the engine reconciles before it resubmits);
    // 429 and 5xx were not acted upon.
    if (httpStatus == 0 || httpStatus == 429 || httpStatus >= 500)
        return Verdict::RetrySameSender;
    return Verdict::Permanent;
}

QList<int> handledErrorCodes()
{
    QSet<int> codes;
    for (const CodeRule &rule : messageRules)
        codes.insert(rule.code);
    for (const CodeRule &rule : whatsappRules)
        codes.insert(rule.code);
    for (const CodeRule &rule : voiceRules)
        codes.insert(rule.code);
    QList<int> list(codes.cbegin(), codes.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace DeliveryRules

} // namespace Vortex::Core::Paging
