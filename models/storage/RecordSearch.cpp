#include "models/storage/RecordSearch.h"

#include "models/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace crosswalk {

namespace {

/// How one entity is searched. Every name here is a fixed identifier of the schema; only the user's
/// text is a value, and it is always bound.
struct SearchSpec
{
    const char* table;
    const char* from;    ///< FROM clause (alias t for the table searched)
    const char* code;    ///< expression naming the record's code as shown
    const char* ownCode; ///< the record's own code column, for the ranking
    const char* titleEn;
    const char* titleOrig;
    std::initializer_list<const char*> searched; ///< columns matched besides the code
    const char* order;                           ///< order within a rank
};

const SearchSpec specs[] = {
    {"frameworks",
     "frameworks t",
     "t.code",
     "t.code",
     "t.title_en",
     "t.title_orig",
     {"t.title_en", "t.title_orig", "t.short_name", "t.description"},
     "t.code"},
    {"provisions",
     "provisions t JOIN frameworks f ON f.id = t.framework_id",
     "f.code || ':' || t.code",
     "t.code",
     "t.title_en",
     "t.title_orig",
     {"t.ref_label", "t.title_en", "t.title_orig", "t.summary_en", "t.summary_orig"},
     "f.code, t.sort_order, t.id"},
    {"dialogues",
     "dialogues t",
     "t.code",
     "t.code",
     "t.title_en",
     "t.title_orig",
     {"t.title_en", "t.title_orig", "t.outcomes_en", "t.outcomes_orig"},
     "t.code"},
    {"commitments",
     "commitments t",
     "t.code",
     "t.code",
     "t.title_en",
     "t.title_orig",
     {"t.title_en", "t.title_orig", "t.description"},
     "t.code"},
    {"programmes",
     "programmes t",
     "t.code",
     "t.code",
     "t.name_en",
     "t.name_orig",
     {"t.name_en", "t.name_orig", "t.description"},
     "t.code"},
    {"gaps",
     "gaps t",
     "t.code",
     "t.code",
     "t.title_en",
     "t.title_orig",
     {"t.title_en", "t.title_orig", "t.description"},
     "t.code"},
    {"parties",
     "parties t",
     "t.code",
     "t.code",
     "t.name_en",
     "t.name_orig",
     {"t.name_en", "t.name_orig", "t.notes"},
     "t.code"},
    {"themes", "themes t", "t.code", "t.code", "t.name_en", "t.name_orig", {"t.name_en", "t.name_orig"}, "t.code"},
};

/// The text as a LIKE pattern body: its wildcards and the escape character taken literally.
QString escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString likeMatch(const char* column)
{
    return QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
}

struct Ranked
{
    int rank = 0;
    int tableOrder = 0;
    int position = 0;
    SearchResult result;
};

} // namespace

RecordSearch::RecordSearch(Database& db) : m_db(db) {}

QStringList RecordSearch::tables()
{
    QStringList names;
    for (const SearchSpec& spec : specs)
        names << QString::fromLatin1(spec.table);
    return names;
}

QList<SearchResult> RecordSearch::search(const QString& text, int limit) const
{
    const QString needle = text.trimmed().toLower();
    if (needle.isEmpty() || limit <= 0 || !m_db.isOpen())
        return {};
    const QString body = escapeLike(needle);
    const QString contains = QLatin1Char('%') + body + QLatin1Char('%');
    const QString prefix = body + QLatin1Char('%');

    QList<Ranked> found;
    int tableOrder = 0;
    for (const SearchSpec& spec : specs) {
        QStringList conditions{likeMatch(spec.ownCode)};
        for (const char* column : spec.searched)
            conditions << likeMatch(column);
        const QString sql =
            QStringLiteral("SELECT t.id, %1, %2, %3, CASE WHEN LOWER(%4) = ? THEN 0 WHEN LOWER(%4) LIKE ? ESCAPE '\\' "
                           "THEN 1 WHEN LOWER(%4) LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END AS search_rank FROM %5 WHERE %6 "
                           "ORDER BY search_rank, %7 LIMIT ?")
                .arg(QLatin1String(spec.code), QLatin1String(spec.titleEn), QLatin1String(spec.titleOrig),
                     QLatin1String(spec.ownCode), QLatin1String(spec.from), conditions.join(QLatin1String(" OR ")),
                     QLatin1String(spec.order));
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qWarning("RecordSearch: %s", qPrintable(query.lastError().text()));
            continue;
        }
        query.addBindValue(needle);
        query.addBindValue(prefix);
        query.addBindValue(contains);
        for (qsizetype i = 0; i < conditions.size(); ++i)
            query.addBindValue(contains);
        query.addBindValue(limit);
        if (!query.exec()) {
            qWarning("RecordSearch: %s", qPrintable(query.lastError().text()));
            continue;
        }
        int position = 0;
        while (query.next()) {
            Ranked ranked;
            ranked.rank = query.value(4).toInt();
            ranked.tableOrder = tableOrder;
            ranked.position = position++;
            ranked.result.table = QString::fromLatin1(spec.table);
            ranked.result.id = query.value(0).toLongLong();
            ranked.result.code = query.value(1).toString();
            const QString english = query.value(2).toString();
            ranked.result.originalTitle = query.value(3).toString();
            ranked.result.title = english.isEmpty() ? ranked.result.originalTitle : english;
            found << ranked;
        }
        ++tableOrder;
    }

    std::sort(found.begin(), found.end(), [](const Ranked& a, const Ranked& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.tableOrder != b.tableOrder)
            return a.tableOrder < b.tableOrder;
        return a.position < b.position;
    });
    QList<SearchResult> results;
    for (const Ranked& ranked : found) {
        if (results.size() >= limit)
            break;
        results << ranked.result;
    }
    return results;
}

} // namespace crosswalk
