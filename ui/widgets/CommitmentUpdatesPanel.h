#pragma once

#include "ui/widgets/DetailTab.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace crosswalk {

class Database;
class RecordFilterProxy;
class RecordForm;
class RecordTableModel;

/// The update history of a commitment, newest first, and a small form for a new dated update
/// (date, status, progress, note, source). "Add update" records it; when it is the latest, the
/// commitment takes its status and progress in the same undoable change.
class CommitmentUpdatesPanel : public DetailTab
{
    Q_OBJECT

public:
    explicit CommitmentUpdatesPanel(PageContext& context, QWidget* parent = nullptr);

    void setDatabase(Database* db) override;
    void setRecord(qint64 id) override;

    RecordTableModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }

    /// Records the update in the form; false when it has errors (shown next to the fields) or fails.
    bool addUpdate();

private:
    void resetForm();

    QPointer<Database> m_db;
    qint64 m_commitment = 0;
    RecordTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    RecordForm* m_form = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace crosswalk
