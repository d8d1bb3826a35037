#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace crosswalk {

/// The user's settings, kept with QSettings: interface language, the author name recorded in audit
/// entries and mapping reviews, the default marking of new records, and the recent databases.
class Preferences : public QObject
{
    Q_OBJECT

public:
    explicit Preferences(QObject* parent = nullptr);

    /// "en", "ja", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& language);

    /// The name recorded as author of changes; the login name when none is set.
    QString authorName() const;
    void setAuthorName(const QString& name);

    /// TLP key ("CLEAR", "GREEN", ...) given to new records.
    QString defaultMarking() const;
    void setDefaultMarking(const QString& marking);

    /// Most recent first, at most MaxRecent, only files that exist.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    static constexpr int MaxRecent = 8;

Q_SIGNALS:
    void changed();
};

} // namespace crosswalk
