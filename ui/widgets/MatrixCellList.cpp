#include "ui/widgets/MatrixCellList.h"

#include "models/analysis/CrosswalkMatrix.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/RecordStore.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaximumColumnWidth = 260;

QStandardItem* item(const QString& text, const QString& toolTip = QString())
{
    auto* result = new QStandardItem(text);
    result->setEditable(false);
    if (!toolTip.isEmpty())
        result->setToolTip(toolTip);
    return result;
}

QString provisionTitle(const CrosswalkMatrix& matrix, qint64 id)
{
    const ProvisionRow* row = matrix.provision(id);
    if (!row)
        return QString();
    const QString code = matrix.provisionCode(id);
    const QString reference = row->refLabel.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, row->refLabel);
    QStringList lines{reference};
    if (!row->titleEn.isEmpty())
        lines << row->titleEn;
    if (!row->titleOrig.isEmpty() && row->titleOrig != row->titleEn)
        lines << row->titleOrig;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MatrixCellList::MatrixCellList(QWidget* parent) : QWidget(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("matrixCellList"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("cellHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cellMappings"));
    m_view->setAccessibleName(tr("Mappings of the chosen cell"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 4);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setToolTip(tr("Double-click a mapping, or press Enter, to open it on the Crosswalk page"));
    layout->addWidget(m_view, 1);
    setupColumns();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentMappingChanged(currentMappingId()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = m_model->index(index.row(), SourceColumn).data(IdRole).toLongLong();
        if (id > 0)
            Q_EMIT openRequested(id);
    });
}

void MatrixCellList::setupColumns()
{
    m_model->setHorizontalHeaderLabels({tr("Source"), tr("Relationship"), tr("Target"), tr("Strength"),
                                        tr("Review status"), tr("Rationale"), tr("Justification")});
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    fitColumns();
}

void MatrixCellList::fitColumns()
{
    for (int column = 0; column < JustificationColumn; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), MaximumColumnWidth));
    }
}

void MatrixCellList::showMappings(Database& db, const CrosswalkMatrix& matrix, const QString& title,
                                  const QList<qint64>& ids)
{
    const qint64 before = currentMappingId();
    m_model->removeRows(0, m_model->rowCount());
    const RecordStore store(db);
    for (const qint64 id : ids) {
        const MatrixMapping* mapping = matrix.mapping(id);
        if (!mapping)
            continue;
        const QVariantMap record = store.fetch(QStringLiteral("mappings"), id).value_or(QVariantMap());
        const QString source = matrix.provisionCode(mapping->sourceProvisionId);
        const QString target = matrix.provisionCode(mapping->targetProvisionId);

        QList<QStandardItem*> row(ColumnCount);
        row[SourceColumn] = item(source, provisionTitle(matrix, mapping->sourceProvisionId));
        row[SourceColumn]->setData(id, IdRole);
        QString relationshipTip;
        if (mapping->inverted)
            relationshipTip = tr("Stored the other way round: %1 %2 %3")
                                  .arg(target, toLabel(invertedRelationship(mapping->relationship)), source);
        row[RelationshipColumn] = item(toLabel(mapping->relationship), relationshipTip);
        row[TargetColumn] = item(target, provisionTitle(matrix, mapping->targetProvisionId));
        row[StrengthColumn] = item(mapping->strength ? QString::number(*mapping->strength) : QStringLiteral("—"),
                                   mapping->strength ? QString() : tr("No strength given"));
        row[StrengthColumn]->setTextAlignment(Qt::AlignCenter);
        row[ReviewStatusColumn] = item(toLabel(mapping->reviewStatus));
        row[ReviewStatusColumn]->setData(toKey(mapping->reviewStatus), RecordTableModel::BadgeRole);
        row[RationaleColumn] =
            item(labelForKey(QStringLiteral("rationale"), record.value(QStringLiteral("rationale")).toString()));
        const QString justification = record.value(QStringLiteral("justification")).toString();
        row[JustificationColumn] = item(justification.simplified(), justification);
        m_model->appendRow(row);
    }
    fitColumns();
    const int count = m_model->rowCount();
    m_heading->setText(count == 0   ? tr("%1: no mappings").arg(title)
                       : count == 1 ? tr("%1: 1 mapping").arg(title)
                                    : tr("%1: %n mappings", nullptr, count).arg(title));
    // Removing the rows told the selection's watchers; the mapping chosen before stays chosen when listed.
    selectMapping(before);
}

void MatrixCellList::showMessage(const QString& message)
{
    m_model->removeRows(0, m_model->rowCount());
    m_heading->setText(message);
}

QList<qint64> MatrixCellList::mappingIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, SourceColumn).data(IdRole).toLongLong();
    return ids;
}

qint64 MatrixCellList::currentMappingId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return 0;
    return m_model->index(current.row(), SourceColumn).data(IdRole).toLongLong();
}

bool MatrixCellList::selectMapping(qint64 id)
{
    if (id <= 0)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, SourceColumn).data(IdRole).toLongLong() == id) {
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, SourceColumn),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(m_model->index(row, SourceColumn));
            return true;
        }
    }
    return false;
}

} // namespace crosswalk
