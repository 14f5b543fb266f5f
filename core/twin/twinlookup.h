// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "twinlookuptable.h"
#include "twinmodule.h"

namespace Vortex::Core::Twin {

/// Lookup v2 (`GET /v2/PhoneNumbers/{PhoneNumber}`) of the twin: libphonenumber parses and
/// validates the number and tells its country and a first line type; the carrier table refines
/// type and carrier for line_type_intelligence. Control: `GET|POST /_twin/lookup/carriers`
/// reads or replaces the table (JSON body, TwinLookupTable::fromJson).
class TwinLookup : public TwinModule
{
public:
    static constexpr double LineTypePriceUsd = 0.008;

    explicit TwinLookup(const TwinContext &context,
                        TwinLookupTable table = TwinLookupTable::defaults());

    std::optional<TwinResponse> handleApi(const TwinRequest &request) override;
    std::optional<TwinResponse> handleControl(const TwinRequest &request) override;

    const TwinLookupTable &table() const { return m_table; }
    void setTable(const TwinLookupTable &table) { m_table = table; }

private:
    TwinResponse lookup(const QString &number, const TwinRequest &request);
    QJsonObject lineTypeIntelligence(const QString &e164, const QString &type) const;

    TwinContext m_context;
    TwinLookupTable m_table;
};

} // namespace Vortex::Core::Twin
