#pragma once

#include "ui/support/RowHeightDelegate.h"

namespace crosswalk {

/// Paints the cells that have a RecordTableModel::BadgeRole (status, severity, marking,
/// verification) as coloured badges with their label in them; other cells as usual.
class BadgeDelegate : public RowHeightDelegate
{
    Q_OBJECT

public:
    explicit BadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace crosswalk
