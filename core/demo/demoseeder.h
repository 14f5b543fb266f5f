// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "core/store/messagestore.h"
#include "demoendpoints.h"
#include "demohistory.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Vortex::Core::Twilio {
class TwilioClient;
class MessagePageJob;
struct Message;
} // namespace Vortex::Core::Twilio

namespace Vortex::Core::Demo {

/// What seeding did on this start, with how long each part took (wall clock).
struct DemoSeedReport
{
    bool seeded = false; ///< history was written on this start (false: it was already there)
    qint64 playMs = 0;   ///< the week on the twin's manual clock
    qint64 importMs = 0; ///< reading messages and calls over the twin's REST API (not storing)
    qint64 storeMs = 0;  ///< writing the console and paging stores
    qint64 messages = 0;
    qint64 calls = 0;
    qint64 incidents = 0;

    QJsonObject toJson() const;
};

/// Writes the demo's history into the console's stores on the first start of a demo data
/// folder: the twin's messages and calls, read through its REST API with the console's own
/// TwilioClient (following next_page_uri), go into console.sqlite; the on-call team's incidents
/// with their timelines and deliveries go into paging.sqlite through the PagingStore API; a
/// marker file (demo-history.json) then says it is done, so it never happens twice. Lives on a
/// worker thread (never the UI thread); run() is asynchronous and ends with finished() or
/// failed().
class DemoSeeder : public QObject
{
    Q_OBJECT

public:
    DemoSeeder(DemoEndpoints endpoints, HistoryResult history, DemoSeedReport report,
               QObject *parent = nullptr);
    ~DemoSeeder() override;

    void run();

    /// dataDir/demo-history.json: present once the history has been written.
    static QString markerPath(const QString &dataDir);
    static bool isSeeded(const QString &dataDir);
    /// The console store of a demo data folder (what DemoEndpoints::engineOptions() is given by
    /// the console) and the paging store beside it.
    static QString consoleStorePath(const QString &dataDir);
    static QString pagingStorePath(const QString &dataDir);

    /// Writes \a incidents into the paging store at \a path (recipients and policies of the
    /// embedded demo configuration first), in one transaction.
    static Result<int, QString> writePagingHistory(const QString &path,
                                                   const QList<HistoryIncident> &incidents);
    /// A Twilio message as the console stores it.
    static MessageRecord toRecord(const Twilio::Message &message);

Q_SIGNALS:
    void finished(const Vortex::Core::Demo::DemoSeedReport &report);
    void failed(const QString &reason);

private:
    void readMessages(Twilio::MessagePageJob *job);
    void readCalls(const QString &pageUri);
    void store();

    DemoEndpoints m_endpoints;
    HistoryResult m_history;
    DemoSeedReport m_report;
    Twilio::TwilioClient *m_client = nullptr;
    std::unique_ptr<Store::MessageStore> m_store; ///< open while the import runs
    QList<Store::CallRecord> m_calls;
    qint64 m_importStarted = 0;
};

} // namespace Vortex::Core::Demo
