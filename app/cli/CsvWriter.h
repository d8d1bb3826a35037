#pragma once

#include <QString>
#include <QStringList>

namespace crosswalk::cli {

/// RFC 4180 CSV text (DESIGN.md section 5): fields quoted when they hold a comma, quote or line break,
/// quotes doubled, records ending with CRLF. Cells that a spreadsheet would run as a formula (beginning
/// with = + - @, tab or carriage return) are neutralised with a leading single quote; plain numbers
/// such as -3 are left as they are.
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

} // namespace crosswalk::cli
