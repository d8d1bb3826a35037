// CsvWriter: RFC 4180 fields and records, and formula cells neutralised (DESIGN.md section 5).

#include "models/exchange/CsvWriter.h"

#include <QtTest>

using crosswalk::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void neutralise_data();
    void neutralise();
    void record();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("JP-CRCSA") << QStringLiteral("JP-CRCSA");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space only") << QStringLiteral(" ") << QStringLiteral(" ");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("CRLF inside") << QStringLiteral("one\r\ntwo") << QStringLiteral("\"one\r\ntwo\"");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+cmd") << QStringLiteral("'+cmd");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    QTest::newRow("formula with quotes") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                         << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("negative number") << QStringLiteral("-3") << QStringLiteral("-3");
    QTest::newRow("decimal") << QStringLiteral("-2.5") << QStringLiteral("-2.5");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("japanese") << QStringLiteral("総則") << QStringLiteral("総則");
    QTest::newRow("japanese with comma") << QStringLiteral("総則、目的,範囲") << QStringLiteral("\"総則、目的,範囲\"");
}

void TestCsvWriter::field()
{
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(cell), field);
}

void TestCsvWriter::neutralise_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals alone") << QStringLiteral("=") << QStringLiteral("'=");
    QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("plus number") << QStringLiteral("+1") << QStringLiteral("+1");
    QTest::newRow("exponent") << QStringLiteral("-1.5e3") << QStringLiteral("-1.5e3");
    QTest::newRow("minus formula") << QStringLiteral("-1+1") << QStringLiteral("'-1+1");
    QTest::newRow("tab then number") << QStringLiteral("\t1") << QStringLiteral("'\t1");
    QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("quote first") << QStringLiteral("'=1") << QStringLiteral("'=1");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvWriter::neutralise()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralise(cell), expected);
}

void TestCsvWriter::record()
{
    QCOMPARE(CsvWriter::record({QStringLiteral("id"), QStringLiteral("a,b"), QString(), QStringLiteral("=x")}),
             QStringLiteral("id,\"a,b\",,'=x\r\n"));
    QCOMPARE(CsvWriter::record({QStringLiteral("総則"), QStringLiteral("x\ny")}), QStringLiteral("総則,\"x\ny\"\r\n"));
    QCOMPARE(CsvWriter::record({QString()}), QStringLiteral("\r\n"));
    QCOMPARE(CsvWriter::record({}), QStringLiteral("\r\n"));
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
