#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace crosswalk::readquery {

// Small pieces shared by the read-only query classes of models/storage (AnalysisQueries,
// BriefQueries): lists of bound values, and running a read.

/// "?, ?, ?" for a list of n bound values.
inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// Binds every value, in order, to the next positional placeholders.
inline void bindAll(QSqlQuery& query, const QList<qint64>& values)
{
    for (const qint64 value : values)
        query.addBindValue(value);
}

/// Runs a prepared read. A failed read is a programming error (the schema is ours), so it is reported
/// on the console under the reader's name and yields no rows rather than partial ones.
inline bool run(QSqlQuery& query, const char* reader)
{
    if (query.exec())
        return true;
    qWarning("%s: %s", reader, qPrintable(query.lastError().text()));
    return false;
}

} // namespace crosswalk::readquery
