#include "ui/support/Preferences.h"

#include <QFileInfo>
#include <QSettings>

namespace crosswalk {

namespace {
const QString languageKey = QStringLiteral("interface/language");
const QString authorKey = QStringLiteral("editing/authorName");
const QString markingKey = QStringLiteral("editing/defaultMarking");
const QString recentKey = QStringLiteral("files/recentDatabases");
} // namespace

Preferences::Preferences(QObject* parent) : QObject(parent) {}

QString Preferences::language() const
{
    return QSettings().value(languageKey).toString();
}

void Preferences::setLanguage(const QString& language)
{
    QSettings().setValue(languageKey, language);
    Q_EMIT changed();
}

QString Preferences::authorName() const
{
    const QString name = QSettings().value(authorKey).toString();
    return name.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) : name;
}

void Preferences::setAuthorName(const QString& name)
{
    QSettings().setValue(authorKey, name.trimmed());
    Q_EMIT changed();
}

QString Preferences::defaultMarking() const
{
    return QSettings().value(markingKey, QStringLiteral("CLEAR")).toString();
}

void Preferences::setDefaultMarking(const QString& marking)
{
    QSettings().setValue(markingKey, marking);
    Q_EMIT changed();
}

QStringList Preferences::recentDatabases() const
{
    QStringList result;
    for (const QString& path : QSettings().value(recentKey).toStringList()) {
        if (QFileInfo::exists(path) && !result.contains(path))
            result << path;
    }
    return result.mid(0, MaxRecent);
}

void Preferences::addRecentDatabase(const QString& path)
{
    QStringList list = QSettings().value(recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(recentKey, list.mid(0, MaxRecent));
    Q_EMIT changed();
}

} // namespace crosswalk
