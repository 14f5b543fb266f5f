// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vortex::Ui {

/// One validation problem of a recipient or policy, split from core's "path: text" form
/// (paths as the JSON configuration spells them: "smsNumber", "routing.rateCaps[1].max",
/// "tiers[0].recipients[2]").
struct FieldProblem
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::FieldProblem)

public:
    QString path;
    QString text;

    static FieldProblem parse(const QString &problem);
    static QList<FieldProblem> parseAll(const QStringList &problems);

    /// The path's first segment without indexes: "routing.rateCaps[1].max" → "routing.rateCaps".
    QString field() const;
    /// The first index in the path (rateCaps[1] → 1), -1 when none.
    int index() const;
    /// The second index in the path (senders[0].senders[2] → 2), -1 when none.
    int subIndex() const;
    /// The field as the operator sees it: "SMS number", "Rate cap 2", "Tier 1".
    QString label() const;
    /// "Rate cap 2: at least 1 page, not 0".
    QString sentence() const;
};

/// Problems whose field() is \a field, as sentences joined by new lines.
QString problemsFor(const QList<FieldProblem> &problems, const QString &field);

} // namespace Vortex::Ui
