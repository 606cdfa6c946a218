// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EndpointsModel: a well-behaved table model (QAbstractItemModelTester) through every edit the wizard makes.
#include "wizard/endpointsmodel.h"
#include "wizard/planitemdelegate.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace scalescope;
using namespace scalescope::ui;

namespace {

EndpointConfig endpointOf(const QString& name, const QString& path, QList<int> expect = {})
{
    EndpointConfig endpoint;
    endpoint.name = name;
    endpoint.request.path = path;
    endpoint.expectedStatus = std::move(expect);
    return endpoint;
}

QStringList names(const EndpointsModel& model)
{
    QStringList result;
    for (const EndpointConfig& endpoint : model.endpoints())
        result.append(endpoint.name);
    return result;
}

} // namespace

class TestEndpointsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        EndpointsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &EndpointsModel::changed);

        model.setEndpoints({ endpointOf(QStringLiteral("A"), QStringLiteral("/a"), { 200 }),
            endpointOf(QStringLiteral("B"), QStringLiteral("/b")), endpointOf(QStringLiteral("C"), QStringLiteral("/c")) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(EndpointsModel::ColumnCount));
        QCOMPARE(model.index(0, EndpointsModel::ExpectColumn).data().toString(), QStringLiteral("200"));
        QCOMPARE(model.index(1, EndpointsModel::ExpectColumn).data().toString(), QStringLiteral("any 2xx"));
        QCOMPARE(model.index(1, EndpointsModel::ExpectColumn).data(Qt::EditRole).toString(), QString());
        QVERIFY(model.index(0, EndpointsModel::MethodColumn)
                    .data(PlanItemDelegate::ChoicesRole)
                    .toStringList()
                    .contains(QStringLiteral("DELETE")));

        QCOMPARE(model.insertEndpoint(endpointOf(QStringLiteral("A"), QStringLiteral("/x")), 1), 1);
        QCOMPARE(names(model), (QStringList { QStringLiteral("A"), QStringLiteral("A 2"), QStringLiteral("B"), QStringLiteral("C") }));
        QCOMPARE(model.duplicateEndpoint(0), 1);
        QCOMPARE(names(model).at(1), QStringLiteral("A (copy)"));
        QCOMPARE(model.duplicateEndpoint(0), 1);
        QCOMPARE(names(model).at(1), QStringLiteral("A (copy) 2"));
        QCOMPARE(model.duplicateEndpoint(99), -1);

        QVERIFY(model.moveEndpoint(0, +1));
        QCOMPARE(names(model).mid(0, 2), (QStringList { QStringLiteral("A (copy) 2"), QStringLiteral("A") }));
        QVERIFY(model.moveEndpoint(1, -1));
        QCOMPARE(names(model).first(), QStringLiteral("A"));
        QVERIFY(!model.moveEndpoint(0, -1));
        QVERIFY(!model.moveEndpoint(model.rowCount() - 1, +1));
        QVERIFY(model.moveRows({}, 0, 2, {}, model.rowCount())); // a block to the end
        QCOMPARE(names(model).last(), QStringLiteral("A (copy) 2"));

        QVERIFY(model.removeRows(0, 2));
        QVERIFY(!model.removeRows(0, 99));
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex method = model.index(0, EndpointsModel::MethodColumn);
        QVERIFY(model.setData(method, QStringLiteral("post")));
        QCOMPARE(method.data().toString(), QStringLiteral("POST"));
        QVERIFY(model.setData(model.index(0, EndpointsModel::PathColumn), QStringLiteral(" /p ")));
        QCOMPARE(model.endpoint(0).request.path, QStringLiteral("/p"));
        QVERIFY(!model.setData(model.index(0, EndpointsModel::PathColumn), QStringLiteral("/q"), Qt::DisplayRole));
        QCOMPARE(changed.count(), 10); // one per change: reset, 3 inserts, 3 moves, 1 removal, 2 edits

        model.setEndpoints({});
        QCOMPARE(model.rowCount(), 0);
    }

    void weightsAreEdited()
    {
        EndpointsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        EndpointConfig weighted = endpointOf(QStringLiteral("A"), QStringLiteral("/a"));
        weighted.weight = 6;
        model.setEndpoints({ weighted, endpointOf(QStringLiteral("B"), QStringLiteral("/b")) });
        const QModelIndex weight = model.index(1, EndpointsModel::WeightColumn);
        QCOMPARE(model.index(0, EndpointsModel::WeightColumn).data().toInt(), 6);
        QCOMPARE(weight.data(Qt::EditRole).typeId(), QMetaType::Int); // a spin box edits it
        QCOMPARE(weight.data().toInt(), 1); // the plan's default
        QVERIFY(!weight.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.headerData(EndpointsModel::WeightColumn, Qt::Horizontal).toString(), QStringLiteral("Weight"));
        QSignalSpy changed(&model, &EndpointsModel::changed);
        QVERIFY(model.setData(weight, 0));
        QCOMPARE(model.endpoint(1).weight, 0);
        QVERIFY(model.setData(weight, QStringLiteral("3")));
        QCOMPARE(model.endpoints().at(1).weight, 3);
        QVERIFY(!model.setData(weight, QStringLiteral("many"))); // not a number: refused, the weight stays
        QCOMPARE(model.endpoint(1).weight, 3);
        QCOMPARE(changed.count(), 2);
        // Duplicates keep the weight.
        QCOMPARE(model.endpoint(model.duplicateEndpoint(0)).weight, 6);
    }

    void statusesAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("statuses");
        QTest::addRow("empty: any 2xx") << QString() << true << QList<int> {};
        QTest::addRow("one") << QStringLiteral("200") << true << QList<int> { 200 };
        QTest::addRow("commas") << QStringLiteral("200, 201") << true << QList<int> { 200, 201 };
        QTest::addRow("spaces") << QStringLiteral(" 200 204 ") << true << QList<int> { 200, 204 };
        QTest::addRow("word") << QStringLiteral("ok") << false << QList<int> {};
        QTest::addRow("mixed") << QStringLiteral("200, 2x1") << false << QList<int> {};
    }

    void statusesAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, statuses);
        const auto parsed = EndpointsModel::parseStatuses(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, statuses);
            QCOMPARE(EndpointsModel::parseStatuses(EndpointsModel::formatStatuses(statuses)), parsed);
        }

        // Typed into the table: kept as typed, reported while it does not parse, the last valid list kept.
        EndpointsModel model;
        model.setEndpoints({ endpointOf(QStringLiteral("A"), QStringLiteral("/a"), { 418 }) });
        QVERIFY(model.setData(model.index(0, EndpointsModel::ExpectColumn), text));
        QCOMPARE(model.index(0, EndpointsModel::ExpectColumn).data(Qt::EditRole).toString(), text);
        QCOMPARE(model.inputIssues().isEmpty(), valid);
        QCOMPARE(model.endpoint(0).expectedStatus, valid ? statuses : QList<int> { 418 });
        if (!valid)
            QCOMPARE(model.inputIssues().constFirst().path, QStringLiteral("endpoints[0].expect"));
    }

    void bodiesAreKeptAsTyped()
    {
        EndpointsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        EndpointConfig endpoint = endpointOf(QStringLiteral("A"), QStringLiteral("/a"));
        endpoint.request.body = QJsonObject { { QStringLiteral("k"), 1 } };
        model.setEndpoints({ endpoint, endpointOf(QStringLiteral("B"), QStringLiteral("/b")) });
        QVERIFY(model.bodyText(0).contains(QLatin1String("\"k\": 1")));
        QVERIFY(!model.isRawBody(0));

        model.setBody(0, QStringLiteral("{\"k\": "), false);
        QCOMPARE(model.bodyText(0), QStringLiteral("{\"k\": "));
        QCOMPARE(model.inputIssues().size(), 1);
        QCOMPARE(model.inputIssues().constFirst().path, QStringLiteral("endpoints[0].body"));
        QVERIFY(model.endpoint(0).request.body.isUndefined());

        model.setBody(0, QStringLiteral("{n};{word}"), true);
        QVERIFY(model.inputIssues().isEmpty());
        QCOMPARE(model.endpoint(0).request.bodyText, std::optional<QString>(QStringLiteral("{n};{word}")));
        QVERIFY(model.isRawBody(0));

        model.setBody(1, QStringLiteral("[1, 2]"), false);
        QCOMPARE(model.endpoint(1).request.body.toArray().size(), 2);
        model.setBody(1, QString(), false);
        QVERIFY(model.endpoint(1).request.body.isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestEndpointsModel)
#include "tst_endpointsmodel.moc"
