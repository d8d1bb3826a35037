#pragma once

#include "models/exchange/TableExport.h"

#include <QList>
#include <QModelIndex>

class QAbstractItemModel;

namespace crosswalk {

/// Reads what an item model shows into a TableExport: the given columns in the given order, with
/// their header texts, and every row in the model's order (a tree depth first, each parent before its
/// children), so that a view's export holds exactly the rows its filter and sorting show.
///
/// Models with the roles of RecordTableModel give each row's marking: RecordRole holds the row with
/// "marking" (the TLP key) and "caveat". A row whose RecordRole is an empty map (a grouping node, such
/// as a framework heading in a provision tree) is left out; a model without RecordRole exports CLEAR
/// rows.
///
/// A cell exports the text it shows (enumeration labels, referenced codes as shown), except where
/// the shown text is a reformatted or shortened form of the stored value, which is then exported as
/// stored so that a spreadsheet reads it as data: dates as ISO 8601 (KeyRole; "2025-03-01", "2025"),
/// and for a RecordTableModel, the full text of text columns (the list shows their first line),
/// numbers in plain notation and timestamps as stored.
class ModelTable
{
public:
    /// The table of the model's rows under root, for the given columns (empty: every column).
    static TableExport read(const QAbstractItemModel& model, QList<int> columns = {},
                            const QModelIndex& root = QModelIndex());

    /// The text a cell exports (see the class comment).
    static QString cellText(const QModelIndex& index);
};

} // namespace crosswalk
