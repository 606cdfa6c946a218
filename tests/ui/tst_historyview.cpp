// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The history browser: the run table (model tester, formatting, numeric sorting), search and status filters,
// and the actions on runs against a real history database.
#include "history/historyview.h"
#include "history/runhistoryfilter.h"
#include "history/runhistorymodel.h"
#include "storage/historystore.h"
#include "syntheticrun.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QCoreApplication>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

class TestHistoryView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<storage::HistoryStore> m_store;
    QList<qint64> m_ids; // oldest first

    // Three runs of the demo plan: completed (thresholds failing), interrupted, completed; the worst p95 values
    // 9.5 and 10.2 ms tell a numeric sort from a text sort.
    void fill()
    {
        m_store = std::move(storage::HistoryStore::open(m_dir.filePath(QStringLiteral("h.sqlite"))).value());
        const QDateTime start(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        const QList<double> worst { 9.5, 10.2, 3.0 };
        for (int i = 0; i < 3; ++i) {
            RunResult run = testing::syntheticRun(testing::demoShape, quint32(i + 1), 20, 0.0, 0, start.addSecs(3600 * i));
            run.cells = run.cells.mid(0, 6); // the smallest size only
            run.cells[0].stats.p95Ms = worst.at(i);
            storage::RunHeader header;
            header.plan = run.plan;
            header.startedAt = run.startedAt;
            header.name = QStringLiteral("run %1").arg(i);
            if (i == 1)
                run.status = RunStatus::Interrupted;
            const qint64 id = m_store->saveRun(header, run).value();
            m_ids.append(id);
        }
        QVERIFY(!m_store->setThresholdOutcome(m_ids[0], 60, 3));
        QVERIFY(!m_store->setThresholdOutcome(m_ids[2], 60, 0));
        QVERIFY(!m_store->addTag(m_ids[2], QStringLiteral("release")));
        QVERIFY(!m_store->setNotes(m_ids[1], QStringLiteral("after the index")));
    }

    static int rowOf(const QAbstractItemModel* model, qint64 id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

    static QString text(const QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("1 endpoint", "2 endpoints").
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ids.clear();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("h.sqlite")));
        fill();
    }

    void modelPassesTheTesterAndFormats()
    {
        RunHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_store->listRuns().value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RunHistoryModel::ColumnCount));
        const int failing = rowOf(&model, m_ids[0]);
        const int interrupted = rowOf(&model, m_ids[1]);
        QCOMPARE(text(&model, interrupted, RunHistoryModel::StatusColumn), QStringLiteral("Interrupted"));
        QCOMPARE(text(&model, failing, RunHistoryModel::VerdictColumn), QStringLiteral("3 of 60 failed"));
        QCOMPARE(text(&model, rowOf(&model, m_ids[2]), RunHistoryModel::VerdictColumn), QStringLiteral("passed (60 checks)"));
        QCOMPARE(text(&model, interrupted, RunHistoryModel::VerdictColumn), QStringLiteral("—"));
        QCOMPARE(text(&model, failing, RunHistoryModel::WorstP95Column), QStringLiteral("9.50 ms"));
        QCOMPARE(text(&model, failing, RunHistoryModel::TargetColumn), QStringLiteral("http://127.0.0.1:8000"));
        QCOMPARE(text(&model, failing, RunHistoryModel::DurationColumn), QStringLiteral("6.0 s"));
        QCOMPARE(model.index(interrupted, RunHistoryModel::NameColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("after the index"));
        model.setRuns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsNumbersAsNumbersAndFilters()
    {
        HistoryView view;
        view.setStore(m_store.get());
        RunHistoryFilter* filter = view.filter();
        QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter->sort(RunHistoryModel::WorstP95Column, Qt::AscendingOrder);
        QCOMPARE(filter->index(0, 0).data(RunHistoryModel::RunIdRole).toLongLong(), m_ids[2]); // 3.0
        QCOMPARE(filter->index(1, 0).data(RunHistoryModel::RunIdRole).toLongLong(), m_ids[0]); // 9.5
        QCOMPARE(filter->index(2, 0).data(RunHistoryModel::RunIdRole).toLongLong(), m_ids[1]); // 10.2, not before 3.0

        auto* search = view.findChild<QLineEdit*>(QStringLiteral("historySearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("release"));
        QCOMPARE(filter->rowCount(), 1);
        search->setText(QStringLiteral("INDEX after")); // every word, any case, in the notes
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(RunHistoryModel::RunIdRole).toLongLong(), m_ids[1]);
        search->clear();
        filter->setStatus(RunStatus::Interrupted);
        QCOMPARE(filter->rowCount(), 1);
        filter->setStatus(std::nullopt);
        QCOMPARE(filter->rowCount(), 3);
    }

    void comparesTwoRunsOlderFirstAndAgainstTheBaseline()
    {
        HistoryView view;
        view.setStore(m_store.get());
        QSignalSpy compare(&view, &HistoryView::compareRequested);
        QSignalSpy errors(&view, &HistoryView::errorOccurred);
        view.selectRun(m_ids[2]);
        view.selectRun(m_ids[0]);
        view.compareSelected();
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.at(0).at(0).toLongLong(), m_ids[0]); // the older run is the base
        QCOMPARE(compare.at(0).at(1).toLongLong(), m_ids[2]);

        // One run without a baseline: explained, nothing compared.
        view.reload();
        auto* table = view.findChild<QTableView*>(QStringLiteral("historyTable"));
        table->clearSelection();
        view.selectRun(m_ids[2]);
        view.compareSelected();
        QCOMPARE(compare.size(), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("no baseline")));

        // Mark run 0 as baseline, then run 1: the tag moves (one baseline per plan).
        table->clearSelection();
        view.selectRun(m_ids[0]);
        view.markSelectedAsBaseline();
        table->clearSelection();
        view.selectRun(m_ids[1]);
        view.markSelectedAsBaseline();
        const QList<storage::RunSummary> runs = m_store->listRuns().value();
        int baselines = 0;
        for (const storage::RunSummary& run : runs)
            baselines += run.tags.contains(QStringLiteral("baseline")) ? 1 : 0;
        QCOMPARE(baselines, 1);
        QCOMPARE(view.baselineFor(m_ids[2]), std::optional<qint64>(m_ids[1]));
        table->clearSelection();
        view.selectRun(m_ids[2]);
        view.compareSelected();
        QCOMPARE(compare.size(), 2);
        QCOMPARE(compare.at(1).at(0).toLongLong(), m_ids[1]);
        QCOMPARE(compare.at(1).at(1).toLongLong(), m_ids[2]);
    }

    void editsTagsNotesAndNames()
    {
        HistoryView view;
        view.setStore(m_store.get());
        QSignalSpy changed(&view, &HistoryView::historyChanged);
        view.selectRun(m_ids[0]);
        auto* tags = view.findChild<QLineEdit*>(QStringLiteral("historyTags"));
        auto* notes = view.findChild<QPlainTextEdit*>(QStringLiteral("historyNotes"));
        auto* name = view.findChild<QLineEdit*>(QStringLiteral("historyName"));
        QVERIFY(tags && notes && name);
        QVERIFY(tags->isEnabled());
        tags->setText(QStringLiteral(" before-index ,  v1.4, v1.4"));
        Q_EMIT tags->editingFinished();
        QCOMPARE(m_store->loadRun(m_ids[0])->summary.tags, (QStringList { QStringLiteral("before-index"), QStringLiteral("v1.4") }));
        notes->setPlainText(QStringLiteral("first measurement"));
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("historySaveNotes")), Qt::LeftButton);
        QCOMPARE(m_store->loadRun(m_ids[0])->summary.notes, QStringLiteral("first measurement"));
        name->setText(QStringLiteral("Before the index"));
        Q_EMIT name->editingFinished();
        QCOMPARE(m_store->loadRun(m_ids[0])->summary.name, QStringLiteral("Before the index"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(view.selectedRunIds(), QList<qint64> { m_ids[0] }); // the selection survives the reloads
    }

    void deletesOnlyWhenConfirmed()
    {
        HistoryView view;
        view.setStore(m_store.get());
        QString asked;
        bool answer = false;
        view.setConfirm([&](const QString& question) {
            asked = question;
            return answer;
        });
        view.selectRun(m_ids[1]);
        view.deleteSelected();
        QVERIFY(asked.contains(QString::number(m_ids[1])));
        QCOMPARE(m_store->listRuns()->size(), 3);
        answer = true;
        view.deleteSelected();
        QCOMPARE(m_store->listRuns()->size(), 2);
        QVERIFY(!m_store->loadRun(m_ids[1]));
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void opensAndReruns()
    {
        HistoryView view;
        view.setStore(m_store.get());
        QSignalSpy open(&view, &HistoryView::openRequested);
        QSignalSpy rerun(&view, &HistoryView::rerunRequested);
        auto* openButton = view.findChild<QPushButton*>(QStringLiteral("historyOpen"));
        QVERIFY(!openButton->isEnabled()); // nothing selected
        view.selectRun(m_ids[2]);
        QVERIFY(openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("historyRerun")), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), m_ids[2]);
        QCOMPARE(rerun.size(), 1);
    }

    void withoutAStoreSaysSo()
    {
        HistoryView view;
        view.setStore(nullptr);
        auto* empty = view.findChild<QLabel*>(QStringLiteral("historyEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->text().contains(QStringLiteral("off")));
        view.deleteSelected(); // nothing to do, no crash
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
