#include "ui/widgets/FrameworkFilterBar.h"

#include "models/domain/Vocabulary.h"
#include "models/storage/TableCatalog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace crosswalk {

namespace {
constexpr int FiltersPerLine = 2;
} // namespace

FrameworkFilterBar::FrameworkFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("frameworkFilterBar"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("frameworkFilter"));
    m_search->setPlaceholderText(tr("Search frameworks: code, title, kind, status (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search frameworks"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &FrameworkFilterBar::searchChanged);

    // The search box across, the filters two to a line, so that the list can be narrow.
    const QStringList columns = filterColumns();
    grid->addWidget(m_search, 0, 0, 1, FiltersPerLine * 2);
    const TableSpec& spec = *TableCatalog::table(QStringLiteral("frameworks"));
    for (int i = 0; i < columns.size(); ++i) {
        const QString& column = columns[i];
        const ColumnSpec* c = spec.column(column);
        const QString label = TableCatalog::columnLabel(column);
        auto* caption = new QLabel(label + QLatin1Char(':'), this);
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("filter_") + column);
        box->setAccessibleName(tr("Filter frameworks by %1").arg(label));
        box->setMinimumContentsLength(6);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        box->addItem(tr("All"), QString());
        for (const QString& key : c->enumKeys)
            box->addItem(labelForKey(c->enumName, key), key);
        caption->setBuddy(box);
        const int line = 1 + i / FiltersPerLine;
        const int slot = i % FiltersPerLine;
        grid->addWidget(caption, line, slot * 2);
        grid->addWidget(box, line, slot * 2 + 1);
        grid->setColumnStretch(slot * 2 + 1, 1);
        m_boxes << box;
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, column] { Q_EMIT filterChanged(column, box->currentData().toString()); });
    }
    QWidget* previous = m_search;
    for (QComboBox* box : std::as_const(m_boxes)) {
        setTabOrder(previous, box);
        previous = box;
    }
}

QStringList FrameworkFilterBar::filterColumns()
{
    return {QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("verification"),
            QStringLiteral("marking")};
}

void FrameworkFilterBar::clear()
{
    m_search->clear();
    for (QComboBox* box : std::as_const(m_boxes))
        box->setCurrentIndex(0);
}

} // namespace crosswalk
