#include "ui/widgets/CommitmentUpdatesPanel.h"

#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/RecordFilterProxy.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/RecordValidator.h"
#include "ui/views/PageContext.h"
#include "ui/views/RecordEditor.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/RecordForm.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString updatesTable = QStringLiteral("commitment_updates");
} // namespace

CommitmentUpdatesPanel::CommitmentUpdatesPanel(PageContext& context, QWidget* parent) : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("commitmentUpdatesPanel"));
    m_model = new RecordTableModel(updatesTable,
                                   {QStringLiteral("update_date"), QStringLiteral("status"), QStringLiteral("progress"),
                                    QStringLiteral("note_en"), QStringLiteral("source")},
                                   this);
    m_model->setScope(QStringLiteral("commitment_id"), 0);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0, Qt::DescendingOrder);

    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Save the commitment first to record its progress."), this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);

    // The history above, the new update below; the splitter lets the user give either the room.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("updatesSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("updateTable"));
    m_table->setAccessibleName(tr("Update history"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::Stretch);     // the note
    header->setSectionResizeMode(4, QHeaderView::Interactive); // the source, often a long address
    header->resizeSection(4, fontMetrics().averageCharWidth() * 18);
    const int rowHeight = fontMetrics().height() * 3 / 2 + 2; // as RowHeightDelegate gives them
    m_table->setMinimumHeight(rowHeight * 4);                 // the header and three updates
    splitter->addWidget(m_table);

    // The new update scrolls when the page is short, so that the history keeps its rows.
    auto* entryScroll = new QScrollArea(splitter);
    entryScroll->setWidgetResizable(true);
    entryScroll->setFrameShape(QFrame::NoFrame);
    auto* entry = new QWidget(entryScroll);
    entryScroll->setWidget(entry);
    auto* entryLayout = new QVBoxLayout(entry);
    entryLayout->setContentsMargins(0, 6, 0, 0);
    auto* heading = new QLabel(tr("New update"), entry);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    entryLayout->addWidget(heading);
    m_form = new RecordForm(updatesTable,
                            {QStringLiteral("update_date"), QStringLiteral("status"), QStringLiteral("progress"),
                             QStringLiteral("note_en"), QStringLiteral("source")},
                            entry);
    m_form->setObjectName(QStringLiteral("updateForm"));
    // A short note, so that the history keeps the room; it scrolls when longer.
    if (QWidget* note = m_form->editor(QStringLiteral("note_en"))) {
        note->setMinimumHeight(fontMetrics().height() * 2 + 12);
        note->setMaximumHeight(fontMetrics().height() * 2 + 12);
    }
    entryLayout->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_addButton = new QPushButton(tr("Add &update"), entry);
    m_addButton->setObjectName(QStringLiteral("addUpdateButton"));
    m_addButton->setToolTip(tr("Record this update; when it is the latest, the commitment takes its status and "
                               "progress"));
    buttons->addWidget(m_addButton);
    entryLayout->addLayout(buttons);
    entryLayout->addStretch(1);
    splitter->addWidget(entryScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    QWidget* previous = m_table;
    for (const QString& column : m_form->columns()) {
        setTabOrder(previous, m_form->editor(column));
        previous = m_form->editor(column);
    }
    setTabOrder(previous, m_addButton);
    connect(m_addButton, &QPushButton::clicked, this, &CommitmentUpdatesPanel::addUpdate);
    setRecord(0);
}

void CommitmentUpdatesPanel::setDatabase(Database* db)
{
    m_db = db;
    m_commitment = 0;
    m_model->setScope(QStringLiteral("commitment_id"), 0);
    m_model->setDatabase(db);
    m_form->setDatabase(db);
    resetForm();
}

void CommitmentUpdatesPanel::setRecord(qint64 id)
{
    m_commitment = id;
    m_model->setScope(QStringLiteral("commitment_id"), id);
    resetForm();
}

void CommitmentUpdatesPanel::resetForm()
{
    const bool active = m_db && m_commitment > 0;
    QVariantMap values{{QStringLiteral("update_date"), QDate::currentDate().toString(Qt::ISODate)},
                       {QStringLiteral("status"), QStringLiteral("proposed")},
                       {QStringLiteral("progress"), 0}};
    if (active) {
        if (const auto commitment = RecordStore(*m_db).fetch(QStringLiteral("commitments"), m_commitment)) {
            values.insert(QStringLiteral("status"), commitment->value(QStringLiteral("status")));
            values.insert(QStringLiteral("progress"), commitment->value(QStringLiteral("progress")));
        }
    }
    m_form->setValues(values);
    m_form->setEnabled(active);
    m_addButton->setEnabled(active);
    m_hint->setVisible(m_db && !active);
}

bool CommitmentUpdatesPanel::addUpdate()
{
    if (!m_db || m_commitment <= 0)
        return false;
    const RecordEditor editor(context(), this);
    QVariantMap row = editor.defaults(updatesTable);
    const QVariantMap values = m_form->values();
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    row.insert(QStringLiteral("commitment_id"), m_commitment);
    const QList<FieldError> errors = RecordValidator(*m_db).validate(updatesTable, row);
    if (!errors.isEmpty()) {
        m_form->showErrors(errors);
        return false;
    }
    const Result<ChangeSet> plan = ChangePlanner(*m_db).addCommitmentUpdate(row);
    if (!plan) {
        context().showError(plan.message(), this);
        return false;
    }
    if (!context().apply(*plan, this))
        return false;
    resetForm();
    return true;
}

} // namespace crosswalk
