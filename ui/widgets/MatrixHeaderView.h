#pragma once

#include <QHeaderView>

namespace crosswalk {

/// The headers of the crosswalk matrix (CrosswalkMatrixModel): each group's reference in bold and its
/// title beside it (rows) or below it, wrapped on up to two lines (columns), elided when too long (the
/// full text is in the header's tooltip). In the row header a line marks where the groups of another
/// source framework begin; the totals are set in bold.
class MatrixHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit MatrixHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    /// The widest a row header grows (its titles are elided beyond).
    static constexpr int MaximumRowHeaderWidth = 290;
    /// The width a column asks for; the view may give it more or less.
    static constexpr int PreferredColumnWidth = 110;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QFont referenceFont() const;
    /// The title on up to maxLines lines of the given width, the last one elided.
    QStringList wrap(const QString& title, int width, int maxLines) const;
};

} // namespace crosswalk
