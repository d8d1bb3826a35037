#pragma once

#include <QStringList>
#include <QVariantMap>
#include <QWidget>

namespace crosswalk {

class PageContext;

/// A page of the main window that shows and edits records. Pages take the database, undo stack,
/// dialogs and preferences from their PageContext, reload when its databaseChanged() fires, make
/// every edit through PageContext::apply(), and ask for linked records to be opened with
/// PageContext::openRecordRequested().
class WorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPage(PageContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    PageContext& context() const { return m_context; }

    /// The tables whose records this page shows (the first is its main table).
    virtual QStringList tables() const = 0;
    /// Selects and shows the record; false when the page does not show that table or the record.
    virtual bool showRecord(const QString& table, qint64 id) = 0;
    /// The table and row of the record shown now (empty when none), for the marking and
    /// verification indicator of the main window.
    virtual QString currentTable() const = 0;
    virtual QVariantMap currentRecord() const = 0;
    /// Puts the keyboard focus in the page's search box.
    virtual void focusSearch() = 0;

Q_SIGNALS:
    /// The record shown changed (another selection, or the record was edited).
    void currentRecordChanged();

private:
    PageContext& m_context;
};

} // namespace crosswalk
