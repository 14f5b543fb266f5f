// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace Vortex::Core::Store {
struct TrafficRow;
}

namespace Vortex::Ui {

/// Every field of one message or call, with the error's meaning from Twilio's dictionary
/// (title, causes, solutions, link). Labels are selectable so that SIDs can be copied.
class LogDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailsPane(QWidget *parent = nullptr);

    void showRow(const Core::Store::TrafficRow &row);
    void clear();
    /// The SID shown ("" when none).
    QString sid() const { return m_sid; }
    /// The value label of a field ("sid", "kind", "direction", "from", "to", "region", "status",
    /// "error", "errorHelp", "body", "size", "price", "created", "sent", "updated").
    QLabel *field(const QString &name) const { return m_fields.value(name); }

private:
    QLabel *m_empty = nullptr;
    QWidget *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QHash<QString, QLabel *> m_fields;
    QString m_sid;
};

} // namespace Vortex::Ui
