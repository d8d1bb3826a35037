#include "models/reports/DocumentWriter.h"

#include "models/reports/OdtPackage.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextList>
#include <QXmlStreamWriter>

#include <memory>

namespace crosswalk {

namespace {

constexpr int PdfResolution = 300; // dots per inch of the PDF's device coordinates
constexpr qreal MillimetresPerInch = 25.4;
const char* const CreatorName = "Crosswalk";

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The banner text: the document's marking line, or the bare TLP label when the caller gave none.
QString bannerText(const DocumentMeta& meta)
{
    return meta.markingText.isEmpty() ? QStringLiteral("TLP:") + toKey(meta.marking) : meta.markingText;
}

/// TLP 2.0 label colours (coloured text on black).
QColor tlpColour(Tlp tlp)
{
    switch (tlp) {
    case Tlp::Clear:
        return QColor(0xFF, 0xFF, 0xFF);
    case Tlp::Green:
        return QColor(0x33, 0xFF, 0x00);
    case Tlp::Amber:
    case Tlp::AmberStrict:
        return QColor(0xFF, 0xC0, 0x00);
    case Tlp::Red:
        return QColor(0xFF, 0x2B, 0x2B);
    }
    return QColor(Qt::white);
}

bool needsJapanese(DocumentLanguage language)
{
    return language != DocumentLanguage::English;
}

/// A font whose family list ends with the Japanese family for Japanese and bilingual documents.
QFont withJapaneseFallback(QFont font, DocumentLanguage language)
{
    if (!needsJapanese(language))
        return font;
    const QString japanese = DocumentWriter::japaneseFontFamily();
    if (japanese.isEmpty())
        return font;
    // Latin letters and digits stay with a Latin face, named by the face it resolves to (a fontconfig alias such
    // as "Sans Serif" in a family list is not resolved and would hand everything to the Japanese face). Qt's PDF
    // engine maps glyphs back to text through the font's character map only, and the CJK faces shape digits in
    // Latin runs to glyphs outside it: with them the digits of "Paragraph 1" could not be searched or copied.
    QStringList families{QFontInfo(font).family()};
    for (const QString& family : font.families().isEmpty() ? QStringList{font.family()} : font.families()) {
        if (!families.contains(family))
            families << family;
    }
    families.removeAll(japanese);
    families << japanese;
    font.setFamilies(families);
    return font;
}

/// The copy that is written: the caller's document is never changed.
std::unique_ptr<QTextDocument> preparedCopy(const QTextDocument& document, const DocumentMeta& meta)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->setDefaultFont(withJapaneseFallback(copy->defaultFont(), meta.language));
    return copy;
}

QTextBlockFormat bannerBlockFormat()
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(6);
    format.setBottomMargin(6);
    return format;
}

QTextCharFormat bannerCharFormat(const DocumentMeta& meta)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setForeground(tlpColour(meta.marking));
    format.setBackground(QColor(Qt::black));
    return format;
}

/// Puts the marking as the first and the last paragraph (ODT and HTML have no painted page header or footer).
/// The text goes in as plain text: nothing in it is interpreted as markup.
void insertBanners(QTextDocument& document, const DocumentMeta& meta)
{
    const QString text = bannerText(meta);
    const QTextBlockFormat blockFormat = bannerBlockFormat();
    const QTextCharFormat charFormat = bannerCharFormat(meta);

    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::Start);
    // Split before the first block so that it keeps its own format (a heading stays a heading), then turn the
    // new empty block in front of it into the banner.
    const QTextBlock first = cursor.block();
    cursor.insertBlock(first.blockFormat(), first.charFormat());
    cursor.movePosition(QTextCursor::Start);
    if (QTextList* list = cursor.currentList())
        list->remove(cursor.block());
    cursor.setBlockFormat(blockFormat);
    cursor.setBlockCharFormat(charFormat);
    cursor.insertText(text, charFormat);

    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(blockFormat, charFormat);
    if (QTextList* list = cursor.currentList())
        list->remove(cursor.block());
    cursor.insertText(text, charFormat);
}

/// The ODT package as Qt wrote it, with the marking in the header and footer of every page and in meta.xml.
Result<QByteArray> markedOdt(const QByteArray& archive, const DocumentMeta& meta)
{
    Result<OdtPackage> package = OdtPackage::read(archive);
    if (!package)
        return package.status();
    OdtMarking marking;
    marking.text = bannerText(meta);
    marking.foreground = tlpColour(meta.marking);
    marking.title = meta.title;
    marking.subject = meta.subject;
    marking.author = meta.author;
    marking.language = meta.language == DocumentLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    if (Status marked = package.value().markPages(marking); !marked)
        return marked;
    return package.value().write();
}

/// The XMP packet of a PDF: title, author, description, and the marking as keyword, subject and rights.
QByteArray xmpPacket(const DocumentMeta& meta)
{
    const QString x = QStringLiteral("adobe:ns:meta/");
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    const QString marking = bannerText(meta);

    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("begin=\"") + QChar(0xFEFF) +
                                                                  QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(x, QStringLiteral("x"));
    xml.writeStartElement(x, QStringLiteral("xmpmeta"));
    xml.writeNamespace(rdf, QStringLiteral("rdf"));
    xml.writeStartElement(rdf, QStringLiteral("RDF"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(pdf, QStringLiteral("pdf"));
    xml.writeNamespace(xmp, QStringLiteral("xmp"));
    xml.writeStartElement(rdf, QStringLiteral("Description"));
    xml.writeAttribute(rdf, QStringLiteral("about"), QString());

    // dc:title, dc:description and dc:rights are language alternatives; dc:creator an ordered list and
    // dc:subject (the keywords) an unordered bag.
    const auto container = [&](const QString& property, const QString& kind, const QString& value) {
        xml.writeStartElement(dc, property);
        xml.writeStartElement(rdf, kind);
        xml.writeStartElement(rdf, QStringLiteral("li"));
        if (kind == QLatin1String("Alt"))
            xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    };
    container(QStringLiteral("title"), QStringLiteral("Alt"), meta.title);
    if (!meta.author.isEmpty())
        container(QStringLiteral("creator"), QStringLiteral("Seq"), meta.author);
    container(QStringLiteral("description"), QStringLiteral("Alt"),
              meta.subject.isEmpty() ? marking : meta.subject + QStringLiteral(" (") + marking + QLatin1Char(')'));
    container(QStringLiteral("subject"), QStringLiteral("Bag"), marking);
    container(QStringLiteral("rights"), QStringLiteral("Alt"), marking);
    xml.writeTextElement(pdf, QStringLiteral("Keywords"), marking);
    xml.writeTextElement(xmp, QStringLiteral("CreatorTool"), QString::fromLatin1(CreatorName));
    xml.writeTextElement(xmp, QStringLiteral("CreateDate"), QDateTime::currentDateTime().toString(Qt::ISODate));

    xml.writeEndElement(); // rdf:Description
    xml.writeEndElement(); // rdf:RDF
    xml.writeEndElement(); // x:xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return packet;
}

/// Where things go on a page, in device pixels (origin: the top left of the device's paintable area).
struct PageGeometry
{
    qreal millimetre = 0;
    QFont bannerFont;
    QFont labelFont;
    QRectF topBanner;
    QRectF title;
    qreal headerRule = 0;
    qreal footerRule = 0;
    QRectF pageNumber;
    QRectF bottomBanner;
    QRectF body;
};

PageGeometry pageGeometry(const QTextDocument& document, const DocumentMeta& meta, QPaintDevice& device)
{
    PageGeometry g;
    g.millimetre = device.logicalDpiY() / MillimetresPerInch;
    const qreal mm = g.millimetre;
    const qreal width = device.width();
    const qreal height = device.height();

    QFont base = withJapaneseFallback(document.defaultFont(), meta.language);
    g.bannerFont = base;
    g.bannerFont.setPointSizeF(9.5);
    g.bannerFont.setBold(true);
    g.labelFont = base;
    g.labelFont.setPointSizeF(8);
    g.labelFont.setBold(false);
    const QFontMetricsF banner(g.bannerFont, &device);
    const QFontMetricsF label(g.labelFont, &device);

    const qreal boxWidth = qMin(width, banner.horizontalAdvance(bannerText(meta)) + 5 * mm);
    const qreal boxHeight = banner.height() + 1.6 * mm;
    const qreal lineHeight = label.height();
    const qreal gap = 1.5 * mm;
    const qreal band = boxHeight + gap + lineHeight + 2 * gap;

    g.topBanner = QRectF((width - boxWidth) / 2, 0, boxWidth, boxHeight);
    g.title = QRectF(0, boxHeight + gap, width, lineHeight);
    g.headerRule = g.title.bottom() + gap / 2;
    g.bottomBanner = QRectF((width - boxWidth) / 2, height - boxHeight, boxWidth, boxHeight);
    g.pageNumber = QRectF(0, g.bottomBanner.top() - gap - lineHeight, width, lineHeight);
    g.footerRule = g.pageNumber.top() - gap / 2;
    g.body = QRectF(0, band, width, height - 2 * band);
    return g;
}

void drawBanner(QPainter& painter, const PageGeometry& g, const QRectF& box, const DocumentMeta& meta)
{
    painter.fillRect(box, Qt::black);
    painter.setFont(g.bannerFont);
    painter.setPen(tlpColour(meta.marking));
    const QFontMetricsF metrics(g.bannerFont, painter.device());
    const QString text = metrics.elidedText(bannerText(meta), Qt::ElideRight, box.width() - 2 * g.millimetre);
    painter.drawText(box, Qt::AlignCenter, text);
}

void drawHeaderAndFooter(QPainter& painter, const PageGeometry& g, const DocumentMeta& meta, int page, int pageCount)
{
    painter.save();
    drawBanner(painter, g, g.topBanner, meta);
    drawBanner(painter, g, g.bottomBanner, meta);

    painter.setFont(g.labelFont);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const QFontMetricsF metrics(g.labelFont, painter.device());
    const QString pageText = DocumentWriter::pageLabel(meta.language, page, pageCount);
    painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(meta.title, Qt::ElideRight, g.title.width()));
    painter.drawText(g.pageNumber, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.2 * g.millimetre));
    painter.drawLine(QPointF(0, g.headerRule), QPointF(g.title.width(), g.headerRule));
    painter.drawLine(QPointF(0, g.footerRule), QPointF(g.pageNumber.width(), g.footerRule));
    painter.restore();
}

/// Paints the slice of the laid-out document that falls on one page (1-based) into the body rectangle.
void drawBody(QPainter& painter, QAbstractTextDocumentLayout& layout, const QRectF& body, int page)
{
    const qreal top = (page - 1) * body.height();
    const QRectF slice(0, top, body.width(), body.height());
    painter.save();
    painter.translate(body.left(), body.top() - top);
    painter.setClipRect(slice);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = slice;
    // Paper is white whatever the desktop's colour scheme says.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Base, Qt::white);
    layout.draw(&painter, context);
    painter.restore();
}

} // namespace

QString DocumentWriter::pageLabel(DocumentLanguage language, int page, int pageCount)
{
    // The document's language, not the user interface's: no tr() here.
    const QString english = QStringLiteral("Page %1 of %2").arg(page).arg(pageCount);
    const QString japanese = QStringLiteral("%1 / %2 ページ").arg(page).arg(pageCount);
    switch (language) {
    case DocumentLanguage::English:
        return english;
    case DocumentLanguage::Japanese:
        return japanese;
    case DocumentLanguage::Bilingual:
        return english + QStringLiteral("  |  ") + japanese;
    }
    return english;
}

bool DocumentWriter::hasJapaneseFont()
{
    if (qEnvironmentVariableIntValue("CROSSWALK_ASSUME_NO_CJK_FONT") == 1)
        return false;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return false;
    return !QFontDatabase::families(QFontDatabase::Japanese).isEmpty();
}

QString DocumentWriter::japaneseFontFamily()
{
    if (!hasJapaneseFont())
        return QString();
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    for (const char* preferred :
         {"Noto Sans CJK JP", "Noto Serif CJK JP", "IPAexGothic", "IPAGothic", "TakaoPGothic", "VL Gothic"}) {
        if (families.contains(QLatin1String(preferred)))
            return QString::fromLatin1(preferred);
    }
    // Families made for Japan before those of the other CJK languages, whose glyph shapes differ.
    for (const QString& family : families) {
        if (family.endsWith(QLatin1String(" JP")))
            return family;
    }
    return families.constFirst();
}

Status DocumentWriter::checkLanguage(DocumentLanguage language)
{
    if (!needsJapanese(language) || hasJapaneseFont())
        return {};
    return Status::failure(tr("No font for Japanese is installed (install fonts-noto-cjk); Japanese documents are "
                              "not written to avoid empty boxes."));
}

Status DocumentWriter::write(QTextDocument& document, const DocumentMeta& meta, DocumentFormat format, PaperSize paper,
                             const QString& path, const Progress& progress)
{
    if (Status language = checkLanguage(meta.language); !language)
        return language;
    switch (format) {
    case DocumentFormat::Pdf:
        return writePdf(document, meta, paper, path, progress);
    case DocumentFormat::Odt:
        return writeOdt(document, meta, path);
    case DocumentFormat::Html:
        return writeHtml(document, meta, path);
    }
    return Status::failure(tr("Cannot write %1: unknown document format.").arg(nativePath(path)));
}

Status DocumentWriter::paint(QTextDocument& document, const DocumentMeta& meta, QPagedPaintDevice& device,
                             const Progress& progress)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Status::failure(tr("Documents can only be painted by a program with a graphical interface."));
    if (Status language = checkLanguage(meta.language); !language)
        return language;

    std::unique_ptr<QTextDocument> copy = preparedCopy(document, meta);
    const PageGeometry geometry = pageGeometry(*copy, meta, device);
    if (geometry.body.height() < 20 * geometry.millimetre || geometry.body.width() < 20 * geometry.millimetre)
        return Status::failure(tr("The page is too small for the document."));

    // Lay the copy out in the device's own coordinates, one body rectangle per page. The page margins are the
    // device's; the root frame adds none of its own.
    QTextFrameFormat rootFormat = copy->rootFrame()->frameFormat();
    rootFormat.setMargin(0);
    rootFormat.setPadding(0);
    copy->rootFrame()->setFrameFormat(rootFormat);
    QAbstractTextDocumentLayout* layout = copy->documentLayout();
    layout->setPaintDevice(&device);
    copy->setPageSize(geometry.body.size());
    const int pageCount = copy->pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("Cannot start painting the document."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 1; page <= pageCount; ++page) {
        if (page > 1 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("Cannot start page %1 of the document.").arg(page));
        }
        drawBody(painter, *layout, geometry.body, page);
        drawHeaderAndFooter(painter, geometry, meta, page, pageCount);
        if (progress && !progress(page, pageCount)) {
            painter.end();
            return Status::failure(tr("Cancelled"));
        }
    }
    painter.end();
    return {};
}

Status DocumentWriter::writePdf(QTextDocument& document, const DocumentMeta& meta, PaperSize paper, const QString& path,
                                const Progress& progress)
{
    if (Status language = checkLanguage(meta.language); !language)
        return language;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));

    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        const QPageSize pageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
        writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(20, 12, 20, 12), QPageLayout::Millimeter));
        writer.setTitle(meta.title);
        writer.setCreator(QString::fromLatin1(CreatorName));
        writer.setDocumentXmpMetadata(xmpPacket(meta));
        painted = paint(document, meta, writer, progress);
    }
    if (!painted) {
        file.cancelWriting(); // the temporary file goes with `file`
        return painted;
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return {};
}

Status DocumentWriter::writeOdt(QTextDocument& document, const DocumentMeta& meta, const QString& path)
{
    if (Status language = checkLanguage(meta.language); !language)
        return language;

    // The marking is the first and last paragraph of the body, and (added to the package Qt writes, which has no
    // styles.xml or meta.xml) the header and footer of every page and the document's metadata.
    std::unique_ptr<QTextDocument> copy = preparedCopy(document, meta);
    insertBanners(*copy, meta);
    copy->setMetaInformation(QTextDocument::DocumentTitle, meta.title);

    // The ODF writer closes its device when the archive is complete, which a QSaveFile does not allow: the
    // archive is made in memory first.
    QBuffer archive;
    archive.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&archive, "odf");
    if (!writer.write(copy.get()))
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), tr("the OpenDocument writer failed")));
    const Result<QByteArray> marked = markedOdt(archive.data(), meta);
    if (!marked)
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), marked.message()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    if (file.write(marked.value()) != marked.value().size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return {};
}

Status DocumentWriter::writeHtml(QTextDocument& document, const DocumentMeta& meta, const QString& path)
{
    if (Status language = checkLanguage(meta.language); !language)
        return language;

    std::unique_ptr<QTextDocument> copy = preparedCopy(document, meta);
    insertBanners(*copy, meta);
    // QTextDocument::toHtml() would print the title without escaping it: the head is written here instead.
    copy->setMetaInformation(QTextDocument::DocumentTitle, QString());
    QString html = copy->toHtml();

    QString head = QStringLiteral("<title>") + meta.title.toHtmlEscaped() + QStringLiteral("</title>\n");
    const auto metaTag = [&head](const QString& name, const QString& content) {
        if (!content.isEmpty()) {
            head += QStringLiteral("<meta name=\"") + name + QStringLiteral("\" content=\"") + content.toHtmlEscaped() +
                    QStringLiteral("\" />\n");
        }
    };
    metaTag(QStringLiteral("marking"), bannerText(meta));
    metaTag(QStringLiteral("author"), meta.author);
    metaTag(QStringLiteral("description"), meta.subject);
    metaTag(QStringLiteral("generator"), QString::fromLatin1(CreatorName));
    const qsizetype headEnd = html.indexOf(QLatin1String("</head>"));
    if (headEnd >= 0)
        html.insert(headEnd, head);
    else
        html.prepend(QStringLiteral("<head>") + head + QStringLiteral("</head>\n"));
    const QString language = meta.language == DocumentLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    const qsizetype htmlTag = html.indexOf(QLatin1String("<html>"));
    if (htmlTag >= 0)
        html.replace(htmlTag, 6, QStringLiteral("<html lang=\"") + language + QStringLiteral("\">"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    const QByteArray bytes = html.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    return {};
}

} // namespace crosswalk
