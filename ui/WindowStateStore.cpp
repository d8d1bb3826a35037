#include "ui/WindowStateStore.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStringList>

namespace crosswalk {

namespace {
const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString lastPageKey = QStringLiteral("MainWindow/lastPage");
const QString splittersGroup = QStringLiteral("MainWindow/splitters/");
constexpr int stateVersion = 1;
} // namespace

QString WindowStateStore::splitterKey(const QWidget& pages, const QWidget& splitter)
{
    if (splitter.objectName().isEmpty())
        return QString();
    QStringList names;
    for (const QWidget* widget = &splitter; widget && widget != &pages; widget = widget->parentWidget()) {
        if (!widget->objectName().isEmpty())
            names.prepend(widget->objectName());
    }
    return splittersGroup + names.join(QLatin1Char('/'));
}

void WindowStateStore::save(const QMainWindow& window, const QWidget& pages, const QString& lastPage)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
    settings.setValue(stateKey, window.saveState(stateVersion));
    settings.setValue(lastPageKey, lastPage);
    for (const QSplitter* splitter : pages.findChildren<QSplitter*>()) {
        const QString key = splitterKey(pages, *splitter);
        if (!key.isEmpty())
            settings.setValue(key, splitter->saveState());
    }
}

bool WindowStateStore::restore(QMainWindow& window, QWidget& pages)
{
    const QSettings settings;
    for (QSplitter* splitter : pages.findChildren<QSplitter*>()) {
        const QString key = splitterKey(pages, *splitter);
        if (!key.isEmpty() && settings.contains(key))
            splitter->restoreState(settings.value(key).toByteArray());
    }
    const bool geometry = window.restoreGeometry(settings.value(geometryKey).toByteArray());
    window.restoreState(settings.value(stateKey).toByteArray(), stateVersion);
    return geometry;
}

QString WindowStateStore::lastPage()
{
    return QSettings().value(lastPageKey).toString();
}

} // namespace crosswalk
