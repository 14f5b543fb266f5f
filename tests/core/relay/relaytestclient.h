// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Vortex::Test {

/// A blocking-for-tests HTTP helper over QNetworkAccessManager (spins the event loop).
struct HttpReply
{
    int status = 0; ///< 0 = no HTTP answer (network error or timeout)
    QByteArray body;
    QByteArray contentType;
};

class RelayTestClient
{
public:
    HttpReply post(const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 10000);
    HttpReply get(const QUrl &url, const QByteArray &bearer = {}, int timeoutMs = 10000);
    HttpReply put(const QUrl &url, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs = 10000);

    /// A Twilio-style status callback form for \a sid.
    static Core::Twilio::FormParams statusForm(const QString &sid, const QString &status,
                                               const QString &errorCode = {});
    static Core::Twilio::FormParams inboundForm(const QString &sid, const QString &body);
    /// A Twilio-style call status callback form (SequenceNumber \a sequence).
    static Core::Twilio::FormParams callStatusForm(const QString &callSid, const QString &status,
                                                   int sequence);
    /// What Twilio posts to a Gather's action after the keys \a digits.
    static Core::Twilio::FormParams gatherForm(const QString &callSid, const QString &digits);
    /// A SID "SM" + 32 hex digits derived from \a n.
    static QString messageSid(int n);
    /// A SID "CA" + 32 hex digits derived from \a n.
    static QString callSid(int n);
    /// Posts \a form signed over \a signedUrl to \a target.
    HttpReply postSigned(const QUrl &target, const QString &signedUrl,
                         const Core::Twilio::FormParams &form, const QByteArray &authToken);

    QNetworkAccessManager &network() { return m_network; }

private:
    HttpReply wait(class QNetworkReply *reply, int timeoutMs);
    QNetworkAccessManager m_network;
};

} // namespace Vortex::Test
