// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyview.h"

#include "history/runhistoryfilter.h"
#include "history/runhistorymodel.h"
#include "labels.h"
#include "storage/historystore.h"
#include "widgets/markdelegate.h"
#include "widgets/statuscolors.h"
#include "widgets/tables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace scalescope::ui {

namespace {
    QStringList splitTags(const QString& text)
    {
        QStringList tags;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString tag = part.trimmed();
            if (!tag.isEmpty() && !tags.contains(tag))
                tags.append(tag);
        }
        return tags;
    }

    QString errorText(const std::optional<Error>& error)
    {
        return error ? error->message : QString();
    }
} // namespace

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunHistoryModel(this))
    , m_filter(new RunHistoryFilter(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_table(makeReadOnlyTable(m_filter, QStringLiteral("historyTable"), this))
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNotes(new QPushButton(tr("Save notes"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_rerun(new QPushButton(tr("R&e-run"), this))
    , m_compare(new QPushButton(tr("&Compare"), this))
    , m_baseline(new QPushButton(tr("Mark as &baseline"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search name, plan, target, tags, notes…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the runs whose name, plan, target, tags or notes contain every word typed"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &RunHistoryFilter::setSearchText);

    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setToolTip(tr("Show only the runs that ended this way"));
    m_status->addItem(tr("All runs"), -1);
    for (const RunStatus status : { RunStatus::Completed, RunStatus::Failed, RunStatus::Cancelled,
             RunStatus::Interrupted, RunStatus::Running })
        m_status->addItem(runStatusLabel(status), int(status));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_filter->setStatus(value < 0 ? std::nullopt : std::optional<RunStatus>(RunStatus(value)));
    });

    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setItemDelegateForColumn(RunHistoryModel::StatusColumn, new MarkDelegate([](const QModelIndex& index) {
        return runStatusColor(RunStatus(index.data(RunHistoryModel::StatusRole).toInt()));
    }, m_table));
    m_table->setToolTip(tr("Double-click or press Enter to open a run; select two runs to compare them"));
    connect(m_table, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateDetails);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &HistoryView::deleteSelected);

    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setToolTip(tr("Show the selected run in the dashboard: the same charts, findings and events"));
    m_rerun->setObjectName(QStringLiteral("historyRerun"));
    m_rerun->setToolTip(tr("Open the selected run's plan in the wizard to run it again"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_compare->setToolTip(tr("Two runs selected: compare them (the older is the base). One run: compare it with "
                             "its plan's baseline"));
    m_baseline->setObjectName(QStringLiteral("historyBaseline"));
    m_baseline->setToolTip(tr("Make the selected run the baseline of its plan, the run others are compared with"));
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    m_delete->setToolTip(tr("Delete the selected runs from the history, with everything they measured (Del)"));
    connect(m_open, &QPushButton::clicked, this, &HistoryView::openSelected);
    connect(m_rerun, &QPushButton::clicked, this, &HistoryView::rerunSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryView::compareSelected);
    connect(m_baseline, &QPushButton::clicked, this, &HistoryView::markSelectedAsBaseline);
    connect(m_delete, &QPushButton::clicked, this, &HistoryView::deleteSelected);

    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_name->setObjectName(QStringLiteral("historyName"));
    m_name->setToolTip(tr("The run's name in the history (empty: the plan's name); Enter saves it"));
    connect(m_name, &QLineEdit::editingFinished, this, &HistoryView::applyName);
    m_tags->setObjectName(QStringLiteral("historyTags"));
    m_tags->setPlaceholderText(tr("e.g. release-1.4, after-index"));
    m_tags->setToolTip(tr("Tags, separated by commas; Enter saves them"));
    connect(m_tags, &QLineEdit::editingFinished, this, &HistoryView::applyTags);
    m_notes->setObjectName(QStringLiteral("historyNotes"));
    m_notes->setPlaceholderText(tr("What changed before this run, what it showed…"));
    m_notes->setToolTip(tr("Free-text notes on the run"));
    m_notes->setTabChangesFocus(true);
    m_saveNotes->setObjectName(QStringLiteral("historySaveNotes"));
    m_saveNotes->setToolTip(tr("Store the notes in the history"));
    connect(m_saveNotes, &QPushButton::clicked, this, &HistoryView::applyNotes);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_open, m_rerun, m_compare, m_baseline })
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);
    listLayout->addLayout(buttons);

    auto* details = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tags:"), m_tags);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addLayout(form);
    auto* notesLabel = new QLabel(tr("N&otes:"), details);
    notesLabel->setBuddy(m_notes);
    detailsLayout->addWidget(notesLabel);
    detailsLayout->addWidget(m_notes, 1);
    detailsLayout->addWidget(m_saveNotes, 0, Qt::AlignRight);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listSide);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_table);
    setTabOrder(m_table, m_open);
    updateDetails();
}

HistoryView::~HistoryView() = default;

void HistoryView::setStore(storage::HistoryStore* store)
{
    m_store = store;
    reload();
}

void HistoryView::reload()
{
    const QList<qint64> selected = selectedRunIds();
    QList<storage::RunSummary> runs;
    if (m_store) {
        Result<QList<storage::RunSummary>> listed = m_store->listRuns();
        if (listed)
            runs = std::move(listed).value();
        else
            Q_EMIT errorOccurred(listed.error().message);
    }
    m_model->setRuns(runs);
    m_table->resizeColumnsToContents();
    for (const qint64 id : selected)
        selectRun(id);
    const bool empty = runs.isEmpty();
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(m_store ? tr("No run stored yet. Runs appear here as they go, cell by cell: start one with "
                                  "File ▸ New run… or try the demo.")
                             : tr("The history is off: no database could be opened."));
    updateDetails();
}

QList<qint64> HistoryView::selectedRunIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : sorted)
        ids.append(index.data(RunHistoryModel::RunIdRole).toLongLong());
    return ids;
}

void HistoryView::selectRun(qint64 runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    // Adds to the selection (two runs to compare): QAbstractItemView::setCurrentIndex() would replace it.
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

std::optional<qint64> HistoryView::baselineFor(qint64 runId) const
{
    const storage::RunSummary* run = m_model->run(runId);
    if (!run)
        return std::nullopt;
    for (const storage::RunSummary& other : m_model->runs()) { // newest first
        if (other.id != runId && other.planName == run->planName && other.tags.contains(QLatin1String(kBaselineTag)))
            return other.id;
    }
    return std::nullopt;
}

const storage::RunSummary* HistoryView::currentRun() const
{
    const QList<qint64> ids = selectedRunIds();
    return ids.size() == 1 ? m_model->run(ids.first()) : nullptr;
}

void HistoryView::report(const QString& what, const std::optional<QString>& error)
{
    if (error && !error->isEmpty())
        //: %1 = what was attempted, %2 = the reason
        Q_EMIT errorOccurred(tr("%1: %2").arg(what, *error));
}

void HistoryView::updateDetails()
{
    const QList<qint64> ids = selectedRunIds();
    const storage::RunSummary* run = currentRun();
    m_open->setEnabled(run != nullptr);
    m_rerun->setEnabled(run != nullptr);
    m_baseline->setEnabled(run != nullptr && m_store);
    m_delete->setEnabled(!ids.isEmpty() && m_store);
    m_compare->setEnabled(ids.size() == 2 || (run && baselineFor(run->id)));
    for (QWidget* field : std::initializer_list<QWidget*> { m_name, m_tags, m_notes, m_saveNotes })
        field->setEnabled(run != nullptr && m_store);
    if (!run) {
        m_summary->setText(ids.isEmpty() ? tr("Select a run to see its details.")
                                         : tr("%n runs selected.", nullptr, int(ids.size())));
        m_name->clear();
        m_tags->clear();
        m_notes->clear();
        return;
    }
    QStringList sizes;
    for (const int size : run->sizes)
        sizes.append(QString::number(size));
    QString text = tr("<b>Run %1</b> — %2<br>%3 against %4<br>Started %5, %6<br>Sizes %7; %n endpoint(s)", nullptr,
        int(run->endpoints.size()))
                       .arg(run->id)
                       .arg(runStatusLabel(run->status).toHtmlEscaped(), run->planName.toHtmlEscaped(),
                           run->baseUrl.toString(QUrl::RemoveUserInfo).toHtmlEscaped(),
                           QLocale().toString(run->startedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                           formatDuration(run->finishedAt.isValid() ? run->startedAt.msecsTo(run->finishedAt) : -1),
                           sizes.join(QLatin1Char(' ')));
    text += QStringLiteral("<br>") + tr("Thresholds: %1").arg(thresholdVerdictLabel(run->thresholdChecks, run->thresholdFailures));
    if (run->status == RunStatus::Interrupted)
        text += QStringLiteral("<br>") + tr("The process running it ended before it finished; the %n cell(s) it completed are kept.", nullptr, run->cellCount);
    if (run->error)
        text += QStringLiteral("<br>") + run->error->message.toHtmlEscaped();
    if (const std::optional<qint64> baseline = baselineFor(run->id))
        text += QStringLiteral("<br>") + tr("Baseline of this plan: run %1").arg(*baseline);
    m_summary->setText(text);
    m_name->setText(run->name);
    m_name->setPlaceholderText(run->planName);
    m_tags->setText(run->tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(run->notes);
}

void HistoryView::applyName()
{
    const storage::RunSummary* run = currentRun();
    if (!run || !m_store || m_name->text().trimmed() == run->name)
        return;
    report(tr("Cannot rename run %1").arg(run->id), errorText(m_store->rename(run->id, m_name->text().trimmed())));
    reload();
    Q_EMIT historyChanged();
}

void HistoryView::applyTags()
{
    const storage::RunSummary* run = currentRun();
    if (!run || !m_store)
        return;
    const qint64 id = run->id;
    const QStringList wanted = splitTags(m_tags->text());
    const QStringList current = run->tags;
    for (const QString& tag : current) {
        if (!wanted.contains(tag))
            report(tr("Cannot remove the tag %1").arg(tag), errorText(m_store->removeTag(id, tag)));
    }
    for (const QString& tag : wanted) {
        if (!current.contains(tag))
            report(tr("Cannot add the tag %1").arg(tag), errorText(m_store->addTag(id, tag)));
    }
    if (wanted != current) {
        reload();
        Q_EMIT historyChanged();
    }
}

void HistoryView::applyNotes()
{
    const storage::RunSummary* run = currentRun();
    if (!run || !m_store)
        return;
    report(tr("Cannot store the notes of run %1").arg(run->id), errorText(m_store->setNotes(run->id, m_notes->toPlainText())));
    reload();
    Q_EMIT historyChanged();
}

void HistoryView::openSelected()
{
    if (const storage::RunSummary* run = currentRun())
        Q_EMIT openRequested(run->id);
}

void HistoryView::rerunSelected()
{
    if (const storage::RunSummary* run = currentRun())
        Q_EMIT rerunRequested(run->id);
}

void HistoryView::compareSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() == 2) {
        const storage::RunSummary* a = m_model->run(ids.at(0));
        const storage::RunSummary* b = m_model->run(ids.at(1));
        // The older run is the base.
        const bool aFirst = a->startedAt < b->startedAt || (a->startedAt == b->startedAt && a->id < b->id);
        Q_EMIT compareRequested(aFirst ? a->id : b->id, aFirst ? b->id : a->id);
        return;
    }
    if (ids.size() == 1) {
        if (const std::optional<qint64> baseline = baselineFor(ids.first()))
            Q_EMIT compareRequested(*baseline, ids.first());
        else
            Q_EMIT errorOccurred(tr("Run %1 has no baseline to compare with: mark a run of the same plan as baseline, "
                                    "or select two runs.")
                                     .arg(ids.first()));
    }
}

void HistoryView::markSelectedAsBaseline()
{
    const storage::RunSummary* run = currentRun();
    if (!run || !m_store)
        return;
    const qint64 id = run->id;
    const QString plan = run->planName;
    const QString tag = QLatin1String(kBaselineTag);
    for (const storage::RunSummary& other : m_model->runs()) {
        if (other.id != id && other.planName == plan && other.tags.contains(tag))
            report(tr("Cannot remove the baseline tag of run %1").arg(other.id), errorText(m_store->removeTag(other.id, tag)));
    }
    report(tr("Cannot mark run %1 as baseline").arg(id), errorText(m_store->addTag(id, tag)));
    reload();
    Q_EMIT historyChanged();
}

void HistoryView::deleteSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.isEmpty() || !m_store)
        return;
    QStringList names;
    for (const qint64 id : ids)
        names.append(QString::number(id));
    const QString question = tr("Delete %n run(s) (%1) from the history with everything measured? This cannot be undone.",
        nullptr, int(ids.size()))
                                 .arg(names.join(QStringLiteral(", ")));
    const bool confirmed = m_confirm ? m_confirm(question)
                                     : QMessageBox::question(this, tr("Delete runs"), question) == QMessageBox::Yes;
    if (!confirmed)
        return;
    for (const qint64 id : ids)
        report(tr("Cannot delete run %1").arg(id), errorText(m_store->deleteRun(id)));
    reload();
    Q_EMIT historyChanged();
}

} // namespace scalescope::ui
