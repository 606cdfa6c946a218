// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planparser.h"

#include "common/suggest.h"
#include "load/loadtypes.h"

#include "plan/templateexpander.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalescope {

namespace {

    struct Text {
        Q_DECLARE_TR_FUNCTIONS(PlanParser)
    };

    constexpr int kFormatVersion = 1;
    constexpr int kMaxSize = 1000000;
    constexpr int kMaxIterations = 1000000;
    constexpr int kMaxWarmup = 10000;
    constexpr int kMaxWorkers = 1024;
    constexpr int kMaxMinDurationMs = 600000;
    constexpr int kMaxTimeoutMs = 3600000;
    constexpr int kMaxUsers = 100000;
    constexpr double kMaxRate = 1000000.0;

    // ---------------------------------------------------------------------------------------------
    // Small helpers

    QString child(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QString indexed(const QString& path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    QString quoted(const QString& text) { return QLatin1Char('"') + text + QLatin1Char('"'); }

    /// The candidate closest to @p word, when it is close enough to be a plausible typo.
    QString closest(const QString& word, const QStringList& candidates)
    {
        const ClosestMatch best = closestMatch(word, candidates, Qt::CaseInsensitive);
        const int tolerance = std::max<int>(2, int(word.size() / 3));
        if (!best.candidate.isEmpty() && best.distance <= tolerance && best.distance < word.size())
            return best.candidate;
        return {};
    }

    QString quotedList(const QStringList& words)
    {
        QStringList out;
        out.reserve(words.size());
        for (const QString& word : words)
            out.append(quoted(word));
        return out.join(QStringLiteral(", "));
    }

    QString typeName(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return Text::tr("null");
        case QJsonValue::Bool:
            return Text::tr("a boolean");
        case QJsonValue::Double:
            return Text::tr("a number");
        case QJsonValue::String:
            return Text::tr("a string");
        case QJsonValue::Array:
            return Text::tr("an array");
        case QJsonValue::Object:
            return Text::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return Text::tr("nothing");
    }

    const QStringList& httpMethods()
    {
        static const QStringList methods { QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
            QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS") };
        return methods;
    }

    bool isHeaderName(const QString& name)
    {
        if (name.isEmpty())
            return false;
        static const QString tchars = QStringLiteral("!#$%&'*+-.^_`|~");
        for (const QChar c : name) {
            const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
            if (!alnum && !tchars.contains(c))
                return false;
        }
        return true;
    }

    /// RFC 6901 syntax: empty (the whole document) or "/" followed by tokens with only ~0 / ~1 escapes.
    bool isJsonPointer(const QString& pointer)
    {
        if (pointer.isEmpty())
            return true;
        if (!pointer.startsWith(QLatin1Char('/')))
            return false;
        for (qsizetype i = 0; i < pointer.size(); ++i) {
            if (pointer.at(i) == QLatin1Char('~')
                && (i + 1 >= pointer.size()
                    || (pointer.at(i + 1) != QLatin1Char('0') && pointer.at(i + 1) != QLatin1Char('1'))))
                return false;
        }
        return true;
    }

    struct MetricInfo {
        ThresholdMetric metric;
        const char* name;
    };

    constexpr MetricInfo kMetrics[] = {
        { ThresholdMetric::P50, "p50" },
        { ThresholdMetric::P90, "p90" },
        { ThresholdMetric::P95, "p95" },
        { ThresholdMetric::P99, "p99" },
        { ThresholdMetric::Mean, "mean" },
        { ThresholdMetric::Max, "max" },
        { ThresholdMetric::ErrorRate, "error_rate" },
        { ThresholdMetric::Throughput, "throughput" },
        { ThresholdMetric::Scaling, "scaling" },
    };

    constexpr ComplexityClass kCeilingClasses[] = { ComplexityClass::Constant, ComplexityClass::Logarithmic,
        ComplexityClass::Linear, ComplexityClass::Linearithmic, ComplexityClass::Quadratic };

    QString metricName(ThresholdMetric metric)
    {
        for (const MetricInfo& info : kMetrics) {
            if (info.metric == metric)
                return QString::fromLatin1(info.name);
        }
        return {};
    }

    QStringList metricNames()
    {
        QStringList names;
        for (const MetricInfo& info : kMetrics)
            names.append(QString::fromLatin1(info.name));
        return names;
    }

    /// Throughput is a lower bound ("min"); every other metric an upper bound ("max").
    QString boundKey(ThresholdMetric metric)
    {
        return metric == ThresholdMetric::Throughput ? QStringLiteral("min") : QStringLiteral("max");
    }

    QString authTypeName(AuthKind kind)
    {
        switch (kind) {
        case AuthKind::None:
            return QStringLiteral("none");
        case AuthKind::Basic:
            return QStringLiteral("basic");
        case AuthKind::Bearer:
            return QStringLiteral("bearer");
        case AuthKind::Login:
            return QStringLiteral("login");
        }
        return QStringLiteral("none");
    }

    // ---------------------------------------------------------------------------------------------
    // Structure: JSON → Plan, recording type errors, unknown keys and bad enumerations.

    class Reader {
    public:
        QList<PlanIssue> issues;

        void add(const QString& path, const QString& message) { issues.append(PlanIssue { path, message }); }

        void expectKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
        {
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (allowed.contains(it.key()))
                    continue;
                const QString suggestion = closest(it.key(), allowed);
                if (!suggestion.isEmpty())
                    add(child(path, it.key()), Text::tr("unknown key (did you mean %1?)").arg(quoted(suggestion)));
                else
                    add(child(path, it.key()), Text::tr("unknown key (expected one of %1)").arg(quotedList(allowed)));
            }
        }

        void wrongType(const QString& path, const QString& expected, const QJsonValue& got)
        {
            add(path, Text::tr("expected %1, got %2").arg(expected, typeName(got)));
        }

        std::optional<QString> string(const QJsonObject& object, const QString& key, const QString& path)
        {
            if (!object.contains(key))
                return std::nullopt;
            const QJsonValue value = object.value(key);
            if (!value.isString()) {
                wrongType(child(path, key), Text::tr("a string"), value);
                return std::nullopt;
            }
            return value.toString();
        }

        std::optional<bool> boolean(const QJsonObject& object, const QString& key, const QString& path)
        {
            if (!object.contains(key))
                return std::nullopt;
            const QJsonValue value = object.value(key);
            if (!value.isBool()) {
                wrongType(child(path, key), Text::tr("a boolean (true or false)"), value);
                return std::nullopt;
            }
            return value.toBool();
        }

        /// An integer; values outside int are clamped so that validatePlan() reports the range.
        std::optional<int> integerValue(const QJsonValue& value, const QString& path)
        {
            if (!value.isDouble()) {
                wrongType(path, Text::tr("an integer"), value);
                return std::nullopt;
            }
            const double number = value.toDouble();
            if (std::floor(number) != number) {
                add(path, Text::tr("expected an integer, got %1").arg(number));
                return std::nullopt;
            }
            return int(std::clamp<double>(number, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
        }

        std::optional<int> integer(const QJsonObject& object, const QString& key, const QString& path)
        {
            if (!object.contains(key))
                return std::nullopt;
            return integerValue(object.value(key), child(path, key));
        }

        std::optional<double> number(const QJsonObject& object, const QString& key, const QString& path)
        {
            if (!object.contains(key))
                return std::nullopt;
            const QJsonValue value = object.value(key);
            if (!value.isDouble()) {
                wrongType(child(path, key), Text::tr("a number"), value);
                return std::nullopt;
            }
            return value.toDouble();
        }

        /// Seconds (a number, may be fractional) as milliseconds, clamped to int so validatePlan() reports the range.
        std::optional<int> seconds(const QJsonObject& object, const QString& key, const QString& path)
        {
            const std::optional<double> value = number(object, key, path);
            if (!value)
                return std::nullopt;
            return int(std::clamp<double>(std::round(*value * 1000.0), std::numeric_limits<int>::min(),
                std::numeric_limits<int>::max()));
        }

        std::optional<QJsonObject> object(const QJsonObject& parent, const QString& key, const QString& path)
        {
            if (!parent.contains(key))
                return std::nullopt;
            const QJsonValue value = parent.value(key);
            if (!value.isObject()) {
                wrongType(child(path, key), Text::tr("an object"), value);
                return std::nullopt;
            }
            return value.toObject();
        }

        std::optional<QJsonArray> array(const QJsonObject& parent, const QString& key, const QString& path)
        {
            if (!parent.contains(key))
                return std::nullopt;
            const QJsonValue value = parent.value(key);
            if (!value.isArray()) {
                wrongType(child(path, key), Text::tr("an array"), value);
                return std::nullopt;
            }
            return value.toArray();
        }

        /// One of @p choices; reports an unknown value with the closest choice.
        std::optional<QString> choice(
            const QJsonObject& object, const QString& key, const QString& path, const QStringList& choices)
        {
            const std::optional<QString> value = string(object, key, path);
            if (!value)
                return std::nullopt;
            if (choices.contains(*value))
                return value;
            const QString suggestion = closest(*value, choices);
            if (!suggestion.isEmpty())
                add(child(path, key),
                    Text::tr("unknown value %1 (did you mean %2?)").arg(quoted(*value), quoted(suggestion)));
            else
                add(child(path, key),
                    Text::tr("unknown value %1 (expected %2)").arg(quoted(*value), quotedList(choices)));
            return std::nullopt;
        }

        QList<HeaderTemplate> headers(const QJsonObject& parent, const QString& key, const QString& path)
        {
            QList<HeaderTemplate> out;
            const std::optional<QJsonObject> object = this->object(parent, key, path);
            if (!object)
                return out;
            // QJsonObject iterates its keys sorted: the plan's header order is not kept (it does not
            // matter to HTTP for distinct names).
            for (auto it = object->begin(); it != object->end(); ++it) {
                if (!it.value().isString()) {
                    wrongType(child(child(path, key), it.key()), Text::tr("a string"), it.value());
                    continue;
                }
                out.append(HeaderTemplate { it.key(), it.value().toString() });
            }
            return out;
        }

        /// Reads the request keys (method, path, headers, body, body_text) of @p object into @p request.
        void request(const QJsonObject& object, const QString& path, RequestTemplate& request)
        {
            if (const auto method = string(object, QStringLiteral("method"), path))
                request.method = method->trimmed().toUpper();
            if (const auto requestPath = string(object, QStringLiteral("path"), path))
                request.path = *requestPath;
            request.headers = headers(object, QStringLiteral("headers"), path);
            if (object.contains(QStringLiteral("body")))
                request.body = object.value(QStringLiteral("body"));
            if (const auto text = string(object, QStringLiteral("body_text"), path))
                request.bodyText = *text;
        }

        Plan plan(const QJsonObject& root);

    private:
        void target(const QJsonObject& object, TargetConfig& target);
        void auth(const QJsonObject& object, AuthConfig& auth);
        void dataset(const QJsonObject& object, DatasetConfig& dataset);
        void endpoint(const QJsonObject& object, const QString& path, EndpointConfig& endpoint);
        void measurement(const QJsonObject& object, MeasurementConfig& measurement);
        void load(const QJsonObject& object, LoadConfig& load);
        void threshold(const QJsonObject& object, const QString& path, Threshold& threshold);
    };

    const QStringList kRequestKeys { QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("headers"),
        QStringLiteral("body"), QStringLiteral("body_text") };

    Plan Reader::plan(const QJsonObject& root)
    {
        Plan plan;
        expectKeys(root, QString(),
            { QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("description"),
                QStringLiteral("target"), QStringLiteral("auth"), QStringLiteral("dataset"),
                QStringLiteral("endpoints"), QStringLiteral("measurement"), QStringLiteral("load"),
                QStringLiteral("thresholds") });

        if (!root.contains(QStringLiteral("version")))
            add(QStringLiteral("version"), Text::tr("required (write \"version\": 1)"));
        else if (const auto version = integer(root, QStringLiteral("version"), QString()))
            plan.version = *version;
        if (const auto name = string(root, QStringLiteral("name"), QString()))
            plan.name = *name;
        if (const auto description = string(root, QStringLiteral("description"), QString()))
            plan.description = *description;
        if (const auto object = this->object(root, QStringLiteral("target"), QString()))
            target(*object, plan.target);
        if (const auto object = this->object(root, QStringLiteral("auth"), QString()))
            auth(*object, plan.auth);
        if (const auto object = this->object(root, QStringLiteral("dataset"), QString()))
            dataset(*object, plan.dataset);
        if (const auto endpoints = array(root, QStringLiteral("endpoints"), QString())) {
            for (qsizetype k = 0; k < endpoints->size(); ++k) {
                const QString path = indexed(QStringLiteral("endpoints"), k);
                EndpointConfig endpoint;
                if (endpoints->at(k).isObject())
                    this->endpoint(endpoints->at(k).toObject(), path, endpoint);
                else
                    wrongType(path, Text::tr("an object"), endpoints->at(k));
                plan.endpoints.append(endpoint); // kept even when broken, so later indices stay right
            }
        }
        if (const auto object = this->object(root, QStringLiteral("measurement"), QString()))
            measurement(*object, plan.measurement);
        if (const auto object = this->object(root, QStringLiteral("load"), QString())) {
            plan.load = LoadConfig {};
            load(*object, *plan.load);
        }
        if (const auto thresholds = array(root, QStringLiteral("thresholds"), QString())) {
            for (qsizetype k = 0; k < thresholds->size(); ++k) {
                const QString path = indexed(QStringLiteral("thresholds"), k);
                Threshold threshold;
                if (thresholds->at(k).isObject())
                    this->threshold(thresholds->at(k).toObject(), path, threshold);
                else
                    wrongType(path, Text::tr("an object"), thresholds->at(k));
                plan.thresholds.append(threshold);
            }
        }
        return plan;
    }

    void Reader::target(const QJsonObject& object, TargetConfig& target)
    {
        const QString path = QStringLiteral("target");
        expectKeys(object, path,
            { QStringLiteral("base_url"), QStringLiteral("timeout_ms"), QStringLiteral("verify_tls"),
                QStringLiteral("headers"), QStringLiteral("http2"), QStringLiteral("proxy") });
        if (const auto url = string(object, QStringLiteral("base_url"), path))
            target.baseUrl = QUrl(url->trimmed(), QUrl::StrictMode);
        if (const auto timeout = integer(object, QStringLiteral("timeout_ms"), path))
            target.timeoutMs = *timeout;
        if (const auto verify = boolean(object, QStringLiteral("verify_tls"), path))
            target.verifyTls = *verify;
        target.headers = headers(object, QStringLiteral("headers"), path);
        if (const auto http2 = boolean(object, QStringLiteral("http2"), path))
            target.http2 = *http2;
        if (const auto proxy = string(object, QStringLiteral("proxy"), path))
            target.proxy = proxy->trimmed();
    }

    void Reader::auth(const QJsonObject& object, AuthConfig& auth)
    {
        const QString path = QStringLiteral("auth");
        expectKeys(object, path,
            { QStringLiteral("type"), QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("token"),
                QStringLiteral("login") });
        const QStringList types { QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer"),
            QStringLiteral("login") };
        if (!object.contains(QStringLiteral("type")))
            add(child(path, QStringLiteral("type")), Text::tr("required (one of %1)").arg(quotedList(types)));
        if (const auto type = choice(object, QStringLiteral("type"), path, types)) {
            if (*type == QLatin1String("basic"))
                auth.kind = AuthKind::Basic;
            else if (*type == QLatin1String("bearer"))
                auth.kind = AuthKind::Bearer;
            else if (*type == QLatin1String("login"))
                auth.kind = AuthKind::Login;
            else
                auth.kind = AuthKind::None;
        }
        if (const auto username = string(object, QStringLiteral("username"), path))
            auth.username = *username;
        // Clear-text secrets are kept here only so that validatePlan() can reject them; they never
        // reach an error message.
        if (const auto password = string(object, QStringLiteral("password"), path))
            auth.passwordRef = *password;
        if (const auto token = string(object, QStringLiteral("token"), path))
            auth.tokenRef = *token;
        if (const auto login = this->object(object, QStringLiteral("login"), path)) {
            const QString loginPath = child(path, QStringLiteral("login"));
            expectKeys(*login, loginPath,
                kRequestKeys
                    + QStringList {
                        QStringLiteral("token_pointer"), QStringLiteral("header"), QStringLiteral("header_template") });
            auth.login.request.method = QStringLiteral("POST"); // a login is a POST unless said otherwise
            request(*login, loginPath, auth.login.request);
            if (const auto pointer = string(*login, QStringLiteral("token_pointer"), loginPath))
                auth.login.tokenPointer = *pointer;
            if (const auto header = string(*login, QStringLiteral("header"), loginPath))
                auth.login.headerName = header->trimmed();
            if (const auto headerTemplate = string(*login, QStringLiteral("header_template"), loginPath))
                auth.login.headerTemplate = *headerTemplate;
        }
    }

    void Reader::dataset(const QJsonObject& object, DatasetConfig& dataset)
    {
        const QString path = QStringLiteral("dataset");
        expectKeys(object, path,
            { QStringLiteral("mode"), QStringLiteral("sizes"), QStringLiteral("seed"), QStringLiteral("cleanup"),
                QStringLiteral("count") });
        if (const auto mode
            = choice(object, QStringLiteral("mode"), path, { QStringLiteral("seed"), QStringLiteral("sweep") }))
            dataset.mode = *mode == QLatin1String("sweep") ? DatasetMode::Sweep : DatasetMode::Seeded;
        if (const auto sizes = array(object, QStringLiteral("sizes"), path)) {
            QList<int> values;
            bool allGood = true;
            for (qsizetype k = 0; k < sizes->size(); ++k) {
                const auto size = integerValue(sizes->at(k), indexed(child(path, QStringLiteral("sizes")), k));
                if (size)
                    values.append(*size);
                else
                    allGood = false;
            }
            if (allGood) // a partial list would make validatePlan() report misleading indices
                dataset.sizes = values;
        }
        if (const auto seed = this->object(object, QStringLiteral("seed"), path)) {
            const QString seedPath = child(path, QStringLiteral("seed"));
            expectKeys(*seed, seedPath, kRequestKeys + QStringList { QStringLiteral("id_from") });
            RequestTemplate request;
            this->request(*seed, seedPath, request);
            dataset.seed = request;
            if (const auto idFrom = string(*seed, QStringLiteral("id_from"), seedPath)) {
                if (*idFrom == QLatin1String("location")) {
                    dataset.idSource = IdSource::LocationHeader;
                } else if (idFrom->startsWith(QLatin1String("json:"))) {
                    dataset.idSource = IdSource::JsonPointer;
                    dataset.idPointer = idFrom->mid(5);
                } else {
                    add(child(seedPath, QStringLiteral("id_from")),
                        Text::tr("expected \"json:<pointer>\" (e.g. \"json:/id\") or \"location\", got %1")
                            .arg(quoted(*idFrom)));
                }
            }
        }
        if (const auto cleanup = this->object(object, QStringLiteral("cleanup"), path)) {
            const QString cleanupPath = child(path, QStringLiteral("cleanup"));
            expectKeys(*cleanup, cleanupPath, kRequestKeys);
            RequestTemplate request;
            this->request(*cleanup, cleanupPath, request);
            dataset.cleanup = request;
        }
        if (const auto count = this->object(object, QStringLiteral("count"), path)) {
            const QString countPath = child(path, QStringLiteral("count"));
            expectKeys(*count, countPath, kRequestKeys + QStringList { QStringLiteral("pointer") });
            RequestTemplate request;
            this->request(*count, countPath, request);
            dataset.count = request;
            if (const auto pointer = string(*count, QStringLiteral("pointer"), countPath))
                dataset.countPointer = *pointer;
        }
    }

    void Reader::endpoint(const QJsonObject& object, const QString& path, EndpointConfig& endpoint)
    {
        expectKeys(object, path,
            kRequestKeys + QStringList { QStringLiteral("name"), QStringLiteral("expect"), QStringLiteral("weight") });
        if (const auto name = string(object, QStringLiteral("name"), path))
            endpoint.name = *name;
        if (const auto weight = integer(object, QStringLiteral("weight"), path))
            endpoint.weight = *weight;
        request(object, path, endpoint.request);
        if (!object.contains(QStringLiteral("expect")))
            return;
        const QJsonValue expect = object.value(QStringLiteral("expect"));
        const QString expectPath = child(path, QStringLiteral("expect"));
        if (expect.isDouble()) { // a single status is accepted for convenience
            if (const auto status = integerValue(expect, expectPath))
                endpoint.expectedStatus = { *status };
            return;
        }
        if (!expect.isArray()) {
            wrongType(expectPath, Text::tr("an array of status codes"), expect);
            return;
        }
        const QJsonArray statuses = expect.toArray();
        for (qsizetype k = 0; k < statuses.size(); ++k) {
            if (const auto status = integerValue(statuses.at(k), indexed(expectPath, k)))
                endpoint.expectedStatus.append(*status);
        }
    }

    void Reader::measurement(const QJsonObject& object, MeasurementConfig& measurement)
    {
        const QString path = QStringLiteral("measurement");
        expectKeys(object, path,
            { QStringLiteral("iterations"), QStringLiteral("warmup"), QStringLiteral("mode"),
                QStringLiteral("max_workers"), QStringLiteral("order"), QStringLiteral("block"),
                QStringLiteral("min_duration_ms") });
        if (const auto iterations = integer(object, QStringLiteral("iterations"), path))
            measurement.iterations = *iterations;
        if (const auto warmup = integer(object, QStringLiteral("warmup"), path))
            measurement.warmup = *warmup;
        if (const auto mode = choice(
                object, QStringLiteral("mode"), path, { QStringLiteral("sequential"), QStringLiteral("concurrent") }))
            measurement.concurrent = *mode == QLatin1String("concurrent");
        if (const auto workers = integer(object, QStringLiteral("max_workers"), path))
            measurement.maxWorkers = *workers;
        if (const auto order = choice(
                object, QStringLiteral("order"), path, { QStringLiteral("grouped"), QStringLiteral("interleaved") }))
            measurement.order = *order == QLatin1String("interleaved") ? MeasurementConfig::Order::Interleaved
                                                                       : MeasurementConfig::Order::Grouped;
        if (const auto block = integer(object, QStringLiteral("block"), path))
            measurement.block = *block;
        if (const auto duration = integer(object, QStringLiteral("min_duration_ms"), path))
            measurement.minDurationMs = *duration;
    }

    void Reader::load(const QJsonObject& object, LoadConfig& load)
    {
        const QString path = QStringLiteral("load");
        expectKeys(object, path,
            { QStringLiteral("kind"), QStringLiteral("model"), QStringLiteral("users"), QStringLiteral("spawn_rate"),
                QStringLiteral("think_time_s"), QStringLiteral("rate"), QStringLiteral("ramp_to_rate"),
                QStringLiteral("max_in_flight"), QStringLiteral("connections"), QStringLiteral("duration_s"),
                QStringLiteral("warmup_s"), QStringLiteral("step"), QStringLiteral("max"),
                QStringLiteral("step_duration_s"), QStringLiteral("stop"), QStringLiteral("recovery_s"),
                QStringLiteral("interval_s"), QStringLiteral("target_memory"), QStringLiteral("levels") });
        QStringList kinds;
        for (const auto kind : { LoadConfig::Kind::Load, LoadConfig::Kind::Stress, LoadConfig::Kind::Endurance,
                 LoadConfig::Kind::ConcurrencySweep })
            kinds.append(loadKindName(kind));
        if (const auto kind = choice(object, QStringLiteral("kind"), path, kinds))
            load.kind = *loadKindFromName(*kind);
        if (const auto model = choice(object, QStringLiteral("model"), path,
                { loadModelName(LoadConfig::Model::Closed), loadModelName(LoadConfig::Model::Open) }))
            load.model = *loadModelFromName(*model);
        if (const auto users = integer(object, QStringLiteral("users"), path))
            load.users = *users;
        if (const auto spawn = number(object, QStringLiteral("spawn_rate"), path))
            load.spawnRate = *spawn;
        if (const auto think = this->object(object, QStringLiteral("think_time_s"), path)) {
            const QString thinkPath = child(path, QStringLiteral("think_time_s"));
            expectKeys(*think, thinkPath, { QStringLiteral("min"), QStringLiteral("max") });
            if (const auto min = seconds(*think, QStringLiteral("min"), thinkPath))
                load.thinkMinMs = *min;
            if (const auto max = seconds(*think, QStringLiteral("max"), thinkPath))
                load.thinkMaxMs = *max;
            else if (think->contains(QStringLiteral("min")))
                load.thinkMaxMs = load.thinkMinMs;
        }
        if (const auto rate = number(object, QStringLiteral("rate"), path))
            load.rate = *rate;
        if (const auto ramp = number(object, QStringLiteral("ramp_to_rate"), path))
            load.rampToRate = *ramp;
        if (const auto inFlight = integer(object, QStringLiteral("max_in_flight"), path))
            load.maxInFlight = *inFlight;
        if (const auto connections = integer(object, QStringLiteral("connections"), path))
            load.connections = *connections;
        if (const auto duration = seconds(object, QStringLiteral("duration_s"), path))
            load.durationMs = *duration;
        if (const auto warmup = seconds(object, QStringLiteral("warmup_s"), path))
            load.warmupMs = *warmup;
        if (const auto step = number(object, QStringLiteral("step"), path))
            load.step = *step;
        if (const auto max = number(object, QStringLiteral("max"), path))
            load.maxLevel = *max;
        if (const auto stepDuration = seconds(object, QStringLiteral("step_duration_s"), path))
            load.stepDurationMs = *stepDuration;
        if (const auto stop = this->object(object, QStringLiteral("stop"), path)) {
            const QString stopPath = child(path, QStringLiteral("stop"));
            expectKeys(*stop, stopPath,
                { QStringLiteral("error_rate_percent"), QStringLiteral("p95_ms"), QStringLiteral("throughput_plateau") });
            load.stopErrorRatePercent = number(*stop, QStringLiteral("error_rate_percent"), stopPath).value_or(0.0);
            load.stopP95Ms = number(*stop, QStringLiteral("p95_ms"), stopPath).value_or(0.0);
            load.stopOnThroughputPlateau
                = boolean(*stop, QStringLiteral("throughput_plateau"), stopPath).value_or(false);
        }
        if (const auto recovery = seconds(object, QStringLiteral("recovery_s"), path))
            load.recoveryMs = *recovery;
        if (const auto interval = seconds(object, QStringLiteral("interval_s"), path))
            load.intervalMs = *interval;
        if (const auto memory = this->object(object, QStringLiteral("target_memory"), path)) {
            const QString memoryPath = child(path, QStringLiteral("target_memory"));
            expectKeys(*memory, memoryPath, { QStringLiteral("metrics_url"), QStringLiteral("pid") });
            if (const auto url = string(*memory, QStringLiteral("metrics_url"), memoryPath))
                load.memoryMetricsUrl = url->trimmed();
            if (const auto pid = integer(*memory, QStringLiteral("pid"), memoryPath))
                load.memoryPid = *pid;
        }
        if (const auto levels = array(object, QStringLiteral("levels"), path)) {
            load.levels.clear();
            for (qsizetype k = 0; k < levels->size(); ++k) {
                if (const auto level = integerValue(levels->at(k), indexed(child(path, QStringLiteral("levels")), k)))
                    load.levels.append(*level);
            }
        }
    }

    void Reader::threshold(const QJsonObject& object, const QString& path, Threshold& threshold)
    {
        expectKeys(object, path,
            { QStringLiteral("endpoint"), QStringLiteral("metric"), QStringLiteral("max"), QStringLiteral("min") });
        if (const auto endpoint = string(object, QStringLiteral("endpoint"), path))
            threshold.endpoint = *endpoint;
        if (!object.contains(QStringLiteral("metric"))) {
            add(child(path, QStringLiteral("metric")), Text::tr("required (one of %1)").arg(quotedList(metricNames())));
            return;
        }
        const auto metric = choice(object, QStringLiteral("metric"), path, metricNames());
        if (!metric)
            return;
        for (const MetricInfo& info : kMetrics) {
            if (*metric == QLatin1String(info.name))
                threshold.metric = info.metric;
        }
        const QString bound = boundKey(threshold.metric);
        const QString wrongBound = bound == QLatin1String("max") ? QStringLiteral("min") : QStringLiteral("max");
        if (object.contains(wrongBound)) {
            if (threshold.metric == ThresholdMetric::Throughput)
                add(child(path, wrongBound),
                    Text::tr("throughput takes \"min\" (the lowest acceptable requests per second), not \"max\""));
            else if (threshold.metric == ThresholdMetric::ErrorRate)
                add(child(path, wrongBound),
                    Text::tr("error_rate takes \"max\" (the highest acceptable percentage), not \"min\""));
            else if (threshold.metric == ThresholdMetric::Scaling)
                add(child(path, wrongBound),
                    Text::tr("scaling takes \"max\" (the worst acceptable growth, such as \"O(n)\"), not \"min\""));
            else
                add(child(path, wrongBound),
                    Text::tr("%1 takes \"max\" (the highest acceptable latency in ms), not \"min\"").arg(*metric));
        }
        if (!object.contains(bound)) {
            if (!object.contains(wrongBound))
                add(child(path, bound), Text::tr("required for metric %1").arg(quoted(*metric)));
            return;
        }
        const QJsonValue limit = object.value(bound);
        if (threshold.metric == ThresholdMetric::Scaling) {
            QStringList classes;
            for (const ComplexityClass complexity : kCeilingClasses)
                classes.append(complexityClassName(complexity));
            const std::optional<ComplexityClass> ceiling
                = limit.isString() ? parseComplexityClass(limit.toString()) : std::nullopt;
            if (!limit.isString())
                wrongType(child(path, bound), Text::tr("a complexity class such as \"O(n)\""), limit);
            else if (!ceiling)
                add(child(path, bound), Text::tr("unknown complexity class %1 (one of %2)")
                                            .arg(quoted(limit.toString()), quotedList(classes)));
            else
                threshold.ceiling = *ceiling;
            return;
        }
        if (!limit.isDouble()) {
            wrongType(child(path, bound), Text::tr("a number"), limit);
            return;
        }
        threshold.limit = limit.toDouble();
    }

    // ---------------------------------------------------------------------------------------------
    // Semantics: Plan → issues.

    /// Where a request template is used; decides which placeholders make sense in it.
    enum class Scope { Endpoint, TargetHeader, Seed, Cleanup, Count, Login };

    class Validator {
    public:
        explicit Validator(const Plan& plan)
            : m_plan(plan)
        {
        }

        QList<PlanIssue> run();

    private:
        void add(const QString& path, const QString& message) { m_issues.append(PlanIssue { path, message }); }

        void target();
        void auth();
        void dataset();
        void endpoints();
        void measurement();
        void load();
        void thresholds();

        void range(const QString& path, int value, int min, int max)
        {
            if (value < min || value > max)
                add(path, Text::tr("must be between %1 and %2, got %3").arg(min).arg(max).arg(value));
        }
        void pointer(const QString& path, const QString& value)
        {
            if (!isJsonPointer(value))
                add(path, Text::tr("%1 is not a JSON pointer (write it like \"/data/id\")").arg(quoted(value)));
        }

        /// Checks a template string: syntax, and placeholders that make no sense in @p scope.
        /// Adds the placeholder names it uses to @p used.
        void templateText(
            const QString& path, const QString& text, Scope scope, bool insideRepeat, QSet<QString>& used);
        void templateJson(
            const QString& path, const QJsonValue& value, Scope scope, bool insideRepeat, QSet<QString>& used);
        void headerList(const QString& path, const QList<HeaderTemplate>& headers, Scope scope, QSet<QString>& used);
        /// Checks a whole request; returns the placeholder names it uses.
        QSet<QString> request(const QString& path, const RequestTemplate& request, Scope scope);

        const Plan& m_plan;
        QList<PlanIssue> m_issues;
    };

    QList<PlanIssue> Validator::run()
    {
        if (m_plan.version > kFormatVersion)
            add(QStringLiteral("version"),
                Text::tr(
                    "this plan was written by a newer ScaleScope (format version %1); this version reads version %2")
                    .arg(m_plan.version)
                    .arg(kFormatVersion));
        else if (m_plan.version != kFormatVersion)
            add(QStringLiteral("version"),
                Text::tr("unsupported format version %1 (expected %2)").arg(m_plan.version).arg(kFormatVersion));
        target();
        auth();
        dataset();
        endpoints();
        measurement();
        load();
        thresholds();
        return m_issues;
    }

    void Validator::load()
    {
        if (!m_plan.load)
            return;
        const LoadConfig& load = *m_plan.load;
        using Kind = LoadConfig::Kind;
        const bool closed = load.model == LoadConfig::Model::Closed;
        const auto path = [](const char* key) -> QString { return QStringLiteral("load.") + QLatin1StringView(key); };
        const auto positive = [this](const QString& where, double value, double max) {
            if (!(value > 0) || value > max)
                add(where, Text::tr("must be above 0 and at most %1, got %2").arg(max).arg(value));
        };
        const auto between = [this](const QString& where, double value, double min, double max) {
            if (!(value >= min) || value > max)
                add(where, Text::tr("must be between %1 and %2, got %3").arg(min).arg(max).arg(value));
        };
        const auto seconds = [this](const QString& where, int ms, int minMs, int maxMs) {
            if (ms < minMs || ms > maxMs)
                add(where, Text::tr("must be between %1 and %2 seconds, got %3")
                               .arg(minMs / 1000.0)
                               .arg(maxMs / 1000.0)
                               .arg(ms / 1000.0));
        };
        constexpr int kWeekMs = 7 * 24 * 3600 * 1000;
        constexpr int kHourMs = 3600 * 1000;

        if (closed && load.kind != Kind::ConcurrencySweep) {
            range(path("users"), load.users, 1, kMaxUsers);
            between(path("spawn_rate"), load.spawnRate, 0, kMaxUsers);
        }
        between(path("think_time_s.min"), load.thinkMinMs / 1000.0, 0, 3600);
        between(path("think_time_s.max"), load.thinkMaxMs / 1000.0, 0, 3600);
        if (load.thinkMaxMs < load.thinkMinMs)
            add(path("think_time_s.max"), Text::tr("must not be below think_time_s.min (%1 s)").arg(load.thinkMinMs / 1000.0));
        if (!closed) {
            positive(path("rate"), load.rate, kMaxRate);
            range(path("max_in_flight"), load.maxInFlight, 1, kMaxUsers);
            if (load.thinkMaxMs > 0)
                add(path("think_time_s"), Text::tr("only for the closed model: an arrival rate sets when requests start"));
        }
        if (load.rampToRate != 0) {
            if (closed || load.kind != Kind::Load)
                add(path("ramp_to_rate"), Text::tr("only for a load test with model \"open\" (a ramping arrival rate)"));
            else
                positive(path("ramp_to_rate"), load.rampToRate, kMaxRate);
        }
        range(path("connections"), load.connections, 0, kMaxUsers);
        seconds(path("warmup_s"), load.warmupMs, 0, kHourMs);

        switch (load.kind) {
        case Kind::Load:
            seconds(path("duration_s"), load.durationMs, 1000, kWeekMs);
            break;
        case Kind::Endurance:
            seconds(path("duration_s"), load.durationMs, 1000, kWeekMs);
            seconds(path("interval_s"), load.intervalMs, 1000, kHourMs);
            if (load.intervalMs > load.durationMs)
                add(path("interval_s"),
                    Text::tr("must not be longer than duration_s (%1 s)").arg(load.durationMs / 1000.0));
            break;
        case Kind::Stress: {
            const double start = loadStartLevel(load);
            positive(path("step"), load.step, closed ? kMaxUsers : kMaxRate);
            if (load.maxLevel < start)
                add(path("max"), Text::tr("must not be below the start level (%1)").arg(start));
            if (load.maxLevel > (closed ? kMaxUsers : kMaxRate))
                add(path("max"), Text::tr("must be at most %1, got %2").arg(closed ? kMaxUsers : kMaxRate).arg(load.maxLevel));
            seconds(path("step_duration_s"), load.stepDurationMs, 1000, kHourMs);
            seconds(path("recovery_s"), load.recoveryMs, 0, kHourMs);
            between(path("stop.error_rate_percent"), load.stopErrorRatePercent, 0, 100);
            between(path("stop.p95_ms"), load.stopP95Ms, 0, 3600000);
            if (load.stopErrorRatePercent <= 0 && load.stopP95Ms <= 0 && !load.stopOnThroughputPlateau)
                add(path("stop"), Text::tr("a stress test needs a stop condition: error_rate_percent, p95_ms or "
                                           "throughput_plateau"));
            break;
        }
        case Kind::ConcurrencySweep:
            if (!closed)
                add(path("model"), Text::tr("a concurrency sweep varies users: it needs model \"closed\""));
            seconds(path("step_duration_s"), load.stepDurationMs, 1000, kHourMs);
            if (load.levels.size() < 2)
                add(path("levels"), Text::tr("at least two levels are required (e.g. [1, 2, 4, 8, 16])"));
            for (qsizetype k = 0; k < load.levels.size(); ++k) {
                const QString where = indexed(path("levels"), k);
                const int level = load.levels.at(k);
                if (level < 1 || level > kMaxUsers)
                    add(where, Text::tr("must be between %1 and %2, got %3").arg(1).arg(kMaxUsers).arg(level));
                else if (k > 0 && level <= load.levels.at(k - 1))
                    add(where, Text::tr("must be greater than the previous level (%1)").arg(load.levels.at(k - 1)));
            }
            break;
        }

        if (!load.memoryMetricsUrl.isEmpty()) {
            const QUrl url(load.memoryMetricsUrl, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                add(path("target_memory.metrics_url"),
                    Text::tr("%1 is not an http(s) URL (write it like \"http://127.0.0.1:8000/metrics\")")
                        .arg(quoted(load.memoryMetricsUrl)));
            if (load.memoryPid != 0)
                add(path("target_memory.pid"), Text::tr("give either metrics_url or pid, not both"));
        }
        if (load.memoryPid < 0)
            add(path("target_memory.pid"), Text::tr("must be a process id above 0, got %1").arg(load.memoryPid));
    }

    void Validator::templateText(
        const QString& path, const QString& text, Scope scope, bool insideRepeat, QSet<QString>& used)
    {
        const QString problem = TemplateExpander::check(text);
        if (!problem.isEmpty()) {
            add(path, problem);
            return;
        }
        const QStringList names = TemplateExpander::placeholders(text);
        for (const QString& name : names) {
            used.insert(name);
            if (name == QLatin1String("i") && !insideRepeat) {
                add(path, Text::tr("{i} is only defined inside a \"$repeat\" item"));
            } else if ((name == QLatin1String("username") || name == QLatin1String("password"))
                && scope != Scope::Login) {
                add(path, Text::tr("{%1} is only available in the login request (auth.login)").arg(name));
            } else if (name == QLatin1String("token")) {
                add(path, Text::tr("{token} is only available in auth.login.header_template"));
            } else if (name == QLatin1String("id")) {
                if (scope == Scope::TargetHeader)
                    add(path, Text::tr("{id} cannot be used in target.headers (they are sent with every request)"));
                else if (scope == Scope::Login)
                    add(path, Text::tr("{id} cannot be used in the login request"));
                else if (scope == Scope::Endpoint && m_plan.dataset.mode != DatasetMode::Seeded)
                    add(path, Text::tr("{id} needs seeded records (dataset.mode \"seed\"); a sweep creates none"));
            }
        }
    }

    void Validator::templateJson(
        const QString& path, const QJsonValue& value, Scope scope, bool insideRepeat, QSet<QString>& used)
    {
        if (value.isString()) {
            templateText(path, value.toString(), scope, insideRepeat, used);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype k = 0; k < array.size(); ++k)
                templateJson(indexed(path, k), array.at(k), scope, insideRepeat, used);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.contains(QStringLiteral("$repeat"))) {
                // The shape and count rules live in TemplateExpander::checkJson(); the item is walked
                // here so that every problem inside it is reported with its full path.
                QJsonObject shallow = object;
                if (shallow.contains(QStringLiteral("item")))
                    shallow.insert(QStringLiteral("item"), QJsonValue());
                const QString problem = TemplateExpander::checkJson(shallow);
                if (!problem.isEmpty())
                    add(path, problem);
                const QJsonValue count = object.value(QStringLiteral("$repeat"));
                if (count.isString()) {
                    for (const QString& name : TemplateExpander::placeholders(count.toString()))
                        used.insert(name);
                }
                if (object.contains(QStringLiteral("item")))
                    templateJson(
                        child(path, QStringLiteral("item")), object.value(QStringLiteral("item")), scope, true, used);
                return;
            }
            for (auto it = object.begin(); it != object.end(); ++it)
                templateJson(child(path, it.key()), it.value(), scope, insideRepeat, used);
        }
    }

    void Validator::headerList(
        const QString& path, const QList<HeaderTemplate>& headers, Scope scope, QSet<QString>& used)
    {
        static const QStringList credentialHeaders { QStringLiteral("authorization"),
            QStringLiteral("proxy-authorization"), QStringLiteral("cookie"), QStringLiteral("x-api-key"),
            QStringLiteral("api-key"), QStringLiteral("x-auth-token") };
        QSet<QString> seen;
        for (const HeaderTemplate& header : headers) {
            const QString headerPath = child(path, header.name);
            if (!isHeaderName(header.name)) {
                add(headerPath, Text::tr("%1 is not a valid header name").arg(quoted(header.name)));
                continue;
            }
            if (seen.contains(header.name.toLower()))
                add(headerPath, Text::tr("header given twice"));
            seen.insert(header.name.toLower());
            if (header.value.contains(QLatin1Char('\r')) || header.value.contains(QLatin1Char('\n'))) {
                add(headerPath, Text::tr("a header value must not contain line breaks"));
                continue;
            }
            templateText(headerPath, header.value, scope, false, used);
            if (credentialHeaders.contains(header.name.toLower()) && !header.value.trimmed().isEmpty()
                && !TemplateExpander::placeholders(header.value).contains(QStringLiteral("env")))
                add(headerPath,
                    Text::tr("a credential must not be stored in a plan file; use \"auth\", or a reference such as "
                             "{env:API_TOKEN}"));
        }
    }

    QSet<QString> Validator::request(const QString& path, const RequestTemplate& request, Scope scope)
    {
        QSet<QString> used;
        const QString methodPath = child(path, QStringLiteral("method"));
        if (request.method.isEmpty())
            add(methodPath, Text::tr("required"));
        else if (!httpMethods().contains(request.method))
            add(methodPath,
                Text::tr("unknown HTTP method %1 (expected one of %2)")
                    .arg(quoted(request.method), httpMethods().join(QStringLiteral(", "))));

        const QString pathPath = child(path, QStringLiteral("path"));
        if (request.path.isEmpty()) {
            add(pathPath, Text::tr("required (e.g. \"/api/items/\")"));
        } else if (!request.path.startsWith(QLatin1Char('/'))) {
            add(pathPath,
                Text::tr("must start with \"/\" (it is relative to target.base_url), got %1")
                    .arg(quoted(request.path)));
        } else if (std::any_of(request.path.begin(), request.path.end(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
            add(pathPath, Text::tr("must not contain spaces or control characters (percent-encode them, e.g. %20)"));
        } else if (request.path.contains(QLatin1Char('#'))) {
            add(pathPath, Text::tr("must not contain a fragment ('#')"));
        } else {
            templateText(pathPath, request.path, scope, false, used);
        }

        headerList(child(path, QStringLiteral("headers")), request.headers, scope, used);
        if (request.bodyText) {
            if (!request.body.isUndefined())
                add(child(path, QStringLiteral("body_text")),
                    Text::tr("use either \"body\" or \"body_text\", not both"));
            templateText(child(path, QStringLiteral("body_text")), *request.bodyText, scope, false, used);
        } else if (!request.body.isUndefined()) {
            templateJson(child(path, QStringLiteral("body")), request.body, scope, false, used);
        }
        return used;
    }

    void Validator::target()
    {
        const TargetConfig& target = m_plan.target;
        const QString urlPath = QStringLiteral("target.base_url");
        const QUrl& url = target.baseUrl;
        if (url.isEmpty()) {
            add(urlPath, Text::tr("required (e.g. \"http://127.0.0.1:8000\")"));
        } else if (!url.isValid()) {
            add(urlPath, Text::tr("not a valid URL: %1").arg(url.errorString()));
        } else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
            add(urlPath, Text::tr("must start with http:// or https://, got %1").arg(quoted(url.toString())));
        } else if (url.host().isEmpty()) {
            add(urlPath, Text::tr("has no host name"));
        } else if (url.hasQuery() || url.hasFragment()) {
            add(urlPath, Text::tr("must not have a query or fragment (put queries in the endpoint paths)"));
        } else if (!url.userInfo().isEmpty()) {
            add(urlPath, Text::tr("must not contain user credentials; use \"auth\" instead"));
        }
        range(QStringLiteral("target.timeout_ms"), target.timeoutMs, 1, kMaxTimeoutMs);
        QSet<QString> used;
        headerList(QStringLiteral("target.headers"), target.headers, Scope::TargetHeader, used);
        if (!target.proxy.isEmpty()) {
            const QUrl proxy(target.proxy, QUrl::StrictMode);
            const QString proxyPath = QStringLiteral("target.proxy");
            if (!proxy.isValid() || proxy.host().isEmpty()
                || (proxy.scheme() != QLatin1String("http") && proxy.scheme() != QLatin1String("socks5")))
                add(proxyPath,
                    Text::tr("expected a proxy URL such as \"http://proxy:3128\" or \"socks5://proxy:1080\""));
            else if (!proxy.password().isEmpty())
                add(proxyPath, Text::tr("a proxy password must not be stored in a plan file"));
        }
    }

    void Validator::auth()
    {
        const AuthConfig& auth = m_plan.auth;
        const QString type = authTypeName(auth.kind);
        const bool usesPassword = auth.kind == AuthKind::Basic || auth.kind == AuthKind::Login;

        if (usesPassword && auth.username.isEmpty())
            add(QStringLiteral("auth.username"), Text::tr("required for %1 authentication").arg(quoted(type)));

        const QString passwordPath = QStringLiteral("auth.password");
        if (!auth.passwordRef.isEmpty()) {
            if (!isSecretReference(auth.passwordRef))
                add(passwordPath,
                    Text::tr("a password must not be stored in a plan file; use a reference such as "
                             "${SCALESCOPE_PASSWORD} or supply it at run time"));
            else if (!usesPassword)
                add(passwordPath,
                    Text::tr("only used with \"basic\" or \"login\" authentication, not %1").arg(quoted(type)));
        }
        const QString tokenPath = QStringLiteral("auth.token");
        if (!auth.tokenRef.isEmpty()) {
            if (!isSecretReference(auth.tokenRef))
                add(tokenPath,
                    Text::tr(
                        "a token must not be stored in a plan file; use a reference such as ${API_TOKEN} or supply "
                        "it at run time"));
            else if (auth.kind != AuthKind::Bearer)
                add(tokenPath, Text::tr("only used with \"bearer\" authentication, not %1").arg(quoted(type)));
        }

        if (auth.kind != AuthKind::Login)
            return;
        const LoginFlow& login = auth.login;
        request(QStringLiteral("auth.login"), login.request, Scope::Login);
        pointer(QStringLiteral("auth.login.token_pointer"), login.tokenPointer);
        if (!isHeaderName(login.headerName))
            add(QStringLiteral("auth.login.header"),
                Text::tr("%1 is not a valid header name").arg(quoted(login.headerName)));
        const QString templatePath = QStringLiteral("auth.login.header_template");
        if (const QString problem = TemplateExpander::check(login.headerTemplate); !problem.isEmpty()) {
            add(templatePath, problem);
        } else {
            const QStringList names = TemplateExpander::placeholders(login.headerTemplate);
            if (!names.contains(QStringLiteral("token")))
                add(templatePath, Text::tr("must contain {token}, e.g. \"Token {token}\" or \"Bearer {token}\""));
            for (const QString& name : names) {
                if (name == QLatin1String("password") || name == QLatin1String("id") || name == QLatin1String("i"))
                    add(templatePath, Text::tr("{%1} cannot be used in the auth header").arg(name));
            }
        }
    }

    void Validator::dataset()
    {
        const DatasetConfig& dataset = m_plan.dataset;
        const bool seeded = dataset.mode == DatasetMode::Seeded;
        const QString sizesPath = QStringLiteral("dataset.sizes");
        if (dataset.sizes.isEmpty() && m_plan.load) {
            // A load test of an API as it is: nothing seeded, nothing to clean up.
            const QString why = Text::tr("not used without dataset.sizes (a load test without sizes seeds nothing)");
            if (dataset.seed)
                add(QStringLiteral("dataset.seed"), why);
            if (dataset.cleanup)
                add(QStringLiteral("dataset.cleanup"), why);
            return;
        }
        if (dataset.sizes.isEmpty())
            add(sizesPath, Text::tr("at least one size is required (e.g. [10, 100, 1000])"));
        for (qsizetype k = 0; k < dataset.sizes.size(); ++k) {
            const int size = dataset.sizes.at(k);
            const QString path = indexed(sizesPath, k);
            if (seeded && size < 1)
                add(path, Text::tr("must be at least 1 when dataset.mode is \"seed\", got %1").arg(size));
            else if (size < 0)
                add(path, Text::tr("must not be negative, got %1").arg(size));
            else if (size > kMaxSize)
                add(path, Text::tr("must be at most %1, got %2").arg(kMaxSize).arg(size));
            else if (k > 0 && size <= dataset.sizes.at(k - 1))
                add(path, Text::tr("must be greater than the previous size (%1)").arg(dataset.sizes.at(k - 1)));
        }

        if (!seeded) {
            const QString why = Text::tr("not used when dataset.mode is \"sweep\" (a sweep creates no records)");
            if (dataset.seed)
                add(QStringLiteral("dataset.seed"), why);
            if (dataset.cleanup)
                add(QStringLiteral("dataset.cleanup"), why);
            if (dataset.count)
                add(QStringLiteral("dataset.count"), why);
            return;
        }
        if (!dataset.seed) {
            add(QStringLiteral("dataset.seed"),
                Text::tr("required when dataset.mode is \"seed\" (the request that creates one record)"));
        } else {
            request(QStringLiteral("dataset.seed"), *dataset.seed, Scope::Seed);
            if (dataset.idSource == IdSource::JsonPointer
                && (dataset.idPointer.isEmpty() || !isJsonPointer(dataset.idPointer)))
                add(QStringLiteral("dataset.seed.id_from"),
                    Text::tr("%1 is not a JSON pointer (write it like \"json:/id\")")
                        .arg(quoted(QStringLiteral("json:") + dataset.idPointer)));
        }
        if (dataset.cleanup) {
            const QSet<QString> used = request(QStringLiteral("dataset.cleanup"), *dataset.cleanup, Scope::Cleanup);
            if (!used.contains(QStringLiteral("id")))
                add(QStringLiteral("dataset.cleanup"),
                    Text::tr("must use {id} to name the record to delete (e.g. \"/api/items/{id}/\")"));
        }
        if (dataset.count) {
            request(QStringLiteral("dataset.count"), *dataset.count, Scope::Count);
            pointer(QStringLiteral("dataset.count.pointer"), dataset.countPointer);
        }
    }

    void Validator::endpoints()
    {
        if (m_plan.endpoints.isEmpty()) {
            add(QStringLiteral("endpoints"), Text::tr("at least one endpoint is required"));
            return;
        }
        QHash<QString, qsizetype> names;
        bool anyUsesSize = false;
        for (qsizetype k = 0; k < m_plan.endpoints.size(); ++k) {
            const EndpointConfig& endpoint = m_plan.endpoints.at(k);
            const QString path = indexed(QStringLiteral("endpoints"), k);
            const QString name = endpoint.name.trimmed();
            if (name.isEmpty())
                add(child(path, QStringLiteral("name")),
                    Text::tr("required (a short unique name such as \"List items\")"));
            else if (names.contains(name))
                add(child(path, QStringLiteral("name")),
                    Text::tr("duplicate name %1 (also used by endpoints[%2])")
                        .arg(quoted(name))
                        .arg(names.value(name)));
            else
                names.insert(name, k);
            const QSet<QString> used = request(path, endpoint.request, Scope::Endpoint);
            anyUsesSize = anyUsesSize || used.contains(QStringLiteral("size"));
            for (qsizetype s = 0; s < endpoint.expectedStatus.size(); ++s) {
                const int status = endpoint.expectedStatus.at(s);
                if (status < 100 || status > 599)
                    add(indexed(child(path, QStringLiteral("expect")), s),
                        Text::tr("must be an HTTP status between 100 and 599, got %1").arg(status));
            }
        }
        if (m_plan.load) {
            bool anyWeight = false;
            for (qsizetype k = 0; k < m_plan.endpoints.size(); ++k) {
                const int weight = m_plan.endpoints.at(k).weight;
                anyWeight = anyWeight || weight > 0;
                range(child(indexed(QStringLiteral("endpoints"), k), QStringLiteral("weight")), weight, 0, 1000000);
            }
            if (!anyWeight)
                add(QStringLiteral("endpoints"), Text::tr("a load test needs at least one endpoint with a weight above 0"));
        }
        if (m_plan.dataset.mode == DatasetMode::Sweep && !anyUsesSize && !m_plan.load)
            add(QStringLiteral("dataset.mode"),
                Text::tr("a sweep needs {size} in at least one endpoint's path, headers or body"));
    }

    void Validator::measurement()
    {
        const MeasurementConfig& measurement = m_plan.measurement;
        range(QStringLiteral("measurement.iterations"), measurement.iterations, 1, kMaxIterations);
        range(QStringLiteral("measurement.warmup"), measurement.warmup, 0, kMaxWarmup);
        range(QStringLiteral("measurement.max_workers"), measurement.maxWorkers, 1, kMaxWorkers);
        range(QStringLiteral("measurement.block"), measurement.block, 1, kMaxIterations);
        range(QStringLiteral("measurement.min_duration_ms"), measurement.minDurationMs, 0, kMaxMinDurationMs);
    }

    void Validator::thresholds()
    {
        QStringList endpointNames;
        for (const EndpointConfig& endpoint : m_plan.endpoints)
            endpointNames.append(endpoint.name.trimmed());
        for (qsizetype k = 0; k < m_plan.thresholds.size(); ++k) {
            const Threshold& threshold = m_plan.thresholds.at(k);
            const QString path = indexed(QStringLiteral("thresholds"), k);
            if (!threshold.endpoint.isEmpty() && !endpointNames.contains(threshold.endpoint)) {
                const QString suggestion = closest(threshold.endpoint, endpointNames);
                if (!suggestion.isEmpty())
                    add(child(path, QStringLiteral("endpoint")),
                        Text::tr("no endpoint is named %1 (did you mean %2?)")
                            .arg(quoted(threshold.endpoint), quoted(suggestion)));
                else
                    add(child(path, QStringLiteral("endpoint")),
                        Text::tr("no endpoint is named %1 (omit \"endpoint\" to apply it to every endpoint)")
                            .arg(quoted(threshold.endpoint)));
            }
            if (threshold.metric == ThresholdMetric::Scaling)
                continue; // its bound is a class, checked while reading
            const QString limitPath = child(path, boundKey(threshold.metric));
            if (!std::isfinite(threshold.limit) || threshold.limit < 0)
                add(limitPath, Text::tr("must be a non-negative number, got %1").arg(threshold.limit));
            else if (threshold.metric == ThresholdMetric::ErrorRate && threshold.limit > 100)
                add(limitPath, Text::tr("an error rate is a percentage: at most 100, got %1").arg(threshold.limit));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    QJsonObject headersToJson(const QList<HeaderTemplate>& headers)
    {
        QJsonObject object;
        for (const HeaderTemplate& header : headers)
            object.insert(header.name, header.value);
        return object;
    }

    QJsonObject requestToJson(const RequestTemplate& request)
    {
        QJsonObject object;
        object.insert(QStringLiteral("method"), request.method);
        object.insert(QStringLiteral("path"), request.path);
        object.insert(QStringLiteral("headers"), headersToJson(request.headers));
        if (!request.body.isUndefined())
            object.insert(QStringLiteral("body"), request.body);
        if (request.bodyText)
            object.insert(QStringLiteral("body_text"), *request.bodyText);
        return object;
    }

    QJsonArray intsToJson(const QList<int>& values)
    {
        QJsonArray array;
        for (const int value : values)
            array.append(value);
        return array;
    }

    /// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
    QString syntaxLocation(const QByteArray& json, int offset)
    {
        const QByteArray before = json.left(std::clamp<qsizetype>(offset, 0, json.size()));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return Text::tr("line %1, column %2").arg(line).arg(column);
    }

    /// Validation issues at or inside a path that already has a structural issue add only noise.
    bool coveredBy(const PlanIssue& issue, const QList<PlanIssue>& structural)
    {
        const auto isWithin = [](const QString& inner, const QString& outer) {
            return inner == outer || inner.startsWith(outer + QLatin1Char('.'))
                || inner.startsWith(outer + QLatin1Char('['));
        };
        return std::any_of(structural.begin(), structural.end(), [&](const PlanIssue& other) {
            return isWithin(issue.path, other.path) || isWithin(other.path, issue.path);
        });
    }

    /// Orders issues as the file reads: by top-level section, then by array element. Within one
    /// element, structural issues keep coming before semantic ones (the sort is stable).
    void sortByDocumentOrder(QList<PlanIssue>& issues)
    {
        static const QStringList sections { QStringLiteral("version"), QStringLiteral("name"),
            QStringLiteral("description"), QStringLiteral("target"), QStringLiteral("auth"), QStringLiteral("dataset"),
            QStringLiteral("endpoints"), QStringLiteral("measurement"), QStringLiteral("thresholds") };
        const auto key = [](const PlanIssue& issue) {
            const auto separator = std::find_if(issue.path.begin(), issue.path.end(),
                [](QChar c) { return c == QLatin1Char('.') || c == QLatin1Char('['); });
            const qsizetype end = separator == issue.path.end() ? -1 : qsizetype(separator - issue.path.begin());
            const QString section = issue.path.left(end);
            qsizetype index = -1;
            if (end >= 0 && issue.path.at(end) == QLatin1Char('[')) {
                const qsizetype close = issue.path.indexOf(QLatin1Char(']'), end);
                index = issue.path.mid(end + 1, close - end - 1).toLongLong();
            }
            const qsizetype order = sections.indexOf(section);
            return std::pair(order < 0 ? sections.size() : order, index);
        };
        std::stable_sort(
            issues.begin(), issues.end(), [&key](const PlanIssue& a, const PlanIssue& b) { return key(a) < key(b); });
    }

    Error planError(const QList<PlanIssue>& issues)
    {
        QStringList lines;
        lines.reserve(issues.size());
        for (const PlanIssue& issue : issues)
            lines.append(issue.toString());
        return Error { ErrorKind::Plan, lines.join(QLatin1Char('\n')) };
    }

} // namespace

QString PlanIssue::toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }

Result<Plan> parsePlan(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return planError({ PlanIssue { syntaxLocation(json, parseError.offset), parseError.errorString() } });
    if (!document.isObject())
        return planError({ PlanIssue { QString(),
            Text::tr("a plan must be a JSON object, got %1")
                .arg(document.isArray() ? Text::tr("an array") : Text::tr("nothing")) } });

    const QJsonObject root = document.object();
    // A newer format may use keys this version does not know: say so, rather than list them.
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isDouble() && version.toDouble() > kFormatVersion) {
        Plan newer;
        newer.version = int(std::min<double>(version.toDouble(), std::numeric_limits<int>::max()));
        const QList<PlanIssue> issues = validatePlan(newer);
        return planError({ issues.constFirst() }); // the version issue comes first
    }

    Reader reader;
    const Plan plan = reader.plan(root);
    QList<PlanIssue> issues = reader.issues;
    for (const PlanIssue& issue : validatePlan(plan)) {
        if (!coveredBy(issue, reader.issues))
            issues.append(issue);
    }
    if (!issues.isEmpty()) {
        sortByDocumentOrder(issues);
        return planError(issues);
    }
    return plan;
}

Result<Plan> loadPlanFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error { ErrorKind::Io, Text::tr("Cannot read plan file %1: %2").arg(fileName, file.errorString()) };
    return parsePlan(file.readAll());
}

QList<PlanIssue> validatePlan(const Plan& plan) { return Validator(plan).run(); }

namespace {

QJsonObject loadToJson(const LoadConfig& load)
{
    // Every key, whatever the kind: a plan switched between kinds (the CLI's --load, the wizard) keeps its settings.
    const auto seconds = [](int ms) { return ms / 1000.0; };
    QJsonObject object;
    object.insert(QStringLiteral("kind"), loadKindName(load.kind));
    object.insert(QStringLiteral("model"), loadModelName(load.model));
    object.insert(QStringLiteral("users"), load.users);
    object.insert(QStringLiteral("spawn_rate"), load.spawnRate);
    object.insert(QStringLiteral("think_time_s"),
        QJsonObject { { QStringLiteral("min"), seconds(load.thinkMinMs) }, { QStringLiteral("max"), seconds(load.thinkMaxMs) } });
    object.insert(QStringLiteral("rate"), load.rate);
    object.insert(QStringLiteral("ramp_to_rate"), load.rampToRate);
    object.insert(QStringLiteral("max_in_flight"), load.maxInFlight);
    object.insert(QStringLiteral("connections"), load.connections);
    object.insert(QStringLiteral("duration_s"), seconds(load.durationMs));
    object.insert(QStringLiteral("warmup_s"), seconds(load.warmupMs));
    object.insert(QStringLiteral("step"), load.step);
    object.insert(QStringLiteral("max"), load.maxLevel);
    object.insert(QStringLiteral("step_duration_s"), seconds(load.stepDurationMs));
    object.insert(QStringLiteral("stop"),
        QJsonObject { { QStringLiteral("error_rate_percent"), load.stopErrorRatePercent },
            { QStringLiteral("p95_ms"), load.stopP95Ms },
            { QStringLiteral("throughput_plateau"), load.stopOnThroughputPlateau } });
    object.insert(QStringLiteral("recovery_s"), seconds(load.recoveryMs));
    object.insert(QStringLiteral("interval_s"), seconds(load.intervalMs));
    object.insert(QStringLiteral("levels"), intsToJson(load.levels));
    QJsonObject memory;
    if (!load.memoryMetricsUrl.isEmpty())
        memory.insert(QStringLiteral("metrics_url"), load.memoryMetricsUrl);
    if (load.memoryPid > 0)
        memory.insert(QStringLiteral("pid"), qint64(load.memoryPid));
    object.insert(QStringLiteral("target_memory"), memory);
    return object;
}

} // namespace

QJsonObject planToJson(const Plan& plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), plan.version);
    root.insert(QStringLiteral("name"), plan.name);
    root.insert(QStringLiteral("description"), plan.description);

    QJsonObject target;
    target.insert(QStringLiteral("base_url"), plan.target.baseUrl.toString(QUrl::FullyEncoded));
    target.insert(QStringLiteral("timeout_ms"), plan.target.timeoutMs);
    target.insert(QStringLiteral("verify_tls"), plan.target.verifyTls);
    target.insert(QStringLiteral("headers"), headersToJson(plan.target.headers));
    target.insert(QStringLiteral("http2"), plan.target.http2);
    target.insert(QStringLiteral("proxy"), plan.target.proxy);
    root.insert(QStringLiteral("target"), target);

    QJsonObject auth;
    auth.insert(QStringLiteral("type"), authTypeName(plan.auth.kind));
    if (!plan.auth.username.isEmpty())
        auth.insert(QStringLiteral("username"), plan.auth.username);
    // Only references can be here (validatePlan() rejects anything else), never a secret.
    if (!plan.auth.passwordRef.isEmpty())
        auth.insert(QStringLiteral("password"), plan.auth.passwordRef);
    if (!plan.auth.tokenRef.isEmpty())
        auth.insert(QStringLiteral("token"), plan.auth.tokenRef);
    if (plan.auth.kind == AuthKind::Login) {
        QJsonObject login = requestToJson(plan.auth.login.request);
        login.insert(QStringLiteral("token_pointer"), plan.auth.login.tokenPointer);
        login.insert(QStringLiteral("header"), plan.auth.login.headerName);
        login.insert(QStringLiteral("header_template"), plan.auth.login.headerTemplate);
        auth.insert(QStringLiteral("login"), login);
    }
    root.insert(QStringLiteral("auth"), auth);

    const DatasetConfig& dataset = plan.dataset;
    QJsonObject datasetObject;
    datasetObject.insert(
        QStringLiteral("mode"), dataset.mode == DatasetMode::Sweep ? QStringLiteral("sweep") : QStringLiteral("seed"));
    datasetObject.insert(QStringLiteral("sizes"), intsToJson(dataset.sizes));
    if (dataset.seed) {
        QJsonObject seed = requestToJson(*dataset.seed);
        seed.insert(QStringLiteral("id_from"),
            dataset.idSource == IdSource::LocationHeader ? QStringLiteral("location")
                                                         : QStringLiteral("json:") + dataset.idPointer);
        datasetObject.insert(QStringLiteral("seed"), seed);
    }
    if (dataset.cleanup)
        datasetObject.insert(QStringLiteral("cleanup"), requestToJson(*dataset.cleanup));
    if (dataset.count) {
        QJsonObject count = requestToJson(*dataset.count);
        count.insert(QStringLiteral("pointer"), dataset.countPointer);
        datasetObject.insert(QStringLiteral("count"), count);
    }
    root.insert(QStringLiteral("dataset"), datasetObject);

    QJsonArray endpoints;
    for (const EndpointConfig& endpoint : plan.endpoints) {
        QJsonObject object = requestToJson(endpoint.request);
        object.insert(QStringLiteral("name"), endpoint.name);
        object.insert(QStringLiteral("expect"), intsToJson(endpoint.expectedStatus));
        if (endpoint.weight != 1)
            object.insert(QStringLiteral("weight"), endpoint.weight);
        endpoints.append(object);
    }
    root.insert(QStringLiteral("endpoints"), endpoints);

    QJsonObject measurement;
    measurement.insert(QStringLiteral("iterations"), plan.measurement.iterations);
    measurement.insert(QStringLiteral("warmup"), plan.measurement.warmup);
    measurement.insert(QStringLiteral("mode"),
        plan.measurement.concurrent ? QStringLiteral("concurrent") : QStringLiteral("sequential"));
    measurement.insert(QStringLiteral("max_workers"), plan.measurement.maxWorkers);
    measurement.insert(QStringLiteral("order"),
        plan.measurement.order == MeasurementConfig::Order::Interleaved ? QStringLiteral("interleaved")
                                                                        : QStringLiteral("grouped"));
    measurement.insert(QStringLiteral("block"), plan.measurement.block);
    measurement.insert(QStringLiteral("min_duration_ms"), plan.measurement.minDurationMs);
    root.insert(QStringLiteral("measurement"), measurement);
    if (plan.load)
        root.insert(QStringLiteral("load"), loadToJson(*plan.load));

    QJsonArray thresholds;
    for (const Threshold& threshold : plan.thresholds) {
        QJsonObject object;
        if (!threshold.endpoint.isEmpty())
            object.insert(QStringLiteral("endpoint"), threshold.endpoint);
        object.insert(QStringLiteral("metric"), metricName(threshold.metric));
        if (threshold.metric == ThresholdMetric::Scaling)
            object.insert(boundKey(threshold.metric), complexityClassName(threshold.ceiling));
        else
            object.insert(boundKey(threshold.metric), threshold.limit);
        thresholds.append(object);
    }
    root.insert(QStringLiteral("thresholds"), thresholds);
    return root;
}

QString complexityClassName(ComplexityClass complexity)
{
    switch (complexity) {
    case ComplexityClass::Constant: return QStringLiteral("O(1)");
    case ComplexityClass::Logarithmic: return QStringLiteral("O(log n)");
    case ComplexityClass::Linear: return QStringLiteral("O(n)");
    case ComplexityClass::Linearithmic: return QStringLiteral("O(n log n)");
    case ComplexityClass::Quadratic: return QStringLiteral("O(n²)");
    case ComplexityClass::Inconclusive: break;
    }
    return QStringLiteral("inconclusive");
}

std::optional<ComplexityClass> parseComplexityClass(const QString& text)
{
    QString wanted = text.toLower();
    wanted.remove(QLatin1Char(' '));
    wanted.replace(QStringLiteral("^2"), QStringLiteral("²"));
    for (const ComplexityClass complexity : kCeilingClasses) {
        if (complexityClassName(complexity).toLower().remove(QLatin1Char(' ')) == wanted)
            return complexity;
    }
    return std::nullopt;
}

QByteArray planToJsonBytes(const Plan& plan) { return QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented); }

} // namespace scalescope
