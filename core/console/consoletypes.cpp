// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "consoletypes.h"

namespace Vortex::Core {

int statusRank(const QString &status)
{
    // Twilio's outbound order; terminal states share the top rank except read, which follows
    // delivered on WhatsApp. Unknown statuses rank lowest so they never overwrite known ones.
    static const QList<QPair<QString, int>> ranks = {{QStringLiteral("scheduled"), 1},
                                                     {QStringLiteral("accepted"), 2},
                                                     {QStringLiteral("queued"), 3},
                                                     {QStringLiteral("sending"), 4},
                                                     {QStringLiteral("sent"), 5},
                                                     {QStringLiteral("receiving"), 5},
                                                     {QStringLiteral("partially_delivered"), 6},
                                                     {QStringLiteral("undelivered"), 7},
                                                     {QStringLiteral("failed"), 7},
                                                     {QStringLiteral("canceled"), 7},
                                                     {QStringLiteral("received"), 7},
                                                     {QStringLiteral("delivered"), 8},
                                                     {QStringLiteral("read"), 9}};
    for (const auto &entry : ranks) {
        if (entry.first == status)
            return entry.second;
    }
    return 0;
}

MessageRecord mergeMessageRecords(const MessageRecord &existing, const MessageRecord &incoming)
{
    MessageRecord out = existing;
    mergeSharedFields(out, existing, incoming, &statusRank);
    takeIfSet(out.body, incoming.body);
    takeIfSet(out.numSegments, incoming.numSegments);
    takeIfSet(out.dateSent, incoming.dateSent);
    if (!out.dateCreated.isValid())
        out.dateCreated = incoming.dateCreated;
    return out;
}

bool MessageRecord::isFinal() const
{
    return statusRank(status) >= 7;
}

} // namespace Vortex::Core
