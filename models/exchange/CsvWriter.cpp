#include "models/exchange/CsvWriter.h"

#include <QRegularExpression>

namespace crosswalk {

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return cell;
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString CsvWriter::field(const QString& cell)
{
    QString value = neutralise(cell);
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << field(cell);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace crosswalk
