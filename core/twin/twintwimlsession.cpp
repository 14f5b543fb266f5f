// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twintwimlsession.h"

#include "twinclock.h"
#include "twinpeople.h"
#include "twintwimlfetcher.h"

#include <QUrl>

#include <algorithm>

namespace Vortex::Core::Twin {

namespace {

int intAttribute(const TwimlVerb &verb, const QString &key, int fallback)
{
    // Twilio bounds these (a loop of 1000 Says, a pause or timeout of hours is already absurd);
    // the twin clamps so one request can never keep it busy or fill a phone's inbox.
    constexpr int MaxAttribute = 1000;
    bool ok = false;
    const int value = verb.attribute(key).trimmed().toInt(&ok);
    return ok && value >= 0 ? std::min(value, MaxAttribute) : fallback;
}

QString methodOf(const TwimlVerb &verb)
{
    const QString method = verb.attribute(QStringLiteral("method")).trimmed().toUpper();
    return method == QLatin1String("GET") ? method : QStringLiteral("POST");
}

} // namespace

TwinTwimlSession::TwinTwimlSession(const TwinContext &context, TwinTwimlFetcher *fetcher,
                                   Setup setup, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_fetcher(fetcher)
    , m_setup(std::move(setup))
{}

void TwinTwimlSession::start()
{
    m_running = true;
    if (m_setup.url.isEmpty())
        load(m_setup.twiml.toUtf8(), {});
    else
        fetchDocument(m_setup.url, m_setup.method, m_setup.voiceParams);
}

void TwinTwimlSession::stop()
{
    m_running = false;
    cancelTimers();
}

void TwinTwimlSession::cancelTimers()
{
    if (m_stepId != 0)
        m_context.clock->cancel(m_stepId);
    if (m_timeoutId != 0)
        m_context.clock->cancel(m_timeoutId);
    if (m_pressId != 0)
        m_context.clock->cancel(m_pressId);
    m_stepId = 0;
    m_timeoutId = 0;
    m_pressId = 0;
}

void TwinTwimlSession::note(const QString &kind, QJsonObject fields)
{
    m_context.log(kind, m_setup.callSid, fields);
    fields.insert(QLatin1String("kind"), kind.mid(kind.indexOf(QLatin1Char('.')) + 1));
    fields.insert(QLatin1String("at_ms"), m_context.clock->nowMs());
    m_transcript.append(fields);
}

QString TwinTwimlSession::resolve(const QString &url) const
{
    const QUrl target(url);
    if (target.isRelative() && !m_documentUrl.isEmpty())
        return QUrl(m_documentUrl).resolved(target).toString();
    return url;
}

void TwinTwimlSession::fetchDocument(const QString &url, const QString &method,
                                     const Twilio::FormParams &params)
{
    const QUrl target(url);
    const QString scheme = target.scheme();
    if (target.isRelative() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || target.host().isEmpty()) {
        finish(11200);
        return;
    }
    // Only the path goes into the event log: ports of test servers differ from run to run.
    m_context.log(QStringLiteral("call.twiml"), m_setup.callSid,
                  {{QLatin1String("path"), target.path()}, {QLatin1String("method"), method}});
    m_fetching = true;
    m_fetcher->fetch(method, url, params, this, [this, url](const TwimlFetchResult &result) {
        m_fetching = false;
        if (!m_running)
            return;
        if (result.errorCode != 0) {
            finish(result.errorCode);
            return;
        }
        load(result.body, url);
    });
}

void TwinTwimlSession::load(const QByteArray &xml, const QString &documentUrl)
{
    auto verbs = TwinTwiml::parse(xml);
    if (!verbs) {
        finish(12100);
        return;
    }
    m_verbs = std::move(verbs).value();
    m_index = 0;
    m_documentUrl = documentUrl;
    runNext();
}

void TwinTwimlSession::runNext()
{
    m_stepId = 0;
    if (!m_running)
        return;
    if (m_index >= m_verbs.size()) {
        finish(0); // the end of the document hangs up
        return;
    }
    const TwimlVerb verb = m_verbs.at(m_index++);
    const auto next = [this](qint64 delayMs) {
        m_stepId = m_context.clock->schedule(delayMs, this, [this] { runNext(); });
    };
    if (verb.name == QLatin1String("Say")) {
        next(speak(verb));
    } else if (verb.name == QLatin1String("Pause")) {
        const int seconds = intAttribute(verb, QStringLiteral("length"), 1);
        note(QStringLiteral("call.pause"), {{QLatin1String("length"), seconds}});
        next(qint64(seconds) * 1000);
    } else if (verb.name == QLatin1String("Play")) {
        const int loop = intAttribute(verb, QStringLiteral("loop"), 1);
        note(QStringLiteral("call.play"), {{QLatin1String("loop"), loop}});
        next(qint64(PlayMs) * (loop == 0 ? InfiniteLoop : loop));
    } else if (verb.name == QLatin1String("Gather")) {
        startGather(verb);
    } else if (verb.name == QLatin1String("Redirect")) {
        note(QStringLiteral("call.redirect"), {});
        fetchDocument(resolve(verb.text), methodOf(verb), m_setup.voiceParams);
    } else if (verb.name == QLatin1String("Hangup") || verb.name == QLatin1String("Reject")) {
        finish(0);
    } else {
        // A verb the twin does not play (Dial, Record, …): Twilio's schema warning, then on.
        m_context.log(QStringLiteral("call.warning"), m_setup.callSid,
                      {{QLatin1String("error_code"), 12200}, {QLatin1String("verb"), verb.name}});
        next(0);
    }
}

qint64 TwinTwimlSession::speak(const TwimlVerb &verb)
{
    const int loop = intAttribute(verb, QStringLiteral("loop"), 1);
    const int times = loop == 0 ? InfiniteLoop : loop;
    const QString voice = verb.attribute(QStringLiteral("voice"), QStringLiteral("man"));
    const QString language = verb.attribute(QStringLiteral("language"), QStringLiteral("en-US"));
    const qint64 once = TwinTwiml::sayDurationMs(verb.text);
    const qint64 now = m_context.clock->nowMs();
    for (int i = 0; i < times; ++i) {
        m_context.people->recordReceived(m_setup.to,
                                         PhoneItem{now + i * once, QStringLiteral("call"),
                                                   m_setup.from, verb.text, m_setup.callSid});
    }
    note(QStringLiteral("call.say"), {{QLatin1String("text"), verb.text},
                                      {QLatin1String("voice"), voice},
                                      {QLatin1String("language"), language},
                                      {QLatin1String("loop"), times}});
    return once * times;
}

void TwinTwimlSession::startGather(const TwimlVerb &verb)
{
    m_gather = Gather{verb, 0, {}};
    // The scripted callee's keys for this <Gather> (the n-th group for the n-th Gather).
    const int ordinal = m_gathersSeen++;
    if (ordinal < m_setup.digitGroups.size() && !m_setup.digitGroups.at(ordinal).isEmpty()) {
        const QString keys = m_setup.digitGroups.at(ordinal);
        // They listen to the prompts first; typing starts once the prompts would have ended.
        qint64 promptMs = 0;
        for (const TwimlVerb &child : verb.children) {
            if (child.name == QLatin1String("Say"))
                promptMs += TwinTwiml::sayDurationMs(child.text)
                            * qMax(1, intAttribute(child, QStringLiteral("loop"), 1));
            else if (child.name == QLatin1String("Pause"))
                promptMs += qint64(intAttribute(child, QStringLiteral("length"), 1)) * 1000;
            else if (child.name == QLatin1String("Play"))
                promptMs += PlayMs;
        }
        m_pressId = m_context.clock->schedule(promptMs + PersonPressDelayMs, this, [this, keys] {
            m_pressId = 0;
            if (m_running && m_gather)
                pressDigits(keys);
        });
    }
    if (!m_buffer.isEmpty()) {
        consumeDigits(); // keys typed ahead end the prompts at once
        return;
    }
    runPrompt();
}

void TwinTwimlSession::runPrompt()
{
    m_stepId = 0;
    if (!m_running || !m_gather)
        return;
    const QList<TwimlVerb> &children = m_gather->verb.children;
    while (m_gather->child < children.size()) {
        const TwimlVerb &child = children.at(m_gather->child++);
        qint64 delayMs = -1;
        if (child.name == QLatin1String("Say")) {
            delayMs = speak(child);
        } else if (child.name == QLatin1String("Pause")) {
            const int seconds = intAttribute(child, QStringLiteral("length"), 1);
            note(QStringLiteral("call.pause"), {{QLatin1String("length"), seconds}});
            delayMs = qint64(seconds) * 1000;
        } else if (child.name == QLatin1String("Play")) {
            note(QStringLiteral("call.play"), {{QLatin1String("loop"), 1}});
            delayMs = PlayMs;
        }
        if (delayMs >= 0) {
            m_stepId = m_context.clock->schedule(delayMs, this, [this] { runPrompt(); });
            return;
        }
    }
    armGatherTimeout(); // prompts done: the silence timeout starts
}

void TwinTwimlSession::armGatherTimeout()
{
    if (m_timeoutId != 0)
        m_context.clock->cancel(m_timeoutId);
    const int seconds = intAttribute(m_gather->verb, QStringLiteral("timeout"), 5);
    m_timeoutId = m_context.clock->schedule(qint64(qMax(1, seconds)) * 1000, this, [this] {
        m_timeoutId = 0;
        gatherTimedOut();
    });
}

void TwinTwimlSession::pressDigits(const QString &digits)
{
    if (!m_running)
        return;
    m_context.log(QStringLiteral("call.digits"), m_setup.callSid,
                  {{QLatin1String("digits"), digits}});
    m_buffer += digits;
    if (m_gather)
        consumeDigits();
}

void TwinTwimlSession::consumeDigits()
{
    const QString input = m_gather->verb.attribute(QStringLiteral("input"), QStringLiteral("dtmf"));
    if (!input.contains(QLatin1String("dtmf")))
        return; // a speech-only Gather does not hear keys; they wait for the next one
    const QString finishOnKey = m_gather->verb.attributes.contains(QStringLiteral("finishOnKey"))
                                    ? m_gather->verb.attribute(QStringLiteral("finishOnKey"))
                                    : QStringLiteral("#");
    const int numDigits = intAttribute(m_gather->verb, QStringLiteral("numDigits"), 0);
    while (!m_buffer.isEmpty()) {
        const QChar key = m_buffer.at(0);
        m_buffer.remove(0, 1);
        if (!finishOnKey.isEmpty() && key == finishOnKey.at(0)) {
            submit(m_gather->collected, QString(key));
            return;
        }
        m_gather->collected += key;
        if (numDigits > 0 && m_gather->collected.size() >= numDigits) {
            submit(m_gather->collected, {});
            return;
        }
    }
    // Input started: the prompts stop (barge-in) and the timeout restarts from the last key.
    if (m_stepId != 0)
        m_context.clock->cancel(m_stepId);
    m_stepId = 0;
    m_gather->child = static_cast<int>(m_gather->verb.children.size());
    armGatherTimeout();
}

void TwinTwimlSession::gatherTimedOut()
{
    if (!m_running || !m_gather)
        return;
    if (!m_gather->collected.isEmpty()) {
        submit(m_gather->collected, {});
        return;
    }
    // No input: execution falls through to the verb after </Gather>.
    note(QStringLiteral("call.gather"), {{QLatin1String("digits"), QString()},
                                         {QLatin1String("result"), QStringLiteral("timeout")}});
    m_gather.reset();
    cancelTimers();
    runNext();
}

void TwinTwimlSession::submit(QString digits, QString finishedOnKey)
{
    const TwimlVerb verb = m_gather->verb;
    m_gather.reset();
    cancelTimers();
    note(QStringLiteral("call.gather"), {{QLatin1String("digits"), digits},
                                         {QLatin1String("finished_on_key"), finishedOnKey},
                                         {QLatin1String("result"), QStringLiteral("input")}});
    // The action defaults to the current document's URL; inline TwiML has none, so the twin
    // goes on with the next verb there.
    const QString action = verb.attribute(QStringLiteral("action")).trimmed();
    const QString target = action.isEmpty() ? m_documentUrl : resolve(action);
    if (target.isEmpty()) {
        runNext();
        return;
    }
    Twilio::FormParams params = m_setup.voiceParams;
    params.add(QStringLiteral("Digits"), digits);
    params.add(QStringLiteral("FinishedOnKey"), finishedOnKey);
    fetchDocument(target, methodOf(verb), params);
}

void TwinTwimlSession::finish(int errorCode)
{
    if (!m_running)
        return;
    m_running = false;
    cancelTimers();
    m_gather.reset();
    if (errorCode != 0)
        note(QStringLiteral("call.error"), {{QLatin1String("error_code"), errorCode}});
    Q_EMIT ended(errorCode);
}

} // namespace Vortex::Core::Twin
