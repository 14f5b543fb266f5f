// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingtypes.h"

#include "core/phone/phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <utility>

namespace Vortex::Core::Paging {

namespace {

// One table per enum keeps name() and fromName() from drifting apart.
template<typename E, std::size_t N>
QString nameIn(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &name)
{
    for (const auto &[key, text] : table) {
        if (name == QStringView(text))
            return key;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Channel, const char16_t *>, 3> ChannelNames{{
    {Channel::Sms, u"sms"},
    {Channel::Voice, u"voice"},
    {Channel::WhatsApp, u"whatsapp"},
}};

constexpr std::array<std::pair<Severity, const char16_t *>, 4> SeverityNames{{
    {Severity::Sev1, u"sev1"},
    {Severity::Sev2, u"sev2"},
    {Severity::Sev3, u"sev3"},
    {Severity::Sev4, u"sev4"},
}};

constexpr std::array<std::pair<IncidentState, const char16_t *>, 4> IncidentStateNames{{
    {IncidentState::Triggered, u"triggered"},
    {IncidentState::Acknowledged, u"acknowledged"},
    {IncidentState::Snoozed, u"snoozed"},
    {IncidentState::Resolved, u"resolved"},
}};

constexpr std::array<std::pair<SenderKind, const char16_t *>, 5> SenderKindNames{{
    {SenderKind::ShortCode, u"short_code"},
    {SenderKind::LongCode, u"long_code"},
    {SenderKind::Alphanumeric, u"alphanumeric"},
    {SenderKind::MessagingService, u"messaging_service"},
    {SenderKind::WhatsApp, u"whatsapp"},
}};

constexpr std::array<std::pair<StepKind, const char16_t *>, 3> StepKindNames{{
    {StepKind::PageTier, u"page_tier"},
    {StepKind::VoiceFollowUp, u"voice_follow_up"},
    {StepKind::SnoozeExpiry, u"snooze_expiry"},
}};

constexpr std::array<std::pair<DeliveryState, const char16_t *>, 5> DeliveryStateNames{{
    {DeliveryState::Pending, u"pending"},
    {DeliveryState::Submitting, u"submitting"},
    {DeliveryState::Submitted, u"submitted"},
    {DeliveryState::Failed, u"failed"},
    {DeliveryState::Cancelled, u"cancelled"},
}};

/// "path: problem" — the path names the field the way the JSON config spells it.
QString problem(const QString &path, const QString &text)
{
    return path + QStringLiteral(": ") + text;
}

bool isE164(const QString &number)
{
    PhoneNumber parsed;
    return PhoneNumbers::parseE164(number, &parsed);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

void checkNumber(const QString &path, const QString &number, QStringList &problems)
{
    if (!number.isEmpty() && !isE164(number))
        problems.append(
            problem(path, QCoreApplication::translate("PagingValidation",
                                                      "\"%1\" is not a valid E.164 phone number")
                              .arg(number)));
}

/// Empty when \a sender is well-formed, otherwise what is wrong with its address.
QString senderProblem(const Sender &sender)
{
    const QString &address = sender.address;
    switch (sender.kind) {
    case SenderKind::ShortCode: {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{3,8}$"));
        if (!digits.match(address).hasMatch())
            return QCoreApplication::translate("PagingValidation",
                                               "a short code is 3 to 8 digits, not \"%1\"")
                .arg(address);
        return {};
    }
    case SenderKind::LongCode:
        if (!isE164(address))
            return QCoreApplication::translate(
                       "PagingValidation", "a long code is a valid E.164 phone number, not \"%1\"")
                .arg(address);
        return {};
    case SenderKind::Alphanumeric: {
        static const QRegularExpression alpha(QStringLiteral("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$"));
        if (!alpha.match(address).hasMatch())
            return QCoreApplication::translate(
                       "PagingValidation",
                       "an alphanumeric sender is 1 to 11 letters, digits or spaces with at least "
                       "one letter, not \"%1\"")
                .arg(address);
        return {};
    }
    case SenderKind::MessagingService: {
        static const QRegularExpression sid(QStringLiteral("^MG[0-9a-fA-F]{32}$"));
        if (!sid.match(address).hasMatch())
            return QCoreApplication::translate(
                       "PagingValidation",
                       "a Messaging Service SID is MG followed by 32 hex digits, not \"%1\"")
                .arg(address);
        return {};
    }
    case SenderKind::WhatsApp: {
        const QString prefix = QStringLiteral("whatsapp:");
        if (!address.startsWith(prefix) || !isE164(address.mid(prefix.size())))
            return QCoreApplication::translate(
                       "PagingValidation",
                       "a WhatsApp sender is \"whatsapp:\" and a valid E.164 phone number, not "
                       "\"%1\"")
                .arg(address);
        return {};
    }
    }
    return QCoreApplication::translate("PagingValidation", "unknown sender kind");
}

void checkRouting(const Recipient &recipient, QStringList &problems)
{
    const RoutingPolicy &routing = recipient.routing;
    if (routing.channelOrder.isEmpty())
        problems.append(problem(
            QStringLiteral("routing.channelOrder"),
            QCoreApplication::translate("PagingValidation", "at least one channel is needed")));
    QList<Channel> seen;
    for (qsizetype i = 0; i < routing.channelOrder.size(); ++i) {
        const Channel channel = routing.channelOrder.at(i);
        const QString path = QStringLiteral("routing.channelOrder[%1]").arg(i);
        if (seen.contains(channel)) {
            problems.append(problem(path, QCoreApplication::translate(
                                              "PagingValidation", "channel \"%1\" is listed twice")
                                              .arg(channelName(channel))));
            continue;
        }
        seen.append(channel);
        if (recipient.numberFor(channel).isEmpty())
            problems.append(
                problem(path, QCoreApplication::translate(
                                  "PagingValidation", "there is no phone number for channel \"%1\"")
                                  .arg(channelName(channel))));
    }

    for (qsizetype i = 0; i < routing.quietHours.size(); ++i) {
        const QuietWindow &window = routing.quietHours.at(i);
        const QString path = QStringLiteral("routing.quietHours[%1]").arg(i);
        if (window.dayOfWeek < 1 || window.dayOfWeek > 7)
            problems.append(
                problem(path + QStringLiteral(".day"),
                        QCoreApplication::translate("PagingValidation",
                                                    "day must be 1 (Monday) to 7 (Sunday), not %1")
                            .arg(window.dayOfWeek)));
        if (!window.start.isValid())
            problems.append(
                problem(path + QStringLiteral(".start"),
                        QCoreApplication::translate("PagingValidation", "not a valid time")));
        if (!window.end.isValid())
            problems.append(
                problem(path + QStringLiteral(".end"),
                        QCoreApplication::translate("PagingValidation", "not a valid time")));
        if (window.start.isValid() && window.end.isValid() && window.start == window.end)
            problems.append(
                problem(path, QCoreApplication::translate("PagingValidation",
                                                          "start and end are the same time")));
    }

    for (qsizetype i = 0; i < routing.rateCaps.size(); ++i) {
        const RateCap &cap = routing.rateCaps.at(i);
        const QString path = QStringLiteral("routing.rateCaps[%1]").arg(i);
        if (cap.maxPages < 1)
            problems.append(
                problem(path + QStringLiteral(".max"),
                        QCoreApplication::translate("PagingValidation", "at least 1 page, not %1")
                            .arg(cap.maxPages)));
        if (cap.windowMinutes < 1 || cap.windowMinutes > 10080)
            problems.append(problem(path + QStringLiteral(".minutes"),
                                    QCoreApplication::translate(
                                        "PagingValidation", "1 to 10080 minutes (one week), not %1")
                                        .arg(cap.windowMinutes)));
    }

    static const QRegularExpression regionPattern(QStringLiteral("^([A-Z]{2}|\\*)$"));
    QSet<QString> regions;
    for (qsizetype i = 0; i < routing.senders.size(); ++i) {
        const SenderRoute &route = routing.senders.at(i);
        const QString path = QStringLiteral("routing.senders[%1]").arg(i);
        if (!regionPattern.match(route.region).hasMatch())
            problems.append(problem(path + QStringLiteral(".region"),
                                    QCoreApplication::translate(
                                        "PagingValidation",
                                        "a region is two capital letters (ISO 3166) or \"*\", not "
                                        "\"%1\"")
                                        .arg(route.region)));
        else if (regions.contains(route.region))
            problems.append(problem(
                path + QStringLiteral(".region"),
                QCoreApplication::translate("PagingValidation", "region \"%1\" has two routes")
                    .arg(route.region)));
        regions.insert(route.region);
        if (route.senders.isEmpty())
            problems.append(problem(
                path + QStringLiteral(".senders"),
                QCoreApplication::translate("PagingValidation", "at least one sender is needed")));
        for (qsizetype j = 0; j < route.senders.size(); ++j) {
            const QString text = senderProblem(route.senders.at(j));
            if (!text.isEmpty())
                problems.append(
                    problem(path + QStringLiteral(".senders[%1].address").arg(j), text));
        }
    }
}

} // namespace

QString channelName(Channel channel)
{
    return nameIn(ChannelNames, channel);
}

std::optional<Channel> channelFromName(const QString &name)
{
    return valueIn(ChannelNames, name);
}

QString severityName(Severity severity)
{
    return nameIn(SeverityNames, severity);
}

std::optional<Severity> severityFromName(const QString &name)
{
    return valueIn(SeverityNames, name);
}

QString incidentStateName(IncidentState state)
{
    return nameIn(IncidentStateNames, state);
}

std::optional<IncidentState> incidentStateFromName(const QString &name)
{
    return valueIn(IncidentStateNames, name);
}

QString senderKindName(SenderKind kind)
{
    return nameIn(SenderKindNames, kind);
}

std::optional<SenderKind> senderKindFromName(const QString &name)
{
    return valueIn(SenderKindNames, name);
}

QString stepKindName(StepKind kind)
{
    return nameIn(StepKindNames, kind);
}

std::optional<StepKind> stepKindFromName(const QString &name)
{
    return valueIn(StepKindNames, name);
}

QString deliveryStateName(DeliveryState state)
{
    return nameIn(DeliveryStateNames, state);
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    return valueIn(DeliveryStateNames, name);
}

QString Recipient::numberFor(Channel channel) const
{
    switch (channel) {
    case Channel::Sms:
        return smsNumber;
    case Channel::Voice:
        return voiceNumber.isEmpty() ? smsNumber : voiceNumber;
    case Channel::WhatsApp:
        return whatsappNumber;
    }
    return {};
}

QStringList Recipient::validate() const
{
    QStringList problems;
    if (!isValidId(id))
        problems.append(
            problem(QStringLiteral("id"),
                    QCoreApplication::translate(
                        "PagingValidation",
                        "an id is 1 to 64 characters of a-z, 0-9, \".\", \"_\" and \"-\", not "
                        "\"%1\"")
                        .arg(id)));
    if (name.trimmed().isEmpty())
        problems.append(
            problem(QStringLiteral("name"),
                    QCoreApplication::translate("PagingValidation", "a name is needed")));
    checkNumber(QStringLiteral("smsNumber"), smsNumber, problems);
    checkNumber(QStringLiteral("voiceNumber"), voiceNumber, problems);
    checkNumber(QStringLiteral("whatsappNumber"), whatsappNumber, problems);
    if (smsNumber.isEmpty() && voiceNumber.isEmpty() && whatsappNumber.isEmpty())
        problems.append(problem(QStringLiteral("smsNumber"),
                                QCoreApplication::translate(
                                    "PagingValidation", "at least one phone number is needed")));
    if (timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        problems.append(
            problem(QStringLiteral("timeZone"),
                    QCoreApplication::translate("PagingValidation", "unknown time zone \"%1\"")
                        .arg(timeZone)));
    if (language.trimmed().isEmpty())
        problems.append(
            problem(QStringLiteral("language"),
                    QCoreApplication::translate("PagingValidation", "a language is needed")));
    checkRouting(*this, problems);
    return problems;
}

QStringList EscalationPolicy::validate() const
{
    QStringList problems;
    if (!isValidId(id))
        problems.append(
            problem(QStringLiteral("id"),
                    QCoreApplication::translate(
                        "PagingValidation",
                        "an id is 1 to 64 characters of a-z, 0-9, \".\", \"_\" and \"-\", not "
                        "\"%1\"")
                        .arg(id)));
    if (name.trimmed().isEmpty())
        problems.append(
            problem(QStringLiteral("name"),
                    QCoreApplication::translate("PagingValidation", "a name is needed")));
    if (tiers.isEmpty())
        problems.append(problem(
            QStringLiteral("tiers"),
            QCoreApplication::translate("PagingValidation", "at least one tier is needed")));
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const EscalationTier &tier = tiers.at(i);
        const QString path = QStringLiteral("tiers[%1]").arg(i);
        if (tier.recipientIds.isEmpty())
            problems.append(problem(path + QStringLiteral(".recipients"),
                                    QCoreApplication::translate(
                                        "PagingValidation", "at least one recipient is needed")));
        QSet<QString> seen;
        for (qsizetype j = 0; j < tier.recipientIds.size(); ++j) {
            const QString &recipientId = tier.recipientIds.at(j);
            const QString itemPath = path + QStringLiteral(".recipients[%1]").arg(j);
            if (!isValidId(recipientId))
                problems.append(
                    problem(itemPath, QCoreApplication::translate(
                                          "PagingValidation", "\"%1\" is not a valid recipient id")
                                          .arg(recipientId)));
            else if (seen.contains(recipientId))
                problems.append(
                    problem(itemPath, QCoreApplication::translate(
                                          "PagingValidation", "recipient \"%1\" is listed twice")
                                          .arg(recipientId)));
            seen.insert(recipientId);
        }
        if (tier.waitMinutes < 1 || tier.waitMinutes > 1440)
            problems.append(
                problem(path + QStringLiteral(".waitMinutes"),
                        QCoreApplication::translate("PagingValidation", "1 to 1440 minutes, not %1")
                            .arg(tier.waitMinutes)));
    }
    if (repeatCount < 0 || repeatCount > 10)
        problems.append(problem(
            QStringLiteral("repeatCount"),
            QCoreApplication::translate("PagingValidation", "0 to 10, not %1").arg(repeatCount)));
    if (voiceAfterMinutes < 1 || voiceAfterMinutes > 1440)
        problems.append(
            problem(QStringLiteral("voiceAfterMinutes"),
                    QCoreApplication::translate("PagingValidation", "1 to 1440 minutes, not %1")
                        .arg(voiceAfterMinutes)));
    return problems;
}

} // namespace Vortex::Core::Paging
