#include "models/itemmodels/FrameworkListModel.h"

#include "models/domain/Vocabulary.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

namespace crosswalk {

namespace {
const QString frameworksTable = QStringLiteral("frameworks");
} // namespace

FrameworkListModel::FrameworkListModel(QObject* parent) : QAbstractTableModel(parent) {}

void FrameworkListModel::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &FrameworkListModel::onDatabaseChanged);
    reload();
}

void FrameworkListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_db && m_db->isOpen())
        m_rows = RecordStore(*m_db).fetchAll(frameworksTable, QString(), QVariant(), {QStringLiteral("id")});
    endResetModel();
}

void FrameworkListModel::onDatabaseChanged(const QString& table)
{
    if (table == frameworksTable)
        reload();
}

int FrameworkListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FrameworkListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameworkListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QVariantMap& row = m_rows.at(index.row());
    if (role == FrameworkListModel::role(Role::Id))
        return row.value(QStringLiteral("id"));
    if (role == FrameworkListModel::role(Role::Record))
        return row;
    if (role == FrameworkListModel::role(Role::Badge)) {
        switch (static_cast<Column>(index.column())) {
        case Column::Status:
            return row.value(QStringLiteral("status"));
        case Column::Verification:
            return row.value(QStringLiteral("verification"));
        case Column::Marking:
            return row.value(QStringLiteral("marking"));
        default:
            return QVariant();
        }
    }
    if (role != FrameworkListModel::role(Role::Key) && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();

    const bool display = role == Qt::DisplayRole;
    switch (static_cast<Column>(index.column())) {
    case Column::Code:
        return row.value(QStringLiteral("code"));
    case Column::Title: {
        const QString title = row.value(QStringLiteral("title_en")).toString();
        if (role == Qt::ToolTipRole) {
            const QString original = row.value(QStringLiteral("title_orig")).toString();
            return original.isEmpty() ? title : title + QLatin1Char('\n') + original;
        }
        return title;
    }
    case Column::Kind: {
        const QString key = row.value(QStringLiteral("kind")).toString();
        return display || role == Qt::ToolTipRole ? labelForKey(QStringLiteral("framework_kind"), key) : key;
    }
    case Column::Status: {
        const QString key = row.value(QStringLiteral("status")).toString();
        return display || role == Qt::ToolTipRole ? labelForKey(QStringLiteral("framework_status"), key) : key;
    }
    case Column::Verification: {
        const QString key = row.value(QStringLiteral("verification")).toString();
        if (role == Qt::ToolTipRole) {
            const QString note = row.value(QStringLiteral("verification_note")).toString();
            return note.isEmpty() ? labelForKey(QStringLiteral("verification"), key) : note;
        }
        return display ? labelForKey(QStringLiteral("verification"), key) : key;
    }
    case Column::Marking: {
        const QString key = row.value(QStringLiteral("marking")).toString();
        if (role == Qt::ToolTipRole) {
            const QString caveat = row.value(QStringLiteral("caveat")).toString();
            const QString label = labelForKey(QStringLiteral("marking"), key);
            return caveat.isEmpty() ? label : label + QLatin1Char('\n') + caveat;
        }
        return display ? labelForKey(QStringLiteral("marking"), key) : key;
    }
    }
    return QVariant();
}

QVariant FrameworkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Code:
        return tr("Code");
    case Column::Title:
        return tr("Title (English)");
    case Column::Kind:
        return tr("Kind");
    case Column::Status:
        return tr("Status");
    case Column::Verification:
        return tr("Verification");
    case Column::Marking:
        return tr("Marking");
    }
    return QVariant();
}

QHash<int, QByteArray> FrameworkListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(role(Role::Id), QByteArrayLiteral("id"));
    names.insert(role(Role::Key), QByteArrayLiteral("key"));
    names.insert(role(Role::Badge), QByteArrayLiteral("badge"));
    names.insert(role(Role::Record), QByteArrayLiteral("record"));
    return names;
}

QVariantMap FrameworkListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

qint64 FrameworkListModel::idAt(int row) const
{
    return record(row).value(QStringLiteral("id")).toLongLong();
}

int FrameworkListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(QStringLiteral("id")).toLongLong() == id)
            return row;
    }
    return -1;
}

} // namespace crosswalk
