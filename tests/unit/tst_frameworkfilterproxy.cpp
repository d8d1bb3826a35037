#include "models/itemmodels/FrameworkFilterProxy.h"
#include "models/itemmodels/FrameworkListModel.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace crosswalk;
using crosswalk::test::TestDatabase;

namespace {
QStringList codes(const QAbstractItemModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, FrameworkListModel::column(FrameworkListModel::Column::Code)).data().toString();
    return result;
}
} // namespace

class TestFrameworkFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEverythingUnfiltered();
    void searchMatchesShownTextAndOriginalTitle();
    void valueFiltersCombine();
    void sortsByAnyColumn();
    void keepsFiltersThroughReload();

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::unique_ptr<FrameworkListModel> m_model;
    std::unique_ptr<FrameworkFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFrameworkFilterProxy::init()
{
    m_fixture = std::make_unique<TestDatabase>(TestDatabase::Content::Sample);
    m_model = std::make_unique<FrameworkListModel>();
    m_model->setDatabase(&m_fixture->db());
    m_proxy = std::make_unique<FrameworkFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFrameworkFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestFrameworkFilterProxy::showsEverythingUnfiltered()
{
    QCOMPARE(m_proxy->rowCount(), 14);
    QCOMPARE(m_proxy->isFiltering(), false);
    // Without a sort column the frameworks keep the order in which they were entered.
    QCOMPARE(codes(*m_proxy).first(), QStringLiteral("JP-CRCSA"));
}

void TestFrameworkFilterProxy::searchMatchesShownTextAndOriginalTitle()
{
    m_proxy->setSearchText(QStringLiteral("nato-"));
    QCOMPARE(m_proxy->rowCount(), 6);
    QVERIFY(m_proxy->isFiltering());
    // The shown labels count, not only the stored keys.
    m_proxy->setSearchText(QStringLiteral("In force"));
    QCOMPARE(codes(*m_proxy), QStringList{QStringLiteral("NATO-JP-ITPP")});
    // The title in the document's own language.
    m_proxy->setSearchText(QStringLiteral("不正な行為"));
    QCOMPARE(codes(*m_proxy), QStringList{QStringLiteral("JP-CRCSA")});
    m_proxy->setSearchText(QStringLiteral("no such framework"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QStringLiteral("  "));
    QCOMPARE(m_proxy->rowCount(), 14);
}

void TestFrameworkFilterProxy::valueFiltersCombine()
{
    m_proxy->setValueFilter(QStringLiteral("verification"), QStringLiteral("official"));
    const QStringList official = codes(*m_proxy);
    QCOMPARE(official.size(), 7);
    QVERIFY(official.contains(QStringLiteral("JP-CRCSA")));
    QVERIFY(!official.contains(QStringLiteral("JP-NSS2022")));

    m_proxy->setValueFilter(QStringLiteral("kind"), QStringLiteral("law"));
    QCOMPARE(codes(*m_proxy), (QStringList{QStringLiteral("JP-CRCSA"), QStringLiteral("JP-CRCSA-REL")}));
    QCOMPARE(m_proxy->valueFilter(QStringLiteral("kind")), QStringLiteral("law"));

    m_proxy->setSearchText(QStringLiteral("related"));
    QCOMPARE(codes(*m_proxy), QStringList{QStringLiteral("JP-CRCSA-REL")});

    // No framework of the sample is marked above CLEAR.
    m_proxy->setValueFilter(QStringLiteral("marking"), QStringLiteral("AMBER"));
    QCOMPARE(m_proxy->rowCount(), 0);

    // An empty key removes one filter; clearFilters() removes them all.
    m_proxy->setValueFilter(QStringLiteral("marking"), QString());
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 14);
    QCOMPARE(m_proxy->isFiltering(), false);
}

void TestFrameworkFilterProxy::sortsByAnyColumn()
{
    for (int column = 0; column < FrameworkListModel::ColumnCount; ++column) {
        m_proxy->sort(column, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QString before = m_proxy->index(row - 1, column).data().toString();
            const QString after = m_proxy->index(row, column).data().toString();
            QVERIFY2(before.localeAwareCompare(after) <= 0 || before.compare(after, Qt::CaseInsensitive) <= 0,
                     qPrintable(QStringLiteral("column %1: %2 before %3").arg(column).arg(before, after)));
        }
    }
    m_proxy->sort(FrameworkListModel::column(FrameworkListModel::Column::Code), Qt::DescendingOrder);
    QCOMPARE(codes(*m_proxy).first(), QStringLiteral("NZ-CSS2019"));
    m_proxy->sort(-1);
    QCOMPARE(codes(*m_proxy).first(), QStringLiteral("JP-CRCSA"));
}

void TestFrameworkFilterProxy::keepsFiltersThroughReload()
{
    m_proxy->setValueFilter(QStringLiteral("kind"), QStringLiteral("law"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_fixture->db().notifyChanged(QStringLiteral("frameworks"));
    QCOMPARE(m_proxy->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestFrameworkFilterProxy)
#include "tst_frameworkfilterproxy.moc"
