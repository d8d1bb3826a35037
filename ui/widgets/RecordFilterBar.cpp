#include "ui/widgets/RecordFilterBar.h"

#include "models/domain/Vocabulary.h"
#include "models/storage/Database.h"
#include "models/storage/TableCatalog.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/RecordChoices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace crosswalk {

namespace {
const QString linkPrefix = QStringLiteral("link:");

/// The column a filter is about: the column itself, or the linked column of a link table.
QString subjectColumn(const QString& column)
{
    if (!column.startsWith(linkPrefix))
        return column;
    const TableSpec* link = TableCatalog::table(column.mid(linkPrefix.size()));
    return link ? link->columns[1].name : column;
}
} // namespace

RecordFilterBar::RecordFilterBar(QString table, QStringList filterColumns, QWidget* parent)
    : QWidget(parent), m_table(std::move(table)), m_columns(std::move(filterColumns))
{
    // The search box, then each filter with its caption; they wrap onto more lines when the page
    // is narrow.
    auto* flow = new FlowLayout(this);
    auto* searchSlot = new QWidget(this);
    auto* searchLayout = new QHBoxLayout(searchSlot);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchCaption = new QLabel(tr("Search"), searchSlot);
    m_search = new QLineEdit(searchSlot);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Code, title, text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    searchCaption->setBuddy(m_search);
    searchLayout->addWidget(searchCaption);
    searchLayout->addWidget(m_search, 1);
    searchSlot->setFixedWidth(searchCaption->sizeHint().width() + fontMetrics().averageCharWidth() * 36);
    flow->addWidget(searchSlot);
    connect(m_search, &QLineEdit::textChanged, this, &RecordFilterBar::searchChanged);

    const TableSpec& spec = *TableCatalog::table(m_table);
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString& column = m_columns[i];
        const QString label = TableCatalog::columnLabel(subjectColumn(column));
        auto* slot = new QWidget(this);
        auto* slotLayout = new QHBoxLayout(slot);
        slotLayout->setContentsMargins(0, 0, 0, 0);
        auto* caption = new QLabel(label, slot);
        auto* box = new QComboBox(slot);
        box->setObjectName(filterName(column));
        box->setAccessibleName(tr("Filter by %1").arg(label));
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        caption->setBuddy(box);
        box->addItem(tr("All"), QVariant());
        if (const ColumnSpec* c = spec.column(column); c && c->type == ColumnType::Enum) {
            for (const QString& key : c->enumKeys)
                box->addItem(labelForKey(c->enumName, key), key);
        }
        slotLayout->addWidget(caption);
        slotLayout->addWidget(box, 1);
        flow->addWidget(slot);
        m_boxes << box;
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, column] { Q_EMIT filterChanged(column, box->currentData()); });
    }
    if (!m_boxes.isEmpty())
        setTabOrder(m_search, m_boxes.first());
    for (int i = 1; i < m_boxes.size(); ++i)
        setTabOrder(m_boxes[i - 1], m_boxes[i]);
}

QString RecordFilterBar::filterName(const QString& column)
{
    return QStringLiteral("filter_") + subjectColumn(column);
}

QString RecordFilterBar::choiceTable(const QString& column) const
{
    if (column.startsWith(linkPrefix)) {
        const TableSpec* link = TableCatalog::table(column.mid(linkPrefix.size()));
        return link ? link->columns[1].refTable : QString();
    }
    const ColumnSpec* c = TableCatalog::table(m_table)->column(column);
    return c && c->type == ColumnType::Ref ? c->refTable : QString();
}

void RecordFilterBar::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &RecordFilterBar::onDatabaseChanged);
    reloadChoices();
}

void RecordFilterBar::onDatabaseChanged(const QString& table)
{
    for (const QString& column : std::as_const(m_columns)) {
        if (choiceTable(column) == table) {
            reloadChoices();
            return;
        }
    }
}

void RecordFilterBar::reloadChoices()
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString table = choiceTable(m_columns[i]);
        if (table.isEmpty())
            continue;
        QComboBox* box = m_boxes[i];
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("All"), QVariant());
        if (m_db && m_db->isOpen()) {
            for (const auto& [id, label] : RecordChoices::all(*m_db, table))
                box->addItem(label, id);
        }
        const int index = current.isValid() ? box->findData(current) : 0;
        box->setCurrentIndex(qMax(0, index));
        if (index < 0) // the record filtered by is gone
            Q_EMIT filterChanged(m_columns[i], QVariant());
    }
}

void RecordFilterBar::clear()
{
    m_search->clear();
    for (QComboBox* box : std::as_const(m_boxes))
        box->setCurrentIndex(0);
}

} // namespace crosswalk
