#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace crosswalk {

/// The search box ("frameworkFilter") and the filters of the framework list: kind, status,
/// verification and marking ("filter_kind", ...), each a list whose first entry "All" filters
/// nothing. The search box has a line of its own and the filters two to a line, so that the list
/// fits in a narrow column.
class FrameworkFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkFilterBar(QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    const QList<QComboBox*>& filterBoxes() const { return m_boxes; }
    /// The columns filtered, in the order of the lists.
    static QStringList filterColumns();

    /// Empties the search box and sets every filter to "All".
    void clear();

Q_SIGNALS:
    void searchChanged(const QString& text);
    /// A filter changed: the stored value the column must hold, empty for any.
    void filterChanged(const QString& column, const QString& key);

private:
    QLineEdit* m_search = nullptr;
    QList<QComboBox*> m_boxes;
};

} // namespace crosswalk
