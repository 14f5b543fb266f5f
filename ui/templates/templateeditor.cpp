// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "templateeditor.h"

#include "templatelistmodel.h"
#include "variabledelegate.h"
#include "variablemappingmodel.h"

#include <core/twilio/segments.h>
#include <ui/dialogs/segmentsummary.h>
#include <ui/editors/editorstyle.h>

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vortex::Ui {

using Core::Paging::PagingTemplate;
using Core::Paging::Recipient;
using Core::Paging::TemplateKind;
namespace PagingTemplates = Core::Paging::PagingTemplates;

namespace {

/// TwiML on indented lines, for reading (the relay serves it without whitespace).
QString indentedXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    return reader.hasError() ? QString::fromUtf8(xml) : out.trimmed();
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Template kind"));
    for (TemplateKind kind :
         {TemplateKind::SmsPage, TemplateKind::VoicePrompt, TemplateKind::WhatsAppPage})
        m_kind->addItem(TemplateListModel::kindText(kind), static_cast<int>(kind));
    m_language = new QLineEdit(this);
    m_language->setAccessibleName(tr("Template language"));
    m_language->setPlaceholderText(tr("empty: every language"));
    m_language->setToolTip(tr("Recipients whose language is this (en, de, de-AT) get this "
                              "template; empty serves everyone without a template of their own."));

    m_body = new QPlainTextEdit(this);
    m_body->setAccessibleName(tr("Template text"));
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_insertMenu = new QMenu(tr("Insert variable"), this);
    for (const QString &name : PagingTemplates::variableNames()) {
        QAction *action = m_insertMenu->addAction(
            QStringLiteral("{%1} — %2").arg(name, PagingTemplates::variableDescription(name)));
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertVariable(name); });
    }
    auto *insertAction = new QAction(tr("Insert &variable"), this);
    insertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    insertAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    insertAction->setMenu(m_insertMenu);
    addAction(insertAction);
    m_insertButton = toolButton(insertAction, this);
    m_insertButton->setPopupMode(QToolButton::InstantPopup);
    m_insertButton->setAccessibleName(tr("Insert variable"));
    connect(insertAction, &QAction::triggered, this, [this] {
        m_insertMenu->popup(m_insertButton->mapToGlobal(QPoint(0, m_insertButton->height())));
    });

    m_whatsApp = new QGroupBox(tr("WhatsApp Content template"), this);
    m_contentSid = new QLineEdit(m_whatsApp);
    m_contentSid->setAccessibleName(tr("Content SID"));
    m_contentSid->setPlaceholderText(QStringLiteral("HX0123456789abcdef0123456789abcdef"));
    m_mapping = new VariableMappingModel(this);
    m_mappingView = new QTableView(m_whatsApp);
    m_mappingView->setAccessibleName(tr("Placeholders and the variables that fill them"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(VariableMappingModel::VariableColumn,
                                            new VariableDelegate(m_mappingView));
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_removePlaceholderAction = new QAction(tr("Remove last placeholder"), this);
    m_removePlaceholderAction->setToolTip(
        tr("Removes the highest-numbered placeholder from the mapping"));
    connect(m_removePlaceholderAction, &QAction::triggered, this,
            [this] { m_mapping->removeVariable(int(m_mapping->variables().size()) - 1); });
    auto *whatsAppLayout = new QFormLayout(m_whatsApp);
    whatsAppLayout->addRow(tr("Content &SID:"), m_contentSid);
    whatsAppLayout->addRow(tr("Placeholders:"), m_mappingView);
    whatsAppLayout->addRow(QString(), toolButton(m_removePlaceholderAction, m_whatsApp));

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setAccessibleName(tr("Template problems"));

    auto *previewBox = new QGroupBox(tr("Preview for a sample incident (SEV1 #17 \"Checkout API "
                                        "down\")"),
                                     this);
    m_previewSummary = new QLabel(previewBox);
    m_previewSummary->setAccessibleName(tr("Preview size and encoding"));
    m_preview = new QPlainTextEdit(previewBox);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Template preview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_preview);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Store the template; the next page uses it"));
    addAction(m_saveAction);
    m_revertAction = new QAction(tr("&Revert"), this);
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revertAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revertAction->setToolTip(tr("Drop the changes"));
    addAction(m_revertAction);
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (m_saveAction->isEnabled())
            Q_EMIT saveRequested(currentTemplate());
    });
    connect(m_revertAction, &QAction::triggered, this, [this] {
        if (m_isNew) {
            clear();
            Q_EMIT newTemplateDiscarded();
            return;
        }
        load(m_original);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Language:"), m_language);
    auto *bodyHeader = new QHBoxLayout;
    auto *bodyLabel = new QLabel(tr("&Text:"), this);
    bodyLabel->setBuddy(m_body);
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch();
    bodyHeader->addWidget(m_insertButton);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(toolButton(m_revertAction, this));
    buttons->addWidget(toolButton(m_saveAction, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_body, 2);
    layout->addWidget(m_whatsApp, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(previewBox, 2);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditor::onKindChanged);
    connect(m_language, &QLineEdit::textChanged, this, &TemplateEditor::refresh);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditor::refresh);
    connect(m_contentSid, &QLineEdit::textChanged, this, &TemplateEditor::refresh);
    connect(m_mapping, &VariableMappingModel::variablesEdited, this, &TemplateEditor::refresh);
    clear();
}

void TemplateEditor::load(const PagingTemplate &tmpl)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(tmpl.kind)));
    m_shownKind = tmpl.kind;
    m_language->setText(tmpl.language);
    m_body->setPlainText(tmpl.body);
    m_contentSid->setText(tmpl.contentSid);
    m_mapping->setVariables(tmpl.contentVariables);
    m_loading = false;
    refresh();
}

void TemplateEditor::setTemplate(const PagingTemplate &tmpl, bool isNew)
{
    m_original = tmpl;
    m_isNew = isNew;
    m_hasTemplate = true;
    m_extraProblem.clear();
    setEnabled(true);
    load(tmpl);
}

void TemplateEditor::clear()
{
    m_original = PagingTemplate();
    m_isNew = false;
    m_hasTemplate = false;
    m_extraProblem.clear();
    load(m_original);
    setEnabled(false);
}

void TemplateEditor::markSaved(const PagingTemplate &tmpl)
{
    m_original = tmpl;
    m_isNew = false;
    refresh();
}

void TemplateEditor::setExtraProblem(const QString &problem)
{
    if (problem == m_extraProblem)
        return;
    m_extraProblem = problem;
    refresh();
}

bool TemplateEditor::isModified() const
{
    return m_hasTemplate && (m_isNew || !(currentTemplate() == m_original));
}

PagingTemplate TemplateEditor::currentTemplate() const
{
    PagingTemplate t;
    t.kind = static_cast<TemplateKind>(m_kind->currentData().toInt());
    t.language = m_language->text().trimmed();
    t.body = m_body->toPlainText();
    if (t.kind == TemplateKind::WhatsAppPage) {
        t.contentSid = m_contentSid->text().trimmed();
        t.contentVariables = m_mapping->variables();
    }
    return t;
}

void TemplateEditor::insertVariable(const QString &name)
{
    if (!m_hasTemplate)
        return;
    if (currentTemplate().kind == TemplateKind::WhatsAppPage) {
        // A new numbered placeholder, mapped to the variable.
        const int row = m_mapping->appendVariable(name);
        m_body->insertPlainText(QStringLiteral("{{%1}}").arg(row + 1));
    } else {
        m_body->insertPlainText(QLatin1Char('{') + name + QLatin1Char('}'));
    }
    m_body->setFocus();
}

void TemplateEditor::onKindChanged()
{
    if (m_loading)
        return;
    const auto kind = static_cast<TemplateKind>(m_kind->currentData().toInt());
    // A text still as it started (or empty) follows the kind; a written one is kept.
    const PagingTemplate previous = PagingTemplates::starter(m_shownKind);
    const QString body = m_body->toPlainText();
    if (body.trimmed().isEmpty() || body == previous.body) {
        const PagingTemplate next = PagingTemplates::starter(kind);
        m_loading = true;
        m_body->setPlainText(next.body);
        m_mapping->setVariables(next.contentVariables);
        m_loading = false;
    }
    m_shownKind = kind;
    refresh();
}

void TemplateEditor::refresh()
{
    if (m_loading)
        return;
    const PagingTemplate t = currentTemplate();
    const bool whatsApp = t.kind == TemplateKind::WhatsAppPage;
    m_whatsApp->setVisible(whatsApp);
    m_removePlaceholderAction->setEnabled(!m_mapping->variables().isEmpty());
    m_problems = m_hasTemplate ? t.validate() : QStringList();
    if (m_hasTemplate && !m_extraProblem.isEmpty())
        m_problems.prepend(m_extraProblem);
    EditorStyle::showFieldError(m_problemsLabel, m_problems.join(QLatin1Char('\n')));
    updatePreview(t);
    const bool modified = isModified();
    m_saveAction->setEnabled(m_hasTemplate && modified && m_problems.isEmpty());
    m_revertAction->setEnabled(modified);
    if (modified != m_lastModified) {
        m_lastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void TemplateEditor::updatePreview(const PagingTemplate &t)
{
    if (!m_hasTemplate) {
        m_preview->clear();
        m_previewSummary->clear();
        return;
    }
    const QStringList problems = t.validate();
    if (!problems.isEmpty()) {
        m_preview->setPlainText(tr("The preview appears once the template has no problems."));
        m_previewSummary->clear();
        return;
    }
    const Core::Paging::Incident sample = PagingTemplates::sampleIncident();
    const QString language = t.language.isEmpty() ? QStringLiteral("en") : t.language;
    switch (t.kind) {
    case TemplateKind::SmsPage: {
        const auto text = PagingTemplates::renderSms(t, sample, language);
        if (!text) {
            m_preview->setPlainText(text.error());
            m_previewSummary->clear();
            return;
        }
        m_preview->setPlainText(text.value());
        m_previewSummary->setText(
            SegmentSummary::describe(Core::Twilio::SmsSegments::count(text.value())));
        return;
    }
    case TemplateKind::VoicePrompt: {
        Recipient recipient;
        recipient.name = tr("Sample recipient");
        recipient.language = language;
        const auto script
            = PagingTemplates::renderVoicePrompt(t, sample, recipient, QStringLiteral("preview"));
        if (!script) {
            m_preview->setPlainText(script.error());
            m_previewSummary->clear();
            return;
        }
        const QUrl gather(
            QStringLiteral("https://relay.example.com/twilio/voice/gather?script=preview"));
        m_preview->setPlainText(indentedXml(script->answerTwiml(gather)));
        m_previewSummary->setText(
            tr("TwiML · %1 (%2) · %n character(s) spoken", nullptr, int(script->prompt.size()))
                .arg(script->voice, script->language));
        return;
    }
    case TemplateKind::WhatsAppPage: {
        const auto content = PagingTemplates::renderWhatsApp(t, sample, language);
        if (!content) {
            m_preview->setPlainText(content.error());
            m_previewSummary->clear();
            return;
        }
        m_preview->setPlainText(
            content->body + QStringLiteral("\n\nContentSid: ") + content->contentSid
            + QStringLiteral("\nContentVariables: ")
            + QString::fromUtf8(QJsonDocument(content->variables).toJson(QJsonDocument::Compact)));
        m_previewSummary->setText(
            tr("WhatsApp · Twilio sends the approved text with these values"));
        return;
    }
    }
}

} // namespace Vortex::Ui
