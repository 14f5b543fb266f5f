// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/twin/twinserver.h"
#include "twinresponsetap.h"
#include "twintestclient.h"

#include <gtest/gtest.h>

#include <memory>

namespace Vortex::Test {

/// A twin on 127.0.0.1:0 with a client that authenticates as its account.
class TwinFixture : public ::testing::Test
{
public:
    /// A config whose every message is delivered quickly unless the test changes it.
    static Core::Twin::TwinConfig testConfig();

protected:
    static constexpr const char *UsNumber = "+12015550123";  // owned by the twin
    static constexpr const char *GbNumber = "+447400123456"; // owned by the twin
    static constexpr const char *Handset = "+12015550199";   // a customer's phone

    void startTwin(const Core::Twin::TwinConfig &config = testConfig());
    void SetUp() override { startTwin(); }
    /// Every API answer the twin gave during the test must conform (TwinResponseTap).
    void TearDown() override;

    Core::Twilio::FormParams sms(const QString &body,
                                 const QString &to = QString::fromLatin1(Handset));

    std::unique_ptr<Core::Twin::TwinServer> m_twin;
    std::unique_ptr<TwinTestClient> m_client;
    TwinResponseTap m_tap;
};

} // namespace Vortex::Test
