// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/relay/relayevent.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Vortex::Core::Relay {

class RelayEventStore;

/// What became of one group-commit batch: the events (with ids for the new ones), which of
/// them were new, or the error (then nothing of the batch was stored).
struct RelayBatchOutcome
{
    quint64 batchId = 0;
    QList<RelayEvent> events;
    QList<bool> fresh;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Commits batches to the event store on its own thread, so that the HTTP thread keeps
/// reading and checking webhooks while SQLite waits for fsync. Lives on the writer thread;
/// opens its own connection there on first use.
class RelayEventWriter : public QObject
{
    Q_OBJECT
public:
    explicit RelayEventWriter(QString filePath);
    ~RelayEventWriter() override;

    /// Stores \a events in one transaction and emits committed(). Call on the writer thread.
    void commit(quint64 batchId, QList<Vortex::Core::Relay::RelayEvent> events);
    /// Stores (or replaces) a voice script and emits voiceScriptStored(). Call on the writer
    /// thread; it is ordered with the batches.
    void storeVoiceScript(quint64 requestId, const QString &id, const QByteArray &json);

Q_SIGNALS:
    void committed(const Vortex::Core::Relay::RelayBatchOutcome &outcome);
    /// \a error is empty when the script is stored.
    void voiceScriptStored(quint64 requestId, const QString &error);

private:
    /// Opens this thread's connection on first use; empty on success.
    QString ensureStore();

    QString m_filePath;
    std::unique_ptr<RelayEventStore> m_store;
};

} // namespace Vortex::Core::Relay

Q_DECLARE_METATYPE(Vortex::Core::Relay::RelayBatchOutcome)
