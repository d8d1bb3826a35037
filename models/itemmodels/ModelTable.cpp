#include "models/itemmodels/ModelTable.h"

#include "models/domain/IsoDate.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/TableCatalog.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QLocale>

namespace crosswalk {

namespace {

/// The cell of the RecordTableModel behind an index (through any proxies), or an invalid index.
QModelIndex recordTableIndex(QModelIndex index)
{
    while (index.isValid()) {
        const QAbstractItemModel* model = index.model();
        if (qobject_cast<const RecordTableModel*>(model))
            return index;
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model);
        if (!proxy)
            return QModelIndex();
        index = proxy->mapToSource(index);
    }
    return QModelIndex();
}

/// The stored value of a RecordTableModel cell as exported, or nothing when the shown text is
/// exported.
std::optional<QString> storedText(const QModelIndex& source)
{
    const auto* model = static_cast<const RecordTableModel*>(source.model());
    const TableSpec* table = TableCatalog::table(model->table());
    const ColumnSpec* column = table ? table->column(model->columns().value(source.column())) : nullptr;
    if (!column)
        return std::nullopt;
    const QVariant value = source.data(RecordTableModel::KeyRole);
    switch (column->type) {
    case ColumnType::Text:
    case ColumnType::Date:
    case ColumnType::Timestamp:
    case ColumnType::Integer:
        return value.isNull() ? QString() : value.toString();
    case ColumnType::Real:
        return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    default:
        return std::nullopt;
    }
}

void readRows(const QAbstractItemModel& model, const QList<int>& columns, const QModelIndex& parent, TableExport& table)
{
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex first = model.index(row, 0, parent);
        const QVariant record = first.data(RecordTableModel::RecordRole);
        const QVariantMap map = record.toMap();
        const bool groupingNode = record.typeId() == QMetaType::QVariantMap && map.isEmpty();
        if (!groupingNode) {
            QStringList cells;
            cells.reserve(columns.size());
            for (const int column : columns)
                cells << ModelTable::cellText(model.index(row, column, parent));
            table.addRow(cells, map.value(QStringLiteral("marking")).toString(),
                         map.value(QStringLiteral("caveat")).toString());
        }
        if (model.hasChildren(first))
            readRows(model, columns, first, table);
    }
}

} // namespace

QString ModelTable::cellText(const QModelIndex& index)
{
    if (!index.isValid())
        return QString();
    const QModelIndex source = recordTableIndex(index);
    if (source.isValid()) {
        if (const std::optional<QString> stored = storedText(source))
            return *stored;
    }
    const QVariant key = index.data(RecordTableModel::KeyRole);
    if (key.typeId() == QMetaType::QString && IsoDate::isValid(key.toString()))
        return key.toString();
    return index.data(Qt::DisplayRole).toString();
}

TableExport ModelTable::read(const QAbstractItemModel& model, QList<int> columns, const QModelIndex& root)
{
    if (columns.isEmpty()) {
        for (int column = 0; column < model.columnCount(root); ++column)
            columns << column;
    }
    QStringList headers;
    for (const int column : columns)
        headers << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    TableExport table(headers);
    readRows(model, columns, root, table);
    return table;
}

} // namespace crosswalk
