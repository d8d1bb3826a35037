#include "ui/views/DashboardPage.h"

#include "models/domain/IsoDate.h"
#include "models/itemmodels/RecordTableModel.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/support/DialogProvider.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/AnalysisScopeBar.h"
#include "ui/widgets/BadgeDelegate.h"
#include "ui/widgets/ChartExporter.h"
#include "ui/widgets/DashboardChartView.h"
#include "ui/widgets/DashboardCharts.h"
#include "ui/widgets/DashboardTimeline.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

const QString CoverageKey = QStringLiteral("coverage");
const QString CommitmentStatusKey = QStringLiteral("commitmentStatus");
const QString CommitmentThemeKey = QStringLiteral("commitmentTheme");
const QString GapSeverityKey = QStringLiteral("gapSeverity");
const QString GapStatusKey = QStringLiteral("gapStatus");
const QString TimelineKey = QStringLiteral("timeline");

/// The page width from which the count charts stand in pairs.
constexpr int TwoColumnWidth = 1100;

/// The tables the figures are read from: a change in any of them makes the page out of date.
bool feedsFigures(const QString& table)
{
    static const QStringList tables{
        QStringLiteral("commitments"), QStringLiteral("commitment_themes"), QStringLiteral("themes"),
        QStringLiteral("gaps"),        QStringLiteral("programmes"),        QStringLiteral("programme_partners"),
        QStringLiteral("mappings"),    QStringLiteral("provisions"),        QStringLiteral("frameworks"),
        QStringLiteral("parties"),     QStringLiteral("applicability")};
    return tables.contains(table);
}

int total(const QList<KeyCount>& counts)
{
    int sum = 0;
    for (const KeyCount& count : counts)
        sum += count.count;
    return sum;
}

enum OverdueColumn
{
    CodeColumn,
    TitleColumn,
    DueColumn,
    StatusColumn,
    OverdueColumnCount
};

} // namespace

DashboardPage::DashboardPage(PageContext& context, QWidget* parent) : WorkPage(context, parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);

    m_scopeBar = new AnalysisScopeBar(context, this);
    layout->addWidget(m_scopeBar);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("coverageHeadline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    if (headlineFont.pointSizeF() > 0)
        headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch(1);
    for (const QString& key : chartKeys()) {
        auto* view = new DashboardChartView(key, content);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(view, &DashboardChartView::saveRequested, this, [this, key] { saveChart(key); });
        m_charts.insert(key, view);
    }

    m_overdueHeading = new QLabel(content);
    m_overdueHeading->setObjectName(QStringLiteral("overdueHeading"));
    QFont headingFont = m_overdueHeading->font();
    headingFont.setBold(true);
    m_overdueHeading->setFont(headingFont);

    m_overdue = new QTreeWidget(content);
    m_overdue->setObjectName(QStringLiteral("overdueList"));
    m_overdue->setColumnCount(OverdueColumnCount);
    m_overdue->setHeaderLabels({tr("Code"), tr("Commitment"), tr("Due"), tr("Status")});
    m_overdue->setRootIsDecorated(false);
    m_overdue->setUniformRowHeights(true);
    m_overdue->setAllColumnsShowFocus(true);
    m_overdue->setItemDelegateForColumn(StatusColumn, new BadgeDelegate(m_overdue));
    m_overdue->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_overdue->setToolTip(tr("Double-click a commitment to open it"));
    m_overdue->header()->setStretchLastSection(false);
    m_overdue->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    connect(m_overdue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openOverdue(item); });
    arrange(true);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(&context, &PageContext::analysisSelectionChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(&context, &PageContext::databaseChanged, this, [this](Database* database) {
        watch(database);
        scheduleReload();
    });
    watch(context.database());
}

DashboardPage::~DashboardPage() = default;

QStringList DashboardPage::tables() const
{
    return {};
}

bool DashboardPage::showRecord(const QString&, qint64)
{
    return false;
}

QString DashboardPage::currentTable() const
{
    return QString();
}

QVariantMap DashboardPage::currentRecord() const
{
    return {};
}

void DashboardPage::focusSearch()
{
    m_scopeBar->sourceBox()->setFocus(Qt::ShortcutFocusReason);
}

QStringList DashboardPage::chartKeys()
{
    return {CoverageKey, CommitmentStatusKey, CommitmentThemeKey, GapSeverityKey, GapStatusKey, TimelineKey};
}

DashboardChartView* DashboardPage::chart(const QString& key) const
{
    return m_charts.value(key);
}

void DashboardPage::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void DashboardPage::watch(Database* database)
{
    if (m_watched)
        disconnect(m_watched, &Database::changed, this, &DashboardPage::onTableChanged);
    m_watched = database;
    if (database)
        connect(database, &Database::changed, this, &DashboardPage::onTableChanged, Qt::UniqueConnection);
}

void DashboardPage::onTableChanged(const QString& table)
{
    if (feedsFigures(table))
        scheduleReload();
}

void DashboardPage::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_reloadQueued)
        return;
    // One recomputation for the burst of change signals that one edit (several tables) sends.
    m_reloadQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_reloadQueued)
                reload();
        },
        Qt::QueuedConnection);
}

void DashboardPage::arrange(bool twoColumns)
{
    if (m_twoColumns == twoColumns && m_grid->count() > 0)
        return;
    m_twoColumns = twoColumns;
    // Wide: the coverage and the timeline across, the counts in pairs. Narrow: one chart a row, so that
    // no category label has to be cut.
    QList<QWidget*> placed;
    for (const QString& key : chartKeys())
        placed << m_charts.value(key);
    placed << m_overdueHeading << m_overdue;
    for (QWidget* widget : placed)
        m_grid->removeWidget(widget);
    int row = 0;
    const auto across = [&](QWidget* widget) { m_grid->addWidget(widget, row++, 0, 1, twoColumns ? 2 : 1); };
    const auto pair = [&](const QString& left, const QString& right) {
        if (twoColumns) {
            m_grid->addWidget(m_charts.value(left), row, 0);
            m_grid->addWidget(m_charts.value(right), row++, 1);
        } else {
            across(m_charts.value(left));
            across(m_charts.value(right));
        }
    };
    across(m_charts.value(CoverageKey));
    pair(CommitmentStatusKey, CommitmentThemeKey);
    pair(GapSeverityKey, GapStatusKey);
    across(m_charts.value(TimelineKey));
    across(m_overdueHeading);
    across(m_overdue);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, twoColumns ? 1 : 0);
}

void DashboardPage::resizeEvent(QResizeEvent* event)
{
    WorkPage::resizeEvent(event);
    arrange(width() >= TwoColumnWidth);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    WorkPage::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::reload()
{
    m_stale = false;
    m_reloadQueued = false;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    Database* db = context().database();
    QString problem;
    if (!db || !db->isOpen()) {
        m_figures = DashboardFigures();
        m_figures.today = today;
        problem = tr("No database is open.");
    } else if (const Result<CoverageScope> scope = context().analysisScope(); scope) {
        m_figures = DashboardFigures::compute(*db, *scope, today);
    } else {
        m_figures = DashboardFigures::compute(*db, today);
        problem = scope.message();
    }
    showFigures();
    if (!problem.isEmpty())
        m_headline->setText(problem);
}

QString DashboardPage::partyCode(qint64 id) const
{
    Database* db = context().database();
    if (!db || id <= 0)
        return QString();
    return RecordStore(*db)
        .fetch(QStringLiteral("parties"), id)
        .value_or(QVariantMap())
        .value(QStringLiteral("code"))
        .toString();
}

void DashboardPage::showFigures()
{
    const DashboardFigures& f = m_figures;
    m_headline->setText(f.headline());

    const int unresolved = total(f.gapsBySeverity);
    const qsizetype overdue = f.overdueCommitments().size();
    QString party = tr("any");
    QString rule = tr("Every commitment, programme and gap counts.");
    if (f.scope && !f.partyIds.isEmpty()) {
        party = partyCode(f.scope->partyId);
        rule = tr("Commitments led by or made to %1, the parties above it or its agencies (or by no party); "
                  "programmes they lead or take part in; gaps they own (or no one owns).")
                   .arg(party);
    }
    if (f.scope)
        rule += QLatin1Char(' ') + tr("Gaps on provisions of %1 or on no provision.").arg(f.scope->targetCode);
    m_summary->setText(tr("Commitments: %1 · Gaps: %2 (unresolved: %3) · Overdue commitments: %4 · Party: %5 · "
                          "As of %6")
                           .arg(f.commitmentCount)
                           .arg(f.gapCount)
                           .arg(unresolved)
                           .arg(overdue)
                           .arg(party, QLocale().toString(f.today, QLocale::ShortFormat)));
    m_summary->setToolTip(rule);

    DashboardChartView* coverage = m_charts.value(CoverageKey);
    coverage->setHasData(DashboardCharts::coverage(*coverage->resetChart(), f));
    coverage->setFixedHeight(DashboardCharts::heightForRows(int(f.coverageGroups.size())) + 30);

    const auto pair = [this](const QString& left, const QString& right, int rows) {
        const int height = DashboardCharts::heightForRows(rows);
        m_charts.value(left)->setFixedHeight(height);
        m_charts.value(right)->setFixedHeight(height);
    };
    DashboardChartView* status = m_charts.value(CommitmentStatusKey);
    status->setHasData(DashboardCharts::countsByKey(*status->resetChart(), tr("Commitments by status"),
                                                    tr("Commitments"), f.commitmentsByStatus));
    DashboardChartView* theme = m_charts.value(CommitmentThemeKey);
    theme->setHasData(DashboardCharts::countsByName(*theme->resetChart(), tr("Commitments by theme"), tr("Commitments"),
                                                    f.commitmentsByTheme));
    pair(CommitmentStatusKey, CommitmentThemeKey, int(qMax(f.commitmentsByStatus.size(), f.commitmentsByTheme.size())));

    DashboardChartView* severity = m_charts.value(GapSeverityKey);
    severity->setHasData(DashboardCharts::countsByKey(*severity->resetChart(), tr("Unresolved gaps by severity"),
                                                      tr("Gaps (open or mitigating)"), f.gapsBySeverity));
    DashboardChartView* gapStatus = m_charts.value(GapStatusKey);
    gapStatus->setHasData(
        DashboardCharts::countsByKey(*gapStatus->resetChart(), tr("Gaps by status"), tr("Gaps"), f.gapsByStatus));
    pair(GapSeverityKey, GapStatusKey, int(qMax(f.gapsBySeverity.size(), f.gapsByStatus.size())));

    DashboardChartView* timeline = m_charts.value(TimelineKey);
    timeline->setHasData(DashboardTimeline::build(*timeline->resetChart(), f));
    timeline->setFixedHeight(DashboardCharts::heightForRows(DashboardTimeline::rowCount(f)) + 40);

    showOverdue();
}

void DashboardPage::showOverdue()
{
    const QList<DueCommitment> overdue = m_figures.overdueCommitments();
    m_overdue->clear();
    const QString asOf = QLocale().toString(m_figures.today, QLocale::ShortFormat);
    if (overdue.isEmpty()) {
        m_overdueHeading->setText(tr("No commitment is overdue (as of %1).").arg(asOf));
        m_overdue->hide();
        return;
    }
    m_overdueHeading->setText(tr("Overdue commitments (%1, as of %2)").arg(overdue.size()).arg(asOf));
    const QLocale locale;
    for (const DueCommitment& commitment : overdue) {
        auto* item = new QTreeWidgetItem(m_overdue);
        item->setText(CodeColumn, commitment.code);
        item->setText(TitleColumn, commitment.title);
        item->setToolTip(TitleColumn, commitment.title);
        item->setText(DueColumn, IsoDate::display(commitment.dueDate, locale));
        item->setText(StatusColumn, toLabel(commitment.status));
        item->setData(StatusColumn, RecordTableModel::BadgeRole, toKey(commitment.status));
        item->setData(CodeColumn, Qt::UserRole, commitment.id);
    }
    m_overdue->resizeColumnToContents(CodeColumn);
    m_overdue->resizeColumnToContents(DueColumn);
    m_overdue->resizeColumnToContents(StatusColumn);
    const int rowHeight = qMax(m_overdue->sizeHintForRow(0), m_overdue->fontMetrics().height() + 8);
    const int shown = int(qMin<qsizetype>(overdue.size(), 8));
    m_overdue->setFixedHeight(m_overdue->header()->sizeHint().height() + shown * rowHeight +
                              2 * m_overdue->frameWidth() + 2);
    m_overdue->show();
}

void DashboardPage::openOverdue(QTreeWidgetItem* item)
{
    if (item)
        Q_EMIT context().openRecordRequested(QStringLiteral("commitments"),
                                             item->data(CodeColumn, Qt::UserRole).toLongLong());
}

void DashboardPage::saveChart(const QString& key)
{
    DashboardChartView* view = m_charts.value(key);
    if (!view || !view->hasData())
        return;
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = key;
    if (m_figures.scope && (key == CoverageKey))
        name += QLatin1Char('-') + m_figures.scope->targetCode + QLatin1Char('-') + m_figures.scope->sourceCode;
    const QString suggested = QDir(m_lastDirectory).filePath(name + QStringLiteral(".png"));
    QString path = context().dialogs().getSaveFileName(this, tr("Save Chart"), suggested, ChartExporter::fileFilters());
    if (path.isEmpty())
        return;
    path = ChartExporter::withDefaultSuffix(path);
    m_lastDirectory = QFileInfo(path).absolutePath();
    const Status saved = ChartExporter::save(*view, path);
    if (!saved)
        context().showError(saved.message(), this);
}

} // namespace crosswalk
