// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vortex::Ui {

/// "Raise incident…": severity, title, summary, tracking link and runbook, checked as the
/// operator types (title required, lengths as the intake allows them, the link an absolute
/// http(s) URL). Raise stays disabled until the form is valid; accepting emits raiseRequested().
/// Object names: raiseIncidentDialog, severityCombo, titleEdit, summaryEdit, linkEdit,
/// runbookEdit, raiseError, raiseButton.
class RaiseIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RaiseIncidentDialog(QWidget *parent = nullptr);

    int severity() const; ///< 1 … 4
    QString title() const;
    QString summary() const;
    QString link() const;
    QString runbook() const;

    /// The first problem with the form, in words ("" when it can be raised).
    QString problem() const;
    /// Empties the form for the next incident (severity back to sev2).
    void reset();

    void accept() override;

Q_SIGNALS:
    void raiseRequested(int severity, const QString &title, const QString &summary,
                        const QString &link, const QString &runbook);

private:
    void revalidate();

    QComboBox *m_severity = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_link = nullptr;
    QPlainTextEdit *m_runbook = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_raise = nullptr;
};

} // namespace Vortex::Ui
