#pragma once

#include "models/storage/RecordSearch.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace crosswalk {

/// The global search (Ctrl+K): a field that searches every entity as the user types and a list of
/// what it found (kind, code, title). Enter or a double-click chooses a record. The dialog never
/// reads the database: it asks the search function it is given.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    using SearchFunction = std::function<QList<SearchResult>(const QString&)>;

    explicit SearchDialog(SearchFunction search, QWidget* parent = nullptr);

    /// The record chosen (valid after accept()); an empty table when none.
    QString chosenTable() const { return m_chosenTable; }
    qint64 chosenId() const { return m_chosenId; }

    /// The results shown now.
    const QList<SearchResult>& results() const { return m_results; }

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void showStatus();
    static QString kindLabel(const QString& table);

    SearchFunction m_search;
    QList<SearchResult> m_results;
    QLineEdit* m_field = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_delay = nullptr;
    QString m_shownText;
    QString m_chosenTable;
    qint64 m_chosenId = 0;
};

} // namespace crosswalk
