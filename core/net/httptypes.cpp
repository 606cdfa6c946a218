// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/httptypes.h"

#include <QCoreApplication>

#include <array>

namespace scalescope {

namespace {

struct FailureKindText {
    const char* name; // stable, never translated: written to JSON files and logs
    const char* label; // translated through the "scalescope::FailureKind" context
};

// Indexed by FailureKind; the static_assert below keeps the table in step with the enum.
constexpr std::array<FailureKindText, kFailureKindCount> kFailureKindTexts { {
    { "none", QT_TRANSLATE_NOOP("scalescope::FailureKind", "No failure") },
    { "connection_refused", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Connection refused") },
    { "dns", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Name resolution failed") },
    { "tls", QT_TRANSLATE_NOOP("scalescope::FailureKind", "TLS error") },
    { "timeout", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Timeout") },
    { "connection_closed", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Connection closed") },
    { "protocol", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Invalid HTTP response") },
    { "http_4xx", QT_TRANSLATE_NOOP("scalescope::FailureKind", "HTTP 4xx") },
    { "http_5xx", QT_TRANSLATE_NOOP("scalescope::FailureKind", "HTTP 5xx") },
    { "unexpected_status", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Unexpected status") },
    { "cancelled", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Cancelled") },
    { "other", QT_TRANSLATE_NOOP("scalescope::FailureKind", "Other error") },
} };
static_assert(kFailureKindTexts.size() == kFailureKindCount);

const FailureKindText& textFor(FailureKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    return kFailureKindTexts[index < kFailureKindCount ? index : static_cast<std::size_t>(FailureKind::Other)];
}

} // namespace

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const HttpHeader& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

QString failureKindName(FailureKind kind)
{
    return QString::fromLatin1(textFor(kind).name);
}

QString failureKindLabel(FailureKind kind)
{
    return QCoreApplication::translate("scalescope::FailureKind", textFor(kind).label);
}

FailureKind classifyResult(const HttpResult& result, const QList<int>& expectedStatus)
{
    if (result.failure != FailureKind::None)
        return result.failure;
    const int status = result.status;
    if (status <= 0)
        return FailureKind::Other; // "no failure" but no response either: a transport bug, never a success
    const bool expected = expectedStatus.isEmpty() ? (status >= 200 && status <= 299) : expectedStatus.contains(status);
    if (expected)
        return FailureKind::None;
    if (status >= 400 && status <= 499)
        return FailureKind::HttpClientError;
    if (status >= 500 && status <= 599)
        return FailureKind::HttpServerError;
    return FailureKind::UnexpectedStatus;
}

} // namespace scalescope
