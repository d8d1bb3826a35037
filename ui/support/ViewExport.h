#pragma once

#include "models/exchange/TableExport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemView;
class QAction;
class QObject;
class QWidget;

namespace crosswalk {

class PageContext;

/// Exports what a list or tree view shows as a CSV or XLSX table (DESIGN.md section 6: "export of the
/// current view"): exactly the rows its filters keep, in the order shown, the columns shown in the
/// order shown with their header texts, and the marking of the rows (ModelTable says which text each
/// cell exports). The file dialog offers CSV and XLSX; the file's suffix decides, and a name without
/// a suffix gets ".csv".
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::ViewExport)

public:
    /// "Export…" (object name "exportAction", Ctrl+E while the page has the focus, icon
    /// "document-export"); the caller connects it.
    static QAction* createAction(QWidget* page);

    /// The file dialog's filters: "CSV (*.csv);;Excel workbook (*.xlsx)".
    static QString fileFilters();
    /// The path with ".csv" added when it has no suffix.
    static QString withDefaultSuffix(const QString& path);

    /// The columns the view shows, in the order shown (hidden ones left out).
    static QList<int> shownColumns(const QAbstractItemView& view);
    /// The rows and columns the view shows, as a table to export.
    static TableExport table(const QAbstractItemView& view);

    /// Writes what the view shows to path; the format follows the suffix (CSV unless .xlsx). title
    /// names the sheet and the document.
    static Status write(const QAbstractItemView& view, const QString& title, const QString& path);

    /// Asks for a file (through the context's dialogs) and writes what the view shows to it; shows a
    /// failure naming the file. False when nothing was written (cancelled or failed).
    static bool run(PageContext& context, const QAbstractItemView& view, const QString& title, QWidget* parent);
};

} // namespace crosswalk
