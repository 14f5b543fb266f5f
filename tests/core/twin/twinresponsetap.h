// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vortex::Core::Twin {
class TwinServer;
}

namespace Vortex::Test {

class OpenApiCatalog;

/// The suite-wide conformance tap: records every API answer a twin gives (through
/// TwinServer::setResponseObserver; /_twin/ control answers are not API answers) and validates
/// them all against Twilio's OpenAPI specs: a 2xx body against its operation's response schema
/// (204: no body), an error body in Twilio's error shape with the dictionary's message unless
/// the code is one whose message Twilio itself makes specific (see messageOverride()).
class TwinResponseTap
{
public:
    struct Answer
    {
        QByteArray method;
        QString path;
        int status = 0;
        QByteArray body;
    };

    /// Starts recording \a twin's answers (replaces the twin's observer).
    void attach(Core::Twin::TwinServer *twin);
    const QList<Answer> &answers() const { return m_answers; }
    /// Every problem of every recorded answer ("GET /v1/Services 200: $.x: …"); empty: all conform.
    QStringList problems() const;
    /// Problems of one answer.
    static QStringList check(const Answer &answer);
    /// True when an error body may carry \a message for \a code instead of the dictionary's
    /// title: 20003 "Authenticate" (with "detail"), 20404 naming the resource, and the
    /// parameter errors whose message Twilio itself makes specific (the parameter or value).
    static bool messageOverride(int code, const QString &message);
    /// The five specs, loaded once per test process.
    static const OpenApiCatalog &catalog();

private:
    QList<Answer> m_answers;
};

} // namespace Vortex::Test
