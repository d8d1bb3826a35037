#pragma once

#include "models/storage/Database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

namespace crosswalk {

class Database;

/// The records of one table as a flat table model, for the list pages. Columns are column names of
/// the table, or "link:<link table>" for the records linked through a link table (the themes of a
/// commitment, shown by code). Cells show what a user reads: enumeration labels, the code of a
/// referenced record (a provision as FRAMEWORK:CODE), dates in the locale's format. The roles below
/// give the stored values for sorting and filtering. The model reloads when the database reports a
/// change to its table, a link table it shows, or a table it shows codes of.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the record's id (qint64), any column
        KeyRole,                   ///< the stored value: enumeration key, referenced id, ISO date;
                                   ///< for a link column the linked ids (QVariantList)
        SortRole,                  ///< a value that sorts right (dates by day, numbers as numbers)
        BadgeRole,                 ///< for status, severity, marking and verification columns: the key
        RecordRole                 ///< the whole row (QVariantMap keyed by column name)
    };

    RecordTableModel(QString table, QStringList columns, QObject* parent = nullptr);

    /// Shows the records of db (nullptr: none). The model does not own the database.
    void setDatabase(Database* db);
    Database* database() const { return m_db; }

    /// Shows only the records whose column equals value (a commitment's updates); an empty column
    /// shows every record.
    void setScope(const QString& column, const QVariant& value);

    const QString& table() const { return m_table; }
    const QStringList& columns() const { return m_columns; }
    int columnIndex(const QString& column) const { return static_cast<int>(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    QVariantMap recordAt(int row) const;
    /// The row of the record with the given id, or -1.
    int rowOf(qint64 id) const;

    /// The code (or name) by which a record of a table is shown: FRAMEWORK:CODE for provisions.
    QString codeOf(const QString& table, qint64 id) const;

public Q_SLOTS:
    void reload();

private:
    void onDatabaseChanged(const QString& table);
    QVariant display(int row, int column) const;
    QVariant key(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    void loadCodes(const QString& table);

    QString m_table;
    QStringList m_columns;
    QPointer<Database> m_db;
    QString m_scopeColumn;
    QVariant m_scopeValue;
    QList<QVariantMap> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<QString, QHash<qint64, QList<qint64>>> m_links; ///< link table -> record id -> linked ids
    QHash<QString, QHash<qint64, QString>> m_codes;       ///< table -> id -> code shown
    QStringList m_watched;                                ///< tables whose changes reload the model
};

} // namespace crosswalk
