// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"
#include "twinmodule.h"

#include <QObject>

#include <memory>

namespace Vortex::Core::Twin {

class TwinCallLifecycle;
class TwinCallStore;
struct TwinCall;

/// The 2010 Calls API of the twin (create, fetch, list, update, delete) and its control API:
/// GET /_twin/calls, GET /_twin/calls/{CallSid} (status and spoken transcript),
/// POST /_twin/calls/{CallSid}/digits (Digits=… pressed by the callee).
class TwinCalls
    : public QObject
    , public TwinModule
{
    Q_OBJECT

public:
    explicit TwinCalls(const TwinContext &context, QObject *parent = nullptr);
    ~TwinCalls() override;

    std::optional<TwinResponse> handleApi(const TwinRequest &request) override;
    std::optional<TwinResponse> handleControl(const TwinRequest &request) override;

private:
    TwinResponse create(const Twilio::FormParams &params);
    TwinResponse update(TwinCall &call, const Twilio::FormParams &params);
    QJsonObject controlJson(const TwinCall &call) const;

    const TwinContext &m_context;
    std::unique_ptr<TwinCallStore> m_store;
    TwinCallLifecycle *m_lifecycle;
};

} // namespace Vortex::Core::Twin
