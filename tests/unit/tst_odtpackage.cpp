// OdtPackage (DESIGN.md section 4): an ODT written by Qt's QTextDocumentWriter is read, changed and written
// again; the zip is valid (unzip -t checks every CRC), "mimetype" comes first and stored, the entries are those
// read except the changes (styles.xml with the marking in the header and footer of the page, meta.xml with the
// title and marking, both in the manifest); a truncated, garbage or damaged archive fails with a message.

#include "models/reports/OdtPackage.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QXmlStreamReader>
#include <QtTest>

using namespace crosswalk;

namespace {

const QByteArray MimetypeStart("mimetypeapplication/vnd.oasis.opendocument.text");

/// An ODT as Qt writes it.
QByteArray qtOdt()
{
    QTextDocument document;
    document.setHtml(QStringLiteral("<h1>Heading</h1><p>First paragraph with <b>bold</b> text.</p>"
                                    "<p>日本語の段落</p><ul><li>one</li><li>two</li></ul>"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return {};
    return buffer.data();
}

OdtMarking amberMarking()
{
    OdtMarking marking;
    marking.text = QStringLiteral("TLP:AMBER — <R&D> \"only\"");
    marking.foreground = QColor(0xFF, 0xC0, 0x00);
    marking.title = QStringLiteral("Brief <1> & more");
    marking.subject = QStringLiteral("Round 4");
    marking.author = QStringLiteral("Policy Planning");
    marking.language = QStringLiteral("ja");
    return marking;
}

/// Runs `unzip args...`; returns its exit code and puts its output in `output`.
int unzip(const QStringList& args, QByteArray* output = nullptr)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (program.isEmpty())
        return -1;
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000))
        return -2;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

QString saved(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("package.odt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// The text of the first element with that qualified name (and, when given, that meta:name attribute).
QString elementText(const QByteArray& xml, const QString& qualifiedName, const QString& metaName = {})
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.qualifiedName() == qualifiedName &&
            (metaName.isEmpty() || reader.attributes().value(QStringLiteral("meta:name")) == metaName))
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return QStringLiteral("<missing %1>").arg(qualifiedName);
}

} // namespace

class TestOdtPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtWrites();
    void roundTripKeepsEveryEntry();
    void markPagesAddsHeaderFooterAndMeta();
    void markPagesChangesAnExistingStylesXml();
    void damagedArchivesFail_data();
    void damagedArchivesFail();
};

void TestOdtPackage::readsWhatQtWrites()
{
    const QByteArray zip = qtOdt();
    QVERIFY(zip.startsWith("PK"));
    const Result<OdtPackage> package = OdtPackage::read(zip);
    QVERIFY2(package.ok(), qPrintable(package.message()));
    QVERIFY(package->contains(QStringLiteral("mimetype")));
    QVERIFY(package->contains(QStringLiteral("META-INF/manifest.xml")));
    QVERIFY(package->contains(QStringLiteral("content.xml")));
    QCOMPARE(package->data(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(QString::fromUtf8(package->data(QStringLiteral("content.xml"))).contains(QStringLiteral("日本語の段落")));
}

void TestOdtPackage::roundTripKeepsEveryEntry()
{
    const Result<OdtPackage> original = OdtPackage::read(qtOdt());
    QVERIFY2(original.ok(), qPrintable(original.message()));
    const Result<QByteArray> written = original->write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written->mid(30, MimetypeStart.size()), MimetypeStart);

    const Result<OdtPackage> again = OdtPackage::read(written.value());
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again->names(), original->names());
    for (const QString& name : original->names())
        QCOMPARE(again->data(name), original->data(name));

    QTemporaryDir dir;
    const QString path = saved(dir, written.value());
    QByteArray output;
    QCOMPARE(unzip({QStringLiteral("-t"), path}, &output), 0);
    QVERIFY2(output.contains("No errors detected"), output.constData());
}

void TestOdtPackage::markPagesAddsHeaderFooterAndMeta()
{
    const QByteArray zip = qtOdt();
    const Result<OdtPackage> original = OdtPackage::read(zip);
    QVERIFY2(original.ok(), qPrintable(original.message()));
    QVERIFY(!original->contains(QStringLiteral("styles.xml"))); // Qt 6.4 writes none: the package makes one
    OdtPackage package = original.value();
    const OdtMarking marking = amberMarking();
    const Status marked = package.markPages(marking);
    QVERIFY2(marked.ok(), qPrintable(marked.message()));
    const Result<QByteArray> written = package.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));

    // mimetype first, stored, no extra field: its name and contents at offset 30.
    QCOMPARE(written->mid(30, MimetypeStart.size()), MimetypeStart);
    QCOMPARE(written->at(8), char(0));  // compression method: stored
    QCOMPARE(written->at(28), char(0)); // extra field length

    QTemporaryDir dir;
    const QString path = saved(dir, written.value());
    QByteArray output;
    QCOMPARE(unzip({QStringLiteral("-t"), path}, &output), 0);
    QVERIFY2(output.contains("No errors detected"), output.constData());
    QCOMPARE(unzip({QStringLiteral("-Z1"), path}, &output), 0);
    QCOMPARE(QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts).constFirst(),
             QStringLiteral("mimetype"));

    // Entries: those read, unchanged except the manifest, plus styles.xml and meta.xml.
    const Result<OdtPackage> again = OdtPackage::read(written.value());
    QVERIFY2(again.ok(), qPrintable(again.message()));
    const QStringList expectedNames =
        original->names() + QStringList{QStringLiteral("styles.xml"), QStringLiteral("meta.xml")};
    QCOMPARE(again->names(), expectedNames);
    for (const QString& name : original->names()) {
        if (name != QLatin1String("META-INF/manifest.xml"))
            QCOMPARE(again->data(name), original->data(name));
    }
    const QString manifest = QString::fromUtf8(again->data(QStringLiteral("META-INF/manifest.xml")));
    QVERIFY2(manifest.contains(QStringLiteral("<manifest:file-entry manifest:full-path=\"meta.xml\" "
                                              "manifest:media-type=\"text/xml\"/>")),
             qPrintable(manifest));
    QVERIFY(manifest.contains(QStringLiteral("manifest:full-path=\"styles.xml\"")));
    QVERIFY(manifest.contains(QStringLiteral("manifest:full-path=\"content.xml\"")));
    QCOMPARE(manifest.count(QStringLiteral("<manifest:file-entry")), 4);

    // styles.xml: the escaped marking in the header and the footer of the Standard master page.
    const QByteArray styles = again->data(QStringLiteral("styles.xml"));
    QCOMPARE(elementText(styles, QStringLiteral("style:header")), marking.text);
    QCOMPARE(elementText(styles, QStringLiteral("style:footer")), marking.text);
    const QString stylesText = QString::fromUtf8(styles);
    QVERIFY(stylesText.contains(QStringLiteral("TLP:AMBER — &lt;R&amp;D&gt;")));
    QVERIFY(stylesText.contains(QStringLiteral("style:master-page style:name=\"Standard\"")));
    QVERIFY(stylesText.contains(QStringLiteral("<style:header-style>")));
    QVERIFY(stylesText.contains(QStringLiteral("<style:footer-style>")));
    QVERIFY(stylesText.contains(QStringLiteral("fo:color=\"#ffc000\"")));
    QVERIFY(stylesText.contains(QStringLiteral("fo:background-color=\"#000000\"")));
    QVERIFY(stylesText.contains(QStringLiteral("fo:text-align=\"center\"")));

    // meta.xml: generator, title, subject, author, language, keyword and the user-defined Marking.
    const QByteArray meta = again->data(QStringLiteral("meta.xml"));
    QCOMPARE(elementText(meta, QStringLiteral("meta:generator")), QStringLiteral("Crosswalk"));
    QCOMPARE(elementText(meta, QStringLiteral("dc:title")), marking.title);
    QCOMPARE(elementText(meta, QStringLiteral("dc:subject")), marking.subject);
    QCOMPARE(elementText(meta, QStringLiteral("meta:initial-creator")), marking.author);
    QCOMPARE(elementText(meta, QStringLiteral("dc:language")), QStringLiteral("ja"));
    QCOMPARE(elementText(meta, QStringLiteral("meta:keyword")), marking.text);
    QCOMPARE(elementText(meta, QStringLiteral("meta:user-defined"), QStringLiteral("Marking")), marking.text);

    // unzip reads the same bytes back.
    QCOMPARE(unzip({QStringLiteral("-p"), path, QStringLiteral("meta.xml")}, &output), 0);
    QCOMPARE(output, meta);
}

void TestOdtPackage::markPagesChangesAnExistingStylesXml()
{
    Result<OdtPackage> package = OdtPackage::read(qtOdt());
    QVERIFY2(package.ok(), qPrintable(package.message()));
    const QByteArray styles(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
        "<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties "
        "fo:page-width=\"21cm\"/><style:header-style/></style:page-layout></office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
        "<style:header><text:p>Old header</text:p></style:header></style:master-page>"
        "<style:master-page style:name=\"Landscape\" style:page-layout-name=\"pm1\"/></office:master-styles>"
        "</office:document-styles>");
    package.value().setData(QStringLiteral("styles.xml"), styles);
    const Status marked = package.value().markPages(amberMarking());
    QVERIFY2(marked.ok(), qPrintable(marked.message()));

    const QByteArray result = package->data(QStringLiteral("styles.xml"));
    QXmlStreamReader reader(result);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + QLatin1Char('\n') + QString::fromUtf8(result)));
    const QString text = QString::fromUtf8(result);
    QVERIFY(!text.contains(QStringLiteral("Old header")));
    QCOMPARE(text.count(QStringLiteral("<style:header>")), 2); // both master pages
    QCOMPARE(text.count(QStringLiteral("<style:footer>")), 2);
    QCOMPARE(text.count(QStringLiteral("TLP:AMBER — &lt;R&amp;D&gt;")), 4);
    QCOMPARE(text.count(QStringLiteral("<style:header-style>")), 1); // the empty one replaced
    QVERIFY(!text.contains(QStringLiteral("<style:header-style/>")));
    QCOMPARE(text.count(QStringLiteral("<style:footer-style>")), 1);
    QCOMPARE(text.count(QStringLiteral("style:name=\"CrosswalkMarkingText\"")), 1);
}

void TestOdtPackage::damagedArchivesFail_data()
{
    const QByteArray zip = qtOdt();
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray(4096, 'x');
    QTest::newRow("truncated") << zip.left(zip.size() / 2);
    QTest::newRow("without end record") << zip.left(zip.size() - 10);
    // A byte of content.xml's deflated data changed: the data no longer inflates, or its CRC is wrong.
    QByteArray damaged = zip;
    const qsizetype content = damaged.indexOf("content.xml") + 11;
    damaged[content + 20] = char(damaged.at(content + 20) ^ 0x5A);
    QTest::newRow("damaged data") << damaged;
    // A central directory that points beyond the file.
    QByteArray pointing = zip;
    const qsizetype end = pointing.lastIndexOf(QByteArray("PK\x05\x06", 4));
    pointing[end + 19] = char(0x7F);
    QTest::newRow("directory outside the file") << pointing;
}

void TestOdtPackage::damagedArchivesFail()
{
    QFETCH(QByteArray, bytes);
    const Result<OdtPackage> package = OdtPackage::read(bytes);
    QVERIFY(!package.ok());
    QVERIFY2(package.message().startsWith(QStringLiteral("The OpenDocument package is damaged: ")),
             qPrintable(package.message()));
}

QTEST_MAIN(TestOdtPackage)
#include "tst_odtpackage.moc"
