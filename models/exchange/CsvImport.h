#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/exchange/CsvReader.h"
#include "models/exchange/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosswalk {

class Database;

/// CSV import of provisions or of mappings (issue 6, point 3), for the window's wizard and
/// `crosswalk-cli import-csv`. All or nothing: the whole file is read and every row checked before
/// anything is planned; a file with any row error imports nothing, and the errors name line and column.
///
/// Provisions: each row is a provision of a framework (the framework column, or Options::frameworkCode
/// for every row), matched by code within the framework: a new code is added, a known one updated (or
/// unchanged). parent_code names a provision of the same framework, in the database or in the file
/// (before or after the row). Mappings: source and target provisions named by framework code and
/// provision code (columns, or Options::sourceFrameworkCode / targetFrameworkCode for every row); a
/// pair already mapped is updated (or unchanged). Values are checked as the record editor checks them
/// (relationship and review status by key or English label, strength 0-10 and its rule for equal and
/// no relationship, ISO dates, TLP marking) plus: unknown frameworks or provisions, a code or pair given
/// twice in the file, a mapping within one framework.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::CsvImport)

public:
    enum class Entity
    {
        Provisions,
        Mappings,
    };
    static QString entityKey(Entity entity); ///< "provisions", "mappings"
    static std::optional<Entity> entityFromKey(const QString& key);

    /// A field of the entity that a column can be mapped to.
    struct Field
    {
        QString key;         ///< "code", "title_en", "source_code", ...
        QString label;       ///< for users (translated)
        bool required = false;
        QString description; ///< one line for the wizard's tooltip and the CLI's help
    };
    static QList<Field> fields(Entity entity);

    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;
    static constexpr int MaxReportedErrors = 1000;

    struct Options
    {
        Entity entity = Entity::Provisions;
        CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
        QChar delimiter;                ///< QChar(): detected
        std::optional<bool> hasHeader;  ///< nullopt: detected (CsvReader::looksLikeHeader)
        /// Field key -> 0-based column. Empty: columns whose header names a field key or label (any case).
        QMap<QString, int> columns;
        QString frameworkCode;          ///< provisions: the framework of every row without a framework column
        QString sourceFrameworkCode;    ///< mappings: the source framework of every row without one
        QString targetFrameworkCode;    ///< mappings: the target framework of every row without one
        qint64 maxBytes = DefaultMaxBytes; ///< larger files are refused before they are read
    };

    /// Parses the CLI's --columns: a comma-separated list of field keys in column order, empty entries
    /// for columns to ignore ("code,,title_en"), or key=N pairs with 1-based column numbers
    /// ("code=1,title_en=3"). An unknown key is an error naming it and listing the known keys.
    static Result<QMap<QString, int>> parseColumns(Entity entity, const QString& text);

    /// The start of a file as read with the options: what the wizard shows before mapping columns.
    struct Preview
    {
        CsvReader::Encoding encoding = CsvReader::Encoding::Auto; ///< as detected or chosen
        QChar delimiter;
        bool hasHeader = false;
        QStringList header;          ///< the header's fields, or "Column 1", "Column 2"... without one
        QList<CsvRecord> rows;       ///< up to maxRows data records
        QMap<QString, int> columns;  ///< the column mapping that would be used (Options::columns or detected)
    };
    static Result<Preview> preview(const QString& path, const Options& options, int maxRows = 50);

    /// A problem with one row.
    struct RowError
    {
        qint64 line = 0; ///< physical line where the record starts (1-based)
        int column = 0;  ///< 1-based column of the field, 0 when the problem is the row as a whole
        QString field;   ///< field key, may be empty
        QString message; ///< names the field: "Relationship: \"same\" is not one of: equal, ..."
        QString toString(const QString& sourceName) const; ///< "file.csv: line 4, column 3: message"
    };

    struct Outcome
    {
        qint64 rows = 0;          ///< data records read
        QList<RowError> errors;   ///< at most MaxReportedErrors; empty when the plan can be applied
        qint64 errorCount = 0;    ///< every error, also those not kept
        ImportPlan plan;          ///< empty when there are errors
    };
    /// Reads and checks the whole file and plans the import. A failure (unreadable file, too large,
    /// bad encoding, unbalanced quotes, missing required columns, cancelled) names the file and line;
    /// row errors are in Outcome::errors.
    static Result<Outcome> plan(Database& db, const QString& path, const Options& options,
                                const Progress& progress = {});
};

} // namespace crosswalk
