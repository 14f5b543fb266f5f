// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <core/phone/phonenumbers.h>

#include <QCoreApplication>
#include <QString>

namespace Vortex::Ui {

/// Checks what a person typed as a test page recipient (libphonenumber through core) and says
/// in plain words what it is or what is wrong with it.
class RecipientCheck
{
    Q_DECLARE_TR_FUNCTIONS(Vortex::Ui::RecipientCheck)

public:
    struct Verdict
    {
        bool valid = false;
        Vortex::Core::PhoneNumber number; ///< set when valid; number.e164 is what Twilio gets
        QString message;                  ///< what the number is, or what is wrong
    };

    /// Accepts strict E.164 and what people type ("+44 7400 123456"; national numbers when
    /// \a defaultRegion is an ISO 3166-1 code such as "GB").
    static Verdict check(const QString &input, const QString &defaultRegion = QString());
    /// The region of the system locale ("GB"), empty when the locale has none.
    static QString systemRegion();
    static QString errorText(Vortex::Core::PhoneError error);
    static QString kindText(Vortex::Core::LineKind kind);
};

} // namespace Vortex::Ui
