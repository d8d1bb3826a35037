#include "models/analysis/CoverageScope.h"
#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/CoverageTreeProxy.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QItemSelection>
#include <QMimeData>
#include <QSignalSpy>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace {
const int badgeRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Badge);
const int keyRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Key);
const int idRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Id);

qint64 frameworkId(Database& db, const char* code)
{
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), QString::fromLatin1(code)).value_or(0);
}

qint64 partyId(Database& db, const char* code)
{
    return RecordStore(db).idForCode(QStringLiteral("parties"), QString::fromLatin1(code)).value_or(0);
}

qint64 provisionId(Database& db, const char* framework, const char* code)
{
    return RecordStore(db)
        .idForCode(QStringLiteral("provisions"), QString::fromLatin1(code), frameworkId(db, framework))
        .value_or(0);
}

/// The model, the proxy over it and a tester, on a fresh sample database.
struct Fixture
{
    TestDatabase database{TestDatabase::Content::Sample};
    ProvisionTreeModel model;
    CoverageTreeProxy proxy;
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture()
    {
        model.setDatabase(&database.db());
        proxy.setSourceModel(&model);
        proxy.setDatabase(&database.db());
    }

    void show(const char* party, const char* target)
    {
        const Result<CoverageScope> scope =
            CoverageScope::forParty(database.db(), partyId(database.db(), party), frameworkId(database.db(), target));
        QVERIFY2(scope.ok(), qPrintable(scope.message()));
        model.setFrameworkId(scope->targetFrameworkId);
        proxy.setScope(*scope);
    }

    /// The coverage cell of a provision.
    QModelIndex cell(const char* framework, const char* code)
    {
        const QModelIndex first = proxy.mapFromSource(model.indexOf(provisionId(database.db(), framework, code)));
        return first.siblingAtColumn(proxy.coverageColumn());
    }

    void apply(const Result<ChangeSet>& plan)
    {
        QVERIFY2(plan.ok(), qPrintable(plan.message()));
        const Status applied = plan->apply(database.db());
        QVERIFY2(applied.ok(), qPrintable(applied.message()));
    }
};
} // namespace

class TestCoverageTreeProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsOneColumn();
    void coverageOfThePledge();
    void followsTheDatabase();
    void notApplicableShowsItsJustification();
    void nestedTreeAndReversedMapping();
    void dropOnTheCoverageCell();
    void selectionMapsToTheSourceColumns();
};

void TestCoverageTreeProxy::addsOneColumn()
{
    Fixture f;
    f.model.setFrameworkId(frameworkId(f.database.db(), "NATO-CDP2016"));
    QCOMPARE(f.proxy.coverageColumn(), ProvisionTreeModel::ColumnCount);
    QCOMPARE(f.proxy.columnCount(), ProvisionTreeModel::ColumnCount + 1);
    QCOMPARE(f.proxy.rowCount(), 7);
    QCOMPARE(f.proxy.headerData(f.proxy.coverageColumn(), Qt::Horizontal).toString(), QStringLiteral("Coverage"));
    QCOMPARE(f.proxy.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Reference"));
    // The other columns are the model's.
    QCOMPARE(f.proxy.index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(f.proxy.mapToSource(f.proxy.index(0, 1)), f.model.index(0, 1));
    // Without a scope the column is empty, but its cells carry the provision.
    const QModelIndex cell = f.proxy.index(0, f.proxy.coverageColumn());
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(), QVariant());
    QCOMPARE(cell.data(badgeRole), QVariant());
    QCOMPARE(cell.data(idRole), f.proxy.index(0, 0).data(idRole));
    QCOMPARE(f.proxy.mapToSource(cell), QModelIndex());
    QCOMPARE(f.proxy.parent(cell), QModelIndex());
    QCOMPARE(f.proxy.rowCount(cell), 0);
    QCOMPARE(f.proxy.flags(cell), f.proxy.flags(f.proxy.index(0, 0)));
    QCOMPARE(f.proxy.hasScope(), false);
    QCOMPARE(f.proxy.report().items().size(), 0);
}

void TestCoverageTreeProxy::coverageOfThePledge()
{
    Fixture f;
    QSignalSpy reports(&f.proxy, &CoverageTreeProxy::reportChanged);
    f.show("JP", "NATO-CDP2016");
    QCOMPARE(reports.count(), 1);

    // C1: partly covered, through JP-NSS2022 LEVEL "intersects with" (strength 5).
    const QModelIndex c1 = f.cell("NATO-CDP2016", "C1");
    QCOMPARE(c1.data().toString(), QStringLiteral("Partly covered"));
    QCOMPARE(c1.data(badgeRole).toString(), QStringLiteral("partial"));
    QCOMPARE(c1.data(keyRole).toString(), QStringLiteral("partial"));
    const QString tip = c1.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Partly covered by JP-NSS2022:LEVEL Capability level")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("intersects with, strength 5")), qPrintable(tip));

    // C2: only "no relationship" from CH10: not covered, examined.
    const QModelIndex c2 = f.cell("NATO-CDP2016", "C2");
    QCOMPARE(c2.data().toString(), QStringLiteral("Not covered"));
    QCOMPARE(c2.data(badgeRole).toString(), QStringLiteral("uncovered"));
    QVERIFY2(c2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no relationship")),
             qPrintable(c2.data(Qt::ToolTipRole).toString()));

    const CoverageCounts& totals = f.proxy.report().totals();
    QCOMPARE(totals.covered, 0);
    QCOMPARE(totals.partial, 5);
    QCOMPARE(totals.uncovered, 2);
    QCOMPARE(totals.notApplicable, 0);

    f.proxy.clearScope();
    QCOMPARE(c1.data(), QVariant());
    QCOMPARE(reports.count(), 2);
}

void TestCoverageTreeProxy::followsTheDatabase()
{
    Fixture f;
    f.show("JP", "NATO-CDP2016");
    const QModelIndex c2 = f.cell("NATO-CDP2016", "C2");
    QSignalSpy changes(&f.proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy reports(&f.proxy, &CoverageTreeProxy::reportChanged);

    // An 'equal' mapping from the Act's chapter 2 covers C2.
    const qint64 ch2 = provisionId(f.database.db(), "JP-CRCSA", "CH02");
    const ChangePlanner planner(f.database.db());
    f.apply(planner.insert(QStringLiteral("mappings"), {{QStringLiteral("source_provision_id"), ch2},
                                                        {QStringLiteral("target_provision_id"), c2.data(idRole)},
                                                        {QStringLiteral("relationship"), QStringLiteral("equal")},
                                                        {QStringLiteral("rationale"), QStringLiteral("semantic")},
                                                        {QStringLiteral("strength"), 10}}));
    QCOMPARE(reports.count(), 1);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.constFirst().at(0).toModelIndex().column(), f.proxy.coverageColumn());
    QCOMPARE(c2.data().toString(), QStringLiteral("Covered"));
    QCOMPARE(c2.data(badgeRole).toString(), QStringLiteral("covered"));
    const QString tip = c2.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Covered by JP-CRCSA:CH02")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("equal, strength 10")), qPrintable(tip));
    QCOMPARE(f.proxy.report().totals().covered, 1);

    // Tables coverage does not read leave it alone.
    f.database.db().notifyChanged(QStringLiteral("dialogues"));
    QCOMPARE(reports.count(), 1);
}

void TestCoverageTreeProxy::notApplicableShowsItsJustification()
{
    Fixture f;
    f.show("JP", "NATO-SC2022");
    const QModelIndex b = f.cell("NATO-SC2022", "B");
    QCOMPARE(b.data().toString(), QStringLiteral("Not applicable"));
    QCOMPARE(b.data(badgeRole).toString(), QStringLiteral("not_applicable"));
    const QString tip = b.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Not applicable: Japan is not party to the Washington Treaty")),
             qPrintable(tip));
    QCOMPARE(f.proxy.report().totals().notApplicable, 1);
    // C is partly covered by two "subset of" mappings of the related Act.
    QCOMPARE(f.cell("NATO-SC2022", "C").data(badgeRole).toString(), QStringLiteral("partial"));
}

void TestCoverageTreeProxy::nestedTreeAndReversedMapping()
{
    Fixture f;
    // NATO's partnership programme covers the strategy: the mapping is stored as
    // "JP-CSS2025 P1-3 superset of NATO-JP-ITPP CYBER", so read from NATO's side it is "subset of".
    f.show("NATO", "JP-CSS2025");
    QCOMPARE(f.proxy.rowCount(), 3);
    const QModelIndex p1 = f.proxy.index(0, 0);
    QCOMPARE(f.proxy.rowCount(p1), 3);
    const QModelIndex measure = f.proxy.index(2, f.proxy.coverageColumn(), p1);
    QVERIFY(measure.isValid());
    QCOMPARE(f.proxy.parent(measure), p1);
    QCOMPARE(measure.siblingAtColumn(0).data().toString(), QStringLiteral("P1(3)"));
    QCOMPARE(measure.data().toString(), QStringLiteral("Partly covered"));
    const QString tip = measure.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("NATO-JP-ITPP:CYBER")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("subset of, strength 7")), qPrintable(tip));
    // The pillar rolls up its measures.
    const QModelIndex pillar = p1.siblingAtColumn(f.proxy.coverageColumn());
    QCOMPARE(pillar.data(badgeRole).toString(), QStringLiteral("partial"));
    QCOMPARE(f.proxy.index(0, f.proxy.coverageColumn(), p1).data(badgeRole).toString(), QStringLiteral("uncovered"));
    // A cell of the added column has no children.
    QCOMPARE(f.proxy.rowCount(pillar), 0);
    QCOMPARE(f.proxy.hasChildren(pillar), false);
    QCOMPARE(f.proxy.index(0, 0, pillar), QModelIndex());
}

void TestCoverageTreeProxy::dropOnTheCoverageCell()
{
    Fixture f;
    f.show("JP", "NATO-CDP2016");
    f.model.setDragEnabled(true);
    const QModelIndex c3 = f.cell("NATO-CDP2016", "C3");
    // Dragging the row (every column selected) carries the provision.
    QModelIndexList row;
    for (int column = 0; column < f.proxy.columnCount(); ++column)
        row << c3.siblingAtColumn(column);
    std::unique_ptr<QMimeData> data(f.proxy.mimeData(row));
    QVERIFY(data);
    qint64 dragged = 0;
    QVERIFY(ProvisionTreeModel::decodeMimeData(data.get(), &dragged, nullptr));
    QCOMPARE(dragged, c3.data(idRole).toLongLong());

    // A provision of the source dropped on the coverage cell of C4 is a drop on C4.
    ProvisionTreeModel source;
    source.setDatabase(&f.database.db());
    source.setFrameworkId(frameworkId(f.database.db(), "JP-CRCSA"));
    source.setDragEnabled(true);
    source.setDragOrigin(QStringLiteral("source"));
    std::unique_ptr<QMimeData> chapter(source.mimeData({source.index(0, 0)}));
    const QModelIndex c4 = f.cell("NATO-CDP2016", "C4");
    QSignalSpy dropped(&f.model, &ProvisionTreeModel::provisionDropped);
    QVERIFY(f.proxy.canDropMimeData(chapter.get(), Qt::CopyAction, -1, -1, c4));
    QVERIFY(f.proxy.dropMimeData(chapter.get(), Qt::CopyAction, -1, -1, c4));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(2).toLongLong(), c4.data(idRole).toLongLong());
}

void TestCoverageTreeProxy::selectionMapsToTheSourceColumns()
{
    Fixture f;
    f.show("JP", "NATO-CDP2016");
    const QItemSelection selection(f.proxy.index(1, 0), f.proxy.index(2, f.proxy.coverageColumn()));
    const QItemSelection mapped = f.proxy.mapSelectionToSource(selection);
    QCOMPARE(mapped.size(), 1);
    QCOMPARE(mapped.constFirst().topLeft(), f.model.index(1, 0));
    QCOMPARE(mapped.constFirst().bottomRight(), f.model.index(2, ProvisionTreeModel::ColumnCount - 1));
}

QTEST_GUILESS_MAIN(TestCoverageTreeProxy)
#include "tst_coveragetreeproxy.moc"
