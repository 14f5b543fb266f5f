// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "formparams.h"

#include <QUrl>

namespace Vortex::Core::Twilio {

namespace {

bool percentDecode(QByteArray part, QString *out)
{
    part.replace('+', ' ');
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i) != '%')
            continue;
        if (i + 2 >= part.size() || !std::isxdigit(static_cast<unsigned char>(part.at(i + 1)))
            || !std::isxdigit(static_cast<unsigned char>(part.at(i + 2))))
            return false;
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(part);
    *out = QString::fromUtf8(decoded);
    // A body that is not UTF-8 decodes to replacement characters; Twilio only sends UTF-8.
    return !out->contains(QChar::ReplacementCharacter) || decoded.contains("\xEF\xBF\xBD");
}

} // namespace

FormParams::FormParams(std::initializer_list<QPair<QString, QString>> items)
    : m_items(items)
{}

void FormParams::add(const QString &key, const QString &value)
{
    m_items.append({key, value});
}

void FormParams::addIfSet(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        add(key, value);
}

QString FormParams::value(const QString &key, const QString &fallback) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return fallback;
}

QStringList FormParams::values(const QString &key) const
{
    QStringList result;
    for (const auto &item : m_items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

bool FormParams::contains(const QString &key) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&key](const auto &item) { return item.first == key; });
}

QByteArray FormParams::encode() const
{
    QByteArray body;
    for (const auto &item : m_items) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(item.first));
        body.append('=');
        body.append(QUrl::toPercentEncoding(item.second));
    }
    return body;
}

bool FormParams::decode(const QByteArray &body, FormParams *out)
{
    FormParams result;
    if (!body.isEmpty()) {
        for (const QByteArray &pair : body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QString key;
            QString value;
            if (!percentDecode(eq < 0 ? pair : pair.left(eq), &key))
                return false;
            if (eq >= 0 && !percentDecode(pair.mid(eq + 1), &value))
                return false;
            if (key.isEmpty())
                return false;
            result.add(key, value);
        }
    }
    *out = std::move(result);
    return true;
}

} // namespace Vortex::Core::Twilio
