#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace crosswalk::cli {

/// A plain-text table for a terminal: columns padded to their widest cell, measured in terminal cells
/// (a Japanese character takes two), with long cells shortened to a column's limit.
class TextTable
{
public:
    /// A column without a limit shows every cell whole.
    void addColumn(const QString& header, int maximumWidth = 0);
    void addRow(const QStringList& cells);
    /// Lines without a header row (label-value lists such as `info`).
    void setShowHeader(bool show) { m_showHeader = show; }
    /// Right-aligns a column (counts).
    void setRightAligned(int column, bool right = true);

    /// The table, one line per row, each ending with a newline; trailing blanks removed.
    QString toString() const;

    /// The number of terminal cells a text occupies.
    static int displayWidth(const QString& text);
    /// The text cut to at most width cells, ending with an ellipsis when cut; line breaks become spaces.
    static QString fit(const QString& text, int width);

private:
    struct Column
    {
        QString header;
        int maximumWidth = 0;
        bool rightAligned = false;
    };

    QList<Column> m_columns;
    QList<QStringList> m_rows;
    bool m_showHeader = true;
};

} // namespace crosswalk::cli
