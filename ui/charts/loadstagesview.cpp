// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/loadstagesview.h"

#include "charts/cellmetric.h"
#include "charts/chartcolors.h"
#include "charts/loadstagesmodel.h"
#include "results/texttable.h"
#include "runmodel.h"
#include "widgets/markdelegate.h"
#include "widgets/tables.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace scalescope::ui {

namespace {

    const LoadStage* stageAt(const LoadResult& load, std::optional<int> index)
    {
        if (!index)
            return nullptr;
        const auto it = std::find_if(
            load.stages.begin(), load.stages.end(), [&](const LoadStage& stage) { return stage.index == *index; });
        return it == load.stages.end() ? nullptr : &*it;
    }

    QString levelText(const LoadResult& load, double level)
    {
        //: a load level: %1 = number, %2 = "users" or "requests/s"
        return LoadStagesView::tr("%1 %2").arg(
            QLocale().toString(level, 'f', QLocale::FloatingPointShortest), loadLevelUnit(load.config.model));
    }

    /// "Step 4 at 40 users: 812 requests/s, p95 12.3 ms, 0.00 % errors"
    QString stageText(const LoadResult& load, const LoadStage& stage)
    {
        //: %1 = stage name, %2 = level, %3 = requests/s, %4 = p95, %5 = error rate
        return LoadStagesView::tr("%1 at %2: %3 requests/s, p95 %4, %5 % errors")
            .arg(results::loadStageName(stage, load), levelText(load, stage.level),
                QLocale().toString(stage.throughput, 'f', 0), formatMilliseconds(stage.p95Ms),
                QLocale().toString(stage.errorRatePercent(), 'f', 2));
    }

} // namespace

LoadStagesView::LoadStagesView(RunModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_outcome(new QLabel(this))
    , m_stages(new LoadStagesModel(model, this))
{
    m_outcome->setObjectName(QStringLiteral("loadOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont outcomeFont = m_outcome->font();
    outcomeFont.setPointSizeF(outcomeFont.pointSizeF() * 1.1);
    m_outcome->setFont(outcomeFont);
    m_outcome->setToolTip(tr("What the load test found"));

    m_table = makeReadOnlyTable(m_stages, QStringLiteral("loadStagesTable"), this);
    m_table->setToolTip(tr("Every stage of the load test as it finished: its level, throughput, latency and errors"));
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Fixed widths from the font for the numbers: ResizeToContents measured only the header while the table was empty,
    // and rows arrive one by one (the live table came out with "0.…" for every latency).
    {
        QHeaderView* header = m_table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setSectionResizeMode(LoadStagesModel::StageColumn, QHeaderView::Stretch);
        const QFontMetrics bold = [this] {
            QFont font = m_table->font();
            font.setBold(true); // the breaking step's row
            return QFontMetrics(font);
        }();
        const QLocale locale;
        const QString samples[] = { QString(), locale.toString(100000), locale.toString(100000),
            formatMilliseconds(9999), formatMilliseconds(9999), formatMilliseconds(9999), tr("%1 %").arg(locale.toString(100.0, 'f', 2)),
            locale.toString(1000000) };
        for (int column = LoadStagesModel::LevelColumn; column < LoadStagesModel::ColumnCount; ++column) {
            const QString title = m_stages->headerData(column, Qt::Horizontal).toString();
            header->resizeSection(column, std::max(bold.horizontalAdvance(samples[column]), bold.horizontalAdvance(title)) + 14);
        }
        header->setMinimumSectionSize(40);
    }
    // The mark before the stage name: vermillion for the breaking point, green for the last good step, blue for the
    // recovery (Okabe–Ito, as the charts).
    m_table->setItemDelegateForColumn(LoadStagesModel::StageColumn, new MarkDelegate([](const QModelIndex& index) {
        switch (LoadStagesModel::Mark(index.data(LoadStagesModel::MarkRole).toInt())) {
        case LoadStagesModel::Mark::Breaking: return QColor(0xd5, 0x5e, 0x00);
        case LoadStagesModel::Mark::LastGood: return QColor(0x00, 0x9e, 0x73);
        case LoadStagesModel::Mark::Recovery: return QColor(0x56, 0xb4, 0xe9);
        case LoadStagesModel::Mark::None: break;
        }
        return QColor();
    }, m_table));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_outcome);
    layout->addWidget(m_table, 1);

    if (model) {
        connect(model, &RunModel::reset, this, &LoadStagesView::refreshOutcome);
        connect(model, &RunModel::finished, this, &LoadStagesView::refreshOutcome);
    }
    refreshOutcome();
}

LoadStagesView::~LoadStagesView() = default;

void LoadStagesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshOutcome();
}

bool LoadStagesView::outcomeIsBreak(const LoadResult& load)
{
    return load.config.kind == LoadConfig::Kind::Stress && load.stress.breakingStage.has_value();
}

QString LoadStagesView::outcomeText(const LoadResult& load)
{
    if (load.stages.isEmpty())
        return tr("No stage finished.");
    if (load.config.kind == LoadConfig::Kind::Stress) {
        const StressOutcome& outcome = load.stress;
        QStringList lines;
        const LoadStage* breaking = stageAt(load, outcome.breakingStage);
        const LoadStage* lastGood = stageAt(load, outcome.lastGoodStage);
        if (breaking) {
            //: %1 = stage name, %2 = level, %3 = why ("error rate 12.4 % > 5 % at 180 users")
            lines.append(tr("Breaking point: %1 at %2 (%3).")
                             .arg(results::loadStageName(*breaking, load), levelText(load, breaking->level), outcome.detail));
            lines.append(lastGood ? tr("Last good step: %1.").arg(stageText(load, *lastGood))
                                  : tr("Last good step: none, the first step already broke."));
        } else if (outcome.reason == StressOutcome::Reason::Cancelled) {
            lines.append(tr("Stopped before the ramp found a breaking point."));
            if (lastGood)
                lines.append(tr("Last step: %1.").arg(stageText(load, *lastGood)));
        } else {
            const LoadStage* last = lastGood;
            for (const LoadStage& stage : load.stages) {
                if (!last && stage.role == LoadStage::Role::Step)
                    last = &stage; // the last step, should the outcome not name it
            }
            //: %1 = the ramp's maximum level
            lines.append(tr("No breaking point up to %1, the ramp's maximum.").arg(levelText(load, load.config.maxLevel)));
            if (last)
                lines.append(tr("Last step: %1.").arg(stageText(load, *last)));
        }
        if (const LoadStage* recovery = stageAt(load, outcome.recoveryStage))
            lines.append(tr("Recovery: %1.").arg(stageText(load, *recovery)));
        return lines.join(QLatin1Char('\n'));
    }
    // One level or a sweep: the stage that achieved the most.
    const LoadStage* best = nullptr;
    for (const LoadStage& stage : load.stages) {
        if (stage.role != LoadStage::Role::Interval && (!best || stage.throughput > best->throughput))
            best = &stage;
    }
    if (!best)
        best = &load.stages.constLast();
    if (load.config.kind == LoadConfig::Kind::ConcurrencySweep)
        return tr("Highest throughput: %1.").arg(stageText(load, *best));
    return tr("%1.").arg(stageText(load, *best));
}

void LoadStagesView::refreshOutcome()
{
    const LoadResult* load = m_model && m_model->loadResult() ? &*m_model->loadResult() : nullptr;
    const bool show = load && m_model->isFinished();
    m_outcome->setVisible(show);
    m_table->setColumnHidden(LoadStagesModel::DroppedColumn,
        !m_model || !m_model->plan().load || m_model->plan().load->model != LoadConfig::Model::Open);
    if (!show) {
        m_outcome->clear();
        return;
    }
    // The verdict (the first line) in bold, a break in vermillion; the details in the palette's text colour.
    const QStringList lines = outcomeText(*load).split(QLatin1Char('\n'));
    QString headline = QStringLiteral("<b>%1</b>").arg(lines.constFirst().toHtmlEscaped());
    if (outcomeIsBreak(*load)) {
        const QColor vermillion = isDarkPalette(palette()) ? QColor(0xff, 0x8a, 0x4c) : QColor(0xb3, 0x47, 0x00);
        headline = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(vermillion.name(), headline);
    }
    QStringList html { headline };
    for (qsizetype k = 1; k < lines.size(); ++k)
        html.append(lines.at(k).toHtmlEscaped());
    m_outcome->setText(html.join(QStringLiteral("<br>")));
    // A long ramp scrolls: show where it broke.
    if (load->stress.breakingStage) {
        for (int row = 0; row < m_stages->rowCount(); ++row) {
            if (m_stages->mark(row) == LoadStagesModel::Mark::Breaking)
                m_table->scrollTo(m_stages->index(row, 0));
        }
    }
}

} // namespace scalescope::ui
