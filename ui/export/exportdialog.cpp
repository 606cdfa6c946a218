// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportdialog.h"

#include "report/render.h"
#include "results/resultsjson.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace scalescope::ui {

namespace {
    QString runStem(const ExportSource::Run& run)
    {
        return run.label.historyId > 0 ? QString::number(run.label.historyId)
                                       : run.result.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }

    std::optional<Error> writeBytes(const QString& file, const QByteArray& bytes)
    {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            //: %1 = file, %2 = reason
            return Error { ErrorKind::Io, QCoreApplication::translate("scalescope::ui::ExportDialog", "Cannot write %1: %2")
                                              .arg(QDir::toNativeSeparators(file), out.errorString()) };
        return std::nullopt;
    }
} // namespace

ExportDialog::ExportDialog(ExportSource source, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_folder(new QLineEdit(this))
    , m_html(new QCheckBox(tr("&HTML report (one self-contained file)"), this))
    , m_pdf(new QCheckBox(tr("&PDF report"), this))
    , m_charts(new QCheckBox(tr("Ch&arts as files:"), this))
    , m_chartFormat(new QComboBox(this))
    , m_csv(new QCheckBox(tr("&CSV, one row per cell"), this))
    , m_csvSamples(new QCheckBox(tr("one row per raw &sample"), this))
    , m_json(new QCheckBox(tr("&JSON results file"), this))
    , m_junit(new QCheckBox(tr("J&Unit XML (thresholds as test cases)"), this))
    , m_page(new QComboBox(this))
    , m_open(new QCheckBox(tr("&Open the report when done"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(isComparison() ? tr("Export the comparison") : tr("Export the run"));
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setToolTip(tr("The folder the files are written to"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the folder"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);

    const QList<std::pair<QCheckBox*, const char*>> boxes { { m_html, "exportHtml" }, { m_pdf, "exportPdf" },
        { m_charts, "exportCharts" }, { m_csv, "exportCsv" }, { m_csvSamples, "exportCsvSamples" },
        { m_json, "exportJson" }, { m_junit, "exportJunit" }, { m_open, "exportOpen" } };
    for (const auto& [box, name] : boxes) {
        box->setObjectName(QLatin1String(name));
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
    }
    m_html->setChecked(true);
    m_html->setToolTip(tr("Every chart, table, finding and verdict in one HTML file that opens offline"));
    m_pdf->setToolTip(tr("The same content as the HTML report, paginated, with vector charts"));
    m_charts->setToolTip(tr("Each chart of the report as its own file"));
    m_chartFormat->setObjectName(QStringLiteral("exportChartFormat"));
    m_chartFormat->addItem(QStringLiteral("SVG"), QStringLiteral("svg"));
    m_chartFormat->addItem(QStringLiteral("PNG"), QStringLiteral("png"));
    m_chartFormat->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_chartFormat->setToolTip(tr("SVG and PDF stay sharp at any size; PNG is written at twice the chart's size"));
    m_csv->setToolTip(tr("The statistics of every cell, for a spreadsheet"));
    m_json->setToolTip(tr("The results file of scalescope-cli (schema scalescope-results)"));
    m_junit->setToolTip(tr("For CI systems: a test case per threshold per endpoint, failed with the violating cells"));
    m_page->setObjectName(QStringLiteral("exportPage"));
    m_page->addItem(QStringLiteral("A4"), QStringLiteral("a4"));
    m_page->addItem(QStringLiteral("Letter"), QStringLiteral("letter"));
    m_page->setToolTip(tr("The paper size of the PDF report"));
    m_open->setToolTip(tr("Opens the HTML (or PDF) report with the system's viewer when the export is done"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QCheckBox* perRun : { m_csv, m_csvSamples, m_json, m_junit })
        perRun->setVisible(!isComparison());

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* chartsRow = new QHBoxLayout;
    chartsRow->addWidget(m_charts);
    chartsRow->addWidget(m_chartFormat);
    chartsRow->addStretch(1);
    auto* pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdf);
    pdfRow->addWidget(m_page);
    pdfRow->addStretch(1);
    auto* csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csv);
    csvRow->addWidget(m_csvSamples);
    csvRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto* what = new QVBoxLayout;
    what->addWidget(m_html);
    what->addLayout(pdfRow);
    what->addLayout(chartsRow);
    what->addLayout(csvRow);
    what->addWidget(m_json);
    what->addWidget(m_junit);
    form->addRow(tr("Files:"), what);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_open);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateButtons();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QString ExportDialog::baseName() const
{
    if (isComparison())
        return QStringLiteral("scalescope-compare-%1-vs-%2").arg(runStem(*m_source.base), runStem(*m_source.candidate));
    return QStringLiteral("scalescope-run-%1").arg(runStem(*m_source.run));
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ExportDialog::updateButtons()
{
    m_chartFormat->setEnabled(m_charts->isChecked());
    m_page->setEnabled(m_pdf->isChecked());
    m_csvSamples->setEnabled(m_csv->isChecked());
    const bool any = m_html->isChecked() || m_pdf->isChecked() || m_charts->isChecked()
        || (!isComparison() && (m_csv->isChecked() || m_json->isChecked() || m_junit->isChecked()));
    m_export->setEnabled(any && !m_folder->text().trimmed().isEmpty());
}

QStringList ExportDialog::exportNow()
{
    const QDir dir(m_folder->text().trimmed());
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        m_status->setText(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
        return {};
    }
    // The steps, each writing one or more files; the progress bar advances per step.
    QList<std::pair<QString, std::function<std::optional<Error>(QStringList&)>>> steps;
    const QString base = dir.filePath(baseName());
    report::Document document;
    const bool needDocument = m_html->isChecked() || m_pdf->isChecked() || m_charts->isChecked();
    analysis::RunAnalysis analysis;
    if (!isComparison())
        analysis = analysis::analyzeRun(m_source.run->result);
    if (needDocument) {
        document = isComparison()
            ? report::comparisonReport(m_source.base->result, m_source.base->label, m_source.candidate->result,
                m_source.candidate->label, analysis::compareRuns(m_source.base->result, m_source.candidate->result))
            : report::runReport(m_source.run->result, analysis, m_source.run->label);
    }
    if (m_html->isChecked())
        steps.append({ tr("HTML report"), [&](QStringList& files) {
                          files.append(base + QStringLiteral(".html"));
                          return writeBytes(files.last(), report::toHtml(document));
                      } });
    if (m_pdf->isChecked())
        steps.append({ tr("PDF report"), [&](QStringList& files) {
                          report::PdfOptions options;
                          if (m_page->currentData().toString() == QLatin1String("letter"))
                              options.pageSize = QPageSize(QPageSize::Letter);
                          files.append(base + QStringLiteral(".pdf"));
                          return report::writePdf(document, files.last(), options);
                      } });
    if (m_charts->isChecked())
        steps.append({ tr("charts"), [&](QStringList& files) -> std::optional<Error> {
                          const report::ImageFormat format
                              = report::imageFormatFromName(m_chartFormat->currentData().toString()).value_or(report::ImageFormat::Svg);
                          QList<QPair<QString, report::Chart>> charts;
                          if (isComparison()) {
                              for (const report::Section& section : document.sections) {
                                  for (const report::Block& block : section.blocks) {
                                      if (const auto* chart = std::get_if<report::Chart>(&block))
                                          charts.append({ section.id, *chart });
                                  }
                              }
                          } else {
                              charts = report::runCharts(m_source.run->result);
                          }
                          for (const auto& [stem, chart] : charts) {
                              files.append(base + QLatin1Char('-') + stem + QLatin1Char('.') + report::imageFormatSuffix(format));
                              if (auto error = report::exportChart(chart, format, files.last(), {},
                                      format == report::ImageFormat::Png ? 2.0 : 1.0))
                                  return error;
                          }
                          return std::nullopt;
                      } });
    if (!isComparison()) {
        if (m_csv->isChecked())
            steps.append({ tr("CSV file"), [&](QStringList& files) {
                              files.append(base + QStringLiteral(".csv"));
                              return writeBytes(files.last(), report::toCsv(m_source.run->result, m_csvSamples->isChecked()));
                          } });
        if (m_json->isChecked())
            steps.append({ tr("JSON results file"), [&](QStringList& files) {
                              files.append(base + QStringLiteral(".json"));
                              return writeBytes(files.last(), results::toJsonBytes(m_source.run->result));
                          } });
        if (m_junit->isChecked())
            steps.append({ tr("JUnit file"), [&](QStringList& files) {
                              files.append(base + QStringLiteral(".junit.xml"));
                              return writeBytes(files.last(), report::toJUnit(m_source.run->result, analysis, m_source.run->label));
                          } });
    }

    m_export->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(steps.size()));
    QStringList written;
    QStringList errors;
    for (int i = 0; i < steps.size(); ++i) {
        m_progress->setValue(i);
        //: %1 = what is being written ("PDF report")
        m_status->setText(tr("Writing the %1…").arg(steps.at(i).first));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // show the progress before the work
        QStringList files;
        if (const std::optional<Error> error = steps.at(i).second(files))
            errors.append(error->message);
        else
            written.append(files);
    }
    m_progress->setValue(int(steps.size()));
    QStringList names;
    for (const QString& file : std::as_const(written))
        names.append(QFileInfo(file).fileName());
    QString text = written.isEmpty() ? QString()
                                     //: %1 = folder, %2 = file names
                                     : tr("Written to %1: %2").arg(QDir::toNativeSeparators(dir.absolutePath()), names.join(QStringLiteral(", ")));
    if (!errors.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + errors.join(QLatin1Char('\n'));
    m_status->setText(text);
    updateButtons();
    if (m_open->isChecked() && errors.isEmpty()) {
        for (const QString& suffix : { QStringLiteral(".html"), QStringLiteral(".pdf") }) {
            if (written.contains(base + suffix)) {
                QDesktopServices::openUrl(QUrl::fromLocalFile(base + suffix));
                break;
            }
        }
    }
    return written;
}

} // namespace scalescope::ui
