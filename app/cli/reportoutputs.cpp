// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutputs.h"

#include "report/render.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace scalescope::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("scalescope::cli::Report", text);
}

bool writeFile(const QString& fileName, const QByteArray& bytes, const QString& what, QTextStream& out, QTextStream& err)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 = what (HTML report), %2 = file, %3 = reason
        err << tr("error: cannot write the %1 to %2: %3").arg(what, fileName, file.errorString()) << Qt::endl;
        return false;
    }
    //: %1 = what (HTML report), %2 = file
    out << tr("Wrote the %1 to %2").arg(what, QDir::toNativeSeparators(fileName)) << Qt::endl;
    return true;
}

bool report(const std::optional<Error>& error, const QString& fileName, const QString& what, QTextStream& out, QTextStream& err)
{
    if (error) {
        err << tr("error: %1").arg(error->message) << Qt::endl;
        return false;
    }
    out << tr("Wrote the %1 to %2").arg(what, QDir::toNativeSeparators(fileName)) << Qt::endl;
    return true;
}

bool writeDocument(const ReportOutputs& outputs, const report::Document& document, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    if (!outputs.html.isEmpty())
        ok &= writeFile(outputs.html, report::toHtml(document), tr("HTML report"), out, err);
    if (!outputs.pdf.isEmpty()) {
        report::PdfOptions options;
        if (outputs.pageSize == QLatin1String("letter"))
            options.pageSize = QPageSize(QPageSize::Letter);
        ok &= report(report::writePdf(document, outputs.pdf, options), outputs.pdf, tr("PDF report"), out, err);
    }
    return ok;
}

bool writeCharts(const ReportOutputs& outputs, const QList<QPair<QString, report::Chart>>& charts, QTextStream& out,
    QTextStream& err)
{
    if (outputs.chartsDir.isEmpty())
        return true;
    const std::optional<report::ImageFormat> format = report::imageFormatFromName(outputs.chartFormat);
    if (!format) {
        err << tr("error: --format: expected png, svg or pdf, got '%1'").arg(outputs.chartFormat) << Qt::endl;
        return false;
    }
    QDir dir(outputs.chartsDir);
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        err << tr("error: --charts: cannot create directory %1").arg(dir.absolutePath()) << Qt::endl;
        return false;
    }
    bool ok = true;
    for (const auto& [stem, chart] : charts) {
        const QString file = dir.filePath(stem + QLatin1Char('.') + report::imageFormatSuffix(*format));
        // Raster charts at twice their size: sharp on high-DPI screens and in slides.
        ok &= report(report::exportChart(chart, *format, file, {}, *format == report::ImageFormat::Png ? 2.0 : 1.0), file,
            tr("chart"), out, err);
    }
    return ok;
}

} // namespace

bool writeRunOutputs(const ReportOutputs& outputs, const RunResult& run, const analysis::RunAnalysis& analysis,
    const report::RunLabel& label, QTextStream& out, QTextStream& err)
{
    bool ok = true;
    if (!outputs.html.isEmpty() || !outputs.pdf.isEmpty())
        ok &= writeDocument(outputs, report::runReport(run, analysis, label), out, err);
    if (!outputs.csv.isEmpty())
        ok &= writeFile(outputs.csv, report::toCsv(run, outputs.csvSamples), tr("CSV file"), out, err);
    if (!outputs.junit.isEmpty())
        ok &= writeFile(outputs.junit, report::toJUnit(run, analysis, label), tr("JUnit file"), out, err);
    ok &= writeCharts(outputs, report::runCharts(run), out, err);
    return ok;
}

bool writeComparisonOutputs(const ReportOutputs& outputs, const RunResult& base, const report::RunLabel& baseLabel,
    const RunResult& candidate, const report::RunLabel& candidateLabel, const analysis::RunComparison& comparison,
    QTextStream& out, QTextStream& err)
{
    const report::Document document = report::comparisonReport(base, baseLabel, candidate, candidateLabel, comparison);
    bool ok = writeDocument(outputs, document, out, err);
    QList<QPair<QString, report::Chart>> charts;
    for (const report::Section& section : document.sections) {
        for (const report::Block& block : section.blocks) {
            if (const auto* chart = std::get_if<report::Chart>(&block))
                charts.append({ section.id, *chart });
        }
    }
    ok &= writeCharts(outputs, charts, out, err);
    return ok;
}

} // namespace scalescope::cli
