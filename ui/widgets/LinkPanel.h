#pragma once

#include "ui/widgets/DetailTab.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace crosswalk {

class Database;

/// The records linked to one record through a link table (the gaps of a commitment, the
/// commitments of a gap), shown by code and title. Works from either side of the link table.
/// "Link" adds the record chosen in the list of the other table, "Remove" takes the selected link
/// away (both undoable); a double-click (or Enter) on a linked record asks for it to be opened.
class LinkPanel : public DetailTab
{
    Q_OBJECT

public:
    /// linkTable: e.g. "commitment_gaps"; ownerTable: the table of the record shown, one of the
    /// two tables it links ("gaps" lists the commitments of a gap).
    LinkPanel(PageContext& context, QString linkTable, const QString& ownerTable, QWidget* parent = nullptr);

    void setDatabase(Database* db) override;
    void setRecord(qint64 id) override;

    const QString& linkTable() const { return m_linkTable; }
    const QString& otherTable() const { return m_otherTable; }
    qint64 record() const { return m_record; }
    /// The ids of the linked records, in the order shown.
    QList<qint64> linkedIds() const;

    /// Links the record of the other table; false (with a message) when that fails.
    bool addLink(qint64 otherId);
    /// Removes the link to the record of the other table.
    bool removeLink(qint64 otherId);

private:
    void reload();
    void onDatabaseChanged(const QString& table);
    void addChosen();
    void removeSelected();
    void openItem(QListWidgetItem* item);
    void updateButtons();
    qint64 leftOf(qint64 otherId) const;
    qint64 rightOf(qint64 otherId) const;

    QString m_linkTable;
    QString m_otherTable;
    bool m_ownerIsLeft = true;
    QPointer<Database> m_db;
    qint64 m_record = 0;

    QListWidget* m_list = nullptr;
    QComboBox* m_choice = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace crosswalk
