#include "app/cli/TextTable.h"

#include <algorithm>

namespace crosswalk::cli {

namespace {

/// East Asian wide and full-width characters (Unicode UAX #11, the ranges that matter in practice).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

int charWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
        return 0;
    return isWide(c) ? 2 : 1;
}

QString singleLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

QString pad(const QString& text, int width, bool right)
{
    const QString padding(std::max(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return right ? padding + text : text + padding;
}

} // namespace

void TextTable::addColumn(const QString& header, int maximumWidth)
{
    m_columns.append(Column{header, maximumWidth, false});
}

void TextTable::addRow(const QStringList& cells)
{
    m_rows.append(cells);
}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_columns.size())
        m_columns[column].rightAligned = right;
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString TextTable::fit(const QString& text, int width)
{
    const QString line = singleLine(text);
    if (width <= 0 || displayWidth(line) <= width)
        return line;
    const QString ellipsis = QStringLiteral("\u2026");
    QString result;
    int used = 0;
    for (const char32_t c : line.toUcs4()) {
        const int w = charWidth(c);
        if (used + w > width - 1)
            break;
        used += w;
        result += QString::fromUcs4(&c, 1);
    }
    return result.trimmed() + ellipsis;
}

QString TextTable::toString() const
{
    const qsizetype columnCount = m_columns.size();
    QList<QStringList> lines;
    if (m_showHeader) {
        QStringList header;
        for (const Column& column : m_columns)
            header << column.header;
        lines << header;
    }
    for (const QStringList& row : m_rows) {
        QStringList cells;
        for (qsizetype i = 0; i < columnCount; ++i)
            cells << fit(row.value(i), m_columns.at(i).maximumWidth);
        lines << cells;
    }

    QList<int> widths(columnCount, 0);
    for (const QStringList& cells : lines) {
        for (qsizetype i = 0; i < columnCount; ++i)
            widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
    }

    QString text;
    for (const QStringList& cells : lines) {
        QString line;
        for (qsizetype i = 0; i < columnCount; ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += pad(cells.at(i), widths.at(i), m_columns.at(i).rightAligned);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace crosswalk::cli
