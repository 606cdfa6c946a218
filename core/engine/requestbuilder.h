// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httptypes.h"
#include "plan/plan.h"
#include "plan/templateexpander.h"

namespace scalescope {

/// Turns the plan's request templates into concrete HttpRequests: joins the base URL and the
/// expanded path, merges default, request and auth headers, expands the body.
/// Owns the run's TemplateExpander so every expansion draws from one deterministic sequence.
class RequestBuilder {
public:
    RequestBuilder(const TargetConfig& target, quint64 seed);

    /// Header added to every request but the login request (e.g. "Authorization: Token abc").
    void setAuthHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] bool hasAuthHeader() const { return !m_authName.isEmpty(); }

    [[nodiscard]] HttpRequest build(const RequestTemplate& request, const TemplateContext& context, bool withAuth = true);
    [[nodiscard]] QUrl url(const QString& expandedPath) const;

private:
    TargetConfig m_target;
    TemplateExpander m_expander;
    QByteArray m_authName;
    QByteArray m_authValue;
};

/// "GET http://host/api/x?token=<redacted>": a URL safe to log (query values of keys that look
/// like secrets are replaced, user info is dropped).
[[nodiscard]] QString redactedUrl(const QUrl& url);

} // namespace scalescope
