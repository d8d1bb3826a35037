#pragma once

#include "models/domain/Result.h"
#include "models/domain/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosswalk {

/// A table as a user sees it (column headers, the text of each cell) with each row's marking, written
/// as CSV or XLSX (DESIGN.md sections 4 and 5). The list pages and `crosswalk-cli export` fill one
/// with exactly the rows of their current filter, in the order shown.
///
/// The export's marking is the highest TLP level of its rows (CLEAR < GREEN < AMBER < AMBER+STRICT <
/// RED; CLEAR for an empty table) with the national caveats of the rows at that level, distinct, in
/// alphabetical order, joined with "; ". It reads "TLP:AMBER" or "TLP:AMBER — caveat".
///
/// CSV: RFC 4180 through CsvWriter (CRLF between records, quotes doubled, fields with a comma, quote or
/// line break quoted; cells beginning with = + - @, tab or CR neutralised with a leading single
/// quote), UTF-8, a byte order mark when asked for (spreadsheet programs need it to read UTF-8), and
/// unless asked not to, the marking as the first line, a record of its own, before the header.
///
/// XLSX (libxlsxwriter): one sheet; the marking in the first row (bold, in the TLP colours), the
/// header row below it, both frozen, an autofilter over the header and the data, column widths from
/// the contents; the marking also in the printed page header and footer and in the document
/// properties (title, subject, keywords). Every cell is written as a string, so nothing that looks
/// like a formula is ever evaluated. A cell longer than XLSX allows (XlsxCellLimit characters) is cut
/// and ends with a note saying so; CSV has no such limit.
///
/// Both writers write a temporary file in the target's folder and rename it over the target only
/// when it is complete: a failed export leaves no file behind and keeps an older file of the same
/// name as it was. A new XLSX file gets the permissions rw-r--r--; a replaced one keeps its own.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::TableExport)

public:
    enum class Format
    {
        Csv,
        Xlsx
    };

    struct Options
    {
        bool byteOrderMark = false; ///< CSV: start with the UTF-8 byte order mark
        bool markingLine = true;    ///< CSV: the marking as the first line
        QString title;              ///< XLSX: the sheet's name and the document's title (empty: "Export")
    };

    struct Row
    {
        QStringList cells;
        Tlp marking = Tlp::Clear;
        QString caveat;
    };

    /// The most characters an XLSX cell holds (Excel's limit).
    static constexpr int XlsxCellLimit = 32767;

    TableExport() = default;
    explicit TableExport(QStringList headers);

    void setHeaders(QStringList headers) { m_headers = std::move(headers); }
    const QStringList& headers() const { return m_headers; }

    void addRow(QStringList cells, Tlp marking = Tlp::Clear, const QString& caveat = QString());
    /// The same with the marking as stored ("AMBER"); an unknown or empty key counts as CLEAR.
    void addRow(QStringList cells, const QString& markingKey, const QString& caveat);
    const QList<Row>& rows() const { return m_rows; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    /// The highest TLP level of the rows; CLEAR when there are none.
    Tlp marking() const;
    /// The distinct caveats of the rows at the highest level, sorted, joined with "; ".
    QString caveat() const;
    /// "TLP:AMBER" or "TLP:AMBER — caveat".
    QString markingText() const;
    /// The text of a marking: "TLP:AMBER" or "TLP:AMBER — caveat".
    static QString markingText(Tlp marking, const QString& caveat);

    /// The CSV document as bytes (UTF-8); without options, with the marking line and no byte order mark.
    QByteArray toCsv(const Options& options) const;
    QByteArray toCsv() const { return toCsv(Options()); }

    /// Writes the table to path in the given format; the failure names the file.
    Status write(const QString& path, Format format, const Options& options) const;
    Status write(const QString& path, Format format) const { return write(path, format, Options()); }
    Status writeCsv(const QString& path, const Options& options) const;
    Status writeCsv(const QString& path) const { return writeCsv(path, Options()); }
    Status writeXlsx(const QString& path, const Options& options) const;
    Status writeXlsx(const QString& path) const { return writeXlsx(path, Options()); }

    /// The format a file name asks for by its suffix (.csv, .xlsx, any case); nothing for others.
    static std::optional<Format> formatOfPath(const QString& path);
    /// The format a word names ("csv", "xlsx", any case); nothing for others.
    static std::optional<Format> formatOfName(const QString& name);

    /// A cell as written to XLSX: cut to XlsxCellLimit characters with a note at the end when longer.
    static QString xlsxCellText(const QString& text);

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace crosswalk
