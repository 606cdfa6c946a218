// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/loadpage.h"

#include "labels.h"
#include "load/loadtypes.h"
#include "wizard/datasetpage.h"
#include "wizard/numberspinbox.h"
#include "wizard/runwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace scalescope::ui {

namespace {

    // The plan format's limits (core/plan/planparser.cpp, docs/plan-format.md "Load tests"). The spin boxes allow 0
    // where the plan needs more, so that validatePlan() names the field and says why instead of the box refusing.
    constexpr int kMaxUsers = 100000;
    constexpr double kMaxRate = 1000000.0;
    constexpr double kWeekSeconds = 7 * 24 * 3600;
    constexpr double kHourSeconds = 3600;
    constexpr int kMaxThinkMs = 3600 * 1000;

    QString number(double value)
    {
        return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
    }

    QString levelsText(const QList<int>& levels)
    {
        QStringList parts;
        for (const int level : levels)
            parts.append(QString::number(level));
        return parts.join(QLatin1Char(' '));
    }

    /// A row of fields for a form: one widget (so that QFormLayout::setRowVisible() can hide it) with the fields side
    /// by side, left-aligned.
    QWidget* rowOf(QWidget* parent, std::initializer_list<QWidget*> widgets)
    {
        auto* row = new QWidget(parent);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QWidget* widget : widgets) {
            widget->setParent(row);
            layout->addWidget(widget);
        }
        layout->addStretch(1);
        return row;
    }

    QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        label->setBuddy(buddy);
        return label;
    }

    void secondsSpin(NumberSpinBox* spin, const QString& name, double max)
    {
        spin->setObjectName(name);
        spin->setRange(0.0, max);
        spin->setSingleStep(1.0);
        spin->setSuffix(LoadPage::tr(" s"));
        spin->setGroupSeparatorShown(true);
    }

    int toMs(const QDoubleSpinBox* spin)
    {
        return int(std::lround(spin->value() * 1000.0));
    }

} // namespace

LoadPage::LoadPage(QWidget* parent)
    : PlanPage(parent)
    , m_sweepRadio(new QRadioButton(tr("&Scale sweep: every endpoint at every dataset size"), this))
    , m_loadRadio(new QRadioButton(tr("&Load test: many requests at once, against one dataset"), this))
    , m_testNote(new QLabel(this))
    , m_loadGroup(new QGroupBox(tr("Load"), this))
    , m_kind(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_kindNote(new QLabel(this))
    , m_users(new QSpinBox(this))
    , m_spawnRate(new NumberSpinBox(3, this))
    , m_thinkMin(new QSpinBox(this))
    , m_thinkMax(new QSpinBox(this))
    , m_rate(new NumberSpinBox(3, this))
    , m_rampLabel(nullptr)
    , m_rampTo(new NumberSpinBox(3, this))
    , m_maxInFlight(new QSpinBox(this))
    , m_levels(new QLineEdit(this))
    , m_step(new NumberSpinBox(3, this))
    , m_maxLevel(new NumberSpinBox(3, this))
    , m_stepDurationLabel(nullptr)
    , m_stepDuration(new NumberSpinBox(3, this))
    , m_recoveryLabel(nullptr)
    , m_recovery(new NumberSpinBox(3, this))
    , m_stopErrors(new QCheckBox(tr("Error rate abo&ve"), this))
    , m_stopErrorRate(new NumberSpinBox(3, this))
    , m_stopP95(new QCheckBox(tr("p9&5 above"), this))
    , m_stopP95Ms(new NumberSpinBox(3, this))
    , m_stopPlateau(new QCheckBox(tr("T&hroughput plateaus"), this))
    , m_duration(new NumberSpinBox(3, this))
    , m_intervalLabel(nullptr)
    , m_interval(new NumberSpinBox(3, this))
    , m_warmup(new NumberSpinBox(3, this))
    , m_memorySource(new QComboBox(this))
    , m_memoryUrl(new QLineEdit(this))
    , m_memoryPid(new QSpinBox(this))
    , m_schedule(new QLabel(this))
{
    setObjectName(QStringLiteral("loadPage"));
    setTitle(tr("Test"));
    setSubTitle(tr("A scale sweep shows how latency grows with the data; a load test shows how the API behaves as "
                   "the load grows."));

    m_sweepRadio->setObjectName(QStringLiteral("scaleSweepRadio"));
    m_sweepRadio->setToolTip(tr("Measure each endpoint at each dataset size, a few requests at a time, and classify "
                                "how its latency grows (O(1), O(n), …)"));
    m_loadRadio->setObjectName(QStringLiteral("loadTestRadio"));
    m_loadRadio->setToolTip(tr("Send the endpoints many requests at once — virtual users or an arrival rate — and "
                               "follow throughput, latency and errors as the load is held or raised"));
    auto* tests = new QButtonGroup(this);
    tests->addButton(m_sweepRadio);
    tests->addButton(m_loadRadio);
    m_testNote->setObjectName(QStringLiteral("testNoteLabel"));
    m_testNote->setWordWrap(true);

    m_loadGroup->setObjectName(QStringLiteral("loadGroup"));

    m_kind->setObjectName(QStringLiteral("loadKindCombo"));
    for (const auto kind : { LoadConfig::Kind::Load, LoadConfig::Kind::Stress, LoadConfig::Kind::Endurance,
             LoadConfig::Kind::ConcurrencySweep })
        m_kind->addItem(loadKindLabel(kind), int(kind));
    m_kind->setToolTip(tr("Load: one level for a while. Stress: raise the level step by step until the target "
                          "breaks. Endurance: one level for hours, watching trends and memory. Concurrency sweep: 1, "
                          "2, 4 … users, to see where throughput stops growing."));
    m_model->setObjectName(QStringLiteral("loadModelCombo"));
    m_model->addItem(loadModelLabel(LoadConfig::Model::Closed), int(LoadConfig::Model::Closed));
    m_model->addItem(loadModelLabel(LoadConfig::Model::Open), int(LoadConfig::Model::Open));
    m_model->setToolTip(tr("Closed: virtual users, each waits for its answer before the next request (a slow target "
                           "gets fewer requests). Open: requests start at a rate whatever the answers, as real "
                           "traffic does."));
    m_kindNote->setObjectName(QStringLiteral("loadKindNoteLabel"));
    m_kindNote->setWordWrap(true);
    m_kindNote->setForegroundRole(QPalette::PlaceholderText);

    m_users->setObjectName(QStringLiteral("loadUsersSpin"));
    m_users->setRange(1, kMaxUsers);
    m_users->setGroupSeparatorShown(true);
    m_users->setToolTip(tr("Virtual users running at once (a stress test starts with this many)"));
    m_spawnRate->setObjectName(QStringLiteral("loadSpawnRateSpin"));
    m_spawnRate->setRange(0.0, kMaxUsers);
    m_spawnRate->setSuffix(tr(" users/s"));
    m_spawnRate->setSpecialValueText(tr("all at once"));
    m_spawnRate->setToolTip(tr("Users started per second until all run (0: all at once)"));
    m_thinkMin->setObjectName(QStringLiteral("loadThinkMinSpin"));
    m_thinkMax->setObjectName(QStringLiteral("loadThinkMaxSpin"));
    for (QSpinBox* spin : { m_thinkMin, m_thinkMax }) {
        spin->setRange(0, kMaxThinkMs);
        spin->setSingleStep(100);
        spin->setSuffix(tr(" ms"));
        spin->setGroupSeparatorShown(true);
    }
    m_thinkMin->setToolTip(tr("The shortest pause of a user between an answer and its next request"));
    m_thinkMax->setToolTip(tr("The longest pause: each pause is drawn uniformly between the two (0 and 0: none)"));

    m_rate->setObjectName(QStringLiteral("loadRateSpin"));
    m_rate->setRange(0.0, kMaxRate);
    m_rate->setSingleStep(10.0);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setGroupSeparatorShown(true);
    m_rate->setToolTip(tr("Requests started per second, whatever the answers (a stress test starts at this rate)"));
    m_rampTo->setObjectName(QStringLiteral("loadRampToSpin"));
    m_rampTo->setRange(0.0, kMaxRate);
    m_rampTo->setSingleStep(10.0);
    m_rampTo->setSuffix(tr(" requests/s"));
    m_rampTo->setGroupSeparatorShown(true);
    m_rampTo->setSpecialValueText(tr("off (constant)"));
    m_rampTo->setToolTip(tr("A ramping arrival rate: from the rate to this one over the duration (0: constant)"));
    m_maxInFlight->setObjectName(QStringLiteral("loadMaxInFlightSpin"));
    m_maxInFlight->setRange(1, kMaxUsers);
    m_maxInFlight->setGroupSeparatorShown(true);
    m_maxInFlight->setToolTip(tr("Requests in flight at most; a request due beyond them is dropped and counted — a "
                                 "sign that the target (or the generator) cannot keep up"));

    m_levels->setObjectName(QStringLiteral("loadLevelsEdit"));
    m_levels->setPlaceholderText(QStringLiteral("1 2 4 8 16 32"));
    m_levels->setToolTip(tr("The numbers of users to measure at, ascending, separated by spaces or commas; each level "
                            "is held for the time per level"));
    m_step->setObjectName(QStringLiteral("loadStepSpin"));
    m_step->setRange(0.0, kMaxRate);
    m_step->setGroupSeparatorShown(true);
    m_step->setToolTip(tr("How much each step adds to the level (users or requests/s)"));
    m_maxLevel->setObjectName(QStringLiteral("loadMaxLevelSpin"));
    m_maxLevel->setRange(0.0, kMaxRate);
    m_maxLevel->setGroupSeparatorShown(true);
    m_maxLevel->setToolTip(tr("The ramp ends here at the latest, broken or not"));
    secondsSpin(m_stepDuration, QStringLiteral("loadStepDurationSpin"), kHourSeconds);
    m_stepDuration->setToolTip(tr("How long each step (stress) or each level (concurrency sweep) is held and measured"));
    secondsSpin(m_recovery, QStringLiteral("loadRecoverySpin"), kHourSeconds);
    m_recovery->setSpecialValueText(tr("none"));
    m_recovery->setToolTip(tr("After the breaking point: the start level again for this long, to see whether the "
                              "target recovers (0: no recovery stage)"));
    m_stopErrors->setObjectName(QStringLiteral("loadStopErrorsCheck"));
    m_stopErrors->setToolTip(tr("Stop the ramp at the first step whose error rate exceeds this"));
    m_stopErrorRate->setObjectName(QStringLiteral("loadStopErrorRateSpin"));
    m_stopErrorRate->setRange(0.0, 100.0);
    m_stopErrorRate->setSuffix(tr(" %"));
    m_stopErrorRate->setToolTip(tr("The error rate (percent of a step's requests) that counts as broken"));
    m_stopP95->setObjectName(QStringLiteral("loadStopP95Check"));
    m_stopP95->setToolTip(tr("Stop the ramp at the first step whose 95th percentile latency exceeds this"));
    m_stopP95Ms->setObjectName(QStringLiteral("loadStopP95Spin"));
    m_stopP95Ms->setRange(0.0, 3600000.0);
    m_stopP95Ms->setSingleStep(50.0);
    m_stopP95Ms->setSuffix(tr(" ms"));
    m_stopP95Ms->setGroupSeparatorShown(true);
    m_stopP95Ms->setToolTip(tr("The p95 latency that counts as broken"));
    m_stopPlateau->setObjectName(QStringLiteral("loadStopPlateauCheck"));
    m_stopPlateau->setToolTip(tr("Stop the ramp when a step's throughput grew by less than a quarter of the load's "
                                 "growth (or fell): more load no longer brings more answers"));

    secondsSpin(m_duration, QStringLiteral("loadDurationSpin"), kWeekSeconds);
    m_duration->setSingleStep(10.0);
    m_duration->setToolTip(tr("How long the level is held and measured (after the users are spawned)"));
    secondsSpin(m_interval, QStringLiteral("loadIntervalSpin"), kHourSeconds);
    m_interval->setSingleStep(10.0);
    m_interval->setToolTip(tr("Endurance: statistics per interval of this length, whose trends show a slow "
                              "degradation"));
    secondsSpin(m_warmup, QStringLiteral("loadWarmupSpin"), kHourSeconds);
    m_warmup->setSpecialValueText(tr("none"));
    m_warmup->setToolTip(tr("At the start, not measured: connections open and caches fill"));

    m_memorySource->setObjectName(QStringLiteral("loadMemorySourceCombo"));
    m_memorySource->addItem(tr("not read"), int(MemorySource::None));
    m_memorySource->addItem(tr("Prometheus metrics URL"), int(MemorySource::MetricsUrl));
    m_memorySource->addItem(tr("Process id on this machine"), int(MemorySource::Pid));
    m_memorySource->setToolTip(tr("Where the target's resident memory is read during the run, to spot a leak: a "
                                  "Prometheus text endpoint with process_resident_memory_bytes, or a local process"));
    m_memoryUrl->setObjectName(QStringLiteral("loadMemoryUrlEdit"));
    m_memoryUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000/metrics"));
    m_memoryUrl->setToolTip(tr("The target's Prometheus metrics URL (process_resident_memory_bytes is read)"));
    m_memoryPid->setObjectName(QStringLiteral("loadMemoryPidSpin"));
    m_memoryPid->setRange(1, INT_MAX);
    m_memoryPid->setToolTip(tr("The target's process id on this machine (its memory is read from /proc)"));

    m_schedule->setObjectName(QStringLiteral("loadScheduleLabel"));
    m_schedule->setWordWrap(true);

    for (QWidget* field : std::initializer_list<QWidget*> { m_kind, m_model, m_users, m_spawnRate, m_thinkMin,
             m_thinkMax, m_rate, m_rampTo, m_maxInFlight, m_step, m_maxLevel, m_stepDuration, m_recovery,
             m_stopErrorRate, m_stopP95Ms, m_duration, m_interval, m_warmup, m_memorySource, m_memoryPid })
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    for (QWidget* spin : std::initializer_list<QWidget*> { m_users, m_spawnRate, m_thinkMin, m_thinkMax, m_rate,
             m_rampTo, m_step, m_maxLevel, m_stepDuration, m_duration, m_warmup, m_maxInFlight })
        spin->setMinimumWidth(130);

    // The rows. Multi-field rows are one widget each, so that a whole row hides with its label.
    m_form = new QFormLayout(m_loadGroup);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(buddyLabel(tr("&Kind:"), m_kind, m_loadGroup),
        rowOf(m_loadGroup, { m_kind, buddyLabel(tr("&Model:"), m_model, m_loadGroup), m_model }));
    m_form->addRow(m_kindNote);
    m_usersRow = rowOf(m_loadGroup, { m_users, buddyLabel(tr("S&pawn rate:"), m_spawnRate, m_loadGroup), m_spawnRate });
    m_form->addRow(buddyLabel(tr("&Users:"), m_users, m_loadGroup), m_usersRow);
    auto* thinkTo = new QLabel(tr("to"), m_loadGroup);
    m_thinkRow = rowOf(m_loadGroup, { m_thinkMin, thinkTo, m_thinkMax });
    m_form->addRow(buddyLabel(tr("&Think time:"), m_thinkMin, m_loadGroup), m_thinkRow);
    m_rampLabel = buddyLabel(tr("Ramp t&o:"), m_rampTo, m_loadGroup);
    m_rateRow = rowOf(m_loadGroup,
        { m_rate, m_rampLabel, m_rampTo, buddyLabel(tr("Max in &flight:"), m_maxInFlight, m_loadGroup), m_maxInFlight });
    m_form->addRow(buddyLabel(tr("&Rate:"), m_rate, m_loadGroup), m_rateRow);
    m_levelsRow = m_levels;
    m_form->addRow(buddyLabel(tr("Concurrenc&y levels:"), m_levels, m_loadGroup), m_levels);
    m_stepRow = rowOf(m_loadGroup, { m_step, buddyLabel(tr("Ma&x level:"), m_maxLevel, m_loadGroup), m_maxLevel });
    m_form->addRow(buddyLabel(tr("St&ep:"), m_step, m_loadGroup), m_stepRow);
    m_stepDurationLabel = buddyLabel(tr("Step durat&ion:"), m_stepDuration, m_loadGroup);
    m_recoveryLabel = buddyLabel(tr("Re&covery:"), m_recovery, m_loadGroup);
    m_stepDurationRow = rowOf(m_loadGroup, { m_stepDuration, m_recoveryLabel, m_recovery });
    m_form->addRow(m_stepDurationLabel, m_stepDurationRow);
    m_stopRow = rowOf(m_loadGroup, { m_stopErrors, m_stopErrorRate, m_stopP95, m_stopP95Ms, m_stopPlateau });
    m_form->addRow(new QLabel(tr("Stop when:"), m_loadGroup), m_stopRow);
    m_intervalLabel = buddyLabel(tr("Interv&al:"), m_interval, m_loadGroup);
    m_durationRow = rowOf(m_loadGroup, { m_duration, m_intervalLabel, m_interval });
    m_form->addRow(buddyLabel(tr("&Duration:"), m_duration, m_loadGroup), m_durationRow);
    m_form->addRow(buddyLabel(tr("&Warm-up:"), m_warmup, m_loadGroup), m_warmup);
    auto* memoryRow = new QWidget(m_loadGroup);
    auto* memoryLayout = new QHBoxLayout(memoryRow);
    memoryLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : std::initializer_list<QWidget*> { m_memorySource, m_memoryUrl, m_memoryPid })
        widget->setParent(memoryRow);
    memoryLayout->addWidget(m_memorySource);
    memoryLayout->addWidget(m_memoryUrl, 1);
    memoryLayout->addWidget(m_memoryPid);
    memoryLayout->addStretch(0);
    m_form->addRow(buddyLabel(tr("Tar&get memory:"), m_memorySource, m_loadGroup), memoryRow);

    auto* choice = new QHBoxLayout;
    choice->addWidget(m_sweepRadio);
    choice->addSpacing(12);
    choice->addWidget(m_loadRadio);
    choice->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_testNote);
    layout->addWidget(m_loadGroup);
    layout->addWidget(m_schedule);
    layout->addStretch(1);
    layout->addWidget(issueLabel());

    bindIssuePath(QStringLiteral("load"), tr("Load test"));
    bindIssuePath(QStringLiteral("load.kind"), tr("Kind"), m_kind);
    bindIssuePath(QStringLiteral("load.model"), tr("Model"), m_model);
    bindIssuePath(QStringLiteral("load.users"), tr("Users"), m_users);
    bindIssuePath(QStringLiteral("load.spawn_rate"), tr("Spawn rate"), m_spawnRate);
    bindIssuePath(QStringLiteral("load.think_time_s"), tr("Think time"), m_thinkMin);
    bindIssuePath(QStringLiteral("load.think_time_s.min"), tr("Think time from"), m_thinkMin);
    bindIssuePath(QStringLiteral("load.think_time_s.max"), tr("Think time to"), m_thinkMax);
    bindIssuePath(QStringLiteral("load.rate"), tr("Rate"), m_rate);
    bindIssuePath(QStringLiteral("load.ramp_to_rate"), tr("Ramp to"), m_rampTo);
    bindIssuePath(QStringLiteral("load.max_in_flight"), tr("Max in flight"), m_maxInFlight);
    bindIssuePath(QStringLiteral("load.connections"), tr("Connections"));
    bindIssuePath(QStringLiteral("load.levels"), tr("Concurrency levels"), m_levels);
    bindIssuePath(QStringLiteral("load.step"), tr("Step"), m_step);
    bindIssuePath(QStringLiteral("load.max"), tr("Max level"), m_maxLevel);
    bindIssuePath(QStringLiteral("load.step_duration_s"), tr("Step duration"), m_stepDuration);
    bindIssuePath(QStringLiteral("load.recovery_s"), tr("Recovery"), m_recovery);
    bindIssuePath(QStringLiteral("load.stop"), tr("Stop when"));
    bindIssuePath(QStringLiteral("load.stop.error_rate_percent"), tr("Error rate above"), m_stopErrorRate);
    bindIssuePath(QStringLiteral("load.stop.p95_ms"), tr("p95 above"), m_stopP95Ms);
    bindIssuePath(QStringLiteral("load.duration_s"), tr("Duration"), m_duration);
    bindIssuePath(QStringLiteral("load.interval_s"), tr("Interval"), m_interval);
    bindIssuePath(QStringLiteral("load.warmup_s"), tr("Warm-up"), m_warmup);
    bindIssuePath(QStringLiteral("load.target_memory"), tr("Target memory"), m_memorySource);
    bindIssuePath(QStringLiteral("load.target_memory.metrics_url"), tr("Metrics URL"), m_memoryUrl);
    bindIssuePath(QStringLiteral("load.target_memory.pid"), tr("Process id"), m_memoryPid);

    const auto changed = [this] {
        updateVisibility();
        updateNotes();
        inputChanged();
    };
    connect(m_loadRadio, &QRadioButton::toggled, this, changed);
    for (QComboBox* combo : { m_kind, m_model, m_memorySource })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox* spin : { m_users, m_thinkMin, m_thinkMax, m_maxInFlight, m_memoryPid })
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QDoubleSpinBox* spin : std::initializer_list<QDoubleSpinBox*> { m_spawnRate, m_rate, m_rampTo, m_step,
             m_maxLevel, m_stepDuration, m_recovery, m_stopErrorRate, m_stopP95Ms, m_duration, m_interval, m_warmup })
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (QCheckBox* check : { m_stopErrors, m_stopP95, m_stopPlateau })
        connect(check, &QCheckBox::toggled, this, changed);
    for (QLineEdit* edit : { m_levels, m_memoryUrl })
        connect(edit, &QLineEdit::textChanged, this, changed);

    m_sweepRadio->setChecked(true);
    updateVisibility();
    updateNotes();
}

LoadPage::~LoadPage() = default;

QStringList LoadPage::issuePrefixes() const { return { QStringLiteral("load") }; }

QList<PlanIssue> LoadPage::inputIssues() const
{
    QList<PlanIssue> issues;
    if (isLoadTest() && kind() == LoadConfig::Kind::ConcurrencySweep) {
        QString bad;
        if (!DatasetPage::parseSizes(m_levels->text(), &bad))
            issues.append({ QStringLiteral("load.levels"),
                tr("%1 is not a whole number (write the levels like \"1 2 4 8 16\")")
                    .arg(QLatin1Char('"') + bad + QLatin1Char('"')) });
    }
    return issues;
}

QString LoadPage::fieldLabel(const QString& path) const
{
    if (path == QLatin1String("load.step_duration_s") && kind() == LoadConfig::Kind::ConcurrencySweep)
        return tr("Time per level");
    return PlanPage::fieldLabel(path);
}

bool LoadPage::isLoadTest() const { return m_loadRadio->isChecked(); }

LoadConfig::Kind LoadPage::kind() const { return LoadConfig::Kind(m_kind->currentData().toInt()); }

LoadConfig::Model LoadPage::model() const
{
    // A concurrency sweep varies users: it is closed whatever the combo said before.
    if (kind() == LoadConfig::Kind::ConcurrencySweep)
        return LoadConfig::Model::Closed;
    return LoadConfig::Model(m_model->currentData().toInt());
}

void LoadPage::loadPlan(const Plan& plan)
{
    const LoadConfig load = plan.load.value_or(LoadConfig {});
    const QSignalBlocker blockRadio(m_loadRadio);
    (plan.load ? m_loadRadio : m_sweepRadio)->setChecked(true);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(load.kind))));
    m_model->setCurrentIndex(qMax(0, m_model->findData(int(load.model))));
    m_users->setValue(load.users);
    m_spawnRate->setValue(load.spawnRate);
    m_thinkMin->setValue(load.thinkMinMs);
    m_thinkMax->setValue(load.thinkMaxMs);
    m_rate->setValue(load.rate);
    m_rampTo->setValue(load.rampToRate);
    m_maxInFlight->setValue(load.maxInFlight);
    m_levels->setText(levelsText(load.levels));
    m_step->setValue(load.step);
    m_maxLevel->setValue(load.maxLevel);
    m_stepDuration->setValue(load.stepDurationMs / 1000.0);
    m_recovery->setValue(load.recoveryMs / 1000.0);
    // 0 means "not a condition": the box is unticked and the field keeps a sensible limit for ticking it.
    m_stopErrors->setChecked(load.stopErrorRatePercent > 0);
    m_stopErrorRate->setValue(load.stopErrorRatePercent > 0 ? load.stopErrorRatePercent : 5.0);
    m_stopP95->setChecked(load.stopP95Ms > 0);
    m_stopP95Ms->setValue(load.stopP95Ms > 0 ? load.stopP95Ms : 500.0);
    m_stopPlateau->setChecked(load.stopOnThroughputPlateau);
    m_duration->setValue(load.durationMs / 1000.0);
    m_interval->setValue(load.intervalMs / 1000.0);
    m_warmup->setValue(load.warmupMs / 1000.0);
    const MemorySource source = !load.memoryMetricsUrl.isEmpty() ? MemorySource::MetricsUrl
        : load.memoryPid > 0                                     ? MemorySource::Pid
                                                                 : MemorySource::None;
    m_memorySource->setCurrentIndex(qMax(0, m_memorySource->findData(int(source))));
    m_memoryUrl->setText(load.memoryMetricsUrl);
    if (load.memoryPid > 0)
        m_memoryPid->setValue(int(std::min<qint64>(load.memoryPid, INT_MAX)));
    updateVisibility();
    updateNotes();
    inputChanged();
}

void LoadPage::applyTo(Plan& plan) const
{
    if (!isLoadTest()) {
        plan.load.reset();
        return;
    }
    // Start from the section as loaded, so that what no field edits (connections) is kept.
    LoadConfig load = plan.load.value_or(LoadConfig {});
    load.kind = kind();
    load.model = model();
    const bool closed = load.model == LoadConfig::Model::Closed;
    load.users = m_users->value();
    load.spawnRate = m_spawnRate->value();
    // Hidden fields keep their values for a switch back, except those the plan forbids outside their model or kind.
    load.thinkMinMs = closed ? m_thinkMin->value() : 0;
    load.thinkMaxMs = closed ? m_thinkMax->value() : 0;
    load.rate = m_rate->value();
    load.rampToRate = !closed && load.kind == LoadConfig::Kind::Load ? m_rampTo->value() : 0.0;
    load.maxInFlight = m_maxInFlight->value();
    load.levels = DatasetPage::parseSizes(m_levels->text(), nullptr, true).value_or(QList<int> {});
    load.step = m_step->value();
    load.maxLevel = m_maxLevel->value();
    load.stepDurationMs = toMs(m_stepDuration);
    load.recoveryMs = toMs(m_recovery);
    load.stopErrorRatePercent = m_stopErrors->isChecked() ? m_stopErrorRate->value() : 0.0;
    load.stopP95Ms = m_stopP95->isChecked() ? m_stopP95Ms->value() : 0.0;
    load.stopOnThroughputPlateau = m_stopPlateau->isChecked();
    load.durationMs = toMs(m_duration);
    load.intervalMs = toMs(m_interval);
    load.warmupMs = toMs(m_warmup);
    switch (MemorySource(m_memorySource->currentData().toInt())) {
    case MemorySource::None:
        load.memoryMetricsUrl.clear();
        load.memoryPid = 0;
        break;
    case MemorySource::MetricsUrl:
        load.memoryMetricsUrl = m_memoryUrl->text().trimmed();
        load.memoryPid = 0;
        break;
    case MemorySource::Pid:
        load.memoryMetricsUrl.clear();
        load.memoryPid = m_memoryPid->value();
        break;
    }
    plan.load = load;
}

void LoadPage::updateVisibility()
{
    const bool load = isLoadTest();
    const LoadConfig::Kind kind = this->kind();
    const bool sweep = kind == LoadConfig::Kind::ConcurrencySweep;
    const bool stress = kind == LoadConfig::Kind::Stress;
    const bool closed = model() == LoadConfig::Model::Closed;
    m_loadGroup->setVisible(load);
    if (sweep && m_model->currentData().toInt() != int(LoadConfig::Model::Closed)) {
        const QSignalBlocker blocker(m_model);
        m_model->setCurrentIndex(m_model->findData(int(LoadConfig::Model::Closed)));
    }
    m_model->setEnabled(!sweep);
    m_form->setRowVisible(m_usersRow, closed && !sweep);
    m_form->setRowVisible(m_thinkRow, closed);
    m_form->setRowVisible(m_rateRow, !closed);
    m_rampLabel->setVisible(kind == LoadConfig::Kind::Load);
    m_rampTo->setVisible(kind == LoadConfig::Kind::Load);
    m_form->setRowVisible(m_levelsRow, sweep);
    m_form->setRowVisible(m_stepRow, stress);
    m_form->setRowVisible(m_stepDurationRow, stress || sweep);
    m_stepDurationLabel->setText(sweep ? tr("T&ime per level:") : tr("Step durat&ion:"));
    m_recoveryLabel->setVisible(stress);
    m_recovery->setVisible(stress);
    m_form->setRowVisible(m_stopRow, stress);
    m_form->setRowVisible(m_durationRow, kind == LoadConfig::Kind::Load || kind == LoadConfig::Kind::Endurance);
    m_intervalLabel->setVisible(kind == LoadConfig::Kind::Endurance);
    m_interval->setVisible(kind == LoadConfig::Kind::Endurance);
    m_stopErrorRate->setEnabled(m_stopErrors->isChecked());
    m_stopP95Ms->setEnabled(m_stopP95->isChecked());
    const MemorySource source = MemorySource(m_memorySource->currentData().toInt());
    m_memoryUrl->setVisible(source == MemorySource::MetricsUrl);
    m_memoryPid->setVisible(source == MemorySource::Pid);
    // The step and the maximum are in the model's unit.
    const QString unit = QLatin1Char(' ') + loadLevelUnit(model());
    m_step->setSuffix(unit);
    m_maxLevel->setSuffix(unit);
}

void LoadPage::updateNotes()
{
    if (!isLoadTest()) {
        m_testNote->setText(tr("Each endpoint is measured at every dataset size, a few requests at a time; the "
                               "findings say how its latency grows with the data (O(1), O(log n), O(n), …)."));
        m_schedule->clear();
        m_schedule->setVisible(false);
        return;
    }
    m_testNote->setText(tr("The endpoints get requests in proportion to their weights (Endpoints page), against the "
                           "dataset grown once to its largest size — or against the API as it is, without sizes."));
    QString note;
    switch (kind()) {
    case LoadConfig::Kind::Load:
        note = tr("One level held for the duration.");
        break;
    case LoadConfig::Kind::Stress:
        note = tr("A step ramp from the start level until a stop condition is met or the maximum is reached, then the "
                  "start level again to see whether the target recovers.");
        break;
    case LoadConfig::Kind::Endurance:
        note = tr("One level for a long time: statistics per interval show trends of latency, errors and the "
                  "target's memory.");
        break;
    case LoadConfig::Kind::ConcurrencySweep:
        note = tr("The closed model at each number of users in turn; the Universal Scalability Law fitted to the "
                  "throughputs shows where adding users stops helping.");
        break;
    }
    const QString model = this->model() == LoadConfig::Model::Closed
        ? tr("Each virtual user sends a request, waits for the answer and the think time, and repeats.")
        : tr("Requests start at the rate whatever the answers; latency counts from each request's intended start, "
             "so a stall of the target is not hidden.");
    //: %1 = what the kind of test does, %2 = what the model does
    m_kindNote->setText(tr("%1 %2").arg(note, model));
    Plan plan;
    applyTo(plan);
    m_schedule->setText(describe(*plan.load).mid(1).join(QLatin1Char('\n')));
    m_schedule->setVisible(true);
}

QStringList LoadPage::describe(const LoadConfig& load)
{
    const bool closed = load.model == LoadConfig::Model::Closed;
    const QString unit = loadLevelUnit(load.model);
    QStringList lines;
    //: %1 = "Stress test", %2 = "closed model (virtual users)"
    lines.append(tr("%1, %2").arg(loadKindLabel(load.kind), loadModelLabel(load.model)));
    const auto levelText = [&](double level) {
        //: a load level: %1 = number, %2 = "users" or "requests/s"
        return tr("%1 %2").arg(number(level), unit);
    };
    const QString startLevel = levelText(closed ? double(load.users) : load.rate);
    qint64 totalMs = load.warmupMs;
    bool atMost = false;
    switch (load.kind) {
    case LoadConfig::Kind::Load:
    case LoadConfig::Kind::Endurance:
        if (!closed && load.kind == LoadConfig::Kind::Load && load.rampToRate > 0)
            //: %1 = start rate, %2 = end rate, %3 = duration
            lines.append(tr("From %1 to %2 over %3")
                             .arg(startLevel, levelText(load.rampToRate), formatDuration(load.durationMs)));
        else
            //: %1 = "10 users", %2 = duration
            lines.append(tr("%1 for %2").arg(startLevel, formatDuration(load.durationMs)));
        if (load.kind == LoadConfig::Kind::Endurance)
            lines.append(tr("Statistics every %1").arg(formatDuration(load.intervalMs)));
        totalMs += load.durationMs;
        break;
    case LoadConfig::Kind::Stress: {
        const double start = closed ? double(load.users) : load.rate;
        const int steps = load.step > 0 && load.maxLevel >= start
            ? int(std::floor((load.maxLevel - start) / load.step + 1e-9)) + 1
            : 1;
        //: %1 = start level, %2 = maximum level, %3 = step, %4 = duration of a step
        lines.append(tr("From %1 to at most %2 in steps of %3, %4 each")
                         .arg(startLevel, levelText(load.maxLevel), number(load.step), formatDuration(load.stepDurationMs)));
        QStringList stops;
        if (load.stopErrorRatePercent > 0)
            stops.append(tr("error rate above %1 %").arg(number(load.stopErrorRatePercent)));
        if (load.stopP95Ms > 0)
            stops.append(tr("p95 above %1 ms").arg(number(load.stopP95Ms)));
        if (load.stopOnThroughputPlateau)
            stops.append(tr("throughput plateaus"));
        if (!stops.isEmpty())
            lines.append(tr("Stops when: %1").arg(stops.join(QStringLiteral(", "))));
        lines.append(load.recoveryMs > 0 ? tr("Then %1 of recovery at %2").arg(formatDuration(load.recoveryMs), startLevel)
                                         : tr("No recovery stage"));
        totalMs += qint64(steps) * load.stepDurationMs + load.recoveryMs;
        atMost = true;
        break;
    }
    case LoadConfig::Kind::ConcurrencySweep: {
        QStringList levels;
        for (const int level : load.levels)
            levels.append(QLocale().toString(level));
        //: %1 = "1, 2, 4, 8" users, %2 = time per level
        lines.append(tr("%1 users, %2 per level").arg(levels.join(QStringLiteral(", ")), formatDuration(load.stepDurationMs)));
        totalMs += qint64(load.levels.size()) * load.stepDurationMs;
        break;
    }
    }
    if (closed && load.kind != LoadConfig::Kind::ConcurrencySweep)
        lines.append(load.spawnRate > 0 ? tr("Users spawned at %1 per second").arg(number(load.spawnRate))
                                        : tr("Users start all at once"));
    if (closed && load.thinkMaxMs > 0)
        lines.append(tr("Think time %1 to %2 ms").arg(QLocale().toString(load.thinkMinMs), QLocale().toString(load.thinkMaxMs)));
    if (!closed)
        lines.append(tr("At most %1 requests in flight").arg(QLocale().toString(load.maxInFlight)));
    if (load.warmupMs > 0)
        lines.append(tr("The first %1 are a warm-up, not measured").arg(formatDuration(load.warmupMs)));
    if (!load.memoryMetricsUrl.isEmpty())
        lines.append(tr("Target memory from %1").arg(load.memoryMetricsUrl));
    else if (load.memoryPid > 0)
        lines.append(tr("Target memory of process %1").arg(load.memoryPid));
    lines.append(atMost ? tr("About %1 of load at most, spawning not included").arg(formatDuration(totalMs))
                        : tr("About %1 of load, spawning not included").arg(formatDuration(totalMs)));
    return lines;
}

} // namespace scalescope::ui
