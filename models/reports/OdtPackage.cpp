#include "models/reports/OdtPackage.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace crosswalk {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndRecordSignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndRecordSize = 22;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 VersionNeeded = 20;
constexpr qint64 MaximumEntrySize = 512LL * 1024 * 1024; // refuses "zip bombs"

const QString MimetypeName = QStringLiteral("mimetype");
const QString StylesName = QStringLiteral("styles.xml");
const QString MetaName = QStringLiteral("meta.xml");
const QString ManifestName = QStringLiteral("META-INF/manifest.xml");

const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString StyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString FoNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString MetaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString DcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

// Names of the styles added to styles.xml (automatic styles, used by the header and footer only).
const QString PageLayoutName = QStringLiteral("CrosswalkPage");
const QString MarkingParagraphStyle = QStringLiteral("CrosswalkMarkingParagraph");
const QString MarkingTextStyle = QStringLiteral("CrosswalkMarkingText");

quint16 u16(const QByteArray& bytes, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray& bytes, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

void put16(QByteArray& bytes, quint16 value)
{
    bytes.append(char(value & 0xFF));
    bytes.append(char((value >> 8) & 0xFF));
}

void put32(QByteArray& bytes, quint32 value)
{
    put16(bytes, quint16(value & 0xFFFF));
    put16(bytes, quint16(value >> 16));
}

quint32 crc32Of(const QByteArray& data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    qsizetype done = 0;
    while (done < data.size()) {
        const uInt chunk = uInt(qMin<qsizetype>(data.size() - done, std::numeric_limits<uInt>::max() / 2));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData() + done), chunk);
        done += chunk;
    }
    return quint32(crc);
}

/// Raw deflate (no zlib header) into exactly `size` bytes; false when the stream is corrupt or of another size.
bool inflateRaw(const QByteArray& compressed, qsizetype size, QByteArray& out)
{
    out.resize(size);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    // One spare byte shows a stream longer than the central directory says.
    QByteArray buffer(size + 1, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
    stream.avail_out = uInt(buffer.size());
    const int result = inflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (result != Z_STREAM_END || produced != size)
        return false;
    out = buffer.left(size);
    return true;
}

bool deflateRaw(const QByteArray& data, QByteArray& out)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return false;
    out.resize(produced);
    return true;
}

void dosDateTime(const QDateTime& when, quint16& time, quint16& date)
{
    const QDate d = when.date();
    const QTime t = when.time();
    time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    date = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped(); // &, <, > and " : enough for XML text and attribute values
}

QString colourName(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

/// The automatic styles of the header and footer paragraphs: centred, bold, TLP colour on black.
void writeMarkingStyles(QXmlStreamWriter& xml, const OdtMarking& marking)
{
    xml.writeStartElement(StyleNs, QStringLiteral("style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), MarkingParagraphStyle);
    xml.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("paragraph-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("text-align"), QStringLiteral("center"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeEndElement();

    xml.writeStartElement(StyleNs, QStringLiteral("style"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), MarkingTextStyle);
    xml.writeAttribute(StyleNs, QStringLiteral("family"), QStringLiteral("text"));
    xml.writeEmptyElement(StyleNs, QStringLiteral("text-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("font-weight"), QStringLiteral("bold"));
    xml.writeAttribute(FoNs, QStringLiteral("color"), colourName(marking.foreground));
    xml.writeAttribute(FoNs, QStringLiteral("background-color"), QStringLiteral("#000000"));
    xml.writeEndElement();
}

QString markingStylesXml(const OdtMarking& marking)
{
    QString text;
    QXmlStreamWriter xml(&text);
    // Namespace declarations on a fragment: the prefixes are those of the enclosing document.
    xml.writeNamespace(StyleNs, QStringLiteral("style"));
    xml.writeNamespace(FoNs, QStringLiteral("fo"));
    xml.writeStartElement(QStringLiteral("fragment"));
    writeMarkingStyles(xml, marking);
    xml.writeEndElement();
    // Strip the wrapper element (and its namespace declarations).
    const qsizetype start = text.indexOf(QLatin1Char('>')) + 1;
    const qsizetype end = text.lastIndexOf(QLatin1String("</fragment>"));
    return text.mid(start, end - start);
}

QString headerFooterStylesXml()
{
    return QStringLiteral("<style:header-style><style:header-footer-properties fo:min-height=\"0.8cm\" "
                          "fo:margin-bottom=\"0.3cm\"/></style:header-style>"
                          "<style:footer-style><style:header-footer-properties fo:min-height=\"0.8cm\" "
                          "fo:margin-top=\"0.3cm\"/></style:footer-style>");
}

QString markingParagraphXml(const OdtMarking& marking)
{
    return QStringLiteral("<text:p text:style-name=\"") + MarkingParagraphStyle +
           QStringLiteral("\"><text:span text:style-name=\"") + MarkingTextStyle + QStringLiteral("\">") +
           escaped(marking.text) + QStringLiteral("</text:span></text:p>");
}

QString headerAndFooterXml(const OdtMarking& marking)
{
    const QString paragraph = markingParagraphXml(marking);
    return QStringLiteral("<style:header>") + paragraph + QStringLiteral("</style:header><style:footer>") + paragraph +
           QStringLiteral("</style:footer>");
}

/// styles.xml for a package that has none (Qt 6.4's ODF writer): an A4 page with the marking in its header and
/// footer, as the "Standard" master page that every paragraph without a master page of its own uses.
QByteArray newStylesXml(const OdtMarking& marking)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    // No indentation: white space inside a paragraph would be text.
    xml.writeStartDocument();
    xml.writeNamespace(OfficeNs, QStringLiteral("office"));
    xml.writeNamespace(StyleNs, QStringLiteral("style"));
    xml.writeNamespace(TextNs, QStringLiteral("text"));
    xml.writeNamespace(FoNs, QStringLiteral("fo"));
    xml.writeStartElement(OfficeNs, QStringLiteral("document-styles"));
    xml.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));

    xml.writeStartElement(OfficeNs, QStringLiteral("automatic-styles"));
    xml.writeStartElement(StyleNs, QStringLiteral("page-layout"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), PageLayoutName);
    xml.writeEmptyElement(StyleNs, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(FoNs, QStringLiteral("page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(FoNs, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(StyleNs, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(FoNs, QStringLiteral("margin-top"), QStringLiteral("1.2cm"));
    xml.writeAttribute(FoNs, QStringLiteral("margin-bottom"), QStringLiteral("1.2cm"));
    xml.writeAttribute(FoNs, QStringLiteral("margin-left"), QStringLiteral("2cm"));
    xml.writeAttribute(FoNs, QStringLiteral("margin-right"), QStringLiteral("2cm"));
    for (const QString& part : {QStringLiteral("header"), QStringLiteral("footer")}) {
        xml.writeStartElement(StyleNs, part + QStringLiteral("-style"));
        xml.writeEmptyElement(StyleNs, QStringLiteral("header-footer-properties"));
        xml.writeAttribute(FoNs, QStringLiteral("min-height"), QStringLiteral("0.8cm"));
        xml.writeAttribute(
            FoNs, part == QLatin1String("header") ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
            QStringLiteral("0.3cm"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // style:page-layout
    writeMarkingStyles(xml, marking);
    xml.writeEndElement(); // office:automatic-styles

    xml.writeStartElement(OfficeNs, QStringLiteral("master-styles"));
    xml.writeStartElement(StyleNs, QStringLiteral("master-page"));
    xml.writeAttribute(StyleNs, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(StyleNs, QStringLiteral("page-layout-name"), PageLayoutName);
    for (const QString& part : {QStringLiteral("header"), QStringLiteral("footer")}) {
        xml.writeStartElement(StyleNs, part);
        xml.writeStartElement(TextNs, QStringLiteral("p"));
        xml.writeAttribute(TextNs, QStringLiteral("style-name"), MarkingParagraphStyle);
        xml.writeStartElement(TextNs, QStringLiteral("span"));
        xml.writeAttribute(TextNs, QStringLiteral("style-name"), MarkingTextStyle);
        xml.writeCharacters(marking.text);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // style:master-page
    xml.writeEndElement(); // office:master-styles
    xml.writeEndElement(); // office:document-styles
    xml.writeEndDocument();
    return bytes;
}

/// Adds the marking to a styles.xml written by another producer: the styles go into its automatic styles, every
/// page layout gets a header and footer style, and every master page gets the marking as its header and footer
/// (replacing the ones it had). Expects the usual prefixes (office:, style:, fo:, text:).
Result<QByteArray> markedStylesXml(const QByteArray& original, const OdtMarking& marking)
{
    QString xml = QString::fromUtf8(original);
    const qsizetype rootEnd = xml.lastIndexOf(QLatin1String("</office:document-styles>"));
    if (rootEnd < 0)
        return Result<QByteArray>::failure(OdtPackage::tr("styles.xml is not an OpenDocument styles document."));

    // Page layouts: header and footer styles with a minimum height.
    static const QRegularExpression layout(QStringLiteral("<style:page-layout\\b[^>]*?(/?)>"));
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = layout.match(xml, from);
        if (!match.hasMatch())
            break;
        if (!match.captured(1).isEmpty()) {
            const QString tag = match.captured(0);
            const QString open = tag.left(tag.size() - 2) + QLatin1Char('>');
            const QString replacement = open + headerFooterStylesXml() + QStringLiteral("</style:page-layout>");
            xml.replace(match.capturedStart(), match.capturedLength(), replacement);
            from = match.capturedStart() + replacement.size();
            continue;
        }
        const qsizetype close = xml.indexOf(QLatin1String("</style:page-layout>"), match.capturedEnd());
        if (close < 0)
            return Result<QByteArray>::failure(OdtPackage::tr("styles.xml has an unterminated page layout."));
        QString body = xml.mid(match.capturedEnd(), close - match.capturedEnd());
        static const QRegularExpression oldStyles(
            QStringLiteral("<style:(header|footer)-style\\b(?:[^>]*/>|.*?</style:\\1-style>)"),
            QRegularExpression::DotMatchesEverythingOption);
        body.remove(oldStyles);
        body += headerFooterStylesXml();
        xml.replace(match.capturedEnd(), close - match.capturedEnd(), body);
        from = match.capturedEnd() + body.size();
    }

    // Master pages: the marking as header and footer.
    static const QRegularExpression master(QStringLiteral("<style:master-page\\b[^>]*?(/?)>"));
    bool anyMaster = false;
    for (qsizetype from = 0;;) {
        const QRegularExpressionMatch match = master.match(xml, from);
        if (!match.hasMatch())
            break;
        anyMaster = true;
        if (!match.captured(1).isEmpty()) {
            const QString tag = match.captured(0);
            const QString replacement = tag.left(tag.size() - 2) + QLatin1Char('>') + headerAndFooterXml(marking) +
                                        QStringLiteral("</style:master-page>");
            xml.replace(match.capturedStart(), match.capturedLength(), replacement);
            from = match.capturedStart() + replacement.size();
            continue;
        }
        const qsizetype close = xml.indexOf(QLatin1String("</style:master-page>"), match.capturedEnd());
        if (close < 0)
            return Result<QByteArray>::failure(OdtPackage::tr("styles.xml has an unterminated master page."));
        QString body = xml.mid(match.capturedEnd(), close - match.capturedEnd());
        static const QRegularExpression oldParts(
            QStringLiteral("<style:(header|footer|header-left|footer-left|header-first|footer-first)\\b"
                           "(?:[^>]*/>|.*?</style:\\1>)"),
            QRegularExpression::DotMatchesEverythingOption);
        body.remove(oldParts);
        body.prepend(headerAndFooterXml(marking));
        xml.replace(match.capturedEnd(), close - match.capturedEnd(), body);
        from = match.capturedEnd() + body.size();
    }

    // The marking styles, and a page layout and master page when there were none.
    QString automatic = markingStylesXml(marking);
    if (!anyMaster) {
        automatic += QStringLiteral("<style:page-layout style:name=\"") + PageLayoutName +
                     QStringLiteral("\"><style:page-layout-properties fo:page-width=\"21cm\" "
                                    "fo:page-height=\"29.7cm\"/>") +
                     headerFooterStylesXml() + QStringLiteral("</style:page-layout>");
        const QString masterPage = QStringLiteral("<style:master-page style:name=\"Standard\" "
                                                  "style:page-layout-name=\"") +
                                   PageLayoutName + QStringLiteral("\">") + headerAndFooterXml(marking) +
                                   QStringLiteral("</style:master-page>");
        const QString masterStyles =
            QStringLiteral("<office:master-styles>") + masterPage + QStringLiteral("</office:master-styles>");
        const qsizetype masterClose = xml.indexOf(QLatin1String("</office:master-styles>"));
        static const QRegularExpression emptyMasters(QStringLiteral("<office:master-styles\\s*/>"));
        const QRegularExpressionMatch empty = emptyMasters.match(xml);
        if (masterClose >= 0)
            xml.insert(masterClose, masterPage);
        else if (empty.hasMatch())
            xml.replace(empty.capturedStart(), empty.capturedLength(), masterStyles);
        else
            xml.insert(xml.lastIndexOf(QLatin1String("</office:document-styles>")), masterStyles);
    }
    const QString automaticStyles =
        QStringLiteral("<office:automatic-styles>") + automatic + QStringLiteral("</office:automatic-styles>");
    const qsizetype automaticClose = xml.indexOf(QLatin1String("</office:automatic-styles>"));
    static const QRegularExpression emptyAutomatic(QStringLiteral("<office:automatic-styles\\s*/>"));
    const QRegularExpressionMatch emptyMatch = emptyAutomatic.match(xml);
    if (automaticClose >= 0) {
        xml.insert(automaticClose, automatic);
    } else if (emptyMatch.hasMatch()) {
        xml.replace(emptyMatch.capturedStart(), emptyMatch.capturedLength(), automaticStyles);
    } else {
        // Automatic styles come before the master styles.
        qsizetype at = xml.indexOf(QLatin1String("<office:master-styles"));
        if (at < 0)
            at = xml.lastIndexOf(QLatin1String("</office:document-styles>"));
        xml.insert(at, automaticStyles);
    }
    return xml.toUtf8();
}

QByteArray metaXml(const OdtMarking& marking)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(OfficeNs, QStringLiteral("office"));
    xml.writeNamespace(MetaNs, QStringLiteral("meta"));
    xml.writeNamespace(DcNs, QStringLiteral("dc"));
    xml.writeStartElement(OfficeNs, QStringLiteral("document-meta"));
    xml.writeAttribute(OfficeNs, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(OfficeNs, QStringLiteral("meta"));
    xml.writeTextElement(MetaNs, QStringLiteral("generator"), QStringLiteral("Crosswalk"));
    xml.writeTextElement(DcNs, QStringLiteral("title"), marking.title);
    const QString subject = marking.subject.isEmpty() ? marking.text : marking.subject;
    xml.writeTextElement(DcNs, QStringLiteral("subject"), subject);
    if (!marking.author.isEmpty())
        xml.writeTextElement(MetaNs, QStringLiteral("initial-creator"), marking.author);
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    xml.writeTextElement(MetaNs, QStringLiteral("creation-date"), now);
    xml.writeTextElement(DcNs, QStringLiteral("language"), marking.language);
    xml.writeTextElement(MetaNs, QStringLiteral("keyword"), marking.text);
    xml.writeStartElement(MetaNs, QStringLiteral("user-defined"));
    xml.writeAttribute(MetaNs, QStringLiteral("name"), QStringLiteral("Marking"));
    xml.writeCharacters(marking.text);
    xml.writeEndElement();
    xml.writeEndElement(); // office:meta
    xml.writeEndElement(); // office:document-meta
    xml.writeEndDocument();
    return bytes;
}

/// The manifest with an entry for `path` (text/xml) when it has none.
Result<QByteArray> withManifestEntry(const QByteArray& manifest, const QString& path)
{
    QString xml = QString::fromUtf8(manifest);
    const QString listed = QStringLiteral("manifest:full-path=\"") + path + QLatin1Char('"');
    if (xml.contains(listed))
        return manifest;
    const qsizetype close = xml.lastIndexOf(QLatin1String("</manifest:manifest>"));
    if (close < 0)
        return Result<QByteArray>::failure(OdtPackage::tr("META-INF/manifest.xml is not an OpenDocument manifest."));
    const QString entry = QStringLiteral(" <manifest:file-entry manifest:full-path=\"") + path +
                          QStringLiteral("\" manifest:media-type=\"text/xml\"/>\n");
    xml.insert(close, entry);
    return xml.toUtf8();
}

} // namespace

Result<OdtPackage> OdtPackage::read(const QByteArray& zip)
{
    const auto corrupt = [](const QString& why) {
        return Result<OdtPackage>::failure(tr("The OpenDocument package is damaged: %1").arg(why));
    };
    if (zip.size() < EndRecordSize)
        return corrupt(tr("it is too short to be a zip archive."));

    // The end of central directory record: the last one, possibly followed by a comment.
    qsizetype end = -1;
    const qsizetype lowest = qMax<qsizetype>(0, zip.size() - EndRecordSize - 0xFFFF);
    for (qsizetype at = zip.size() - EndRecordSize; at >= lowest; --at) {
        if (u32(zip, at) == EndRecordSignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return corrupt(tr("the end of the zip directory is missing."));
    if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0)
        return corrupt(tr("multi-part archives are not supported."));
    const int count = u16(zip, end + 10);
    const qint64 directorySize = u32(zip, end + 12);
    const qint64 directoryOffset = u32(zip, end + 16);
    if (directoryOffset + directorySize > end)
        return corrupt(tr("the zip directory lies outside the file."));

    OdtPackage package;
    qsizetype at = qsizetype(directoryOffset);
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > end || u32(zip, at) != CentralHeaderSignature)
            return corrupt(tr("entry %1 of the zip directory is damaged.").arg(i + 1));
        const quint16 flags = u16(zip, at + 8);
        const quint16 method = u16(zip, at + 10);
        Entry entry;
        entry.dosTime = u16(zip, at + 12);
        entry.dosDate = u16(zip, at + 14);
        const quint32 crc = u32(zip, at + 16);
        const qint64 compressedSize = u32(zip, at + 20);
        const qint64 size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int extraLength = u16(zip, at + 30);
        const int commentLength = u16(zip, at + 32);
        const qint64 localOffset = u32(zip, at + 42);
        if (at + CentralHeaderSize + nameLength + extraLength + commentLength > end)
            return corrupt(tr("entry %1 of the zip directory is damaged.").arg(i + 1));
        const QByteArray rawName = zip.mid(at + CentralHeaderSize, nameLength);
        entry.name = (flags & FlagUtf8) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;

        if (flags & FlagEncrypted)
            return corrupt(tr("%1 is encrypted.").arg(entry.name));
        if (compressedSize == 0xFFFFFFFF || size == 0xFFFFFFFF || localOffset == 0xFFFFFFFF)
            return corrupt(tr("ZIP64 archives are not supported."));
        if (size > MaximumEntrySize)
            return corrupt(tr("%1 is too large.").arg(entry.name));
        if (localOffset + LocalHeaderSize > directoryOffset || u32(zip, qsizetype(localOffset)) != LocalHeaderSignature)
            return corrupt(tr("the local header of %1 is missing.").arg(entry.name));
        const qint64 dataOffset = localOffset + LocalHeaderSize + u16(zip, qsizetype(localOffset) + 26) +
                                  u16(zip, qsizetype(localOffset) + 28);
        if (dataOffset + compressedSize > directoryOffset)
            return corrupt(tr("the data of %1 is truncated.").arg(entry.name));
        const QByteArray raw = zip.mid(qsizetype(dataOffset), qsizetype(compressedSize));

        if (method == MethodStored) {
            if (compressedSize != size)
                return corrupt(tr("the sizes of %1 disagree.").arg(entry.name));
            entry.data = raw;
            entry.compressed = false;
        } else if (method == MethodDeflated) {
            if (!inflateRaw(raw, qsizetype(size), entry.data))
                return corrupt(tr("%1 cannot be decompressed.").arg(entry.name));
            entry.compressed = true;
        } else {
            return corrupt(tr("%1 uses an unsupported compression method (%2).").arg(entry.name).arg(method));
        }
        if (crc32Of(entry.data) != crc)
            return corrupt(tr("the checksum of %1 is wrong.").arg(entry.name));
        if (package.contains(entry.name))
            return corrupt(tr("%1 is in the archive twice.").arg(entry.name));
        package.m_entries.append(entry);
    }
    if (!package.contains(MimetypeName))
        return corrupt(tr("it has no mimetype entry."));
    return package;
}

Result<QByteArray> OdtPackage::write() const
{
    if (m_entries.size() > 0xFFFF)
        return Result<QByteArray>::failure(tr("The OpenDocument package has too many entries."));

    // "mimetype" first (ODF: stored, no extra field, so that its text is at offset 38 of the file).
    QList<const Entry*> order;
    for (const Entry& entry : m_entries) {
        if (entry.name == MimetypeName)
            order.prepend(&entry);
        else
            order.append(&entry);
    }

    QByteArray zip;
    QByteArray directory;
    for (const Entry* entry : order) {
        if (entry->data.size() > MaximumEntrySize)
            return Result<QByteArray>::failure(tr("%1 is too large for the OpenDocument package.").arg(entry->name));
        const bool mimetype = entry->name == MimetypeName;
        QByteArray payload = entry->data;
        quint16 method = MethodStored;
        if (!mimetype && entry->compressed) {
            QByteArray deflated;
            if (!deflateRaw(entry->data, deflated))
                return Result<QByteArray>::failure(tr("%1 cannot be compressed.").arg(entry->name));
            if (deflated.size() < entry->data.size()) {
                payload = deflated;
                method = MethodDeflated;
            }
        }
        const QByteArray name = entry->name.toUtf8();
        const bool ascii = std::all_of(name.cbegin(), name.cend(), [](char c) { return uchar(c) < 0x80; });
        const quint16 flags = ascii ? 0 : FlagUtf8;
        const quint32 crc = crc32Of(entry->data);
        const qint64 offset = zip.size();
        if (offset + payload.size() > 0xFFFFFFF0LL)
            return Result<QByteArray>::failure(tr("The OpenDocument package is too large."));

        put32(zip, LocalHeaderSignature);
        put16(zip, VersionNeeded);
        put16(zip, flags);
        put16(zip, method);
        put16(zip, entry->dosTime);
        put16(zip, entry->dosDate);
        put32(zip, crc);
        put32(zip, quint32(payload.size()));
        put32(zip, quint32(entry->data.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0); // no extra field
        zip.append(name);
        zip.append(payload);

        put32(directory, CentralHeaderSignature);
        put16(directory, VersionNeeded); // made by: MS-DOS attributes
        put16(directory, VersionNeeded);
        put16(directory, flags);
        put16(directory, method);
        put16(directory, entry->dosTime);
        put16(directory, entry->dosDate);
        put32(directory, crc);
        put32(directory, quint32(payload.size()));
        put32(directory, quint32(entry->data.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, quint32(offset));
        directory.append(name);
    }
    const qint64 directoryOffset = zip.size();
    zip.append(directory);
    put32(zip, EndRecordSignature);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(order.size()));
    put16(zip, quint16(order.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, quint32(directoryOffset));
    put16(zip, 0); // comment
    return zip;
}

QStringList OdtPackage::names() const
{
    QStringList names;
    for (const Entry& entry : m_entries)
        names << entry.name;
    return names;
}

bool OdtPackage::contains(const QString& name) const
{
    return indexOf(name) >= 0;
}

QByteArray OdtPackage::data(const QString& name) const
{
    const qsizetype index = indexOf(name);
    return index >= 0 ? m_entries.at(index).data : QByteArray();
}

void OdtPackage::setData(const QString& name, const QByteArray& data)
{
    if (const qsizetype index = indexOf(name); index >= 0) {
        m_entries[index].data = data;
        return;
    }
    Entry entry;
    entry.name = name;
    entry.data = data;
    entry.compressed = name != MimetypeName;
    dosDateTime(QDateTime::currentDateTime(), entry.dosTime, entry.dosDate);
    m_entries.append(entry);
}

qsizetype OdtPackage::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

Status OdtPackage::markPages(const OdtMarking& marking)
{
    if (!contains(ManifestName))
        return Status::failure(tr("The OpenDocument package has no manifest."));

    QByteArray styles;
    if (contains(StylesName)) {
        const Result<QByteArray> marked = markedStylesXml(data(StylesName), marking);
        if (!marked)
            return marked.status();
        styles = marked.value();
    } else {
        styles = newStylesXml(marking);
    }

    QByteArray manifest = data(ManifestName);
    for (const QString& path : {StylesName, MetaName}) {
        const Result<QByteArray> listed = withManifestEntry(manifest, path);
        if (!listed)
            return listed.status();
        manifest = listed.value();
    }

    setData(StylesName, styles);
    setData(MetaName, metaXml(marking));
    setData(ManifestName, manifest);
    return {};
}

} // namespace crosswalk
