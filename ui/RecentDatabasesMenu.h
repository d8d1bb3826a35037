#pragma once

#include <QMenu>

namespace crosswalk {

class Preferences;

/// File > Open Recent: the databases opened last (Preferences::recentDatabases), most recent first,
/// numbered for the keyboard. It follows the preferences as they change.
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentDatabasesMenu(Preferences& preferences, QWidget* parent = nullptr);

    /// The paths listed now, in menu order.
    QStringList paths() const;

public Q_SLOTS:
    void rebuild();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    Preferences& m_preferences;
};

} // namespace crosswalk
