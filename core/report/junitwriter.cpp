// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// toJUnit(): the JUnit XML that CI systems (GitLab, Jenkins, GitHub test reporters) read.
#include "report/reportformat.h"
#include "report/reports.h"

#include "plan/planparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace scalescope::report {

namespace {

using detail::xmlCharactersOnly;

/// The translation context of the JUnit messages: lupdate reads it from the macro, so the context it extracts is the
/// one looked up at run time.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(scalescope::report::JUnit)
};

/// One <testcase>: passed, failed (failure), not measured (skipped) or not checkable (error).
struct TestCase {
    QString name;
    double seconds = 0.0;
    enum class Outcome { Passed, Failed, Skipped, Error } outcome = Outcome::Passed;
    QString type; ///< of the failure or error
    QString message; ///< the attribute: one line
    QString details; ///< the element text: one line per violating cell
    QString output; ///< system-out of a passed case (a scaling ceiling's verdict)
};

QString seconds(double value)
{
    return QString::number(std::max(0.0, value), 'f', 3);
}

} // namespace

QByteArray toJUnit(const RunResult& run, const analysis::RunAnalysis& analysis, const RunLabel& label)
{
    const QString suiteName = !label.name.isEmpty() ? label.name
        : !run.plan.name.isEmpty()                  ? run.plan.name
                                                    : QStringLiteral("ScaleScope");
    QHash<QString, double> endpointSeconds;
    for (const CellResult& cell : run.cells)
        endpointSeconds[cell.endpoint] += cell.stats.wallSeconds;

    // Test case names are identifiers to CI systems (history, flakiness): built from the plan's names and the stable
    // metric names, never translated. The messages are.
    QList<TestCase> cases;
    {
        TestCase status;
        status.name = QStringLiteral("run completed");
        if (run.status != RunStatus::Completed) {
            status.outcome = TestCase::Outcome::Failed;
            status.type = QStringLiteral("run-") + runStatusName(run.status);
            status.message = run.error ? run.error->message
                                       //: %1 = the run's status (stable name: failed, cancelled, …)
                                       : Text::tr("The run did not complete: %1").arg(runStatusName(run.status));
        }
        cases.append(status);
    }
    for (const detail::ThresholdGroup& group : detail::groupThresholds(run, analysis.thresholds)) {
        TestCase test;
        test.name = group.endpoint + QStringLiteral(": ") + detail::thresholdLabel(group.threshold);
        test.seconds = endpointSeconds.value(group.endpoint);
        const bool ceiling = group.threshold.metric == ThresholdMetric::Scaling;
        if (run.load) {
            // A load test: the same cells as the analysis, named by their stage ("Step 3 (30 users)").
            if (ceiling) {
                test.outcome = TestCase::Outcome::Skipped;
                test.message = Text::tr("A scaling ceiling does not apply to a load test (one dataset size).");
                cases.append(test);
                continue;
            }
            const bool atLeast = group.threshold.metric == ThresholdMetric::Throughput;
            const QList<detail::StageVerdict> verdicts = detail::stageVerdicts(run, group.threshold, group.endpoint);
            QStringList messages;
            for (const detail::StageVerdict& verdict : verdicts) {
                if (verdict.passed)
                    continue;
                const QString where = verdict.stage ? detail::stageText(*verdict.stage, *run.load)
                                                    : QString::number(verdict.cell->size);
                const QString value = detail::thresholdValue(group.threshold.metric, verdict.value);
                const QString limit = detail::thresholdValue(group.threshold.metric, group.threshold.limit);
                const QString metric = analysis::thresholdMetricName(group.threshold.metric);
                messages.append(atLeast
                        //: %1 = endpoint, %2 = stage ("Step 3 (30 users)"), %3 = metric, %4 = value, %5 = limit
                        ? Text::tr("%1 at %2: %3 %4 is below %5").arg(group.endpoint, where, metric, value, limit)
                        //: %1 = endpoint, %2 = stage ("Step 3 (30 users)"), %3 = metric, %4 = value, %5 = limit
                        : Text::tr("%1 at %2: %3 %4 exceeds %5").arg(group.endpoint, where, metric, value, limit));
            }
            if (verdicts.isEmpty()) {
                test.outcome = TestCase::Outcome::Skipped;
                //: %1 = endpoint
                test.message = Text::tr("No stage of %1 was measured.").arg(group.endpoint);
            } else if (!messages.isEmpty()) {
                test.outcome = TestCase::Outcome::Failed;
                test.type = QStringLiteral("threshold");
                test.message = messages.join(QStringLiteral("; "));
                test.details = messages.join(QLatin1Char('\n'));
            } else {
                //: %n = stages checked
                test.output = Text::tr("Checked at %n stage(s).", nullptr, int(verdicts.size()));
            }
            cases.append(test);
            continue;
        }
        if (!group.measured()) {
            test.outcome = TestCase::Outcome::Skipped;
            //: %1 = endpoint
            test.message = Text::tr("No cell of %1 was measured.").arg(group.endpoint);
        } else if (group.failures() > 0) {
            test.outcome = TestCase::Outcome::Failed;
            test.type = ceiling ? QStringLiteral("scaling-ceiling") : QStringLiteral("threshold");
            QStringList messages;
            for (const analysis::ThresholdVerdict& verdict : group.verdicts) {
                if (!verdict.passed)
                    messages.append(verdict.message);
            }
            test.message = messages.join(QStringLiteral("; "));
            test.details = messages.join(QLatin1Char('\n'));
        } else if (ceiling) {
            for (const analysis::ThresholdVerdict& verdict : group.verdicts)
                test.output = verdict.message;
        }
        cases.append(test);
    }
    // A threshold for an endpoint the plan does not measure cannot be checked: an error, not a silent pass.
    for (const Threshold& threshold : run.plan.thresholds) {
        if (threshold.endpoint.isEmpty() || !analysis.thresholds.unmatched.contains(threshold.endpoint))
            continue;
        TestCase test;
        test.name = threshold.endpoint + QStringLiteral(": ") + detail::thresholdLabel(threshold);
        if (std::any_of(cases.begin(), cases.end(), [&](const TestCase& c) { return c.name == test.name; }))
            continue;
        test.outcome = TestCase::Outcome::Error;
        test.type = QStringLiteral("unknown-endpoint");
        //: %1 = endpoint named by a threshold
        test.message = Text::tr("The plan does not measure an endpoint named %1.").arg(threshold.endpoint);
        cases.append(test);
    }

    int failures = 0;
    int errors = 0;
    int skipped = 0;
    for (const TestCase& test : cases) {
        failures += test.outcome == TestCase::Outcome::Failed ? 1 : 0;
        errors += test.outcome == TestCase::Outcome::Error ? 1 : 0;
        skipped += test.outcome == TestCase::Outcome::Skipped ? 1 : 0;
    }
    const double runSeconds = run.startedAt.isValid() && run.finishedAt.isValid()
        ? double(run.startedAt.msecsTo(run.finishedAt)) / 1000.0
        : 0.0;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    const auto counts = [&] {
        xml.writeAttribute(QStringLiteral("tests"), QString::number(cases.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        xml.writeAttribute(QStringLiteral("time"), seconds(runSeconds));
    };
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("ScaleScope"));
    counts();
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlCharactersOnly(suiteName));
    counts();
    if (run.startedAt.isValid())
        xml.writeAttribute(QStringLiteral("timestamp"), run.startedAt.toUTC().toString(Qt::ISODate));

    xml.writeStartElement(QStringLiteral("properties"));
    const auto property = [&](const QString& name, const QString& value) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("value"), xmlCharactersOnly(value));
        xml.writeEndElement();
    };
    property(QStringLiteral("target"), detail::displayUrl(run.plan.target.baseUrl));
    property(QStringLiteral("status"), runStatusName(run.status));
    if (label.historyId > 0)
        property(QStringLiteral("history_id"), QString::number(label.historyId));
    property(QStringLiteral("transport"), run.transport);
    QStringList sizes;
    for (int size : run.plan.dataset.sizes)
        sizes.append(QString::number(size));
    property(QStringLiteral("sizes"), sizes.join(QLatin1Char(',')));
    if (run.load) {
        property(QStringLiteral("load_kind"), loadKindName(run.load->config.kind));
        property(QStringLiteral("load_model"), loadModelName(run.load->config.model));
        property(QStringLiteral("load_stages"), QString::number(detail::cellStages(*run.load).size()));
    }
    property(QStringLiteral("tool"), QStringLiteral("ScaleScope " SCALESCOPE_VERSION));
    xml.writeEndElement(); // properties

    for (const TestCase& test : cases) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("name"), xmlCharactersOnly(test.name));
        xml.writeAttribute(QStringLiteral("classname"), xmlCharactersOnly(suiteName));
        xml.writeAttribute(QStringLiteral("time"), seconds(test.seconds));
        switch (test.outcome) {
        case TestCase::Outcome::Passed:
            if (!test.output.isEmpty())
                xml.writeTextElement(QStringLiteral("system-out"), xmlCharactersOnly(test.output));
            break;
        case TestCase::Outcome::Skipped:
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), xmlCharactersOnly(test.message));
            xml.writeEndElement();
            break;
        case TestCase::Outcome::Failed:
        case TestCase::Outcome::Error:
            xml.writeStartElement(
                test.outcome == TestCase::Outcome::Failed ? QStringLiteral("failure") : QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), xmlCharactersOnly(test.message));
            xml.writeAttribute(QStringLiteral("type"), test.type);
            if (!test.details.isEmpty())
                xml.writeCharacters(xmlCharactersOnly(test.details));
            xml.writeEndElement();
            break;
        }
        xml.writeEndElement(); // testcase
    }
    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return bytes;
}

} // namespace scalescope::report
