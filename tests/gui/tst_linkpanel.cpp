#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/PageFixture.h"
#include "ui/views/CommitmentsPage.h"
#include "ui/views/GapsPage.h"
#include "ui/views/ProgrammesPage.h"
#include "ui/widgets/LinkPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace crosswalk;
using test::PageFixture;

namespace {
QStringList itemTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QListWidget* listOf(LinkPanel* panel)
{
    return panel->findChild<QListWidget*>(QStringLiteral("linkList"));
}

bool choose(LinkPanel* panel, qint64 id)
{
    auto* choice = panel->findChild<QComboBox*>(QStringLiteral("linkChoice"));
    const int index = choice->findData(id);
    choice->setCurrentIndex(index);
    return index >= 0;
}
} // namespace

class TestLinkPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PageFixture::useTestSettings(); }

    void showsLinkedRecordsByCodeAndTitle();
    void linkFromCommitmentSideShowsOnGapSide();
    void unlinkFromGapSideAndUndo();
    void doubleClickAsksToOpenTheRecord();
    void removeWithDeleteKey();
    void newRecordCannotBeLinked();
    void followsDatabaseSwitch();
};

void TestLinkPanel::showsLinkedRecordsByCodeAndTitle()
{
    PageFixture f;
    LinkPanel panel(f.context, QStringLiteral("commitment_gaps"), QStringLiteral("commitments"));
    panel.setDatabase(&f.database.db());
    panel.setRecord(f.idOf(QStringLiteral("commitments"), QStringLiteral("C3")));
    QCOMPARE(panel.otherTable(), QStringLiteral("gaps"));
    QCOMPARE(itemTexts(listOf(&panel)),
             QStringList{QStringLiteral("G3 — Secure line for classified information: completion not confirmed")});
    // The choices are the gaps not linked yet.
    QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("linkChoice"))->count(), 4);

    // The same link table from the other side.
    LinkPanel reverse(f.context, QStringLiteral("commitment_gaps"), QStringLiteral("gaps"));
    reverse.setDatabase(&f.database.db());
    reverse.setRecord(f.idOf(QStringLiteral("gaps"), QStringLiteral("G3")));
    QCOMPARE(reverse.otherTable(), QStringLiteral("commitments"));
    QCOMPARE(reverse.linkedIds(), QList<qint64>{f.idOf(QStringLiteral("commitments"), QStringLiteral("C3"))});

    // Provisions are named with their framework.
    LinkPanel provisions(f.context, QStringLiteral("commitment_provisions"), QStringLiteral("commitments"));
    provisions.setDatabase(&f.database.db());
    provisions.setRecord(f.idOf(QStringLiteral("commitments"), QStringLiteral("C6")));
    QVERIFY(listOf(&provisions)->count() > 0);
    QVERIFY2(listOf(&provisions)->item(0)->text().contains(QLatin1Char(':')),
             qPrintable(listOf(&provisions)->item(0)->text()));
}

void TestLinkPanel::linkFromCommitmentSideShowsOnGapSide()
{
    PageFixture f;
    CommitmentsPage commitments(f.context);
    GapsPage gaps(f.context);
    const qint64 c1 = f.idOf(QStringLiteral("commitments"), QStringLiteral("C1"));
    const qint64 g1 = f.idOf(QStringLiteral("gaps"), QStringLiteral("G1"));
    QVERIFY(commitments.showRecord(QStringLiteral("commitments"), c1));
    QVERIFY(gaps.showRecord(QStringLiteral("gaps"), g1));

    auto* fromCommitment = commitments.findChild<LinkPanel*>(QStringLiteral("links_commitment_gaps"));
    auto* fromGap = gaps.findChild<LinkPanel*>(QStringLiteral("links_commitment_gaps"));
    QVERIFY(fromCommitment && fromGap);
    QCOMPARE(fromCommitment->record(), c1);
    QCOMPARE(fromGap->record(), g1);
    QCOMPARE(listOf(fromCommitment)->count(), 0);
    QCOMPARE(listOf(fromGap)->count(), 0);

    QVERIFY(choose(fromCommitment, g1));
    QTest::mouseClick(fromCommitment->findChild<QPushButton*>(QStringLiteral("linkAddButton")), Qt::LeftButton);
    QVERIFY(f.dialogs.criticals.isEmpty());
    QCOMPARE(fromCommitment->linkedIds(), QList<qint64>{g1});
    QTRY_COMPARE(fromGap->linkedIds(), QList<qint64>{c1});
    QVERIFY(itemTexts(listOf(fromGap)).first().startsWith(QStringLiteral("C1 — ")));
    QVERIFY(RecordStore(f.database.db()).linked(QStringLiteral("commitment_gaps"), c1).contains(g1));
    QCOMPARE(f.undoStack.count(), 1);

    // Undo takes the link away on both sides.
    f.undoStack.undo();
    QCOMPARE(fromCommitment->linkedIds(), QList<qint64>());
    QCOMPARE(fromGap->linkedIds(), QList<qint64>());
}

void TestLinkPanel::unlinkFromGapSideAndUndo()
{
    PageFixture f;
    CommitmentsPage commitments(f.context);
    GapsPage gaps(f.context);
    const qint64 c3 = f.idOf(QStringLiteral("commitments"), QStringLiteral("C3"));
    const qint64 g3 = f.idOf(QStringLiteral("gaps"), QStringLiteral("G3"));
    QVERIFY(commitments.showRecord(QStringLiteral("commitments"), c3));
    QVERIFY(gaps.showRecord(QStringLiteral("gaps"), g3));
    auto* fromCommitment = commitments.findChild<LinkPanel*>(QStringLiteral("links_commitment_gaps"));
    auto* fromGap = gaps.findChild<LinkPanel*>(QStringLiteral("links_commitment_gaps"));
    QCOMPARE(fromGap->linkedIds(), QList<qint64>{c3});

    auto* remove = fromGap->findChild<QPushButton*>(QStringLiteral("linkRemoveButton"));
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    listOf(fromGap)->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(fromGap->linkedIds(), QList<qint64>());
    QCOMPARE(fromCommitment->linkedIds(), QList<qint64>());
    QVERIFY(!RecordStore(f.database.db()).linked(QStringLiteral("commitment_gaps"), c3).contains(g3));

    f.undoStack.undo();
    QCOMPARE(fromGap->linkedIds(), QList<qint64>{c3});
    QCOMPARE(fromCommitment->linkedIds(), QList<qint64>{g3});
    f.undoStack.redo();
    QCOMPARE(fromCommitment->linkedIds(), QList<qint64>());
}

void TestLinkPanel::doubleClickAsksToOpenTheRecord()
{
    PageFixture f;
    ProgrammesPage programmes(f.context);
    programmes.resize(1200, 800);
    programmes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&programmes));
    const qint64 cb3 = f.idOf(QStringLiteral("programmes"), QStringLiteral("CB3"));
    QVERIFY(programmes.showRecord(QStringLiteral("programmes"), cb3));
    auto* panel = programmes.findChild<LinkPanel*>(QStringLiteral("links_commitment_programmes"));
    programmes.findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentWidget(panel);
    QListWidget* list = listOf(panel);
    QCOMPARE(list->count(), 1);

    QSignalSpy open(&f.context, &PageContext::openRecordRequested);
    const QRect rect = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toString(), QStringLiteral("commitments"));
    QCOMPARE(open.first().at(1).toLongLong(), f.idOf(QStringLiteral("commitments"), QStringLiteral("C2")));
}

void TestLinkPanel::removeWithDeleteKey()
{
    PageFixture f;
    LinkPanel panel(f.context, QStringLiteral("programme_partners"), QStringLiteral("programmes"));
    panel.setDatabase(&f.database.db());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const qint64 cb1 = f.idOf(QStringLiteral("programmes"), QStringLiteral("CB1"));
    panel.setRecord(cb1);
    const qsizetype before = panel.linkedIds().size();
    QVERIFY(before > 0);
    QListWidget* list = listOf(&panel);
    list->setCurrentRow(0);
    QApplication::setActiveWindow(&panel);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(panel.linkedIds().size(), before - 1);
    QCOMPARE(f.undoStack.count(), 1);
}

void TestLinkPanel::newRecordCannotBeLinked()
{
    PageFixture f;
    GapsPage gaps(f.context);
    gaps.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gaps));
    gaps.addRecord();
    auto* panel = gaps.findChild<LinkPanel*>(QStringLiteral("links_gap_themes"));
    QCOMPARE(panel->record(), 0);
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("linkAddButton"))->isEnabled());
    QVERIFY(!panel->addLink(1));
    QCOMPARE(f.undoStack.count(), 0);
}

void TestLinkPanel::followsDatabaseSwitch()
{
    PageFixture f;
    GapsPage gaps(f.context);
    auto* panel = gaps.findChild<LinkPanel*>(QStringLiteral("links_gap_themes"));
    QVERIFY(gaps.showRecord(QStringLiteral("gaps"), f.idOf(QStringLiteral("gaps"), QStringLiteral("G4"))));
    QCOMPARE(panel->linkedIds().size(), 1);
    test::TestDatabase empty(test::TestDatabase::Content::ReferenceData);
    f.context.setDatabase(&empty.db());
    QCOMPARE(panel->record(), 0);
    QCOMPARE(panel->linkedIds(), QList<qint64>());
    f.context.setDatabase(nullptr);
    QCOMPARE(panel->linkedIds(), QList<qint64>());
    QVERIFY(!panel->addLink(1));
    f.context.setDatabase(&f.database.db());
    QCOMPARE(gaps.model()->rowCount(), 5);
}

QTEST_MAIN(TestLinkPanel)
#include "tst_linkpanel.moc"
