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
    /// Load tests: the share of requests that go to this endpoint relative to the others (Locust's task weights);
    /// 0 = not sent in load tests. Scale sweeps measure every endpoint whatever its weight.
    int weight = 1;
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

/// A load test (plan key "load"): virtual users or an arrival rate over time, in stages, instead of a scale sweep.
/// Each stage is measured like a dataset size: per endpoint a cell (CellResult::size = the stage's users or
/// requests/s), plus the per-second series — so load runs are stored, analysed, compared and reported as sweeps are.
/// The dataset, when seeded, is grown once to its (single) size before the load and cleaned up after it.
struct LoadConfig {
    enum class Kind {
        Load, ///< one level for a duration (closed: users; open: constant or ramping arrival rate)
        Stress, ///< a step ramp from start by step until a stop condition or max; then the recovery
        Endurance, ///< one level for hours; per-interval statistics, trends, the target's memory
        ConcurrencySweep, ///< closed model at users 1, 2, 4 … (levels); the Universal Scalability Law fit
    };
    enum class Model {
        Closed, ///< N virtual users, each: request, wait for the answer, think, repeat (Locust, JMeter)
        Open, ///< requests at an arrival rate whatever the answers (k6 arrival-rate executors, wrk2)
    };
    Kind kind = Kind::Load;
    Model model = Model::Closed;

    // Closed model
    int users = 10; ///< Load/Endurance; Stress: the start; ConcurrencySweep: unused (levels)
    double spawnRate = 10.0; ///< users started per second until all run (0 = all at once)
    int thinkMinMs = 0; ///< think time between a user's requests, uniform in [min, max]
    int thinkMaxMs = 0;

    // Open model
    double rate = 100.0; ///< requests per second (Load/Endurance); Stress: the start rate
    double rampToRate = 0.0; ///< > 0: ramping arrival rate from rate to this over durationMs (Load only)
    int maxInFlight = 1000; ///< open model: requests in flight at most; beyond it a due request is dropped (counted)

    // Stress (step ramp of users or rate)
    double step = 10.0; ///< users or requests/s added per step
    double maxLevel = 1000.0; ///< the ramp ends here at the latest
    int stepDurationMs = 10000; ///< also the duration of each level of a ConcurrencySweep
    double stopErrorRatePercent = 5.0; ///< stop when a step's error rate exceeds this (0 = not a condition)
    double stopP95Ms = 0.0; ///< stop when a step's p95 exceeds this (0 = not a condition)
    bool stopOnThroughputPlateau = true; ///< stop when throughput grew < 5 % over the previous step
    int recoveryMs = 10000; ///< after the breaking point: the start level again, to see the target recover

    // Endurance
    int intervalMs = 60000; ///< per-interval statistics (bounded memory over hours)
    QString memoryMetricsUrl; ///< Prometheus text endpoint with process_resident_memory_bytes; empty = none
    qint64 memoryPid = 0; ///< or a local process id whose RSS is read from /proc; 0 = none

    // ConcurrencySweep
    QList<int> levels { 1, 2, 4, 8, 16, 32 }; ///< users per level, ascending

    int durationMs = 60000; ///< Load and Endurance: how long the level is held (after the spawn)
    int warmupMs = 0; ///< at the start, not measured
    int connections = 0; ///< lean transport connections at most (0 = users for closed, maxInFlight for open)
    friend bool operator==(const LoadConfig&, const LoadConfig&) = default;
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
    std::optional<LoadConfig> load; ///< set: a load test instead of a scale sweep
    QList<Threshold> thresholds;
    friend bool operator==(const Plan&, const Plan&) = default;
};

} // namespace scalescope
