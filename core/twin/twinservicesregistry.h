// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>

namespace Vortex::Core::Twin {

struct TwinContext;

/// One sender in a Messaging Service's pool.
struct ServiceSender
{
    enum class Kind { PhoneNumber, ShortCode, Alpha, Channel };
    Kind kind = Kind::PhoneNumber;
    QString sid;     ///< PN…, SC…, AI…, XE…
    QString address; ///< "+E164", "12345", "Vortex", "whatsapp:+E164"
    QString country; ///< ISO region; empty for alphanumeric senders
    QDateTime created;
};

/// A Messaging Service (messaging v1) and its sender pool.
struct MessagingService
{
    QString sid;
    QString friendlyName;
    QString inboundRequestUrl;
    QString inboundMethod = QStringLiteral("POST");
    QString fallbackUrl;
    QString fallbackMethod = QStringLiteral("POST");
    QString statusCallback;
    bool stickySender = true;
    bool mmsConverter = true;
    bool smartEncoding = true;
    QString scanMessageContent = QStringLiteral("inherit");
    bool fallbackToLongCode = true;
    bool areaCodeGeomatch = true;
    bool synchronousValidation = true;
    int validityPeriod = 14400;
    QString usecase = QStringLiteral("undeclared");
    bool useInboundWebhookOnNumber = false;
    QDateTime created;
    QDateTime updated;
    QList<ServiceSender> senders;   ///< in the order they were added
    QHash<QString, QString> sticky; ///< To → sender address (Sticky Sender)
};

/// The outcome of picking a sender: an address, or the error code the message fails with.
struct SenderPick
{
    QString from;
    int errorCode = 0;
};

/// The twin account's Messaging Services, the senders it owns (each owned number has a PN sid
/// and is also a WhatsApp sender with an XE sid; short codes are added through the control
/// API), and the sender-selection rules of docs/twin.md.
class TwinServicesRegistry
{
public:
    explicit TwinServicesRegistry(const TwinContext &context);

    MessagingService &create();
    MessagingService *find(const QString &sid);
    bool remove(const QString &sid);
    QList<const MessagingService *> all() const;

    /// Owned senders. Sids are derived from the account and address (stable across restarts).
    QString phoneNumberSid(const QString &number) const;
    QString channelSenderSid(const QString &number) const;
    QString ownedNumberForSid(const QString &sid) const;   ///< PN… → "+E164"
    QString ownedWhatsAppForSid(const QString &sid) const; ///< XE… → "whatsapp:+E164"
    /// Adds a short code bound to \a country; returns its SC sid.
    QString addShortCode(const QString &code, const QString &country);
    bool isShortCode(const QString &address) const;
    QString shortCodeCountry(const QString &sid, QString *code) const;
    QJsonObject ownedSendersJson() const;

    /// The services whose pool contains \a address (a bare number or "whatsapp:+…").
    QStringList servicesWith(const QString &address) const;

    /// Picks the sender for a message to \a to (E.164 or "whatsapp:+E164").
    SenderPick pick(MessagingService &service, const QString &to) const;

    QJsonObject toJson(const MessagingService &service) const;
    QJsonObject toJson(const MessagingService &service, const ServiceSender &sender) const;
    static QString collection(ServiceSender::Kind kind); ///< "PhoneNumbers", …
    static QString isoDate(const QDateTime &utc);        ///< "2015-07-30T20:12:31Z"

private:
    QString derivedSid(const QString &prefix, const QString &address) const;
    static bool reaches(const ServiceSender &sender, const QString &toRegion, bool whatsapp);

    const TwinContext &m_context;
    std::map<QString, MessagingService> m_services; // by sid
    QList<QString> m_order;
    struct ShortCode
    {
        QString code;
        QString country;
    };
    QHash<QString, ShortCode> m_shortCodes; // by SC sid
};

} // namespace Vortex::Core::Twin
