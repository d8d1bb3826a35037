#include "models/domain/IsoDate.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/RecordStore.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
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

QString text(const QModelIndex& index, ProvisionTreeModel::Column c, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column(c)).data(role).toString();
}
} // namespace

class TestProvisionTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutFramework();
    void chaptersOfTheAct();
    void pillarsAndMeasures();
    void effectiveDate();
    void headersNameTheLanguage();
    void reloadsOnChange();
    void parentCycleStillShown();
    void parentInOtherFrameworkShownAtTop();
    void severalFrameworksUnderHeadings();
    void oneFrameworkInAListHasNoHeading();
    void dragIsOffByDefault();
    void dragAndDropOfProvisions();
};

void TestProvisionTreeModel::emptyWithoutFramework()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDatabase(&fixture.db());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.provisionCount(), 0);
    QCOMPARE(model.columnCount(), ProvisionTreeModel::ColumnCount);
    QCOMPARE(model.indexOf(1), QModelIndex());
}

void TestProvisionTreeModel::chaptersOfTheAct()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CRCSA"));

    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.provisionCount(), 12);
    QCOMPARE(model.frameworkLanguage(), QStringLiteral("ja"));
    QCOMPARE(model.hasOriginalTitles(), true);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 0);
    QCOMPARE(model.parent(first), QModelIndex());
    QCOMPARE(first.data().toString(), QStringLiteral("Ch. 1 (Arts 1-3)"));
    QCOMPARE(text(first, ProvisionTreeModel::Column::Reference, Qt::ToolTipRole), QStringLiteral("CH01"));
    QCOMPARE(text(first, ProvisionTreeModel::Column::Title), QStringLiteral("General provisions"));
    QCOMPARE(text(first, ProvisionTreeModel::Column::OriginalTitle), QStringLiteral("総則"));
    QCOMPARE(text(first, ProvisionTreeModel::Column::Verification), QStringLiteral("Official"));
    QCOMPARE(
        text(first, ProvisionTreeModel::Column::Verification, ProvisionTreeModel::role(ProvisionTreeModel::Role::Key)),
        QStringLiteral("official"));

    // Chapters in sort order; the last is the penalties chapter.
    const QModelIndex last = model.index(11, 0);
    QCOMPARE(model.record(last).value(QStringLiteral("code")).toString(), QStringLiteral("CH12"));
    QCOMPARE(text(last, ProvisionTreeModel::Column::OriginalTitle), QStringLiteral("罰則"));
    QCOMPARE(text(model.index(1, 0), ProvisionTreeModel::Column::Verification), QStringLiteral("Secondary"));
    // The verification is drawn as a badge; the other columns are plain text.
    const int badge = ProvisionTreeModel::role(ProvisionTreeModel::Role::Badge);
    QCOMPARE(text(model.index(1, 0), ProvisionTreeModel::Column::Verification, badge), QStringLiteral("secondary"));
    QCOMPARE(model.index(1, column(ProvisionTreeModel::Column::Title)).data(badge), QVariant());

    const qint64 id = first.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Id)).toLongLong();
    QCOMPARE(model.indexOf(id), first);
}

void TestProvisionTreeModel::pillarsAndMeasures()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CSS2025"));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.provisionCount(), 14);
    // The strategy's pillars are recorded with English titles only.
    QCOMPARE(model.hasOriginalTitles(), false);
    const QModelIndex p1 = model.index(0, 0);
    const QModelIndex p2 = model.index(1, 0);
    const QModelIndex p3 = model.index(2, 0);
    QCOMPARE(p1.data().toString(), QStringLiteral("P1"));
    QCOMPARE(model.rowCount(p1), 3);
    QCOMPARE(model.rowCount(p2), 5);
    QCOMPARE(model.rowCount(p3), 3);

    const QModelIndex measure = model.index(2, 0, p1);
    QCOMPARE(measure.data().toString(), QStringLiteral("P1(3)"));
    QCOMPARE(text(measure, ProvisionTreeModel::Column::Title), QStringLiteral("International cooperation"));
    QCOMPARE(model.parent(measure), p1);
    QCOMPARE(model.parent(measure.siblingAtColumn(column(ProvisionTreeModel::Column::Title))), p1);
    QCOMPARE(model.rowCount(measure), 0);
    // Only the first column has children.
    QCOMPARE(model.rowCount(p1.siblingAtColumn(column(ProvisionTreeModel::Column::Title))), 0);

    const qint64 measureId = measure.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Id)).toLongLong();
    QCOMPARE(model.indexOf(measureId), measure);
}

void TestProvisionTreeModel::effectiveDate()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CRCSA-REL"));

    const qint64 nco =
        RecordStore(fixture.db())
            .idForCode(QStringLiteral("provisions"), QStringLiteral("NCO"), frameworkId(fixture.db(), "JP-CRCSA-REL"))
            .value_or(0);
    const QModelIndex index = model.indexOf(nco);
    QVERIFY(index.isValid());
    QCOMPARE(
        text(index, ProvisionTreeModel::Column::EffectiveDate, ProvisionTreeModel::role(ProvisionTreeModel::Role::Key)),
        QStringLiteral("2025-07-01"));
    QCOMPARE(text(index, ProvisionTreeModel::Column::EffectiveDate), IsoDate::display(QStringLiteral("2025-07-01")));
    QCOMPARE(text(model.index(0, 0), ProvisionTreeModel::Column::EffectiveDate), QString());
}

void TestProvisionTreeModel::headersNameTheLanguage()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    const int original = column(ProvisionTreeModel::Column::OriginalTitle);
    QCOMPARE(model.headerData(original, Qt::Horizontal).toString(), QStringLiteral("Title (original language)"));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setFrameworkId(frameworkId(fixture.db(), "JP-CRCSA"));
    QCOMPARE(model.headerData(original, Qt::Horizontal).toString(), QStringLiteral("Title (Japanese)"));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(model.headerData(column(ProvisionTreeModel::Column::Reference), Qt::Horizontal).toString(),
             QStringLiteral("Reference"));

    model.setFrameworkId(frameworkId(fixture.db(), "NATO-CDP2016"));
    QCOMPARE(model.headerData(original, Qt::Horizontal).toString(), QStringLiteral("Title (original language)"));
    QCOMPARE(model.rowCount(), 7);
}

void TestProvisionTreeModel::reloadsOnChange()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    const qint64 css = frameworkId(fixture.db(), "JP-CSS2025");
    model.setFrameworkId(css);

    RecordStore store(fixture.db());
    const qint64 p1 = store.idForCode(QStringLiteral("provisions"), QStringLiteral("P1"), css).value_or(0);
    QVERIFY(p1 > 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Result<qint64> id =
        store.insert(QStringLiteral("provisions"), {{QStringLiteral("framework_id"), css},
                                                    {QStringLiteral("parent_id"), p1},
                                                    {QStringLiteral("sort_order"), 0},
                                                    {QStringLiteral("code"), QStringLiteral("P1-0")},
                                                    {QStringLiteral("ref_label"), QStringLiteral("P1(0)")},
                                                    {QStringLiteral("title_en"), QStringLiteral("Preamble")}});
    QVERIFY2(id.ok(), qPrintable(id.message()));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.provisionCount(), 15);
    const QModelIndex pillar = model.indexOf(p1);
    QCOMPARE(model.rowCount(pillar), 4);
    // sort_order 0 puts it before P1(1).
    QCOMPARE(model.index(0, 0, pillar).data().toString(), QStringLiteral("P1(0)"));
    QCOMPARE(model.indexOf(id.value()), model.index(0, 0, pillar));

    // Changes to other tables leave the tree alone.
    fixture.db().notifyChanged(QStringLiteral("mappings"));
    QCOMPARE(resets.count(), 1);
}

void TestProvisionTreeModel::parentCycleStillShown()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const qint64 css = frameworkId(fixture.db(), "JP-CSS2025");
    RecordStore store(fixture.db());
    // Make P2 a child of its own measure P2(1): P2 and P2(1) form a cycle that no top-level
    // provision reaches.
    const qint64 p2 = store.idForCode(QStringLiteral("provisions"), QStringLiteral("P2"), css).value_or(0);
    const qint64 p21 = store.idForCode(QStringLiteral("provisions"), QStringLiteral("P2-1"), css).value_or(0);
    QVERIFY(p2 > 0 && p21 > 0);
    QVariantMap row = store.fetch(QStringLiteral("provisions"), p2).value();
    row.insert(QStringLiteral("parent_id"), p21);
    const Status updated = store.update(QStringLiteral("provisions"), p2, row);
    QVERIFY2(updated.ok(), qPrintable(updated.message()));

    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    model.setFrameworkId(css);
    QCOMPARE(model.provisionCount(), 14);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.indexOf(p2).isValid());
    QVERIFY(model.indexOf(p21).isValid());
    // The cycle is opened at its first member in sort order: P2(1) (sort order 1) before P2 (2).
    QCOMPARE(model.parent(model.indexOf(p21)), QModelIndex());
    QCOMPARE(model.parent(model.indexOf(p2)), model.indexOf(p21));
    QCOMPARE(model.rowCount(model.indexOf(p2)), 4);
}

void TestProvisionTreeModel::parentInOtherFrameworkShownAtTop()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const qint64 act = frameworkId(fixture.db(), "JP-CRCSA");
    const qint64 css = frameworkId(fixture.db(), "JP-CSS2025");
    RecordStore store(fixture.db());
    const qint64 ch1 = store.idForCode(QStringLiteral("provisions"), QStringLiteral("CH01"), act).value_or(0);
    const qint64 p11 = store.idForCode(QStringLiteral("provisions"), QStringLiteral("P1-1"), css).value_or(0);
    QVariantMap row = store.fetch(QStringLiteral("provisions"), p11).value();
    row.insert(QStringLiteral("parent_id"), ch1);
    const Status updated = store.update(QStringLiteral("provisions"), p11, row);
    QVERIFY2(updated.ok(), qPrintable(updated.message()));

    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    model.setFrameworkId(css);
    QCOMPARE(model.provisionCount(), 14);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.parent(model.indexOf(p11)), QModelIndex());
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
}

void TestProvisionTreeModel::severalFrameworksUnderHeadings()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    const qint64 act = frameworkId(fixture.db(), "JP-CRCSA");
    const qint64 css = frameworkId(fixture.db(), "JP-CSS2025");
    const qint64 pledge = frameworkId(fixture.db(), "NATO-CDP2016");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFrameworkIds({css, act, 0});

    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.frameworkIds(), (QList<qint64>{css, act}));
    QCOMPARE(model.frameworkId(), qint64(0));
    QCOMPARE(model.hasFrameworkNodes(), true);
    QCOMPARE(model.provisionCount(), 26);
    QCOMPARE(model.frameworkLanguage(), QStringLiteral("ja")); // both are Japanese documents
    QCOMPARE(model.hasOriginalTitles(), true);

    // One heading per framework, in the order given, with the framework's provisions below.
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex strategy = model.index(0, 0);
    const QModelIndex law = model.index(1, 0);
    QCOMPARE(strategy.data().toString(), QStringLiteral("JP-CSS2025"));
    QCOMPARE(text(strategy, ProvisionTreeModel::Column::Title), QStringLiteral("Cybersecurity Strategy"));
    QCOMPARE(law.data().toString(), QStringLiteral("JP-CRCSA"));
    QCOMPARE(model.rowCount(strategy), 3);
    QCOMPARE(model.rowCount(law), 12);
    QCOMPARE(model.index(0, 0, strategy).data().toString(), QStringLiteral("P1"));
    QCOMPARE(model.rowCount(model.index(0, 0, strategy)), 3);

    // A heading is no provision: id 0, no record, not selectable, bold.
    const int idRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Id);
    QCOMPARE(strategy.data(idRole).toLongLong(), qint64(0));
    QCOMPARE(strategy.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::Record)).toMap(), QVariantMap());
    QCOMPARE(model.record(strategy), QVariantMap());
    QCOMPARE(model.isFrameworkNode(strategy), true);
    QCOMPARE(model.flags(strategy), Qt::ItemFlags(Qt::ItemIsEnabled));
    QCOMPARE(strategy.data(Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(model.frameworkIdAt(strategy), css);
    QCOMPARE(model.indexOfFramework(act), law);
    QCOMPARE(model.indexOfFramework(pledge), QModelIndex());

    // Provisions know their framework and are found under their heading.
    const QModelIndex chapter = model.index(1, 0, law);
    QCOMPARE(model.isFrameworkNode(chapter), false);
    QCOMPARE(model.frameworkIdAt(chapter), act);
    QCOMPARE(chapter.data(ProvisionTreeModel::role(ProvisionTreeModel::Role::FrameworkId)).toLongLong(), act);
    QCOMPARE(model.parent(chapter), law);
    QCOMPARE(model.indexOf(chapter.data(idRole).toLongLong()), chapter);
    QCOMPARE(model.record(chapter).value(QStringLiteral("code")).toString(), QStringLiteral("CH02"));
    QVERIFY(model.flags(chapter).testFlag(Qt::ItemIsSelectable));

    // Frameworks in two languages: the column says "original language".
    model.setFrameworkIds({act, pledge});
    QCOMPARE(model.frameworkLanguage(), QString());
    QCOMPARE(model.headerData(column(ProvisionTreeModel::Column::OriginalTitle), Qt::Horizontal).toString(),
             QStringLiteral("Title (original language)"));
    QCOMPARE(model.provisionCount(), 19);
    model.setFrameworkIds({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.provisionCount(), 0);
}

void TestProvisionTreeModel::oneFrameworkInAListHasNoHeading()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&fixture.db());
    const qint64 act = frameworkId(fixture.db(), "JP-CRCSA");
    model.setFrameworkIds({act});
    QCOMPARE(model.frameworkId(), act);
    QCOMPARE(model.hasFrameworkNodes(), false);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ch. 1 (Arts 1-3)"));
    // The same framework again changes nothing.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFrameworkId(act);
    QCOMPARE(resets.count(), 0);
}

void TestProvisionTreeModel::dragIsOffByDefault()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    ProvisionTreeModel model;
    model.setDatabase(&fixture.db());
    model.setFrameworkId(frameworkId(fixture.db(), "NATO-CDP2016"));
    const QModelIndex c1 = model.index(0, 0);
    // As the Frameworks page has always had it: selectable, nothing to drag or drop.
    QCOMPARE(model.flags(c1), Qt::ItemFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    QCOMPARE(model.mimeData({c1}), nullptr);
    QCOMPARE(model.supportedDropActions(), Qt::DropActions(Qt::IgnoreAction));
}

void TestProvisionTreeModel::dragAndDropOfProvisions()
{
    TestDatabase fixture(TestDatabase::Content::Sample);
    const qint64 act = frameworkId(fixture.db(), "JP-CRCSA");
    const qint64 css = frameworkId(fixture.db(), "JP-CSS2025");
    ProvisionTreeModel source;
    source.setDatabase(&fixture.db());
    source.setFrameworkIds({act, css});
    source.setDragEnabled(true);
    source.setDragOrigin(QStringLiteral("source"));
    ProvisionTreeModel target;
    QAbstractItemModelTester tester(&target, QAbstractItemModelTester::FailureReportingMode::QtTest);
    target.setDatabase(&fixture.db());
    target.setFrameworkId(frameworkId(fixture.db(), "NATO-CDP2016"));
    target.setDragEnabled(true);

    const QModelIndex heading = source.index(0, 0);
    const QModelIndex ch2 = source.index(1, 0, heading);
    const qint64 ch2Id = source.record(ch2).value(QStringLiteral("id")).toLongLong();
    QVERIFY(source.flags(ch2).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(source.flags(ch2).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(!source.flags(heading).testFlag(Qt::ItemIsDragEnabled));
    QCOMPARE(source.mimeTypes(), QStringList{ProvisionTreeModel::mimeType()});

    // The heading cannot be dragged; a provision row carries its id and the model's origin.
    QCOMPARE(source.mimeData({heading}), nullptr);
    std::unique_ptr<QMimeData> data(source.mimeData({heading, ch2, ch2.siblingAtColumn(1)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(ProvisionTreeModel::mimeType()));
    qint64 id = 0;
    QString origin;
    QVERIFY(ProvisionTreeModel::decodeMimeData(data.get(), &id, &origin));
    QCOMPARE(id, ch2Id);
    QCOMPARE(origin, QStringLiteral("source"));
    QMimeData text;
    text.setText(QStringLiteral("CH02"));
    QVERIFY(!ProvisionTreeModel::decodeMimeData(&text, &id, &origin));

    // Dropped on a provision of the other tree: reported, nothing else.
    const QModelIndex c4 = target.index(3, 0);
    const qint64 c4Id = target.record(c4).value(QStringLiteral("id")).toLongLong();
    QSignalSpy dropped(&target, &ProvisionTreeModel::provisionDropped);
    QVERIFY(target.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, c4));
    QVERIFY(!target.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, c4));
    QVERIFY(!target.canDropMimeData(data.get(), Qt::CopyAction, 0, 0, QModelIndex())); // between rows
    QVERIFY(!target.canDropMimeData(&text, Qt::CopyAction, -1, -1, c4));
    QVERIFY(!target.dropMimeData(data.get(), Qt::CopyAction, 2, 0, QModelIndex()));
    QCOMPARE(dropped.count(), 0);
    QVERIFY(target.dropMimeData(data.get(), Qt::CopyAction, -1, -1, c4));
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), ch2Id);
    QCOMPARE(dropped.at(0).at(1).toString(), QStringLiteral("source"));
    QCOMPARE(dropped.at(0).at(2).toLongLong(), c4Id);
    QCOMPARE(target.rowCount(), 7);

    // Not on a heading, not on itself.
    QVERIFY(!source.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, heading));
    QVERIFY(!source.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, ch2));
    QVERIFY(source.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, source.index(2, 0, heading)));
}

QTEST_GUILESS_MAIN(TestProvisionTreeModel)
#include "tst_provisiontreemodel.moc"
