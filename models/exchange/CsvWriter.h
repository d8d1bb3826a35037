#pragma once

#include <QString>
#include <QStringList>

namespace crosswalk {

/// RFC 4180 CSV text (DESIGN.md section 5): fields quoted when they hold a comma, quote or line break,
/// quotes doubled, records ending with CRLF. Cells that a spreadsheet would run as a formula (beginning
/// with = + - @, tab or carriage return) are neutralised with a leading single quote (OWASP's advice
/// against CSV injection: spreadsheets show the quote, or hide it and show the cell as text); plain
/// numbers such as -3 or +1.5e3 are left as they are, since a spreadsheet reads them as numbers and
/// runs nothing.
class CsvWriter
{
public:
    /// One record, ending with CRLF.
    static QString record(const QStringList& cells);
    /// One field, neutralised and quoted as needed.
    static QString field(const QString& cell);
    /// The cell with a leading single quote when a spreadsheet would treat it as a formula.
    static QString neutralise(const QString& cell);
};

} // namespace crosswalk
