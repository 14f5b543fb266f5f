// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "templatescontroller.h"

#include <core/paging/sqlitepagingstore.h>

#include <memory>

namespace Vortex::Ui {

using Core::Paging::PagingTemplate;
using Core::Paging::SqlitePagingStore;

/// Lives on the controller's worker thread and owns the store connection there.
class TemplateStoreWorker : public QObject
{
    Q_OBJECT

public:
    explicit TemplateStoreWorker(QString path)
        : m_path(std::move(path))
    {}

    void load()
    {
        if (auto opened = open(); !opened) {
            Q_EMIT loaded({}, opened.error());
            return;
        }
        auto list = m_store->templates();
        Q_EMIT loaded(list ? list.value() : QList<PagingTemplate>(),
                      list ? QString() : list.error());
    }

    void save(quint64 request, const PagingTemplate &tmpl,
              const std::optional<TemplateKey> &replaces)
    {
        write(request, [&]() -> Core::Result<Core::Done, QString> {
            const TemplateKey key{tmpl.kind, tmpl.language};
            if (replaces && !(*replaces == key)) {
                if (auto removed = m_store->removeTemplate(replaces->kind, replaces->language);
                    !removed)
                    return removed;
            }
            return m_store->upsertTemplate(tmpl);
        });
    }

    void remove(quint64 request, const TemplateKey &key)
    {
        write(request, [&]() -> Core::Result<Core::Done, QString> {
            return m_store->removeTemplate(key.kind, key.language);
        });
    }

Q_SIGNALS:
    void loaded(const QList<Vortex::Core::Paging::PagingTemplate> &templates, const QString &error);
    void written(quint64 request, const QString &error);

private:
    Core::Result<Core::Done, QString> open()
    {
        if (m_store)
            return Core::Done{};
        auto store = std::make_unique<SqlitePagingStore>(m_path);
        if (auto opened = store->open(); !opened)
            return opened;
        m_store = std::move(store);
        return Core::Done{};
    }

    template<typename F>
    void write(quint64 request, F &&change)
    {
        if (auto opened = open(); !opened) {
            Q_EMIT written(request, opened.error());
            return;
        }
        if (auto begun = m_store->begin(); !begun) {
            Q_EMIT written(request, begun.error());
            return;
        }
        if (auto changed = change(); !changed) {
            m_store->rollback();
            Q_EMIT written(request, changed.error());
            return;
        }
        if (auto committed = m_store->commit(); !committed) {
            Q_EMIT written(request, committed.error());
            return;
        }
        // The list first: whoever hears "written" finds it reloaded already.
        load();
        Q_EMIT written(request, QString());
    }

    QString m_path;
    std::unique_ptr<SqlitePagingStore> m_store;
};

TemplatesController::TemplatesController(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("vortex-templates"));
    m_worker = new TemplateStoreWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    // The store's connection belongs to the worker thread: it is closed there.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
        m_worker, &TemplateStoreWorker::loaded, this,
        [this](const QList<PagingTemplate> &templates, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT loadFailed(error);
                return;
            }
            m_templates = templates;
            m_loaded = true;
            Q_EMIT templatesChanged(m_templates);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &TemplateStoreWorker::written, this,
        [this](quint64 request, const QString &error) {
            m_pending = std::max(0, m_pending - 1);
            Q_EMIT saveFinished(request, error.isEmpty(), error);
        },
        Qt::QueuedConnection);
    m_thread.start();
}

TemplatesController::~TemplatesController()
{
    m_thread.quit();
    m_thread.wait();
}

void TemplatesController::reload()
{
    QMetaObject::invokeMethod(m_worker, &TemplateStoreWorker::load, Qt::QueuedConnection);
}

quint64 TemplatesController::save(const PagingTemplate &tmpl,
                                  const std::optional<TemplateKey> &replaces)
{
    const quint64 id = m_nextRequest++;
    ++m_pending;
    TemplateStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, tmpl, replaces] { worker->save(id, tmpl, replaces); },
        Qt::QueuedConnection);
    return id;
}

quint64 TemplatesController::remove(const TemplateKey &key)
{
    const quint64 id = m_nextRequest++;
    ++m_pending;
    TemplateStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, key] { worker->remove(id, key); }, Qt::QueuedConnection);
    return id;
}

} // namespace Vortex::Ui

#include "templatescontroller.moc"
