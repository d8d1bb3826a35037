#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QTimer;
class QWidget;

namespace crosswalk {

class BadgeLabel;
class Database;
class WorkPage;

/// What the status bar always shows: the open database's path ("databasePathLabel"), how many
/// records it holds ("recordCountsLabel", refreshed after every committed change) and the record
/// the current page shows ("recordIndicator": its name, its marking as a TLP badge and its
/// verification as a badge, both with text).
class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    explicit StatusIndicators(QStatusBar& bar, QObject* parent = nullptr);

    void setDatabase(Database* db);
    /// The page whose current record is shown (nullptr: a page without records).
    void setPage(WorkPage* page);

    /// Reads the counts and the current record again.
    void refresh();

    /// "14 frameworks · 52 provisions · 6 commitments · 5 gaps"
    static QString countsText(Database& db);

private:
    void updateCounts();
    void updateRecord();

    QPointer<Database> m_db;
    QPointer<WorkPage> m_page;
    QTimer* m_countsDelay = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_counts = nullptr;
    QWidget* m_indicator = nullptr;
    QLabel* m_recordName = nullptr;
    BadgeLabel* m_marking = nullptr;
    BadgeLabel* m_verification = nullptr;
};

} // namespace crosswalk
