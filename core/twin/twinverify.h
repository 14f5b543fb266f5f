// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twilio/formparams.h"
#include "twinmodule.h"
#include "twinverifyengine.h"

namespace Vortex::Core::Twin {

/// Verify v2 (`/v2/Services…`) of the twin: the HTTP side — routing, parameter validation with
/// Twilio's codes (60200, 20404, 20004) and the JSON shapes of twilio_verify_v2.json. The rules
/// live in TwinVerifyEngine.
class TwinVerify : public TwinModule
{
public:
    explicit TwinVerify(const TwinContext &context);

    std::optional<TwinResponse> handleApi(const TwinRequest &request) override;

    TwinVerifyEngine &engine() { return m_engine; }

private:
    TwinResponse createService(const Twilio::FormParams &params);
    TwinResponse updateService(TwinVerifyService &service, const Twilio::FormParams &params);
    TwinResponse listServices(const Twilio::FormParams &params);
    TwinResponse startVerification(const TwinVerifyService &service,
                                   const Twilio::FormParams &params);
    TwinResponse checkVerification(const TwinVerifyService &service,
                                   const Twilio::FormParams &params, const QString &resource);
    TwinResponse verification(const TwinVerifyService &service, const QString &sid,
                              const TwinRequest &request, const Twilio::FormParams &params,
                              const QString &resource);
    QString baseUrl() const;

    TwinContext m_context;
    TwinVerifyEngine m_engine;
};

} // namespace Vortex::Core::Twin
