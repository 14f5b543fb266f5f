// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The settings dialog driven through its widgets: accounts with their secrets (the real
// keychain where available, an in-memory store otherwise), Messaging Services, relay, budget,
// demo mode. Secrets must reach the keychain and never the settings file.
#include <ui/settings/accountdialog.h>
#include <ui/settings/settingsdialog.h>

#include <core/console/consolesettings.h>
#include <core/security/secretstore.h>

#include <support/testsupport.h>

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Vortex::Core::Security;
using Vortex::Core::ConsoleSettings;
using Vortex::Core::Done;
using Vortex::Core::fail;
using Vortex::Ui::SettingsDialog;

namespace {

/// An in-memory keychain that answers later, like the real one; it can refuse writes.
class MemorySecretStore final : public SecretStore
{
public:
    void readSecret(const QString &key, QObject *context,
                    std::function<void(SecretResult)> done) override
    {
        const auto it = secrets.constFind(key);
        SecretResult result = it == secrets.constEnd()
                                  ? SecretResult(fail(SecretError{SecretError::Kind::NotFound, {}}))
                                  : SecretResult(it.value());
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }
    void writeSecret(const QString &key, const QByteArray &secret, QObject *context,
                     std::function<void(DoneResult)> done) override
    {
        if (refuseWrites) {
            QTimer::singleShot(0, context, [done] {
                done(fail(SecretError{SecretError::Kind::AccessDenied,
                                      QStringLiteral("the keyring is locked")}));
            });
            return;
        }
        secrets.insert(key, secret);
        QTimer::singleShot(0, context, [done] { done(Done{}); });
    }
    void deleteSecret(const QString &key, QObject *context,
                      std::function<void(DoneResult)> done) override
    {
        deleted << key;
        secrets.remove(key);
        QTimer::singleShot(0, context, [done] { done(Done{}); });
    }

    QHash<QString, QByteArray> secrets;
    QStringList deleted;
    bool refuseWrites = false;
};

const QString AccountA = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString AccountB = QStringLiteral("ACfedcba9876543210fedcba9876543210");
const QString KeyB = QStringLiteral("SK00112233445566778899aabbccddeeff");
const QString ServiceSid = QStringLiteral("MG0123456789abcdef0123456789abcdef");

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ini = m_dir.filePath(QStringLiteral("console.ini"));
        m_settings = std::make_unique<ConsoleSettings>(m_ini);
    }

    std::unique_ptr<SettingsDialog> open(SecretStore *store)
    {
        auto dialog = std::make_unique<SettingsDialog>(m_settings.get(), store);
        dialog->show();
        return dialog;
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_TRUE(widget) << name;
        return widget;
    }

    /// Clicks Add… (or Edit…), fills the account dialog and presses OK.
    static void enterAccount(SettingsDialog *dialog, const char *button, const QString &label,
                             const QString &sid, const QString &keySid, const QString &secret,
                             const QString &from)
    {
        child<QPushButton>(dialog, button)->click();
        Vortex::Ui::AccountDialog *account = dialog->accountDialog();
        ASSERT_TRUE(account);
        auto set = [account](const char *name, const QString &text) {
            auto *edit = child<QLineEdit>(account, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        set("accountLabelEdit", label);
        set("accountSidEdit", sid);
        set("apiKeySidEdit", keySid);
        set("secretEdit", secret);
        set("fromNumberEdit", from);
        child<QPushButton>(account, "accountOkButton")->click();
    }

    /// Presses Save and waits for the dialog to finish (saved or refused).
    bool save(SettingsDialog *dialog)
    {
        QSignalSpy saved(dialog, &SettingsDialog::saved);
        child<QPushButton>(dialog, "saveButton")->click();
        Vortex::Test::waitUntil(
            [&] {
                return saved.count() > 0 || child<QPushButton>(dialog, "saveButton")->isEnabled();
            },
            15000);
        return saved.count() > 0;
    }

    QByteArray iniText()
    {
        m_settings->sync();
        QFile file(m_ini);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_ini;
    std::unique_ptr<ConsoleSettings> m_settings;
};

} // namespace

TEST_F(SettingsDialogTest, AccountSecretGoesToTheRealKeychainAndNeverToTheFile)
{
    if (qEnvironmentVariable("VORTEX_SECRET_SERVICE") != QLatin1String("available")) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            FAIL() << "CI runs without a Secret Service: use scripts/test.sh";
        GTEST_SKIP() << "needs a Secret Service: run through scripts/test.sh";
    }
    KeychainSecretStore keychain(QStringLiteral("vortex-alert-console-test"));
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    const QString relayToken = QUuid::createUuid().toString(QUuid::Id128);
    auto dialog = open(&keychain);
    enterAccount(dialog.get(), "addAccountButton", QStringLiteral("Production"), AccountA, {},
                 token, QStringLiteral("+12015550123"));
    ASSERT_FALSE(dialog->accountDialog() && dialog->accountDialog()->isVisible())
        << "the account dialog refused what was typed";
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "relayUrlEdit"),
                     QStringLiteral("https://relay.example.com"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "relayTokenEdit"), relayToken);
    ASSERT_TRUE(save(dialog.get())) << qPrintable(dialog->statusText());

    // The keychain holds both secrets…
    const QList<std::pair<QString, QString>> expectedSecrets{
        {QStringLiteral("twilio/") + AccountA, token},
        {ConsoleSettings::relayTokenKey(), relayToken}};
    for (const auto &[key, expected] : expectedSecrets) {
        std::optional<SecretResult> read;
        QObject context;
        keychain.readSecret(key, &context, [&read](SecretResult r) { read = std::move(r); });
        ASSERT_TRUE(Vortex::Test::waitUntil([&] { return read.has_value(); }, 15000));
        ASSERT_TRUE(read->ok()) << read->error().detail.toStdString();
        EXPECT_EQ(read->value(), expected.toUtf8());
    }
    // …and the file only names the account.
    const QByteArray text = iniText();
    EXPECT_TRUE(text.contains(AccountA.toLatin1()));
    EXPECT_FALSE(text.contains(token.toLatin1()));
    EXPECT_FALSE(text.contains(relayToken.toLatin1()));
    EXPECT_EQ(ConsoleSettings(m_ini).accountSid(), AccountA);
    EXPECT_EQ(ConsoleSettings(m_ini).relayBaseUrl(),
              QUrl(QStringLiteral("https://relay.example.com")));

    QObject context;
    bool cleaned = false;
    keychain.deleteSecret(QStringLiteral("twilio/") + AccountA, &context,
                          [&](DoneResult) { cleaned = true; });
    Vortex::Test::waitUntil([&] { return cleaned; }, 15000);
    cleaned = false;
    keychain.deleteSecret(ConsoleSettings::relayTokenKey(), &context,
                          [&](DoneResult) { cleaned = true; });
    Vortex::Test::waitUntil([&] { return cleaned; }, 15000);
}

TEST_F(SettingsDialogTest, TwoAccountsOneInUseSecretsOnlyInTheStore)
{
    MemorySecretStore store;
    auto dialog = open(&store);
    enterAccount(dialog.get(), "addAccountButton", QStringLiteral("Production"), AccountA, {},
                 QStringLiteral("token-a-secret"), QStringLiteral("+12015550123"));
    enterAccount(dialog.get(), "addAccountButton", QStringLiteral("EU"), AccountB, KeyB,
                 QStringLiteral("key-b-secret"), QStringLiteral("+447400123456"));
    auto *list = child<QListWidget>(dialog.get(), "accountList");
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().contains(QStringLiteral("in use")));
    list->setCurrentRow(1);
    child<QPushButton>(dialog.get(), "activateAccountButton")->click();
    EXPECT_TRUE(list->item(1)->text().contains(QStringLiteral("in use")));
    ASSERT_TRUE(save(dialog.get())) << qPrintable(dialog->statusText());

    EXPECT_EQ(store.secrets.value(QStringLiteral("twilio/") + AccountA), "token-a-secret");
    EXPECT_EQ(store.secrets.value(QStringLiteral("twilio/") + KeyB), "key-b-secret");
    const QByteArray text = iniText();
    EXPECT_FALSE(text.contains("secret")) << text.constData();
    ConsoleSettings reread(m_ini);
    ASSERT_EQ(reread.twilioAccounts().size(), 2);
    EXPECT_EQ(reread.activeTwilioAccount(), 1);
    // The launcher and vortexctl read the account in use through the single-account keys.
    EXPECT_EQ(reread.accountSid(), AccountB);
    EXPECT_EQ(reread.apiKeySid(), KeyB);
    EXPECT_EQ(reread.twilioSecretKey(), QStringLiteral("twilio/") + KeyB);
    EXPECT_EQ(reread.fromNumber(), QStringLiteral("+447400123456"));
}

TEST_F(SettingsDialogTest, RemovingAnAccountDeletesItsSecretAfterSaving)
{
    MemorySecretStore store;
    store.secrets.insert(QStringLiteral("twilio/") + AccountA, "old");
    m_settings->setTwilioAccounts({{AccountA, {}, QStringLiteral("Production"), {}}}, 0);
    auto dialog = open(&store);
    auto *list = child<QListWidget>(dialog.get(), "accountList");
    ASSERT_EQ(list->count(), 1);
    list->setCurrentRow(0);
    child<QPushButton>(dialog.get(), "removeAccountButton")->click();
    EXPECT_EQ(list->count(), 0);
    EXPECT_TRUE(store.deleted.isEmpty()) << "nothing happens before Save";
    ASSERT_TRUE(save(dialog.get())) << qPrintable(dialog->statusText());
    EXPECT_EQ(store.deleted, QStringList{QStringLiteral("twilio/") + AccountA});
    EXPECT_FALSE(ConsoleSettings(m_ini).hasTwilioAccount());
}

TEST_F(SettingsDialogTest, EditingKeepsTheSecretUnlessAnotherIsTyped)
{
    MemorySecretStore store;
    store.secrets.insert(QStringLiteral("twilio/") + AccountA, "kept");
    m_settings->setTwilioAccounts({{AccountA, {}, QStringLiteral("Production"), {}}}, 0);
    auto dialog = open(&store);
    child<QListWidget>(dialog.get(), "accountList")->setCurrentRow(0);
    enterAccount(dialog.get(), "editAccountButton", QStringLiteral("Prod (US)"), AccountA, {}, {},
                 QStringLiteral("+12015550124"));
    ASSERT_TRUE(save(dialog.get())) << qPrintable(dialog->statusText());
    EXPECT_EQ(store.secrets.value(QStringLiteral("twilio/") + AccountA), "kept");
    EXPECT_EQ(ConsoleSettings(m_ini).twilioAccounts().value(0).label, QStringLiteral("Prod (US)"));
    EXPECT_EQ(ConsoleSettings(m_ini).fromNumber(), QStringLiteral("+12015550124"));
}

TEST_F(SettingsDialogTest, AnAccountNeedsValidSidsAndItsSecret)
{
    MemorySecretStore store;
    auto dialog = open(&store);
    enterAccount(dialog.get(), "addAccountButton", {}, QStringLiteral("AC123"),
                 QStringLiteral("SK1"), {}, QStringLiteral("12345"));
    Vortex::Ui::AccountDialog *account = dialog->accountDialog();
    ASSERT_TRUE(account && account->isVisible()) << "refused: stays open";
    const QString problems = child<QLabel>(account, "accountProblems")->text();
    EXPECT_TRUE(problems.contains(QStringLiteral("Account SID"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("API Key SID"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("secret"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("international format"))) << qPrintable(problems);
    account->reject();
    EXPECT_EQ(child<QListWidget>(dialog.get(), "accountList")->count(), 0);
}

TEST_F(SettingsDialogTest, MessagingServicesBudgetAndDemoMode)
{
    MemorySecretStore store;
    auto dialog = open(&store);
    auto *table = child<QTableWidget>(dialog.get(), "messagingServicesTable");
    child<QPushButton>(dialog.get(), "addServiceButton")->click();
    table->item(0, 0)->setText(QStringLiteral("Acme Shoes"));
    table->item(0, 1)->setText(QStringLiteral("MG123"));
    EXPECT_FALSE(table->item(0, 1)->toolTip().isEmpty()) << "marked while typing";
    child<QDoubleSpinBox>(dialog.get(), "budgetSpin")->setValue(750);
    child<QCheckBox>(dialog.get(), "demoModeCheck")->setChecked(true);

    EXPECT_FALSE(save(dialog.get()));
    EXPECT_TRUE(
        dialog->statusText().contains(QStringLiteral("Acme Shoes: a Messaging Service SID")))
        << qPrintable(dialog->statusText());
    EXPECT_FALSE(iniText().contains("budget")) << "nothing saved";

    table->item(0, 1)->setText(ServiceSid);
    EXPECT_TRUE(table->item(0, 1)->toolTip().isEmpty());
    ASSERT_TRUE(save(dialog.get())) << qPrintable(dialog->statusText());
    ConsoleSettings reread(m_ini);
    ASSERT_EQ(reread.messagingServices().size(), 1);
    EXPECT_EQ(reread.messagingServices().first().customer, QStringLiteral("Acme Shoes"));
    EXPECT_EQ(reread.messagingServices().first().messagingServiceSid, ServiceSid);
    EXPECT_DOUBLE_EQ(reread.monthlyBudget(), 750.0);
    EXPECT_TRUE(reread.demoMode());
}

TEST_F(SettingsDialogTest, ALockedKeychainSavesNothing)
{
    MemorySecretStore store;
    store.refuseWrites = true;
    auto dialog = open(&store);
    enterAccount(dialog.get(), "addAccountButton", QStringLiteral("Production"), AccountA, {},
                 QStringLiteral("token"), {});
    EXPECT_FALSE(save(dialog.get()));
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("keyring is locked")))
        << qPrintable(dialog->statusText());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(ConsoleSettings(m_ini).hasTwilioAccount())
        << "the file never names an account whose secret is not stored";
}
