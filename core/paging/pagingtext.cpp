// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "pagingtext.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <mutex>

static void initPagingTranslationResources()
{
    // The .qm files are embedded into vortex_core (translations/CMakeLists.txt); a static library
    // registers its resources only when asked.
    Q_INIT_RESOURCE(vortex_translations);
}

namespace Vortex::Core::Paging::PagingText {

namespace {

const QString English = QStringLiteral("en");

QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/vortex_%1.qm").arg(language);
}

/// "de-DE", "de_AT", "DE" → "de"; "" → "en".
QString primaryTag(const QString &language)
{
    QString tag = language.trimmed().toLower();
    static const QRegularExpression separator(QStringLiteral("[-_.@]"));
    const qsizetype cut = tag.indexOf(separator);
    if (cut >= 0)
        tag.truncate(cut);
    return tag.isEmpty() ? English : tag;
}

/// One translator per catalog language, loaded on first use and kept for the process's life:
/// recipients' languages are few, and QTranslator::translate is safe to call concurrently once
/// loaded.
class Catalogs
{
public:
    Catalogs() { std::call_once(s_resources, initPagingTranslationResources); }

    QString catalogFor(const QString &language)
    {
        const QString tag = primaryTag(language);
        if (tag == English)
            return English;
        QMutexLocker lock(&m_mutex);
        return loadLocked(tag) ? tag : English;
    }

    const QTranslator *translator(const QString &catalog)
    {
        QMutexLocker lock(&m_mutex);
        return loadLocked(catalog) ? m_translators.value(catalog).get() : nullptr;
    }

private:
    bool loadLocked(const QString &tag)
    {
        if (const auto it = m_translators.constFind(tag); it != m_translators.constEnd())
            return it.value() != nullptr;
        std::shared_ptr<QTranslator> translator;
        auto candidate = std::make_shared<QTranslator>();
        if (QFile::exists(qmPath(tag)) && candidate->load(qmPath(tag)))
            translator = std::move(candidate);
        m_translators.insert(tag, translator);
        return translator != nullptr;
    }

    static inline std::once_flag s_resources;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<QTranslator>> m_translators; // null: no catalog
};

Catalogs &catalogs()
{
    static Catalogs instance;
    return instance;
}

QString replacePercentN(QString text, const QString &catalog, int n)
{
    if (n < 0)
        return text;
    text.replace(QStringLiteral("%Ln"), QLocale(catalog).toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

QString catalogLanguage(const QString &language)
{
    return catalogs().catalogFor(language);
}

QString translate(const QString &language, const char *context, const char *source, int n)
{
    const QString catalog = catalogs().catalogFor(language);
    QString text;
    if (const QTranslator *translator = catalogs().translator(catalog))
        text = translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return replacePercentN(text, catalog, n);
}

QString tr(const QString &language, const char *source, int n)
{
    return translate(language, "PagingText", source, n);
}

} // namespace Vortex::Core::Paging::PagingText
