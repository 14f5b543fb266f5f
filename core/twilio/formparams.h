// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Twilio {

/// An ordered form body. Keys may repeat (StatusCallbackEvent=a&StatusCallbackEvent=b) and may
/// contain '<' or '>' (DateSent>).
class FormParams
{
public:
    FormParams() = default;
    FormParams(std::initializer_list<QPair<QString, QString>> items);

    void add(const QString &key, const QString &value);
    /// Adds the pair only when value is not empty.
    void addIfSet(const QString &key, const QString &value);
    QString value(const QString &key, const QString &fallback = {}) const;
    QStringList values(const QString &key) const;
    bool contains(const QString &key) const;
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const QList<QPair<QString, QString>> &items() const { return m_items; }

    /// application/x-www-form-urlencoded, UTF-8; space as %20.
    QByteArray encode() const;
    /// Decodes a form body or query string; '+' is a space. Returns false on malformed escapes.
    static bool decode(const QByteArray &body, FormParams *out);

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace Vortex::Core::Twilio
