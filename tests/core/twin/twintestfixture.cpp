// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "twintestfixture.h"

namespace Vortex::Test {

using namespace Core::Twin;

TwinConfig TwinFixture::testConfig()
{
    TwinConfig config = TwinConfig::defaults();
    config.seed = 7;
    for (auto it = config.countries.begin(); it != config.countries.end(); ++it) {
        it->failed = 0;
        it->filtered = 0;
        it->undelivered = 0;
        it->queuedToSent = {100, 300};
        it->sentToDelivered = {200, 600};
    }
    return config;
}

void TwinFixture::startTwin(const TwinConfig &config)
{
    m_twin = std::make_unique<TwinServer>(config);
    ASSERT_TRUE(m_twin->listen());
    ASSERT_NE(m_twin->port(), 0);
    m_tap.attach(m_twin.get());
    m_client
        = std::make_unique<TwinTestClient>(m_twin->baseUrl(), config.accountSid, config.authToken);
}

void TwinFixture::TearDown()
{
    const QStringList problems = m_tap.problems();
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " of " << m_tap.answers().size()
                                    << " twin answers do not conform to Twilio's specs:\n  "
                                    << problems.join(QLatin1String("\n  ")).toStdString();
}

Core::Twilio::FormParams TwinFixture::sms(const QString &body, const QString &to)
{
    Core::Twilio::FormParams form;
    form.add(QStringLiteral("To"), to);
    form.add(QStringLiteral("From"), QString::fromLatin1(UsNumber));
    form.add(QStringLiteral("Body"), body);
    return form;
}

} // namespace Vortex::Test
