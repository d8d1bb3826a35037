#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace crosswalk {

class Database;
class PageContext;

/// The gaps that coverage suggests for the analysis pages' selection (PageContext::analysisScope()):
/// the target's leaf provisions that the source does not cover, or covers only partly, and that have
/// no gap yet (GapDerivation::suggestions). A table ("gapSuggestions") lists them with a check box,
/// reference, title, kind and score; "Create gaps" ("createGapsButton") records the checked ones as
/// open gaps in one undoable change. The list follows the selection and every change of the database,
/// so a provision that has a gap disappears from it (and comes back when that is undone).
class GapSuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        KindColumn,
        ScoreColumn,
        ColumnCount
    };
    /// Item data of the reference column: the provision id.
    static constexpr int ProvisionIdRole = Qt::UserRole + 1;

    explicit GapSuggestionsPanel(PageContext& context, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_model; }
    /// The suggested provisions, in tree order.
    QList<qint64> suggestedProvisionIds() const;
    /// The provisions whose box is checked.
    QList<qint64> checkedProvisionIds() const;
    void setChecked(qint64 provisionId, bool checked);
    void selectAll();
    void selectNone();

    /// Records the checked provisions as gaps (one undoable change); false when nothing was created.
    bool createGaps();
    /// Computes the suggestions again (checked boxes stay checked where the provision is still listed).
    void reload();

private:
    void watch(Database* db);
    void onDatabaseChanged(const QString& table);
    void setAllChecked(bool checked);
    void updateActions();

    PageContext& m_context;
    QPointer<Database> m_watched;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_selectAll = nullptr;
    QPushButton* m_selectNone = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace crosswalk
