// CsvImport: provisions and mappings from CSV (issue 6, point 3). Happy paths in every encoding and
// delimiter, re-import (updated / unchanged), and every refused input, after which the database is unchanged.

#include "models/commands/ChangeSet.h"
#include "models/exchange/CsvImport.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

QString dataFile(const QString& name)
{
    return sourceDir() + QStringLiteral("/tests/data/csv/") + name;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

qint64 frameworkId(Database& db, const QString& code)
{
    return RecordStore(db).idForCode(QStringLiteral("frameworks"), code).value_or(0);
}

std::optional<QVariantMap> provision(Database& db, const QString& framework, const QString& code)
{
    RecordStore store(db);
    const auto id = store.idForCode(QStringLiteral("provisions"), code, frameworkId(db, framework));
    if (!id)
        return std::nullopt;
    return store.fetch(QStringLiteral("provisions"), *id);
}

qint64 provisionId(Database& db, const QString& framework, const QString& code)
{
    const auto row = provision(db, framework, code);
    return row ? row->value(QStringLiteral("id")).toLongLong() : 0;
}

std::optional<QVariantMap> mapping(Database& db, qint64 source, qint64 target)
{
    for (const QVariantMap& row :
         RecordStore(db).fetchAll(QStringLiteral("mappings"), QStringLiteral("source_provision_id"), source)) {
        if (row.value(QStringLiteral("target_provision_id")).toLongLong() == target)
            return row;
    }
    return std::nullopt;
}

QVariantMap withoutTimestamps(QVariantMap row)
{
    row.remove(QStringLiteral("created_at"));
    row.remove(QStringLiteral("updated_at"));
    return row;
}

/// The errors as "line:column:field" for compact comparisons.
QStringList positions(const CsvImport::Outcome& outcome)
{
    QStringList result;
    for (const CsvImport::RowError& e : outcome.errors)
        result << QStringLiteral("%1:%2:%3").arg(e.line).arg(e.column).arg(e.field);
    return result;
}

CsvImport::Options provisionOptions()
{
    CsvImport::Options options;
    options.entity = CsvImport::Entity::Provisions;
    return options;
}

CsvImport::Options mappingOptions()
{
    CsvImport::Options options;
    options.entity = CsvImport::Entity::Mappings;
    return options;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void entitiesAndFields();
    void parseColumns_data();
    void parseColumns();
    void rowErrorText();
    void provisionsInEveryEncodingAndDelimiter_data();
    void provisionsInEveryEncodingAndDelimiter();
    void provisionsByColumnNumbersWithoutHeader();
    void provisionsUpdateOnlyTheColumnsGiven();
    void provisionsCycleIsRefused();
    void provisionErrors_data();
    void provisionErrors();
    void mappingsByHeader();
    void mappingsWithFrameworksFromOptions();
    void mappingErrors_data();
    void mappingErrors();
    void failures_data();
    void failures();
    void tooLargeIsRefusedBeforeReading();
    void mixedEncodingsNameTheLine();
    void cancelPlansNothing_data();
    void cancelPlansNothing();
    void errorsAreCappedButCounted();
    void previewShowsTheStartOfTheFile();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void TestCsvImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(dataFile(QStringLiteral("provisions-utf8.csv"))));
}

void TestCsvImport::entitiesAndFields()
{
    QCOMPARE(CsvImport::entityKey(CsvImport::Entity::Provisions), QStringLiteral("provisions"));
    QCOMPARE(CsvImport::entityKey(CsvImport::Entity::Mappings), QStringLiteral("mappings"));
    QCOMPARE(CsvImport::entityFromKey(QStringLiteral("mappings")), CsvImport::Entity::Mappings);
    QCOMPARE(CsvImport::entityFromKey(QStringLiteral("gaps")), std::nullopt);

    QStringList keys;
    QStringList required;
    for (const CsvImport::Field& field : CsvImport::fields(CsvImport::Entity::Provisions)) {
        keys << field.key;
        if (field.required)
            required << field.key;
        QVERIFY(!field.label.isEmpty());
        QVERIFY(!field.description.isEmpty());
    }
    QCOMPARE(keys, (QStringList{"framework", "code", "parent_code", "sort_order", "ref_label", "title_en", "title_orig",
                                "summary_en", "summary_orig", "effective_date", "source", "verification",
                                "verification_note", "marking", "caveat"}));
    QCOMPARE(required, (QStringList{"code", "title_en"}));
    keys.clear();
    required.clear();
    for (const CsvImport::Field& field : CsvImport::fields(CsvImport::Entity::Mappings)) {
        keys << field.key;
        if (field.required)
            required << field.key;
    }
    QCOMPARE(keys, (QStringList{"source_framework", "source_code", "target_framework", "target_code", "relationship",
                                "rationale", "strength", "justification", "notes", "review_status", "author",
                                "reviewer", "review_date", "marking", "caveat"}));
    QCOMPARE(required, (QStringList{"source_code", "target_code", "relationship"}));
}

void TestCsvImport::parseColumns_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "key=column,..." 0-based, or the error message
    QTest::addColumn<bool>("ok");
    const int p = int(CsvImport::Entity::Provisions);
    const int m = int(CsvImport::Entity::Mappings);
    QTest::newRow("in order, skipping") << p << "code,,title_en"
                                        << "code=0,title_en=2" << true;
    QTest::newRow("numbered") << p << "code=1,title_en=3"
                              << "code=0,title_en=2" << true;
    QTest::newRow("spaces and case") << m << " Source_Code = 2 , target_code=4,relationship=7"
                                     << "relationship=6,source_code=1,target_code=3" << true;
    QTest::newRow("unknown key") << p << "code,titel"
                                 << "unknown field \"titel\" (fields: framework, code, parent_code, "
                                    "sort_order, ref_label, title_en, title_orig, summary_en, "
                                    "summary_orig, effective_date, source, verification, "
                                    "verification_note, marking, caveat)"
                                 << false;
    QTest::newRow("mapping key for provisions") << p << "source_code"
                                                << "unknown field \"source_code\" (fields: "
                                                   "framework, code, parent_code, sort_order, "
                                                   "ref_label, title_en, title_orig, summary_en, "
                                                   "summary_orig, effective_date, source, "
                                                   "verification, verification_note, marking, "
                                                   "caveat)"
                                                << false;
    QTest::newRow("twice") << p << "code,code"
                           << "the field \"code\" is given twice" << false;
    QTest::newRow("zero") << p << "code=0"
                          << "\"code=0\": the column number must be a whole number from 1" << false;
    QTest::newRow("not a number") << p << "code=x"
                                  << "\"code=x\": the column number must be a whole number from 1" << false;
    QTest::newRow("mixed") << p << "code=1,title_en"
                           << "\"title_en\" has no column number: write every entry as field=N, or list the fields in "
                              "column order without numbers"
                           << false;
    QTest::newRow("empty") << m << ",,"
                           << "no columns given (fields: source_framework, source_code, target_framework, "
                              "target_code, relationship, rationale, strength, justification, notes, review_status, "
                              "author, reviewer, review_date, marking, caveat)"
                           << false;
}

void TestCsvImport::parseColumns()
{
    QFETCH(int, entity);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    const Result<QMap<QString, int>> parsed = CsvImport::parseColumns(static_cast<CsvImport::Entity>(entity), text);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.message(), expected);
        return;
    }
    QStringList pairs;
    for (auto it = parsed->constBegin(); it != parsed->constEnd(); ++it)
        pairs << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    QCOMPARE(pairs.join(QLatin1Char(',')), expected);
}

void TestCsvImport::rowErrorText()
{
    CsvImport::RowError e;
    e.line = 4;
    e.column = 3;
    e.field = QStringLiteral("relationship");
    e.message = QStringLiteral("Relationship: \"same\" is not one of: equal");
    QCOMPARE(e.toString(QStringLiteral("m.csv")),
             QStringLiteral("m.csv: line 4, column 3: Relationship: \"same\" is not one of: equal"));
    e.column = 0;
    QCOMPARE(e.toString(QStringLiteral("m.csv")),
             QStringLiteral("m.csv: line 4: Relationship: \"same\" is not one of: equal"));
}

void TestCsvImport::provisionsInEveryEncodingAndDelimiter_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvReader::Encoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("utf-8") << "provisions-utf8.csv" << CsvReader::Encoding::Utf8 << QChar(QLatin1Char(','));
    QTest::newRow("utf-8 with BOM") << "provisions-utf8-bom.csv" << CsvReader::Encoding::Utf8
                                    << QChar(QLatin1Char(','));
    QTest::newRow("semicolon") << "provisions-semicolon.csv" << CsvReader::Encoding::Utf8 << QChar(QLatin1Char(';'));
    QTest::newRow("tab, CRLF") << "provisions-tab.tsv" << CsvReader::Encoding::Utf8 << QChar(QLatin1Char('\t'));
    QTest::newRow("utf-16le with BOM") << "provisions-utf16le.csv" << CsvReader::Encoding::Utf16LE
                                       << QChar(QLatin1Char(','));
    if (CsvReader::isShiftJisAvailable())
        QTest::newRow("shift_jis") << "provisions-shift_jis.csv" << CsvReader::Encoding::ShiftJis
                                   << QChar(QLatin1Char(','));
}

void TestCsvImport::provisionsInEveryEncodingAndDelimiter()
{
    QFETCH(QString, file);
    QFETCH(CsvReader::Encoding, encoding);
    QFETCH(QChar, delimiter);
    TestDatabase t(TestDatabase::Content::Sample);
    Database& db = t.db();
    const qint64 firstId = RecordStore(db).nextId(QStringLiteral("provisions"));
    const qint64 framework = frameworkId(db, QStringLiteral("NATO-CDP2016"));
    const QByteArray before = t.snapshot();

    const QString path = dataFile(file);
    const Result<CsvImport::Preview> preview = CsvImport::preview(path, provisionOptions());
    QVERIFY2(preview.ok(), qPrintable(preview.message()));
    QCOMPARE(preview->encoding, encoding);
    QCOMPARE(preview->delimiter, delimiter);
    QCOMPARE(preview->hasHeader, true);

    QList<QPair<qint64, qint64>> progress;
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(db, path, provisionOptions(), [&](qint64 done, qint64 total) {
            progress.append({done, total});
            return true;
        });
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome->rows, 3);
    QCOMPARE(outcome->errorCount, 0);
    QVERIFY(outcome->errors.isEmpty());
    QCOMPARE(t.snapshot(), before); // planning writes nothing
    // Bytes up to the file size, then rows.
    QVERIFY(progress.contains(qMakePair(QFileInfo(path).size(), QFileInfo(path).size())));
    QCOMPARE(progress.constLast(), qMakePair(qint64(3), qint64(3)));

    const ImportPlan& plan = outcome->plan;
    QCOMPARE(plan.sourceName, file);
    QCOMPARE(plan.report.count(ImportReport::Outcome::Added, QStringLiteral("provisions")), 3);
    QCOMPARE(plan.report.items().at(0).record, QStringLiteral("provision NATO-CDP2016:C8.1"));
    // Parents first: C8 (second in the file) is inserted before its children.
    QCOMPARE(plan.changes.changes().size(), 3);
    QCOMPARE(plan.changes.changes().at(0).after.value(QStringLiteral("code")).toString(), QStringLiteral("C8"));
    QCOMPARE(plan.changes.changes().at(1).after.value(QStringLiteral("code")).toString(), QStringLiteral("C8.1"));
    QCOMPARE(plan.changes.changes().at(2).after.value(QStringLiteral("code")).toString(), QStringLiteral("C8.2"));
    QStringList columns = TableCatalog::table(QStringLiteral("provisions"))->columnNames();
    columns.sort();
    for (const RowChange& change : plan.changes.changes()) {
        QVERIFY(change.isInsert());
        QCOMPARE(change.after.keys(), columns); // complete rows
    }

    const Status applied = plan.changes.apply(db);
    QVERIFY2(applied.ok(), qPrintable(applied.message()));

    // Ids in file order; C8 after the seven existing top-level provisions; children numbered from 1.
    const QVariantMap c81 = withoutTimestamps(*provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C8.1")));
    const QVariantMap expected{{"id", firstId},
                               {"framework_id", framework},
                               {"parent_id", firstId + 1},
                               {"sort_order", qlonglong(1)},
                               {"code", "C8.1"},
                               {"ref_label", "Art. 8(1)"},
                               {"title_en", "First part of the eighth"},
                               {"title_orig", QStringLiteral("第八の一")},
                               {"summary_en", ""},
                               {"summary_orig", ""},
                               {"effective_date", "2025-04"},
                               {"source", ""},
                               {"verification", "official"},
                               {"verification_note", ""},
                               {"marking", "GREEN"},
                               {"caveat", ""}};
    QCOMPARE(c81.keys(), expected.keys());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(c81.value(it.key()).toString(), it.value().toString());
    const QVariantMap c8 = *provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C8"));
    QCOMPARE(c8.value(QStringLiteral("id")).toLongLong(), firstId + 1);
    QVERIFY(c8.value(QStringLiteral("parent_id")).isNull());
    QCOMPARE(c8.value(QStringLiteral("sort_order")).toLongLong(), 8);
    QCOMPARE(c8.value(QStringLiteral("title_orig")).toString(), QStringLiteral("第八"));
    QCOMPARE(c8.value(QStringLiteral("verification")).toString(), QStringLiteral("secondary"));
    QCOMPARE(c8.value(QStringLiteral("marking")).toString(), QStringLiteral("CLEAR"));
    QVERIFY(c8.value(QStringLiteral("effective_date")).isNull());
    const QVariantMap c82 = *provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C8.2"));
    QCOMPARE(c82.value(QStringLiteral("parent_id")).toLongLong(), firstId + 1);
    QCOMPARE(c82.value(QStringLiteral("sort_order")).toLongLong(), 2);
    QCOMPARE(c82.value(QStringLiteral("title_en")).toString(), QStringLiteral("Second part, with a comma"));
    QCOMPARE(c82.value(QStringLiteral("title_orig")).toString(), QStringLiteral("第八の二"));
    QCOMPARE(c82.value(QStringLiteral("marking")).toString(), QStringLiteral("AMBER"));
    QCOMPARE(c82.value(QStringLiteral("verification")).toString(), QStringLiteral("unverified"));

    // The same file again: everything matched and unchanged, nothing to write.
    const QByteArray applied1 = t.snapshot();
    const Result<CsvImport::Outcome> again = CsvImport::plan(db, path, provisionOptions());
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->errorCount, 0);
    QCOMPARE(again->plan.report.count(ImportReport::Outcome::Unchanged), 3);
    QCOMPARE(again->plan.report.count(ImportReport::Outcome::Added), 0);
    QVERIFY(again->plan.changes.isEmpty());
    QCOMPARE(t.snapshot(), applied1);
}

void TestCsvImport::provisionsByColumnNumbersWithoutHeader()
{
    TestDatabase t(TestDatabase::Content::Sample);
    Database& db = t.db();
    CsvImport::Options options = provisionOptions();
    options.frameworkCode = QStringLiteral("NATO-CDP2016");
    options.columns = *CsvImport::parseColumns(options.entity, QStringLiteral("code=1,title_en=2,title_orig=3"));
    // The first row looks like text, but names no field: it is data.
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(db, dataFile(QStringLiteral("provisions-noheader.csv")), options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome->rows, 2);
    QCOMPARE(outcome->plan.report.count(ImportReport::Outcome::Added), 2);
    QVERIFY(outcome->plan.changes.apply(db).ok());
    const QVariantMap c9 = *provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C9"));
    QCOMPARE(c9.value(QStringLiteral("title_en")).toString(), QStringLiteral("Ninth commitment"));
    QCOMPARE(c9.value(QStringLiteral("title_orig")).toString(), QStringLiteral("第九"));
    QCOMPARE(c9.value(QStringLiteral("sort_order")).toLongLong(), 8);
    QCOMPARE(provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C9.1"))
                 ->value(QStringLiteral("sort_order"))
                 .toLongLong(),
             9);

    // A column the file does not have.
    CsvImport::Options beyond = options;
    beyond.columns = {{QStringLiteral("code"), 0}, {QStringLiteral("title_en"), 4}};
    const QByteArray before = t.snapshot();
    const Result<CsvImport::Outcome> refused =
        CsvImport::plan(db, dataFile(QStringLiteral("provisions-noheader.csv")), beyond);
    QCOMPARE(refused.message(),
             QStringLiteral(
                 "provisions-noheader.csv: there is no column 5 for the field title_en (the columns are 1 to 3)"));
    QCOMPARE(t.snapshot(), before);

    // Forced: with --header yes the first row is skipped.
    TestDatabase t2(TestDatabase::Content::Sample);
    options.hasHeader = true;
    const Result<CsvImport::Outcome> skipped =
        CsvImport::plan(t2.db(), dataFile(QStringLiteral("provisions-noheader.csv")), options);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->rows, 1);
}

void TestCsvImport::provisionsUpdateOnlyTheColumnsGiven()
{
    TestDatabase t(TestDatabase::Content::Sample);
    Database& db = t.db();
    const QVariantMap stored = *provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C2"));
    const QVariantMap c3 = *provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C3"));
    const auto quoted = [](const QVariant& value) -> QByteArray {
        return '"' + value.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
    };
    // C2: a new title and an empty summary (cleared); C3: the values it has (unchanged).
    const QString path = write(QStringLiteral("update.csv"), "code,title_en,summary_en\nC2,A new title,\nC3," +
                                                                 quoted(c3.value(QStringLiteral("title_en"))) + ',' +
                                                                 quoted(c3.value(QStringLiteral("summary_en"))) + '\n');
    CsvImport::Options options = provisionOptions();
    options.frameworkCode = QStringLiteral("NATO-CDP2016");
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(db, path, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome->errorCount, 0);
    const ImportReport& report = outcome->plan.report;
    QCOMPARE(report.count(ImportReport::Outcome::Updated), 1);
    QCOMPARE(report.count(ImportReport::Outcome::Unchanged), 1);
    QCOMPARE(report.items().at(0).record, QStringLiteral("provision NATO-CDP2016:C2"));
    QStringList expectedChanged{TableCatalog::columnLabel(QStringLiteral("title_en"))};
    if (!stored.value(QStringLiteral("summary_en")).toString().isEmpty())
        expectedChanged << TableCatalog::columnLabel(QStringLiteral("summary_en"));
    QCOMPARE(report.items().at(0).detail, expectedChanged.join(QStringLiteral(", ")));
    QCOMPARE(outcome->plan.changes.changes().size(), 1);
    QCOMPARE(outcome->plan.changes.changes().at(0).before, stored);
    QVERIFY(outcome->plan.changes.apply(db).ok());

    QVariantMap expected = stored;
    expected.insert(QStringLiteral("title_en"), QStringLiteral("A new title"));
    expected.insert(QStringLiteral("summary_en"), QString());
    QCOMPARE(withoutTimestamps(*provision(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C2"))),
             withoutTimestamps(expected));
}

void TestCsvImport::provisionsCycleIsRefused()
{
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    const QString path = write(QStringLiteral("cycle.csv"), "framework,code,parent_code,title_en\n"
                                                            "NATO-CDP2016,C1,C2,One\n"
                                                            "NATO-CDP2016,C2,C1,Two\n"
                                                            "NATO-CDP2016,C5,C5,Self\n"
                                                            "NATO-CDP2016,C6,C3,Fine\n");
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(t.db(), path, provisionOptions());
    QVERIFY(outcome.ok());
    QCOMPARE(positions(*outcome), (QStringList{"4:3:parent_code", "2:3:parent_code", "3:3:parent_code"}));
    QCOMPARE(outcome->errors.at(0).message, QStringLiteral("Parent code: a provision cannot be its own parent"));
    QCOMPARE(outcome->errors.at(1).message,
             QStringLiteral("Parent code: \"C2\" would make the provision its own ancestor"));
    QVERIFY(outcome->plan.changes.isEmpty());
    QVERIFY(outcome->plan.report.isEmpty());
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::provisionErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<QString>("firstMessage");
    const QByteArray header = "framework,code,parent_code,title_en,effective_date,verification,marking,sort_order\n";
    QTest::newRow("unknown framework") << header + "NATO-X,C9,,T,,,,\n"
                                       << QStringList{"2:1:framework"}
                                       << "Framework: no framework has the code \"NATO-X\"";
    QTest::newRow("framework missing") << header + ",C9,,T,,,,\n"
                                       << QStringList{"2:1:framework"} << "Framework: is required";
    QTest::newRow("unknown parent")
        << header + "NATO-CDP2016,C9,C99,T,,,,\n"
        << QStringList{"2:3:parent_code"}
        << "Parent code: NATO-CDP2016 has no provision \"C99\" (in the database or in the file)";
    QTest::newRow("parent in another framework")
        << header + "NATO-CDP2016,C9,CH01,T,,,,\n"
        << QStringList{"2:3:parent_code"}
        << "Parent code: NATO-CDP2016 has no provision \"CH01\" (in the database or in the file)";
    QTest::newRow("duplicate code") << header + "NATO-CDP2016,C9,,T,,,,\nNATO-CDP2016,C9,,U,,,,\n"
                                    << QStringList{"3:2:code"}
                                    << "Code: \"C9\" is given twice in NATO-CDP2016 (first on line 2)";
    QTest::newRow("code missing") << header + "NATO-CDP2016,,,T,,,,\n"
                                  << QStringList{"2:2:code"} << "Code: is required";
    QTest::newRow("title missing") << header + "NATO-CDP2016,C9,,,,,,\n"
                                   << QStringList{"2:4:title_en"} << "Title (English): is required";
    QTest::newRow("bad date") << header + "NATO-CDP2016,C9,,T,2025-13,,,\n"
                              << QStringList{"2:5:effective_date"} << "Effective date 2025-13 is not an ISO 8601 date";
    QTest::newRow("bad verification") << header + "NATO-CDP2016,C9,,T,,maybe,,\n"
                                      << QStringList{"2:6:verification"}
                                      << "Verification: \"maybe\" is not one of: official, secondary, unverified";
    QTest::newRow("bad marking") << header + "NATO-CDP2016,C9,,T,,,TLP:BLUE,\n"
                                 << QStringList{"2:7:marking"}
                                 << "Marking: \"TLP:BLUE\" is not one of: CLEAR, GREEN, AMBER, AMBER+STRICT, RED";
    QTest::newRow("bad order") << header + "NATO-CDP2016,C9,,T,,,,first\n"
                               << QStringList{"2:8:sort_order"} << "Order: \"first\" is not a whole number";
    QTest::newRow("wrong field count") << header + "NATO-CDP2016,C9,,T\nNATO-CDP2016,C10,,T,,,,,extra\n"
                                       << QStringList{"2:0:", "3:0:"} << "the row has 4 fields, but the header has 8";
    QTest::newRow("several in one row") << header + "NATO-X,C9,,T,soon,maybe,,\n"
                                        << QStringList{"2:1:framework", "2:5:effective_date", "2:6:verification"}
                                        << "Framework: no framework has the code \"NATO-X\"";
}

void TestCsvImport::provisionErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, positions);
    QFETCH(QString, firstMessage);
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(t.db(), write(QStringLiteral("bad.csv"), csv), provisionOptions());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(::positions(*outcome), positions);
    QCOMPARE(outcome->errorCount, positions.size());
    QCOMPARE(outcome->errors.constFirst().message, firstMessage);
    QVERIFY(outcome->plan.changes.isEmpty());
    QVERIFY(outcome->plan.report.isEmpty());
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::mappingsByHeader()
{
    TestDatabase t(TestDatabase::Content::Sample);
    Database& db = t.db();
    const qint64 ch01 = provisionId(db, QStringLiteral("JP-CRCSA"), QStringLiteral("CH01"));
    const qint64 ch02 = provisionId(db, QStringLiteral("JP-CRCSA"), QStringLiteral("CH02"));
    const qint64 ch03 = provisionId(db, QStringLiteral("JP-CRCSA"), QStringLiteral("CH03"));
    const qint64 c1 = provisionId(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C1"));
    const qint64 c2 = provisionId(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C2"));
    const qint64 c4 = provisionId(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C4"));
    QVERIFY(!mapping(db, ch01, c1));
    QVERIFY(!mapping(db, ch03, c2));
    const QVariantMap existing = *mapping(db, ch02, c4);
    const qint64 nextId = RecordStore(db).nextId(QStringLiteral("mappings"));
    const qint64 count = RecordStore(db).count(QStringLiteral("mappings"));

    const QString path = dataFile(QStringLiteral("mappings.csv"));
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(db, path, mappingOptions());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome->errors.size(), 0);
    const ImportReport& report = outcome->plan.report;
    QCOMPARE(report.count(ImportReport::Outcome::Added, QStringLiteral("mappings")), 2);
    QCOMPARE(report.count(ImportReport::Outcome::Updated, QStringLiteral("mappings")), 1);
    QCOMPARE(report.items().at(0).record, QStringLiteral("mapping JP-CRCSA:CH01 → NATO-CDP2016:C1"));
    QCOMPARE(report.items().at(1).outcome, ImportReport::Outcome::Updated);
    QCOMPARE(report.items().at(1).detail, QStringLiteral("Relationship, Strength, Justification"));
    QVERIFY(outcome->plan.changes.apply(db).ok());
    QCOMPARE(RecordStore(db).count(QStringLiteral("mappings")), count + 2);

    // Equal with no strength gets 10 by definition; a complete mapping with reviewer and date.
    const QVariantMap added = withoutTimestamps(*mapping(db, ch01, c1));
    const QVariantMap expected{{"id", nextId},
                               {"source_provision_id", ch01},
                               {"target_provision_id", c1},
                               {"relationship", "equal"},
                               {"rationale", "syntactic"},
                               {"strength", qlonglong(10)},
                               {"justification", "Same scope"},
                               {"notes", ""},
                               {"review_status", "complete"},
                               {"author", ""},
                               {"reviewer", "A. Reviewer"},
                               {"review_date", "2026-01-15"},
                               {"marking", "CLEAR"},
                               {"caveat", ""}};
    QCOMPARE(added.keys(), expected.keys());
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QCOMPARE(added.value(it.key()).toString(), it.value().toString());
    // The update took the file's columns and kept the others.
    QVariantMap updated = existing;
    updated.insert(QStringLiteral("relationship"), QStringLiteral("subset_of"));
    updated.insert(QStringLiteral("strength"), qlonglong(6));
    updated.insert(QStringLiteral("justification"), QStringLiteral("Narrower than the pledge"));
    QCOMPARE(withoutTimestamps(*mapping(db, ch02, c4)), withoutTimestamps(updated));
    const QVariantMap third = *mapping(db, ch03, c2);
    QCOMPARE(third.value(QStringLiteral("justification")).toString(), QStringLiteral("Overlap, partly"));
    QCOMPARE(third.value(QStringLiteral("rationale")).toString(), QStringLiteral("functional"));
    QCOMPARE(third.value(QStringLiteral("id")).toLongLong(), nextId + 1);

    // Again: all unchanged.
    const Result<CsvImport::Outcome> again = CsvImport::plan(db, path, mappingOptions());
    QVERIFY(again.ok());
    QCOMPARE(again->plan.report.count(ImportReport::Outcome::Unchanged), 3);
    QVERIFY(again->plan.changes.isEmpty());
}

void TestCsvImport::mappingsWithFrameworksFromOptions()
{
    TestDatabase t(TestDatabase::Content::Sample);
    Database& db = t.db();
    CsvImport::Options options = mappingOptions();
    options.sourceFrameworkCode = QStringLiteral("JP-CRCSA");
    options.targetFrameworkCode = QStringLiteral("NATO-CDP2016");
    options.delimiter = QLatin1Char(';');
    const QString path = write(QStringLiteral("m.csv"), "Source code;Target code;Relationship;Strength;Notes\n"
                                                        "CH04;C3;Superset of;8;\"a; b\"\n"
                                                        "CH05;C3;No relationship;;\n");
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(db, path, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome->errors.size(), 0);
    QVERIFY(outcome->plan.changes.apply(db).ok());
    const qint64 c3 = provisionId(db, QStringLiteral("NATO-CDP2016"), QStringLiteral("C3"));
    const QVariantMap first = *mapping(db, provisionId(db, QStringLiteral("JP-CRCSA"), QStringLiteral("CH04")), c3);
    QCOMPARE(first.value(QStringLiteral("relationship")).toString(), QStringLiteral("superset_of"));
    QCOMPARE(first.value(QStringLiteral("strength")).toLongLong(), 8);
    QCOMPARE(first.value(QStringLiteral("notes")).toString(), QStringLiteral("a; b"));
    QCOMPARE(first.value(QStringLiteral("rationale")).toString(), QStringLiteral("semantic"));
    QCOMPARE(first.value(QStringLiteral("review_status")).toString(), QStringLiteral("draft"));
    const QVariantMap second = *mapping(db, provisionId(db, QStringLiteral("JP-CRCSA"), QStringLiteral("CH05")), c3);
    QCOMPARE(second.value(QStringLiteral("relationship")).toString(), QStringLiteral("no_relationship"));
    QCOMPARE(second.value(QStringLiteral("strength")).toLongLong(), 0);
}

void TestCsvImport::mappingErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("positions");
    QTest::addColumn<QString>("firstMessage");
    const QByteArray header = "source_framework,source_code,target_framework,target_code,relationship,strength,review_"
                              "status,reviewer,review_date\n";
    QTest::newRow("unknown source provision")
        << header + "JP-CRCSA,CH99,NATO-CDP2016,C1,equal,10,,,\n"
        << QStringList{"2:2:source_code"} << "Source code: JP-CRCSA has no provision \"CH99\"";
    QTest::newRow("unknown target provision")
        << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,10,,,\n"
                    "JP-CRCSA,CH01,NATO-CDP2016,X,equal,10,,,\n"
        << QStringList{"3:4:target_code"} << "Target code: NATO-CDP2016 has no provision \"X\"";
    QTest::newRow("unknown framework") << header + "JP-CRCSA,CH01,NATO,C1,equal,10,,,\n"
                                       << QStringList{"2:3:target_framework"}
                                       << "Target framework: no framework has the code \"NATO\"";
    QTest::newRow("within one framework") << header + "JP-CRCSA,CH01,JP-CRCSA,CH02,equal,10,,,\n"
                                          << QStringList{"2:4:target_code"}
                                          << "Target code: JP-CRCSA:CH02 is in the same framework as the source "
                                             "provision JP-CRCSA:CH01; mappings within one framework are not imported";
    QTest::newRow("self") << header + "JP-CRCSA,CH01,JP-CRCSA,CH01,equal,10,,,\n"
                          << QStringList{"2:4:target_code"} << "Target code: a provision cannot be mapped to itself";
    QTest::newRow("pair twice") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,10,,,\n"
                                            "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,10,,,\n"
                                << QStringList{"3:4:target_code"}
                                << "the mapping JP-CRCSA:CH01 → NATO-CDP2016:C1 is given twice (first on line 2)";
    QTest::newRow("bad relationship") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,same,10,,,\n"
                                      << QStringList{"2:5:relationship"}
                                      << "Relationship: \"same\" is not one of: equal, subset_of, superset_of, "
                                         "intersects_with, no_relationship";
    QTest::newRow("relationship missing") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,,5,,,\n"
                                          << QStringList{"2:5:relationship"} << "Relationship: is required";
    QTest::newRow("strength for equal") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,5,,,\n"
                                        << QStringList{"2:6:strength"}
                                        << "Strength: must be 10 for 'equal' (same scope)";
    QTest::newRow("strength for no relationship")
        << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,no relationship,3,,,\n"
        << QStringList{"2:6:strength"} << "Strength: must be 0 for 'no relationship'";
    QTest::newRow("strength for partial")
        << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,intersects_with,10,,,\n"
        << QStringList{"2:6:strength"} << "Strength: 10 is not between 1 and 9, as 'intersects with' needs";
    QTest::newRow("strength out of range") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,subset_of,11,,,\n"
                                           << QStringList{"2:6:strength"} << "Strength: 11 is not between 0 and 10";
    QTest::newRow("strength not a number") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,subset_of,high,,,\n"
                                           << QStringList{"2:6:strength"} << "Strength: \"high\" is not a whole number";
    QTest::newRow("complete without reviewer")
        << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,10,complete,,2026-01-02\n"
        << QStringList{"2:8:reviewer"} << "Reviewer: a reviewer is required for a reviewed (complete) mapping";
    QTest::newRow("partial review date") << header + "JP-CRCSA,CH01,NATO-CDP2016,C1,equal,10,,,2026-01\n"
                                         << QStringList{"2:9:review_date"}
                                         << "Review date 2026-01 is not an ISO 8601 date (YYYY-MM-DD)";
    QTest::newRow("stored pair made invalid")
        << header + "JP-CRCSA,CH02,NATO-CDP2016,C4,equal,,draft,,\nJP-CRCSA,CH02,NATO-CDP2016,C5,equal,7,,,\n"
        << QStringList{"3:6:strength"} << "Strength: must be 10 for 'equal' (same scope)";
}

void TestCsvImport::mappingErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, positions);
    QFETCH(QString, firstMessage);
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(t.db(), write(QStringLiteral("bad.csv"), csv), mappingOptions());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(::positions(*outcome), positions);
    QCOMPARE(outcome->errors.constFirst().message, firstMessage);
    QVERIFY(outcome->plan.changes.isEmpty());
    QVERIFY(outcome->plan.report.isEmpty());
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::failures_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("frameworkCode");
    QTest::addColumn<QString>("message");
    const int p = int(CsvImport::Entity::Provisions);
    const int m = int(CsvImport::Entity::Mappings);
    QTest::newRow("unbalanced quotes") << p
                                       << QByteArray(
                                              "framework,code,title_en\nNATO-CDP2016,C9,\"Open\nNATO-CDP2016,C10,T\n")
                                       << QString()
                                       << "bad.csv, line 2: the quoted field that starts here is never closed";
    QTest::newRow("missing required columns")
        << p << QByteArray("Framework,Kode,Titel\nNATO-CDP2016,C9,T\n") << QString()
        << "bad.csv: required columns missing: Code (code), Title (English) (title_en); columns found: \"Framework\", "
           "\"Kode\", \"Titel\"";
    QTest::newRow("framework column needed without --framework")
        << p << QByteArray("code,title_en\nC9,T\n") << QString()
        << "bad.csv: required columns missing: Framework (framework); columns found: \"code\", \"title_en\"";
    QTest::newRow("mapping columns missing")
        << m << QByteArray("source_code,target,relationship\nCH01,C1,equal\n") << QString()
        << "bad.csv: required columns missing: Source framework (source_framework), Target framework "
           "(target_framework); columns found: \"source_code\", \"target\", \"relationship\"";
    QTest::newRow("no header") << p << QByteArray("C9,,T\n") << QStringLiteral("NATO-CDP2016")
                               << "bad.csv: the first row is not a header naming the fields; choose which column "
                                  "holds which field (fields: framework, code, parent_code, sort_order, ref_label, "
                                  "title_en, title_orig, summary_en, summary_orig, effective_date, source, "
                                  "verification, verification_note, marking, caveat)";
    QTest::newRow("field named twice") << p << QByteArray("code,title_en,Title (English)\nC9,T,U\n")
                                       << QStringLiteral("NATO-CDP2016")
                                       << "bad.csv: columns 2 and 3 both hold the field title_en";
    QTest::newRow("unknown framework option") << p << QByteArray("code,title_en\nC9,T\n") << QStringLiteral("NOPE")
                                              << "bad.csv: no framework has the code \"NOPE\"";
    QTest::newRow("empty file") << p << QByteArray() << QStringLiteral("NATO-CDP2016")
                                << "bad.csv: the file holds no rows";
}

void TestCsvImport::failures()
{
    QFETCH(int, entity);
    QFETCH(QByteArray, csv);
    QFETCH(QString, frameworkCode);
    QFETCH(QString, message);
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    CsvImport::Options options;
    options.entity = static_cast<CsvImport::Entity>(entity);
    options.frameworkCode = frameworkCode;
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(t.db(), write(QStringLiteral("bad.csv"), csv), options);
    QCOMPARE(outcome.ok(), false);
    QCOMPARE(outcome.message(), message);
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::tooLargeIsRefusedBeforeReading()
{
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    const QString path = write(QStringLiteral("large.csv"), "framework,code,title_en\n" + QByteArray(200, 'x') + "\n");
    CsvImport::Options options = provisionOptions();
    options.maxBytes = 100;
    int calls = 0;
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(t.db(), path, options, [&](qint64, qint64) {
        ++calls;
        return true;
    });
    QCOMPARE(outcome.ok(), false);
    QCOMPARE(outcome.message(), QStringLiteral("large.csv: the file is 225 bytes, larger than the limit of 100 bytes"));
    QCOMPARE(calls, 0); // refused before anything was read
    const Result<CsvImport::Preview> preview = CsvImport::preview(path, options);
    QCOMPARE(preview.message(), outcome.message());
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::mixedEncodingsNameTheLine()
{
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    // More than the 64 KiB sniffed as UTF-8, then a line in Shift_JIS.
    QByteArray csv = "framework,code,title_en,title_orig\n";
    int line = 1;
    while (csv.size() < 70 * 1024) {
        csv += "NATO-CDP2016,X" + QByteArray::number(line) + ",Title,日本語\n";
        ++line;
    }
    csv += "NATO-CDP2016,Y,Title,\x93\xfa\x96\x7b\x8c\xea\n";
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(t.db(), write(QStringLiteral("mixed.csv"), csv), provisionOptions());
    QCOMPARE(outcome.ok(), false);
    QCOMPARE(outcome.message(),
             QStringLiteral("mixed.csv, line %1: the bytes here are not valid UTF-8 text").arg(line + 1));
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::cancelPlansNothing_data()
{
    QTest::addColumn<bool>("whileReading");
    QTest::newRow("while reading") << true;
    QTest::newRow("while planning") << false;
}

void TestCsvImport::cancelPlansNothing()
{
    QFETCH(bool, whileReading);
    TestDatabase t(TestDatabase::Content::Sample);
    const QByteArray before = t.snapshot();
    QByteArray csv = "source_framework,source_code,target_framework,target_code,relationship\n";
    for (int i = 0; i < 2000; ++i)
        csv += "JP-CRCSA,CH01,NATO-CDP2016,C1,equal\n"; // duplicates, but cancelled before they are reported
    const QString path = write(QStringLiteral("cancel.csv"), csv);
    const qint64 size = QFileInfo(path).size();
    bool readingSeen = false;
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(t.db(), path, mappingOptions(), [&](qint64 done, qint64 total) {
            if (total == size && done > 0 && done < size)
                readingSeen = true;
            if (whileReading)
                return !(total == size && done > 0);
            return total == size; // go on while reading; stop once rows are counted
        });
    QCOMPARE(outcome.ok(), false);
    QCOMPARE(outcome.message(), ChangeSet::cancelledMessage());
    QCOMPARE(readingSeen, true);
    QCOMPARE(t.snapshot(), before);
}

void TestCsvImport::errorsAreCappedButCounted()
{
    TestDatabase t(TestDatabase::Content::Sample);
    QByteArray csv = "source_framework,source_code,target_framework,target_code,relationship\n";
    for (int i = 0; i < 1500; ++i)
        csv += "JP-CRCSA,NOPE" + QByteArray::number(i) + ",NATO-CDP2016,C1,equal\n";
    const Result<CsvImport::Outcome> outcome =
        CsvImport::plan(t.db(), write(QStringLiteral("many.csv"), csv), mappingOptions());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->rows, 1500);
    QCOMPARE(outcome->errors.size(), CsvImport::MaxReportedErrors);
    QCOMPARE(outcome->errorCount, 1500);
    QCOMPARE(outcome->errors.constLast().line, 1001);
    QVERIFY(outcome->plan.changes.isEmpty());
}

void TestCsvImport::previewShowsTheStartOfTheFile()
{
    const QString path = dataFile(QStringLiteral("mappings.csv"));
    const Result<CsvImport::Preview> preview = CsvImport::preview(path, mappingOptions(), 2);
    QVERIFY2(preview.ok(), qPrintable(preview.message()));
    QCOMPARE(preview->hasHeader, true);
    QCOMPARE(preview->header.size(), 11);
    QCOMPARE(preview->header.at(1), QStringLiteral("Source code"));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(0).line, 2);
    QCOMPARE(preview->rows.at(1).fields.at(4), QStringLiteral("subset of"));
    QCOMPARE(preview->columns.value(QStringLiteral("source_code"), -1), 1);
    QCOMPARE(preview->columns.value(QStringLiteral("review_date"), -1), 10);
    QCOMPARE(preview->columns.size(), 11);

    // Without a header: numbered columns, and the options' columns.
    CsvImport::Options options = provisionOptions();
    options.columns = {{QStringLiteral("code"), 0}, {QStringLiteral("title_en"), 1}};
    const Result<CsvImport::Preview> bare =
        CsvImport::preview(dataFile(QStringLiteral("provisions-noheader.csv")), options);
    QVERIFY(bare.ok());
    QCOMPARE(bare->hasHeader, false);
    QCOMPARE(bare->header, (QStringList{"Column 1", "Column 2", "Column 3"}));
    QCOMPARE(bare->rows.size(), 2);
    QCOMPARE(bare->columns, options.columns);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
