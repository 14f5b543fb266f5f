// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "logdetailspane.h"

#include "core/store/trafficquery.h"
#include "core/twilio/errordictionary.h"
#include "ui/models/messagestatusstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Vortex::Ui {

namespace {

QString when(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
}

/// The dictionary's causes and solutions come as "*"-bulleted plain text with the odd HTML
/// link; shown as plain text, one item a line.
QString plainList(QString text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('*')))
            line = QStringLiteral("• ") + line.mid(1).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

LogDetailsPane::LogDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logDetails"));
    setAccessibleName(tr("Message or call details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("Select a message or call to see all of its fields."), this);
    m_empty->setObjectName(QStringLiteral("logDetailsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new QWidget(scroll);
    auto *form = new QFormLayout(m_form);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QList<QPair<QString, QString>> fields = {
        {QStringLiteral("sid"), tr("SID")},
        {QStringLiteral("kind"), tr("Channel")},
        {QStringLiteral("direction"), tr("Direction")},
        {QStringLiteral("from"), tr("From")},
        {QStringLiteral("to"), tr("To")},
        {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("error"), tr("Error")},
        {QStringLiteral("errorHelp"), tr("What it means")},
        {QStringLiteral("body"), tr("Message")},
        {QStringLiteral("size"), tr("Segments / duration")},
        {QStringLiteral("price"), tr("Price")},
        {QStringLiteral("created"), tr("Created")},
        {QStringLiteral("sent"), tr("Sent")},
        {QStringLiteral("updated"), tr("Last update")},
    };
    for (const auto &[name, title] : fields) {
        auto *value = new QLabel(m_form);
        value->setObjectName(QStringLiteral("logDetail_") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                       | Qt::LinksAccessibleByMouse);
        value->setWordWrap(true);
        value->setAccessibleName(title);
        form->addRow(title, value);
        m_fields.insert(name, value);
    }
    m_fields.value(QStringLiteral("errorHelp"))->setTextFormat(Qt::PlainText);
    m_fields.value(QStringLiteral("body"))->setTextFormat(Qt::PlainText);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    scroll->setVisible(false);
}

void LogDetailsPane::clear()
{
    m_sid.clear();
    for (QLabel *label : std::as_const(m_fields))
        label->clear();
    m_scroll->setVisible(false);
    m_empty->setVisible(true);
}

void LogDetailsPane::showRow(const Core::Store::TrafficRow &row)
{
    using Core::Store::TrafficRow;
    m_sid = row.sid;
    const bool call = row.kind == TrafficRow::Kind::Call;
    auto set = [this](const QString &name, const QString &text) {
        m_fields.value(name)->setText(text);
    };
    set(QStringLiteral("sid"), row.sid);
    set(QStringLiteral("kind"), call                                       ? tr("Voice call")
                                : row.channel == QLatin1String("whatsapp") ? tr("WhatsApp message")
                                                                           : tr("SMS"));
    set(QStringLiteral("direction"), row.direction);
    set(QStringLiteral("from"), row.from);
    set(QStringLiteral("to"), row.to);
    set(QStringLiteral("region"), row.region);
    set(QStringLiteral("status"), call ? row.status : MessageStatusStyle::label(row.status));
    if (row.errorCode != 0) {
        const auto info = Core::Twilio::ErrorDictionary::lookup(row.errorCode);
        const QString url = Core::Twilio::ErrorDictionary::moreInfoUrl(row.errorCode);
        set(QStringLiteral("error"),
            QStringLiteral("%1 · %2 (<a href=\"%3\">%4</a>)")
                .arg(row.errorCode)
                .arg((info.known ? info.message : row.errorMessage).toHtmlEscaped(), url,
                     tr("Twilio's page")));
        m_fields.value(QStringLiteral("error"))->setOpenExternalLinks(true);
        QStringList help;
        if (!info.causes.isEmpty())
            help.append(tr("Possible causes:") + QLatin1Char('\n') + plainList(info.causes));
        if (!info.solutions.isEmpty())
            help.append(tr("What to do:") + QLatin1Char('\n') + plainList(info.solutions));
        set(QStringLiteral("errorHelp"),
            help.isEmpty() ? tr("Twilio's dictionary does not describe this code.")
                           : help.join(QStringLiteral("\n\n")));
    } else {
        set(QStringLiteral("error"), tr("None"));
        set(QStringLiteral("errorHelp"), QString());
    }
    set(QStringLiteral("body"), row.body);
    set(QStringLiteral("size"), call ? tr("%n second(s)", nullptr, row.durationS)
                                     : tr("%n segment(s)", nullptr, row.numSegments));
    set(QStringLiteral("price"),
        row.price.isEmpty() ? tr("Not billed yet") : row.price + QLatin1Char(' ') + row.priceUnit);
    set(QStringLiteral("created"), when(row.dateCreated));
    set(QStringLiteral("sent"), when(row.dateSent));
    set(QStringLiteral("updated"), when(row.dateUpdated));
    m_empty->setVisible(false);
    m_scroll->setVisible(true);
}

} // namespace Vortex::Ui
