// CsvReader: RFC 4180 records read in chunks, encodings, delimiter and header detection, line numbers,
// errors as values naming the source and line, and limits that keep memory bounded.

#include "models/exchange/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QtTest>

using crosswalk::CsvReader;
using crosswalk::CsvRecord;

using Rows = QList<QStringList>;
using Lines = QList<qint64>;
Q_DECLARE_METATYPE(CsvReader::Encoding)

namespace {

struct ReadResult
{
    Rows rows;
    Lines lines;
    bool error = false;
    QString errorString;
    qint64 errorLine = 0;
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    QChar delimiter;
};

struct ReadOptions
{
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    QChar delimiter;
    qsizetype chunkSize = CsvReader::DefaultChunkSize;
    qsizetype maxFieldSize = CsvReader::DefaultMaxFieldSize;
    qsizetype maxRecordSize = CsvReader::DefaultMaxRecordSize;
    qint64 maxBytes = -1;
};

ReadResult readAll(const QByteArray& bytes, const ReadOptions& options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("provisions.csv"));
    reader.setEncoding(options.encoding);
    reader.setDelimiter(options.delimiter);
    reader.setChunkSize(options.chunkSize);
    reader.setMaxFieldSize(options.maxFieldSize);
    reader.setMaxRecordSize(options.maxRecordSize);
    reader.setMaxBytes(options.maxBytes);
    ReadResult result;
    CsvRecord record;
    while (reader.next(record)) {
        result.rows << record.fields;
        result.lines << record.line;
    }
    result.error = reader.hasError();
    result.errorString = reader.errorString();
    result.errorLine = reader.errorLine();
    result.encoding = reader.detectedEncoding();
    result.delimiter = reader.detectedDelimiter();
    if (reader.hasError() == reader.atEnd())
        qWarning("atEnd() and hasError() should differ once reading stops");
    return result;
}

ReadOptions withEncoding(CsvReader::Encoding encoding, qsizetype chunkSize = CsvReader::DefaultChunkSize)
{
    ReadOptions options;
    options.encoding = encoding;
    options.chunkSize = chunkSize;
    return options;
}

ReadOptions comma(qsizetype chunkSize = CsvReader::DefaultChunkSize)
{
    ReadOptions options;
    options.delimiter = QLatin1Char(',');
    options.chunkSize = chunkSize;
    return options;
}

QByteArray encoded(QStringEncoder::Encoding encoding, const QString& text)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

const QByteArray NihongoShiftJis("\x93\xFA\x96\x7B\x8C\xEA");

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180_data();
    void rfc4180();
    void smallChunks_data();
    void smallChunks();
    void encodings_data();
    void encodings();
    void shiftJis();
    void delimiterDetection_data();
    void delimiterDetection();
    void looksLikeHeader_data();
    void looksLikeHeader();
    void lineNumbersAcrossQuotedNewlines();
    void fieldCount();
    void unbalancedQuote_data();
    void unbalancedQuote();
    void invalidUtf8_data();
    void invalidUtf8();
    void mixedEncodingsAfterSample();
    void mixedEncodingsWithinSample();
    void truncatedCharacterAtEnd();
    void neitherUtf8NorShiftJis();
    void limits_data();
    void limits();
    void unreadableDevice();
    void largeFile();
};

static void addRfcRows()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");
    QTest::newRow("plain CRLF") << QByteArray("a,b,c\r\n1,2,3\r\n") << Rows{{"a", "b", "c"}, {"1", "2", "3"}}
                                << Lines{1, 2};
    QTest::newRow("plain LF") << QByteArray("a,b\nc,d\n") << Rows{{"a", "b"}, {"c", "d"}} << Lines{1, 2};
    QTest::newRow("plain CR") << QByteArray("a,b\rc,d\r") << Rows{{"a", "b"}, {"c", "d"}} << Lines{1, 2};
    QTest::newRow("mixed record ends") << QByteArray("a\r\nb\nc\rd") << Rows{{"a"}, {"b"}, {"c"}, {"d"}}
                                       << Lines{1, 2, 3, 4};
    QTest::newRow("quoted") << QByteArray("\"a\",\"b c\"\n") << Rows{{"a", "b c"}} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{"say \"hi\"", "x"}} << Lines{1};
    QTest::newRow("only a quote") << QByteArray("\"\"\"\"\n") << Rows{{"\""}} << Lines{1};
    QTest::newRow("embedded comma") << QByteArray("\"a,b\",c\n") << Rows{{"a,b", "c"}} << Lines{1};
    QTest::newRow("embedded LF") << QByteArray("\"one\ntwo\",x\ny,z\n") << Rows{{"one\ntwo", "x"}, {"y", "z"}}
                                 << Lines{1, 3};
    QTest::newRow("embedded CRLF") << QByteArray("\"one\r\ntwo\",x\r\ny,z\r\n") << Rows{{"one\r\ntwo", "x"}, {"y", "z"}}
                                   << Lines{1, 3};
    QTest::newRow("embedded CR") << QByteArray("\"one\rtwo\",x\ny\n") << Rows{{"one\rtwo", "x"}, {"y"}} << Lines{1, 3};
    QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << Rows{{"a", "", "c"}, {"", "", ""}} << Lines{1, 2};
    QTest::newRow("trailing empty field") << QByteArray("a,b,\n") << Rows{{"a", "b", ""}} << Lines{1};
    QTest::newRow("quoted empty field") << QByteArray("\"\"\n\"\",\"\"\n") << Rows{{""}, {"", ""}} << Lines{1, 2};
    QTest::newRow("final record without line break")
        << QByteArray("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}} << Lines{1, 2};
    QTest::newRow("final quoted field without line break") << QByteArray("x,\"y\"") << Rows{{"x", "y"}} << Lines{1};
    QTest::newRow("final empty field without line break") << QByteArray("x,") << Rows{{"x", ""}} << Lines{1};
    QTest::newRow("empty file") << QByteArray() << Rows{} << Lines{};
    QTest::newRow("only line breaks") << QByteArray("\n\r\n\r\n") << Rows{} << Lines{};
    QTest::newRow("empty lines skipped") << QByteArray("a,b\n\nc,d\r\n\r\n\ne,f\n")
                                         << Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}} << Lines{1, 3, 6};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n   \n") << Rows{{" a ", " b "}, {"   "}} << Lines{1, 2};
    QTest::newRow("quote inside unquoted field kept") << QByteArray("a\"b,c\n") << Rows{{"a\"b", "c"}} << Lines{1};
    QTest::newRow("text after closing quote kept") << QByteArray("\"a\"b,c\n") << Rows{{"ab", "c"}} << Lines{1};
    QTest::newRow("japanese") << QByteArray("名前,\"総則、目的,範囲\"\n") << Rows{{"名前", "総則、目的,範囲"}}
                              << Lines{1};
}

void TestCsvReader::rfc4180_data()
{
    addRfcRows();
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    const ReadResult result = readAll(input, comma());
    QCOMPARE(result.errorString, QString());
    QCOMPARE(result.error, false);
    QCOMPARE(result.rows, rows);
    QCOMPARE(result.lines, lines);
}

void TestCsvReader::smallChunks_data()
{
    addRfcRows();
}

void TestCsvReader::smallChunks()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);
    const ReadResult whole = readAll(input, comma());
    for (const qsizetype chunkSize : {1, 2, 3, 5}) {
        const ReadResult chunked = readAll(input, comma(chunkSize));
        QCOMPARE(chunked.error, false);
        QCOMPARE(chunked.rows, whole.rows);
        QCOMPARE(chunked.lines, whole.lines);
        QCOMPARE(chunked.rows, rows);
        QCOMPARE(chunked.lines, lines);
    }
    // Delimiter detection with tiny chunks too.
    const ReadResult detected = readAll(input, withEncoding(CsvReader::Encoding::Auto, 1));
    QCOMPARE(detected.error, false);
    QCOMPARE(detected.rows.size(), rows.size());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Encoding>("chosen");
    QTest::addColumn<CsvReader::Encoding>("detected");
    using E = CsvReader::Encoding;
    const QString text = QStringLiteral("名前,値\r\n日本語,\"改\n行\"\r\n");
    QTest::newRow("UTF-8") << text.toUtf8() << E::Auto << E::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << E::Auto << E::Utf8;
    QTest::newRow("UTF-16LE with BOM") << encoded(QStringEncoder::Utf16LE, text) << E::Auto << E::Utf16LE;
    QTest::newRow("UTF-16BE with BOM") << encoded(QStringEncoder::Utf16BE, text) << E::Auto << E::Utf16BE;
    QTest::newRow("UTF-8 chosen") << text.toUtf8() << E::Utf8 << E::Utf8;
    QTest::newRow("UTF-8 with BOM chosen") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << E::Utf8 << E::Utf8;
    QStringEncoder withoutBom(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16LE without BOM chosen") << QByteArray(withoutBom.encode(text)) << E::Utf16LE << E::Utf16LE;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Encoding, chosen);
    QFETCH(CsvReader::Encoding, detected);
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(3), CsvReader::DefaultChunkSize}) {
        const ReadResult result = readAll(input, withEncoding(chosen, chunkSize));
        QCOMPARE(result.errorString, QString());
        QCOMPARE(result.encoding, detected);
        QCOMPARE(result.delimiter, QLatin1Char(','));
        QCOMPARE(result.rows, (Rows{{"名前", "値"}, {"日本語", "改\n行"}}));
        QCOMPARE(result.lines, (Lines{1, 2}));
    }
}

void TestCsvReader::shiftJis()
{
    const QByteArray input = NihongoShiftJis + ",a\r\nb," + NihongoShiftJis + "\r\n";
    if (CsvReader::isShiftJisAvailable()) {
        for (const auto chosen : {CsvReader::Encoding::Auto, CsvReader::Encoding::ShiftJis}) {
            for (const qsizetype chunkSize : {qsizetype(1), CsvReader::DefaultChunkSize}) {
                const ReadResult result = readAll(input, withEncoding(chosen, chunkSize));
                QCOMPARE(result.errorString, QString());
                QCOMPARE(result.encoding, CsvReader::Encoding::ShiftJis);
                QCOMPARE(result.rows, (Rows{{"日本語", "a"}, {"b", "日本語"}}));
            }
        }
        // Invalid Shift_JIS bytes (0xFF is never valid) name their line.
        const ReadResult bad = readAll("a,b\nc,\xFF\xFF\n", withEncoding(CsvReader::Encoding::ShiftJis));
        QCOMPARE(bad.error, true);
        QCOMPARE(bad.rows, (Rows{{"a", "b"}}));
        QCOMPARE(bad.errorLine, 2);
        QCOMPARE(bad.errorString,
                 QStringLiteral("provisions.csv, line 2: the bytes here are not valid Shift_JIS text"));
    } else {
        // Documented: without ICU, choosing Shift_JIS is an error, and Auto reads the file as UTF-8 and
        // fails at its first invalid bytes.
        const ReadResult chosen = readAll(input, withEncoding(CsvReader::Encoding::ShiftJis));
        QCOMPARE(chosen.error, true);
        QCOMPARE(chosen.errorString,
                 QStringLiteral("provisions.csv: Shift_JIS text cannot be read on this system (Qt was built without "
                                "ICU)"));
        const ReadResult automatic = readAll(input);
        QCOMPARE(automatic.error, true);
        QCOMPARE(automatic.errorLine, 1);
    }
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<qsizetype>("fields");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',') << qsizetype(3);
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(u';') << qsizetype(3);
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t') << qsizetype(2);
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("x;y;z\n1,5;2,5;a\n3,0;4;b\n") << QChar(u';') << qsizetype(3);
    QTest::newRow("commas inside quotes") << QByteArray("\"a,b\";c\n\"d,e,f\";g\n") << QChar(u';') << qsizetype(2);
    QTest::newRow("tab with commas in text")
        << QByteArray("id\ttitle\nC1\tAims, scope\nC2\tTerms\n") << QChar(u'\t') << qsizetype(2);
    QTest::newRow("single column") << QByteArray("a\nb\n") << QChar(u',') << qsizetype(1);
    QTest::newRow("ragged semicolon") << QByteArray("a;b;c\nd;e;f\ng;h\n") << QChar(u';') << qsizetype(3);
    QTest::newRow("no final line break") << QByteArray("a;b\nc;d") << QChar(u';') << qsizetype(2);
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(qsizetype, fields);
    const ReadResult result = readAll(input);
    QCOMPARE(result.error, false);
    QCOMPARE(result.delimiter, delimiter);
    QVERIFY(!result.rows.isEmpty());
    QCOMPARE(result.rows.front().size(), fields);
}

void TestCsvReader::looksLikeHeader_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("header");
    QTest::newRow("names") << QStringList{"id", "title", "text"} << true;
    QTest::newRow("japanese names") << QStringList{"識別子", "表題"} << true;
    QTest::newRow("one name") << QStringList{"id"} << true;
    QTest::newRow("empty name") << QStringList{"id", "", "text"} << false;
    QTest::newRow("blank name") << QStringList{"id", "  "} << false;
    QTest::newRow("number") << QStringList{"C1", "2024"} << false;
    QTest::newRow("decimal") << QStringList{"x", "-1.5"} << false;
    QTest::newRow("duplicate") << QStringList{"id", "title", "id"} << false;
    QTest::newRow("duplicate ignoring case and spaces") << QStringList{"Title", " title"} << false;
    QTest::newRow("no fields") << QStringList{} << false;
}

void TestCsvReader::looksLikeHeader()
{
    QFETCH(QStringList, fields);
    QFETCH(bool, header);
    QCOMPARE(CsvReader::looksLikeHeader(fields), header);
}

void TestCsvReader::lineNumbersAcrossQuotedNewlines()
{
    const QByteArray input("h1,h2\n\"a\nb\nc\",x\n\ny,\"p\r\nq\"\r\nz,\"\r\r\"\nlast,1");
    for (const qsizetype chunkSize : {qsizetype(1), CsvReader::DefaultChunkSize}) {
        const ReadResult result = readAll(input, comma(chunkSize));
        QCOMPARE(result.error, false);
        QCOMPARE(result.rows, (Rows{{"h1", "h2"}, {"a\nb\nc", "x"}, {"y", "p\r\nq"}, {"z", "\r\r"}, {"last", "1"}}));
        QCOMPARE(result.lines, (Lines{1, 2, 6, 8, 11}));
    }
}

void TestCsvReader::fieldCount()
{
    QByteArray data("id,title\nC1,Aims\nC2\nC3,Terms,extra\n");
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("provisions.csv"));
    QCOMPARE(reader.firstRecordFieldCount(), 0);
    QCOMPARE(reader.detectedDelimiter(), QChar());
    QVERIFY(reader.start());
    QCOMPARE(reader.detectedDelimiter(), QLatin1Char(','));
    QCOMPARE(reader.detectedEncoding(), CsvReader::Encoding::Utf8);
    CsvRecord record;
    QList<qsizetype> counts;
    while (reader.next(record))
        counts << record.fields.size();
    QCOMPARE(counts, (QList<qsizetype>{2, 2, 1, 3}));
    QCOMPARE(reader.firstRecordFieldCount(), 2);
    QCOMPARE(reader.atEnd(), true);
    QCOMPARE(reader.hasError(), false);
    QCOMPARE(reader.bytesRead(), data.size());
    QCOMPARE(reader.next(record), false);
}

void TestCsvReader::unbalancedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<qint64>("line");
    QTest::newRow("second line") << QByteArray("a,b\nc,\"d\ne,f\ng,h\n") << Rows{{"a", "b"}} << qint64(2);
    QTest::newRow("first line, no line break") << QByteArray("\"abc") << Rows{} << qint64(1);
    QTest::newRow("after a quoted newline") << QByteArray("\"x\ny\",1\n\"open,2\n") << Rows{{"x\ny", "1"}} << qint64(3);
    QTest::newRow("doubled quote at the end") << QByteArray("a,\"b\"\"\n") << Rows{} << qint64(1);
}

void TestCsvReader::unbalancedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(qint64, line);
    for (const qsizetype chunkSize : {qsizetype(1), CsvReader::DefaultChunkSize}) {
        const ReadResult result = readAll(input, comma(chunkSize));
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.error, true);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorString, QStringLiteral("provisions.csv, line %1: the quoted field that starts here is "
                                                    "never closed")
                                         .arg(line));
    }
}

void TestCsvReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<qint64>("line");
    QTest::newRow("third line") << QByteArray("a,b\nc,d\ne,\xFF\nf,g\n") << Rows{{"a", "b"}, {"c", "d"}} << qint64(3);
    QTest::newRow("inside a quoted field") << QByteArray("a,\"b\nc\xC3\x28\"\n") << Rows{} << qint64(2);
    QTest::newRow("first byte") << QByteArray("\x80,a\n") << Rows{} << qint64(1);
}

void TestCsvReader::invalidUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(qint64, line);
    for (const qsizetype chunkSize : {qsizetype(1), qsizetype(2), CsvReader::DefaultChunkSize}) {
        const ReadResult result = readAll(input, withEncoding(CsvReader::Encoding::Utf8, chunkSize));
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.error, true);
        QCOMPARE(result.errorLine, line);
        QCOMPARE(result.errorString,
                 QStringLiteral("provisions.csv, line %1: the bytes here are not valid UTF-8 text").arg(line));
    }
}

void TestCsvReader::mixedEncodingsAfterSample()
{
    // The first 64 KiB are UTF-8, so the file is read as UTF-8; a Shift_JIS line further on is an error.
    QByteArray input;
    for (int i = 0; i < 10000; ++i)
        input += "row," + QByteArray::number(i) + ",名前\n";
    QVERIFY(input.size() > 64 * 1024);
    input += "x," + NihongoShiftJis + "\nlast,1,2\n";
    const ReadResult result = readAll(input);
    QCOMPARE(result.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(result.rows.size(), 10000);
    QCOMPARE(result.error, true);
    QCOMPARE(result.errorLine, 10001);
    QCOMPARE(result.errorString, QStringLiteral("provisions.csv, line 10001: the bytes here are not valid UTF-8 text"));
}

void TestCsvReader::mixedEncodingsWithinSample()
{
    // A UTF-8 line (Café, 名前) and a Shift_JIS line in the first 64 KiB: not one encoding, so the file is
    // refused at the Shift_JIS line rather than read as Shift_JIS (which would turn the UTF-8 into mojibake).
    const QByteArray input = "code,title\nX1,Caf\xC3\xA9 名前\nX2," + NihongoShiftJis + "\n";
    const ReadResult result = readAll(input);
    QCOMPARE(result.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.error, true);
    QCOMPARE(result.errorLine, 3);
    QCOMPARE(result.errorString, QStringLiteral("provisions.csv, line 3: the bytes here are not valid UTF-8 text"));
    // A file that is Shift_JIS throughout is still read as Shift_JIS.
    const ReadResult shiftJis = readAll("code,title\nX2," + NihongoShiftJis + "\nX3," + NihongoShiftJis + "\n");
    QCOMPARE(shiftJis.encoding, CsvReader::Encoding::ShiftJis);
    QCOMPARE(shiftJis.error, false);
    QCOMPARE(shiftJis.rows.size(), 3);
}

void TestCsvReader::truncatedCharacterAtEnd()
{
    const ReadResult result = readAll("a,b\nc,\xE6\x97", withEncoding(CsvReader::Encoding::Utf8));
    QCOMPARE(result.rows, (Rows{{"a", "b"}}));
    QCOMPARE(result.error, true);
    QCOMPARE(result.errorLine, 2);
    QCOMPARE(result.errorString,
             QStringLiteral("provisions.csv, line 2: the file ends in the middle of a UTF-8 character"));
}

void TestCsvReader::neitherUtf8NorShiftJis()
{
    // 0xFF is neither UTF-8 nor Shift_JIS: read as UTF-8, the error names the line of the bytes.
    const ReadResult result = readAll("a,b\n\xFF\xFF,c\n");
    QCOMPARE(result.encoding, CsvReader::Encoding::Utf8);
    QCOMPARE(result.rows, (Rows{{"a", "b"}}));
    QCOMPARE(result.error, true);
    QCOMPARE(result.errorString, QStringLiteral("provisions.csv, line 2: the bytes here are not valid UTF-8 text"));
}

void TestCsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("maxField");
    QTest::addColumn<qsizetype>("maxRecord");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("error");
    const QString field = QStringLiteral("provisions.csv, line %1: a field is longer than the limit of 10 characters");
    QTest::newRow("field at the limit") << QByteArray("a,0123456789\n") << qsizetype(10) << qsizetype(100) << qint64(-1)
                                        << Rows{{"a", "0123456789"}} << QString();
    QTest::newRow("field over the limit") << QByteArray("a,b\nc,0123456789X\n") << qsizetype(10) << qsizetype(100)
                                          << qint64(-1) << Rows{{"a", "b"}} << field.arg(2);
    QTest::newRow("quoted field over the limit") << QByteArray("a,\"x\n0123456789\"\n") << qsizetype(10)
                                                 << qsizetype(100) << qint64(-1) << Rows{} << field.arg(2);
    QTest::newRow("record over the limit")
        << QByteArray("a,b\n\"c\ncc\",ddd,eee,fff\n") << qsizetype(10) << qsizetype(10) << qint64(-1)
        << Rows{{"a", "b"}}
        << QStringLiteral("provisions.csv, line 2: the record that starts here is longer than the limit of 10 "
                          "characters");
    QTest::newRow("file over the byte limit")
        << QByteArray("a,b\nc,d\ne,f\ng,h\n") << qsizetype(10) << qsizetype(10) << qint64(10)
        << Rows{{"a", "b"}, {"c", "d"}}
        << QStringLiteral("provisions.csv, line 3: the file is larger than the limit of 10 bytes");
    QTest::newRow("file at the byte limit") << QByteArray("a,b\nc,d\n") << qsizetype(10) << qsizetype(10) << qint64(8)
                                            << Rows{{"a", "b"}, {"c", "d"}} << QString();
}

void TestCsvReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, maxField);
    QFETCH(qsizetype, maxRecord);
    QFETCH(qint64, maxBytes);
    QFETCH(Rows, rows);
    QFETCH(QString, error);
    for (const qsizetype chunkSize : {qsizetype(1), CsvReader::DefaultChunkSize}) {
        ReadOptions options = comma(chunkSize);
        options.maxFieldSize = maxField;
        options.maxRecordSize = maxRecord;
        options.maxBytes = maxBytes;
        const ReadResult result = readAll(input, options);
        QCOMPARE(result.rows, rows);
        QCOMPARE(result.errorString, error);
        QCOMPARE(result.error, !error.isEmpty());
    }
}

void TestCsvReader::unreadableDevice()
{
    QBuffer closed;
    CsvReader reader(&closed, QStringLiteral("provisions.csv"));
    CsvRecord record;
    QCOMPARE(reader.next(record), false);
    QCOMPARE(reader.hasError(), true);
    QCOMPARE(reader.atEnd(), false);
    QVERIFY(reader.errorString().startsWith(QStringLiteral("provisions.csv: the file cannot be read")));
}

void TestCsvReader::largeFile()
{
    // About 20 MB, read through the default chunks; the reader keeps only a chunk and a record at a time.
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray row =
        QByteArray("C1.2,\"Aims, scope and \"\"terms\"\"\nsecond line\",総則,") + QByteArray(120, 'x') + "\r\n";
    const int rows = int(20 * 1000 * 1000 / row.size()) + 1;
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += row;
    int written = 0;
    while (written < rows) {
        const int count = std::min(1000, rows - written);
        QVERIFY(file.write(count == 1000 ? block : block.left(count * row.size())) > 0);
        written += count;
    }
    QVERIFY(file.size() >= 20 * 1000 * 1000);
    QVERIFY(file.seek(0));
    CsvReader reader(&file, QStringLiteral("large.csv"));
    CsvRecord record;
    qint64 count = 0;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        ++count;
        lastLine = record.line;
        if (record.fields.size() != 4) {
            QFAIL(qPrintable(
                QStringLiteral("record at line %1 has %2 fields").arg(record.line).arg(record.fields.size())));
        }
    }
    QCOMPARE(reader.hasError(), false);
    QCOMPARE(reader.detectedDelimiter(), QLatin1Char(','));
    QCOMPARE(count, rows);
    QCOMPARE(lastLine, 2 * qint64(rows) - 1);
    QCOMPARE(reader.bytesRead(), file.size());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
