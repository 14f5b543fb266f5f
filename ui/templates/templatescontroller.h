// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtemplates.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

namespace Vortex::Ui {

class TemplateStoreWorker;

/// Where a template is stored: its kind and language.
struct TemplateKey
{
    Core::Paging::TemplateKind kind = Core::Paging::TemplateKind::SmsPage;
    QString language;

    friend bool operator==(const TemplateKey &, const TemplateKey &) = default;
};

/// The template editor's side of the paging store: a SqlitePagingStore of its own on a worker
/// thread (beside the engine's connection; WAL), answering with queued signals, so the UI
/// thread never touches the disk. The engine reads templates from the store for every page, so
/// a saved template words the next page.
class TemplatesController : public QObject
{
    Q_OBJECT

public:
    /// \a databasePath: the paging store (PanelContext::pagingDatabasePath).
    explicit TemplatesController(const QString &databasePath, QObject *parent = nullptr);
    ~TemplatesController() override;

    /// Reads the templates; answers with templatesChanged() or loadFailed().
    void reload();
    /// Stores \a tmpl; \a replaces (when it differs from \a tmpl's key) is removed in the same
    /// transaction, so changing a template's kind or language moves it. Answers with
    /// saveFinished() and, on success, templatesChanged(). Returns the request id.
    quint64 save(const Core::Paging::PagingTemplate &tmpl,
                 const std::optional<TemplateKey> &replaces = std::nullopt);
    /// Deletes the template stored under \a key; answers like save().
    quint64 remove(const TemplateKey &key);

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }
    /// The templates last read or written, sorted by kind then language.
    const QList<Core::Paging::PagingTemplate> &templates() const { return m_templates; }

Q_SIGNALS:
    void templatesChanged(const QList<Vortex::Core::Paging::PagingTemplate> &templates);
    void loadFailed(const QString &message);
    void saveFinished(quint64 request, bool ok, const QString &error);

private:
    QThread m_thread;
    TemplateStoreWorker *m_worker = nullptr; ///< lives on m_thread; deleted there
    QList<Core::Paging::PagingTemplate> m_templates;
    bool m_loaded = false;
    int m_pending = 0;
    quint64 m_nextRequest = 1;
};

} // namespace Vortex::Ui
