// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/runcontroller.h"

#include "common/jsonpointer.h"
#include "load/loadrunner.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace scalescope {

namespace {

/// The translation context of this file's messages: lupdate reads it from the macro, so the context it
/// extracts is the one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::RunController)
};

QString bodyStart(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (text.isEmpty())
        text = Text::tr("(empty body)");
    return text;
}

/// Concrete requests prepared per endpoint for a load test, taken in turn (placeholders such as {id} or
/// {random_int} vary across them).
constexpr int kLoadVariantsPerEndpoint = 64;

} // namespace

RunController::RunController(quint64 runId, Plan plan, RunOptions options)
    : m_runId(runId)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_builder(m_plan.target, m_options.seed)
    , m_result(std::make_shared<RunResult>())
{
}

RunController::~RunController() = default;

void RunController::cancel()
{
    m_cancelRequested.store(true);
    QMutexLocker lock(&m_batchMutex);
    if (!m_cancellableBatch || !m_pool)
        return;
    if (m_abortInFlight)
        m_pool->abort(m_cancellableBatch);
    else
        m_cancellableBatch->cancel();
}

int RunController::concurrency() const
{
    return m_plan.measurement.concurrent ? std::max(1, m_plan.measurement.maxWorkers) : 1;
}

TransportKind RunController::measuringTransport(const Plan& plan)
{
    return plan.target.http2 || !plan.target.proxy.isEmpty() ? TransportKind::Qnam : TransportKind::Lean;
}

bool RunController::isNetworkFailure(FailureKind kind)
{
    return kind == FailureKind::ConnectionRefused || kind == FailureKind::Dns || kind == FailureKind::Tls;
}

RunResultPtr RunController::execute(const Publisher& publisher)
{
    m_publish = publisher;
    m_clock.start();
    m_origin = TimeSeriesRecorder::Clock::now();
    m_series = std::make_shared<TimeSeriesRecorder>(m_origin);
    RunResult& result = *m_result;
    result.runId = m_runId;
    result.plan = m_plan;
    result.seed = m_options.seed;
    result.startedAt = QDateTime::currentDateTimeUtc();

    m_measureTransport = measuringTransport(m_plan);
    const bool viaQnam = m_measureTransport == TransportKind::Qnam;
    result.transport = WorkerPool::transportName(m_measureTransport);

    const auto& sizes = m_plan.dataset.sizes;
    const qint64 perCell = m_plan.measurement.warmup + m_plan.measurement.iterations;
    const bool seeded = m_plan.dataset.mode == DatasetMode::Seeded;
    const qint64 maxSize = sizes.isEmpty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
    m_unitsTotal = m_plan.load ? qint64(kLoadProgressUnits) + (seeded ? 2 * maxSize : 0)
                               : std::max<qint64>(1, perCell * m_plan.endpoints.size() * sizes.size() + (seeded ? 2 * maxSize : 0));

    // Seeding and cleanup use the pool at the plan's concurrency even for sequential measurement.
    const int poolConcurrency = std::max(1, m_plan.measurement.maxWorkers);
    const int threads = std::clamp(QThread::idealThreadCount(), 1, poolConcurrency);
    TransportOptions transportOptions;
    transportOptions.timeoutMs = m_plan.target.timeoutMs;
    transportOptions.verifyTls = m_plan.target.verifyTls;
    transportOptions.maxConnectionsPerHost = (poolConcurrency + threads - 1) / threads;
    transportOptions.http2 = m_plan.target.http2;
    transportOptions.proxy = m_plan.target.proxy;
    m_pool = std::make_unique<WorkerPool>(threads, transportOptions);

    addEvent(RunEvent::Level::Info, Text::tr("Run started against %1 (measuring with %2)")
                                        .arg(redactedUrl(m_plan.target.baseUrl), result.transport));
    if (viaQnam)
        addEvent(RunEvent::Level::Warning,
                 Text::tr("HTTP/2 or a proxy is requested: latencies are measured through QNetworkAccessManager and "
                          "carry its overhead (about +2.7 ms at p50 here)"));

    std::optional<Error> error = resolveSecrets();
    if (!error)
        error = authenticate();
    qint64 records = 0;
    if (!error && seeded && m_plan.dataset.count) {
        const std::optional<qint64> count = fetchCount(true, error);
        if (count) {
            result.countBefore = *count;
            records = *count;
            addEvent(RunEvent::Level::Info, Text::tr("Target holds %1 records before the run").arg(*count));
        }
    }

    if (m_plan.load && !error && !cancelled()) {
        // A load test: the dataset (if any) is grown once to its largest size, then the load runs.
        const int size = int(maxSize);
        m_sizeIndex = sizes.isEmpty() ? -1 : int(sizes.size()) - 1;
        if (seeded && !sizes.isEmpty())
            error = seedTo(size, records);
        if (!error && !cancelled())
            error = runLoad(size, seeded ? records : -1);
    }

    for (int si = 0; !m_plan.load && !error && !cancelled() && si < sizes.size(); ++si) {
        m_sizeIndex = si;
        const int size = sizes.at(si);
        if (seeded)
            error = seedTo(size, records);
        if (m_plan.measurement.order == MeasurementConfig::Order::Interleaved) {
            QList<int> all(m_plan.endpoints.size());
            std::iota(all.begin(), all.end(), 0);
            if (!error && !cancelled() && !all.isEmpty())
                error = measureEndpoints(si, size, seeded ? records : -1, all);
        } else {
            for (int ei = 0; !error && !cancelled() && ei < m_plan.endpoints.size(); ++ei)
                error = measureEndpoints(si, size, seeded ? records : -1, { ei });
        }
    }

    if (seeded)
        cleanup();

    if (error) {
        result.status = error->kind == ErrorKind::Cancelled ? RunStatus::Cancelled : RunStatus::Failed;
        if (result.status == RunStatus::Failed)
            addEvent(RunEvent::Level::Error, error->message);
        result.error = error;
    } else if (cancelled()) {
        result.status = RunStatus::Cancelled;
        result.error = Error { ErrorKind::Cancelled, Text::tr("The run was stopped before it finished") };
    } else {
        result.status = RunStatus::Completed;
    }
    if (result.status == RunStatus::Cancelled)
        addEvent(RunEvent::Level::Warning, Text::tr("Run stopped: kept %n measured cell(s)", nullptr, int(result.cells.size())));
    else if (result.status == RunStatus::Completed)
        addEvent(RunEvent::Level::Info, Text::tr("Run completed: %n cell(s) measured", nullptr, int(result.cells.size())));

    setPhase(RunPhase::Finished);
    m_unitsDone = m_unitsTotal;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    publish(true);
    m_result->timeSeries.append(m_series->takeAll()); // nothing left when a publisher took it above
    m_pool.reset();
    return m_result;
}

std::optional<Error> RunController::resolveSecrets()
{
    const AuthConfig& auth = m_plan.auth;
    const auto resolve = [](const QString& override, const QString& reference, const QString& field,
                            QString& out) -> std::optional<Error> {
        if (!override.isEmpty()) {
            out = override;
            return std::nullopt;
        }
        if (reference.isEmpty())
            //: %1 = plan field (auth.password)
            return Error { ErrorKind::Usage, Text::tr("%1: no value given; reference an environment variable in the plan "
                                                      "(\"${SCALESCOPE_PASSWORD}\") or supply it at run time "
                                                      "(--password-env)").arg(field) };
        const std::optional<QString> value = resolveSecretReference(reference);
        if (!value || value->isEmpty())
            //: %1 = plan field, %2 = reference such as ${SCALESCOPE_PASSWORD}
            return Error { ErrorKind::Usage, Text::tr("%1: %2 is not set in the environment").arg(field, reference) };
        out = *value;
        return std::nullopt;
    };
    switch (auth.kind) {
    case AuthKind::None:
        return std::nullopt;
    case AuthKind::Basic:
    case AuthKind::Login:
        return resolve(m_options.password, auth.passwordRef, QStringLiteral("auth.password"), m_secrets.password);
    case AuthKind::Bearer:
        return resolve(m_options.token, auth.tokenRef, QStringLiteral("auth.token"), m_secrets.token);
    }
    return std::nullopt;
}

std::optional<Error> RunController::authenticate()
{
    const AuthConfig& auth = m_plan.auth;
    switch (auth.kind) {
    case AuthKind::None:
        return std::nullopt;
    case AuthKind::Basic:
        m_builder.setAuthHeader(QByteArrayLiteral("Authorization"),
                                "Basic " + (auth.username + QLatin1Char(':') + m_secrets.password).toUtf8().toBase64());
        addEvent(RunEvent::Level::Info, Text::tr("Using HTTP basic authentication as %1").arg(auth.username));
        return std::nullopt;
    case AuthKind::Bearer:
        m_builder.setAuthHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_secrets.token.toUtf8());
        addEvent(RunEvent::Level::Info, Text::tr("Using a bearer token"));
        return std::nullopt;
    case AuthKind::Login:
        break;
    }

    setPhase(RunPhase::Authenticating);
    TemplateContext context;
    context.username = auth.username;
    context.password = m_secrets.password;
    const HttpRequest request = m_builder.build(auth.login.request, context, false);
    const QString url = redactedUrl(request.url);
    auto batch = runBatch({ request }, {}, TransportKind::Qnam, true, 1);
    const RequestOutcome& outcome = batch->outcome(0);
    if (cancelled())
        return Error { ErrorKind::Cancelled, Text::tr("The run was stopped during login") };
    if (outcome.failure != FailureKind::None) {
        if (outcome.status == 0)
            //: %1 = login URL, %2 = network error
            return Error { ErrorKind::Network, Text::tr("Cannot log in at %1: %2").arg(url, outcome.errorMessage) };
        //: %1 = login URL, %2 = HTTP status, %3 = start of the server's answer
        return Error { ErrorKind::Auth, Text::tr("Login failed at %1: the server answered HTTP %2: %3")
                                            .arg(url)
                                            .arg(outcome.status)
                                            .arg(bodyStart(outcome.body)) };
    }
    const QString token = jsonScalarToString(evaluateJsonPointer(parseJson(outcome.body), auth.login.tokenPointer));
    if (token.isEmpty())
        //: %1 = login URL, %2 = JSON pointer, %3 = start of the answer
        return Error { ErrorKind::Auth, Text::tr("Login at %1 succeeded but its answer has no token at %2: %3")
                                            .arg(url, auth.login.tokenPointer, bodyStart(outcome.body)) };
    TemplateExpander headerExpander;
    TemplateContext tokenContext;
    tokenContext.token = token;
    m_builder.setAuthHeader(auth.login.headerName.toLatin1(),
                            headerExpander.expand(auth.login.headerTemplate, tokenContext).toUtf8());
    addEvent(RunEvent::Level::Info, Text::tr("Logged in as %1").arg(auth.username));
    return std::nullopt;
}

std::optional<qint64> RunController::fetchCount(bool fatalOnNetworkError, std::optional<Error>& error)
{
    const DatasetConfig& dataset = m_plan.dataset;
    const HttpRequest request = m_builder.build(*dataset.count, {});
    auto batch = runBatch({ request }, {}, TransportKind::Qnam, true, 1, Cancel::Ignore);
    const RequestOutcome& outcome = batch->outcome(0);
    if (outcome.failure != FailureKind::None) {
        if (fatalOnNetworkError && outcome.status == 0) {
            error = Error { ErrorKind::Network, Text::tr("Cannot reach %1: %2").arg(redactedUrl(request.url), outcome.errorMessage) };
        } else {
            addEvent(RunEvent::Level::Warning, Text::tr("Count request failed: %1").arg(outcome.errorMessage));
        }
        return std::nullopt;
    }
    const QJsonValue value = evaluateJsonPointer(parseJson(outcome.body), dataset.countPointer);
    bool ok = false;
    const qint64 count = jsonScalarToString(value).toLongLong(&ok);
    if (!ok) {
        addEvent(RunEvent::Level::Warning, Text::tr("Count response has no number at %1: %2").arg(dataset.countPointer, bodyStart(outcome.body)));
        return std::nullopt;
    }
    return count;
}

std::optional<Error> RunController::seedTo(int size, qint64& records)
{
    const DatasetConfig& dataset = m_plan.dataset;
    const qint64 missing = size - records;
    if (missing <= 0) {
        if (missing < 0)
            addEvent(RunEvent::Level::Warning,
                     Text::tr("The target holds %1 records, more than the dataset size %2: measuring at %1").arg(records).arg(size));
        return std::nullopt;
    }
    setPhase(RunPhase::Seeding);
    QList<HttpRequest> requests;
    requests.reserve(missing);
    TemplateContext context;
    context.size = size;
    context.createdIds = &m_createdIds;
    for (qint64 i = 0; i < missing; ++i) {
        context.n = m_createdIds.size() + i + 1;
        requests.append(m_builder.build(*dataset.seed, context));
    }
    auto batch = runBatch(requests, {}, TransportKind::Qnam, true, std::max(1, m_plan.measurement.maxWorkers),
                          Cancel::FinishInFlight);

    int failed = 0;
    QString firstFailure;
    FailureKind firstKind = FailureKind::None;
    for (int i = 0; i < batch->size(); ++i) {
        const RequestOutcome& outcome = batch->outcome(i);
        if (!outcome.completed)
            continue;
        if (outcome.failure != FailureKind::None) {
            if (failed++ == 0) {
                firstFailure = outcome.errorMessage;
                firstKind = outcome.failure;
            }
            continue;
        }
        QString id;
        if (dataset.idSource == IdSource::LocationHeader) {
            QString path = QUrl(QString::fromUtf8(outcome.location)).path();
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            id = path.section(QLatin1Char('/'), -1);
        } else {
            id = jsonScalarToString(evaluateJsonPointer(parseJson(outcome.body), dataset.idPointer));
        }
        if (id.isEmpty()) {
            // The record exists but cannot be addressed: stop rather than leave more behind.
            ++failed;
            if (firstFailure.isEmpty())
                firstFailure = dataset.idSource == IdSource::LocationHeader
                    ? Text::tr("the response has no Location header; this record cannot be cleaned up")
                    : Text::tr("the response has no id at %1 (%2); this record cannot be cleaned up")
                          .arg(dataset.idPointer, bodyStart(outcome.body));
            continue;
        }
        m_createdIds.append(id);
        ++records;
    }
    m_result->recordsCreated = m_createdIds.size();
    if (cancelled())
        return Error { ErrorKind::Cancelled, Text::tr("The run was stopped while seeding") };
    if (failed > 0) {
        //: %1 = failed count, %2 = requested count, %3 = URL, %4 = size, %5 = first failure
        const Error seedError { isNetworkFailure(firstKind) ? ErrorKind::Network : ErrorKind::Target,
                                Text::tr("Seeding failed: %1 of %2 requests to %3 failed while growing the dataset to %4 records; first: %5")
                                    .arg(failed)
                                    .arg(batch->size())
                                    .arg(redactedUrl(batch->request(0).url))
                                    .arg(size)
                                    .arg(firstFailure) };
        return seedError;
    }
    addEvent(RunEvent::Level::Info, Text::tr("Seeded %1 records (dataset now %2)").arg(missing).arg(records));
    return std::nullopt;
}

namespace {

    /// What one cell collects while its requests complete, possibly over several batches.
    struct CellCollector {
        CellAccumulator accumulator;
        QList<QPair<FailureKind, QString>> errorSamples;
        std::array<int, kFailureKindCount> samplesPerKind {};
        bool allNetworkFailures = true;
        QString firstNetworkError;
        double measuringSeconds = 0;
    };

} // namespace

QList<HttpRequest> RunController::roundRequests(const QList<int>& endpointIndices, int first, int perEndpoint,
                                                int block, QList<int>& endpointOfRequest, int size)
{
    TemplateContext context;
    context.size = size;
    context.createdIds = &m_createdIds;
    QList<HttpRequest> requests;
    requests.reserve(qsizetype(perEndpoint) * endpointIndices.size());
    endpointOfRequest.clear();
    endpointOfRequest.reserve(requests.capacity());
    const int end = first + perEndpoint;
    for (int start = first; start < end; start += block) {
        for (int k = 0; k < endpointIndices.size(); ++k) {
            for (int n = start; n < std::min(start + block, end); ++n) {
                context.n = n + 1;
                requests.append(m_builder.build(m_plan.endpoints.at(endpointIndices.at(k)).request, context));
                endpointOfRequest.append(k);
            }
        }
    }
    return requests;
}

std::shared_ptr<Batch> RunController::runRounds(QList<HttpRequest> requests, const QList<QList<int>>& expected,
                                                const QList<int>& endpointOfRequest, bool measured,
                                                bool countsForProgress)
{
    auto batch = std::make_shared<Batch>(std::move(requests), expected, endpointOfRequest, m_measureTransport);
    // Rounds beyond the planned iterations (a minimum duration) are not in the progress total.
    return runBatch(batch, Cancel::AbortInFlight, concurrency(), measured ? m_series : nullptr, countsForProgress);
}

std::optional<Error> RunController::measureEndpoints(int sizeIndex, int size, qint64 records,
                                                     const QList<int>& endpointIndices)
{
    const MeasurementConfig& measurement = m_plan.measurement;
    const int count = int(endpointIndices.size());
    QList<int> endpointOfRequest;
    QList<QList<int>> expected;
    for (int ei : endpointIndices)
        expected.append(m_plan.endpoints.at(ei).expectedStatus);
    m_endpointIndex = endpointIndices.first();

    const qint64 unitsAtStart = m_unitsDone;
    if (measurement.warmup > 0) {
        setPhase(RunPhase::WarmingUp);
        runRounds(roundRequests(endpointIndices, 0, measurement.warmup, measurement.warmup, endpointOfRequest, size),
                  expected, endpointOfRequest, false, true);
        if (cancelled())
            return Error { ErrorKind::Cancelled, Text::tr("The run was stopped") };
    }

    setPhase(RunPhase::Measuring);
    std::vector<CellCollector> cells(static_cast<std::size_t>(count));
    // Grouped: one block of all iterations. Interleaved: blocks of a few requests per endpoint, so that an
    // endpoint is measured mostly after itself (a slow neighbour leaves cold caches and an idle CPU behind).
    const int block = count == 1 ? measurement.iterations : std::min(measurement.block, measurement.iterations);
    const int maxSamples = std::max(measurement.iterations, MeasurementConfig::kMaxSamplesPerCell);
    int taken = 0; // requests per endpoint so far
    int next = measurement.iterations;
    QElapsedTimer wall;
    wall.start();
    while (next > 0) {
        auto batch = runRounds(roundRequests(endpointIndices, taken, next, block, endpointOfRequest, size), expected,
                               endpointOfRequest, true, taken == 0);
        taken += next;
        for (int i = 0; i < batch->size(); ++i) {
            const RequestOutcome& outcome = batch->outcome(i);
            if (!outcome.completed || outcome.failure == FailureKind::Cancelled)
                continue;
            CellCollector& cell = cells[std::size_t(endpointOfRequest.at(i))];
            cell.accumulator.add(outcome.latency, outcome.failure, outcome.bytesReceived, outcome.bytesSent);
            if (outcome.failure != FailureKind::None) {
                int& kept = cell.samplesPerKind[std::size_t(outcome.failure)];
                if (kept++ < kErrorSamplesPerKind)
                    cell.errorSamples.append({ outcome.failure, outcome.errorMessage });
            }
            if (!isNetworkFailure(outcome.failure))
                cell.allNetworkFailures = false;
            else if (cell.firstNetworkError.isEmpty())
                cell.firstNetworkError = outcome.errorMessage;
        }
        if (cancelled())
            return Error { ErrorKind::Cancelled, Text::tr("The run was stopped") };
        // More rounds until the samples span the minimum duration, estimated from the rounds so far, in steps
        // of at most a quarter of the remaining time so that a machine that slows down does not overshoot.
        const qint64 elapsedNs = wall.nsecsElapsed();
        const qint64 wantedNs = qint64(measurement.minDurationMs) * 1000000;
        next = 0;
        const bool targetDown = std::all_of(cells.begin(), cells.end(), [](const CellCollector& c) {
            return c.allNetworkFailures;
        });
        if (elapsedNs < wantedNs && taken < maxSamples && !targetDown) {
            const double perSampleNs = double(elapsedNs) / taken; // one request of every endpoint
            const double missing = double(wantedNs - elapsedNs) / std::max(1.0, perSampleNs);
            const int rounds = std::max(1, int(std::ceil(missing / 4 / block)));
            next = std::min(rounds * block, maxSamples - taken);
        }
    }
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    m_unitsDone = std::min(m_unitsTotal, unitsAtStart + qint64(count) * (measurement.warmup + measurement.iterations));

    std::optional<Error> error;
    for (int k = 0; k < count; ++k) {
        CellCollector& collector = cells[std::size_t(k)];
        const EndpointConfig& endpoint = m_plan.endpoints.at(endpointIndices.at(k));
        CellResult cell;
        cell.sizeIndex = sizeIndex;
        cell.finishedMs = m_clock.elapsed();
        cell.size = size;
        cell.records = records;
        cell.endpointIndex = endpointIndices.at(k);
        cell.endpoint = endpoint.name;
        cell.method = endpoint.request.method;
        cell.path = endpoint.request.path;
        // Interleaved cells share the wall time: each one's throughput is its share of the requests.
        cell.stats = collector.accumulator.statistics(wallSeconds);
        cell.histogram = collector.accumulator.histogram();
        cell.samplesNs = collector.accumulator.rawSamples();
        cell.errorSamples = collector.errorSamples;
        m_result->cells.append(cell);
        m_pendingCells.append(cell);
        ++m_cellsDone;
        if (cell.stats.failureCount() > 0)
            addEvent(RunEvent::Level::Warning, Text::tr("%1 at size %2: %3 of %4 requests failed")
                                                   .arg(endpoint.name)
                                                   .arg(size)
                                                   .arg(cell.stats.failureCount())
                                                   .arg(cell.stats.count));
        if (!error && collector.allNetworkFailures && collector.accumulator.count() > 0)
            error = Error { ErrorKind::Network, Text::tr("The target stopped answering: %1").arg(collector.firstNetworkError) };
    }
    publish(false);
    return error;
}

std::optional<Error> RunController::runLoad(int size, qint64 records)
{
    setPhase(RunPhase::Measuring);
    LoadRunner::Setup setup;
    setup.config = *m_plan.load;
    TemplateContext context;
    context.size = size;
    context.createdIds = &m_createdIds;
    for (const EndpointConfig& endpoint : m_plan.endpoints) {
        QList<HttpRequest> variants;
        if (endpoint.weight > 0) {
            for (int k = 0; k < kLoadVariantsPerEndpoint; ++k) {
                context.n = k + 1;
                variants.append(m_builder.build(endpoint.request, context));
            }
        }
        setup.variants.append(variants);
        setup.expected.append(endpoint.expectedStatus);
        setup.weights.append(endpoint.weight);
        setup.names.append(endpoint.name);
        setup.methods.append(endpoint.request.method);
        setup.paths.append(endpoint.request.path);
    }
    setup.transport = m_measureTransport;
    setup.options.timeoutMs = m_plan.target.timeoutMs;
    setup.options.verifyTls = m_plan.target.verifyTls;
    setup.options.http2 = m_plan.target.http2;
    setup.options.proxy = m_plan.target.proxy;
    setup.seed = m_options.seed;
    setup.origin = m_origin;
    setup.records = records;

    LoadRunner runner(std::move(setup));
    const qint64 unitsAtStart = m_unitsDone;
    LoadRunner::Callbacks callbacks;
    callbacks.cancelled = [this] { return cancelled(); };
    callbacks.event = [this](RunEvent::Level level, const QString& message) { addEvent(level, message); };
    callbacks.tick = [&] {
        const QList<CellResult> cells = runner.takeNewCells();
        m_result->cells.append(cells);
        m_pendingCells.append(cells);
        m_cellsDone += int(cells.size());
        m_pendingLoadPoints.append(runner.takeNewPoints());
        m_pendingLoadSeries.append(runner.takeNewTimeSeries());
        m_requestsDone = runner.requestsDone();
        m_loadLevel = runner.level();
        m_unitsDone = unitsAtStart + qint64(runner.progress() * kLoadProgressUnits);
        publish(false);
    };
    m_loadActive = true;
    runner.run(callbacks);
    m_loadActive = false;
    m_result->load = runner.result();
    m_unitsDone = unitsAtStart + kLoadProgressUnits;

    // As in a sweep: a target that answered nothing at all is an unreachable target, not a measurement.
    bool allNetworkFailures = m_result->load->totalRequests > 0;
    QString firstNetworkError;
    for (const CellResult& cell : std::as_const(m_result->cells)) {
        allNetworkFailures = allNetworkFailures && cell.stats.successes == 0;
        for (std::size_t kind = 1; allNetworkFailures && kind < kFailureKindCount; ++kind) {
            if (cell.stats.failures[kind] > 0 && !isNetworkFailure(FailureKind(kind)))
                allNetworkFailures = false;
        }
        for (const auto& [kind, message] : cell.errorSamples) {
            if (firstNetworkError.isEmpty() && isNetworkFailure(kind))
                firstNetworkError = message;
        }
    }
    if (allNetworkFailures && !cancelled())
        return Error { ErrorKind::Network,
                       Text::tr("The target answered none of the load test's %n request(s): %1", nullptr,
                                int(std::min<quint64>(m_result->load->totalRequests, quint64(std::numeric_limits<int>::max()))))
                           .arg(firstNetworkError) };
    return std::nullopt;
}

void RunController::cleanup()
{
    RunResult& result = *m_result;
    const DatasetConfig& dataset = m_plan.dataset;
    if (m_createdIds.isEmpty())
        return;
    if (!m_options.cleanup || !dataset.cleanup) {
        result.undeletedIds = m_createdIds;
        addEvent(RunEvent::Level::Warning,
                 m_options.cleanup ? Text::tr("The plan has no cleanup request: %n record(s) created by this run stay in the target",
                                        nullptr, int(m_createdIds.size()))
                                   : Text::tr("Cleanup skipped: %n record(s) created by this run stay in the target",
                                        nullptr, int(m_createdIds.size())));
        return;
    }
    setPhase(RunPhase::CleaningUp);
    QList<HttpRequest> requests;
    requests.reserve(m_createdIds.size());
    for (const QString& id : std::as_const(m_createdIds)) {
        TemplateContext context;
        context.id = id;
        requests.append(m_builder.build(*dataset.cleanup, context));
    }
    // Cleanup is not cancellable: it is what a cancel promises.
    auto batch = runBatch(requests, {}, TransportKind::Qnam, false, std::max(1, m_plan.measurement.maxWorkers), Cancel::Ignore);
    int alreadyGone = 0;
    QString firstFailure;
    for (int i = 0; i < batch->size(); ++i) {
        const RequestOutcome& outcome = batch->outcome(i);
        if (outcome.failure == FailureKind::None) {
            ++result.recordsDeleted;
        } else if (outcome.status == 404 || outcome.status == 410) {
            ++alreadyGone;
        } else {
            result.undeletedIds.append(m_createdIds.at(i));
            if (firstFailure.isEmpty())
                firstFailure = outcome.errorMessage;
        }
    }
    addEvent(RunEvent::Level::Info, Text::tr("Deleted %n record(s) created by this run", nullptr, int(result.recordsDeleted)));
    if (alreadyGone > 0)
        addEvent(RunEvent::Level::Warning, Text::tr("%n record(s) created by this run were already gone", nullptr, alreadyGone));
    if (!result.undeletedIds.isEmpty())
        addEvent(RunEvent::Level::Error, Text::tr("Could not delete %1 record(s) (ids %2); first error: %3")
                                             .arg(result.undeletedIds.size())
                                             .arg(result.undeletedIds.mid(0, 20).join(QStringLiteral(", ")), firstFailure));
    if (dataset.count) {
        std::optional<Error> ignored;
        if (const auto count = fetchCount(false, ignored)) {
            result.countAfter = *count;
            if (result.countBefore >= 0 && result.countAfter != result.countBefore)
                addEvent(RunEvent::Level::Warning, Text::tr("The target held %1 records before the run and holds %2 now")
                                                       .arg(result.countBefore)
                                                       .arg(result.countAfter));
        }
    }
}

std::shared_ptr<Batch> RunController::runBatch(QList<HttpRequest> requests, QList<int> expected, TransportKind transport,
                                               bool keepBodies, int concurrency, Cancel cancel,
                                               std::shared_ptr<TimeSeriesRecorder> series)
{
    auto batch = std::make_shared<Batch>(std::move(requests), std::move(expected), transport, keepBodies);
    return runBatch(batch, cancel, concurrency, std::move(series));
}

std::shared_ptr<Batch> RunController::runBatch(std::shared_ptr<Batch> batch, Cancel cancel, int concurrency,
                                               std::shared_ptr<TimeSeriesRecorder> series, bool countsForProgress)
{
    if (series)
        batch->recordInto(std::move(series));
    const bool cancellable = cancel != Cancel::Ignore;
    if (cancellable) {
        QMutexLocker lock(&m_batchMutex);
        if (m_cancelRequested.load())
            batch->cancel();
        m_cancellableBatch = batch;
        m_abortInFlight = cancel == Cancel::AbortInFlight;
    }
    const qint64 unitsBefore = m_unitsDone;
    m_pool->run(batch, concurrency, [&] {
        if (countsForProgress)
            m_unitsDone = std::min(m_unitsTotal, unitsBefore + batch->finishedCount());
        publish(false);
    });
    if (cancellable) {
        QMutexLocker lock(&m_batchMutex);
        m_cancellableBatch.reset();
    }
    m_requestsDone += quint64(batch->finishedCount());
    logRequests(*batch);
    return batch;
}

void RunController::logRequests(const Batch& batch)
{
    if (!m_options.debugLog)
        return;
    for (int i = 0; i < batch.size(); ++i) {
        const RequestOutcome& outcome = batch.outcome(i);
        if (!outcome.completed)
            continue;
        const HttpRequest& request = batch.request(i);
        const QString target = QString::fromLatin1(request.method) + QLatin1Char(' ') + redactedUrl(request.url);
        const double ms = double(outcome.latency.count()) / 1e6;
        if (outcome.failure == FailureKind::None)
            m_options.debugLog(QStringLiteral("%1 -> %2 in %3 ms (%4 bytes)")
                                   .arg(target)
                                   .arg(outcome.status)
                                   .arg(ms, 0, 'f', 3)
                                   .arg(outcome.bytesReceived));
        else
            m_options.debugLog(QStringLiteral("%1 -> %2 in %3 ms: %4")
                                   .arg(target, failureKindName(outcome.failure))
                                   .arg(ms, 0, 'f', 3)
                                   .arg(outcome.errorMessage));
    }
}

void RunController::setPhase(RunPhase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    publish(false);
}

void RunController::addEvent(RunEvent::Level level, const QString& message)
{
    const RunEvent event { m_clock.elapsed(), level, message };
    m_result->events.append(event);
    m_pendingEvents.append(event);
}

int RunController::plannedLoadCells(const Plan& plan)
{
    const int endpoints = int(std::count_if(plan.endpoints.begin(), plan.endpoints.end(),
                                            [](const EndpointConfig& endpoint) { return endpoint.weight > 0; }));
    const LoadConfig& load = *plan.load;
    switch (load.kind) {
    case LoadConfig::Kind::Load:
    case LoadConfig::Kind::Endurance:
        return endpoints;
    case LoadConfig::Kind::ConcurrencySweep:
        return endpoints * int(load.levels.size());
    case LoadConfig::Kind::Stress:
        return endpoints * (stressStepCount(load) + (load.recoveryMs > 0 ? 1 : 0));
    }
    return endpoints;
}

void RunController::publish(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!m_publish || (!force && now - m_lastPublishMs < 100))
        return;
    m_lastPublishMs = now;
    auto snapshot = std::make_shared<RunSnapshot>();
    snapshot->runId = m_runId;
    snapshot->phase = m_phase;
    snapshot->elapsedMs = now;
    snapshot->sizeIndex = m_sizeIndex;
    snapshot->size = m_sizeIndex >= 0 ? m_plan.dataset.sizes.value(m_sizeIndex) : 0;
    snapshot->endpointIndex = m_endpointIndex;
    snapshot->cellsDone = m_cellsDone;
    snapshot->cellsTotal = m_plan.load ? std::max(m_cellsDone, plannedLoadCells(m_plan))
                                       : int(m_plan.dataset.sizes.size() * m_plan.endpoints.size());
    snapshot->progress = std::clamp(double(m_unitsDone) / double(m_unitsTotal), 0.0, 1.0);
    snapshot->etaMs = snapshot->progress > 0.02 && m_phase != RunPhase::Finished
        ? qint64(double(now) * (1.0 - snapshot->progress) / snapshot->progress)
        : (m_phase == RunPhase::Finished ? 0 : -1);
    snapshot->recordsCreated = m_createdIds.size();
    snapshot->requestsDone = m_requestsDone;
    snapshot->newCells = std::exchange(m_pendingCells, {});
    snapshot->newEvents = std::exchange(m_pendingEvents, {});
    if (m_plan.load) {
        snapshot->newTimeSeries = std::exchange(m_pendingLoadSeries, {});
        snapshot->newLoadPoints = std::exchange(m_pendingLoadPoints, {});
        snapshot->loadLevel = m_loadActive ? m_loadLevel : 0.0;
    } else {
        snapshot->newTimeSeries = m_phase == RunPhase::Finished
            ? m_series->takeAll()
            : m_series->takeFinished(TimeSeriesRecorder::Clock::now());
    }
    m_result->timeSeries.append(snapshot->newTimeSeries);
    m_publish(std::move(snapshot));
}

} // namespace scalescope
