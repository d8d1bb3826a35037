#include "ui/widgets/DelegatesPanel.h"

#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "ui/views/RecordEditor.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/RecordForm.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString delegatesTable = QStringLiteral("delegates");
} // namespace

DelegatesPanel::DelegatesPanel(PageContext& context, QWidget* parent)
    : DetailTab(context, parent), m_editor(std::make_unique<RecordEditor>(context, this))
{
    setObjectName(QStringLiteral("delegatesPanel"));
    m_model = new RecordTableModel(
        delegatesTable,
        {QStringLiteral("party_id"), QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("role")}, this);
    m_model->setScope(QStringLiteral("dialogue_id"), 0);

    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Save the dialogue first to list its delegates."), this);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    layout->addWidget(m_hint);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("delegateTable"));
    m_table->setAccessibleName(tr("Delegates"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_form = new RecordForm(delegatesTable,
                            {QStringLiteral("party_id"), QStringLiteral("name"), QStringLiteral("position"),
                             QStringLiteral("role"), QStringLiteral("sort_order")},
                            this);
    m_form->setObjectName(QStringLiteral("delegateForm"));
    layout->addWidget(m_form);

    auto* buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("New dele&gate"), this);
    m_newButton->setObjectName(QStringLiteral("delegateNewButton"));
    m_saveButton = new QPushButton(tr("Save delegate"), this);
    m_saveButton->setObjectName(QStringLiteral("delegateSaveButton"));
    m_deleteButton = new QPushButton(tr("Delete delegate"), this);
    m_deleteButton->setObjectName(QStringLiteral("delegateDeleteButton"));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    QWidget* previous = m_table;
    for (const QString& column : m_form->columns()) {
        setTabOrder(previous, m_form->editor(column));
        previous = m_form->editor(column);
    }
    setTabOrder(previous, m_newButton);
    setTabOrder(m_newButton, m_saveButton);
    setTabOrder(m_saveButton, m_deleteButton);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DelegatesPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_delegate);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        else if (m_delegate > 0)
            startNew();
    });
    connect(m_newButton, &QPushButton::clicked, this, &DelegatesPanel::startNew);
    connect(m_saveButton, &QPushButton::clicked, this, &DelegatesPanel::save);
    connect(m_deleteButton, &QPushButton::clicked, this, &DelegatesPanel::remove);
    connect(m_form, &RecordForm::modified, this, &DelegatesPanel::updateButtons);
    setRecord(0);
}

DelegatesPanel::~DelegatesPanel() = default;

void DelegatesPanel::setDatabase(Database* db)
{
    m_db = db;
    m_dialogue = 0;
    m_model->setScope(QStringLiteral("dialogue_id"), 0);
    m_model->setDatabase(db);
    m_form->setDatabase(db);
    startNew();
}

void DelegatesPanel::setRecord(qint64 id)
{
    m_dialogue = id;
    m_delegate = 0;
    m_model->setScope(QStringLiteral("dialogue_id"), id);
    startNew();
}

void DelegatesPanel::onCurrentChanged(const QModelIndex& current)
{
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id > 0 && id != m_delegate)
        showDelegate(id);
}

void DelegatesPanel::showDelegate(qint64 id)
{
    m_delegate = id;
    m_form->setValues(m_model->recordAt(m_model->rowOf(id)));
    updateButtons();
}

void DelegatesPanel::startNew()
{
    m_delegate = 0;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_form->setValues(m_editor->defaults(delegatesTable));
    updateButtons();
}

void DelegatesPanel::save()
{
    const qint64 saved = m_editor->save(*m_form, m_delegate, {{QStringLiteral("dialogue_id"), m_dialogue}});
    if (saved > 0) {
        m_delegate = saved;
        const int row = m_model->rowOf(saved);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        showDelegate(saved);
    }
}

void DelegatesPanel::remove()
{
    if (m_delegate > 0 && m_editor->remove(delegatesTable, m_delegate))
        startNew();
}

void DelegatesPanel::updateButtons()
{
    const bool active = m_db && m_dialogue > 0;
    m_hint->setVisible(m_db && !active);
    m_table->setEnabled(active);
    m_form->setEnabled(active);
    m_newButton->setEnabled(active);
    m_saveButton->setEnabled(active);
    m_deleteButton->setEnabled(active && m_delegate > 0);
}

} // namespace crosswalk
