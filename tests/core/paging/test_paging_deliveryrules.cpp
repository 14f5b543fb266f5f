// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/paging/deliveryrules.h"
#include "core/twilio/errordictionary.h"

#include <QMap>
#include <QSet>

#include <gtest/gtest.h>

using namespace Vortex::Core::Paging;
using V = Verdict;

namespace {

const QList<Channel> channels{Channel::Sms, Channel::WhatsApp, Channel::Voice};
const QList<SenderKind> senderKinds{SenderKind::ShortCode, SenderKind::LongCode,
                                    SenderKind::Alphanumeric, SenderKind::MessagingService,
                                    SenderKind::WhatsApp};
constexpr int unknownCode = 39999; // not a code any rule names

// The expected verdict of a failed/undelivered message per error code, written out by hand.
const QMap<int, Verdict> smsCodes{
    {20429, V::RetrySameSender},
    {20500, V::RetrySameSender},
    {20503, V::RetrySameSender},
    {21611, V::RetrySameSender},
    {30001, V::RetrySameSender},
    {30008, V::RetrySameSender},
    {30017, V::RetrySameSender},
    {30022, V::RetrySameSender},
    {30035, V::RetrySameSender},
    {30410, V::RetrySameSender},
    {30450, V::RetrySameSender},
    {63018, V::RetrySameSender},

    {21408, V::NextSender},
    {21606, V::NextSender},
    {21612, V::NextSender},
    {30004, V::NextSender},
    {30007, V::NextSender},
    {30018, V::NextSender},
    {30023, V::NextSender},
    {30024, V::NextSender},
    {30027, V::NextSender},
    {30032, V::NextSender},
    {30033, V::NextSender},
    {30034, V::NextSender},
    {63007, V::NextSender},
    {63015, V::NextSender},

    {21610, V::DisablePairNextSender},
    {63033, V::DisablePairNextSender},

    {21211, V::NextChannel},
    {21614, V::NextChannel},
    {30003, V::NextChannel},
    {30005, V::NextChannel},
    {30006, V::NextChannel},
    {63003, V::NextChannel},
    {63024, V::NextChannel},
    {63032, V::NextChannel},

    {20003, V::Permanent},
    {20404, V::Permanent},
    {21602, V::Permanent},
    {21603, V::Permanent},
    {21604, V::Permanent},
    {21608, V::Permanent},
    {21617, V::Permanent},
    {21656, V::Permanent},
    {30002, V::Permanent},
    {63016, V::Permanent},
    {63027, V::Permanent},
    {63028, V::Permanent},
};

QMap<int, Verdict> whatsappCodes()
{
    QMap<int, Verdict> codes = smsCodes;
    codes[63016] = V::NextChannel; // freeform outside the 24-hour window
    return codes;
}

// The expected verdict of a failed call per error code.
const QMap<int, Verdict> voiceCodes{
    {20429, V::RetrySameSender}, {20500, V::RetrySameSender}, {20503, V::RetrySameSender},
    {21210, V::NextSender},      {21212, V::NextSender},      {32017, V::NextSender},
    {13224, V::NextChannel},     {13225, V::NextChannel},     {13227, V::NextChannel},
    {21211, V::NextChannel},     {21214, V::NextChannel},     {21215, V::NextChannel},
    {21216, V::NextChannel},     {21217, V::NextChannel},     {20003, V::Permanent},
    {20404, V::Permanent},       {21201, V::Permanent},       {21205, V::Permanent},
    {21219, V::Permanent},
};

QMap<int, Verdict> codesFor(Channel channel)
{
    switch (channel) {
    case Channel::Sms:
        return smsCodes;
    case Channel::WhatsApp:
        return whatsappCodes();
    case Channel::Voice:
        return voiceCodes;
    }
    return {};
}

// Expected message verdicts per status; "code" marks the statuses whose verdict the code decides.
const QMap<QString, QString> messageStatusTable{
    {QStringLiteral("accepted"), QStringLiteral("in_flight")},
    {QStringLiteral("scheduled"), QStringLiteral("in_flight")},
    {QStringLiteral("queued"), QStringLiteral("in_flight")},
    {QStringLiteral("sending"), QStringLiteral("in_flight")},
    {QStringLiteral("sent"), QStringLiteral("in_flight")},
    {QStringLiteral("receiving"), QStringLiteral("in_flight")},
    {QStringLiteral("delivered"), QStringLiteral("delivered")},
    {QStringLiteral("read"), QStringLiteral("delivered")},
    {QStringLiteral("failed"), QStringLiteral("code")},
    {QStringLiteral("undelivered"), QStringLiteral("code")},
    {QStringLiteral("canceled"), QStringLiteral("permanent")},
    {QStringLiteral("received"), QStringLiteral("permanent")},
};

const QMap<QString, QString> callStatusTable{
    {QStringLiteral("queued"), QStringLiteral("in_flight")},
    {QStringLiteral("initiated"), QStringLiteral("in_flight")},
    {QStringLiteral("ringing"), QStringLiteral("in_flight")},
    {QStringLiteral("in-progress"), QStringLiteral("in_flight")},
    {QStringLiteral("completed"), QStringLiteral("answered_by")},
    {QStringLiteral("busy"), QStringLiteral("not_answered")},
    {QStringLiteral("no-answer"), QStringLiteral("not_answered")},
    {QStringLiteral("canceled"), QStringLiteral("not_answered")},
    {QStringLiteral("failed"), QStringLiteral("code")},
};

const QMap<QString, Verdict> answeredByTable{
    {QString(), V::Delivered},
    {QStringLiteral("human"), V::Delivered},
    {QStringLiteral("unknown"), V::Delivered},
    {QStringLiteral("machine_start"), V::NotAnswered},
    {QStringLiteral("machine_end_beep"), V::NotAnswered},
    {QStringLiteral("machine_end_silence"), V::NotAnswered},
    {QStringLiteral("machine_end_other"), V::NotAnswered},
    {QStringLiteral("fax"), V::NotAnswered},
};

std::string label(Channel channel, SenderKind kind, const QString &status, std::optional<int> code,
                  const QString &answeredBy = {})
{
    return QStringLiteral("channel %1 sender %2 status '%3' code %4 answeredBy '%5'")
        .arg(int(channel))
        .arg(int(kind))
        .arg(status, code ? QString::number(*code) : QStringLiteral("none"), answeredBy)
        .toStdString();
}

} // namespace

TEST(DeliveryRules, HandledCodesAreExactlyTheTable)
{
    QSet<int> expected;
    for (Channel channel : channels) {
        const QMap<int, Verdict> codes = codesFor(channel);
        for (auto it = codes.cbegin(); it != codes.cend(); ++it)
            expected.insert(it.key());
    }
    const QList<int> handled = DeliveryRules::handledErrorCodes();
    EXPECT_EQ(QSet<int>(handled.cbegin(), handled.cend()), expected);
    EXPECT_TRUE(std::is_sorted(handled.cbegin(), handled.cend()));
    EXPECT_FALSE(handled.contains(unknownCode));
}

TEST(DeliveryRules, EveryHandledCodeIsInTwiliosDictionary)
{
    using Vortex::Core::Twilio::ErrorDictionary;
    ASSERT_GT(ErrorDictionary::size(), 1000);
    for (int code : DeliveryRules::handledErrorCodes())
        EXPECT_TRUE(ErrorDictionary::lookup(code).known) << code;
}

TEST(DeliveryRules, StatusByCodeTable)
{
    QList<std::optional<int>> codes{std::nullopt, unknownCode};
    for (int code : DeliveryRules::handledErrorCodes())
        codes.append(code);

    int checked = 0;
    for (Channel channel : channels) {
        const bool voice = channel == Channel::Voice;
        const QMap<QString, QString> &statusTable = voice ? callStatusTable : messageStatusTable;
        ASSERT_EQ(QSet<QString>(statusTable.keyBegin(), statusTable.keyEnd()),
                  QSet<QString>(DeliveryRules::statuses(channel).cbegin(),
                                DeliveryRules::statuses(channel).cend()));
        const QMap<int, Verdict> codeTable = codesFor(channel);
        for (SenderKind kind : senderKinds) {
            for (const QString &status : DeliveryRules::statuses(channel)) {
                const QString rule = statusTable.value(status);
                for (const std::optional<int> &code : codes) {
                    const QStringList answers = rule == QStringLiteral("answered_by")
                                                    ? answeredByTable.keys()
                                                    : QStringList{QString()};
                    for (const QString &answeredBy : answers) {
                        Verdict expected;
                        if (rule == QStringLiteral("code")) {
                            if (!code) // no code: failed messages retry, failed calls went
                                       // unanswered
                                expected = voice ? V::NotAnswered : V::RetrySameSender;
                            else if (codeTable.contains(*code))
                                expected = codeTable.value(*code);
                            else // a code with no rule for this channel
                                expected = voice ? V::NotAnswered : V::Permanent;
                        } else if (rule == QStringLiteral("answered_by")) {
                            expected = answeredByTable.value(answeredBy);
                        } else if (rule == QStringLiteral("in_flight")) {
                            expected = V::InFlight;
                        } else if (rule == QStringLiteral("delivered")) {
                            expected = V::Delivered;
                        } else if (rule == QStringLiteral("not_answered")) {
                            expected = V::NotAnswered;
                        } else {
                            ASSERT_EQ(rule, QStringLiteral("permanent"));
                            expected = V::Permanent;
                        }
                        EXPECT_EQ(verdictName(DeliveryRules::classify(channel, kind, status, code,
                                                                      answeredBy)),
                                  verdictName(expected))
                            << label(channel, kind, status, code, answeredBy);
                        ++checked;
                    }
                }
            }
        }
    }
    // 5 sender kinds × (12 message statuses × 2 channels + 8 call statuses + 8 answeredBy).
    EXPECT_EQ(checked, 5 * (12 * 2 + 8 + 8) * (DeliveryRules::handledErrorCodes().size() + 2));
}

TEST(DeliveryRules, SpotChecksFromTheBrief)
{
    using DeliveryRules::classify;
    const auto sms = Channel::Sms;
    const auto shortCode = SenderKind::ShortCode;
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("undelivered"), 30003), V::NextChannel);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("failed"), 21610), V::DisablePairNextSender);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("undelivered"), 30007), V::NextSender);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("failed"), 30001), V::RetrySameSender);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("undelivered"), std::nullopt),
              V::RetrySameSender);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("failed"), 12345), V::Permanent);
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("delivered"), 30003), V::Delivered);
    EXPECT_EQ(classify(Channel::WhatsApp, SenderKind::WhatsApp, QStringLiteral("failed"), 63016),
              V::NextChannel);
    EXPECT_EQ(
        classify(Channel::WhatsApp, SenderKind::WhatsApp, QStringLiteral("read"), std::nullopt),
        V::Delivered);
    // Statuses we do not know are not final.
    EXPECT_EQ(classify(sms, shortCode, QStringLiteral("partially_delivered"), std::nullopt),
              V::InFlight);
    EXPECT_EQ(classify(sms, shortCode, QString(), std::nullopt), V::InFlight);

    const auto voice = Channel::Voice;
    const auto longCode = SenderKind::LongCode;
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("completed"), std::nullopt,
                       QStringLiteral("machine_end_beep")),
              V::NotAnswered);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("completed"), std::nullopt,
                       QStringLiteral("human")),
              V::Delivered);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("completed"), std::nullopt), V::Delivered);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("busy"), std::nullopt), V::NotAnswered);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("failed"), 32017), V::NextSender);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("failed"), 31005), V::NotAnswered);
    EXPECT_EQ(classify(voice, longCode, QStringLiteral("ringing"), std::nullopt), V::InFlight);
}

TEST(DeliveryRules, SubmitErrorTable)
{
    using DeliveryRules::classifySubmitError;
    // Without a code (or with one no rule names) the HTTP status decides.
    const QMap<int, Verdict> byHttp{
        {0, V::RetrySameSender},   {400, V::Permanent},       {401, V::Permanent},
        {403, V::Permanent},       {404, V::Permanent},       {409, V::Permanent},
        {429, V::RetrySameSender}, {500, V::RetrySameSender}, {502, V::RetrySameSender},
        {503, V::RetrySameSender}, {504, V::RetrySameSender},
    };
    QList<std::optional<int>> codes{std::nullopt, unknownCode};
    for (int code : DeliveryRules::handledErrorCodes())
        codes.append(code);
    for (Channel channel : channels) {
        const QMap<int, Verdict> codeTable = codesFor(channel);
        for (SenderKind kind : senderKinds) {
            for (auto http = byHttp.cbegin(); http != byHttp.cend(); ++http) {
                for (const std::optional<int> &code : codes) {
                    const Verdict expected
                        = code && codeTable.contains(*code) ? codeTable.value(*code) : http.value();
                    EXPECT_EQ(verdictName(classifySubmitError(channel, kind, http.key(), code)),
                              verdictName(expected))
                        << label(channel, kind, QString::number(http.key()), code);
                }
            }
        }
    }
    // A 2xx without a code is no refusal at all.
    EXPECT_EQ(classifySubmitError(Channel::Sms, SenderKind::LongCode, 201, std::nullopt),
              V::InFlight);
    // The brief's cases.
    EXPECT_EQ(classifySubmitError(Channel::Sms, SenderKind::ShortCode, 400, 21610),
              V::DisablePairNextSender);
    EXPECT_EQ(classifySubmitError(Channel::Sms, SenderKind::ShortCode, 400, 21614), V::NextChannel);
    EXPECT_EQ(classifySubmitError(Channel::Sms, SenderKind::LongCode, 429, 20429),
              V::RetrySameSender);
    EXPECT_EQ(classifySubmitError(Channel::Voice, SenderKind::LongCode, 400, 21215),
              V::NextChannel);
}

TEST(DeliveryRules, StatusRanks)
{
    const QMap<QString, int> messageRanks{
        {QStringLiteral("accepted"), 0},  {QStringLiteral("scheduled"), 0},
        {QStringLiteral("queued"), 1},    {QStringLiteral("sending"), 2},
        {QStringLiteral("receiving"), 2}, {QStringLiteral("sent"), 3},
        {QStringLiteral("delivered"), 4}, {QStringLiteral("undelivered"), 4},
        {QStringLiteral("failed"), 4},    {QStringLiteral("canceled"), 4},
        {QStringLiteral("received"), 4},  {QStringLiteral("read"), 5},
    };
    const QMap<QString, int> callRanks{
        {QStringLiteral("queued"), 0},    {QStringLiteral("initiated"), 1},
        {QStringLiteral("ringing"), 2},   {QStringLiteral("in-progress"), 3},
        {QStringLiteral("completed"), 4}, {QStringLiteral("busy"), 4},
        {QStringLiteral("no-answer"), 4}, {QStringLiteral("failed"), 4},
        {QStringLiteral("canceled"), 4},
    };
    for (Channel channel : channels) {
        const QMap<QString, int> &ranks = channel == Channel::Voice ? callRanks : messageRanks;
        for (auto it = ranks.cbegin(); it != ranks.cend(); ++it) {
            EXPECT_EQ(DeliveryRules::statusRank(channel, it.key()), it.value())
                << it.key().toStdString();
            EXPECT_EQ(DeliveryRules::isFinal(channel, it.key()), it.value() >= 4)
                << it.key().toStdString();
        }
        for (const QString &unknown :
             {QString(), QStringLiteral("bogus"), QStringLiteral("Delivered"),
              QStringLiteral("partially_delivered")}) {
            EXPECT_EQ(DeliveryRules::statusRank(channel, unknown), -1);
            EXPECT_FALSE(DeliveryRules::isFinal(channel, unknown));
        }
    }
    // Call and message vocabularies differ.
    EXPECT_EQ(DeliveryRules::statusRank(Channel::Voice, QStringLiteral("delivered")), -1);
    EXPECT_EQ(DeliveryRules::statusRank(Channel::Sms, QStringLiteral("ringing")), -1);
}

TEST(DeliveryRules, AdvancesForEveryOrderedPair)
{
    // Expected: the written-out transitions that may happen; everything else is a no-op.
    const QMap<QString, QStringList> messageForward{
        {QString(),
         {QStringLiteral("accepted"), QStringLiteral("scheduled"), QStringLiteral("queued"),
          QStringLiteral("sending"), QStringLiteral("receiving"), QStringLiteral("sent"),
          QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
          QStringLiteral("canceled"), QStringLiteral("received"), QStringLiteral("read")}},
        {QStringLiteral("accepted"),
         {QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("receiving"),
          QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("undelivered"),
          QStringLiteral("failed"), QStringLiteral("canceled"), QStringLiteral("received"),
          QStringLiteral("read")}},
        {QStringLiteral("queued"),
         {QStringLiteral("sending"), QStringLiteral("receiving"), QStringLiteral("sent"),
          QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
          QStringLiteral("canceled"), QStringLiteral("received"), QStringLiteral("read")}},
        {QStringLiteral("sending"),
         {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("undelivered"),
          QStringLiteral("failed"), QStringLiteral("canceled"), QStringLiteral("received"),
          QStringLiteral("read")}},
        {QStringLiteral("sent"),
         {QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
          QStringLiteral("canceled"), QStringLiteral("received"), QStringLiteral("read")}},
        {QStringLiteral("delivered"), {QStringLiteral("read")}},
    };
    QMap<QString, QStringList> messages = messageForward;
    messages[QStringLiteral("scheduled")] = messageForward.value(QStringLiteral("accepted"));
    messages[QStringLiteral("receiving")] = messageForward.value(QStringLiteral("sending"));
    messages[QStringLiteral("bogus")] = messageForward.value(QString());

    const QStringList callsAll{
        QStringLiteral("queued"),      QStringLiteral("initiated"), QStringLiteral("ringing"),
        QStringLiteral("in-progress"), QStringLiteral("completed"), QStringLiteral("busy"),
        QStringLiteral("no-answer"),   QStringLiteral("failed"),    QStringLiteral("canceled")};
    QMap<QString, QStringList> calls;
    calls[QString()] = callsAll;
    calls[QStringLiteral("bogus")] = callsAll;
    for (int i = 0; i < 4; ++i)
        calls[callsAll[i]] = callsAll.mid(i + 1);

    for (Channel channel : channels) {
        const bool voice = channel == Channel::Voice;
        const QMap<QString, QStringList> &forward = voice ? calls : messages;
        QStringList all = DeliveryRules::statuses(channel);
        all << QString() << QStringLiteral("bogus");
        for (const QString &current : std::as_const(all)) {
            for (const QString &incoming : std::as_const(all)) {
                const bool expected = forward.value(current).contains(incoming);
                EXPECT_EQ(DeliveryRules::advances(channel, current, incoming), expected)
                    << int(channel) << " '" << current.toStdString() << "' -> '"
                    << incoming.toStdString() << "'";
                // Properties the table must satisfy: duplicates are no-ops, never both ways,
                // never backwards, finals stay (except delivered → read).
                if (current == incoming) {
                    EXPECT_FALSE(expected);
                }
                if (expected) {
                    EXPECT_FALSE(forward.value(incoming).contains(current));
                    EXPECT_GT(DeliveryRules::statusRank(channel, incoming),
                              DeliveryRules::statusRank(channel, current));
                }
                if (DeliveryRules::isFinal(channel, current) && expected) {
                    EXPECT_EQ(current, QStringLiteral("delivered"));
                    EXPECT_EQ(incoming, QStringLiteral("read"));
                }
            }
        }
    }
}

TEST(DeliveryRules, VerdictNamesAreDistinct)
{
    QSet<QString> names;
    for (Verdict verdict :
         {V::InFlight, V::Delivered, V::RetrySameSender, V::NextSender, V::DisablePairNextSender,
          V::NextChannel, V::NotAnswered, V::Permanent}) {
        const QString name = verdictName(verdict);
        EXPECT_FALSE(name.isEmpty());
        names.insert(name);
    }
    EXPECT_EQ(names.size(), 8);
    EXPECT_EQ(verdictName(V::DisablePairNextSender), QStringLiteral("disable_pair_next_sender"));
}
