#include "ui/views/MatrixPage.h"

#include "models/analysis/CrosswalkMatrix.h"
#include "models/itemmodels/CrosswalkMatrixModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/AnalysisScopeBar.h"
#include "ui/widgets/MatrixCellDelegate.h"
#include "ui/widgets/MatrixCellList.h"
#include "ui/widgets/MatrixHeaderView.h"
#include "ui/widgets/MatrixLegend.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

const QString mappingsTable = QStringLiteral("mappings");

/// The tables the matrix is computed from.
bool feedsMatrix(const QString& table)
{
    static const QStringList tables{mappingsTable, QStringLiteral("provisions"), QStringLiteral("applicability"),
                                    QStringLiteral("frameworks"), QStringLiteral("parties")};
    return tables.contains(table);
}

constexpr int MaximumColumnWidth = 220;

} // namespace

MatrixPage::MatrixPage(PageContext& context, QWidget* parent)
    : WorkPage(context, parent), m_model(new CrosswalkMatrixModel(this))
{
    setObjectName(QStringLiteral("matrixPage"));
    buildLayout();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showCell(current); });
    // Enter (or a double-click) on a cell takes the keyboard to its mappings.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_cellList->mappingIds().isEmpty())
            return;
        m_cellList->view()->setFocus(Qt::OtherFocusReason);
        if (m_cellList->currentMappingId() == 0)
            m_cellList->selectMapping(m_cellList->mappingIds().constFirst());
    });
    connect(m_cellList, &MatrixCellList::currentMappingChanged, this, &WorkPage::currentRecordChanged);
    connect(m_cellList, &MatrixCellList::openRequested, this,
            [this](qint64 id) { Q_EMIT this->context().openRecordRequested(mappingsTable, id); });
    connect(m_hideEmpty, &QCheckBox::toggled, this, [this](bool hide) {
        const Choice before = choice();
        m_model->setHideEmptyRows(hide);
        choose(before);
        resizeColumns();
    });

    connect(&context, &PageContext::databaseChanged, this, &MatrixPage::setDatabase);
    connect(&context, &PageContext::analysisSelectionChanged, this, &MatrixPage::scheduleReload);
    setDatabase(context.database());
}

MatrixPage::~MatrixPage() = default;

void MatrixPage::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    // The page lives in the main window's page stack: shown on its own (in tests) it does not make its
    // minimum that of a window.
    layout->setSizeConstraint(QLayout::SetNoConstraint);

    m_scopeBar = new AnalysisScopeBar(context(), this);
    m_hideEmpty = new QCheckBox(tr("&Hide source groups without mappings"), m_scopeBar);
    m_hideEmpty->setObjectName(QStringLiteral("hideEmptyRows"));
    m_hideEmpty->setToolTip(tr("Show only the rows of source groups that have at least one mapping to the target"));
    m_scopeBar->addWidget(m_hideEmpty);
    layout->addWidget(m_scopeBar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("matrixSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto* matrixPane = new QWidget(m_splitter);
    auto* matrixLayout = new QVBoxLayout(matrixPane);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(matrixPane);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setAccessibleName(tr("Crosswalk matrix"));
    // A dense grid: a little smaller than the page's text, so that a framework's groups fit side by side.
    QFont gridFont = m_table->font();
    if (gridFont.pointSizeF() > 0)
        gridFont.setPointSizeF(gridFont.pointSizeF() * 0.92);
    m_table->setFont(gridFont);
    m_table->setHorizontalHeader(new MatrixHeaderView(Qt::Horizontal, m_table));
    m_table->setVerticalHeader(new MatrixHeaderView(Qt::Vertical, m_table));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new MatrixCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(gridFont).height() + 12);
    m_table->verticalHeader()->setMaximumWidth(MatrixHeaderView::MaximumRowHeaderWidth);
    // A minimum of its own, so that the page's minimum does not follow the header widths of each matrix.
    m_table->setMinimumSize(320, 160);
    m_table->viewport()->installEventFilter(this);
    matrixLayout->addWidget(m_table, 1);
    matrixLayout->addWidget(new MatrixLegend(matrixPane));

    m_cellList = new MatrixCellList(m_splitter);
    m_splitter->addWidget(matrixPane);
    m_splitter->addWidget(m_cellList);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({690, 130});
}

void MatrixPage::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, &Database::changed, this, &MatrixPage::onDatabaseChanged);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &MatrixPage::onDatabaseChanged);
    scheduleReload();
}

void MatrixPage::onDatabaseChanged(const QString& table)
{
    if (feedsMatrix(table))
        scheduleReload();
}

void MatrixPage::scheduleReload()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void MatrixPage::showEvent(QShowEvent* event)
{
    WorkPage::showEvent(event);
    if (m_stale)
        reload();
}

void MatrixPage::reload()
{
    m_stale = false;
    const Choice before = choice();
    QString problem;
    Database* db = context().database();
    if (!db || !db->isOpen()) {
        m_model->setMatrix(CrosswalkMatrix());
        problem = tr("No database is open.");
    } else if (const Result<CoverageScope> scope = context().analysisScope(); scope) {
        m_model->setMatrix(CrosswalkMatrix::compute(*db, *scope));
    } else {
        m_model->setMatrix(CrosswalkMatrix());
        problem = scope.message();
    }

    choose(before);
    resizeColumns();
    updateSummary(problem);
}

MatrixPage::Choice MatrixPage::choice() const
{
    Choice result;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        result.rowGroup =
            m_model->headerData(current.row(), Qt::Vertical, CrosswalkMatrixModel::GroupIdRole).toLongLong();
        result.columnGroup =
            m_model->headerData(current.column(), Qt::Horizontal, CrosswalkMatrixModel::GroupIdRole).toLongLong();
    }
    result.mappingId = m_cellList->currentMappingId();
    return result;
}

void MatrixPage::choose(const Choice& choice)
{
    const QModelIndex index = m_model->indexOfGroups(choice.rowGroup, choice.columnGroup);
    if (!index.isValid()) {
        showCell(QModelIndex());
        return;
    }
    m_table->setCurrentIndex(index);
    m_cellList->selectMapping(choice.mappingId);
}

void MatrixPage::showCell(const QModelIndex& index)
{
    const MatrixCell* cell = m_model->cellAt(index);
    Database* db = context().database();
    if (!cell || !db) {
        m_cellList->showMessage(m_model->rowCount() > 0 ? tr("Choose a cell of the matrix to list its mappings.")
                                                        : QString());
        return;
    }
    m_cellList->showMappings(*db, m_model->matrix(), m_model->cellTitle(index), cell->mappingIds);
}

void MatrixPage::resizeColumns()
{
    // Each column as wide as its widest cell text, then the room left shared out, so that a small matrix
    // fills the view and a large one scrolls.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics boldMetrics(bold);
    const int columns = m_model->columnCount();
    QList<int> widths;
    int sum = 0;
    for (int column = 0; column < columns; ++column) {
        int width = MatrixHeaderView::PreferredColumnWidth;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const bool total = index.data(CrosswalkMatrixModel::TotalRole).toBool();
            width = qMax(width, (total ? boldMetrics : metrics).horizontalAdvance(index.data().toString()) + 14);
        }
        widths << qMin(width, MaximumColumnWidth);
        sum += widths.constLast();
    }
    const int room = m_table->viewport()->width() - sum;
    const int extra = columns > 0 && room > 0 ? qMin(room / columns, MaximumColumnWidth) : 0;
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < columns; ++column)
        header->resizeSection(column, widths.at(column) + extra);
}

bool MatrixPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            resizeColumns();
    }
    return WorkPage::eventFilter(watched, event);
}

void MatrixPage::updateSummary(const QString& problem)
{
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const CrosswalkMatrix& matrix = m_model->matrix();
    const CoverageScope& scope = matrix.scope();
    const MatrixCell& total = matrix.total();
    const QString rows = QString::number(matrix.rowCount());
    const QString columns = QString::number(matrix.columnCount());
    QString text =
        total.count() == 1
            ? tr("%1 against %2 (%3 × %4 groups): 1 mapping.").arg(scope.sourceCode, scope.targetCode, rows, columns)
            : tr("%1 against %2 (%3 × %4 groups): %n mappings.", nullptr, total.count())
                  .arg(scope.sourceCode, scope.targetCode, rows, columns);
    if (!total.isEmpty())
        text += QLatin1Char(' ') + tr("Coverage of the target: %1.").arg(CrosswalkMatrixModel::coverageText(total));
    if (matrix.ignoredMappings() > 0)
        text += QLatin1Char(' ') + (matrix.ignoredMappings() == 1 ? tr("1 deprecated or superseded mapping left out.")
                                                                  : tr("%n deprecated or superseded mappings left out.",
                                                                       nullptr, matrix.ignoredMappings()));
    m_summary->setText(text);
}

QStringList MatrixPage::tables() const
{
    return {mappingsTable};
}

bool MatrixPage::showRecord(const QString& table, qint64 id)
{
    if (table != mappingsTable)
        return false;
    if (m_stale)
        reload();
    const QModelIndex index = m_model->indexOfMapping(id);
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return m_cellList->selectMapping(id);
}

QString MatrixPage::currentTable() const
{
    return m_cellList->currentMappingId() > 0 ? mappingsTable : QString();
}

QVariantMap MatrixPage::currentRecord() const
{
    const qint64 id = m_cellList->currentMappingId();
    Database* db = context().database();
    if (id <= 0 || !db)
        return QVariantMap();
    return RecordStore(*db).fetch(mappingsTable, id).value_or(QVariantMap());
}

void MatrixPage::focusSearch()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
}

} // namespace crosswalk
