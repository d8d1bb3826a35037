// DocumentWriter (DESIGN.md sections 4 and 5): a laid-out document written as PDF (A4 and Letter, read back
// with QtPdf: the marking at the top and bottom of every page, page numbers in the document's language,
// Japanese glyphs, page size, title and marking in the metadata), ODT (a valid zip with the marking as first
// and last paragraph, in the header and footer of the page (styles.xml) and in meta.xml with the title) and
// HTML (title, marking meta tag, banners, escaped user text); failures name the file and leave nothing
// behind; a cancel leaves no file; Japanese documents are refused when no Japanese font is installed.

#include "models/reports/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <unistd.h>

using namespace crosswalk;

Q_DECLARE_METATYPE(PaperSize)
Q_DECLARE_METATYPE(DocumentFormat)
Q_DECLARE_METATYPE(DocumentLanguage)

namespace {

const QString UserText = QStringLiteral("<b>x</b>");
const QString JapaneseText = QStringLiteral("日本語の段落: サイバー防衛に関する対話");
const QString Marking = QStringLiteral("TLP:AMBER");

/// The test's own composition of a brief-like document of several pages; user text is escaped here, as the
/// brief builder does, and the writer must print it as it stands.
void compose(QTextDocument& document)
{
    QString html = QStringLiteral("<h1>Japan-NATO cyber dialogue</h1>");
    for (int i = 1; i <= 30; ++i) {
        html += QStringLiteral("<p>Paragraph %1. The delegation will raise the follow-up of the commitments agreed "
                               "at the previous round, the open gaps in critical infrastructure protection and the "
                               "schedule of the next joint exercise.</p>")
                    .arg(i);
    }
    html += QStringLiteral("<p>") + JapaneseText.toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<table border=\"1\" cellpadding=\"3\"><thead><tr><th>Commitment</th><th>Status</th>"
                           "<th>Due</th></tr></thead><tbody>");
    for (int i = 1; i <= 40; ++i) {
        html += QStringLiteral("<tr><td>Commitment %1 on information sharing</td><td>in progress</td>"
                               "<td>2026-%2-01</td></tr>")
                    .arg(i)
                    .arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p>User title: ") + UserText.toHtmlEscaped() + QStringLiteral("</p>");
    document.setHtml(html);
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
}

DocumentMeta englishMeta()
{
    DocumentMeta meta;
    meta.title = QStringLiteral("Dialogue brief ") + UserText;
    meta.author = QStringLiteral("Policy Planning");
    meta.subject = QStringLiteral("Japan-NATO cyber dialogue, round 4");
    meta.markingText = Marking;
    meta.marking = Tlp::Amber;
    meta.language = DocumentLanguage::English;
    return meta;
}

DocumentMeta japaneseMeta(DocumentLanguage language)
{
    DocumentMeta meta = englishMeta();
    meta.title = QStringLiteral("日NATOサイバー対話 対処方針");
    meta.language = language;
    return meta;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The text of every page of a PDF. Qt's PDF engine maps each glyph back to the lowest code point that the
/// font's character map gives it, so an ideograph that is also a Kangxi radical (日, 方) reads back as the
/// radical (U+2F47, U+2F45), which looks the same; compatibility normalisation (NFKC) folds it back.
QStringList pageTexts(QPdfDocument& pdf)
{
    QStringList texts;
    for (int page = 0; page < pdf.pageCount(); ++page)
        texts << pdf.getAllText(page).text().normalized(QString::NormalizationForm_KC);
    return texts;
}

/// The text with line breaks folded to spaces, as PDF text extraction puts them between lines.
QString folded(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s+"));
    return text.replace(breaks, QStringLiteral(" "));
}

} // namespace

class TestDocumentWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pageLabels();
    void pdf_data();
    void pdf();
    void pdfXmpMetadataCarriesTheMarking();
    void japanesePdf_data();
    void japanesePdf();
    void progressReportsEveryPage();
    void cancelAfterFirstPageLeavesNoFile();
    void cancelKeepsAnExistingFile();
    void odt();
    void html();
    void writeDispatchesByFormat_data();
    void writeDispatchesByFormat();
    void callerDocumentIsUnchanged();
    void unwritableFolder_data();
    void unwritableFolder();
    void noJapaneseFont_data();
    void noJapaneseFont();
};

void TestDocumentWriter::initTestCase()
{
    // The Japanese checks need fonts-noto-cjk (scripts/install-deps.sh): without it they would only see the
    // refusal.
    QVERIFY2(DocumentWriter::hasJapaneseFont(), "no Japanese font: install fonts-noto-cjk");
    QVERIFY(!DocumentWriter::japaneseFontFamily().isEmpty());
}

void TestDocumentWriter::cleanup()
{
    qunsetenv("CROSSWALK_ASSUME_NO_CJK_FONT");
}

void TestDocumentWriter::pageLabels()
{
    QCOMPARE(DocumentWriter::pageLabel(DocumentLanguage::English, 2, 5), QStringLiteral("Page 2 of 5"));
    QCOMPARE(DocumentWriter::pageLabel(DocumentLanguage::Japanese, 2, 5), QStringLiteral("2 / 5 ページ"));
    const QString bilingual = DocumentWriter::pageLabel(DocumentLanguage::Bilingual, 2, 5);
    QVERIFY2(bilingual.contains(QStringLiteral("Page 2 of 5")), qPrintable(bilingual));
    QVERIFY2(bilingual.contains(QStringLiteral("2 / 5 ページ")), qPrintable(bilingual));
}

void TestDocumentWriter::pdf_data()
{
    QTest::addColumn<PaperSize>("paper");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("a4") << PaperSize::A4 << QSizeF(595.3, 841.9);
    QTest::newRow("letter") << PaperSize::Letter << QSizeF(612, 792);
}

void TestDocumentWriter::pdf()
{
    QFETCH(PaperSize, paper);
    QFETCH(QSizeF, points);
    QTextDocument document;
    compose(document);
    const DocumentMeta meta = englishMeta();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));

    const Status status = DocumentWriter::writePdf(document, meta, paper, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("brief.pdf")});

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const int pageCount = pdf.pageCount();
    QVERIFY2(pageCount > 1, qPrintable(QString::number(pageCount)));
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(), meta.title);
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Creator).toString(), QStringLiteral("Crosswalk"));

    const QStringList texts = pageTexts(pdf);
    for (int page = 0; page < pageCount; ++page) {
        const QString text = folded(texts.at(page));
        // The banner at the top and at the bottom of every page, and nowhere else.
        QCOMPARE(text.count(Marking), 2);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount)), qPrintable(text));
        // The title, with the user's markup printed as it stands, in the header.
        QVERIFY2(text.contains(meta.title), qPrintable(text));
        const QSizeF size = pdf.pagePointSize(page);
        QVERIFY2(qAbs(size.width() - points.width()) <= 1 && qAbs(size.height() - points.height()) <= 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    }
    const QString all = folded(texts.join(QLatin1Char(' ')));
    QVERIFY2(all.contains(QStringLiteral("Japan-NATO cyber dialogue")), qPrintable(all.left(500)));
    QVERIFY(all.contains(QStringLiteral("Paragraph 30.")));
    QVERIFY(all.contains(QStringLiteral("Commitment 40 on information sharing")));
    QVERIFY2(all.contains(JapaneseText), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("User title: <b>x</b>")));
    QVERIFY(!all.contains(QStringLiteral("&lt;")));
}

void TestDocumentWriter::pdfXmpMetadataCarriesTheMarking()
{
    QTextDocument document;
    compose(document);
    const DocumentMeta meta = englishMeta();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    const Status status = DocumentWriter::writePdf(document, meta, PaperSize::A4, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));

    // The XMP metadata stream is stored uncompressed: its text is in the file as written.
    const QByteArray bytes = readAll(path);
    const qsizetype begin = bytes.indexOf("<?xpacket begin=");
    const qsizetype end = bytes.indexOf("<?xpacket end=\"w\"?>");
    QVERIFY(begin > 0);
    QVERIFY(end > begin);
    const QString xmp = QString::fromUtf8(bytes.mid(begin, end - begin));
    QVERIFY2(xmp.contains(QStringLiteral("<pdf:Keywords>TLP:AMBER</pdf:Keywords>")), qPrintable(xmp));
    QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>TLP:AMBER</rdf:li>")), qPrintable(xmp)); // dc:subject
    QVERIFY2(xmp.contains(QStringLiteral("<rdf:li xml:lang=\"x-default\">Dialogue brief &lt;b&gt;x&lt;/b&gt;"
                                         "</rdf:li>")),
             qPrintable(xmp)); // dc:title, escaped as XML
    QVERIFY2(xmp.contains(QStringLiteral("<rdf:li>Policy Planning</rdf:li>")), qPrintable(xmp)); // dc:creator
    QVERIFY2(xmp.contains(QStringLiteral("<xmp:CreatorTool>Crosswalk</xmp:CreatorTool>")), qPrintable(xmp));
    QVERIFY(bytes.contains("/Type /Metadata"));
}

void TestDocumentWriter::japanesePdf_data()
{
    QTest::addColumn<DocumentLanguage>("language");
    QTest::addColumn<QString>("firstPageLabel");
    QTest::newRow("ja") << DocumentLanguage::Japanese << QStringLiteral("1 / %1 ページ");
    QTest::newRow("en+ja") << DocumentLanguage::Bilingual << QStringLiteral("Page 1 of %1");
}

void TestDocumentWriter::japanesePdf()
{
    QFETCH(DocumentLanguage, language);
    QFETCH(QString, firstPageLabel);
    QTextDocument document;
    compose(document);
    const DocumentMeta meta = japaneseMeta(language);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief-ja.pdf"));

    const Status status = DocumentWriter::writePdf(document, meta, PaperSize::A4, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() > 1);
    QCOMPARE(pdf.metaData(QPdfDocument::MetaDataField::Title).toString(), meta.title);
    const QStringList texts = pageTexts(pdf);
    for (int page = 0; page < pdf.pageCount(); ++page) {
        const QString text = folded(texts.at(page));
        QCOMPARE(text.count(Marking), 2);
        // Japanese page numbers on every page (bilingual documents carry both forms).
        QVERIFY2(text.contains(QStringLiteral("%1 / %2 ページ").arg(page + 1).arg(pdf.pageCount())), qPrintable(text));
        QVERIFY2(text.contains(meta.title), qPrintable(text));
    }
    QVERIFY2(folded(texts.constFirst()).contains(firstPageLabel.arg(pdf.pageCount())), qPrintable(texts.constFirst()));
    const QString all = folded(texts.join(QLatin1Char(' ')));
    QVERIFY(all.contains(JapaneseText));
    // Latin text keeps a Latin face: its digits can be searched and copied.
    QVERIFY2(all.contains(QStringLiteral("Paragraph 30.")), qPrintable(all.left(1000)));
    QVERIFY(all.contains(QStringLiteral("Commitment 40 on information sharing")));
}

void TestDocumentWriter::progressReportsEveryPage()
{
    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    QList<QPair<int, int>> calls;
    const Status status =
        DocumentWriter::writePdf(document, englishMeta(), PaperSize::A4, dir.filePath(QStringLiteral("brief.pdf")),
                                 [&calls](int page, int pageCount) {
                                     calls.append({page, pageCount});
                                     return true;
                                 });
    QVERIFY2(status.ok(), qPrintable(status.message()));

    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir.filePath(QStringLiteral("brief.pdf"))), QPdfDocument::Error::None);
    QList<QPair<int, int>> expected;
    for (int page = 1; page <= pdf.pageCount(); ++page)
        expected.append({page, pdf.pageCount()});
    QCOMPARE(calls, expected);
}

void TestDocumentWriter::cancelAfterFirstPageLeavesNoFile()
{
    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    int calls = 0;
    const Status status = DocumentWriter::writePdf(document, englishMeta(), PaperSize::A4,
                                                   dir.filePath(QStringLiteral("brief.pdf")), [&calls](int page, int) {
                                                       ++calls;
                                                       return page < 1;
                                                   });
    QVERIFY(!status.ok());
    QCOMPARE(status.message(), QStringLiteral("Cancelled"));
    QCOMPARE(calls, 1);
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestDocumentWriter::cancelKeepsAnExistingFile()
{
    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    {
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous brief");
    }
    const Status status =
        DocumentWriter::writePdf(document, englishMeta(), PaperSize::A4, path, [](int, int) { return false; });
    QCOMPARE(status.message(), QStringLiteral("Cancelled"));
    QCOMPARE(readAll(path), QByteArray("previous brief"));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("brief.pdf")});
}

void TestDocumentWriter::odt()
{
    QTextDocument document;
    compose(document);
    const DocumentMeta meta = englishMeta();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.odt"));

    const Status status = DocumentWriter::writeOdt(document, meta, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("brief.odt")});
    QVERIFY(readAll(path).startsWith("PK"));

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    QVERIFY2(!unzip.isEmpty(), "unzip is needed to read the ODT back (scripts/install-deps.sh)");
    QProcess process;
    process.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString content = QString::fromUtf8(process.readAllStandardOutput());
    // The marking is the first and the last paragraph.
    QCOMPARE(content.count(Marking), 2);
    const qsizetype firstMarking = content.indexOf(Marking);
    const qsizetype lastMarking = content.lastIndexOf(Marking);
    QVERIFY(firstMarking < content.indexOf(QStringLiteral("Japan-NATO cyber dialogue")));
    QVERIFY(lastMarking > content.indexOf(QStringLiteral("User title:")));
    QVERIFY(content.contains(QStringLiteral("User title: &lt;b&gt;x&lt;/b&gt;")));
    QVERIFY(content.contains(JapaneseText));
    // The caller's document is not the one that got the banners.
    QVERIFY(!document.toPlainText().contains(Marking));

    // Every page: the marking in the header and the footer of the master page (styles.xml).
    process.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString styles = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression header(QStringLiteral("<style:header>(.*)</style:header>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression footer(QStringLiteral("<style:footer>(.*)</style:footer>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(header.match(styles).captured(1).contains(Marking), qPrintable(styles));
    QVERIFY2(footer.match(styles).captured(1).contains(Marking), qPrintable(styles));
    QVERIFY(styles.contains(QStringLiteral("<style:master-page style:name=\"Standard\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:color=\"#ffc000\"")));

    // The metadata: title (escaped once), author, language and the marking.
    process.start(unzip, {QStringLiteral("-p"), path, QStringLiteral("meta.xml")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString metaXml = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(metaXml.contains(QStringLiteral("<dc:title>Dialogue brief &lt;b&gt;x&lt;/b&gt;</dc:title>")),
             qPrintable(metaXml));
    QVERIFY(metaXml.contains(QStringLiteral("<meta:keyword>TLP:AMBER</meta:keyword>")));
    QVERIFY(metaXml.contains(QStringLiteral("<meta:user-defined meta:name=\"Marking\">TLP:AMBER</meta:user-defined>")));
    QVERIFY(metaXml.contains(QStringLiteral("<meta:initial-creator>Policy Planning</meta:initial-creator>")));
    QVERIFY(metaXml.contains(QStringLiteral("<dc:language>en</dc:language>")));

    // A valid package: every CRC checks, and mimetype comes first and stored.
    process.start(unzip, {QStringLiteral("-t"), path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(readAll(path).mid(30, 47), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
}

void TestDocumentWriter::html()
{
    QTextDocument document;
    compose(document);
    const DocumentMeta meta = englishMeta();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.html"));

    const Status status = DocumentWriter::writeHtml(document, meta, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("brief.html")});

    const QString html = QString::fromUtf8(readAll(path));
    const qsizetype headEnd = html.indexOf(QStringLiteral("</head>"));
    QVERIFY(headEnd > 0);
    const QString head = html.left(headEnd);
    const QString body = html.mid(headEnd);
    QCOMPARE(head.count(QStringLiteral("<title>")), 1);
    QVERIFY2(head.contains(QStringLiteral("<title>Dialogue brief &lt;b&gt;x&lt;/b&gt;</title>")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("<meta name=\"marking\" content=\"TLP:AMBER\" />")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("<meta name=\"author\" content=\"Policy Planning\" />")), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("<meta name=\"generator\" content=\"Crosswalk\" />")), qPrintable(head));
    QVERIFY(head.contains(QStringLiteral("charset=\"utf-8\"")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));

    // Banner at the top and at the bottom of the body, in TLP:AMBER colours.
    QCOMPARE(body.count(Marking), 2);
    QVERIFY(body.indexOf(Marking) < body.indexOf(QStringLiteral("Japan-NATO cyber dialogue")));
    QVERIFY(body.lastIndexOf(Marking) > body.indexOf(QStringLiteral("User title:")));
    QVERIFY2(body.contains(QStringLiteral("color:#ffc000")), qPrintable(body.left(2000)));
    QVERIFY(body.contains(QStringLiteral("background-color:#000000")));
    // User text stays escaped exactly once; Japanese is written as UTF-8.
    QVERIFY(body.contains(QStringLiteral("User title: &lt;b&gt;x&lt;/b&gt;")));
    QVERIFY(!body.contains(QStringLiteral("<b>x</b>")));
    QVERIFY(!body.contains(QStringLiteral("&amp;lt;")));
    QVERIFY(body.contains(JapaneseText));
}

void TestDocumentWriter::writeDispatchesByFormat_data()
{
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << DocumentFormat::Pdf << QByteArray("%PDF-");
    QTest::newRow("odt") << DocumentFormat::Odt << QByteArray("PK");
    QTest::newRow("html") << DocumentFormat::Html << QByteArray("<!DOCTYPE");
}

void TestDocumentWriter::writeDispatchesByFormat()
{
    QFETCH(DocumentFormat, format);
    QFETCH(QByteArray, start);
    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.") + BriefRequest::suffix(format));
    const Status status = DocumentWriter::write(document, englishMeta(), format, PaperSize::Letter, path);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    QVERIFY(readAll(path).startsWith(start));
    QCOMPARE(entries(dir.path()).size(), 1);
}

void TestDocumentWriter::callerDocumentIsUnchanged()
{
    QTextDocument document;
    compose(document);
    const QString before = document.toHtml();
    const QSizeF pageSize = document.pageSize();
    const int blockCount = document.blockCount();
    QTemporaryDir dir;
    QVERIFY(DocumentWriter::writePdf(document, japaneseMeta(DocumentLanguage::Japanese), PaperSize::A4,
                                     dir.filePath(QStringLiteral("a.pdf")))
                .ok());
    QVERIFY(DocumentWriter::writeOdt(document, englishMeta(), dir.filePath(QStringLiteral("a.odt"))).ok());
    QVERIFY(DocumentWriter::writeHtml(document, englishMeta(), dir.filePath(QStringLiteral("a.html"))).ok());
    QCOMPARE(document.toHtml(), before);
    QCOMPARE(document.pageSize(), pageSize);
    QCOMPARE(document.blockCount(), blockCount);
    QVERIFY(document.metaInformation(QTextDocument::DocumentTitle).isEmpty());
}

void TestDocumentWriter::unwritableFolder_data()
{
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<bool>("readOnlyFolder");
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html}) {
        const QByteArray suffix = BriefRequest::suffix(format).toLatin1();
        // A folder path that runs through a regular file cannot be written by anyone.
        QTest::addRow("not a folder, %s", suffix.constData()) << format << false;
        // A read-only folder stops everyone but root (who may be running the tests in a container).
        if (::geteuid() != 0)
            QTest::addRow("read-only folder, %s", suffix.constData()) << format << true;
    }
}

void TestDocumentWriter::unwritableFolder()
{
    QFETCH(DocumentFormat, format);
    QFETCH(bool, readOnlyFolder);
    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    QString folder;
    if (readOnlyFolder) {
        folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else {
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        folder = blocker.fileName();
    }
    const QString path = folder + QStringLiteral("/brief.") + BriefRequest::suffix(format);

    const Status status = DocumentWriter::write(document, englishMeta(), format, PaperSize::A4, path);
    if (readOnlyFolder) {
        QStringList left = entries(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(left, QStringList());
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.message().startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(status.message()));
    QVERIFY2(status.message().size() > QStringLiteral("Cannot write %1: ").arg(path).size(),
             qPrintable(status.message()));
    QVERIFY(!QFileInfo::exists(path));
    if (!readOnlyFolder) {
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("blocker")});
        QCOMPARE(readAll(folder), QByteArray("not a folder"));
    }
}

void TestDocumentWriter::noJapaneseFont_data()
{
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<DocumentLanguage>("language");
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html}) {
        const QByteArray suffix = BriefRequest::suffix(format).toLatin1();
        QTest::addRow("ja, %s", suffix.constData()) << format << DocumentLanguage::Japanese;
        QTest::addRow("en+ja, %s", suffix.constData()) << format << DocumentLanguage::Bilingual;
    }
}

void TestDocumentWriter::noJapaneseFont()
{
    QFETCH(DocumentFormat, format);
    QFETCH(DocumentLanguage, language);
    qputenv("CROSSWALK_ASSUME_NO_CJK_FONT", "1");
    QVERIFY(!DocumentWriter::hasJapaneseFont());
    QVERIFY(DocumentWriter::japaneseFontFamily().isEmpty());
    QVERIFY(DocumentWriter::checkLanguage(DocumentLanguage::English).ok());

    QTextDocument document;
    compose(document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.") + BriefRequest::suffix(format));
    const QString expected = QStringLiteral("No font for Japanese is installed (install fonts-noto-cjk); Japanese "
                                            "documents are not written to avoid empty boxes.");
    const Status status = DocumentWriter::write(document, japaneseMeta(language), format, PaperSize::A4, path);
    QVERIFY(!status.ok());
    QCOMPARE(status.message(), expected);
    QCOMPARE(DocumentWriter::checkLanguage(language).message(), expected);
    QCOMPARE(entries(dir.path()), QStringList());

    // English documents are still written.
    QVERIFY(DocumentWriter::write(document, englishMeta(), format, PaperSize::A4, path).ok());
    QVERIFY(QFileInfo::exists(path));
}

QTEST_MAIN(TestDocumentWriter)
#include "tst_documentwriter.moc"
