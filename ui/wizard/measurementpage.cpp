// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/measurementpage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace scalescope::ui {

namespace {
    // The plan format's limits (docs/plan-format.md, "Measurement").
    constexpr int kMaxIterations = 1000000;
    constexpr int kMaxWarmup = 10000;
    constexpr int kMaxWorkers = 1024;
    constexpr int kMaxMinDurationMs = 600000;
    constexpr int kMaxTimeoutMs = 3600000;
    constexpr int kQnamConnectionsPerHost = 6; // fixed in Qt 6.4's QNetworkAccessManager
} // namespace

MeasurementPage::MeasurementPage(QWidget* parent)
    : PlanPage(parent)
    , m_iterations(new QSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_sequential(new QRadioButton(tr("Se&quential: one request at a time"), this))
    , m_concurrent(new QRadioButton(tr("&Concurrent, at most"), this))
    , m_workers(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_order(new QComboBox(this))
    , m_block(new QSpinBox(this))
    , m_minDuration(new QSpinBox(this))
    , m_transportNote(new QLabel(this))
    , m_estimate(new QLabel(this))
{
    setObjectName(QStringLiteral("measurementPage"));
    setTitle(tr("Measurement"));
    setSubTitle(tr("How many requests each endpoint gets at each size, and in which order."));

    m_iterations->setObjectName(QStringLiteral("iterationsSpin"));
    m_iterations->setRange(1, kMaxIterations);
    m_iterations->setToolTip(tr("Measured requests per endpoint and size (more beyond them while the minimum "
                                "duration is not reached)"));
    m_warmup->setObjectName(QStringLiteral("warmupSpin"));
    m_warmup->setRange(0, kMaxWarmup);
    m_warmup->setToolTip(tr("Unmeasured requests per endpoint and size, sent first so that caches and connections "
                            "are warm"));
    m_sequential->setObjectName(QStringLiteral("sequentialRadio"));
    m_sequential->setToolTip(tr("One request at a time: latency without contention, the usual choice for growth "
                                "curves"));
    m_concurrent->setObjectName(QStringLiteral("concurrentRadio"));
    m_concurrent->setToolTip(tr("Several requests in flight at once: latency under load"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_sequential);
    modes->addButton(m_concurrent);
    m_workers->setObjectName(QStringLiteral("maxWorkersSpin"));
    m_workers->setRange(1, kMaxWorkers);
    m_workers->setSuffix(tr(" in flight"));
    m_workers->setToolTip(tr("Requests in flight at once in concurrent mode (also the concurrency of seeding and "
                             "clean-up)"));
    m_timeout->setObjectName(QStringLiteral("measurementTimeoutSpin"));
    m_timeout->setRange(1, kMaxTimeoutMs);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setGroupSeparatorShown(true);
    m_timeout->setToolTip(tr("How long one request may take before it counts as a timeout error (the same setting "
                             "as on the Target page)"));

    const QString orderWhy = tr("On a laptop or a shared machine the speed changes every few tens of milliseconds "
                                "(frequency scaling, other load). Interleaving puts every endpoint of a size under "
                                "the same conditions; a minimum duration averages the changes out. Measured on the "
                                "demo target: grouped with 10 iterations classified every endpoint right in 2 of 5 "
                                "runs, interleaved in blocks of 5 for 1000 ms in 18 of 18.");
    m_order->setObjectName(QStringLiteral("orderCombo"));
    m_order->addItem(tr("Interleaved: endpoints take turns"), int(MeasurementConfig::Order::Interleaved));
    m_order->addItem(tr("Grouped: one endpoint after another"), int(MeasurementConfig::Order::Grouped));
    m_order->setToolTip(tr("Interleaved (recommended): at each size the endpoints take turns, a block of requests "
                           "each. Grouped: each endpoint's requests one after another (cells finish one by one).")
        + QStringLiteral("\n\n") + orderWhy);
    m_block->setObjectName(QStringLiteral("blockSpin"));
    m_block->setRange(1, kMaxIterations);
    m_block->setSuffix(tr(" requests per turn"));
    m_block->setToolTip(tr("Interleaved: consecutive requests of one endpoint per turn. A few (5) rather than one "
                           "keep an endpoint measured mostly after itself, not after a slow neighbour."));
    m_minDuration->setObjectName(QStringLiteral("minDurationSpin"));
    m_minDuration->setRange(0, kMaxMinDurationMs);
    m_minDuration->setSingleStep(500);
    m_minDuration->setSuffix(tr(" ms"));
    m_minDuration->setGroupSeparatorShown(true);
    m_minDuration->setSpecialValueText(tr("off (exactly the iterations)"));
    m_minDuration->setToolTip(tr("Keep measuring each endpoint at each size until its requests span at least this "
                                 "long (at most %1 requests); 1000 ms is recommended.")
                                  .arg(MeasurementConfig::kMaxSamplesPerCell)
        + QStringLiteral("\n\n") + orderWhy);

    // Spin boxes and the order keep their size; only the notes take the page's width.
    for (QWidget* field : std::initializer_list<QWidget*> { m_iterations, m_warmup, m_workers, m_timeout, m_order,
             m_block, m_minDuration })
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (QSpinBox* spin : { m_iterations, m_warmup, m_timeout })
        spin->setMinimumWidth(140);
    m_transportNote->setObjectName(QStringLiteral("transportNoteLabel"));
    m_transportNote->setWordWrap(true);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Iterations:"), m_iterations);
    form->addRow(tr("&Warm-up requests:"), m_warmup);
    auto* concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(m_sequential);
    concurrencyRow->addSpacing(12);
    concurrencyRow->addWidget(m_concurrent);
    concurrencyRow->addWidget(m_workers);
    concurrencyRow->addStretch(1);
    form->addRow(tr("Mode:"), concurrencyRow);
    form->addRow(tr("&Timeout per request:"), m_timeout);
    form->addRow(tr("&Order:"), m_order);
    form->addRow(tr("B&lock:"), m_block);
    form->addRow(tr("&Minimum duration:"), m_minDuration);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    // Below the form, not in it: a word-wrapped label in a form row gets the height of its narrowest layout.
    layout->addWidget(m_transportNote);
    layout->addWidget(m_estimate);
    layout->addStretch(1);
    layout->addWidget(issueLabel());

    bindIssuePath(QStringLiteral("measurement.iterations"), tr("Iterations"), m_iterations);
    bindIssuePath(QStringLiteral("measurement.warmup"), tr("Warm-up requests"), m_warmup);
    bindIssuePath(QStringLiteral("measurement.max_workers"), tr("Concurrent"), m_workers);
    bindIssuePath(QStringLiteral("measurement.block"), tr("Block"), m_block);
    bindIssuePath(QStringLiteral("measurement.min_duration_ms"), tr("Minimum duration"), m_minDuration);
    bindIssuePath(QStringLiteral("target.timeout_ms"), tr("Timeout"), m_timeout);

    const auto changed = [this] {
        updateEnabled();
        updateNotes();
        inputChanged();
    };
    for (QSpinBox* spin : { m_iterations, m_warmup, m_workers, m_block, m_minDuration })
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, [this, changed](int value) {
        changed();
        Q_EMIT timeoutChanged(value);
    });
    connect(m_concurrent, &QRadioButton::toggled, this, changed);
    connect(m_order, &QComboBox::currentIndexChanged, this, changed);

    m_sequential->setChecked(true);
    updateEnabled();
}

MeasurementPage::~MeasurementPage() = default;

QStringList MeasurementPage::issuePrefixes() const
{
    return { QStringLiteral("measurement"), QStringLiteral("target.timeout_ms") };
}

void MeasurementPage::loadPlan(const Plan& plan)
{
    const MeasurementConfig& measurement = plan.measurement;
    m_iterations->setValue(measurement.iterations);
    m_warmup->setValue(measurement.warmup);
    (measurement.concurrent ? m_concurrent : m_sequential)->setChecked(true);
    m_workers->setValue(measurement.maxWorkers);
    m_timeout->setValue(plan.target.timeoutMs);
    m_order->setCurrentIndex(qMax(0, m_order->findData(int(measurement.order))));
    m_block->setValue(measurement.block);
    m_minDuration->setValue(measurement.minDurationMs);
    updateEnabled();
    updateNotes();
    inputChanged();
}

void MeasurementPage::applyTo(Plan& plan) const
{
    MeasurementConfig& measurement = plan.measurement;
    measurement.iterations = m_iterations->value();
    measurement.warmup = m_warmup->value();
    measurement.concurrent = m_concurrent->isChecked();
    measurement.maxWorkers = m_workers->value();
    measurement.order = MeasurementConfig::Order(m_order->currentData().toInt());
    measurement.block = m_block->value();
    measurement.minDurationMs = m_minDuration->value();
    plan.target.timeoutMs = m_timeout->value();
}

void MeasurementPage::initializePage() { updateNotes(); }

void MeasurementPage::setTimeoutMs(int timeoutMs)
{
    if (m_timeout->value() != timeoutMs)
        m_timeout->setValue(timeoutMs);
}

void MeasurementPage::updateEnabled()
{
    m_workers->setEnabled(m_concurrent->isChecked());
    m_block->setEnabled(MeasurementConfig::Order(m_order->currentData().toInt()) == MeasurementConfig::Order::Interleaved);
}

void MeasurementPage::updateNotes()
{
    const Plan plan = currentPlan();
    const bool viaQnam = plan.target.http2 || !plan.target.proxy.isEmpty();
    if (viaQnam) {
        m_transportNote->setText(
            tr("This plan uses HTTP/2 or a proxy, so it is measured through Qt's network stack "
               "(QNetworkAccessManager), which opens at most %1 HTTP/1.1 connections per host on Qt 6.4: more "
               "workers than that add no concurrency unless HTTP/2 multiplexes them.")
                .arg(kQnamConnectionsPerHost));
    } else {
        m_transportNote->setText(tr("Measured with ScaleScope's lean HTTP/1.1 transport: every request in flight has "
                                    "its own connection, so the concurrency set above is the real one (Qt's limit of %1 "
                                    "connections per host applies only with HTTP/2 or a proxy).")
                                     .arg(kQnamConnectionsPerHost));
    }
    m_estimate->setText(estimate(plan));
}

QString MeasurementPage::estimate(const Plan& plan)
{
    const qint64 sizes = plan.dataset.sizes.size();
    const qint64 endpoints = plan.endpoints.size();
    const qint64 perCell = qint64(plan.measurement.iterations) + plan.measurement.warmup;
    const qint64 measured = sizes * endpoints * perCell;
    const QLocale locale;
    //: %n = number of requests
    QString text = tr("At least %n measured request(s)", nullptr, int(std::min<qint64>(measured, INT_MAX)));
    //: %1 = "At least 330 measured requests", %2 = sizes, %3 = endpoints, %4 = requests per endpoint and size
    text = tr("%1 (sizes × endpoints × requests per cell, warm-up included: %2 × %3 × %4)")
               .arg(text, locale.toString(sizes), locale.toString(endpoints), locale.toString(perCell));
    if (plan.measurement.minDurationMs > 0)
        //: %1 = the sentence before, %2 = milliseconds
        text = tr("%1, more while a cell has run for less than %2 ms.")
                   .arg(text, locale.toString(plan.measurement.minDurationMs));
    else
        text += QLatin1Char('.');
    if (plan.dataset.mode == DatasetMode::Seeded && !plan.dataset.sizes.isEmpty())
        //: %n = records created (the largest size)
        text += QLatin1Char(' ') + tr("Seeding creates %n record(s).", nullptr, plan.dataset.sizes.constLast());
    return text;
}

} // namespace scalescope::ui
