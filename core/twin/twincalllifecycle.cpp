// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twincalllifecycle.h"

#include "core/phone/phonenumbers.h"
#include "core/twilio/rfc2822.h"
#include "twincall.h"
#include "twincallprices.h"
#include "twincallstore.h"
#include "twinclock.h"
#include "twinconfig.h"
#include "twinledger.h"
#include "twinpeople.h"
#include "twintwimlfetcher.h"
#include "twintwimlsession.h"
#include "twinwebhooksender.h"

#include <random>

namespace Vortex::Core::Twin {

namespace {

QString regionOf(const QString &number)
{
    PhoneNumber parsed;
    return PhoneNumbers::parseE164(number, &parsed) ? parsed.regionCode : QString();
}

} // namespace

TwinCallLifecycle::TwinCallLifecycle(const TwinContext &context, TwinCallStore *store,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_store(store)
    , m_fetcher(new TwinTwimlFetcher(context.config->authToken, this))
{}

void TwinCallLifecycle::schedule(const QString &sid, qint64 delayMs, std::function<void()> fn)
{
    auto &timers = m_timers[sid];
    const quint64 id = m_context.clock->schedule(delayMs, this, [this, sid, fn = std::move(fn)] {
        m_timers.remove(sid); // one step is due at a time per call
        fn();
    });
    timers.append(id);
}

void TwinCallLifecycle::start(TwinCall &call)
{
    // Draws in a fixed order from the call's own PRNG: same seed ⇒ same timings.
    std::mt19937_64 rng(m_context.config->seed + SeedSalt + call.index);
    const qint64 initiateMs = std::uniform_int_distribution<int>(200, 1000)(rng);
    const qint64 now = m_context.clock->nowMs();
    // 1 CPS per account: calls over the limit wait their turn (queue_time).
    const qint64 dialAt = qMax(now, m_nextDialMs);
    m_nextDialMs = dialAt + 1000 / CallsPerSecond;
    call.queueTimeMs = dialAt - now;
    m_context.log(QStringLiteral("call.created"), call.sid,
                  {{QLatin1String("to"), call.to},
                   {QLatin1String("from"), call.from},
                   {QLatin1String("status"), call.status},
                   {QLatin1String("queue_time"), call.queueTimeMs}});
    const QString sid = call.sid;
    schedule(sid, call.queueTimeMs + initiateMs, [this, sid] { initiated(sid); });
}

void TwinCallLifecycle::setStatus(TwinCall &call, const QString &status, QJsonObject fields)
{
    call.dateUpdated = m_context.clock->now();
    fields.insert(QLatin1String("status"), status);
    m_context.log(QStringLiteral("call.status"), call.sid, fields);
}

void TwinCallLifecycle::initiated(const QString &sid)
{
    TwinCall *call = m_store->find(sid);
    if (!call)
        return;
    // The resource stays "queued": "initiated" is a callback event, not a Call status.
    call->startTime = m_context.clock->now();
    setStatus(*call, QStringLiteral("initiated"));
    notify(*call, QStringLiteral("initiated"));
    if (!call->toValid) {
        // A number libphonenumber rejects never rings.
        schedule(sid, FailAfterMs, [this, sid] { finish(sid, QStringLiteral("failed"), 21217); });
        return;
    }
    std::mt19937_64 rng(m_context.config->seed + SeedSalt + call->index);
    rng.discard(1); // the first draw went to initiating
    const qint64 ringMs = std::uniform_int_distribution<int>(1000, 3000)(rng);
    schedule(sid, ringMs, [this, sid] { ringing(sid); });
}

void TwinCallLifecycle::ringing(const QString &sid)
{
    TwinCall *call = m_store->find(sid);
    if (!call)
        return;
    call->status = QStringLiteral("ringing");
    setStatus(*call, call->status);
    notify(*call, QStringLiteral("ringing"));

    // Nobody scripted at To: someone answers after the default ring time and presses nothing.
    const Person *person = m_context.people->find(call->to);
    const CallBehaviour behaviour = person ? person->call : CallBehaviour{};
    if (behaviour.busy) {
        schedule(sid, BusyAfterMs, [this, sid] { finish(sid, QStringLiteral("busy")); });
        return;
    }
    const qint64 timeoutMs = qint64(call->timeoutSeconds) * 1000;
    const bool picksUp = behaviour.answers || behaviour.voicemail;
    const qint64 answerMs = qMax(0, behaviour.answerAfterMs);
    if (!picksUp || answerMs > timeoutMs) {
        schedule(sid, timeoutMs, [this, sid] { finish(sid, QStringLiteral("no-answer")); });
        return;
    }
    // voicemail: their machine picks up instead of them (after the same ring time).
    const bool machine = behaviour.voicemail;
    schedule(sid, answerMs, [this, sid, machine] { answered(sid, machine); });
}

void TwinCallLifecycle::answered(const QString &sid, bool machine)
{
    TwinCall *call = m_store->find(sid);
    if (!call)
        return;
    call->status = QStringLiteral("in-progress");
    call->answeredAt = m_context.clock->now();
    setStatus(*call, call->status);
    notify(*call, QStringLiteral("answered"));
    if (call->machineDetection.isEmpty()) {
        runTwiml(sid, machine);
        return;
    }
    // Answering machine detection runs before the TwiML is requested.
    qint64 detectMs = HumanDetectMs;
    if (machine)
        detectMs = call->machineDetection == QLatin1String("DetectMessageEnd") ? GreetingMs
                                                                               : MachineStartMs;
    schedule(sid, detectMs, [this, sid, machine] {
        TwinCall *detected = m_store->find(sid);
        if (!detected)
            return;
        if (!machine)
            detected->answeredBy = QStringLiteral("human");
        else if (detected->machineDetection == QLatin1String("DetectMessageEnd"))
            detected->answeredBy = QStringLiteral("machine_end_beep");
        else
            detected->answeredBy = QStringLiteral("machine_start");
        detected->dateUpdated = m_context.clock->now();
        m_context.log(QStringLiteral("call.amd"), sid,
                      {{QLatin1String("answered_by"), detected->answeredBy}});
        runTwiml(sid, machine);
    });
}

Twilio::FormParams TwinCallLifecycle::voiceParams(const TwinCall &call) const
{
    const QString fromCountry = regionOf(call.from);
    Twilio::FormParams params;
    params.add(QStringLiteral("AccountSid"), call.accountSid);
    params.add(QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01"));
    params.add(QStringLiteral("CallSid"), call.sid);
    params.add(QStringLiteral("CallStatus"), call.status);
    params.add(QStringLiteral("Called"), call.to);
    params.add(QStringLiteral("CalledCountry"), call.toRegion);
    params.add(QStringLiteral("Caller"), call.from);
    params.add(QStringLiteral("CallerCountry"), fromCountry);
    params.add(QStringLiteral("Direction"), QStringLiteral("outbound-api"));
    params.add(QStringLiteral("From"), call.from);
    params.add(QStringLiteral("FromCountry"), fromCountry);
    params.add(QStringLiteral("To"), call.to);
    params.add(QStringLiteral("ToCountry"), call.toRegion);
    params.addIfSet(QStringLiteral("AnsweredBy"), call.answeredBy);
    return params;
}

void TwinCallLifecycle::runTwiml(const QString &sid, bool machine)
{
    TwinCall *call = m_store->find(sid);
    if (!call || call->status != QLatin1String("in-progress"))
        return;
    TwinTwimlSession::Setup setup;
    setup.callSid = sid;
    setup.from = call->from;
    setup.to = call->to;
    setup.url = call->url;
    setup.method = call->method;
    setup.twiml = call->twiml;
    setup.voiceParams = voiceParams(*call);
    const Person *person = m_context.people->find(call->to);
    if (person && !machine && !person->call.digits.isEmpty())
        setup.digitGroups = person->call.digits.split(QLatin1Char(','));
    if (TwinTwimlSession *old = m_sessions.value(sid)) {
        old->stop();
        old->deleteLater();
    }
    auto *session = new TwinTwimlSession(m_context, m_fetcher, setup, this);
    m_sessions.insert(sid, session);
    connect(session, &TwinTwimlSession::ended, this,
            [this, sid](int errorCode) { finish(sid, QStringLiteral("completed"), errorCode); });
    session->start();
}

bool TwinCallLifecycle::redirect(TwinCall &call)
{
    if (call.status != QLatin1String("in-progress"))
        return false;
    m_context.log(QStringLiteral("call.updated"), call.sid, {});
    runTwiml(call.sid, false);
    return true;
}

bool TwinCallLifecycle::pressDigits(const QString &sid, const QString &digits)
{
    TwinTwimlSession *session = m_sessions.value(sid);
    if (!session || !session->isRunning())
        return false;
    session->pressDigits(digits);
    return true;
}

TwinTwimlSession *TwinCallLifecycle::session(const QString &sid) const
{
    return m_sessions.value(sid);
}

int TwinCallLifecycle::pendingHttp() const
{
    return m_fetcher->pending();
}

bool TwinCallLifecycle::end(TwinCall &call, const QString &requested)
{
    const bool notYetAnswered
        = call.status == QLatin1String("queued") || call.status == QLatin1String("ringing");
    if (requested == QLatin1String("canceled") && notYetAnswered) {
        finish(call.sid, QStringLiteral("canceled"));
        return true;
    }
    if (requested == QLatin1String("completed") && call.status == QLatin1String("in-progress")) {
        finish(call.sid, QStringLiteral("completed"));
        return true;
    }
    return false;
}

void TwinCallLifecycle::finish(const QString &sid, const QString &status, int errorCode)
{
    TwinCall *call = m_store->find(sid);
    if (!call || call->isFinal())
        return;
    for (const quint64 id : m_timers.take(sid))
        m_context.clock->cancel(id);
    if (TwinTwimlSession *session = m_sessions.value(sid))
        session->stop(); // kept for the control API's transcript
    call->status = status;
    call->endTime = m_context.clock->now();
    QJsonObject fields;
    if (call->answeredAt.isValid()) {
        const qint64 talkMs = call->answeredAt.msecsTo(call->endTime);
        call->durationSeconds = static_cast<int>((talkMs + 999) / 1000);
        const int minutes = TwinCallPrices::billedMinutes(call->durationSeconds);
        const double price = minutes * TwinCallPrices::perMinuteUsd(call->toRegion);
        call->price = QString::number(-price, 'f', 5);
        call->priceUnit = QStringLiteral("USD");
        m_context.ledger->charge(LedgerEntry{call->endTime.toMSecsSinceEpoch(),
                                             QStringLiteral("calls-outbound"), double(minutes),
                                             QStringLiteral("minutes"), price, sid});
        fields.insert(QLatin1String("duration"), call->durationSeconds);
        fields.insert(QLatin1String("price"), call->price);
    }
    if (!call->answeredBy.isEmpty())
        fields.insert(QLatin1String("answered_by"), call->answeredBy);
    if (errorCode != 0)
        fields.insert(QLatin1String("error_code"), errorCode);
    setStatus(*call, status, fields);
    notify(*call, QStringLiteral("completed"));
}

void TwinCallLifecycle::notify(TwinCall &call, const QString &event)
{
    // Only the subscribed events, and "completed" always (TWILIO.md §3.1).
    if (call.statusCallback.isEmpty()
        || (event != QLatin1String("completed") && !call.statusCallbackEvents.contains(event)))
        return;
    QString callStatus = call.status;
    if (event == QLatin1String("initiated"))
        callStatus = event;
    Twilio::FormParams params = voiceParams(call);
    params.add(QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events"));
    params.add(QStringLiteral("SequenceNumber"), QString::number(call.sequenceNumber++));
    params.add(QStringLiteral("Timestamp"), Twilio::formatRfc2822Date(m_context.clock->now()));
    // voiceParams carried the status at the time of the call; the event decides here.
    Twilio::FormParams ordered;
    for (const auto &[key, value] : params.items())
        ordered.add(key, key == QLatin1String("CallStatus") ? callStatus : value);
    if (event == QLatin1String("completed")) {
        const int seconds = qMax(0, call.durationSeconds);
        ordered.add(QStringLiteral("CallDuration"), QString::number(seconds));
        ordered.add(QStringLiteral("Duration"),
                    QString::number(
                        call.answeredAt.isValid() ? TwinCallPrices::billedMinutes(seconds) : 0));
    }
    if (call.statusCallbackMethod == QLatin1String("GET"))
        m_fetcher->sendGetCallback(call.sid, call.statusCallback, ordered);
    else
        m_context.webhooks->post(call.sid, callStatus, call.statusCallback, ordered);
}

} // namespace Vortex::Core::Twin
