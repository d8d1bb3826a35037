#pragma once

#include "models/analysis/DashboardFigures.h"
#include "ui/views/WorkPage.h"

#include <QDate>
#include <QHash>
#include <QPointer>

class QGridLayout;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace crosswalk {

class AnalysisScopeBar;
class Database;
class DashboardChartView;

/// The Dashboard page: the shared source/target line (AnalysisScopeBar), a headline with the coverage
/// of the target by the source ("coverageHeadline") and a line of counts ("dashboardSummary"), and
/// charts in a scrollable grid: coverage by target group, commitments by status and by theme, gaps by
/// severity and by status, and a timeline of programme periods and commitment due dates, with the
/// overdue commitments listed under it ("overdueList"; double-click opens one). Every chart can be
/// saved as PNG or SVG (button "saveChart_<key>" or its context menu).
///
/// The figures (DashboardFigures) follow the shared analysis selection; they are recomputed when it
/// changes, when another database is opened, and (once per burst, from the event loop) when a table
/// they read changes. A hidden page only notes that it is out of date and recomputes when shown.
/// The page shows no record of its own: tables() is empty and showRecord() returns false.
class DashboardPage : public WorkPage
{
    Q_OBJECT

public:
    explicit DashboardPage(PageContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QStringList tables() const override;
    bool showRecord(const QString& table, qint64 id) override;
    QString currentTable() const override;
    QVariantMap currentRecord() const override;
    /// The page has no search box: focuses the source choice.
    void focusSearch() override;

    /// The keys of the charts, in page order: coverage, commitmentStatus, commitmentTheme,
    /// gapSeverity, gapStatus, timeline.
    static QStringList chartKeys();
    DashboardChartView* chart(const QString& key) const;
    const DashboardFigures& figures() const { return m_figures; }

    /// The day the figures are computed for (overdue commitments, today's line); an invalid date
    /// (the default) means the current date. Recomputes.
    void setToday(const QDate& today);

public Q_SLOTS:
    /// Recomputes the figures and redraws now.
    void reload();
    /// Asks for a file name and saves the chart (PNG or SVG by its suffix); shows failures.
    void saveChart(const QString& key);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(bool twoColumns);
    void watch(Database* database);
    void onTableChanged(const QString& table);
    void scheduleReload();
    void showFigures();
    void showOverdue();
    void openOverdue(QTreeWidgetItem* item);
    QString partyCode(qint64 id) const;

    QPointer<Database> m_watched;

    AnalysisScopeBar* m_scopeBar = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_summary = nullptr;
    QGridLayout* m_grid = nullptr;
    bool m_twoColumns = true;
    QHash<QString, DashboardChartView*> m_charts;
    QLabel* m_overdueHeading = nullptr;
    QTreeWidget* m_overdue = nullptr;
    DashboardFigures m_figures;
    QDate m_today;
    QString m_lastDirectory;
    bool m_stale = true;
    bool m_reloadQueued = false;
};

} // namespace crosswalk
