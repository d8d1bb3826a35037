#include "models/itemmodels/ProvisionFilterProxy.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace {
int column(ProvisionTreeModel::Column c)
{
    return ProvisionTreeModel::column(c);
}

qint64 frameworkId(Database& db, const char* code)
{
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), QString::fromLatin1(code)).value_or(0);
}

/// The shown references of the tree, depth first, children indented by two spaces.
QStringList outline(const QAbstractItemModel& model, const QModelIndex& parent = QModelIndex(), int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
        lines << outline(model, index, depth + 1);
    }
    return lines;
}
} // namespace

class TestProvisionFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchKeepsParentsOfMatches();
    void searchesCodesAndOriginalTitles();
    void filtersByVerification();
    void followsTheModel();
};

void TestProvisionFilterProxy::searchKeepsParentsOfMatches()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CSS2025"));
    ProvisionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(outline(proxy).size(), 14);
    QCOMPARE(proxy.isFiltering(), false);

    // A measure matches: its pillar stays, so that it is shown where it belongs.
    proxy.setSearchText(QStringLiteral("international COOPERATION"));
    QCOMPARE(outline(proxy), (QStringList{QStringLiteral("P1"), QStringLiteral("  P1(3)")}));
    QVERIFY(proxy.isFiltering());

    // A pillar matches by its own title: it is kept, its measures only when they match too.
    proxy.setSearchText(QStringLiteral("People and technology"));
    QCOMPARE(outline(proxy), QStringList{QStringLiteral("P3")});

    proxy.setSearchText(QString());
    QCOMPARE(outline(proxy).size(), 14);
}

void TestProvisionFilterProxy::searchesCodesAndOriginalTitles()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CRCSA"));
    ProvisionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    proxy.setSearchText(QStringLiteral("ch12"));
    QCOMPARE(outline(proxy), QStringList{QStringLiteral("Ch. 12 (Arts 79-86)")});
    proxy.setSearchText(QStringLiteral("罰則"));
    QCOMPARE(outline(proxy), QStringList{QStringLiteral("Ch. 12 (Arts 79-86)")});
}

void TestProvisionFilterProxy::filtersByVerification()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CRCSA"));
    ProvisionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);

    proxy.setVerification(QStringLiteral("secondary"));
    QCOMPARE(proxy.verification(), QStringLiteral("secondary"));
    const QStringList secondary = outline(proxy);
    QVERIFY(secondary.contains(QStringLiteral("Ch. 2 (Arts 4-10)")));
    QVERIFY(!secondary.contains(QStringLiteral("Ch. 1 (Arts 1-3)")));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, column(ProvisionTreeModel::Column::Verification))
                     .data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Key))
                     .toString(),
                 QStringLiteral("secondary"));

    // Search and verification together.
    proxy.setSearchText(QStringLiteral("General provisions"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QStringLiteral("Ch. 1"));
    QCOMPARE(outline(proxy),
             (QStringList{QStringLiteral("Ch. 10 (Arts 46-70)"), QStringLiteral("Ch. 12 (Arts 79-86)")}));
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 12);
}

void TestProvisionFilterProxy::followsTheModel()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    ProvisionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setVerification(QStringLiteral("official"));
    QCOMPARE(proxy.rowCount(), 0);
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CSS2025"));
    QCOMPARE(proxy.rowCount(), 3);
    // The pledge's commitments are all from secondary sources.
    model.setFrameworkId(frameworkId(fixture.db(), "NATO-CDP2016"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setVerification(QStringLiteral("secondary"));
    QCOMPARE(proxy.rowCount(), 7);
}

QTEST_GUILESS_MAIN(TestProvisionFilterProxy)
#include "tst_provisionfilterproxy.moc"
