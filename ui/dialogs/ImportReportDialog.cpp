#include "ui/dialogs/ImportReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
/// The outcome as a table cell or list entry starts: "Added" (the report's lines use "added").
QString outcomeText(ImportReport::Outcome outcome)
{
    QString text = ImportReport::outcomeLabel(outcome);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}


constexpr int OutcomeRole = Qt::UserRole + 1;

constexpr ImportReport::Outcome allOutcomes[] = {ImportReport::Outcome::Added, ImportReport::Outcome::Updated,
                                                 ImportReport::Outcome::Conflict, ImportReport::Outcome::Skipped,
                                                 ImportReport::Outcome::Unchanged};

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, const QString& sourceName, const QString& acceptText,
                                       bool canApply, QWidget* parent)
    : QDialog(parent), m_report(report)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(sourceName).fileName()));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setText(m_report.isEmpty() ? tr("The file holds nothing to import.") : m_report.summary());

    auto* question = new QLabel(this);
    question->setObjectName(QStringLiteral("reportQuestion"));
    question->setWordWrap(true);
    if (!canApply) {
        question->setText(tr("Nothing would change in the database."));
    } else if (m_report.hasConflicts()) {
        question->setText(tr("Records in conflict keep their stored values. Nothing is written until you accept; "
                             "the whole change can then be undone in one step."));
    } else {
        question->setText(tr("Nothing is written until you accept; the whole change can then be undone in one step."));
    }

    auto* notes = new QLabel(this);
    notes->setObjectName(QStringLiteral("reportNotes"));
    notes->setWordWrap(true);
    notes->setTextFormat(Qt::PlainText);
    notes->setText(m_report.notes().join(QLatin1Char('\n')));
    notes->setVisible(!m_report.notes().isEmpty());

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("reportFilter"));
    m_filter->addItem(tr("All (%1)").arg(m_report.items().size()), -1);
    for (const ImportReport::Outcome outcome : allOutcomes) {
        m_filter->addItem(tr("%1 (%2)").arg(outcomeText(outcome)).arg(m_report.count(outcome)),
                          static_cast<int>(outcome));
    }
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportReportDialog::applyFilter);

    m_items = new QStandardItemModel(0, 3, this);
    m_items->setHorizontalHeaderLabels({tr("Outcome"), tr("Record"), tr("Detail")});
    for (const ImportReport::Item& item : m_report.items()) {
        auto* outcome = new QStandardItem(outcomeText(item.outcome));
        outcome->setData(static_cast<int>(item.outcome), OutcomeRole);
        if (item.outcome == ImportReport::Outcome::Conflict) {
            QFont font = outcome->font();
            font.setBold(true);
            outcome->setFont(font);
        }
        auto* record = new QStandardItem(item.record);
        auto* detail = new QStandardItem(item.detail);
        detail->setToolTip(item.detail);
        for (QStandardItem* cell : {outcome, record, detail})
            cell->setEditable(false);
        m_items->appendRow({outcome, record, detail});
    }
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_items);
    m_filtered->setFilterRole(OutcomeRole);
    m_filtered->setFilterKeyColumn(0);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportItems"));
    m_table->setAccessibleName(tr("Records of the import"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 300);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("reportButtons"));
    m_copy = new QPushButton(tr("&Copy report"), this);
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setToolTip(tr("Copy the summary, notes and records as plain text"));
    connect(m_copy, &QPushButton::clicked, this, &ImportReportDialog::copyReport);
    if (canApply) {
        QPushButton* accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
        accept->setObjectName(QStringLiteral("acceptImportButton"));
        accept->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("refuseImportButton"));
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("refuseImportButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(question);
    layout->addWidget(notes);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_copy);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);
    resize(760, 480);
}

QString ImportReportDialog::reportText() const
{
    return m_report.lines().join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportReportDialog::setOutcomeFilter(std::optional<ImportReport::Outcome> outcome)
{
    const int index = m_filter->findData(outcome ? static_cast<int>(*outcome) : -1);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

int ImportReportDialog::visibleItemCount() const
{
    return m_filtered->rowCount();
}

void ImportReportDialog::copyReport()
{
    QApplication::clipboard()->setText(reportText());
}

void ImportReportDialog::applyFilter()
{
    const int outcome = m_filter->currentData().toInt();
    if (outcome < 0) {
        m_filtered->setFilterRegularExpression(QString());
    } else {
        m_filtered->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QString::number(outcome))));
    }
}

} // namespace crosswalk
