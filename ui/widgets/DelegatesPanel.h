#pragma once

#include "ui/widgets/DetailTab.h"

#include <QPointer>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace crosswalk {

class Database;
class RecordEditor;
class RecordForm;
class RecordTableModel;

/// Who attends a dialogue for each side: the delegates of the dialogue in a table, and a small form
/// to add, change or delete one.
class DelegatesPanel : public DetailTab
{
    Q_OBJECT

public:
    explicit DelegatesPanel(PageContext& context, QWidget* parent = nullptr);
    ~DelegatesPanel() override;

    void setDatabase(Database* db) override;
    void setRecord(qint64 id) override;

    RecordTableModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }

private:
    void onCurrentChanged(const QModelIndex& current);
    void startNew();
    void save();
    void remove();
    void showDelegate(qint64 id);
    void updateButtons();

    QPointer<Database> m_db;
    qint64 m_dialogue = 0;
    qint64 m_delegate = 0;
    std::unique_ptr<RecordEditor> m_editor;
    RecordTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    RecordForm* m_form = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace crosswalk
