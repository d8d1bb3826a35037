#pragma once

#include <QPointer>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace crosswalk {

class Database;

/// The search box and the filters above a record list. A filter is a list named "filter_<column>"
/// whose first entry "All" filters nothing: the values of an enumeration column, the records a
/// reference column can name, or for a link column ("link:commitment_themes", named after the
/// linked column: "filter_theme_id") the records it can link. The search box is "searchBox".
class RecordFilterBar : public QWidget
{
    Q_OBJECT

public:
    RecordFilterBar(QString table, QStringList filterColumns, QWidget* parent = nullptr);

    /// The database whose records the reference and link filters offer (nullptr: none).
    void setDatabase(Database* db);

    QLineEdit* searchBox() const { return m_search; }
    /// The filter lists, in the order of the filter columns.
    const QList<QComboBox*>& filterBoxes() const { return m_boxes; }
    const QStringList& filterColumns() const { return m_columns; }

    /// Empties the search box and sets every filter to "All".
    void clear();

    /// The object name of the filter of a column: "filter_status", "filter_theme_id".
    static QString filterName(const QString& column);

Q_SIGNALS:
    void searchChanged(const QString& text);
    void filterChanged(const QString& column, const QVariant& value);

private:
    void reloadChoices();
    void onDatabaseChanged(const QString& table);
    /// The table whose records a reference or link filter offers; empty for enumerations.
    QString choiceTable(const QString& column) const;

    QString m_table;
    QStringList m_columns;
    QPointer<Database> m_db;
    QLineEdit* m_search = nullptr;
    QList<QComboBox*> m_boxes;
};

} // namespace crosswalk
