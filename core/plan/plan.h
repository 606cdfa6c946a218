// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace scalescope {

/// A header whose value may contain template placeholders.
struct HeaderTemplate {
    QString name;
    QString value;
    friend bool operator==(const HeaderTemplate&, const HeaderTemplate&) = default;
};

/// One request as written in the plan: every string may contain placeholders ({size}, {id}, …).
struct RequestTemplate {
    QString method = QStringLiteral("GET");
    QString path; ///< starts with "/", relative to target.base_url; may carry a query string
    QList<HeaderTemplate> headers;
    /// JSON body (sent as application/json unless a Content-Type header says otherwise).
    /// Undefined when the request has no JSON body. Strings inside are templates; the object
    /// {"$repeat": "<count template>", "item": <value>} expands into an array of count items.
    QJsonValue body = QJsonValue(QJsonValue::Undefined);
    /// Raw body template, used instead of @ref body when set.
    std::optional<QString> bodyText;
    friend bool operator==(const RequestTemplate&, const RequestTemplate&) = default;
};

struct TargetConfig {
    QUrl baseUrl; ///< scheme + host (+ port, + path prefix)
    int timeoutMs = 30000;
    bool verifyTls = true;
    QList<HeaderTemplate> headers; ///< sent with every request
    bool http2 = false; ///< measure through QNetworkAccessManager with HTTP/2
    QString proxy; ///< e.g. "http://proxy:3128"; measured through QNetworkAccessManager when set
    friend bool operator==(const TargetConfig&, const TargetConfig&) = default;
};

enum class AuthKind { None, Basic, Bearer, Login };

struct LoginFlow {
    RequestTemplate request; ///< body uses {username} and {password}
    QString tokenPointer = QStringLiteral("/token"); ///< JSON pointer (RFC 6901) into the response
    QString headerName = QStringLiteral("Authorization");
    QString headerTemplate = QStringLiteral("Token {token}"); ///< "Bearer {token}" for JWT APIs
    friend bool operator==(const LoginFlow&, const LoginFlow&) = default;
};

struct AuthConfig {
    AuthKind kind = AuthKind::None;
    QString username;
    /// Never a password: a reference such as "${SCALESCOPE_PASSWORD}", or empty when the
    /// password is supplied at run time (--password-env, the GUI, the keychain).
    QString passwordRef;
    QString tokenRef; ///< for bearer: a reference like "${API_TOKEN}", or empty
    LoginFlow login; ///< for AuthKind::Login
    friend bool operator==(const AuthConfig&, const AuthConfig&) = default;
};

enum class DatasetMode {
    Seeded, ///< records are created through the API up to each size, then deleted
    Sweep, ///< no records: the size is substituted as {size} into the endpoints
};

enum class IdSource { JsonPointer, LocationHeader };

struct DatasetConfig {
    DatasetMode mode = DatasetMode::Seeded;
    QList<int> sizes; ///< strictly ascending, each >= 1 (>= 0 for sweeps)
    std::optional<RequestTemplate> seed; ///< required for Seeded; uses {n} (1-based record number)
    IdSource idSource = IdSource::JsonPointer;
    QString idPointer = QStringLiteral("/id"); ///< with IdSource::JsonPointer
    std::optional<RequestTemplate> cleanup; ///< uses {id}; without it, created records stay
    std::optional<RequestTemplate> count; ///< optional: how many records the target holds
    QString countPointer = QStringLiteral("/count"); ///< JSON pointer into the count response
    friend bool operator==(const DatasetConfig&, const DatasetConfig&) = default;
};

struct EndpointConfig {
    QString name; ///< unique within the plan
    RequestTemplate request;
    QList<int> expectedStatus; ///< empty means any 2xx
    friend bool operator==(const EndpointConfig&, const EndpointConfig&) = default;
};

struct MeasurementConfig {
    int iterations = 10; ///< measured requests per endpoint per size
    int warmup = 1; ///< unmeasured requests per endpoint per size, before measuring
    bool concurrent = false; ///< false: one request at a time
    int maxWorkers = 5; ///< requests in flight at once when concurrent
    /// Interleaved: at each size the endpoints take turns, one request each per round, so that every endpoint
    /// of a size is measured under the same conditions of the machine. Grouped: each endpoint's requests
    /// one after another (scale_test's order; cells finish one by one).
    enum class Order { Grouped, Interleaved };
    Order order = Order::Grouped;
    int block = 5; ///< interleaved: consecutive requests of one endpoint per turn
    /// > 0: keep measuring (more rounds beyond iterations) until each cell's samples span at least this long,
    /// so that a cell averages over the machine's changes of speed (CPU frequency, other load) instead of
    /// catching one of them. At most kMaxSamplesPerCell requests per cell. 0: exactly iterations.
    int minDurationMs = 0;
    static constexpr int kMaxSamplesPerCell = 2000;
    friend bool operator==(const MeasurementConfig&, const MeasurementConfig&) = default;
};

/// How an endpoint's latency grows with the dataset size n, ordered from best to worst.
/// Inconclusive is the analysis' answer when the data cannot tell.
enum class ComplexityClass { Constant, Logarithmic, Linear, Linearithmic, Quadratic, Inconclusive };

enum class ThresholdMetric { P50, P90, P95, P99, Mean, Max, ErrorRate, Throughput, Scaling };

/// "metric must stay below max" (latencies in ms, error rate in percent), for throughput "must stay
/// above min" (requests per second), for scaling "must grow no worse than max" (a scaling ceiling).
struct Threshold {
    QString endpoint; ///< endpoint name, or empty for every endpoint
    ThresholdMetric metric = ThresholdMetric::P95;
    double limit = 0.0; ///< unused for Scaling
    ComplexityClass ceiling = ComplexityClass::Linear; ///< only for Scaling
    friend bool operator==(const Threshold&, const Threshold&) = default;
};

struct Plan {
    int version = 1;
    QString name;
    QString description;
    TargetConfig target;
    AuthConfig auth;
    DatasetConfig dataset;
    QList<EndpointConfig> endpoints;
    MeasurementConfig measurement;
    QList<Threshold> thresholds;
    friend bool operator==(const Plan&, const Plan&) = default;
};

} // namespace scalescope
