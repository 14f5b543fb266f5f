// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "relayeventwriter.h"

#include "core/relay/relayeventstore.h"

namespace Vortex::Core::Relay {

RelayEventWriter::RelayEventWriter(QString filePath)
    : m_filePath(std::move(filePath))
{}

RelayEventWriter::~RelayEventWriter()
{
    if (m_store)
        m_store->close();
}

QString RelayEventWriter::ensureStore()
{
    if (m_store)
        return {};
    auto store = std::make_unique<RelayEventStore>(m_filePath);
    auto opened = store->open();
    if (!opened)
        return opened.error();
    m_store = std::move(store);
    return {};
}

void RelayEventWriter::storeVoiceScript(quint64 requestId, const QString &id,
                                        const QByteArray &json)
{
    QString error = ensureStore();
    if (error.isEmpty()) {
        auto stored = m_store->putVoiceScript(id, json);
        if (!stored)
            error = stored.error();
    }
    Q_EMIT voiceScriptStored(requestId, error);
}

void RelayEventWriter::commit(quint64 batchId, QList<RelayEvent> events)
{
    RelayBatchOutcome outcome;
    outcome.batchId = batchId;
    outcome.error = ensureStore();
    if (m_store) {
        auto stored = m_store->appendBatch(events);
        if (stored)
            outcome.fresh = stored.value();
        else
            outcome.error = stored.error();
    }
    outcome.events = std::move(events);
    Q_EMIT committed(outcome);
}

} // namespace Vortex::Core::Relay
