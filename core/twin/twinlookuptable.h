// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Vortex::Core::Twin {

/// One row of the Lookup table: numbers starting with \a prefix belong to this carrier and,
/// when \a type is set, have that line type (overriding libphonenumber's).
struct TwinLookupCarrier
{
    QString prefix;      ///< E.164 prefix, "+1415"
    QString type;        ///< Lookup line type ("mobile", "landline", …); "" = libphonenumber's
    QString carrierName; ///< "" = null
    QString mobileCountryCode; ///< MCC, "" = null
    QString mobileNetworkCode; ///< MNC, "" = null

    static Result<TwinLookupCarrier, QString> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

/// Carriers and line types by number prefix for Lookup's line_type_intelligence. Loadable from
/// JSON: {"carriers": [{"prefix", "type", "carrierName", "mobileCountryCode",
/// "mobileNetworkCode"}, …]} or a bare array of those objects.
class TwinLookupTable
{
public:
    /// The line types Lookup v2 reports.
    static const QStringList &lineTypes();
    /// A few carriers for US, GB, DE and IN numbers.
    static TwinLookupTable defaults();
    static Result<TwinLookupTable, QString> fromJson(const QByteArray &json);
    QJsonObject toJson() const;

    /// The row with the longest prefix of \a e164, or null.
    const TwinLookupCarrier *match(const QString &e164) const;
    const QList<TwinLookupCarrier> &carriers() const { return m_carriers; }
    void setCarriers(const QList<TwinLookupCarrier> &carriers) { m_carriers = carriers; }

private:
    QList<TwinLookupCarrier> m_carriers;
};

} // namespace Vortex::Core::Twin
