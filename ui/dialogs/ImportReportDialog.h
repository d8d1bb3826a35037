#pragma once

#include "models/exchange/ImportReport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace crosswalk {

/// What an import would do, before anything is written: the report's summary and notes, and a table of
/// its items (outcome, record, detail) that can be filtered by outcome and copied as plain text. The
/// user accepts (the button says what happens: "Import", "Merge") or refuses. A report with nothing to
/// write shows a Close button only. The dialog shows the report; it writes nothing.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// sourceName: the file, for the title; acceptText: the accepting button's text ("&Import").
    /// canApply: false when the plan writes nothing (only Close is offered).
    ImportReportDialog(const ImportReport& report, const QString& sourceName, const QString& acceptText, bool canApply,
                       QWidget* parent = nullptr);

    /// The report as plain text (ImportReport::lines()), what "Copy report" puts on the clipboard.
    QString reportText() const;
    /// Shows only the items with the outcome; nullopt: every item.
    void setOutcomeFilter(std::optional<ImportReport::Outcome> outcome);
    /// Items shown with the current filter.
    int visibleItemCount() const;

private:
    void copyReport();
    void applyFilter();

    ImportReport m_report;
    QLabel* m_summary = nullptr;
    QComboBox* m_filter = nullptr;
    QStandardItemModel* m_items = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace crosswalk
