#include "models/itemmodels/CoverageTreeProxy.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/PageFixture.h"
#include "ui/dialogs/ApplicabilityDialog.h"
#include "ui/views/CrosswalkPage.h"
#include "ui/widgets/AnalysisScopeBar.h"
#include "ui/widgets/MappingEditor.h"
#include "ui/widgets/MappingForm.h"
#include "ui/widgets/MappingListPanel.h"
#include "ui/widgets/ProvisionTreePane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::PageFixture;

namespace {
const QString mappings = QStringLiteral("mappings");
const QString applicability = QStringLiteral("applicability");
const int idRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Id);
const int badgeRole = ProvisionTreeModel::role(ProvisionTreeModel::Role::Badge);

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}
} // namespace

class TestCrosswalkPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void isAWorkPage();
    void partySourceShowsItsFrameworks();
    void frameworkSourceAndAnotherTarget();
    void coverageColumn();
    void strengthFollowsTheRelationship();
    void mapCreatesAMappingThenUndo();
    void mappingsOfTheLastSelectedProvision();
    void doubleClickShowsTheOtherEnd();
    void editStrengthOfAMapping();
    void deleteAsksFirst();
    void dropCreatesAMapping();
    void refusedMappingsChangeNothing_data();
    void refusedMappingsChangeNothing();
    void equalWithStrengthSevenRefused();
    void duplicateThroughTheMapButton();
    void withinOneFrameworkWhenAllowed();
    void notApplicableAndBack();
    void notApplicableNeedsAParty();
    void showRecordSelectsBothEnds();
    void keyboard();
    void screenshot();

private:
    qint64 provision(const char* framework, const char* code) const
    {
        return RecordStore(m_fixture->database.db())
            .idForCode(QStringLiteral("provisions"), QString::fromLatin1(code),
                       m_fixture->idOf(QStringLiteral("frameworks"), QString::fromLatin1(framework)))
            .value_or(0);
    }
    qint64 count(const QString& table) const { return RecordStore(m_fixture->database.db()).count(table); }
    template <typename T> T* child(const char* name) const
    {
        T* found = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    template <typename T> T* field(const char* column) const
    {
        return m_page->mappingForm()->findChild<T*>(QStringLiteral("field_") + QLatin1String(column));
    }
    void choose(const char* column, const char* key) const
    {
        auto* combo = field<QComboBox>(column);
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(key)));
    }
    /// The coverage cell of a target provision, as the target tree shows it.
    QModelIndex coverageCell(const char* code) const
    {
        ProvisionTreePane* pane = m_page->targetPane();
        const QModelIndex first = pane->viewIndex(m_page->targetModel()->indexOf(provision("NATO-CDP2016", code)));
        return first.siblingAtColumn(m_page->coverage()->coverageColumn());
    }
    QString summary() const { return child<QLabel>("coverageSummary")->text(); }
    void select(qint64 source, qint64 target) const
    {
        QVERIFY(m_page->sourcePane()->select(source));
        QVERIFY(m_page->targetPane()->select(target));
    }
    void selectListRow(int row) const
    {
        QTableView* table = m_page->mappingList()->table();
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QVariantMap mappingBetween(qint64 source, qint64 target) const
    {
        for (const QVariantMap& row :
             RecordStore(m_fixture->database.db()).fetchAll(mappings, QStringLiteral("source_provision_id"), source)) {
            if (row.value(QStringLiteral("target_provision_id")).toLongLong() == target)
                return row;
        }
        return QVariantMap();
    }

    std::unique_ptr<PageFixture> m_fixture;
    std::unique_ptr<CrosswalkPage> m_page;
};

void TestCrosswalkPage::initTestCase()
{
    PageFixture::useTestSettings();
}

void TestCrosswalkPage::init()
{
    m_fixture = std::make_unique<PageFixture>();
    m_fixture->preferences.setAuthorName(QStringLiteral("Analyst A"));
    m_fixture->preferences.setDefaultMarking(QStringLiteral("GREEN"));
    m_page = std::make_unique<CrosswalkPage>(m_fixture->context);
    m_page->resize(1400, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCrosswalkPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

void TestCrosswalkPage::isAWorkPage()
{
    WorkPage* page = m_page.get();
    QCOMPARE(page->objectName(), QStringLiteral("crosswalkPage"));
    QCOMPARE(page->tables(), (QStringList{mappings, applicability}));
    QCOMPARE(page->currentTable(), QString());
    QCOMPARE(page->currentRecord(), QVariantMap());
    QVERIFY(child<AnalysisScopeBar>("analysisScopeBar"));
    QVERIFY(child<QTabWidget>("crosswalkTabs"));
    // JP against the pledge: C1, C3-C6 partly covered, C2 and C7 not; (.5+.6+.5+.6+.6)/7 = 40%.
    QCOMPARE(summary(), QStringLiteral("Covered 0 · Partly 5 · Not covered 2 · Not applicable 0 · Score 40%"));
    // Room for more tabs (gap suggestions).
    auto* extra = new QLabel(QStringLiteral("suggestions"));
    m_page->addTab(extra, QStringLiteral("Gap suggestions"));
    QCOMPARE(child<QTabWidget>("crosswalkTabs")->count(), 2);
    QCOMPARE(child<QTabWidget>("crosswalkTabs")->widget(1), extra);
    // The trees have names of their own (the Frameworks page's is "provisionTree").
    QCOMPARE(m_page->findChildren<QTreeView*>(QStringLiteral("provisionTree")).size(), 0);
    QVERIFY(child<QTreeView>("sourceTree"));
    QVERIFY(child<QTreeView>("targetTree"));
}

void TestCrosswalkPage::partySourceShowsItsFrameworks()
{
    QCOMPARE(m_fixture->context.analysisSelection().sourcePartyId, m_fixture->idOf(QStringLiteral("parties"), "JP"));
    const QAbstractItemModel* model = child<QTreeView>("sourceTree")->model();
    QCOMPARE(crosswalk::test::columnTexts(model),
             (QStringList{"JP-CRCSA", "JP-CRCSA-REL", "JP-CSS2025", "JP-NSS2022"}));
    const QModelIndex act = model->index(0, 0);
    QCOMPARE(model->rowCount(act), 12);
    QCOMPARE(act.data(idRole).toLongLong(), qint64(0));
    QVERIFY(!model->flags(act).testFlag(Qt::ItemIsSelectable));
    QCOMPARE(model->index(1, 0, act).data().toString(), QStringLiteral("Ch. 2 (Arts 4-10)"));
    QVERIFY(child<QTreeView>("sourceTree")->isExpanded(act));
    // A framework heading is no provision: nothing to map.
    child<QTreeView>("sourceTree")->setCurrentIndex(act);
    QCOMPARE(m_page->sourcePane()->currentId(), qint64(0));
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C2")));
    QVERIFY(!child<QPushButton>("mapButton")->isEnabled());
    QVERIFY(m_page->sourcePane()->select(provision("JP-CSS2025", "P1-1")));
    QVERIFY(child<QPushButton>("mapButton")->isEnabled());
}

void TestCrosswalkPage::frameworkSourceAndAnotherTarget()
{
    // The scope bar sets the shared selection; the page follows it.
    QComboBox* source = m_page->scopeBar()->sourceBox();
    source->setCurrentIndex(source->findData(
        QStringLiteral("framework:%1").arg(m_fixture->idOf(QStringLiteral("frameworks"), "JP-CRCSA-REL"))));
    QComboBox* target = m_page->scopeBar()->targetBox();
    target->setCurrentIndex(target->findData(m_fixture->idOf(QStringLiteral("frameworks"), "NATO-SC2022")));
    const QAbstractItemModel* sourceModel = child<QTreeView>("sourceTree")->model();
    QCOMPARE(crosswalk::test::columnTexts(sourceModel).size(), 4); // one framework: no heading
    QCOMPARE(m_page->sourceModel()->hasFrameworkNodes(), false);
    QCOMPARE(child<QTreeView>("targetTree")->model()->rowCount(), 3);
    // SC2022 (b) is marked not applicable to Japan (the issuer of the related Act); (c) partly covered.
    QCOMPARE(summary(), QStringLiteral("Covered 0 · Partly 1 · Not covered 1 · Not applicable 1 · Score 30%"));
}

void TestCrosswalkPage::coverageColumn()
{
    QTreeView* tree = child<QTreeView>("targetTree");
    QCOMPARE(tree->model()->headerData(m_page->coverage()->coverageColumn(), Qt::Horizontal).toString(),
             QStringLiteral("Coverage"));
    QVERIFY(!tree->isColumnHidden(m_page->coverage()->coverageColumn()));
    QCOMPARE(coverageCell("C1").data().toString(), QStringLiteral("Partly covered"));
    QCOMPARE(coverageCell("C1").data(badgeRole).toString(), QStringLiteral("partial"));
    QVERIFY(coverageCell("C1").data(Qt::ToolTipRole).toString().contains(QStringLiteral("JP-NSS2022:LEVEL")));
    QCOMPARE(coverageCell("C2").data().toString(), QStringLiteral("Not covered"));
    QCOMPARE(coverageCell("C2").data(badgeRole).toString(), QStringLiteral("uncovered"));
    // The search box filters the tree; the column stays.
    QTest::keyClicks(child<QLineEdit>("targetSearch"), QStringLiteral("resources"));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, m_page->coverage()->coverageColumn()).data().toString(),
             QStringLiteral("Not covered"));
}

void TestCrosswalkPage::strengthFollowsTheRelationship()
{
    auto* strength = field<QSpinBox>("strength");
    QCOMPARE(field<QComboBox>("relationship")->currentData().toString(), QStringLiteral("intersects_with"));
    QCOMPARE(field<QComboBox>("rationale")->currentData().toString(), QStringLiteral("semantic"));
    QCOMPARE(field<QLineEdit>("author")->text(), QStringLiteral("Analyst A"));
    // Another author name in the settings signs the next mapping.
    m_fixture->preferences.setAuthorName(QStringLiteral("Analyst B"));
    QCOMPARE(field<QLineEdit>("author")->text(), QStringLiteral("Analyst B"));
    QVERIFY(strength->isEnabled());
    QCOMPARE(m_page->mappingForm()->values().value(QStringLiteral("strength")), QVariant()); // "(none)"
    strength->setValue(6);

    choose("relationship", "equal");
    QVERIFY(!strength->isEnabled());
    QCOMPARE(strength->value(), 10);
    QCOMPARE(m_page->mappingForm()->values().value(QStringLiteral("strength")).toInt(), 10);
    QVERIFY(m_page->mappingForm()->relationshipHelp()->text().contains(QStringLiteral("Same scope")));
    choose("relationship", "no_relationship");
    QCOMPARE(strength->value(), 0);
    QCOMPARE(m_page->mappingForm()->values().value(QStringLiteral("strength")).toInt(), 0);
    QVERIFY(!strength->isEnabled());
    choose("relationship", "subset_of");
    QVERIFY(strength->isEnabled());
    QCOMPARE(strength->value(), 6); // the partial strength given before
    QCOMPARE(strength->maximum(), 9);
    // Each relationship explains itself.
    auto* relationship = field<QComboBox>("relationship");
    QVERIFY(relationship->itemData(relationship->findData(QStringLiteral("superset_of")), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("all of the target and more")));
}

void TestCrosswalkPage::mapCreatesAMappingThenUndo()
{
    const qint64 ch1 = provision("JP-CRCSA", "CH01");
    const qint64 c2 = provision("NATO-CDP2016", "C2");
    select(ch1, c2);
    choose("relationship", "equal");
    choose("rationale", "functional");
    choose("review_status", "complete");
    field<QLineEdit>("reviewer")->setText(QStringLiteral("Reviewer R"));
    field<QLineEdit>("review_date")->setText(QStringLiteral("2026-01-15"));
    field<QPlainTextEdit>("justification")->setPlainText(QStringLiteral("Both set up the framework's purpose."));
    const qint64 before = count(mappings);
    QTest::mouseClick(child<QPushButton>("mapButton"), Qt::LeftButton);

    QCOMPARE(count(mappings), before + 1);
    const QVariantMap row = mappingBetween(ch1, c2);
    QCOMPARE(row.value(QStringLiteral("relationship")).toString(), QStringLiteral("equal"));
    QCOMPARE(row.value(QStringLiteral("rationale")).toString(), QStringLiteral("functional"));
    QCOMPARE(row.value(QStringLiteral("strength")).toInt(), 10);
    QCOMPARE(row.value(QStringLiteral("review_status")).toString(), QStringLiteral("complete"));
    QCOMPARE(row.value(QStringLiteral("author")).toString(), QStringLiteral("Analyst A"));
    QCOMPARE(row.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Reviewer R"));
    QCOMPARE(row.value(QStringLiteral("review_date")).toString(), QStringLiteral("2026-01-15"));
    QCOMPARE(row.value(QStringLiteral("justification")).toString(),
             QStringLiteral("Both set up the framework's purpose."));
    QCOMPARE(row.value(QStringLiteral("marking")).toString(), QStringLiteral("GREEN"));
    QVERIFY(m_fixture->dialogs.criticals.isEmpty());

    // The coverage follows; the new mapping is listed, selected and shown in the form.
    QCOMPARE(coverageCell("C2").data().toString(), QStringLiteral("Covered"));
    QCOMPARE(coverageCell("C2").data(badgeRole).toString(), QStringLiteral("covered"));
    QVERIFY(coverageCell("C2").data(Qt::ToolTipRole).toString().contains(QStringLiteral("JP-CRCSA:CH01")));
    QCOMPARE(summary(), QStringLiteral("Covered 1 · Partly 5 · Not covered 1 · Not applicable 0 · Score 54%"));
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    QCOMPARE(m_page->editingMappingId(), id);
    QCOMPARE(m_page->mappingList()->currentMappingId(), id);
    QCOMPARE(m_page->currentTable(), mappings);
    QCOMPARE(m_page->currentRecord().value(QStringLiteral("id")).toLongLong(), id);

    // One step on the undo stack.
    m_fixture->undoStack.undo();
    QCOMPARE(count(mappings), before);
    QCOMPARE(mappingBetween(ch1, c2), QVariantMap());
    QCOMPARE(coverageCell("C2").data().toString(), QStringLiteral("Not covered"));
    QCOMPARE(m_page->editingMappingId(), qint64(0));
    // The form keeps the values for the next mapping.
    QCOMPARE(field<QComboBox>("relationship")->currentData().toString(), QStringLiteral("equal"));
    m_fixture->undoStack.redo();
    QCOMPARE(coverageCell("C2").data().toString(), QStringLiteral("Covered"));
}

void TestCrosswalkPage::mappingsOfTheLastSelectedProvision()
{
    MappingListPanel* list = m_page->mappingList();
    QVERIFY(m_page->sourcePane()->select(provision("JP-CRCSA", "CH10")));
    QCOMPARE(list->count(), 7);
    const QAbstractItemModel* model = list->table()->model();
    QCOMPARE(model->index(0, MappingListPanel::RelationshipColumn).data().toString(),
             QStringLiteral("no relationship · 0"));
    QCOMPARE(model->index(0, MappingListPanel::OtherColumn).data().toString(), QStringLiteral("NATO-CDP2016:C1"));
    QCOMPARE(model->index(0, MappingListPanel::TitleColumn).data().toString(),
             QStringLiteral("Develop the fullest range of capabilities"));
    QCOMPARE(model->index(0, MappingListPanel::ReviewColumn).data().toString(), QStringLiteral("Draft"));
    QCOMPARE(model->index(0, MappingListPanel::ReviewColumn).data(RecordTableModel::BadgeRole).toString(),
             QStringLiteral("draft"));

    // Selecting on the other side lists that provision's mappings.
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C4")));
    QCOMPARE(list->provisionId(), provision("NATO-CDP2016", "C4"));
    QCOMPARE(crosswalk::test::columnTexts(model, MappingListPanel::OtherColumn),
             (QStringList{"JP-CRCSA:CH02", "JP-CRCSA:CH10"}));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("intersects with · 5"));

    // Read from the selected end: "JP-CRCSA-REL POLICE subset of SC2022 (c)" lists as "superset of" at (c).
    m_fixture->context.setAnalysisSelection({m_fixture->idOf(QStringLiteral("parties"), "JP"), 0,
                                             m_fixture->idOf(QStringLiteral("frameworks"), "NATO-SC2022")});
    const qint64 c = RecordStore(m_fixture->database.db())
                         .idForCode(QStringLiteral("provisions"), QStringLiteral("C"),
                                    m_fixture->idOf(QStringLiteral("frameworks"), "NATO-SC2022"))
                         .value_or(0);
    QVERIFY(m_page->targetPane()->select(c));
    QCOMPARE(list->count(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("superset of · 6"));
    QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("subset of")));
}

void TestCrosswalkPage::doubleClickShowsTheOtherEnd()
{
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C4")));
    QTableView* table = m_page->mappingList()->table();
    const QRect cell = table->visualRect(table->model()->index(0, MappingListPanel::OtherColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_page->sourcePane()->currentId(), provision("JP-CRCSA", "CH02"));
    // The mapping stays shown.
    QCOMPARE(m_page->editingMappingId(), mappingBetween(provision("JP-CRCSA", "CH02"), provision("NATO-CDP2016", "C4"))
                                             .value(QStringLiteral("id"))
                                             .toLongLong());

    // An end outside the scope is explained, not selected.
    QVERIFY(m_page->sourcePane()->select(provision("JP-CRCSA", "CH09")));
    QCOMPARE(m_page->mappingList()->count(), 1); // to NATO-VIL2023, not the target shown
    const QRect other = table->visualRect(table->model()->index(0, MappingListPanel::OtherColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, other.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, other.center());
    QCOMPARE(m_fixture->dialogs.informations.size(), 1);
    QVERIFY(m_fixture->dialogs.informations.constFirst().contains(QStringLiteral("NATO-VIL2023:CONCEPT")));
}

void TestCrosswalkPage::editStrengthOfAMapping()
{
    const qint64 level = provision("JP-NSS2022", "LEVEL");
    const qint64 c1 = provision("NATO-CDP2016", "C1");
    const qint64 id = mappingBetween(level, c1).value(QStringLiteral("id")).toLongLong();
    QVERIFY(m_page->targetPane()->select(c1));
    selectListRow(m_page->mappingList()->rowOf(id));
    QCOMPARE(m_page->editingMappingId(), id);
    QCOMPARE(field<QSpinBox>("strength")->value(), 5);
    QVERIFY(!child<QPushButton>("saveMappingButton")->isEnabled());
    field<QSpinBox>("strength")->setValue(8);
    QVERIFY(child<QPushButton>("saveMappingButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("saveMappingButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->record(mappings, id).value(QStringLiteral("strength")).toInt(), 8);
    QVERIFY(m_fixture->dialogs.criticals.isEmpty());
    QVERIFY(coverageCell("C1").data(Qt::ToolTipRole).toString().contains(QStringLiteral("strength 8")));
    QCOMPARE(m_page->mappingList()->table()->model()->index(m_page->mappingList()->rowOf(id), 0).data().toString(),
             QStringLiteral("intersects with · 8"));

    m_fixture->undoStack.undo();
    QCOMPARE(m_fixture->record(mappings, id).value(QStringLiteral("strength")).toInt(), 5);
    QCOMPARE(field<QSpinBox>("strength")->value(), 5);
    QCOMPARE(m_page->editingMappingId(), id);
}

void TestCrosswalkPage::deleteAsksFirst()
{
    const qint64 level = provision("JP-NSS2022", "LEVEL");
    const qint64 c1 = provision("NATO-CDP2016", "C1");
    const qint64 id = mappingBetween(level, c1).value(QStringLiteral("id")).toLongLong();
    QVERIFY(m_page->sourcePane()->select(level));
    selectListRow(m_page->mappingList()->rowOf(id));
    QCOMPARE(m_page->editingMappingId(), id);

    m_fixture->dialogs.nextAnswer = false;
    QTest::mouseClick(child<QPushButton>("deleteMappingButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    QVERIFY(m_fixture->dialogs.questions.constFirst().contains(QStringLiteral("JP-NSS2022:LEVEL → NATO-CDP2016:C1")));
    QVERIFY(!m_fixture->record(mappings, id).isEmpty());

    m_fixture->dialogs.nextAnswer = true;
    QTest::mouseClick(child<QPushButton>("deleteMappingButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->record(mappings, id), QVariantMap());
    QCOMPARE(m_page->editingMappingId(), qint64(0));
    QCOMPARE(m_page->mappingList()->count(), 0);
    // C1 keeps only the "no relationship" of CH10.
    QCOMPARE(coverageCell("C1").data().toString(), QStringLiteral("Not covered"));

    m_fixture->undoStack.undo();
    QVERIFY(!m_fixture->record(mappings, id).isEmpty());
    QCOMPARE(coverageCell("C1").data().toString(), QStringLiteral("Partly covered"));
}

void TestCrosswalkPage::dropCreatesAMapping()
{
    // A source provision dropped on a target provision (through the view's model, as the view does).
    const qint64 ch3 = provision("JP-CRCSA", "CH03");
    const qint64 c7 = provision("NATO-CDP2016", "C7");
    std::unique_ptr<QMimeData> data(m_page->sourceModel()->mimeData({m_page->sourceModel()->indexOf(ch3)}));
    QVERIFY(data);
    QTreeView* targetTree = child<QTreeView>("targetTree");
    const QModelIndex onto = m_page->targetPane()->viewIndex(m_page->targetModel()->indexOf(c7));
    const qint64 before = count(mappings);
    QVERIFY(targetTree->model()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, onto));
    QVERIFY(targetTree->model()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, onto));
    QCOMPARE(count(mappings), before + 1);
    const QVariantMap row = mappingBetween(ch3, c7);
    QCOMPARE(row.value(QStringLiteral("relationship")).toString(), QStringLiteral("intersects_with"));
    QCOMPARE(row.value(QStringLiteral("rationale")).toString(), QStringLiteral("semantic"));
    QCOMPARE(row.value(QStringLiteral("review_status")).toString(), QStringLiteral("draft"));
    QVERIFY(row.value(QStringLiteral("strength")).isNull());
    QCOMPARE(m_page->sourcePane()->currentId(), ch3);
    QCOMPARE(m_page->targetPane()->currentId(), c7);
    QCOMPARE(m_page->editingMappingId(), row.value(QStringLiteral("id")).toLongLong());
    QCOMPARE(coverageCell("C7").data().toString(), QStringLiteral("Partly covered"));

    // A target provision dropped on a source provision: the source end is still the source.
    const qint64 p11 = provision("JP-CSS2025", "P1-1");
    const qint64 c6 = provision("NATO-CDP2016", "C6");
    data.reset(m_page->targetModel()->mimeData({m_page->targetModel()->indexOf(c6)}));
    const QModelIndex sourceOnto = m_page->sourcePane()->viewIndex(m_page->sourceModel()->indexOf(p11));
    QVERIFY(child<QTreeView>("sourceTree")->model()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, sourceOnto));
    QVERIFY(!mappingBetween(p11, c6).isEmpty());
    QCOMPARE(count(mappings), before + 2);

    // Each drop is one undo step.
    m_fixture->undoStack.undo();
    m_fixture->undoStack.undo();
    QCOMPARE(count(mappings), before);
}

void TestCrosswalkPage::refusedMappingsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("sourceFramework");
    QTest::addColumn<QByteArray>("sourceCode");
    QTest::addColumn<QByteArray>("targetFramework");
    QTest::addColumn<QByteArray>("targetCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("self") << QByteArray("NATO-CDP2016") << QByteArray("C2") << QByteArray("NATO-CDP2016")
                          << QByteArray("C2") << QStringLiteral("a provision cannot be mapped to itself");
    QTest::newRow("duplicate pair") << QByteArray("JP-CRCSA") << QByteArray("CH02") << QByteArray("NATO-CDP2016")
                                    << QByteArray("C4") << QStringLiteral("these two provisions are already mapped");
    QTest::newRow("within one framework")
        << QByteArray("NATO-CDP2016") << QByteArray("C1") << QByteArray("NATO-CDP2016") << QByteArray("C2")
        << QStringLiteral("is in the same framework as the source provision");
}

void TestCrosswalkPage::refusedMappingsChangeNothing()
{
    QFETCH(QByteArray, sourceFramework);
    QFETCH(QByteArray, sourceCode);
    QFETCH(QByteArray, targetFramework);
    QFETCH(QByteArray, targetCode);
    QFETCH(QString, message);
    const QByteArray before = m_fixture->database.snapshot();
    const qint64 id = m_page->mappingEditor()->createMapping(
        provision(sourceFramework.constData(), sourceCode.constData()),
        provision(targetFramework.constData(), targetCode.constData()), m_page->mappingForm()->values());
    QCOMPARE(id, qint64(0));
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QVERIFY2(m_fixture->dialogs.criticals.constFirst().contains(message),
             qPrintable(m_fixture->dialogs.criticals.constFirst()));
    QVERIFY(m_fixture->dialogs.criticals.constFirst().startsWith(QStringLiteral("The mapping ")));
    QCOMPARE(m_fixture->undoStack.count(), 0);
    QCOMPARE(m_fixture->database.snapshot(), before);
}

void TestCrosswalkPage::equalWithStrengthSevenRefused()
{
    // The spin box cannot say it: the values the page is given can.
    const QByteArray before = m_fixture->database.snapshot();
    QVariantMap values = m_page->mappingForm()->values();
    values.insert(QStringLiteral("relationship"), QStringLiteral("equal"));
    values.insert(QStringLiteral("strength"), 7);
    const qint64 id =
        m_page->mappingEditor()->createMapping(provision("JP-CRCSA", "CH01"), provision("NATO-CDP2016", "C2"), values);
    QCOMPARE(id, qint64(0));
    QLabel* error = m_page->mappingForm()->errorLabel(QStringLiteral("strength"));
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("Strength: must be 10 for 'equal' (same scope)"));
    QVERIFY(m_fixture->dialogs.criticals.isEmpty()); // shown next to the field
    QCOMPARE(m_fixture->database.snapshot(), before);

    // A review date that is not a full date is refused next to its field too.
    field<QLineEdit>("review_date")->setText(QStringLiteral("2026"));
    select(provision("JP-CRCSA", "CH01"), provision("NATO-CDP2016", "C2"));
    QTest::mouseClick(child<QPushButton>("mapButton"), Qt::LeftButton);
    QVERIFY(error->isHidden());
    QVERIFY(!m_page->mappingForm()->errorLabel(QStringLiteral("review_date"))->isHidden());
    QCOMPARE(m_fixture->database.snapshot(), before);
}

void TestCrosswalkPage::duplicateThroughTheMapButton()
{
    const QByteArray before = m_fixture->database.snapshot();
    select(provision("JP-CRCSA", "CH02"), provision("NATO-CDP2016", "C4"));
    QTest::mouseClick(child<QPushButton>("mapButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QVERIFY(m_fixture->dialogs.criticals.constFirst().contains(QStringLiteral("already mapped")));
    QCOMPARE(m_fixture->database.snapshot(), before);
}

void TestCrosswalkPage::withinOneFrameworkWhenAllowed()
{
    const qint64 c1 = provision("NATO-CDP2016", "C1");
    const qint64 c2 = provision("NATO-CDP2016", "C2");
    auto* allow = child<QCheckBox>("allowWithinFramework");
    QVERIFY(!allow->isChecked());
    QCOMPARE(m_page->mappingEditor()->createMapping(c1, c2, m_page->mappingForm()->values()), qint64(0));
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);

    allow->setChecked(true);
    const qint64 id = m_page->mappingEditor()->createMapping(c1, c2, m_page->mappingForm()->values());
    QVERIFY(id > 0);
    QCOMPARE(m_fixture->dialogs.criticals.size(), 1);
    QCOMPARE(mappingBetween(c1, c2).value(QStringLiteral("id")).toLongLong(), id);
    m_fixture->undoStack.undo();
    QCOMPARE(mappingBetween(c1, c2), QVariantMap());
}

void TestCrosswalkPage::notApplicableAndBack()
{
    const qint64 c7 = provision("NATO-CDP2016", "C7");
    const qint64 jp = m_fixture->idOf(QStringLiteral("parties"), "JP");
    auto* button = child<QPushButton>("notApplicableButton");
    QVERIFY(!button->isEnabled());
    QVERIFY(m_page->targetPane()->select(c7));
    QVERIFY(button->isEnabled());
    QCOMPARE(withoutMnemonic(button->text()), QStringLiteral("Not applicable…"));

    // The dialog asks for the justification; OK waits for one.
    bool okWasDisabled = false;
    QTimer::singleShot(0, this, [&okWasDisabled] {
        auto* dialog = qobject_cast<ApplicabilityDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        dialog->setJustification(QStringLiteral("  Implementation is assessed among Allies only.  "));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(okWasDisabled);
    const QList<QVariantMap> marks =
        RecordStore(m_fixture->database.db()).fetchAll(applicability, QStringLiteral("provision_id"), c7);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.constFirst().value(QStringLiteral("party_id")).toLongLong(), jp);
    QCOMPARE(marks.constFirst().value(QStringLiteral("justification")).toString(),
             QStringLiteral("Implementation is assessed among Allies only."));
    QCOMPARE(coverageCell("C7").data().toString(), QStringLiteral("Not applicable"));
    QVERIFY(coverageCell("C7").data(Qt::ToolTipRole).toString().contains(QStringLiteral("among Allies only")));
    QCOMPARE(summary(), QStringLiteral("Covered 0 · Partly 5 · Not covered 1 · Not applicable 1 · Score 47%"));
    QCOMPARE(withoutMnemonic(button->text()), QStringLiteral("Applicable again"));

    // And back: the mark is removed (one undo step each way).
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(RecordStore(m_fixture->database.db()).fetchAll(applicability, QStringLiteral("provision_id"), c7).size(),
             0);
    QCOMPARE(coverageCell("C7").data().toString(), QStringLiteral("Not covered"));
    QCOMPARE(withoutMnemonic(button->text()), QStringLiteral("Not applicable…"));
    m_fixture->undoStack.undo();
    QCOMPARE(coverageCell("C7").data().toString(), QStringLiteral("Not applicable"));
    QCOMPARE(withoutMnemonic(button->text()), QStringLiteral("Applicable again"));

    // Cancelling the dialog writes nothing.
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C2")));
    const QByteArray before = m_fixture->database.snapshot();
    QTimer::singleShot(0, this, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            static_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_fixture->database.snapshot(), before);
}

void TestCrosswalkPage::notApplicableNeedsAParty()
{
    // NIST CSF 2.0 has no issuing party in the sample: a mark would apply to nobody.
    m_fixture->context.setAnalysisSelection({0, m_fixture->idOf(QStringLiteral("frameworks"), "NIST-CSF2"),
                                             m_fixture->idOf(QStringLiteral("frameworks"), "NATO-CDP2016")});
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C7")));
    const QByteArray before = m_fixture->database.snapshot();
    QTimer::singleShot(0, this, [] { // no dialog is expected; close one should it open
        if (QWidget* dialog = QApplication::activeModalWidget())
            static_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(child<QPushButton>("notApplicableButton"), Qt::LeftButton);
    QCOMPARE(m_fixture->dialogs.informations.size(), 1);
    QVERIFY(m_fixture->dialogs.informations.constFirst().contains(QStringLiteral("NIST-CSF2 has no issuing party")));
    QCOMPARE(m_fixture->database.snapshot(), before);
}

void TestCrosswalkPage::showRecordSelectsBothEnds()
{
    // JP-CSS2025 P1-3 superset of NATO-JP-ITPP CYBER: another target; the source stays the party JP.
    const qint64 p13 = provision("JP-CSS2025", "P1-3");
    const qint64 cyber = RecordStore(m_fixture->database.db())
                             .idForCode(QStringLiteral("provisions"), QStringLiteral("CYBER"),
                                        m_fixture->idOf(QStringLiteral("frameworks"), "NATO-JP-ITPP"))
                             .value_or(0);
    const qint64 id = mappingBetween(p13, cyber).value(QStringLiteral("id")).toLongLong();
    QSignalSpy current(m_page.get(), &WorkPage::currentRecordChanged);
    QVERIFY(m_page->showRecord(mappings, id));
    QCOMPARE(m_fixture->context.analysisSelection().targetFrameworkId,
             m_fixture->idOf(QStringLiteral("frameworks"), "NATO-JP-ITPP"));
    QCOMPARE(m_fixture->context.analysisSelection().sourcePartyId, m_fixture->idOf(QStringLiteral("parties"), "JP"));
    QCOMPARE(m_page->scopeBar()->targetBox()->currentText().left(12), QStringLiteral("NATO-JP-ITPP"));
    QCOMPARE(m_page->sourcePane()->currentId(), p13);
    QCOMPARE(m_page->targetPane()->currentId(), cyber);
    QCOMPARE(m_page->editingMappingId(), id);
    QCOMPARE(m_page->currentTable(), mappings);
    QCOMPARE(m_page->currentRecord().value(QStringLiteral("id")).toLongLong(), id);
    QVERIFY(!current.isEmpty());
    QCOMPARE(field<QComboBox>("relationship")->currentData().toString(), QStringLiteral("superset_of"));

    // Back to the pledge for another mapping.
    const qint64 other = mappingBetween(provision("JP-CRCSA", "CH02"), provision("NATO-CDP2016", "C4"))
                             .value(QStringLiteral("id"))
                             .toLongLong();
    QVERIFY(m_page->showRecord(mappings, other));
    QCOMPARE(m_fixture->context.analysisSelection().targetFrameworkId,
             m_fixture->idOf(QStringLiteral("frameworks"), "NATO-CDP2016"));
    QCOMPARE(m_page->targetPane()->currentId(), provision("NATO-CDP2016", "C4"));
    QCOMPARE(m_page->editingMappingId(), other);

    // A not-applicable mark: its provision in the target tree, for its party.
    QVERIFY(m_page->showRecord(applicability, 1));
    QCOMPARE(m_fixture->context.analysisSelection().targetFrameworkId,
             m_fixture->idOf(QStringLiteral("frameworks"), "NATO-SC2022"));
    QCOMPARE(withoutMnemonic(child<QPushButton>("notApplicableButton")->text()), QStringLiteral("Applicable again"));

    QVERIFY(!m_page->showRecord(mappings, 9999));
    QVERIFY(!m_page->showRecord(QStringLiteral("gaps"), 1));
}

void TestCrosswalkPage::keyboard()
{
    // Every button has a mnemonic; every label with one names the field it is for.
    for (QPushButton* button : m_page->findChildren<QPushButton*>())
        QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->objectName()));
    for (QLabel* label : m_page->findChildren<QLabel*>()) {
        if (label->text().contains(QLatin1Char('&')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(child<QCheckBox>("allowWithinFramework")->text().contains(QLatin1Char('&')));
    // No two controls of the page share a mnemonic (the two verification filters, one per tree, aside).
    QMultiHash<QChar, QString> mnemonics;
    const auto collect = [&mnemonics](const QString& text) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < text.size())
            mnemonics.insert(text.at(at + 1).toLower(), text);
    };
    for (QAbstractButton* button : m_page->findChildren<QAbstractButton*>())
        collect(button->text());
    for (QLabel* label : m_page->findChildren<QLabel*>())
        collect(label->text());
    for (const QChar key : mnemonics.uniqueKeys()) {
        const QStringList texts = mnemonics.values(key);
        QVERIFY2(texts.size() == 1 || key == QLatin1Char('n'), qPrintable(texts.join(QStringLiteral(", "))));
    }

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    // Ctrl+F: the source search box.
    child<QTreeView>("targetTree")->setFocus();
    QTest::keyClick(child<QTreeView>("targetTree"), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("sourceSearch")->hasFocus());
    m_page->targetPane()->tree()->setFocus();

    // Ctrl+M maps the selected pair from anywhere on the page.
    select(provision("JP-CRCSA", "CH05"), provision("NATO-CDP2016", "C2"));
    const qint64 before = count(mappings);
    QTest::keyClick(child<QTreeView>("targetTree"), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(count(mappings), before + 1);

    // Delete in the list deletes the mapping shown, after the question.
    QTableView* table = m_page->mappingList()->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_fixture->dialogs.questions.size(), 1);
    QCOMPARE(count(mappings), before);

    // Ctrl+S saves the form.
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C1")));
    selectListRow(0);
    const qint64 id = m_page->editingMappingId();
    QVERIFY(id > 0);
    field<QLineEdit>("reviewer")->setFocus();
    QTest::keyClicks(field<QLineEdit>("reviewer"), QStringLiteral("K"));
    QTest::keyClick(field<QLineEdit>("reviewer"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_fixture->record(mappings, id).value(QStringLiteral("reviewer")).toString(), QStringLiteral("K"));
}

void TestCrosswalkPage::screenshot()
{
    // For review: CROSSWALK_SCREENSHOT_DIR=/some/folder writes the page with a pair selected and
    // a mapping open in the form.
    select(provision("JP-CRCSA", "CH02"), provision("NATO-CDP2016", "C4"));
    selectListRow(0);
    QVERIFY(m_page->editingMappingId() > 0);
    const QString shots = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(QDir(shots).filePath(QStringLiteral("crosswalk.png"))));
    m_page->mappingEditor()->clear();
    QVERIFY(m_page->sourcePane()->select(provision("JP-CRCSA", "CH01")));
    QVERIFY(m_page->targetPane()->select(provision("NATO-CDP2016", "C2")));
    QVariantMap values = m_page->mappingForm()->values();
    values.insert(QStringLiteral("relationship"), QStringLiteral("equal"));
    values.insert(QStringLiteral("strength"), 7);
    m_page->mappingEditor()->createMapping(provision("JP-CRCSA", "CH01"), provision("NATO-CDP2016", "C2"), values);
    m_page->resize(1100, 700);
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(QDir(shots).filePath(QStringLiteral("crosswalk-small.png"))));
}

QTEST_MAIN(TestCrosswalkPage)
#include "tst_crosswalkpage.moc"
