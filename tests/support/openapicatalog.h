// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include "openapispec.h"

#include <memory>
#include <vector>

namespace Vortex::Test {

/// Twilio's five specs the twin serves (api v2010, verify v2, messaging v1, lookups v2,
/// content v1) from sharedDir()/twilio-oai/, and the checks of the conformance test.
class OpenApiCatalog
{
public:
    /// Loads every spec; problems are in errors().
    OpenApiCatalog();

    QStringList errors() const { return m_errors; }
    /// The spec whose paths hold \a method \a path (concrete or template); null if none.
    const OpenApiSpec *specFor(const QByteArray &method, const QString &path) const;
    /// Validates a success response against its operation's schema.
    QStringList validateResponse(const QByteArray &method, const QString &path, int httpStatus,
                                 const QByteArray &body) const;
    /// Twilio's error body: {"code": int, "message": string, "more_info": string, "status": int}
    /// (plus optional "detail"), status equal to the HTTP status, more_info pointing at the code
    /// and, when \a dictionaryMessage is set, message equal to the error dictionary's text.
    static QStringList validateError(int httpStatus, const QByteArray &body, int expectedCode,
                                     bool dictionaryMessage);

private:
    std::vector<std::unique_ptr<OpenApiSpec>> m_specs;
    QStringList m_errors;
};

} // namespace Vortex::Test
