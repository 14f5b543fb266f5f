// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"
#include "twinmodule.h"
#include "twintwiml.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Vortex::Core::Twin {

class TwinTwimlFetcher;

/// Runs the TwiML of one answered call on the twin clock: fetches the document (signed), speaks
/// <Say> into the callee's phone inbox, waits out <Pause>, collects DTMF at <Gather> (from the
/// scripted person or the control API) and posts it to the action, follows <Redirect>, and ends
/// at <Hangup/> or the end of the document. A fetch failure ends the call with 11200 (11750,
/// 12300), an unparsable document with 12100.
class TwinTwimlSession : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString callSid;
        QString from;
        QString to;
        QString url; ///< the TwiML URL, or "" with inline twiml
        QString method = QStringLiteral("POST");
        QString twiml;
        Twilio::FormParams voiceParams; ///< the standard params of every voice request
        QStringList digitGroups;        ///< what the callee presses at the 1st, 2nd… <Gather>
    };

    TwinTwimlSession(const TwinContext &context, TwinTwimlFetcher *fetcher, Setup setup,
                     QObject *parent = nullptr);

    void start();
    /// The call ended from outside (API update, caller hung up): stop without emitting ended().
    void stop();
    /// DTMF from the callee: feeds the running <Gather>, or waits for the next one.
    void pressDigits(const QString &digits);

    bool isRunning() const { return m_running; }
    bool isFetching() const { return m_fetching; }
    bool inGather() const { return m_gather.has_value(); }
    /// What was said and pressed, in order (the control API's transcript).
    QJsonArray transcript() const { return m_transcript; }

    static constexpr int PersonPressDelayMs = 1000; ///< after the prompts, the callee types
    static constexpr int PlayMs = 3000;             ///< a <Play> takes this long in the twin
    static constexpr int InfiniteLoop = 10;         ///< loop="0" repeats this often here

Q_SIGNALS:
    /// The document hung up (0) or failed (11200, 11750, 12100, 12300).
    void ended(int errorCode);

private:
    struct Gather
    {
        TwimlVerb verb;
        int child = 0;
        QString collected;
    };

    void load(const QByteArray &xml, const QString &documentUrl);
    void fetchDocument(const QString &url, const QString &method, const Twilio::FormParams &params);
    void runNext();
    /// Speaks a <Say> (all its loops); returns the twin time it takes.
    qint64 speak(const TwimlVerb &verb);
    void startGather(const TwimlVerb &verb);
    void runPrompt();
    void armGatherTimeout();
    void consumeDigits();
    void gatherTimedOut();
    void submit(QString digits, QString finishedOnKey); // by value: m_gather owns the input
    void finish(int errorCode);
    void cancelTimers();
    void note(const QString &kind, QJsonObject fields);
    QString resolve(const QString &url) const;

    const TwinContext &m_context;
    TwinTwimlFetcher *m_fetcher;
    Setup m_setup;
    QList<TwimlVerb> m_verbs;
    int m_index = 0;
    QString m_documentUrl;
    std::optional<Gather> m_gather;
    int m_gathersSeen = 0;
    QString m_buffer; ///< pressed keys not yet consumed by a <Gather>
    quint64 m_stepId = 0;
    quint64 m_timeoutId = 0;
    quint64 m_pressId = 0; ///< the scripted callee's keys for the running <Gather>
    bool m_running = false;
    bool m_fetching = false;
    QJsonArray m_transcript;
};

} // namespace Vortex::Core::Twin
