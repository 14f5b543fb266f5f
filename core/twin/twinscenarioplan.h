// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"
#include "twinpeople.h"
#include "twinscenario.h"

#include <QList>

namespace Vortex::Core::Twin {

/// One thing the scenario does at a point of twin time.
struct PlannedItem
{
    enum class Kind { Notify, Page, Verify };
    qint64 atMs = 0;
    Kind kind = Kind::Notify;
    int person = 0;        ///< index into TwinScenarioPlan::people
    bool whatsapp = false; ///< Notify: sent as WhatsApp
    bool missed = false;   ///< Page: not acknowledged in time → a call
    bool mistyped = false; ///< Verify: a wrong code is checked first
    QString text;          ///< Notify/Page: the body
};

/// Everything a scenario will do, drawn up front from its seed in a fixed order: the people
/// (numbers validated by libphonenumber, behaviours from the personas) and the timed items.
/// Same scenario and start ⇒ the same plan.
struct TwinScenarioPlan
{
    QList<Person> people;
    QList<int> personaOf; ///< persona index per person
    QList<PlannedItem> items;

    static Result<TwinScenarioPlan, QString> build(const TwinScenario &scenario, qint64 startMs,
                                                   const QStringList &reservedNumbers);
};

} // namespace Vortex::Core::Twin
