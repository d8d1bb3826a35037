#pragma once

#include <QStyledItemDelegate>

namespace crosswalk {

/// Gives every row of an item view at least the height a line of mixed Latin and Japanese text
/// needs, so that views with uniform row heights do not take the height of a Latin-only first row.
class RowHeightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowHeightDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace crosswalk
