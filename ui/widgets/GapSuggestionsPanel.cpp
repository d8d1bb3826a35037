#include "ui/widgets/GapSuggestionsPanel.h"

#include "models/analysis/CoverageEngine.h"
#include "models/analysis/GapDerivation.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/BadgeDelegate.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

/// The tables whose changes can change the suggestions.
bool affectsSuggestions(const QString& table)
{
    static const QSet<QString> tables{QStringLiteral("gaps"),       QStringLiteral("mappings"),
                                      QStringLiteral("provisions"), QStringLiteral("applicability"),
                                      QStringLiteral("frameworks"), QStringLiteral("parties")};
    return tables.contains(table);
}

} // namespace

GapSuggestionsPanel::GapSuggestionsPanel(PageContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("gapSuggestionsPanel"));
    auto* layout = new QVBoxLayout(this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("gapSuggestionsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Provision"), tr("Title"), tr("Kind"), tr("Score")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("gapSuggestions"));
    m_table->setAccessibleName(tr("Suggested gaps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ReferenceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreColumn, QHeaderView::ResizeToContents);
    m_table->setItemDelegate(new BadgeDelegate(m_table));
    m_table->setToolTip(tr("Check the provisions to record as gaps (Space checks the current one)"));
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_selectAll = new QPushButton(tr("Select &all"), this);
    m_selectAll->setObjectName(QStringLiteral("selectAllSuggestions"));
    m_selectNone = new QPushButton(tr("Select &none"), this);
    m_selectNone->setObjectName(QStringLiteral("selectNoSuggestions"));
    m_create = new QPushButton(tr("&Create gaps"), this);
    m_create->setObjectName(QStringLiteral("createGapsButton"));
    m_create->setToolTip(tr("Record the checked provisions as open gaps of medium severity (can be undone)"));
    buttons->addWidget(m_selectAll);
    buttons->addWidget(m_selectNone);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    connect(m_selectAll, &QPushButton::clicked, this, &GapSuggestionsPanel::selectAll);
    connect(m_selectNone, &QPushButton::clicked, this, &GapSuggestionsPanel::selectNone);
    connect(m_create, &QPushButton::clicked, this, &GapSuggestionsPanel::createGaps);
    connect(m_model, &QStandardItemModel::itemChanged, this, &GapSuggestionsPanel::updateActions);
    connect(&m_context, &PageContext::analysisSelectionChanged, this, &GapSuggestionsPanel::reload);
    connect(&m_context, &PageContext::databaseChanged, this, [this](Database* db) {
        watch(db);
        reload();
    });
    watch(m_context.database());
    reload();
}

void GapSuggestionsPanel::watch(Database* db)
{
    if (m_watched)
        disconnect(m_watched, &Database::changed, this, &GapSuggestionsPanel::onDatabaseChanged);
    m_watched = db;
    if (db)
        connect(db, &Database::changed, this, &GapSuggestionsPanel::onDatabaseChanged);
}

void GapSuggestionsPanel::onDatabaseChanged(const QString& table)
{
    if (affectsSuggestions(table))
        reload();
}

void GapSuggestionsPanel::reload()
{
    const QList<qint64> checked = checkedProvisionIds();
    const QSet<qint64> keep(checked.begin(), checked.end());
    m_model->removeRows(0, m_model->rowCount());

    QString message;
    Database* db = m_context.database();
    const Result<CoverageScope> scope = m_context.analysisScope();
    if (!db || !db->isOpen() || !scope) {
        message = scope ? tr("No database is open.") : scope.message();
    } else {
        const CoverageReport report = CoverageEngine::compute(*db, *scope);
        const QList<GapSuggestion> suggestions = GapDerivation::suggestions(*db, report);
        if (suggestions.isEmpty()) {
            message = tr("Every provision is covered or already has a gap.");
        } else {
            const int count = static_cast<int>(suggestions.size());
            message = count == 1 ? tr("One provision of %1 is not covered or only partly covered by %2 and has no "
                                      "gap yet. Check it to record it as a gap.")
                                       .arg(scope->targetCode, scope->sourceCode)
                                 : tr("%n provisions of %1 are not covered or only partly covered by %2 and have no "
                                      "gap yet. Check those to record as gaps.",
                                      nullptr, count)
                                       .arg(scope->targetCode, scope->sourceCode);
        }
        for (const GapSuggestion& suggestion : suggestions) {
            auto* reference = new QStandardItem(suggestion.reference);
            reference->setData(suggestion.provisionId, ProvisionIdRole);
            reference->setCheckable(true);
            reference->setCheckState(keep.contains(suggestion.provisionId) ? Qt::Checked : Qt::Unchecked);
            reference->setToolTip(tr("%1 %2").arg(scope->targetCode, suggestion.reference));
            auto* title = new QStandardItem(suggestion.titleEn);
            if (!suggestion.titleOrig.isEmpty())
                title->setToolTip(suggestion.titleOrig);
            const bool partial = suggestion.kind == GapKind::Partial;
            auto* kind = new QStandardItem(partial ? tr("Partly covered") : tr("Uncovered"));
            kind->setData(toKey(suggestion.kind), RecordTableModel::BadgeRole); // as the coverage badges
            auto* score = new QStandardItem(tr("%1%").arg(qRound(suggestion.score * 100)));
            score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            for (QStandardItem* item : {reference, title, kind, score})
                item->setEditable(false);
            m_model->appendRow({reference, title, kind, score});
        }
    }
    m_hint->setText(message);
    // Without suggestions the message takes the table's place, in the middle of the panel.
    const bool listed = m_model->rowCount() > 0;
    m_hint->setAlignment(listed ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignCenter);
    for (QWidget* widget : {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_selectAll),
                            static_cast<QWidget*>(m_selectNone), static_cast<QWidget*>(m_create)})
        widget->setVisible(listed);
    updateActions();
}

QList<qint64> GapSuggestionsPanel::suggestedProvisionIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->item(row, ReferenceColumn)->data(ProvisionIdRole).toLongLong();
    return ids;
}

QList<qint64> GapSuggestionsPanel::checkedProvisionIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem* item = m_model->item(row, ReferenceColumn);
        if (item->checkState() == Qt::Checked)
            ids << item->data(ProvisionIdRole).toLongLong();
    }
    return ids;
}

void GapSuggestionsPanel::setChecked(qint64 provisionId, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row, ReferenceColumn);
        if (item->data(ProvisionIdRole).toLongLong() == provisionId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void GapSuggestionsPanel::selectAll()
{
    setAllChecked(true);
}

void GapSuggestionsPanel::selectNone()
{
    setAllChecked(false);
}

void GapSuggestionsPanel::setAllChecked(bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row, ReferenceColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    updateActions();
}

void GapSuggestionsPanel::updateActions()
{
    const int rows = m_model->rowCount();
    const int checked = static_cast<int>(checkedProvisionIds().size());
    m_create->setEnabled(checked > 0);
    if (checked == 0)
        m_create->setText(tr("&Create gaps"));
    else if (checked == 1)
        m_create->setText(tr("&Create 1 gap"));
    else
        m_create->setText(tr("&Create %n gaps", nullptr, checked));
    m_selectAll->setEnabled(checked < rows);
    m_selectNone->setEnabled(checked > 0);
}

bool GapSuggestionsPanel::createGaps()
{
    const QList<qint64> checked = checkedProvisionIds();
    Database* db = m_context.database();
    if (checked.isEmpty() || !db)
        return false;
    const Result<CoverageScope> scope = m_context.analysisScope();
    if (!scope) {
        m_context.showError(scope.message(), this);
        return false;
    }
    // From the database as it is now: what was recorded meanwhile is left out.
    const CoverageReport report = CoverageEngine::compute(*db, *scope);
    const Result<ChangeSet> plan =
        GapDerivation::plan(*db, report, checked, QDate::currentDate().toString(Qt::ISODate));
    if (!plan) {
        m_context.showError(plan.message(), this);
        reload();
        return false;
    }
    return m_context.apply(*plan, this);
}

} // namespace crosswalk
