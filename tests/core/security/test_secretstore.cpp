// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// Round trips through the real Secret Service (gnome-keyring in a private D-Bus session).
#include "core/security/secretstore.h"
#include "support/testsupport.h"

#include <QObject>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core::Security;

namespace {

class SecretStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("VORTEX_SECRET_SERVICE") != QLatin1String("available")) {
            // CI must prove the credential path against the real Secret Service.
            if (!qEnvironmentVariableIsEmpty("CI"))
                FAIL() << "CI runs without a Secret Service: use scripts/test.sh";
            GTEST_SKIP() << "needs a Secret Service: run through scripts/test.sh";
        }
        m_key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    std::optional<SecretResult> read()
    {
        std::optional<SecretResult> result;
        m_store.readSecret(m_key, &m_context, [&result](SecretResult r) { result = std::move(r); });
        EXPECT_TRUE(Vortex::Test::waitUntil([&result] { return result.has_value(); }, 15000));
        return result;
    }

    std::optional<DoneResult> write(const QByteArray &secret)
    {
        std::optional<DoneResult> result;
        m_store.writeSecret(m_key, secret, &m_context,
                            [&result](DoneResult r) { result = std::move(r); });
        EXPECT_TRUE(Vortex::Test::waitUntil([&result] { return result.has_value(); }, 15000));
        return result;
    }

    std::optional<DoneResult> remove()
    {
        std::optional<DoneResult> result;
        m_store.deleteSecret(m_key, &m_context, [&result](DoneResult r) { result = std::move(r); });
        EXPECT_TRUE(Vortex::Test::waitUntil([&result] { return result.has_value(); }, 15000));
        return result;
    }

    KeychainSecretStore m_store{QStringLiteral("vortex-alert-console-test")};
    QObject m_context;
    QString m_key;
};

} // namespace

TEST_F(SecretStoreTest, WriteReadOverwriteDelete)
{
    const QByteArray token = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
    auto written = write(token);
    ASSERT_TRUE(written && written->ok()) << written->error().detail.toStdString();
    auto readBack = read();
    ASSERT_TRUE(readBack && readBack->ok()) << readBack->error().detail.toStdString();
    EXPECT_EQ(readBack->value(), token);

    ASSERT_TRUE(write("second-token")->ok());
    EXPECT_EQ(read()->value(), QByteArray("second-token"));

    ASSERT_TRUE(remove()->ok());
    auto missing = read();
    ASSERT_TRUE(missing.has_value());
    ASSERT_FALSE(missing->ok());
    EXPECT_EQ(missing->error().kind, SecretError::Kind::NotFound);
}

TEST_F(SecretStoreTest, MissingKeyIsNotFound)
{
    auto missing = read();
    ASSERT_TRUE(missing.has_value());
    ASSERT_FALSE(missing->ok());
    EXPECT_EQ(missing->error().kind, SecretError::Kind::NotFound);
    EXPECT_TRUE(remove()->ok()) << "deleting a missing key is not an error";
}

TEST_F(SecretStoreTest, CallbackDroppedWhenContextIsGone)
{
    bool called = false;
    {
        QObject shortLived;
        m_store.readSecret(m_key, &shortLived, [&called](SecretResult) { called = true; });
    }
    Vortex::Test::waitUntil([] { return false; }, 500);
    EXPECT_FALSE(called);
}
