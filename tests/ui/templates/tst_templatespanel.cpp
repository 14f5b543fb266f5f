// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
// The template editor against a running paging engine (twin, relay and SQLite on loopback):
// edit in the widgets → Save → the paging store holds it → the engine's next page uses it.
#include "tests/core/paging/pagingharness.h"
#include "tests/support/testsupport.h"

#include <core/paging/pagingengine.h>
#include <ui/templates/templateeditor.h>
#include <ui/templates/templatelistmodel.h>
#include <ui/templates/templatescontroller.h>
#include <ui/templates/templatespanel.h>
#include <ui/templates/variablemappingmodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace Vortex::Core::Paging;
using Vortex::Test::PagingHarness;
using Vortex::Test::waitUntil;
using namespace Vortex::Ui;

namespace {

const QString Sid = QStringLiteral("HX0123456789abcdef0123456789abcdef");

QString alice()
{
    return QString::fromLatin1(PagingHarness::Alice);
}

class TemplatesPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(h.start());
        context.pagingDatabasePath = h.options().databasePath;
        panel = std::make_unique<TemplatesPanel>(context);
        editor = panel->editor();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(panel->listModel()),
              static_cast<QAbstractItemModel *>(editor->mappingModel())})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        panel->resize(1200, 900);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        ASSERT_TRUE(waitUntil([this] { return panel->controller()->isLoaded(); }));
        ASSERT_EQ(panel->listModel()->rowCount(), 0);
        ASSERT_FALSE(editor->hasTemplate());
    }

    void TearDown() override
    {
        testers.clear();
        panel.reset();
    }

    void setBody(const QString &text) { editor->bodyEdit()->setPlainText(text); }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    /// Save as the keyboard does it (Ctrl+S in the editor) and wait for the store's answer.
    void save()
    {
        ASSERT_TRUE(editor->saveAction()->isEnabled())
            << editor->problems().join(u'\n').toStdString();
        QSignalSpy finished(panel->controller(), &TemplatesController::saveFinished);
        editor->bodyEdit()->setFocus();
        QTest::keySequence(editor->bodyEdit(), QKeySequence::Save);
        ASSERT_TRUE(finished.wait(10000));
        ASSERT_TRUE(finished.first().at(1).toBool())
            << finished.first().at(2).toString().toStdString();
        ASSERT_TRUE(waitUntil([this] { return !editor->isModified(); }));
    }

    QList<PagingTemplate> stored() const
    {
        auto list = h.store()->templates();
        return list ? list.value() : QList<PagingTemplate>{};
    }

    QAction *insertAction(const char *name) const
    {
        for (QAction *action : editor->insertMenu()->actions()) {
            if (action->data().toString() == QString::fromLatin1(name))
                return action;
        }
        return nullptr;
    }

    PagingHarness h;
    PanelContext context;
    std::unique_ptr<TemplatesPanel> panel;
    TemplateEditor *editor = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

} // namespace

TEST_F(TemplatesPanelTest, AnSmsTemplateEditedAndSavedWordsTheEnginesNextPage)
{
    panel->newAction(TemplateKind::SmsPage)->trigger();
    ASSERT_TRUE(editor->hasTemplate());
    EXPECT_TRUE(editor->isNew());
    EXPECT_FALSE(panel->listView()->isEnabled()) << "unsaved: the list waits";
    // The starter reads like the built-in page.
    EXPECT_TRUE(editor->previewView()->toPlainText().startsWith(
        QStringLiteral("SEV1 #17 Checkout API down: Error rate 45%")));

    setBody(QStringLiteral("VX {severity} #{code} {title}\n"));
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    insertAction("reply_hint")->trigger();
    EXPECT_EQ(editor->bodyEdit()->toPlainText(),
              QStringLiteral("VX {severity} #{code} {title}\n{reply_hint}"));
    EXPECT_EQ(
        editor->previewView()->toPlainText(),
        QStringLiteral("VX SEV1 #17 Checkout API down\nReply ACK 17, RESOLVE 17, SNOOZE 17 30"));
    EXPECT_TRUE(editor->previewSummary()->text().contains(QStringLiteral("GSM-7")));
    EXPECT_TRUE(editor->previewSummary()->text().contains(QStringLiteral("1 segment")))
        << editor->previewSummary()->text().toStdString();
    EXPECT_TRUE(editor->problemsLabel()->isHidden());

    save();
    ASSERT_EQ(panel->listModel()->rowCount(), 1);
    EXPECT_EQ(panel->listModel()->index(0, TemplateListModel::KindColumn).data().toString(),
              QStringLiteral("SMS page"));
    EXPECT_EQ(panel->listModel()->index(0, TemplateListModel::LanguageColumn).data().toString(),
              QStringLiteral("Any language"));
    EXPECT_TRUE(panel->listView()->isEnabled());
    EXPECT_FALSE(editor->isNew());
    // The saved template is not a duplicate of itself, and "Saved" is no error.
    EXPECT_TRUE(editor->problemsLabel()->isHidden())
        << editor->problemsLabel()->text().toStdString();
    EXPECT_FALSE(editor->saveAction()->isEnabled());
    EXPECT_TRUE(panel->statusLabel()->isVisible());
    EXPECT_TRUE(panel->statusLabel()->text().startsWith(QStringLiteral("Saved")));
    EXPECT_EQ(panel->statusLabel()->palette().color(QPalette::WindowText),
              panel->palette().color(QPalette::WindowText));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().body, QStringLiteral("VX {severity} #{code} {title}\n{reply_hint}"));

    const Incident raised = h.raise(Severity::Sev2, QStringLiteral("Payments failing"));
    const auto texts = h.messagesTo(alice());
    ASSERT_EQ(texts.size(), 1);
    EXPECT_EQ(texts.first().value(QStringLiteral("body")).toString(),
              QStringLiteral("VX SEV2 #%1 Payments failing\nReply ACK %1, RESOLVE %1, SNOOZE %1 30")
                  .arg(raised.code));
}

TEST_F(TemplatesPanelTest, ProblemsAreShownAndKeepSaveDisabled)
{
    panel->newAction(TemplateKind::SmsPage)->trigger();
    struct Case
    {
        QString body;
        const char *problem;
    };
    const QList<Case> cases = {
        {QStringLiteral("{code} {title"), "never closed"},
        {QStringLiteral("{code} {titel}"), "Unknown variable {titel}"},
        {QStringLiteral("{title}: {summary}"), "Put {code} in the page"},
        {QStringLiteral("{code} ") + QStringLiteral("Lots of words. ").repeated(22),
         "an SMS page may use at most 2"},
    };
    for (const Case &c : cases) {
        setBody(c.body);
        EXPECT_FALSE(editor->saveAction()->isEnabled()) << c.problem;
        EXPECT_FALSE(editor->problemsLabel()->isHidden()) << c.problem;
        EXPECT_TRUE(editor->problemsLabel()->text().contains(QString::fromUtf8(c.problem)))
            << editor->problemsLabel()->text().toStdString();
        EXPECT_TRUE(
            editor->previewView()->toPlainText().contains(QStringLiteral("preview appears")));
    }
    type(editor->languageEdit(), QStringLiteral("English"));
    setBody(QStringLiteral("{code} {title}"));
    EXPECT_TRUE(
        editor->problemsLabel()->text().contains(QStringLiteral("language must look like")));
    type(editor->languageEdit(), QStringLiteral("de"));
    EXPECT_TRUE(editor->problemsLabel()->isHidden());
    EXPECT_TRUE(editor->saveAction()->isEnabled());
    save();

    // A second SMS template for the same language is refused before it reaches the store.
    panel->newAction(TemplateKind::SmsPage)->trigger();
    type(editor->languageEdit(), QStringLiteral("de"));
    EXPECT_TRUE(editor->problemsLabel()->text().contains(QStringLiteral("There is already")));
    EXPECT_FALSE(editor->saveAction()->isEnabled());
    type(editor->languageEdit(), QStringLiteral("de-AT"));
    EXPECT_TRUE(editor->saveAction()->isEnabled());
    save();
    EXPECT_EQ(panel->listModel()->rowCount(), 2);
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(TemplatesPanelTest, WhatsAppTemplateMapsPlaceholdersAndShowsContentVariables)
{
    panel->newAction(TemplateKind::WhatsAppPage)->trigger();
    VariableMappingModel *mapping = editor->mappingModel();
    ASSERT_EQ(mapping->rowCount(), 6);
    EXPECT_EQ(mapping->index(0, VariableMappingModel::PlaceholderColumn).data().toString(),
              QStringLiteral("{{1}}"));
    EXPECT_TRUE(editor->problemsLabel()->text().contains(QStringLiteral("Content SID")));
    EXPECT_FALSE(editor->saveAction()->isEnabled());
    type(editor->contentSidEdit(), Sid);
    EXPECT_TRUE(editor->problemsLabel()->isHidden())
        << editor->problemsLabel()->text().toStdString();
    EXPECT_TRUE(
        editor->previewView()->toPlainText().contains(QStringLiteral("ContentSid: ") + Sid));
    EXPECT_TRUE(editor->previewView()->toPlainText().contains(
        QStringLiteral("ContentVariables: {\"1\":\"SEV1\",\"2\":\"17\"")));

    // Inserting a variable adds the next numbered placeholder and maps it.
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    insertAction("runbook")->trigger();
    ASSERT_EQ(mapping->rowCount(), 7);
    EXPECT_TRUE(editor->bodyEdit()->toPlainText().endsWith(QStringLiteral("{{7}}")));
    EXPECT_EQ(mapping->variables().last(), QStringLiteral("runbook"));
    EXPECT_TRUE(editor->previewView()->toPlainText().contains(QStringLiteral("Fail over to")));

    // Editing the mapping cell with the delegate's list.
    QTableView *view = editor->mappingView();
    const QModelIndex cell = mapping->index(2, VariableMappingModel::VariableColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(cell));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(QStringLiteral("summary")));
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(mapping->variables().at(2), QStringLiteral("summary"));
    EXPECT_FALSE(mapping->setData(cell, QStringLiteral("nope"))) << "only known variables";

    save();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().contentSid, Sid);
    EXPECT_EQ(
        stored().first().contentVariables,
        (QStringList{QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("summary"),
                     QStringLiteral("summary"), QStringLiteral("link"),
                     QStringLiteral("reply_hint"), QStringLiteral("runbook")}));

    // A placeholder without its mapping row is a problem.
    editor->bodyEdit()->moveCursor(QTextCursor::End);
    editor->bodyEdit()->insertPlainText(QStringLiteral(" {{8}}"));
    EXPECT_TRUE(editor->problemsLabel()->text().contains(QStringLiteral("{{8}} has no variable")));
    EXPECT_FALSE(editor->saveAction()->isEnabled());
}

TEST_F(TemplatesPanelTest, VoiceTemplateShowsTheTwimlTheCallWillGet)
{
    panel->newAction(TemplateKind::VoicePrompt)->trigger();
    setBody(QStringLiteral("Vortex calling: {title}, incident {code}. {reply_hint}"));
    const QString twiml = editor->previewView()->toPlainText();
    EXPECT_TRUE(twiml.contains(QStringLiteral("<Response>"))) << twiml.toStdString();
    EXPECT_TRUE(twiml.contains(QStringLiteral("<Gather")));
    EXPECT_TRUE(twiml.contains(
        QStringLiteral("Vortex calling: Checkout API down, incident 17. Press 1 to acknowledge")));
    EXPECT_TRUE(editor->previewView()->isReadOnly());
    EXPECT_EQ(editor->previewView()->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    EXPECT_TRUE(editor->previewSummary()->text().contains(QStringLiteral("Polly.Joanna")));
    setBody(QStringLiteral("Vortex calling about {title}."));
    EXPECT_TRUE(editor->problemsLabel()->text().contains(QStringLiteral("{reply_hint}")));
}

TEST_F(TemplatesPanelTest, RevertDeleteAndMovingToAnotherLanguage)
{
    panel->newAction(TemplateKind::SmsPage)->trigger();
    setBody(QStringLiteral("ONE #{code} {title}"));
    save();
    ASSERT_EQ(panel->listModel()->rowCount(), 1);

    // Revert an edit of the stored template.
    setBody(QStringLiteral("TWO #{code} {title}"));
    EXPECT_TRUE(editor->isModified());
    EXPECT_FALSE(panel->deleteAction()->isEnabled());
    editor->revertAction()->trigger();
    EXPECT_EQ(editor->bodyEdit()->toPlainText(), QStringLiteral("ONE #{code} {title}"));
    EXPECT_FALSE(editor->isModified());

    // A new template dropped by Revert never reaches the store.
    panel->newAction(TemplateKind::VoicePrompt)->trigger();
    editor->revertAction()->trigger();
    EXPECT_FALSE(editor->isNew());
    EXPECT_EQ(stored().size(), 1);

    // Changing the language moves the template.
    panel->listView()->selectRow(0);
    ASSERT_TRUE(editor->hasTemplate());
    type(editor->languageEdit(), QStringLiteral("de"));
    save();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().language, QStringLiteral("de"));
    EXPECT_EQ(panel->listModel()->rowCount(), 1);

    // The English recipient now gets the built-in text; delete removes the German one.
    const Incident first = h.raise(Severity::Sev3, QStringLiteral("Disk filling"));
    ASSERT_EQ(h.messagesTo(alice()).size(), 1);
    EXPECT_TRUE(h.messagesTo(alice())
                    .first()
                    .value(QStringLiteral("body"))
                    .toString()
                    .startsWith(QStringLiteral("SEV3 #") + first.code));
    panel->listView()->selectRow(0);
    ASSERT_TRUE(panel->deleteAction()->isEnabled());
    QSignalSpy finished(panel->controller(), &TemplatesController::saveFinished);
    panel->deleteAction()->trigger();
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_TRUE(waitUntil([this] { return panel->listModel()->rowCount() == 0; }));
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_FALSE(editor->hasTemplate());
}
