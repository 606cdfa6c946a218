// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include "plan/planparser.h"
#include "results/texttable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scalescope::report::detail {

namespace {

/// The translation context of the report texts: lupdate reads it from the macro, so the context it extracts is the
/// one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::Reports)
};

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString xmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode()))
            continue;
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\r':
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                out += QLatin1Char('\n');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString xmlCharactersOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            out += c;
        }
    }
    return out;
}

QString svgNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

QString formatDateTime(const QDateTime& time)
{
    if (!time.isValid())
        return QStringLiteral("–");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        //: a duration, %1 = milliseconds
        return Text::tr("%1 ms").arg(ms);
    if (ms < 60000)
        //: a duration, %1 = seconds with one decimal
        return Text::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 3600)
        //: a duration, %1 = minutes, %2 = seconds (two digits)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: a duration, %1 = hours, %2 = minutes (two digits)
    return Text::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatMsUnit(double ms)
{
    return results::formatMs(ms) + QStringLiteral(" ms");
}

QString formatPercent(double percent)
{
    if (!std::isfinite(percent))
        return QStringLiteral("–");
    const bool whole = std::abs(percent - std::round(percent)) < 1e-9;
    return QString::number(percent, 'f', whole ? 0 : 1) + QStringLiteral(" %");
}

QString displayUrl(const QUrl& url)
{
    if (url.isEmpty())
        return {};
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

QString redactedPath(const QString& path)
{
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    if (question < 0)
        return path;
    static const QRegularExpression secretName(
        QStringLiteral("key|token|secret|passw|pwd|signature|sig$|auth|session|credential|bearer"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts = path.mid(question + 1).split(QLatin1Char('&'));
    for (QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString name = part.left(equals);
        const QString value = part.mid(equals + 1);
        const bool placeholder = value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}'));
        if (secretName.match(name).hasMatch() && !placeholder && !value.isEmpty())
            part = name + QStringLiteral("=***");
    }
    return path.left(question + 1) + parts.join(QLatin1Char('&'));
}

QStringList endpointNames(const RunResult& run)
{
    QStringList names;
    for (const EndpointConfig& endpoint : run.plan.endpoints)
        names.append(endpoint.name);
    QList<QPair<int, QString>> extra;
    for (const CellResult& cell : run.cells) {
        if (!names.contains(cell.endpoint)
            && !std::any_of(extra.begin(), extra.end(), [&](const auto& e) { return e.second == cell.endpoint; }))
            extra.append({ cell.endpointIndex, cell.endpoint });
    }
    std::stable_sort(extra.begin(), extra.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& e : extra)
        names.append(e.second);
    return names;
}

QList<int> measuredSizes(const RunResult& run)
{
    QList<int> sizes;
    for (const CellResult& cell : run.cells) {
        if (!sizes.contains(cell.size))
            sizes.append(cell.size);
    }
    if (sizes.isEmpty())
        sizes = run.plan.dataset.sizes;
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

const CellResult* findCell(const RunResult& run, const QString& endpoint, int size)
{
    for (const CellResult& cell : run.cells) {
        if (cell.size == size && cell.endpoint == endpoint)
            return &cell;
    }
    return nullptr;
}

double cellX(const CellResult& cell)
{
    return double(cell.records >= 0 ? cell.records : cell.size);
}

const LoadStage* findStage(const LoadResult& load, int index)
{
    for (const LoadStage& stage : load.stages) {
        if (stage.index == index)
            return &stage;
    }
    return nullptr;
}

const CellResult* findStageCell(const RunResult& run, int stageIndex, const QString& endpoint)
{
    for (const CellResult& cell : run.cells) {
        if (cell.sizeIndex == stageIndex && cell.endpoint == endpoint)
            return &cell;
    }
    return nullptr;
}

QList<const LoadStage*> cellStages(const LoadResult& load)
{
    QList<const LoadStage*> stages;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Interval)
            stages.append(&stage);
    }
    return stages;
}

QString levelText(double level, LoadConfig::Model model)
{
    const QString number = svgNumber(level, 1);
    if (model == LoadConfig::Model::Closed)
        //: a load level, %1 = number of virtual users
        return Text::tr("%1 users").arg(number);
    //: a load level, %1 = arrival rate
    return Text::tr("%1 requests/s").arg(number);
}

QString displaySource(const QString& source)
{
    if (source.contains(QStringLiteral("://")))
        return displayUrl(QUrl(source));
    return source;
}

QString stageText(const LoadStage& stage, const LoadResult& load)
{
    //: %1 = stage name ("Step 3"), %2 = its level ("30 users")
    return Text::tr("%1 (%2)").arg(results::loadStageName(stage, load), levelText(stage.level, load.config.model));
}

QString cellStageText(const RunResult& run, const CellResult& cell)
{
    if (run.load) {
        if (const LoadStage* stage = findStage(*run.load, cell.sizeIndex))
            return stageText(*stage, *run.load);
    }
    return QString::number(cell.size);
}

QList<StageVerdict> stageVerdicts(const RunResult& run, const Threshold& threshold, const QString& endpoint)
{
    QList<StageVerdict> verdicts;
    if (threshold.metric == ThresholdMetric::Scaling)
        return verdicts;
    const bool atLeast = threshold.metric == ThresholdMetric::Throughput;
    for (const CellResult& cell : run.cells) {
        if (cell.stats.count == 0 || cell.endpoint != endpoint)
            continue;
        StageVerdict verdict;
        verdict.cell = &cell;
        verdict.stage = run.load ? findStage(*run.load, cell.sizeIndex) : nullptr;
        verdict.value = analysis::thresholdMetricValue(threshold.metric, cell.stats);
        verdict.passed = atLeast ? verdict.value >= threshold.limit : verdict.value <= threshold.limit;
        verdicts.append(verdict);
    }
    return verdicts;
}

QString thresholdValue(ThresholdMetric metric, double value)
{
    switch (metric) {
    case ThresholdMetric::ErrorRate:
        return QString::number(value, 'f', 2) + QStringLiteral(" %");
    case ThresholdMetric::Throughput:
        return QString::number(value, 'f', 1) + QStringLiteral(" req/s");
    case ThresholdMetric::Scaling:
        return QString::number(value, 'f', 1);
    default:
        return formatMsUnit(value);
    }
}

QString thresholdLabel(const Threshold& threshold)
{
    const QString metric = analysis::thresholdMetricName(threshold.metric);
    const auto limit = [&] {
        // The limit as written in the plan: "300", "0.5", not "300.000".
        return svgNumber(threshold.limit, 6);
    };
    switch (threshold.metric) {
    case ThresholdMetric::Scaling:
        return metric + QStringLiteral(" ≤ ") + complexityClassName(threshold.ceiling);
    case ThresholdMetric::Throughput:
        return metric + QStringLiteral(" ≥ ") + limit() + QStringLiteral(" req/s");
    case ThresholdMetric::ErrorRate:
        return metric + QStringLiteral(" ≤ ") + limit() + QStringLiteral(" %");
    default:
        return metric + QStringLiteral(" ≤ ") + limit() + QStringLiteral(" ms");
    }
}

int ThresholdGroup::failures() const
{
    return int(std::count_if(verdicts.begin(), verdicts.end(), [](const auto& v) { return !v.passed; }));
}

QList<ThresholdGroup> groupThresholds(const RunResult& run, const analysis::ThresholdReport& report)
{
    const QStringList endpoints = endpointNames(run);
    QList<Threshold> seen;
    QList<ThresholdGroup> groups;
    for (const Threshold& threshold : run.plan.thresholds) {
        if (seen.contains(threshold))
            continue;
        seen.append(threshold);
        if (!threshold.endpoint.isEmpty() && !endpoints.contains(threshold.endpoint))
            continue; // report.unmatched names it
        const QStringList names = threshold.endpoint.isEmpty() ? endpoints : QStringList { threshold.endpoint };
        for (const QString& endpoint : names) {
            ThresholdGroup group;
            group.threshold = threshold;
            group.endpoint = endpoint;
            for (const analysis::ThresholdVerdict& verdict : report.verdicts) {
                if (verdict.endpoint == endpoint && verdict.threshold == threshold)
                    group.verdicts.append(verdict);
            }
            groups.append(group);
        }
    }
    return groups;
}

} // namespace scalescope::report::detail
