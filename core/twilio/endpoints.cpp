// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Vortex Alert Console contributors
#include "core/twilio/endpoints.h"

namespace Vortex::Core::Twilio {

Endpoints Endpoints::defaults()
{
    Endpoints e;
    e.m_api = QUrl(QStringLiteral("https://api.twilio.com"));
    e.m_verify = QUrl(QStringLiteral("https://verify.twilio.com"));
    e.m_messaging = QUrl(QStringLiteral("https://messaging.twilio.com"));
    e.m_lookups = QUrl(QStringLiteral("https://lookups.twilio.com"));
    e.m_content = QUrl(QStringLiteral("https://content.twilio.com"));
    return e;
}

Endpoints Endpoints::forAll(const QUrl &base)
{
    Endpoints e;
    for (auto p :
         {Product::Api, Product::Verify, Product::Messaging, Product::Lookups, Product::Content})
        e.setBase(p, base);
    return e;
}

QUrl Endpoints::base(Product product) const
{
    switch (product) {
    case Product::Api:
        return m_api;
    case Product::Verify:
        return m_verify;
    case Product::Messaging:
        return m_messaging;
    case Product::Lookups:
        return m_lookups;
    case Product::Content:
        return m_content;
    }
    return {};
}

void Endpoints::setBase(Product product, const QUrl &url)
{
    const QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
    switch (product) {
    case Product::Api:
        m_api = clean;
        break;
    case Product::Verify:
        m_verify = clean;
        break;
    case Product::Messaging:
        m_messaging = clean;
        break;
    case Product::Lookups:
        m_lookups = clean;
        break;
    case Product::Content:
        m_content = clean;
        break;
    }
}

QUrl Endpoints::join(Product product, const QByteArray &encodedPath) const
{
    // Only host-relative paths: an absolute next_page_uri could send our credentials elsewhere.
    if (!encodedPath.startsWith('/') || encodedPath.startsWith("//"))
        return {};
    const QUrl root = base(product);
    if (!root.isValid() || root.isEmpty())
        return {};
    QUrl joined = QUrl::fromEncoded(root.toEncoded(QUrl::StripTrailingSlash) + encodedPath,
                                    QUrl::StrictMode);
    if (joined.host() != root.host() || joined.port() != root.port()
        || joined.scheme() != root.scheme())
        return {};
    return joined;
}

} // namespace Vortex::Core::Twilio
