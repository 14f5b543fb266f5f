// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Vortex::Test {

/// One row of a conformance table: a request, what status it must get, and how to check the
/// answer (the operation's OpenAPI response schema, or Twilio's error shape for error rows).
/// Paths, form values and JSON bodies may hold {placeholders} that earlier rows filled in.
struct OpenApiOperation
{
    using Values = QHash<QString, QString>;

    QString name;
    QByteArray method;
    QString path; ///< host-relative, may carry a query string
    QList<QPair<QString, QString>> form = {};
    QByteArray json = {};          ///< a JSON body instead of the form (Content API)
    int status = 200;              ///< expected HTTP status
    int errorCode = 0;             ///< != 0: an error row
    bool dictionaryMessage = true; ///< error rows: message must be the dictionary's text
    QString remember = {};         ///< stores the answer's "sid" as {remember}
    std::function<void(Values &)> before = {}; ///< runs first (advance a clock, look up a SID)

    using Form = QList<QPair<QString, QString>>;
    /// A row that must succeed with \a status and match the spec.
    static OpenApiOperation success(const QString &name, const QByteArray &method,
                                    const QString &path, const Form &form = {}, int status = 200,
                                    const QString &remember = {})
    {
        return {name, method, path, form, {}, status, 0, true, remember};
    }
    /// A row that must fail with \a status / \a code in Twilio's error shape.
    static OpenApiOperation error(const QString &name, const QByteArray &method,
                                  const QString &path, const Form &form, int status, int code,
                                  bool dictionaryMessage = true)
    {
        return {name, method, path, form, {}, status, code, dictionaryMessage};
    }

    OpenApiOperation &then(std::function<void(Values &)> step)
    {
        before = std::move(step);
        return *this;
    }
};

} // namespace Vortex::Test
