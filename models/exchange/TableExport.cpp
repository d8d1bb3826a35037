#include "models/exchange/TableExport.h"

#include "models/exchange/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace crosswalk {

namespace {

constexpr int MinimumColumnWidth = 8;
constexpr int MaximumColumnWidth = 60;
constexpr int SampledRows = 1000; ///< rows looked at to size the columns
constexpr int SheetNameLimit = 31;
constexpr int HeaderFooterLimit = 255; ///< bytes, control codes included (Excel's limit)

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The colour of a TLP level's text on the black banner (TLP 2.0).
lxw_color_t tlpColour(Tlp level)
{
    switch (level) {
    case Tlp::Red:
        return 0xFF2B2B;
    case Tlp::Amber:
    case Tlp::AmberStrict:
        return 0xFFC000;
    case Tlp::Green:
        return 0x33FF00;
    case Tlp::Clear:
        break;
    }
    return 0xFFFFFF;
}

/// True for the East Asian wide characters, which take two columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// How many columns the widest line of a text takes in a spreadsheet, roughly.
int displayWidth(const QString& text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, width);
            width = 0;
        } else {
            width += isWide(c) ? 2 : 1;
        }
    }
    return std::max(widest, width);
}

/// A sheet name Excel accepts: no []:*?/\, at most 31 characters, not starting or ending with an
/// apostrophe.
QString sheetName(const QString& title)
{
    QString name;
    for (const QChar c : title) {
        if (!QStringLiteral("[]:*?/\\").contains(c) && c.isPrint())
            name += c;
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.left(SheetNameLimit);
    if (!name.isEmpty() && name.back().isHighSurrogate())
        name.chop(1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    return name.trimmed();
}

/// A printed page header or footer: the marking centred ("&C"), ampersands doubled, within the
/// length Excel allows.
QByteArray headerFooter(const QString& marking, const QByteArray& suffix)
{
    QString text = marking;
    text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QByteArray bytes = "&C" + text.toUtf8() + suffix;
    while (bytes.size() > HeaderFooterLimit && !text.isEmpty()) {
        text.chop(1);
        if (text.endsWith(QLatin1Char('&')) && !text.endsWith(QStringLiteral("&&")))
            text.chop(1);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        bytes = "&C" + text.toUtf8() + suffix;
    }
    return bytes;
}

/// Moves a complete file over the target (replacing it in one step where the system allows).
std::error_code replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), error);
    return error;
}

} // namespace

TableExport::TableExport(QStringList headers) : m_headers(std::move(headers)) {}

void TableExport::addRow(QStringList cells, Tlp marking, const QString& caveat)
{
    m_rows.append(Row{std::move(cells), marking, caveat});
}

void TableExport::addRow(QStringList cells, const QString& markingKey, const QString& caveat)
{
    addRow(std::move(cells), fromKey<Tlp>(markingKey).value_or(Tlp::Clear), caveat);
}

Tlp TableExport::marking() const
{
    Tlp highest = Tlp::Clear;
    for (const Row& row : m_rows)
        highest = std::max(highest, row.marking);
    return highest;
}

QString TableExport::caveat() const
{
    const Tlp highest = marking();
    QStringList caveats;
    for (const Row& row : m_rows) {
        const QString caveat = row.caveat.trimmed();
        if (row.marking == highest && !caveat.isEmpty() && !caveats.contains(caveat))
            caveats << caveat;
    }
    caveats.sort();
    return caveats.join(QStringLiteral("; "));
}

QString TableExport::markingText() const
{
    return markingText(marking(), caveat());
}

QString TableExport::markingText(Tlp marking, const QString& caveat)
{
    const QString level = QStringLiteral("TLP:") + toKey(marking);
    return caveat.trimmed().isEmpty() ? level : level + QStringLiteral(" \u2014 ") + caveat.trimmed();
}

QByteArray TableExport::toCsv(const Options& options) const
{
    QString text;
    if (options.markingLine)
        text += CsvWriter::record({markingText()});
    text += CsvWriter::record(m_headers);
    for (const Row& row : m_rows)
        text += CsvWriter::record(row.cells);
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    return bytes + text.toUtf8();
}

std::optional<TableExport::Format> TableExport::formatOfPath(const QString& path)
{
    return formatOfName(QFileInfo(path).suffix());
}

std::optional<TableExport::Format> TableExport::formatOfName(const QString& name)
{
    const QString word = name.trimmed().toLower();
    if (word == QLatin1String("csv"))
        return Format::Csv;
    if (word == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

Status TableExport::write(const QString& path, Format format, const Options& options) const
{
    return format == Format::Xlsx ? writeXlsx(path, options) : writeCsv(path, options);
}

Status TableExport::writeCsv(const QString& path, const Options& options) const
{
    if (path.isEmpty())
        return Status::failure(tr("No file name was given for the export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2").arg(nativePath(path), file.errorString()));
    const QByteArray bytes = toCsv(options);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Could not write %1: %2").arg(nativePath(path), reason));
    }
    if (!file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(nativePath(path), file.errorString()));
    return Status();
}

QString TableExport::xlsxCellText(const QString& text)
{
    if (text.size() <= XlsxCellLimit)
        return text;
    const QString note =
        tr(" \u2026 [cut to fit a spreadsheet cell: %n characters in full]", nullptr, static_cast<int>(text.size()));
    qsizetype keep = XlsxCellLimit - note.size();
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + note;
}

Status TableExport::writeXlsx(const QString& path, const Options& options) const
{
    if (path.isEmpty())
        return Status::failure(tr("No file name was given for the export."));
    const int columns = static_cast<int>(m_headers.size());
    if (m_rows.size() + 2 > LXW_ROW_MAX)
        return Status::failure(tr("Could not write %1: a workbook sheet holds at most %2 rows.")
                                   .arg(nativePath(path))
                                   .arg(LXW_ROW_MAX - 2));
    if (columns > LXW_COL_MAX)
        return Status::failure(tr("Could not write %1: a workbook sheet holds at most %2 columns.")
                                   .arg(nativePath(path))
                                   .arg(LXW_COL_MAX));

    // A temporary file beside the target: the export fails here when the folder cannot be written,
    // and the target is replaced only by a complete workbook.
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open())
        return Status::failure(tr("Could not write %1: %2").arg(nativePath(path), temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporaryPath).constData());
    if (!workbook)
        return Status::failure(tr("Could not write %1: the workbook could not be created.").arg(nativePath(path)));

    const QString title = options.title.trimmed().isEmpty() ? tr("Export") : options.title.trimmed();
    QString name = sheetName(title);
    if (name.isEmpty())
        name = sheetName(tr("Export"));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, nullptr);

    const Tlp level = marking();
    const QString markingLine = markingText();
    const QByteArray markingBytes = markingLine.toUtf8();

    lxw_format* bannerFormat = workbook_add_format(workbook);
    format_set_bold(bannerFormat);
    format_set_font_color(bannerFormat, tlpColour(level));
    format_set_bg_color(bannerFormat, LXW_COLOR_BLACK);
    format_set_pattern(bannerFormat, LXW_PATTERN_SOLID);
    format_set_align(bannerFormat, LXW_ALIGN_LEFT);
    format_set_align(bannerFormat, LXW_ALIGN_VERTICAL_CENTER);

    lxw_format* headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_bg_color(headerFormat, 0xE7E6E6);
    format_set_pattern(headerFormat, LXW_PATTERN_SOLID);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);

    lxw_format* cellFormat = workbook_add_format(workbook);
    format_set_align(cellFormat, LXW_ALIGN_VERTICAL_TOP);

    // The marking across the top, then the header; both stay in view while scrolling.
    if (columns > 1)
        worksheet_merge_range(sheet, 0, 0, 0, static_cast<lxw_col_t>(columns - 1), markingBytes.constData(),
                              bannerFormat);
    else
        worksheet_write_string(sheet, 0, 0, markingBytes.constData(), bannerFormat);
    worksheet_set_row(sheet, 0, 20, nullptr);

    QList<int> widths(columns, MinimumColumnWidth);
    for (int column = 0; column < columns; ++column) {
        const QString header = xlsxCellText(m_headers.at(column));
        worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(column), header.toUtf8().constData(), headerFormat);
        widths[column] = std::max(widths[column], displayWidth(header) + 2);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const QStringList& cells = m_rows.at(row).cells;
        for (int column = 0; column < std::min<int>(columns, static_cast<int>(cells.size())); ++column) {
            const QString& cell = cells.at(column);
            if (cell.isEmpty())
                continue;
            const QString text = xlsxCellText(cell);
            worksheet_write_string(sheet, static_cast<lxw_row_t>(row + 2), static_cast<lxw_col_t>(column),
                                   text.toUtf8().constData(), cellFormat);
            if (row < SampledRows)
                widths[column] =
                    std::max(widths[column], std::min(displayWidth(text.left(1000)) + 2, MaximumColumnWidth));
        }
    }
    for (int column = 0; column < columns; ++column)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             std::min(widths[column], MaximumColumnWidth), nullptr);
    worksheet_freeze_panes(sheet, 2, 0);
    if (columns > 0)
        worksheet_autofilter(sheet, 1, 0, static_cast<lxw_row_t>(1 + m_rows.size()),
                             static_cast<lxw_col_t>(columns - 1));

    // The marking on every printed page and in the document's properties.
    const QByteArray pageHeader = headerFooter(markingLine, QByteArray());
    const QByteArray pageFooter = headerFooter(markingLine, QByteArrayLiteral("&R&P / &N"));
    worksheet_set_header(sheet, pageHeader.constData());
    worksheet_set_footer(sheet, pageFooter.constData());
    worksheet_repeat_rows(sheet, 0, 1);

    const QByteArray titleBytes = tr("%1 (%2)").arg(title, markingLine).toUtf8();
    QByteArray keywordBytes = (QStringLiteral("TLP:") + toKey(level)).toUtf8();
    if (!caveat().isEmpty())
        keywordBytes += ", " + caveat().toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(titleBytes.constData());
    properties.subject = const_cast<char*>(markingBytes.constData());
    properties.keywords = const_cast<char*>(keywordBytes.constData());
    properties.category = const_cast<char*>(markingBytes.constData());
    workbook_set_properties(workbook, &properties);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(
            tr("Could not write %1: %2").arg(nativePath(path), QString::fromUtf8(lxw_strerror(closed))));

    // Keep the permissions of the file replaced; a new one is readable by all, writable by its owner.
    const QFile::Permissions permissions =
        target.exists() ? QFile::permissions(path)
                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    QFile::setPermissions(temporaryPath, permissions);
    if (const std::error_code error = replaceFile(temporaryPath, path))
        return Status::failure(
            tr("Could not write %1: %2").arg(nativePath(path), QString::fromLocal8Bit(error.message().c_str())));
    temporary.setAutoRemove(false);
    return Status();
}

} // namespace crosswalk
