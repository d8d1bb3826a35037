#include "models/itemmodels/FrameworkListModel.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace {
int column(FrameworkListModel::Column c)
{
    return FrameworkListModel::column(c);
}

int rowOfCode(const FrameworkListModel& model, const QString& code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column(FrameworkListModel::Column::Code)).data().toString() == code)
            return row;
    }
    return -1;
}
} // namespace

class TestFrameworkListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutDatabase();
    void sampleFrameworks();
    void labelsAndKeys();
    void headers();
    void markingAndBadges();
    void reloadsOnChange();
    void ignoresOtherTables();
    void switchesDatabase();
};

void TestFrameworkListModel::emptyWithoutDatabase()
{
    FrameworkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), FrameworkListModel::ColumnCount);
    QCOMPARE(model.record(0), QVariantMap());
    QCOMPARE(model.rowOf(1), -1);
}

void TestFrameworkListModel::sampleFrameworks()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    FrameworkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());

    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    // Dataset order (by id): the Japanese act comes first.
    QCOMPARE(model.index(0, column(FrameworkListModel::Column::Code)).data().toString(), QStringLiteral("JP-CRCSA"));
    QCOMPARE(model.index(0, column(FrameworkListModel::Column::Title)).data().toString(),
             QStringLiteral("Cyber Response Capability Strengthening Act (Act No. 42 of 2025)"));
    const int css = rowOfCode(model, QStringLiteral("JP-CSS2025"));
    QVERIFY(css >= 0);
    QCOMPARE(model.index(css, column(FrameworkListModel::Column::Title)).data().toString(),
             QStringLiteral("Cybersecurity Strategy"));
    QCOMPARE(model.idAt(0), qint64(1));
    QCOMPARE(model.rowOf(model.idAt(css)), css);
    QCOMPARE(model.record(0).value(QStringLiteral("code")).toString(), QStringLiteral("JP-CRCSA"));
    QCOMPARE(model.index(0, 0).data(FrameworkListModel::role(FrameworkListModel::Role::Id)).toLongLong(), qint64(1));
}

void TestFrameworkListModel::labelsAndKeys()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    FrameworkListModel model;
    model.setDatabase(&fixture.db());
    const int keyRole = FrameworkListModel::role(FrameworkListModel::Role::Key);

    const QModelIndex kind = model.index(0, column(FrameworkListModel::Column::Kind));
    QCOMPARE(kind.data().toString(), QStringLiteral("Law"));
    QCOMPARE(kind.data(keyRole).toString(), QStringLiteral("law"));

    const int itpp = rowOfCode(model, QStringLiteral("NATO-JP-ITPP"));
    QVERIFY(itpp >= 0);
    const QModelIndex status = model.index(itpp, column(FrameworkListModel::Column::Status));
    QCOMPARE(status.data().toString(), QStringLiteral("In force"));
    QCOMPARE(status.data(keyRole).toString(), QStringLiteral("in_force"));

    const int nss = rowOfCode(model, QStringLiteral("JP-NSS2022"));
    const QModelIndex verification = model.index(nss, column(FrameworkListModel::Column::Verification));
    QCOMPARE(verification.data().toString(), QStringLiteral("Secondary"));
    QCOMPARE(verification.data(keyRole).toString(), QStringLiteral("secondary"));

    // The tooltip of a title carries the original-language title.
    const QString tooltip = model.index(0, column(FrameworkListModel::Column::Title)).data(Qt::ToolTipRole).toString();
    QCOMPARE(tooltip.section(QLatin1Char('\n'), 1), model.record(0).value(QStringLiteral("title_orig")).toString());
}

void TestFrameworkListModel::headers()
{
    FrameworkListModel model;
    QCOMPARE(model.headerData(column(FrameworkListModel::Column::Code), Qt::Horizontal).toString(),
             QStringLiteral("Code"));
    QCOMPARE(model.headerData(column(FrameworkListModel::Column::Title), Qt::Horizontal).toString(),
             QStringLiteral("Title (English)"));
    QCOMPARE(model.headerData(column(FrameworkListModel::Column::Verification), Qt::Horizontal).toString(),
             QStringLiteral("Verification"));
    QCOMPARE(model.headerData(column(FrameworkListModel::Column::Marking), Qt::Horizontal).toString(),
             QStringLiteral("Marking"));
}

void TestFrameworkListModel::markingAndBadges()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    RecordStore store(fixture.db());
    QVariantMap nss = store.fetch(QStringLiteral("frameworks"), 3).value();
    nss.insert(QStringLiteral("marking"), QStringLiteral("AMBER"));
    nss.insert(QStringLiteral("caveat"), QStringLiteral("Not for release outside the ministry"));
    QVERIFY(store.update(QStringLiteral("frameworks"), 3, nss).ok());

    FrameworkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    const int row = model.rowOf(3);
    const int badge = FrameworkListModel::role(FrameworkListModel::Role::Badge);
    const QModelIndex marking = model.index(row, column(FrameworkListModel::Column::Marking));
    QCOMPARE(marking.data().toString(), QStringLiteral("TLP:AMBER"));
    QCOMPARE(marking.data(FrameworkListModel::role(FrameworkListModel::Role::Key)).toString(), QStringLiteral("AMBER"));
    QCOMPARE(marking.data(badge).toString(), QStringLiteral("AMBER"));
    QCOMPARE(marking.data(Qt::ToolTipRole).toString(),
             QStringLiteral("TLP:AMBER\nNot for release outside the ministry"));
    // Status, verification and marking are badges; code, title and kind are plain text.
    QCOMPARE(model.index(row, column(FrameworkListModel::Column::Status)).data(badge).toString(),
             QStringLiteral("adopted"));
    QCOMPARE(model.index(row, column(FrameworkListModel::Column::Verification)).data(badge).toString(),
             QStringLiteral("secondary"));
    for (const auto plain :
         {FrameworkListModel::Column::Code, FrameworkListModel::Column::Title, FrameworkListModel::Column::Kind})
        QCOMPARE(model.index(row, column(plain)).data(badge), QVariant());
    // The roles are those of RecordTableModel, so that views made for record tables work here.
    QCOMPARE(badge, int(RecordTableModel::BadgeRole));
    QCOMPARE(model.index(row, 0).data(RecordTableModel::RecordRole).toMap().value(QStringLiteral("code")).toString(),
             QStringLiteral("JP-NSS2022"));
}

void TestFrameworkListModel::reloadsOnChange()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    FrameworkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    RecordStore store(fixture.db());
    const Result<qint64> id =
        store.insert(QStringLiteral("frameworks"), {{QStringLiteral("code"), QStringLiteral("TEST-NEW")},
                                                    {QStringLiteral("title_en"), QStringLiteral("A new framework")},
                                                    {QStringLiteral("kind"), QStringLiteral("policy")},
                                                    {QStringLiteral("status"), QStringLiteral("draft")}});
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 15);
    const int row = model.rowOf(id.value());
    QCOMPARE(model.index(row, column(FrameworkListModel::Column::Code)).data().toString(), QStringLiteral("TEST-NEW"));
    QCOMPARE(model.index(row, column(FrameworkListModel::Column::Status)).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model.index(row, column(FrameworkListModel::Column::Verification)).data().toString(),
             QStringLiteral("Unverified"));
}

void TestFrameworkListModel::ignoresOtherTables()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    FrameworkListModel model;
    model.setDatabase(&fixture.db());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    fixture.db().notifyChanged(QStringLiteral("gaps"));
    QCOMPARE(resets.count(), 0);
    fixture.db().notifyChanged(QStringLiteral("frameworks"));
    QCOMPARE(resets.count(), 1);
}

void TestFrameworkListModel::switchesDatabase()
{
    TestDatabase sample(TestDatabase::Content::Sample);
    TestDatabase empty(TestDatabase::Content::ReferenceData);
    FrameworkListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&sample.db());
    QCOMPARE(model.rowCount(), 14);
    model.setDatabase(&empty.db());
    QCOMPARE(model.rowCount(), 0);
    // The previous database no longer drives the model.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    sample.db().notifyChanged(QStringLiteral("frameworks"));
    QCOMPARE(resets.count(), 0);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFrameworkListModel)
#include "tst_frameworklistmodel.moc"
