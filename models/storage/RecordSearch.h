#pragma once

#include <QList>
#include <QString>

namespace crosswalk {

class Database;

/// One record found by RecordSearch: its table and id, and how it is named (code and title).
struct SearchResult
{
    QString table; ///< "frameworks", "provisions", "commitments", ...
    qint64 id = 0;
    QString code;          ///< provisions: "FRAMEWORK:CODE", since provision codes repeat across frameworks
    QString title;         ///< the English title or name; the original one when there is no English one
    QString originalTitle; ///< the title or name in the original language (may be empty)

    bool operator==(const SearchResult& other) const = default;
};

/// The global search (Ctrl+K): finds records of every entity whose code, English or original
/// title or name, or summary or description contains a text, ignoring case. The text is bound as a
/// LIKE pattern with its wildcards escaped, so that it is always taken literally.
class RecordSearch
{
public:
    explicit RecordSearch(Database& db);

    /// At most limit results: records whose code contains the text first (an exact code before one
    /// that starts with the text, before one that only contains it), then the others; within each
    /// group by entity (frameworks, provisions, dialogues, commitments, programmes, gaps, parties,
    /// themes) and code. An empty or blank text finds nothing.
    QList<SearchResult> search(const QString& text, int limit = DefaultLimit) const;

    static constexpr int DefaultLimit = 50;
    /// The entities searched, in the order results list them.
    static QStringList tables();

private:
    Database& m_db;
};

} // namespace crosswalk
