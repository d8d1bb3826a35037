#include "ui/widgets/MappingListPanel.h"

#include "models/domain/Vocabulary.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString mappingsTable = QStringLiteral("mappings");
const QString provisionsTable = QStringLiteral("provisions");

QString provisionCode(const RecordStore& store, const std::optional<QVariantMap>& provision)
{
    if (!provision)
        return QString();
    const auto framework =
        store.fetch(QStringLiteral("frameworks"), provision->value(QStringLiteral("framework_id")).toLongLong());
    return QStringLiteral("%1:%2").arg(framework ? framework->value(QStringLiteral("code")).toString() : QString(),
                                       provision->value(QStringLiteral("code")).toString());
}
} // namespace

MappingListPanel::MappingListPanel(QWidget* parent) : QWidget(parent), m_model(new QStandardItemModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("mappingsCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Relationship"), tr("Other provision"), tr("Title"), tr("Review")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Mappings of the selected provision"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    // A mouse click makes the row current before it selects it: follow the selection too.
    const auto follow = [this] {
        if (m_reloading)
            return;
        const qint64 id = currentMappingId();
        if (id == m_current)
            return;
        m_current = id;
        Q_EMIT currentMappingChanged(id);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, follow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, follow);
    // Double-click, or Enter in the list (not the platform's "activate", which may be a single click).
    const auto showOther = [this](const QModelIndex& index) {
        const qint64 other = index.data(OtherProvisionRole).toLongLong();
        if (other > 0)
            Q_EMIT otherEndActivated(other);
    };
    connect(m_table, &QAbstractItemView::doubleClicked, this, showOther);
    auto* showAction = new QAction(tr("Show the other provision"), m_table);
    showAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    showAction->setShortcutContext(Qt::WidgetShortcut);
    connect(showAction, &QAction::triggered, this, [this, showOther] { showOther(m_table->currentIndex()); });
    m_table->addAction(showAction);
    updateCaption();
}

void MappingListPanel::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &MappingListPanel::onDatabaseChanged);
    m_provisionId = 0;
    reload();
}

void MappingListPanel::setProvision(qint64 provisionId)
{
    if (provisionId == m_provisionId)
        return;
    m_provisionId = provisionId;
    reload();
}

void MappingListPanel::onDatabaseChanged(const QString& table)
{
    if (table == mappingsTable || table == provisionsTable || table == QLatin1String("frameworks"))
        reload();
}

int MappingListPanel::count() const
{
    return m_model->rowCount();
}

qint64 MappingListPanel::currentMappingId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(RecordTableModel::IdRole).toLongLong();
}

int MappingListPanel::rowOf(qint64 mappingId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(RecordTableModel::IdRole).toLongLong() == mappingId)
            return row;
    }
    return -1;
}

bool MappingListPanel::selectMapping(qint64 mappingId)
{
    const int row = rowOf(mappingId);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return currentMappingId() == mappingId;
}

void MappingListPanel::clearSelection()
{
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
}

void MappingListPanel::reload()
{
    const qint64 before = m_current;
    {
        const QScopedValueRollback<bool> guard(m_reloading, true);
        m_model->removeRows(0, m_model->rowCount());
        if (m_db && m_db->isOpen() && m_provisionId > 0) {
            const RecordStore store(*m_db);
            QList<QVariantMap> mappings =
                store.fetchAll(mappingsTable, QStringLiteral("source_provision_id"), m_provisionId);
            mappings << store.fetchAll(mappingsTable, QStringLiteral("target_provision_id"), m_provisionId);
            const QString self = provisionCode(store, store.fetch(provisionsTable, m_provisionId));
            for (const QVariantMap& mapping : std::as_const(mappings)) {
                const qint64 id = mapping.value(QStringLiteral("id")).toLongLong();
                const qint64 source = mapping.value(QStringLiteral("source_provision_id")).toLongLong();
                const qint64 target = mapping.value(QStringLiteral("target_provision_id")).toLongLong();
                const bool fromHere = source == m_provisionId;
                const qint64 other = fromHere ? target : source;
                const auto otherRow = store.fetch(provisionsTable, other);
                const QString otherCode = provisionCode(store, otherRow);
                // Read from the selected provision: "this REL other".
                QString relationship = mapping.value(QStringLiteral("relationship")).toString();
                if (!fromHere) {
                    if (const auto value = fromKey<Relationship>(relationship))
                        relationship = toKey(invertedRelationship(*value));
                }
                const QVariant strength = mapping.value(QStringLiteral("strength"));
                const QString relationshipLabel = labelForKey(QStringLiteral("relationship"), relationship);
                const QString stored = tr("%1 %2 %3")
                                           .arg(fromHere ? self : otherCode,
                                                labelForKey(QStringLiteral("relationship"),
                                                            mapping.value(QStringLiteral("relationship")).toString()),
                                                fromHere ? otherCode : self);
                const QString review = mapping.value(QStringLiteral("review_status")).toString();

                QList<QStandardItem*> items;
                items << new QStandardItem(
                    strength.isNull() ? relationshipLabel : tr("%1 · %2").arg(relationshipLabel).arg(strength.toInt()));
                items << new QStandardItem(otherCode);
                items << new QStandardItem(otherRow ? otherRow->value(QStringLiteral("title_en")).toString()
                                                    : QString());
                items << new QStandardItem(labelForKey(QStringLiteral("review_status"), review));
                items[ReviewColumn]->setData(review, RecordTableModel::BadgeRole);
                items[RelationshipColumn]->setData(relationship, RecordTableModel::KeyRole);
                items[OtherColumn]->setToolTip(tr("Double-click (or Enter) to show %1 in its tree").arg(otherCode));
                for (QStandardItem* item : std::as_const(items)) {
                    item->setData(id, RecordTableModel::IdRole);
                    item->setData(other, OtherProvisionRole);
                    if (item != items[OtherColumn])
                        item->setToolTip(stored);
                    item->setEditable(false);
                }
                m_model->appendRow(items);
            }
        }
        const int row = rowOf(before);
        if (row >= 0)
            selectMapping(before);
        else
            clearSelection();
    }
    for (const int column : {RelationshipColumn, OtherColumn, ReviewColumn})
        m_table->resizeColumnToContents(column);
    updateCaption();
    const qint64 now = currentMappingId();
    if (now != m_current) {
        m_current = now;
        Q_EMIT currentMappingChanged(now);
    }
}

void MappingListPanel::updateCaption()
{
    if (!m_db || m_provisionId <= 0) {
        m_caption->setText(tr("Select a provision in either tree to see its mappings."));
        return;
    }
    const RecordStore store(*m_db);
    const auto provision = store.fetch(provisionsTable, m_provisionId);
    const QString name = provision
                             ? QStringLiteral("%1 %2").arg(provisionCode(store, provision),
                                                           provision->value(QStringLiteral("title_en")).toString())
                             : QString();
    if (m_model->rowCount() == 0)
        m_caption->setText(tr("%1: no mappings yet. Select a provision on the other side and press Map, or drag one "
                              "onto the other.")
                               .arg(name));
    else
        m_caption->setText(tr("Mappings of %1:").arg(name));
}

} // namespace crosswalk
