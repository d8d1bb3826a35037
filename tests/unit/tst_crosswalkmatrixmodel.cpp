#include "models/itemmodels/CrosswalkMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace crosswalk;

namespace {

ProvisionRow provision(qint64 id, qint64 frameworkId, qint64 parentId, const char* code, const char* title)
{
    ProvisionRow row;
    row.id = id;
    row.frameworkId = frameworkId;
    row.parentId = parentId;
    row.code = QString::fromLatin1(code);
    row.titleEn = QString::fromLatin1(title);
    return row;
}

MappingRow mapping(qint64 id, qint64 source, Relationship relationship, qint64 target, int strength)
{
    MappingRow row;
    row.id = id;
    row.sourceProvisionId = source;
    row.targetProvisionId = target;
    row.relationship = relationship;
    row.strength = strength;
    return row;
}

/// Source S: S1, S2 > S2.1, S3 (no mapping). Target T: T1 > T1.1, T1.2; T2.
/// Mappings: 5 S1 intersects with T1.1 (6); 6 S1 no relationship T1.2 (0); 7 T2 equal S2.1 (stored the
/// other way round).
CrosswalkMatrix sampleMatrix()
{
    CrosswalkMatrix::Input input;
    input.sourceProvisions = {provision(1, 1, 0, "S1", "First source"), provision(2, 1, 0, "S2", "Second source"),
                              provision(3, 1, 2, "S2.1", "Part"), provision(4, 1, 0, "S3", "Third source")};
    input.targetProvisions = {provision(11, 2, 0, "T1", "First target"), provision(12, 2, 11, "T1.1", "a"),
                              provision(13, 2, 11, "T1.2", "b"), provision(14, 2, 0, "T2", "Second target")};
    input.mappings = {mapping(5, 1, Relationship::IntersectsWith, 12, 6),
                      mapping(6, 1, Relationship::NoRelationship, 13, 0), mapping(7, 14, Relationship::Equal, 3, 10)};
    input.frameworkCodes = {{1, QStringLiteral("S")}, {2, QStringLiteral("T")}};
    CoverageScope scope;
    scope.targetFrameworkId = 2;
    scope.targetCode = QStringLiteral("T");
    scope.sourceFrameworkIds = {1};
    return CrosswalkMatrix::compute(scope, input);
}

QVariantList idList(std::initializer_list<qint64> ids)
{
    QVariantList list;
    for (const qint64 id : ids)
        list << id;
    return list;
}

/// Answers for the one relationship label the test looks for.
class FakeTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "Vocabulary") == 0 && qstrcmp(sourceText, "intersects with") == 0)
            return QStringLiteral("交差する");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestCrosswalkMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModel();
    void cellsAndTotals();
    void colourByCoverageClass();
    void headers();
    void toolTipsTellTheDetails();
    void hideEmptyRows();
    void findCells();
    void relationshipLabelIsTranslated();
};

void TestCrosswalkMatrixModel::emptyModel()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QCOMPARE(model.cellAt(QModelIndex()), nullptr);
    QCOMPARE(model.indexOfMapping(5), QModelIndex());
    model.setMatrix(CrosswalkMatrix());
    QCOMPARE(model.rowCount(), 0);
}

void TestCrosswalkMatrixModel::cellsAndTotals()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setMatrix(sampleMatrix());
    QCOMPARE(resets.size(), 1);

    // Three source groups and the totals row; two target groups and the totals column.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.isTotalRow(3), true);
    QCOMPARE(model.isTotalRow(2), false);
    QCOMPARE(model.isTotalColumn(2), true);
    QCOMPARE(model.matrixRow(3), -1);
    QCOMPARE(model.matrixColumn(1), 1);

    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2 · intersects with"));
    QCOMPARE(model.index(0, 1).data().toString(), QString());
    QCOMPARE(model.index(1, 0).data().toString(), QString());
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("1 · equal"));
    QCOMPARE(model.index(2, 0).data().toString(), QString());
    // Totals: S1's row, S3's row (none: "0"), T1's column, everything.
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("2 · intersects with"));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("2 · intersects with"));
    QCOMPARE(model.index(3, 2).data().toString(), QStringLiteral("3 · equal"));

    QCOMPARE(model.index(0, 0).data(CrosswalkMatrixModel::MappingIdsRole).toList(), idList({5, 6}));
    QCOMPARE(model.index(1, 1).data(CrosswalkMatrixModel::MappingIdsRole).toList(), idList({7}));
    QCOMPARE(model.index(0, 1).data(CrosswalkMatrixModel::MappingIdsRole).toList(), QVariantList());
    QCOMPARE(model.index(3, 2).data(CrosswalkMatrixModel::MappingIdsRole).toList(), idList({5, 6, 7}));
    QCOMPARE(model.index(0, 0).data(CrosswalkMatrixModel::CountRole).toInt(), 2);
    QCOMPARE(model.index(0, 0).data(CrosswalkMatrixModel::RelationshipRole).toString(),
             QStringLiteral("intersects_with"));
    QCOMPARE(model.index(0, 1).data(CrosswalkMatrixModel::RelationshipRole).toString(), QString());
    QCOMPARE(model.index(0, 0).data(CrosswalkMatrixModel::TotalRole).toBool(), false);
    QCOMPARE(model.index(3, 1).data(CrosswalkMatrixModel::TotalRole).toBool(), true);
    QCOMPARE(model.index(3, 1).data(Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(model.index(0, 0).data(Qt::FontRole).isValid(), false);
    QCOMPARE(model.flags(model.index(0, 1)), Qt::ItemIsEnabled | Qt::ItemIsSelectable);

    const MatrixCell* cell = model.cellAt(model.index(1, 1));
    QVERIFY(cell);
    QCOMPARE(cell->mappingIds, QList<qint64>{7});
    QCOMPARE(cell->strongest, std::optional(Relationship::Equal));
}

void TestCrosswalkMatrixModel::colourByCoverageClass()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(sampleMatrix());

    // S1 x T1: T1.1 partly (0.6), T1.2 examined and unrelated: 0.3 of 2, little.
    QCOMPARE(model.index(0, 0).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("low"));
    QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QColor>(),
             CrosswalkMatrixModel::background(MatrixCoverage::Low));
    // S2 x T2: equal, all covered.
    QCOMPARE(model.index(1, 1).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("full"));
    QCOMPARE(model.index(1, 1).data(Qt::BackgroundRole).value<QColor>(),
             CrosswalkMatrixModel::background(MatrixCoverage::Full));
    QCOMPARE(model.index(1, 1).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
    // Empty cells keep the view's background.
    QCOMPARE(model.index(0, 1).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("empty"));
    QCOMPARE(model.index(0, 1).data(Qt::BackgroundRole).isValid(), false);
    QCOMPARE(model.index(0, 1).data(Qt::ForegroundRole).isValid(), false);
    // Grand total: T1.1 partly (0.6), T1.2 uncovered, T2 covered: 1.6 of 3, some.
    QCOMPARE(model.index(3, 2).data(CrosswalkMatrixModel::CoverageRole).toString(), QStringLiteral("medium"));

    // The scale: every class but Empty has its own colour, and the text stays readable on it.
    QSet<QRgb> colours;
    for (const MatrixCoverage coverage :
         {MatrixCoverage::NotApplicable, MatrixCoverage::NoCoverage, MatrixCoverage::Low, MatrixCoverage::Medium,
          MatrixCoverage::High, MatrixCoverage::Full}) {
        const QColor background = CrosswalkMatrixModel::background(coverage);
        const QColor foreground = CrosswalkMatrixModel::foreground(coverage);
        QVERIFY(background.isValid());
        QVERIFY(foreground.isValid());
        colours.insert(background.rgb());
        QVERIFY2(qAbs(background.lightness() - foreground.lightness()) > 110,
                 qPrintable(CrosswalkMatrixModel::coverageKey(coverage)));
        QVERIFY(!CrosswalkMatrixModel::coverageLabel(coverage).isEmpty());
    }
    QCOMPARE(colours.size(), 6);
    // Darker as the coverage grows.
    QCOMPARE_GT(CrosswalkMatrixModel::background(MatrixCoverage::Low).lightness(),
                CrosswalkMatrixModel::background(MatrixCoverage::Medium).lightness());
    QCOMPARE_GT(CrosswalkMatrixModel::background(MatrixCoverage::Medium).lightness(),
                CrosswalkMatrixModel::background(MatrixCoverage::High).lightness());
    QCOMPARE_GT(CrosswalkMatrixModel::background(MatrixCoverage::High).lightness(),
                CrosswalkMatrixModel::background(MatrixCoverage::Full).lightness());
}

void TestCrosswalkMatrixModel::headers()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(sampleMatrix());

    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("S1 — First source"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("S3 — Third source"));
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Total"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("T1 — First target"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, CrosswalkMatrixModel::ReferenceRole).toString(), QStringLiteral("T2"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, CrosswalkMatrixModel::TitleRole).toString(),
             QStringLiteral("Second target"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, CrosswalkMatrixModel::GroupIdRole).toLongLong(), 14);
    QCOMPARE(model.headerData(1, Qt::Vertical, CrosswalkMatrixModel::GroupIdRole).toLongLong(), 2);
    QCOMPARE(model.headerData(3, Qt::Vertical, CrosswalkMatrixModel::GroupIdRole).toLongLong(), 0);
    QCOMPARE(model.headerData(3, Qt::Vertical, CrosswalkMatrixModel::TotalRole).toBool(), true);
    QCOMPARE(model.headerData(0, Qt::Vertical, CrosswalkMatrixModel::TotalRole).toBool(), false);
    QCOMPARE(model.headerData(4, Qt::Vertical).isValid(), false);
    QCOMPARE(model.headerData(3, Qt::Horizontal).isValid(), false);

    const QString tip = model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("S2 — Second source")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("S:S2")), qPrintable(tip));
    QCOMPARE(tip, QStringLiteral("S2 — Second source\nS:S2 — 2 provisions in the group"));
}

void TestCrosswalkMatrixModel::toolTipsTellTheDetails()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(sampleMatrix());

    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    const QStringList lines = tip.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("S1 — First source × T1 — First target"));
    QCOMPARE(lines.at(1), QStringLiteral("2 mappings; strongest relationship: intersects with; best strength 6 of 10"));
    QCOMPARE(lines.at(2), QStringLiteral("Covers little: 0 of 2 applicable provisions covered, 1 partly; score 30 %"));

    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("S1 — First source × T2 — Second target\nNo mappings."));
    QVERIFY(model.index(3, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("All source groups × T1 — First target\n")));
    QVERIFY(model.index(1, 2)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("S2 — Second source × All target groups\n")));
    QCOMPARE(model.cellTitle(model.index(3, 2)), QStringLiteral("All groups"));
    QCOMPARE(model.index(0, 0).data(Qt::AccessibleDescriptionRole).toString(), tip);
}

void TestCrosswalkMatrixModel::hideEmptyRows()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(sampleMatrix());
    QCOMPARE(model.rowCount(), 4);

    model.setHideEmptyRows(true);
    QCOMPARE(model.hidesEmptyRows(), true);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("S1 — First source"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("S2 — Second source"));
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Total"));
    QCOMPARE(model.isTotalRow(2), true);
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("3 · equal"));

    // A new matrix keeps the choice.
    model.setMatrix(sampleMatrix());
    QCOMPARE(model.rowCount(), 3);
    model.setHideEmptyRows(false);
    QCOMPARE(model.rowCount(), 4);
}

void TestCrosswalkMatrixModel::findCells()
{
    CrosswalkMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(sampleMatrix());

    QCOMPARE(model.indexOfMapping(6), model.index(0, 0));
    QCOMPARE(model.indexOfMapping(7), model.index(1, 1));
    QCOMPARE(model.indexOfMapping(99), QModelIndex());
    QCOMPARE(model.indexOfGroups(2, 14), model.index(1, 1));
    QCOMPARE(model.indexOfGroups(4, 11), model.index(2, 0));
    QCOMPARE(model.indexOfGroups(0, 11), model.index(3, 0));
    QCOMPARE(model.indexOfGroups(1, 0), model.index(0, 2));
    QCOMPARE(model.indexOfGroups(0, 0), model.index(3, 2));
    QCOMPARE(model.indexOfGroups(3, 11), QModelIndex()); // S2.1 is not a group
    model.setHideEmptyRows(true);
    QCOMPARE(model.indexOfGroups(4, 11), QModelIndex());
    QCOMPARE(model.indexOfGroups(0, 0), model.index(2, 2));
}

void TestCrosswalkMatrixModel::relationshipLabelIsTranslated()
{
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    CrosswalkMatrixModel model;
    model.setMatrix(sampleMatrix());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2 · 交差する"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2 · intersects with"));
}

QTEST_GUILESS_MAIN(TestCrosswalkMatrixModel)
#include "tst_crosswalkmatrixmodel.moc"
