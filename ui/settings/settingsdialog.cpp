// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "settingsdialog.h"

#include "accountdialog.h"
#include "settingssaver.h"

#include <ui/mainwindow/themecontroller.h>
#include <ui/mainwindow/traycontroller.h>
#include <ui/models/messagestatusstyle.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vortex::Ui {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Vortex::Core::ConsoleSettings *settings,
                               Vortex::Core::Security::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_saver(new SettingsSaver(secrets, settings, this))
    , m_draft(SettingsDraft::load(*settings))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(createAccountsPage(), tr("Twilio &accounts"));
    tabs->addTab(createServicesPage(), tr("&Messaging Services"));
    tabs->addTab(createRelayPage(), tr("&Relay"));
    tabs->addTab(createGeneralPage(), tr("&General"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saver, &SettingsSaver::finished, this, &SettingsDialog::saveFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    refreshAccounts();
    // Wide enough for an account line (name, SID, region, edge) without a horizontal scroll bar.
    resize(820, 560);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createAccountsPage()
{
    auto *page = new QWidget(this);
    m_accountList = new QListWidget(page);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Twilio accounts"));
    // A long account line (name, Account SID, API key) wraps instead of scrolling sideways.
    m_accountList->setWordWrap(true);
    m_accountList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto button = [page](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(name);
        return b;
    };
    QPushButton *add = button(tr("&Add\u2026"), QStringLiteral("addAccountButton"));
    m_editButton = button(tr("&Edit\u2026"), QStringLiteral("editAccountButton"));
    m_removeButton = button(tr("Re&move"), QStringLiteral("removeAccountButton"));
    m_activateButton = button(tr("&Use this account"), QStringLiteral("activateAccountButton"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &SettingsDialog::editAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeAccount);
    connect(m_activateButton, &QPushButton::clicked, this, &SettingsDialog::activateAccount);
    connect(m_accountList, &QListWidget::itemDoubleClicked, this, &SettingsDialog::editAccount);
    connect(m_accountList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_editButton->setEnabled(row >= 0);
        m_removeButton->setEnabled(row >= 0);
        m_activateButton->setEnabled(row >= 0 && row != m_draft.activeAccount);
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_editButton, m_removeButton, m_activateButton})
        side->addWidget(b);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_accountList, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(noteLabel(tr("Auth Tokens and API Key secrets are kept only in the system "
                                   "keychain; the settings file lists which accounts exist. The "
                                   "console uses the account marked \u201cin use\u201d; a change "
                                   "takes effect the next time it starts."),
                                page));
    return page;
}

QWidget *SettingsDialog::createServicesPage()
{
    auto *page = new QWidget(this);
    m_servicesTable = new QTableWidget(0, 2, page);
    m_servicesTable->setObjectName(QStringLiteral("messagingServicesTable"));
    m_servicesTable->setAccessibleName(tr("Messaging Service per customer"));
    m_servicesTable->setHorizontalHeaderLabels({tr("Customer"), tr("Messaging Service SID")});
    m_servicesTable->horizontalHeader()->setStretchLastSection(true);
    m_servicesTable->verticalHeader()->hide();
    for (const auto &service : std::as_const(m_draft.messagingServices)) {
        const int row = m_servicesTable->rowCount();
        m_servicesTable->insertRow(row);
        m_servicesTable->setItem(row, 0, new QTableWidgetItem(service.customer));
        m_servicesTable->setItem(row, 1, new QTableWidgetItem(service.messagingServiceSid));
    }
    auto *add = new QPushButton(tr("Add &customer"), page);
    add->setObjectName(QStringLiteral("addServiceButton"));
    auto *remove = new QPushButton(tr("Remo&ve customer"), page);
    remove->setObjectName(QStringLiteral("removeServiceButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_servicesTable->rowCount();
        m_servicesTable->insertRow(row);
        m_servicesTable->setItem(row, 0, new QTableWidgetItem);
        m_servicesTable->setItem(row, 1, new QTableWidgetItem);
        m_servicesTable->setCurrentCell(row, 0);
        m_servicesTable->editItem(m_servicesTable->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_servicesTable->currentRow() >= 0)
            m_servicesTable->removeRow(m_servicesTable->currentRow());
    });
    // A SID that is not "MG" + 32 hex digits is marked as it is typed.
    connect(m_servicesTable, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        if (item->column() != 1)
            return;
        const QString sid = item->text().trimmed();
        const bool bad
            = !sid.isEmpty() && !Vortex::Core::ConsoleSettings::isValidMessagingServiceSid(sid);
        item->setForeground(bad ? QBrush(MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad))
                                : QBrush());
        item->setToolTip(bad ? tr("\"MG\" followed by 32 hexadecimal digits") : QString());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_servicesTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(noteLabel(tr("Pages for a customer go through its Messaging Service "
                                   "(Twilio picks the sender from the service's pool)."),
                                page));
    return page;
}

QWidget *SettingsDialog::createRelayPage()
{
    auto *page = new QWidget(this);
    m_relayUrlEdit = new QLineEdit(m_draft.relayBaseUrl.toString(), page);
    m_relayUrlEdit->setObjectName(QStringLiteral("relayUrlEdit"));
    m_relayUrlEdit->setAccessibleName(tr("Relay URL"));
    m_relayUrlEdit->setPlaceholderText(QStringLiteral("https://relay.example.com"));
    m_callbackUrlEdit = new QLineEdit(m_draft.statusCallbackUrl.toString(), page);
    m_callbackUrlEdit->setObjectName(QStringLiteral("statusCallbackEdit"));
    m_callbackUrlEdit->setAccessibleName(tr("Status callback URL"));
    m_callbackUrlEdit->setPlaceholderText(tr("Optional: the relay URL + /twilio/messages/status"));
    m_relayTokenEdit = new QLineEdit(page);
    m_relayTokenEdit->setObjectName(QStringLiteral("relayTokenEdit"));
    m_relayTokenEdit->setAccessibleName(tr("Relay token"));
    m_relayTokenEdit->setEchoMode(QLineEdit::Password);
    m_relayTokenEdit->setPlaceholderText(tr("Unchanged (kept in the system keychain)"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Relay &URL:"), m_relayUrlEdit);
    form->addRow(tr("Status &callback URL:"), m_callbackUrlEdit);
    form->addRow(tr("Relay &token:"), m_relayTokenEdit);
    form->addRow(noteLabel(tr("The relay receives Twilio's callbacks; the console follows it with "
                              "the token, which is kept only in the system keychain. Changes "
                              "take effect the next time the console starts."),
                           page));
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    m_budgetSpin = new QDoubleSpinBox(page);
    m_budgetSpin->setObjectName(QStringLiteral("budgetSpin"));
    m_budgetSpin->setAccessibleName(tr("Monthly budget in US dollars"));
    m_budgetSpin->setRange(0, 10'000'000);
    m_budgetSpin->setDecimals(2);
    m_budgetSpin->setSingleStep(50);
    m_budgetSpin->setPrefix(QStringLiteral("$ "));
    m_budgetSpin->setSpecialValueText(tr("No budget"));
    m_budgetSpin->setValue(m_draft.monthlyBudget);

    m_demoCheck
        = new QCheckBox(tr("Start in &demo mode (a local Twilio twin, no real phones)"), page);
    m_demoCheck->setObjectName(QStringLiteral("demoModeCheck"));
    m_demoCheck->setChecked(m_draft.demoMode);

    m_muteCheck = new QCheckBox(tr("&Mute alerts for new sev1 incidents (no notification, no "
                                   "sound)"),
                                page);
    m_muteCheck->setObjectName(QStringLiteral("muteSev1Check"));
    m_muteCheck->setChecked(QSettings().value(TrayController::settingsKey(), false).toBool());

    m_themeCombo = new QComboBox(page);
    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    m_themeCombo->setAccessibleName(tr("Colours"));
    m_themeCombo->addItem(tr("Follow the system"),
                          ThemeController::modeName(ThemeController::Mode::System));
    m_themeCombo->addItem(tr("Light"), ThemeController::modeName(ThemeController::Mode::Light));
    m_themeCombo->addItem(tr("Dark"), ThemeController::modeName(ThemeController::Mode::Dark));
    const QString theme = ThemeController::modeName(ThemeController::modeFromName(
        QSettings().value(ThemeController::settingsKey()).toString()));
    m_themeCombo->setCurrentIndex(m_themeCombo->findData(theme));

    auto *form = new QFormLayout(page);
    form->addRow(tr("Monthly &budget:"), m_budgetSpin);
    form->addRow(noteLabel(tr("The dashboard compares the month's Twilio costs with it."), page));
    form->addRow(m_demoCheck);
    form->addRow(noteLabel(tr("Demo mode takes effect the next time the console starts. Without "
                              "a Twilio account the console always starts in demo mode."),
                           page));
    form->addRow(m_muteCheck);
    form->addRow(tr("C&olours:"), m_themeCombo);
    return page;
}

void SettingsDialog::refreshAccounts()
{
    const int current = m_accountList->currentRow();
    m_accountList->clear();
    for (int i = 0; i < m_draft.accounts.size(); ++i) {
        const auto &account = m_draft.accounts[i].account;
        QString text = account.label.isEmpty()
                           ? account.accountSid
                           : tr("%1 \u2014 %2").arg(account.label, account.accountSid);
        if (!account.apiKeySid.isEmpty())
            text += tr(" (API key %1)").arg(account.apiKeySid);
        if (i == m_draft.activeAccount)
            text += tr(" \u2014 in use");
        auto *item = new QListWidgetItem(text, m_accountList);
        QFont font = item->font();
        font.setBold(i == m_draft.activeAccount);
        item->setFont(font);
    }
    m_accountList->setCurrentRow(std::min(current, int(m_draft.accounts.size()) - 1));
    const int row = m_accountList->currentRow();
    m_editButton->setEnabled(row >= 0);
    m_removeButton->setEnabled(row >= 0);
    m_activateButton->setEnabled(row >= 0 && row != m_draft.activeAccount);
}

void SettingsDialog::addAccount()
{
    openAccountDialog(-1);
}

void SettingsDialog::editAccount()
{
    if (m_accountList->currentRow() >= 0)
        openAccountDialog(m_accountList->currentRow());
}

void SettingsDialog::openAccountDialog(int row)
{
    if (m_accountDialog)
        return;
    const AccountDraft draft = row >= 0 ? m_draft.accounts[row] : AccountDraft{};
    m_accountDialog = new AccountDialog(draft, this);
    m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_accountDialog, &QDialog::accepted, this, [this, row] {
        const AccountDraft edited = m_accountDialog->draft();
        if (row < 0) {
            m_draft.accounts.append(edited);
            // The first account becomes the one in use.
            if (m_draft.activeAccount < 0)
                m_draft.activeAccount = int(m_draft.accounts.size()) - 1;
            m_accountList->setCurrentRow(-1);
            refreshAccounts();
            m_accountList->setCurrentRow(int(m_draft.accounts.size()) - 1);
            return;
        }
        const QString before = m_draft.accounts[row].storedSecretKey;
        if (!before.isEmpty() && before != edited.account.secretKey())
            m_draft.obsoleteSecretKeys << before;
        m_draft.accounts[row] = edited;
        refreshAccounts();
    });
    // open(): window-modal without a nested event loop.
    m_accountDialog->open();
}

void SettingsDialog::removeAccount()
{
    const int row = m_accountList->currentRow();
    if (row < 0)
        return;
    const AccountDraft removed = m_draft.accounts.takeAt(row);
    if (!removed.storedSecretKey.isEmpty())
        m_draft.obsoleteSecretKeys << removed.storedSecretKey;
    if (m_draft.activeAccount == row)
        m_draft.activeAccount = m_draft.accounts.isEmpty() ? -1 : 0;
    else if (m_draft.activeAccount > row)
        --m_draft.activeAccount;
    refreshAccounts();
}

void SettingsDialog::activateAccount()
{
    const int row = m_accountList->currentRow();
    if (row < 0)
        return;
    m_draft.activeAccount = row;
    refreshAccounts();
}

SettingsDraft SettingsDialog::draft() const
{
    SettingsDraft out = m_draft;
    out.messagingServices.clear();
    for (int row = 0; row < m_servicesTable->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_servicesTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty())
            continue;
        out.messagingServices.append({text(0), text(1)});
    }
    out.relayBaseUrl = QUrl(m_relayUrlEdit->text().trimmed());
    out.statusCallbackUrl = QUrl(m_callbackUrlEdit->text().trimmed());
    out.newRelayToken = m_relayTokenEdit->text().trimmed().toUtf8();
    out.monthlyBudget = m_budgetSpin->value();
    out.demoMode = m_demoCheck->isChecked();
    return out;
}

AccountDialog *SettingsDialog::accountDialog() const
{
    return m_accountDialog.data();
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::showStatus(const QString &text, bool error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? MessageStatusStyle::colour(MessageStatusStyle::Tone::Bad)
                           : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SettingsDialog::save()
{
    if (m_saver->isBusy())
        return;
    const SettingsDraft current = draft();
    const QStringList problems = current.validate();
    if (!problems.isEmpty()) {
        showStatus(problems.join(u'\n'), true);
        return;
    }
    m_saveButton->setEnabled(false);
    showStatus(tr("Saving\u2026 (the keychain may ask to be unlocked)"), false);
    m_saver->save(current);
}

void SettingsDialog::saveFinished(const QString &error)
{
    m_saveButton->setEnabled(true);
    if (!error.isEmpty()) {
        showStatus(tr("Nothing was saved: %1").arg(error), true);
        return;
    }
    // Preferences of this desktop (not of the console's configuration) go to the UI settings.
    QSettings ui;
    ui.setValue(TrayController::settingsKey(), m_muteCheck->isChecked());
    ui.setValue(ThemeController::settingsKey(), m_themeCombo->currentData().toString());
    // Secrets typed into this dialog are not kept in it.
    for (AccountDraft &account : m_draft.accounts) {
        if (!account.newSecret.isEmpty())
            account.storedSecretKey = account.account.secretKey();
        account.newSecret.clear();
    }
    m_relayTokenEdit->clear();
    showStatus(tr("Saved."), false);
    Q_EMIT saved();
    accept();
}

} // namespace Vortex::Ui

#include "moc_settingsdialog.cpp"
