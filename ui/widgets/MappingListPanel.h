#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace crosswalk {

class Database;

/// The mappings of one provision, whichever end it is: the relationship read from that provision
/// ("superset of · 7"), the other end (FRAMEWORK:CODE), its title and the review status as a badge.
/// Reloads when mappings or provisions change and keeps the selected mapping. Only reads.
class MappingListPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RelationshipColumn,
        OtherColumn,
        TitleColumn,
        ReviewColumn,
        ColumnCount
    };
    /// The role of the other end's provision id (on every column).
    static constexpr int OtherProvisionRole = Qt::UserRole + 20;

    explicit MappingListPanel(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    /// Lists the mappings of the provision (0: none).
    void setProvision(qint64 provisionId);
    qint64 provisionId() const { return m_provisionId; }

    QTableView* table() const { return m_table; }
    QStandardItemModel* model() const { return m_model; }
    int count() const;

    /// The selected mapping (0: none).
    qint64 currentMappingId() const;
    /// Selects the mapping when it is listed; false otherwise.
    bool selectMapping(qint64 mappingId);
    void clearSelection();
    /// The row of the mapping, or -1.
    int rowOf(qint64 mappingId) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// Another mapping (0: none) was selected, by the user or because the list changed.
    void currentMappingChanged(qint64 mappingId);
    /// The other end of a mapping was double-clicked (or Enter pressed on it).
    void otherEndActivated(qint64 provisionId);

private:
    void onDatabaseChanged(const QString& table);
    void updateCaption();

    QPointer<Database> m_db;
    qint64 m_provisionId = 0;
    qint64 m_current = 0;
    bool m_reloading = false;
    QLabel* m_caption = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace crosswalk
