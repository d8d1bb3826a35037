// crosswalk-cli list: text, CSV and JSON output, entity names, codes of references, CSV neutralisation,
// the marking line that starts CSV output (and --no-marking-line).

#include "tests/cli/CliRunner.h"

#include "app/cli/ListCommand.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;
using namespace crosswalk::test;

namespace {

/// The row of a package table with the given id.
QJsonObject packageRow(const QJsonObject& tables, const QString& table, qint64 id)
{
    for (const QJsonValue& row : tables.value(table).toArray()) {
        if (row.toObject().value(QStringLiteral("id")).toInteger() == id)
            return row.toObject();
    }
    return QJsonObject();
}

QJsonObject packageRowByCode(const QJsonObject& tables, const QString& table, const QString& code)
{
    for (const QJsonValue& row : tables.value(table).toArray()) {
        if (row.toObject().value(QStringLiteral("code")).toString() == code)
            return row.toObject();
    }
    return QJsonObject();
}

/// FRAMEWORK:CODE of a provision of the package.
QString provisionReference(const QJsonObject& tables, qint64 provisionId)
{
    const QJsonObject provision = packageRow(tables, QStringLiteral("provisions"), provisionId);
    const QJsonObject framework =
        packageRow(tables, QStringLiteral("frameworks"), provision.value(QStringLiteral("framework_id")).toInteger());
    return framework.value(QStringLiteral("code")).toString() + QLatin1Char(':') +
           provision.value(QStringLiteral("code")).toString();
}

/// CSV output without its first line, which must be the marking ("TLP:CLEAR"); a text that parses
/// to nothing useful when there is no marking line, so that the comparisons after it fail.
QString afterMarkingLine(const QString& csv)
{
    const qsizetype end = csv.indexOf(QStringLiteral("\r\n"));
    // The marking is quoted when its caveat holds a comma or a quote.
    if (!(csv.startsWith(QStringLiteral("TLP:")) || csv.startsWith(QStringLiteral("\"TLP:"))) || end < 0)
        return QStringLiteral("no marking line\r\n");
    return csv.mid(end + 2);
}

/// The first line of CSV output.
QString firstLine(const QString& csv)
{
    return csv.section(QStringLiteral("\r\n"), 0, 0);
}

} // namespace

class TestCliListCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frameworksAsText();
    void frameworksAsCsv();
    void frameworksAsJson();
    void provisionsShowFrameworkAndCode();
    void provisionsOfOneFramework();
    void unknownFrameworkFails();
    void mappingsReferToProvisionsByCode();
    void everyEntityInEveryFormat_data();
    void everyEntityInEveryFormat();
    void entityNames_data();
    void entityNames();
    void csvNeutralisesFormulas();
    void longTextTruncatedInTextOnly();
    void numbersKeepTheirType();
    void csvStartsWithTheHighestMarking();
    void noMarkingLine();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QJsonObject m_tables;
};

void TestCliListCommand::initTestCase()
{
    isolateDefaultDatabase("tst_clilistcommand");
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.crosswalk"));
    const CliRun init =
        runCli({QStringLiteral("--database"), m_sample, QStringLiteral("init"), QStringLiteral("--sample")});
    QCOMPARE(init.status, 0);
    m_tables = samplePackage().value(QStringLiteral("tables")).toObject();
    QVERIFY(!packageRowByCode(m_tables, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA")).isEmpty());
}

void TestCliListCommand::frameworksAsText()
{
    const CliRun run =
        runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), QStringLiteral("frameworks")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_tables.value(QStringLiteral("frameworks")).toArray().size() + 1);
    QVERIFY2(lines.constFirst().startsWith(QStringLiteral("ID  ")), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().contains(QStringLiteral("Code")));

    const QJsonObject crcsa = packageRowByCode(m_tables, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"));
    const QString id = QString::number(crcsa.value(QStringLiteral("id")).toInteger());
    const QStringList matching = lines.filter(QRegularExpression(QStringLiteral("\\sJP-CRCSA\\s")));
    QCOMPARE(matching.size(), 1);
    const QStringList cells = matching.constFirst().split(QRegularExpression(QStringLiteral("\\s{2,}")));
    QCOMPARE(cells.value(0), id);
    QCOMPARE(cells.value(1), QStringLiteral("JP-CRCSA"));
    QVERIFY(matching.constFirst().contains(crcsa.value(QStringLiteral("kind")).toString()));
    QVERIFY(matching.constFirst().contains(crcsa.value(QStringLiteral("verification")).toString()));
    QVERIFY(matching.constFirst().contains(crcsa.value(QStringLiteral("marking")).toString()));

    // Columns line up: every code starts where the Code header does.
    const qsizetype codeColumn = lines.constFirst().indexOf(QStringLiteral("Code"));
    QCOMPARE(matching.constFirst().indexOf(QStringLiteral("JP-CRCSA")), codeColumn);
}

void TestCliListCommand::frameworksAsCsv()
{
    const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("frameworks"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--database"), m_sample});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.contains(QStringLiteral("\r\n")));

    const QList<QStringList> records = parseCsv(afterMarkingLine(run.out));
    QStringList expectedHeader = TableCatalog::table(QStringLiteral("frameworks"))->columnNames();
    expectedHeader.insert(expectedHeader.indexOf(QStringLiteral("issuer_party_id")) + 1,
                          QStringLiteral("issuer_party_code"));
    QCOMPARE(records.constFirst(), expectedHeader);

    const QList<QMap<QString, QString>> rows = csvRows(afterMarkingLine(run.out));
    QCOMPARE(rows.size(), m_tables.value(QStringLiteral("frameworks")).toArray().size());
    const QJsonObject crcsa = packageRowByCode(m_tables, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"));
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [](const QMap<QString, QString>& row) {
        return row.value(QStringLiteral("code")) == QLatin1String("JP-CRCSA");
    });
    QVERIFY(found != rows.cend());
    for (const QString& column :
         {QStringLiteral("title_en"), QStringLiteral("title_orig"), QStringLiteral("kind"), QStringLiteral("status"),
          QStringLiteral("adopted_date"), QStringLiteral("description"), QStringLiteral("verification")}) {
        QCOMPARE(found->value(column), crcsa.value(column).toString());
    }
    QCOMPARE(found->value(QStringLiteral("id")), QString::number(crcsa.value(QStringLiteral("id")).toInteger()));
    const QJsonObject issuer =
        packageRow(m_tables, QStringLiteral("parties"), crcsa.value(QStringLiteral("issuer_party_id")).toInteger());
    QCOMPARE(found->value(QStringLiteral("issuer_party_code")), issuer.value(QStringLiteral("code")).toString());
}

void TestCliListCommand::frameworksAsJson()
{
    const CliRun run = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                               QStringLiteral("framework"), QStringLiteral("--format=json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray listed = document.array();
    const QJsonArray expected = m_tables.value(QStringLiteral("frameworks")).toArray();
    QCOMPARE(listed.size(), expected.size());

    // Every column of every row as in the package, plus the issuer's code.
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject want = expected.at(i).toObject();
        const QJsonObject got = listed.at(i).toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it)
            QCOMPARE(got.value(it.key()), it.value());
        const QJsonValue issuerId = want.value(QStringLiteral("issuer_party_id"));
        const QJsonValue issuerCode =
            issuerId.isNull()
                ? QJsonValue(QJsonValue::Null)
                : packageRow(m_tables, QStringLiteral("parties"), issuerId.toInteger()).value(QStringLiteral("code"));
        QCOMPARE(got.value(QStringLiteral("issuer_party_code")), issuerCode);
    }
    const auto crcsa = std::find_if(listed.begin(), listed.end(), [](const QJsonValue& value) {
        return value.toObject().value(QStringLiteral("code")).toString() == QLatin1String("JP-CRCSA");
    });
    QVERIFY(crcsa != listed.end());
    QCOMPARE((*crcsa).toObject().value(QStringLiteral("issuer_party_code")).toString(), QStringLiteral("JP"));
}

void TestCliListCommand::provisionsShowFrameworkAndCode()
{
    const CliRun run =
        runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), QStringLiteral("provisions")});
    QCOMPARE(run.status, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_tables.value(QStringLiteral("provisions")).toArray().size() + 1);
    const QStringList ch01 = lines.filter(QRegularExpression(QStringLiteral("\\sJP-CRCSA\\s+CH01\\s")));
    QCOMPARE(ch01.size(), 1);
    QVERIFY(ch01.constFirst().contains(QStringLiteral("General provisions")));
}

void TestCliListCommand::provisionsOfOneFramework()
{
    const QJsonObject crcsa = packageRowByCode(m_tables, QStringLiteral("frameworks"), QStringLiteral("JP-CRCSA"));
    QStringList expectedCodes;
    for (const QJsonValue& row : m_tables.value(QStringLiteral("provisions")).toArray()) {
        if (row.toObject().value(QStringLiteral("framework_id")) == crcsa.value(QStringLiteral("id")))
            expectedCodes << row.toObject().value(QStringLiteral("code")).toString();
    }
    QVERIFY(expectedCodes.contains(QStringLiteral("CH01")));

    const CliRun run = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                               QStringLiteral("provision"), QStringLiteral("--framework"), QStringLiteral("JP-CRCSA"),
                               QStringLiteral("-f"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    QStringList codes;
    for (const auto& row : csvRows(afterMarkingLine(run.out))) {
        QCOMPARE(row.value(QStringLiteral("framework_code")), QStringLiteral("JP-CRCSA"));
        codes << row.value(QStringLiteral("code"));
    }
    QCOMPARE(codes, expectedCodes);
}

void TestCliListCommand::unknownFrameworkFails()
{
    const CliRun run = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                               QStringLiteral("provisions"), QStringLiteral("--framework"), QStringLiteral("XX-NONE")});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("XX-NONE")), qPrintable(run.err));

    const CliRun themes = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                                  QStringLiteral("themes"), QStringLiteral("--framework"), QStringLiteral("JP-CRCSA")});
    QCOMPARE(themes.status, 2);
    QVERIFY2(themes.err.contains(QStringLiteral("themes")), qPrintable(themes.err));
}

void TestCliListCommand::mappingsReferToProvisionsByCode()
{
    const CliRun csv = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                               QStringLiteral("mappings"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.status, 0);
    const QList<QMap<QString, QString>> rows = csvRows(afterMarkingLine(csv.out));
    const QJsonArray expected = m_tables.value(QStringLiteral("mappings")).toArray();
    QCOMPARE(rows.size(), expected.size());
    QVERIFY(!rows.isEmpty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject mapping = expected.at(i).toObject();
        QCOMPARE(rows.at(i).value(QStringLiteral("source_provision_code")),
                 provisionReference(m_tables, mapping.value(QStringLiteral("source_provision_id")).toInteger()));
        QCOMPARE(rows.at(i).value(QStringLiteral("target_provision_code")),
                 provisionReference(m_tables, mapping.value(QStringLiteral("target_provision_id")).toInteger()));
        QCOMPARE(rows.at(i).value(QStringLiteral("relationship")),
                 mapping.value(QStringLiteral("relationship")).toString());
    }

    const CliRun text =
        runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), QStringLiteral("mappings")});
    QCOMPARE(text.status, 0);
    const QString first = text.out.section(QLatin1Char('\n'), 1, 1);
    QVERIFY2(first.contains(rows.constFirst().value(QStringLiteral("source_provision_code"))), qPrintable(first));
    QVERIFY2(first.contains(rows.constFirst().value(QStringLiteral("target_provision_code"))), qPrintable(first));
}

void TestCliListCommand::everyEntityInEveryFormat_data()
{
    QTest::addColumn<QString>("entity");
    for (const QString& entity : TableCatalog::entityTables())
        QTest::newRow(qPrintable(entity)) << entity;
}

void TestCliListCommand::everyEntityInEveryFormat()
{
    QFETCH(QString, entity);
    const qsizetype expected = m_tables.value(entity).toArray().size();

    const CliRun text = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), entity});
    QCOMPARE(text.status, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), expected + 1);

    const CliRun csv = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), entity,
                               QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.status, 0);
    QCOMPARE(csvRows(afterMarkingLine(csv.out)).size(), expected);

    const CliRun json = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"), entity,
                                QStringLiteral("--format"), QStringLiteral("JSON")});
    QCOMPARE(json.status, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), expected);
    // JSON and CSV carry the same columns.
    if (!rows.isEmpty())
        QCOMPARE(rows.first().toObject().keys().size(), parseCsv(afterMarkingLine(csv.out)).constFirst().size());
}

void TestCliListCommand::entityNames_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("table");
    QTest::newRow("frameworks") << QStringLiteral("frameworks") << QStringLiteral("frameworks");
    QTest::newRow("framework") << QStringLiteral("framework") << QStringLiteral("frameworks");
    QTest::newRow("Framework") << QStringLiteral("Framework") << QStringLiteral("frameworks");
    QTest::newRow("party") << QStringLiteral("party") << QStringLiteral("parties");
    QTest::newRow("parties") << QStringLiteral("parties") << QStringLiteral("parties");
    QTest::newRow("commitment") << QStringLiteral("commitment") << QStringLiteral("commitments");
    QTest::newRow("commitment-update") << QStringLiteral("commitment-update") << QStringLiteral("commitment_updates");
    QTest::newRow("commitment_updates") << QStringLiteral("commitment_updates") << QStringLiteral("commitment_updates");
    QTest::newRow("applicability") << QStringLiteral("applicability") << QStringLiteral("applicability");
    QTest::newRow("gap") << QStringLiteral("gap") << QStringLiteral("gaps");
    QTest::newRow("unknown") << QStringLiteral("widget") << QString();
    QTest::newRow("link table") << QStringLiteral("gap_themes") << QString();
    QTest::newRow("audit") << QStringLiteral("audit_entries") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCliListCommand::entityNames()
{
    QFETCH(QString, word);
    QFETCH(QString, table);
    const TableSpec* found = cli::ListCommand::findEntity(word);
    QCOMPARE(found ? found->name : QString(), table);
}

void TestCliListCommand::csvNeutralisesFormulas()
{
    TestDatabase fixture(TestDatabase::Content::ReferenceData);
    {
        Transaction transaction(fixture.db());
        RecordStore store(fixture.db());
        QVERIFY(store.insert(QStringLiteral("themes"), {{QStringLiteral("code"), QStringLiteral("FORMULA")},
                                                        {QStringLiteral("name_en"), QStringLiteral("=1+2")},
                                                        {QStringLiteral("name_orig"), QStringLiteral("@SUM(A1)")}}));
        QVERIFY(store.insert(QStringLiteral("themes"),
                             {{QStringLiteral("code"), QStringLiteral("-MINUS")},
                              {QStringLiteral("name_en"), QStringLiteral("He said \"yes\", then left")},
                              {QStringLiteral("name_orig"), QStringLiteral("\tTabbed")}}));
        QVERIFY(transaction.commit());
    }

    const CliRun run = runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"),
                               QStringLiteral("themes"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.status, 0);
    const QList<QMap<QString, QString>> rows = csvRows(afterMarkingLine(run.out));
    QCOMPARE(rows.size(), 13);
    const QMap<QString, QString>& formula = rows.at(11);
    QCOMPARE(formula.value(QStringLiteral("code")), QStringLiteral("FORMULA"));
    QCOMPARE(formula.value(QStringLiteral("name_en")), QStringLiteral("'=1+2"));
    QCOMPARE(formula.value(QStringLiteral("name_orig")), QStringLiteral("'@SUM(A1)"));
    const QMap<QString, QString>& other = rows.at(12);
    QCOMPARE(other.value(QStringLiteral("code")), QStringLiteral("'-MINUS"));
    QCOMPARE(other.value(QStringLiteral("name_en")), QStringLiteral("He said \"yes\", then left"));
    QCOMPARE(other.value(QStringLiteral("name_orig")), QStringLiteral("'\tTabbed"));
    QVERIFY(run.out.contains(QStringLiteral("\"He said \"\"yes\"\", then left\"")));

    // JSON and text keep the values as they are.
    const CliRun json = runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"),
                                QStringLiteral("themes"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().at(11).toObject().value(QStringLiteral("name_en")),
             QJsonValue(QStringLiteral("=1+2")));
    const CliRun text =
        runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"), QStringLiteral("themes")});
    QVERIFY2(text.out.contains(QStringLiteral(" =1+2")), qPrintable(text.out));
}

void TestCliListCommand::longTextTruncatedInTextOnly()
{
    TestDatabase fixture(TestDatabase::Content::ReferenceData);
    const QString longName = QStringLiteral("A theme whose name goes on and on, well past what a terminal column "
                                            "should show in one line");
    {
        Transaction transaction(fixture.db());
        QVERIFY(RecordStore(fixture.db())
                    .insert(QStringLiteral("themes"),
                            {{QStringLiteral("code"), QStringLiteral("LONG")}, {QStringLiteral("name_en"), longName}}));
        QVERIFY(transaction.commit());
    }
    const CliRun text =
        runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"), QStringLiteral("themes")});
    QCOMPARE(text.status, 0);
    const QStringList line = text.out.split(QLatin1Char('\n')).filter(QStringLiteral("LONG"));
    QCOMPARE(line.size(), 1);
    QVERIFY(!line.constFirst().contains(longName));
    QVERIFY(line.constFirst().contains(longName.left(30)));
    QVERIFY(line.constFirst().contains(QStringLiteral("\u2026")));

    const CliRun csv = runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"),
                               QStringLiteral("themes"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csvRows(afterMarkingLine(csv.out)).constLast().value(QStringLiteral("name_en")), longName);
}

void TestCliListCommand::numbersKeepTheirType()
{
    TestDatabase fixture(TestDatabase::Content::ReferenceData);
    {
        Transaction transaction(fixture.db());
        QVERIFY(RecordStore(fixture.db())
                    .insert(QStringLiteral("programmes"), {{QStringLiteral("code"), QStringLiteral("FUND")},
                                                           {QStringLiteral("name_en"), QStringLiteral("Fund")},
                                                           {QStringLiteral("kind"), QStringLiteral("funding")},
                                                           {QStringLiteral("status"), QStringLiteral("planned")},
                                                           {QStringLiteral("budget"), 2.5e9},
                                                           {QStringLiteral("currency"), QStringLiteral("JPY")}}));
        QVERIFY(transaction.commit());
    }
    const QStringList list{QStringLiteral("--database"), fixture.path(), QStringLiteral("list"),
                           QStringLiteral("programme"), QStringLiteral("--format")};
    const CliRun csv = runCli(list + QStringList{QStringLiteral("csv")});
    QCOMPARE(csv.status, 0);
    const QMap<QString, QString> row = csvRows(afterMarkingLine(csv.out)).constFirst();
    QCOMPARE(row.value(QStringLiteral("budget")), QStringLiteral("2500000000"));
    QCOMPARE(row.value(QStringLiteral("lead_party_id")), QString());
    QCOMPARE(row.value(QStringLiteral("lead_party_code")), QString());

    const CliRun json = runCli(list + QStringList{QStringLiteral("json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(object.value(QStringLiteral("budget")), QJsonValue(2.5e9));
    QCOMPARE(object.value(QStringLiteral("id")).type(), QJsonValue::Double);
    QCOMPARE(object.value(QStringLiteral("lead_party_id")), QJsonValue(QJsonValue::Null));
    QCOMPARE(object.value(QStringLiteral("lead_party_code")), QJsonValue(QJsonValue::Null));
    QCOMPARE(object.value(QStringLiteral("start_date")), QJsonValue(QJsonValue::Null));
}

void TestCliListCommand::csvStartsWithTheHighestMarking()
{
    // The sample's frameworks are all CLEAR; one dialogue is GREEN.
    const CliRun frameworks = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                                      QStringLiteral("frameworks"), QStringLiteral("--format=csv")});
    QCOMPARE(frameworks.status, 0);
    QCOMPARE(firstLine(frameworks.out), QStringLiteral("TLP:CLEAR"));
    const CliRun dialogues = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                                     QStringLiteral("dialogues"), QStringLiteral("--format=csv")});
    QCOMPARE(firstLine(dialogues.out), QStringLiteral("TLP:GREEN"));

    // AMBER with a caveat on one gap; limited to another framework's records, the listing is CLEAR.
    TestDatabase fixture(TestDatabase::Content::Sample);
    {
        RecordStore store(fixture.db());
        const qint64 g2 = store.idForCode(QStringLiteral("gaps"), QStringLiteral("G2")).value_or(0);
        QVariantMap gap = store.fetch(QStringLiteral("gaps"), g2).value_or(QVariantMap());
        QVERIFY(!gap.isEmpty());
        gap.insert(QStringLiteral("marking"), QStringLiteral("AMBER"));
        gap.insert(QStringLiteral("caveat"), QStringLiteral("JP, NATO only"));
        QVERIFY(store.update(QStringLiteral("gaps"), g2, gap).ok());
    }
    const CliRun gaps = runCli({QStringLiteral("--database"), fixture.path(), QStringLiteral("list"),
                                QStringLiteral("gaps"), QStringLiteral("--format=csv")});
    QCOMPARE(gaps.status, 0);
    // The marking is a record of its own: quoted, since the caveat holds a comma.
    QCOMPARE(firstLine(gaps.out), QStringLiteral("\"TLP:AMBER \u2014 JP, NATO only\""));
    QCOMPARE(parseCsv(gaps.out).constFirst(), QStringList{QStringLiteral("TLP:AMBER \u2014 JP, NATO only")});
    QCOMPARE(csvRows(afterMarkingLine(gaps.out)).size(), 5);
}

void TestCliListCommand::noMarkingLine()
{
    const QStringList list{QStringLiteral("--database"), m_sample,
                           QStringLiteral("list"),       QStringLiteral("dialogues"),
                           QStringLiteral("--format"),   QStringLiteral("csv")};
    const CliRun marked = runCli(list);
    const CliRun plain = runCli(list + QStringList{QStringLiteral("--no-marking-line")});
    QCOMPARE(plain.status, 0);
    QCOMPARE(plain.err, QString());
    QVERIFY2(plain.out.startsWith(QStringLiteral("id,code,")), qPrintable(plain.out.left(40)));
    QCOMPARE(plain.out, afterMarkingLine(marked.out));

    // Only CSV has a marking line to leave out.
    const CliRun text = runCli({QStringLiteral("--database"), m_sample, QStringLiteral("list"),
                                QStringLiteral("dialogues"), QStringLiteral("--no-marking-line")});
    QCOMPARE(text.status, 2);
    QCOMPARE(text.out, QString());
    QCOMPARE(text.errLines().size(), 1);
    QVERIFY2(text.err.startsWith(QStringLiteral("crosswalk-cli: ")), qPrintable(text.err));
    QVERIFY2(text.err.contains(QStringLiteral("--no-marking-line")), qPrintable(text.err));
}

QTEST_GUILESS_MAIN(TestCliListCommand)
#include "tst_clilistcommand.moc"
