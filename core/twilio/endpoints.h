// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#pragma once

#include <QUrl>

namespace Vortex::Core::Twilio {

/// Base URL per Twilio product. Defaults are Twilio's public hosts; demo mode and tests point
/// them all at the twin on loopback with forAll().
class Endpoints
{
public:
    enum class Product { Api, Verify, Messaging, Lookups, Content };

    /// https://api.twilio.com, https://verify.twilio.com, … (no trailing slash).
    static Endpoints defaults();
    /// Every product served from one base URL (the twin).
    static Endpoints forAll(const QUrl &base);

    QUrl base(Product product) const;
    void setBase(Product product, const QUrl &url);

    QUrl api() const { return base(Product::Api); }
    QUrl verify() const { return base(Product::Verify); }
    QUrl messaging() const { return base(Product::Messaging); }
    QUrl lookups() const { return base(Product::Lookups); }
    QUrl content() const { return base(Product::Content); }

    /// Joins a relative path ("/2010-04-01/…?Page=1", already percent-encoded) onto the base URL
    /// of \a product, keeping any path prefix of the base. Returns an invalid QUrl when
    /// \a encodedPath is not a path relative to the host (e.g. an absolute URL).
    QUrl join(Product product, const QByteArray &encodedPath) const;

private:
    QUrl m_api;
    QUrl m_verify;
    QUrl m_messaging;
    QUrl m_lookups;
    QUrl m_content;
};

} // namespace Vortex::Core::Twilio
