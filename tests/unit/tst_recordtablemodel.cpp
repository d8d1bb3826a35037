#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/RecordFilterProxy.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace crosswalk;
using test::TestDatabase;

class TestRecordTableModel : public QObject
{
    Q_OBJECT

private:
    static QStringList commitmentColumns()
    {
        return {QStringLiteral("code"),   QStringLiteral("title_en"),        QStringLiteral("lead_party_id"),
                QStringLiteral("status"), QStringLiteral("due_date"),        QStringLiteral("progress"),
                QStringLiteral("link:commitment_themes"), QStringLiteral("verification")};
    }

    static int rowWithCode(const QAbstractItemModel& model, const QString& code)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == code)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void showsCommitmentsAsUsersReadThem()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordTableModel model(QStringLiteral("commitments"), commitmentColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&fixture.db());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Status"));
        const int c2 = rowWithCode(model, QStringLiteral("C2"));
        QVERIFY(c2 >= 0);
        QCOMPARE(model.index(c2, 2).data().toString(), QStringLiteral("JP"));
        QCOMPARE(model.index(c2, 3).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(c2, 3).data(RecordTableModel::KeyRole).toString(), QStringLiteral("in_progress"));
        QCOMPARE(model.index(c2, 3).data(RecordTableModel::BadgeRole).toString(), QStringLiteral("in_progress"));
        QCOMPARE(model.index(c2, 6).data().toString(), QStringLiteral("joint-exercises"));
        QCOMPARE(model.index(c2, 0).data(RecordTableModel::IdRole).toLongLong(), model.idAt(c2));
        QCOMPARE(model.rowOf(model.idAt(c2)), c2);
    }

    void reloadsWhenTheDatabaseChanges()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordTableModel model(QStringLiteral("commitments"), commitmentColumns());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&fixture.db());
        ChangePlanner planner(fixture.db());
        const auto added = planner.insert(QStringLiteral("commitments"),
                                          {{QStringLiteral("code"), QStringLiteral("C7")},
                                           {QStringLiteral("title_en"), QStringLiteral("Hold a tabletop exercise")},
                                           {QStringLiteral("status"), QStringLiteral("proposed")}});
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QVERIFY(added->apply(fixture.db()).ok());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(rowWithCode(model, QStringLiteral("C7")) >= 0);
    }

    void scopeShowsOneRecordsChildren()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordTableModel model(QStringLiteral("commitment_updates"),
                               {QStringLiteral("update_date"), QStringLiteral("status"), QStringLiteral("progress")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&fixture.db());
        const qint64 c6 = *RecordStore(fixture.db()).idForCode(QStringLiteral("commitments"), QStringLiteral("C6"));
        model.setScope(QStringLiteral("commitment_id"), c6);
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersBySearchTextStatusAndTheme()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordTableModel model(QStringLiteral("commitments"), commitmentColumns());
        model.setDatabase(&fixture.db());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSearchText(QStringLiteral("observer"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("C2"));
        proxy.setSearchText(QString());
        proxy.setValueFilter(QStringLiteral("status"), QStringLiteral("done"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("C5"));
        proxy.setValueFilter(QStringLiteral("status"), QVariant());
        const qint64 theme = *RecordStore(fixture.db()).idForCode(QStringLiteral("themes"), QStringLiteral("policy-alignment"));
        proxy.setValueFilter(QStringLiteral("link:commitment_themes"), theme);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 6);
    }

    void sortsDatesAndEnumerationsByMeaning()
    {
        TestDatabase fixture(TestDatabase::Content::Sample);
        RecordTableModel model(QStringLiteral("gaps"), {QStringLiteral("code"), QStringLiteral("severity")});
        model.setDatabase(&fixture.db());
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 1).data().toString(), QStringLiteral("High")); // G3 is the only high gap
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 1).data().toString(), QStringLiteral("Low"));
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
