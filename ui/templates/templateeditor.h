// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/paging/pagingtemplates.h>

#include <QWidget>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace Vortex::Ui {

class VariableMappingModel;

/// Edits one template: kind, language, text with a variable insertion menu, for WhatsApp the
/// Content SID and the placeholder → variable table; validation messages and a live preview
/// for a sample incident (SMS text with its GSM-7/UCS-2 segment count, the call's TwiML, the
/// WhatsApp message with ContentSid and ContentVariables). Pure UI: saving is the panel's.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    /// Starts editing \a tmpl; \a isNew: not stored yet (Save creates it, Revert drops it).
    void setTemplate(const Core::Paging::PagingTemplate &tmpl, bool isNew);
    /// Nothing to edit (no template selected).
    void clear();
    /// The stored template was written: \a tmpl is now the unmodified state.
    void markSaved(const Core::Paging::PagingTemplate &tmpl);
    /// A problem the editor cannot see by itself (another template has this kind and
    /// language); "" clears it.
    void setExtraProblem(const QString &problem);

    bool hasTemplate() const { return m_hasTemplate; }
    bool isNew() const { return m_isNew; }
    bool isModified() const;
    /// What the fields say now.
    Core::Paging::PagingTemplate currentTemplate() const;
    /// The template as it was loaded or last saved.
    const Core::Paging::PagingTemplate &originalTemplate() const { return m_original; }
    /// The problems shown (validation plus the extra problem).
    QStringList problems() const { return m_problems; }

    // For the panel and tests.
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *languageEdit() const { return m_language; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *contentSidEdit() const { return m_contentSid; }
    VariableMappingModel *mappingModel() const { return m_mapping; }
    QTableView *mappingView() const { return m_mappingView; }
    QMenu *insertMenu() const { return m_insertMenu; }
    QPlainTextEdit *previewView() const { return m_preview; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QLabel *problemsLabel() const { return m_problemsLabel; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }

Q_SIGNALS:
    void saveRequested(const Vortex::Core::Paging::PagingTemplate &tmpl);
    /// Revert on a new template: it was dropped.
    void newTemplateDiscarded();
    void modifiedChanged(bool modified);

private:
    void insertVariable(const QString &name);
    void onKindChanged();
    void refresh();
    void updatePreview(const Core::Paging::PagingTemplate &tmpl);
    void load(const Core::Paging::PagingTemplate &tmpl);

    QComboBox *m_kind = nullptr;
    QLineEdit *m_language = nullptr;
    QToolButton *m_insertButton = nullptr;
    QMenu *m_insertMenu = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QGroupBox *m_whatsApp = nullptr;
    QLineEdit *m_contentSid = nullptr;
    VariableMappingModel *m_mapping = nullptr;
    QTableView *m_mappingView = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_previewSummary = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_removePlaceholderAction = nullptr;

    Core::Paging::PagingTemplate m_original;
    Core::Paging::TemplateKind m_shownKind = Core::Paging::TemplateKind::SmsPage;
    QStringList m_problems;
    QString m_extraProblem;
    bool m_hasTemplate = false;
    bool m_isNew = false;
    bool m_loading = false;
    bool m_lastModified = false;
};

} // namespace Vortex::Ui
