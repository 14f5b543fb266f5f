// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "fieldproblems.h"

#include <QRegularExpression>

namespace Vortex::Ui {

namespace {
int nthIndex(const QString &path, int n)
{
    static const QRegularExpression pattern(QStringLiteral("\\[(\\d+)\\]"));
    auto it = pattern.globalMatch(path);
    for (int i = 0; it.hasNext(); ++i) {
        const auto match = it.next();
        if (i == n)
            return match.captured(1).toInt();
    }
    return -1;
}
} // namespace

FieldProblem FieldProblem::parse(const QString &problem)
{
    const qsizetype colon = problem.indexOf(QStringLiteral(": "));
    if (colon < 0)
        return {QString(), problem};
    return {problem.left(colon), problem.mid(colon + 2)};
}

QList<FieldProblem> FieldProblem::parseAll(const QStringList &problems)
{
    QList<FieldProblem> out;
    for (const QString &problem : problems)
        out.append(parse(problem));
    return out;
}

QString FieldProblem::field() const
{
    QString out;
    for (const QString &part : path.split(u'.')) {
        const QString bare = part.left(part.indexOf(u'[') < 0 ? part.size() : part.indexOf(u'['));
        out += out.isEmpty() ? bare : QLatin1Char('.') + bare;
        if (bare != QStringLiteral("routing"))
            break;
    }
    return out;
}

int FieldProblem::index() const
{
    return nthIndex(path, 0);
}

int FieldProblem::subIndex() const
{
    return nthIndex(path, 1);
}

QString FieldProblem::label() const
{
    const QString f = field();
    const int i = index();
    if (f == u"id")
        return tr("ID");
    if (f == u"name")
        return tr("Name");
    if (f == u"smsNumber")
        return tr("SMS number");
    if (f == u"voiceNumber")
        return tr("Voice number");
    if (f == u"whatsappNumber")
        return tr("WhatsApp number");
    if (f == u"timeZone")
        return tr("Time zone");
    if (f == u"language")
        return tr("Language");
    if (f == u"routing.channelOrder")
        return tr("Channel order");
    if (f == u"routing.quietHours")
        return tr("Quiet hours");
    if (f == u"routing.rateCaps")
        return tr("Rate cap %1").arg(i + 1);
    if (f == u"routing.senders")
        return subIndex() >= 0 ? tr("Senders, route %1, sender %2").arg(i + 1).arg(subIndex() + 1)
                               : tr("Senders, route %1").arg(i + 1);
    if (f == u"tiers")
        return i >= 0 ? tr("Tier %1").arg(i + 1) : tr("Tiers");
    if (f == u"repeatCount")
        return tr("Repeats");
    if (f == u"voiceAfterMinutes")
        return tr("Call after");
    return path;
}

QString FieldProblem::sentence() const
{
    if (path.isEmpty())
        return text;
    return tr("%1: %2").arg(label(), text);
}

QString problemsFor(const QList<FieldProblem> &problems, const QString &field)
{
    QStringList lines;
    for (const FieldProblem &problem : problems) {
        if (problem.field() == field)
            lines.append(problem.sentence());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vortex::Ui
