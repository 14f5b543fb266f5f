// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Vortex::Core {

/// One message as the console shows it: Twilio's view merged with the relay's callbacks.
struct MessageRecord
{
    QString sid;       ///< "SM…"
    QString direction; ///< "outbound-api", "inbound", …
    QString from;
    QString to;
    QString body;
    QString status; ///< Twilio's status string: queued, sent, delivered, undelivered, failed, …
    int errorCode = 0; ///< 0 when none
    QString errorMessage;
    int numSegments = 0;
    QString price; ///< Twilio's negative decimal string, empty until billed
    QString priceUnit;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QDateTime dateSent;

    bool isFinal() const;
};

enum class Connectivity { Unknown, Connecting, Online, Degraded, Offline };

struct ConnectivityState
{
    Connectivity state = Connectivity::Unknown;
    QString detail; ///< plain text for a tooltip, already translated where it is user-facing
    QDateTime since;
};

/// The result of one "Send test page" request.
struct SendOutcome
{
    quint64 requestId = 0;
    bool ok = false;
    QString sid;        ///< set when Twilio accepted the message
    int twilioCode = 0; ///< Twilio error code when Twilio refused it
    QString errorText;  ///< what went wrong, for the user
};

/// Ranks statuses so that a late callback never moves a message backwards.
int statusRank(const QString &status);

/// Sets \a field to \a value unless \a value is empty (equal to a default-constructed one).
template<typename T>
void takeIfSet(T &field, const T &value)
{
    if (value != T())
        field = value;
}

/// The part of the merge rule that messages and calls share (mergeMessageRecords(),
/// Store::mergeCallRecords()), applied to \a out, a copy of \a existing: non-empty direction,
/// addresses and price fill in or replace; the later dateUpdated wins; the status (with its
/// error) changes only to a higher \a rank, and the same status again may fill in its error.
template<typename Record>
void mergeSharedFields(Record &out, const Record &existing, const Record &incoming,
                       int (*rank)(const QString &))
{
    takeIfSet(out.direction, incoming.direction);
    takeIfSet(out.from, incoming.from);
    takeIfSet(out.to, incoming.to);
    takeIfSet(out.price, incoming.price);
    takeIfSet(out.priceUnit, incoming.priceUnit);
    if (incoming.dateUpdated.isValid()
        && (!out.dateUpdated.isValid() || incoming.dateUpdated > out.dateUpdated))
        out.dateUpdated = incoming.dateUpdated;
    if (rank(incoming.status) > rank(existing.status)) {
        out.status = incoming.status;
        out.errorCode = incoming.errorCode;
        out.errorMessage = incoming.errorMessage;
    } else if (!incoming.status.isEmpty() && incoming.status == existing.status) {
        takeIfSet(out.errorCode, incoming.errorCode);
        takeIfSet(out.errorMessage, incoming.errorMessage);
    }
}

/// The one merge rule for message updates, used by the store and the UI model alike: non-empty
/// incoming fields fill in or replace, and the status (with its error) changes only to a higher
/// rank — a late or duplicated callback can never move a message backwards.
MessageRecord mergeMessageRecords(const MessageRecord &existing, const MessageRecord &incoming);

} // namespace Vortex::Core

Q_DECLARE_METATYPE(Vortex::Core::MessageRecord)
Q_DECLARE_METATYPE(Vortex::Core::ConnectivityState)
Q_DECLARE_METATYPE(Vortex::Core::SendOutcome)
