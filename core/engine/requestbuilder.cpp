// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/requestbuilder.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace scalescope {

RequestBuilder::RequestBuilder(const TargetConfig& target, quint64 seed)
    : m_target(target)
    , m_expander(seed)
{
}

void RequestBuilder::setAuthHeader(const QByteArray& name, const QByteArray& value)
{
    m_authName = name;
    m_authValue = value;
}

QUrl RequestBuilder::url(const QString& expandedPath) const
{
    QString base = m_target.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl::fromEncoded((base + expandedPath).toUtf8(), QUrl::TolerantMode);
}

HttpRequest RequestBuilder::build(const RequestTemplate& request, const TemplateContext& context, bool withAuth)
{
    HttpRequest out;
    out.method = request.method.toUpper().toLatin1();
    out.url = url(m_expander.expand(request.path, context, TemplateExpander::Context::UrlPath));

    bool hasContentType = false;
    const auto addHeader = [&](const HeaderTemplate& header) {
        const QByteArray name = header.name.toLatin1();
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        out.headers.append({ name, m_expander.expand(header.value, context).toUtf8() });
    };
    for (const HeaderTemplate& header : m_target.headers)
        addHeader(header);
    for (const HeaderTemplate& header : request.headers)
        addHeader(header);
    if (withAuth && !m_authName.isEmpty())
        out.headers.append({ m_authName, m_authValue });

    if (request.bodyText) {
        out.body = m_expander.expand(*request.bodyText, context).toUtf8();
    } else if (!request.body.isUndefined()) {
        out.body = m_expander.expandJson(request.body, context);
        if (!hasContentType)
            out.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    }
    if (headerValue(out.headers, "user-agent").isEmpty())
        out.headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("ScaleScope/" SCALESCOPE_VERSION) });
    return out;
}

QString redactedUrl(const QUrl& url)
{
    static const QRegularExpression secretKey(QStringLiteral("pass|secret|token|key|auth|sig|session"),
                                              QRegularExpression::CaseInsensitiveOption);
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto& item : items) {
            if (secretKey.match(item.first).hasMatch())
                item.second = QStringLiteral("<redacted>");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    // PrettyDecoded keeps the URL readable; the marker is put back unencoded for the same reason.
    return copy.toString(QUrl::PrettyDecoded).replace(QStringLiteral("%3Credacted%3E"), QStringLiteral("<redacted>"));
}

} // namespace scalescope
