#include "models/domain/Framework.h"
#include "models/exchange/OscalDocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace crosswalk;

namespace {

QByteArray document(const QByteArray& model, const QByteArray& version)
{
    return "{\"" + model +
           "\": {\"uuid\": \"5c6e1a3e-2b7f-4d2c-9a51-0c1d2e3f4a5b\", \"metadata\": {\"title\": \"T\", "
           "\"last-modified\": \"2025-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"" +
           version + "\"}}}";
}

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("CROSSWALK_SOURCE_DIR") + QStringLiteral("/tests/data/oscal/") + name;
}

} // namespace

class TestOscalDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidJsonNamesLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("missing value") << QByteArray("{\n  \"catalog\": {\n    \"uuid\": ,\n  }\n}")
                                       << QStringLiteral("catalog.json: line 3, column 13: ");
        QTest::newRow("unterminated string")
            << QByteArray("{\n\"catalog\": {\n\"uuid\": \"abc") << QStringLiteral("catalog.json: line 3, column ");
        // Columns count characters, not bytes.
        QTest::newRow("after Japanese text") << QByteArray("{\"title\": \"\xe6\x97\xa5\xe6\x9c\xac\" x}")
                                             << QStringLiteral("catalog.json: line 1, column 16: ");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("catalog.json: line 1, column 1: ");
    }

    void invalidJsonNamesLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const Result<OscalDocument> result = OscalDocument::parse(json, QStringLiteral("catalog.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.message().startsWith(where), qPrintable(result.message()));
        QVERIFY2(result.message().contains(QStringLiteral("not valid JSON")), qPrintable(result.message()));
    }

    void refusedDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << QStringLiteral("x.json: $: not an OSCAL document (the JSON is not an object)");
        QTest::newRow("other JSON")
            << QByteArray("{\"$schema\": \"s\", \"tables\": {}, \"format\": 1}")
            << QStringLiteral("x.json: $: not an OSCAL catalog or mapping collection (the document's properties are: "
                              "format, tables)");
        QTest::newRow("only a schema")
            << QByteArray("{\"$schema\": \"s\"}")
            << QStringLiteral(
                   "x.json: $: not an OSCAL catalog or mapping collection (the document's properties are: none)");
        QTest::newRow("profile") << QByteArray("{\"profile\": {}}")
                                 << QStringLiteral("x.json: $: not an OSCAL catalog or mapping collection (the "
                                                   "document's properties are: profile)");
        QTest::newRow("two models")
            << QByteArray("{\"catalog\": {}, \"mapping-collection\": {}}")
            << QStringLiteral("x.json: $: an OSCAL document holds one model; this one holds \"catalog\" and "
                              "\"mapping-collection\"");
        QTest::newRow("catalog not an object")
            << QByteArray("{\"catalog\": []}") << QStringLiteral("x.json: $.catalog: must be a JSON object");
        QTest::newRow("no metadata") << QByteArray("{\"catalog\": {\"uuid\": \"u\"}}")
                                     << QStringLiteral("x.json: $.catalog.metadata: required object is missing");
        QTest::newRow("metadata not an object")
            << QByteArray("{\"mapping-collection\": {\"metadata\": \"m\"}}")
            << QStringLiteral("x.json: $.mapping-collection.metadata: required object is missing");
        QTest::newRow("no oscal-version")
            << QByteArray("{\"catalog\": {\"metadata\": {\"title\": \"T\"}}}")
            << QStringLiteral("x.json: $.catalog.metadata.oscal-version: required text is missing");
        QTest::newRow("oscal-version a number")
            << QByteArray("{\"catalog\": {\"metadata\": {\"oscal-version\": 1.1}}}")
            << QStringLiteral("x.json: $.catalog.metadata.oscal-version: required text is missing");
        QTest::newRow("not a version") << document("catalog", "v1")
                                       << QStringLiteral("x.json: $.catalog.metadata.oscal-version: \"v1\" is not an "
                                                         "OSCAL version (such as 1.1.2)");
        QTest::newRow("catalog 0.9.0") << document("catalog", "0.9.0")
                                       << QStringLiteral("x.json: $.catalog.metadata.oscal-version: OSCAL 0.9.0 is not "
                                                         "read; catalogs of OSCAL 1.0 to 1.2 are");
        QTest::newRow("catalog 2.0.0") << document("catalog", "2.0.0")
                                       << QStringLiteral("x.json: $.catalog.metadata.oscal-version: OSCAL 2.0.0 is not "
                                                         "read; catalogs of OSCAL 1.0 to 1.2 are");
        QTest::newRow("catalog 1.3.0") << document("catalog", "1.3.0")
                                       << QStringLiteral("x.json: $.catalog.metadata.oscal-version: OSCAL 1.3.0 is not "
                                                         "read; catalogs of OSCAL 1.0 to 1.2 are");
        QTest::newRow("mapping collection 1.1.2")
            << document("mapping-collection", "1.1.2")
            << QStringLiteral("x.json: $.mapping-collection.metadata.oscal-version: OSCAL 1.1.2 is not read; mapping "
                              "collections are read in OSCAL 1.2");
        QTest::newRow("mapping collection 1.0.0")
            << document("mapping-collection", "1.0.0")
            << QStringLiteral("x.json: $.mapping-collection.metadata.oscal-version: OSCAL 1.0.0 is not read; mapping "
                              "collections are read in OSCAL 1.2");
    }

    void refusedDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<OscalDocument> result = OscalDocument::parse(json, QStringLiteral("x.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.message(), message);
    }

    void acceptedVersions_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<QByteArray>("version");
        QTest::newRow("catalog 1.0.0") << QByteArray("catalog") << QByteArray("1.0.0");
        QTest::newRow("catalog 1.0.4") << QByteArray("catalog") << QByteArray("1.0.4");
        QTest::newRow("catalog 1.1.2") << QByteArray("catalog") << QByteArray("1.1.2");
        QTest::newRow("catalog 1.2.0") << QByteArray("catalog") << QByteArray("1.2.0");
        QTest::newRow("catalog 1.2.0-rc1") << QByteArray("catalog") << QByteArray("1.2.0-rc1");
        QTest::newRow("mapping collection 1.2.0") << QByteArray("mapping-collection") << QByteArray("1.2.0");
    }

    void acceptedVersions()
    {
        QFETCH(QByteArray, model);
        QFETCH(QByteArray, version);
        const QByteArray json = "{\"$schema\": \"https://example.org/schema.json\", " + document(model, version).mid(1);
        const Result<OscalDocument> result = OscalDocument::parse(json, QStringLiteral("ok.json"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        const bool catalog = model == "catalog";
        QCOMPARE(result->model(), catalog ? OscalDocument::Model::Catalog : OscalDocument::Model::MappingCollection);
        QCOMPARE(result->version(), QString::fromLatin1(version));
        QCOMPARE(result->rootPath(), catalog ? QStringLiteral("$.catalog") : QStringLiteral("$.mapping-collection"));
        QCOMPARE(result->root().value(QStringLiteral("uuid")).toString(),
                 QStringLiteral("5c6e1a3e-2b7f-4d2c-9a51-0c1d2e3f4a5b"));
        QCOMPARE(result->sourceName(), QStringLiteral("ok.json"));
        QCOMPARE(result->error(QStringLiteral("$.catalog.groups[2].id"), QStringLiteral("a reason")),
                 QStringLiteral("ok.json: $.catalog.groups[2].id: a reason"));
    }

    void sizeLimit()
    {
        const QByteArray json = document("catalog", "1.2.0");
        QVERIFY(OscalDocument::parse(json, QStringLiteral("a.json"), json.size()).ok());
        const Result<OscalDocument> tooBig = OscalDocument::parse(json, QStringLiteral("a.json"), json.size() - 1);
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.message().startsWith(QStringLiteral("a.json: the document is ")), qPrintable(tooBig.message()));

        // A file over the limit is refused before it is read: this one is not even JSON, and the message
        // is about its size.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Result<OscalDocument> refused = OscalDocument::readFile(path, 4095);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().startsWith(path + QStringLiteral(": the file is ")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QStringLiteral("JSON")));
        // At the limit it is read (and found not to be JSON).
        const Result<OscalDocument> read = OscalDocument::readFile(path, 4096);
        QVERIFY(read.message().contains(QStringLiteral("not valid JSON")));
        QVERIFY2(read.message().startsWith(QStringLiteral("big.json: line 1")), qPrintable(read.message()));
    }

    void readFile()
    {
        const Result<OscalDocument> result = OscalDocument::readFile(dataPath(QStringLiteral("catalog-1.0.0.json")));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result->model(), OscalDocument::Model::Catalog);
        QCOMPARE(result->version(), QStringLiteral("1.0.0"));
        QCOMPARE(result->sourceName(), QStringLiteral("catalog-1.0.0.json"));

        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QCOMPARE(OscalDocument::readFile(missing).message(), missing + QStringLiteral(": no such file"));
        QCOMPARE(OscalDocument::readFile(dir.path()).message(), dir.path() + QStringLiteral(": not a file"));
    }

    void catalogUuid()
    {
        Framework framework;
        framework.code = QStringLiteral("JP-CRCSA");
        const QString derived = OscalDocument::catalogUuid(framework);
        QVERIFY(OscalDocument::isUuid(derived));
        QCOMPARE(derived.at(14), QLatin1Char('5')); // name-based, SHA-1
        QCOMPARE(OscalDocument::catalogUuid(framework), derived);
        QCOMPARE(derived, OscalDocument::stableUuid(QStringLiteral("framework:JP-CRCSA")));
        QCOMPARE(derived, derived.toLower());
        Framework other = framework;
        other.code = QStringLiteral("JP-CSS2025");
        QVERIFY(OscalDocument::catalogUuid(other) != derived);
        // The framework's own uuid is preferred (written in lower case); a malformed one is not used.
        framework.oscalUuid = QStringLiteral("613FCA2D-704A-42E7-8E2B-B206FB92B456");
        QCOMPARE(OscalDocument::catalogUuid(framework), QStringLiteral("613fca2d-704a-42e7-8e2b-b206fb92b456"));
        framework.oscalUuid = QStringLiteral("not-a-uuid");
        QCOMPARE(OscalDocument::catalogUuid(framework), derived);
    }

    void stableUuid()
    {
        const QString a = OscalDocument::stableUuid(QStringLiteral("mapping:1"));
        QCOMPARE(OscalDocument::stableUuid(QStringLiteral("mapping:1")), a);
        QVERIFY(OscalDocument::stableUuid(QStringLiteral("mapping:2")) != a);
        QVERIFY(OscalDocument::isUuid(a));
    }

    void isUuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << QStringLiteral("613fca2d-704a-42e7-8e2b-b206fb92b456") << true;
        QTest::newRow("upper") << QStringLiteral("613FCA2D-704A-42E7-8E2B-B206FB92B456") << true;
        QTest::newRow("braces") << QStringLiteral("{613fca2d-704a-42e7-8e2b-b206fb92b456}") << false;
        QTest::newRow("short") << QStringLiteral("613fca2d-704a-42e7-8e2b-b206fb92b45") << false;
        QTest::newRow("no dashes") << QStringLiteral("613fca2d704a42e78e2bb206fb92b456") << false;
        QTest::newRow("not hex") << QStringLiteral("613fca2d-704a-42e7-8e2b-b206fb92b45g") << false;
        QTest::newRow("space") << QStringLiteral(" 613fca2d-704a-42e7-8e2b-b206fb92b456") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isUuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(OscalDocument::isUuid(text), valid);
    }
};

QTEST_GUILESS_MAIN(TestOscalDocument)
#include "tst_oscaldocument.moc"
