// The text helpers of crosswalk-cli: aligned tables (CSV records are tested in tst_csvwriter).

#include "app/cli/TextTable.h"

#include <QtTest>

using crosswalk::cli::TextTable;

class TestCliTextOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data();
    void displayWidth();
    void fit_data();
    void fit();
    void tableAlignsColumns();
    void tableWithoutHeader();
};

void TestCliTextOutput::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << QStringLiteral("CH01") << 4;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("kanji") << QStringLiteral("総則") << 4;
    QTest::newRow("kana") << QStringLiteral("サイバー") << 8;
    QTest::newRow("mixed") << QStringLiteral("Act 法") << 6;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("accented") << QStringLiteral("Défense") << 7;
}

void TestCliTextOutput::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextTable::displayWidth(text), width);
}

void TestCliTextOutput::fit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("fitted");
    QTest::newRow("short") << QStringLiteral("General") << 10 << QStringLiteral("General");
    QTest::newRow("exact") << QStringLiteral("0123456789") << 10 << QStringLiteral("0123456789");
    QTest::newRow("cut") << QStringLiteral("0123456789A") << 10 << QStringLiteral("012345678\u2026");
    QTest::newRow("cut at space") << QStringLiteral("abcd efghij") << 6 << QStringLiteral("abcd\u2026");
    QTest::newRow("no limit") << QStringLiteral("0123456789A") << 0 << QStringLiteral("0123456789A");
    QTest::newRow("wide") << QStringLiteral("重要電子計算機") << 7 << QStringLiteral("重要電\u2026");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo") << 0 << QStringLiteral("one two");
}

void TestCliTextOutput::fit()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, fitted);
    QCOMPARE(TextTable::fit(text, width), fitted);
    if (width > 0)
        QVERIFY(TextTable::displayWidth(TextTable::fit(text, width)) <= width);
}

void TestCliTextOutput::tableAlignsColumns()
{
    TextTable table;
    table.addColumn(QStringLiteral("ID"));
    table.addColumn(QStringLiteral("Title"), 8);
    table.addColumn(QStringLiteral("Code"));
    table.setRightAligned(0);
    table.addRow({QStringLiteral("1"), QStringLiteral("総則"), QStringLiteral("CH01")});
    table.addRow({QStringLiteral("10"), QStringLiteral("A long title here"), QStringLiteral("CH10")});
    QCOMPARE(table.toString(), QStringLiteral("ID  Title    Code\n"
                                              " 1  総則     CH01\n"
                                              "10  A long\u2026  CH10\n"));
}

void TestCliTextOutput::tableWithoutHeader()
{
    TextTable table;
    table.setShowHeader(false);
    table.addColumn(QString());
    table.addColumn(QString());
    table.addRow({QStringLiteral("themes"), QStringLiteral("11")});
    table.addRow({QStringLiteral("commitment_updates"), QStringLiteral("0")});
    table.addRow({QStringLiteral("short")});
    QCOMPARE(table.toString(), QStringLiteral("themes              11\n"
                                              "commitment_updates  0\n"
                                              "short\n"));
}

QTEST_GUILESS_MAIN(TestCliTextOutput)
#include "tst_clitextoutput.moc"
