#include "ui/RecentDatabasesMenu.h"

#include "ui/support/Preferences.h"

#include <QDir>
#include <QFileInfo>

namespace crosswalk {

RecentDatabasesMenu::RecentDatabasesMenu(Preferences& preferences, QWidget* parent)
    : QMenu(parent), m_preferences(preferences)
{
    setObjectName(QStringLiteral("recentMenu"));
    setTitle(tr("Open &Recent"));
    setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    connect(&m_preferences, &Preferences::changed, this, &RecentDatabasesMenu::rebuild);
    // Files may have gone since the list was built.
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    // Not clear(): this runs while one of the actions is being triggered (opening a database adds it
    // to the list), so the old actions are deleted later.
    for (QAction* action : actions()) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList recent = m_preferences.recentDatabases();
    int number = 1;
    for (const QString& path : recent) {
        const QString name = QFileInfo(path).fileName();
        // Numbers 1-9 are mnemonics; the name is escaped so that an "&" in it shows as itself.
        QString text = name;
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (number < 10)
            text = QStringLiteral("&%1 %2").arg(number).arg(text);
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("actionRecent_%1").arg(number));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (recent.isEmpty()) {
        QAction* none = addAction(tr("No recent databases"));
        none->setObjectName(QStringLiteral("actionRecentNone"));
        none->setEnabled(false);
    }
}

QStringList RecentDatabasesMenu::paths() const
{
    QStringList result;
    for (const QAction* action : actions()) {
        if (action->data().isValid())
            result << action->data().toString();
    }
    return result;
}

} // namespace crosswalk
