#include "ui/views/CrosswalkPage.h"

#include "models/commands/ChangePlanner.h"
#include "models/itemmodels/CoverageTreeProxy.h"
#include "models/itemmodels/ProvisionTreeModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/dialogs/ApplicabilityDialog.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Preferences.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/AnalysisScopeBar.h"
#include "ui/widgets/MappingEditor.h"
#include "ui/widgets/MappingForm.h"
#include "ui/widgets/MappingListPanel.h"
#include "ui/widgets/ProvisionTreePane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {
const QString mappingsTable = QStringLiteral("mappings");
const QString applicabilityTable = QStringLiteral("applicability");
const QString provisionsTable = QStringLiteral("provisions");
const QString sourceOrigin = QStringLiteral("source");
const QString targetOrigin = QStringLiteral("target");

QLabel* boldLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

CrosswalkPage::CrosswalkPage(PageContext& context, QWidget* parent)
    : WorkPage(context, parent), m_sourceModel(new ProvisionTreeModel(this)),
      m_targetModel(new ProvisionTreeModel(this)), m_coverage(new CoverageTreeProxy(this))
{
    setObjectName(QStringLiteral("crosswalkPage"));
    m_coverage->setSourceModel(m_targetModel);
    m_sourceModel->setDragEnabled(true);
    m_sourceModel->setDragOrigin(sourceOrigin);
    m_targetModel->setDragEnabled(true);
    m_targetModel->setDragOrigin(targetOrigin);
    createActions();
    buildLayout();

    connect(m_sourcePane, &ProvisionTreePane::currentChanged, this,
            [this](qint64 id) { onProvisionSelected(Side::Source, id); });
    connect(m_targetPane, &ProvisionTreePane::currentChanged, this,
            [this](qint64 id) { onProvisionSelected(Side::Target, id); });
    connect(m_sourceModel, &ProvisionTreeModel::provisionDropped, this,
            [this](qint64 dragged, const QString& origin, qint64 onto) {
                onProvisionDropped(Side::Source, dragged, origin, onto);
            });
    connect(m_targetModel, &ProvisionTreeModel::provisionDropped, this,
            [this](qint64 dragged, const QString& origin, qint64 onto) {
                onProvisionDropped(Side::Target, dragged, origin, onto);
            });
    connect(m_coverage, &CoverageTreeProxy::reportChanged, this, &CrosswalkPage::updateSummary);
    connect(m_mappings, &MappingListPanel::currentMappingChanged, this, &CrosswalkPage::onCurrentMappingChanged);
    connect(m_mappings, &MappingListPanel::otherEndActivated, this, &CrosswalkPage::onOtherEndActivated);
    connect(m_editor, &MappingEditor::editingChanged, this, &CrosswalkPage::onEditingChanged);
    connect(m_editor, &MappingEditor::mappingCreated, this,
            [this](qint64 id, qint64 source, qint64 target) { selectMappingEnds(source, target, id); });
    connect(m_allowWithin, &QCheckBox::toggled, m_editor, &MappingEditor::setAllowMappingsWithinFramework);
    connect(m_notApplicableButton, &QPushButton::clicked, this, &CrosswalkPage::onNotApplicableClicked);
    connect(&context, &PageContext::databaseChanged, this, &CrosswalkPage::setDatabase);
    connect(&context, &PageContext::analysisSelectionChanged, this, &CrosswalkPage::reloadScope);
    setDatabase(context.database());
}

CrosswalkPage::~CrosswalkPage() = default;

void CrosswalkPage::createActions()
{
    m_findAction = new QAction(tr("Search"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &CrosswalkPage::focusSearch);
    addAction(m_findAction);
}

void CrosswalkPage::setUpTree(ProvisionTreePane* pane, const QString& prefix)
{
    pane->setObjectName(prefix + QStringLiteral("Pane"));
    // Names of their own: the Frameworks page's tree is "provisionTree".
    pane->tree()->setObjectName(prefix + QStringLiteral("Tree"));
    pane->searchBox()->setObjectName(prefix + QStringLiteral("Search"));
    pane->verificationFilter()->setObjectName(prefix + QStringLiteral("VerificationFilter"));
    QTreeView* tree = pane->tree();
    tree->setDragEnabled(true);
    tree->setAcceptDrops(true);
    tree->setDropIndicatorShown(true);
    tree->setDragDropMode(QAbstractItemView::DragDrop);
    tree->setDefaultDropAction(Qt::CopyAction);
    tree->setDragDropOverwriteMode(true); // a drop lands on a provision, never between two
    tree->setColumnHidden(ProvisionTreeModel::column(ProvisionTreeModel::Column::EffectiveDate), true);
    tree->setColumnHidden(ProvisionTreeModel::column(ProvisionTreeModel::Column::Verification), true);
    tree->header()->setSectionResizeMode(ProvisionTreeModel::column(ProvisionTreeModel::Column::Title),
                                         QHeaderView::Stretch);
}

void CrosswalkPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    m_scopeBar = new AnalysisScopeBar(context(), this);
    m_allowWithin = new QCheckBox(tr("Allow mappings &within one framework"), this);
    m_allowWithin->setObjectName(QStringLiteral("allowWithinFramework"));
    m_allowWithin->setToolTip(tr("A crosswalk maps between frameworks; a mapping between two provisions of one "
                                 "framework is refused unless this is checked"));
    m_scopeBar->addWidget(m_allowWithin);
    layout->addWidget(m_scopeBar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("crosswalkSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    // Source beside target.
    m_treeSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_treeSplitter->setObjectName(QStringLiteral("treeSplitter"));
    m_treeSplitter->setChildrenCollapsible(false);
    const auto side = [this](QLabel*& caption, ProvisionTreePane* pane) {
        auto* box = new QWidget(m_treeSplitter);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        caption = boldLabel(box);
        boxLayout->addWidget(caption);
        pane->setParent(box);
        boxLayout->addWidget(pane, 1);
        m_treeSplitter->addWidget(box);
    };
    m_sourcePane = new ProvisionTreePane(m_sourceModel, this);
    m_targetPane = new ProvisionTreePane(m_targetModel, m_coverage, this);
    side(m_sourceCaption, m_sourcePane);
    side(m_targetCaption, m_targetPane);
    setUpTree(m_sourcePane, sourceOrigin);
    setUpTree(m_targetPane, targetOrigin);
    m_notApplicableButton = new QPushButton(this);
    m_notApplicableButton->setObjectName(QStringLiteral("notApplicableButton"));
    m_targetPane->addButton(m_notApplicableButton);
    m_splitter->addWidget(m_treeSplitter);

    // The mappings of the selected provision (and other tabs) beside the mapping form.
    m_bottomSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_bottomSplitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_bottomSplitter);
    m_tabs->setObjectName(QStringLiteral("crosswalkTabs"));
    m_mappings = new MappingListPanel(m_tabs);
    m_mappings->setObjectName(QStringLiteral("mappingList"));
    m_tabs->addTab(m_mappings, tr("Mappings"));
    m_bottomSplitter->addWidget(m_tabs);

    m_editor = new MappingEditor(context(), m_bottomSplitter);
    m_editor->setObjectName(QStringLiteral("mappingEditor"));
    for (QAction* action : m_editor->pageActions())
        addAction(action); // Ctrl+M and Ctrl+S anywhere on the page
    m_mappings->table()->addAction(m_editor->deleteAction());
    m_bottomSplitter->addWidget(m_editor);
    m_bottomSplitter->setStretchFactor(0, 1);
    m_bottomSplitter->setStretchFactor(1, 1);
    m_bottomSplitter->setSizes({700, 640});

    m_splitter->addWidget(m_bottomSplitter);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({420, 340});

    QList<QWidget*> chain{m_scopeBar->sourceBox(),
                          m_scopeBar->targetBox(),
                          m_allowWithin,
                          m_sourcePane->searchBox(),
                          m_sourcePane->verificationFilter(),
                          m_sourcePane->tree(),
                          m_targetPane->searchBox(),
                          m_targetPane->verificationFilter(),
                          m_notApplicableButton,
                          m_targetPane->tree(),
                          m_tabs,
                          m_mappings->table()};
    chain << m_editor->tabChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void CrosswalkPage::addTab(QWidget* widget, const QString& title)
{
    m_tabs->addTab(widget, title);
}

// --- database and scope ----------------------------------------------------------------------

void CrosswalkPage::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &CrosswalkPage::onDatabaseChanged);
    m_sourceModel->setDatabase(db);
    m_targetModel->setDatabase(db);
    m_coverage->setDatabase(db);
    m_mappings->setDatabase(db);
    m_editor->setDatabase(db);
    reloadScope();
}

void CrosswalkPage::onDatabaseChanged(const QString& table)
{
    if (table == QLatin1String("frameworks") || table == QLatin1String("parties"))
        reloadScope();
    else if (table == applicabilityTable)
        updateActions();
}

void CrosswalkPage::reloadScope()
{
    const Result<CoverageScope> scope = context().analysisScope();
    if (scope) {
        m_scope = *scope;
        m_scopeProblem.clear();
        m_sourceModel->setFrameworkIds(scope->sourceFrameworkIds);
        m_targetModel->setFrameworkId(scope->targetFrameworkId);
        m_coverage->setScope(*scope);
    } else {
        m_scope.reset();
        m_scopeProblem = scope.message();
        m_sourceModel->setFrameworkIds({});
        m_targetModel->setFrameworkId(m_db ? context().analysisSelection().targetFrameworkId : 0);
        m_coverage->clearScope();
    }
    updateCaptions();
    updateSummary();
    updateActions();
}

// --- selection -------------------------------------------------------------------------------

void CrosswalkPage::onProvisionSelected(Side side, qint64 id)
{
    if (id > 0) {
        m_lastSide = side;
        m_mappings->setProvision(id);
    } else if (side == m_lastSide) {
        // The provision whose mappings were listed is no longer selected: list the other side's.
        const qint64 other = (side == Side::Source ? m_targetPane : m_sourcePane)->currentId();
        if (other > 0)
            m_lastSide = side == Side::Source ? Side::Target : Side::Source;
        m_mappings->setProvision(other);
    }
    m_editor->setPair(m_sourcePane->currentId(), m_targetPane->currentId());
    updateActions();
}

void CrosswalkPage::onCurrentMappingChanged(qint64 id)
{
    if (m_syncing)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    // Unsaved changes kept: back to the mapping they belong to, when it is listed.
    if (!m_editor->showMapping(id) && !m_mappings->selectMapping(m_editor->editingMappingId()))
        m_mappings->clearSelection();
}

void CrosswalkPage::onEditingChanged(qint64 id)
{
    if (!m_syncing && id != m_mappings->currentMappingId()) {
        const QScopedValueRollback<bool> guard(m_syncing, true);
        if (id > 0)
            m_mappings->selectMapping(id);
        else
            m_mappings->clearSelection();
    }
    Q_EMIT currentRecordChanged();
}

qint64 CrosswalkPage::editingMappingId() const
{
    return m_editor->editingMappingId();
}

MappingForm* CrosswalkPage::mappingForm() const
{
    return m_editor->form();
}

void CrosswalkPage::onOtherEndActivated(qint64 provisionId)
{
    for (ProvisionTreePane* pane : {m_sourcePane, m_targetPane}) {
        if (pane->model()->indexOf(provisionId).isValid()) {
            const qint64 mapping = m_editor->editingMappingId();
            pane->select(provisionId);
            pane->tree()->setFocus(Qt::OtherFocusReason);
            m_mappings->selectMapping(mapping);
            return;
        }
    }
    context().dialogs().information(this, tr("Crosswalk"),
                                    tr("%1 is not in the source or the target chosen above. Choose its framework "
                                       "(or its party) there to see it.")
                                        .arg(provisionLabel(provisionId)));
}

void CrosswalkPage::selectMappingEnds(qint64 sourceProvisionId, qint64 targetProvisionId, qint64 mappingId)
{
    m_sourcePane->select(sourceProvisionId);
    m_targetPane->select(targetProvisionId);
    if (m_mappings->rowOf(mappingId) < 0)
        m_mappings->setProvision(targetProvisionId);
    m_mappings->selectMapping(mappingId);
}

// --- drops ----------------------------------------------------------------------------------

void CrosswalkPage::onProvisionDropped(Side droppedOn, qint64 draggedId, const QString& origin, qint64 ontoId)
{
    // The provision from the source tree is the mapping's source; within one tree, the dragged one.
    qint64 source = draggedId;
    qint64 target = ontoId;
    if (droppedOn == Side::Source && origin == targetOrigin)
        std::swap(source, target);
    m_editor->mapProvisions(source, target); // mappingCreated selects it
}

// --- applicability ---------------------------------------------------------------------------

QVariantMap CrosswalkPage::notApplicableMark(qint64 provisionId) const
{
    if (!m_db || !m_scope || m_scope->partyId <= 0 || provisionId <= 0)
        return QVariantMap();
    for (const QVariantMap& mark :
         RecordStore(*m_db).fetchAll(applicabilityTable, QStringLiteral("provision_id"), provisionId)) {
        if (mark.value(QStringLiteral("party_id")).toLongLong() == m_scope->partyId)
            return mark;
    }
    return QVariantMap();
}

bool CrosswalkPage::markNotApplicable(qint64 provisionId, const QString& justification)
{
    if (!m_db || !m_scope || m_scope->partyId <= 0 || provisionId <= 0)
        return false;
    const QVariantMap row{{QStringLiteral("provision_id"), provisionId},
                          {QStringLiteral("party_id"), m_scope->partyId},
                          {QStringLiteral("justification"), justification.trimmed()},
                          {QStringLiteral("marking"), context().preferences().defaultMarking()}};
    const Result<ChangeSet> plan = ChangePlanner(*m_db).insert(applicabilityTable, row);
    if (!plan) {
        context().showError(plan.message(), this);
        return false;
    }
    const bool applied = context().apply(*plan, this);
    updateActions();
    return applied;
}

bool CrosswalkPage::clearNotApplicable(qint64 provisionId)
{
    const QVariantMap mark = notApplicableMark(provisionId);
    if (mark.isEmpty())
        return false;
    const Result<ChangePlanner::Deletion> deletion =
        ChangePlanner(*m_db).remove(applicabilityTable, mark.value(QStringLiteral("id")).toLongLong());
    if (!deletion) {
        context().showError(deletion.message(), this);
        return false;
    }
    const bool applied = context().apply(deletion->changes, this);
    updateActions();
    return applied;
}

void CrosswalkPage::onNotApplicableClicked()
{
    const qint64 provision = m_targetPane->currentId();
    if (!m_db || provision <= 0)
        return;
    if (!m_scope) {
        context().showError(m_scopeProblem, this);
        return;
    }
    if (m_scope->partyId <= 0) {
        context().dialogs().information(
            this, tr("Not applicable"),
            tr("A provision is marked not applicable to a party, and the source %1 has no issuing party. Choose a "
               "party (or a framework a party issued) as the source first.")
                .arg(m_scope->sourceCode));
        return;
    }
    if (!notApplicableMark(provision).isEmpty()) {
        clearNotApplicable(provision);
        return;
    }
    const auto party = RecordStore(*m_db).fetch(QStringLiteral("parties"), m_scope->partyId);
    const QString partyName = party ? QStringLiteral("%1 — %2").arg(party->value(QStringLiteral("code")).toString(),
                                                                    party->value(QStringLiteral("name_en")).toString())
                                    : QString::number(m_scope->partyId);
    const std::optional<QString> justification = ApplicabilityDialog::ask(this, provisionLabel(provision), partyName);
    if (justification)
        markNotApplicable(provision, *justification);
}

// --- display ---------------------------------------------------------------------------------

QString CrosswalkPage::provisionLabel(qint64 provisionId) const
{
    if (!m_db)
        return QString();
    const RecordStore store(*m_db);
    const auto provision = store.fetch(provisionsTable, provisionId);
    if (!provision)
        return QString::number(provisionId);
    const auto framework =
        store.fetch(QStringLiteral("frameworks"), provision->value(QStringLiteral("framework_id")).toLongLong());
    return QStringLiteral("%1:%2 %3")
        .arg(framework ? framework->value(QStringLiteral("code")).toString() : QString(),
             provision->value(QStringLiteral("code")).toString(),
             provision->value(QStringLiteral("title_en")).toString());
}

void CrosswalkPage::updateSummary()
{
    if (!m_scope) {
        m_summary->setText(m_db ? m_scopeProblem : tr("No database is open."));
        m_summary->setToolTip(QString());
        return;
    }
    const CoverageCounts& totals = m_coverage->report().totals();
    const QString score =
        totals.hasScore() ? tr("%1%").arg(qRound(totals.score() * 100)) : tr("none (nothing applicable)");
    m_summary->setText(tr("Covered %1 · Partly %2 · Not covered %3 · Not applicable %4 · Score %5")
                           .arg(totals.covered)
                           .arg(totals.partial)
                           .arg(totals.uncovered)
                           .arg(totals.notApplicable)
                           .arg(score));
    m_summary->setToolTip(tr("Coverage of %1 by %2, counted over its provisions without sub-provisions. The score "
                             "counts a covered provision 1 and a partly covered one its best strength / 10.")
                              .arg(m_scope->targetCode, m_scope->sourceCode));
}

void CrosswalkPage::updateCaptions()
{
    if (!m_scope) {
        m_sourceCaption->setText(tr("Source provisions"));
        m_targetCaption->setText(tr("Target provisions"));
        return;
    }
    m_sourceCaption->setText(
        m_scope->sourceIsParty
            ? tr("Source: %1, all its frameworks (%2)").arg(m_scope->sourceCode).arg(m_scope->sourceFrameworkIds.size())
            : tr("Source: %1").arg(m_scope->sourceCode));
    m_targetCaption->setText(tr("Target: %1, covered by %2").arg(m_scope->targetCode, m_scope->sourceCode));
}

void CrosswalkPage::updateActions()
{
    const qint64 target = m_targetPane->currentId();
    const bool marked = !notApplicableMark(target).isEmpty();
    m_notApplicableButton->setEnabled(m_db && target > 0);
    m_notApplicableButton->setText(marked ? tr("A&pplicable again") : tr("Not a&pplicable…"));
    if (marked)
        m_notApplicableButton->setToolTip(tr("Remove the mark: the selected provision counts for %1 again")
                                              .arg(m_scope ? m_scope->sourceCode : QString()));
    else
        m_notApplicableButton->setToolTip(
            tr("Mark the selected target provision as not applicable to the source's party, with a justification"));
}

// --- WorkPage --------------------------------------------------------------------------------

QStringList CrosswalkPage::tables() const
{
    return {mappingsTable, applicabilityTable};
}

bool CrosswalkPage::showRecord(const QString& table, qint64 id)
{
    if (!m_db || !tables().contains(table))
        return false;
    const RecordStore store(*m_db);
    const auto row = store.fetch(table, id);
    if (!row)
        return false;
    const auto frameworkOf = [&store](qint64 provisionId) {
        const auto provision = store.fetch(provisionsTable, provisionId);
        return provision ? provision->value(QStringLiteral("framework_id")).toLongLong() : 0;
    };
    const auto issuerOf = [&store](qint64 frameworkId) {
        const auto framework = store.fetch(QStringLiteral("frameworks"), frameworkId);
        return framework ? framework->value(QStringLiteral("issuer_party_id")).toLongLong() : 0;
    };

    if (table == applicabilityTable) {
        const qint64 provision = row->value(QStringLiteral("provision_id")).toLongLong();
        AnalysisSelection selection = context().analysisSelection();
        selection.targetFrameworkId = frameworkOf(provision);
        if (!m_scope || m_scope->partyId != row->value(QStringLiteral("party_id")).toLongLong()) {
            selection.sourcePartyId = row->value(QStringLiteral("party_id")).toLongLong();
            selection.sourceFrameworkId = 0;
        }
        context().setAnalysisSelection(selection); // reloads the scope when it changes
        return m_targetPane->select(provision);
    }

    qint64 source = row->value(QStringLiteral("source_provision_id")).toLongLong();
    qint64 target = row->value(QStringLiteral("target_provision_id")).toLongLong();
    const auto inScope = [this](qint64 sourceFramework, qint64 targetFramework) {
        return m_scope && m_scope->targetFrameworkId == targetFramework &&
               m_scope->sourceFrameworkIds.contains(sourceFramework);
    };
    if (inScope(frameworkOf(target), frameworkOf(source))) {
        std::swap(source, target); // stored the other way round: shown from the current side
    } else if (!inScope(frameworkOf(source), frameworkOf(target))) {
        AnalysisSelection selection;
        const qint64 sourceFramework = frameworkOf(source);
        selection.targetFrameworkId = frameworkOf(target);
        const qint64 issuer = issuerOf(sourceFramework);
        // A party's frameworks never include the target: a mapping within one framework is shown from
        // its issuer, with one end in the target tree.
        if (issuer > 0 &&
            (issuer != issuerOf(selection.targetFrameworkId) || sourceFramework == selection.targetFrameworkId))
            selection.sourcePartyId = issuer;
        else
            selection.sourceFrameworkId = sourceFramework;
        context().setAnalysisSelection(selection); // reloads the scope
    }
    selectMappingEnds(source, target, id);
    if (m_mappings->currentMappingId() != id) {
        // An end outside the scope (a mapping within one framework): list the mapping from the other end.
        m_mappings->setProvision(m_targetModel->indexOf(target).isValid() ? target : source);
        m_mappings->selectMapping(id);
    }
    return editingMappingId() == id;
}

QString CrosswalkPage::currentTable() const
{
    return editingMappingId() > 0 ? mappingsTable : QString();
}

QVariantMap CrosswalkPage::currentRecord() const
{
    if (!m_db || editingMappingId() <= 0)
        return QVariantMap();
    return RecordStore(*m_db).fetch(mappingsTable, editingMappingId()).value_or(QVariantMap());
}

void CrosswalkPage::focusSearch()
{
    m_sourcePane->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_sourcePane->searchBox()->selectAll();
}

} // namespace crosswalk
