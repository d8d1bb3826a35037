#include "models/exchange/CsvImport.h"

#include "models/commands/ChangePlanner.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Mapping.h"
#include "models/domain/Provision.h"
#include "models/domain/RecordHeader.h"
#include "models/domain/Vocabulary.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <vector>

namespace crosswalk {

namespace {

/// How a cell is read.
enum class Kind
{
    Code, ///< a code naming a framework or a provision (resolved, not stored as it is)
    Text,
    Date,     ///< YYYY, YYYY-MM or YYYY-MM-DD
    FullDate, ///< YYYY-MM-DD
    Integer,
    Enum
};

/// The words a cell of an enumeration may hold: keys and English labels (and translated labels).
struct Choices
{
    QStringList keys;
    QStringList englishLabels;
    QStringList labels;
};

template <typename E> Choices choices()
{
    Choices c;
    for (std::size_t i = 0; i < EnumTraits<E>::keys.size(); ++i) {
        c.keys << QString::fromLatin1(EnumTraits<E>::keys[i]);
        c.englishLabels << QString::fromLatin1(EnumTraits<E>::labels()[i]);
        c.labels << toLabel(static_cast<E>(i));
    }
    return c;
}

struct FieldSpec
{
    const char* key;
    const char* label; ///< untranslated (context crosswalk::CsvImport)
    const char* description;
    const char* column; ///< the database column, nullptr for fields resolved through codes
    Kind kind;
    bool required;
    QStringList aliases; ///< further header names (besides key and labels)
    Choices (*choices)() = nullptr;
};

// Field order is the order of the enumerations below.
enum ProvisionField
{
    PFramework,
    PCode,
    PParentCode,
    PSortOrder,
    PRefLabel,
    PTitleEn,
    PTitleOrig,
    PSummaryEn,
    PSummaryOrig,
    PEffectiveDate,
    PSource,
    PVerification,
    PVerificationNote,
    PMarking,
    PCaveat,
    ProvisionFieldCount
};

enum MappingField
{
    MSourceFramework,
    MSourceCode,
    MTargetFramework,
    MTargetCode,
    MRelationship,
    MRationale,
    MStrength,
    MJustification,
    MNotes,
    MReviewStatus,
    MAuthor,
    MReviewer,
    MReviewDate,
    MMarking,
    MCaveat,
    MappingFieldCount
};

const std::vector<FieldSpec>& provisionFields()
{
    static const std::vector<FieldSpec> specs{
        {"framework",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Framework"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "Code of the provision's framework (required unless one framework is chosen for every row)"),
         nullptr,
         Kind::Code,
         false,
         {QStringLiteral("framework code"), QStringLiteral("framework_code")}},
        {"code",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Code"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Code of the provision, unique within its framework"),
         "code",
         Kind::Code,
         true,
         {QStringLiteral("provision code")}},
        {"parent_code",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Parent code"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "Code of the parent provision in the same framework (in the database or in the file); "
                           "empty for a top-level provision"),
         nullptr,
         Kind::Code,
         false,
         {QStringLiteral("parent")}},
        {"sort_order",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Order"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "Position among its siblings (whole number); empty: after the existing ones, in file order"),
         "sort_order",
         Kind::Integer,
         false,
         {QStringLiteral("sort order")}},
        {"ref_label",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Reference"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "The provision as cited (\"Art. 5\")"),
         "ref_label",
         Kind::Text,
         false,
         {QStringLiteral("ref label"), QStringLiteral("label")}},
        {"title_en",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Title (English)"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "English title"),
         "title_en",
         Kind::Text,
         true,
         {QStringLiteral("title"), QStringLiteral("english title")}},
        {"title_orig",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Title (original language)"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Title in the document's own language"),
         "title_orig",
         Kind::Text,
         false,
         {QStringLiteral("original title")}},
        {"summary_en",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Summary (English)"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "English summary"),
         "summary_en",
         Kind::Text,
         false,
         {QStringLiteral("summary")}},
        {"summary_orig",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Summary (original language)"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Summary in the document's own language"),
         "summary_orig",
         Kind::Text,
         false,
         {}},
        {"effective_date",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Effective date"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "When the provision takes effect: YYYY, YYYY-MM or YYYY-MM-DD"),
         "effective_date",
         Kind::Date,
         false,
         {QStringLiteral("effective")}},
        {"source",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Source"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Citation or address"),
         "source",
         Kind::Text,
         false,
         {}},
        {"verification",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Verification"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "official, secondary or unverified (the default)"),
         "verification",
         Kind::Enum,
         false,
         {},
         &choices<Verification>},
        {"verification_note",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Verification note"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "How the facts were checked"),
         "verification_note",
         Kind::Text,
         false,
         {}},
        {"marking",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Marking"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "TLP level: CLEAR (the default), GREEN, AMBER, AMBER+STRICT or RED"),
         "marking",
         Kind::Enum,
         false,
         {QStringLiteral("tlp")},
         &choices<Tlp>},
        {"caveat",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Caveat"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "National caveat shown beside the TLP level"),
         "caveat",
         Kind::Text,
         false,
         {}},
    };
    return specs;
}

const std::vector<FieldSpec>& mappingFields()
{
    static const std::vector<FieldSpec> specs{
        {"source_framework",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Source framework"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "Code of the source provision's framework (required unless one is chosen for every row)"),
         nullptr,
         Kind::Code,
         false,
         {}},
        {"source_code",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Source code"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Code of the source provision"),
         nullptr,
         Kind::Code,
         true,
         {QStringLiteral("source provision"), QStringLiteral("source")}},
        {"target_framework",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Target framework"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "Code of the target provision's framework (required unless one is chosen for every row)"),
         nullptr,
         Kind::Code,
         false,
         {}},
        {"target_code",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Target code"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Code of the target provision"),
         nullptr,
         Kind::Code,
         true,
         {QStringLiteral("target provision"), QStringLiteral("target")}},
        {"relationship",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Relationship"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "equal, subset_of, superset_of, intersects_with or no_relationship (or their labels)"),
         "relationship",
         Kind::Enum,
         true,
         {},
         &choices<Relationship>},
        {"rationale",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Rationale"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "syntactic, semantic (the default) or functional"),
         "rationale",
         Kind::Enum,
         false,
         {},
         &choices<Rationale>},
        {"strength",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Strength"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "0-10: 10 for equal, 0 for no relationship (filled in when empty), 1-9 otherwise or empty"),
         "strength",
         Kind::Integer,
         false,
         {}},
        {"justification",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Justification"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Why the provisions relate as stated"),
         "justification",
         Kind::Text,
         false,
         {}},
        {"notes",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Notes"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Free notes"),
         "notes",
         Kind::Text,
         false,
         {}},
        {"review_status",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Review status"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport",
                           "draft (the default), complete (needs reviewer and review date), deprecated or superseded"),
         "review_status",
         Kind::Enum,
         false,
         {QStringLiteral("status")},
         &choices<ReviewStatus>},
        {"author",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Author"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Who made the mapping"),
         "author",
         Kind::Text,
         false,
         {}},
        {"reviewer",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Reviewer"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Who reviewed it"),
         "reviewer",
         Kind::Text,
         false,
         {}},
        {"review_date",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Review date"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "When it was reviewed: YYYY-MM-DD"),
         "review_date",
         Kind::FullDate,
         false,
         {}},
        {"marking",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Marking"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "TLP level: CLEAR (the default), GREEN, AMBER, AMBER+STRICT or RED"),
         "marking",
         Kind::Enum,
         false,
         {QStringLiteral("tlp")},
         &choices<Tlp>},
        {"caveat",
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "Caveat"),
         QT_TRANSLATE_NOOP("crosswalk::CsvImport", "National caveat shown beside the TLP level"),
         "caveat",
         Kind::Text,
         false,
         {}},
    };
    return specs;
}

const std::vector<FieldSpec>& fieldSpecs(CsvImport::Entity entity)
{
    return entity == CsvImport::Entity::Provisions ? provisionFields() : mappingFields();
}

QString fieldLabel(const FieldSpec& spec)
{
    return CsvImport::tr(spec.label);
}

/// A header or a name compared loosely: lower case, runs of anything but letters and digits as one '_'.
QString normalisedName(const QString& text)
{
    QString result;
    bool gap = false;
    for (const QChar c : text.trimmed().toLower()) {
        if (c.isLetterOrNumber()) {
            if (gap && !result.isEmpty())
                result += QLatin1Char('_');
            result += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

/// The field a header names, or -1.
int fieldForHeader(const std::vector<FieldSpec>& specs, const QString& header)
{
    const QString name = normalisedName(header);
    if (name.isEmpty())
        return -1;
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const FieldSpec& spec = specs[i];
        if (name == normalisedName(QString::fromLatin1(spec.key)) ||
            name == normalisedName(QString::fromLatin1(spec.label)) || name == normalisedName(fieldLabel(spec)))
            return int(i);
        for (const QString& alias : spec.aliases) {
            if (name == normalisedName(alias))
                return int(i);
        }
    }
    return -1;
}

bool namesAnyField(const std::vector<FieldSpec>& specs, const QStringList& fields)
{
    for (const QString& field : fields) {
        if (fieldForHeader(specs, field) >= 0)
            return true;
    }
    return false;
}

int fieldIndex(const std::vector<FieldSpec>& specs, const QString& key)
{
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (key == QLatin1String(specs[i].key))
            return int(i);
    }
    return -1;
}

QStringList fieldKeys(const std::vector<FieldSpec>& specs)
{
    QStringList keys;
    for (const FieldSpec& spec : specs)
        keys << QString::fromLatin1(spec.key);
    return keys;
}

/// The labels of the columns whose content differs (RecordStore::differingColumns); empty when the same.
QStringList changedColumns(const TableSpec& spec, const QVariantMap& before, const QVariantMap& after)
{
    QStringList labels;
    for (const QString& column : RecordStore::differingColumns(spec, before, after))
        labels << TableCatalog::columnLabel(column);
    return labels;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullNumber()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

/// One data record, holding only the cells of the mapped fields (in slot order).
struct ParsedRow
{
    qint64 line = 0;
    QStringList cells;
};

/// Where the fields are in the file.
struct Layout
{
    bool hasHeader = false;
    QStringList header;
    qsizetype fieldCount = 0;
    QMap<QString, int> columns;
};

QStringList headerNames(const CsvRecord& first, bool hasHeader)
{
    if (hasHeader)
        return first.fields;
    QStringList names;
    for (qsizetype i = 0; i < first.fields.size(); ++i)
        names << CsvImport::tr("Column %1").arg(i + 1);
    return names;
}

/// The layout from the first record and the options; the columns are those the options give or the
/// header names (first column naming a field wins).
Layout layoutOf(CsvImport::Entity entity, const CsvImport::Options& options, const CsvRecord& first)
{
    const auto& specs = fieldSpecs(entity);
    Layout layout;
    const bool headerLike = CsvReader::looksLikeHeader(first.fields);
    if (options.hasHeader)
        layout.hasHeader = *options.hasHeader;
    else if (options.columns.isEmpty())
        layout.hasHeader = headerLike || namesAnyField(specs, first.fields);
    else
        layout.hasHeader = headerLike && namesAnyField(specs, first.fields);
    layout.header = headerNames(first, layout.hasHeader);
    layout.fieldCount = first.fields.size();
    if (!options.columns.isEmpty()) {
        layout.columns = options.columns;
    } else if (layout.hasHeader) {
        for (qsizetype i = 0; i < first.fields.size(); ++i) {
            const int field = fieldForHeader(specs, first.fields.at(i));
            if (field >= 0 && !layout.columns.contains(QString::fromLatin1(specs[field].key)))
                layout.columns.insert(QString::fromLatin1(specs[field].key), int(i));
        }
    }
    return layout;
}

Status tooLarge(const QString& sourceName, qint64 size, qint64 limit)
{
    return Status::failure(CsvImport::tr("%1: the file is %2 bytes, larger than the limit of %3 bytes")
                               .arg(sourceName)
                               .arg(size)
                               .arg(limit));
}

constexpr int ProgressEvery = 256;

/// Plans one import: holds the file's rows, what was loaded from the database and the errors.
class Planner
{
public:
    Planner(Database& db, const CsvImport::Options& options, QString sourceName, const Progress& progress)
        : m_store(db), m_options(options), m_sourceName(std::move(sourceName)), m_progress(progress),
          m_specs(fieldSpecs(options.entity))
    {
        const TableSpec* table =
            TableCatalog::table(options.entity == CsvImport::Entity::Provisions ? QStringLiteral("provisions")
                                                                                : QStringLiteral("mappings"));
        for (const FieldSpec& spec : m_specs) {
            FieldCache cache;
            if (spec.column) {
                cache.column = QString::fromLatin1(spec.column);
                cache.columnSpec = table->column(cache.column);
            }
            if (spec.choices) {
                cache.choices = spec.choices();
                for (qsizetype i = 0; i < cache.choices.keys.size(); ++i) {
                    for (const QString& word :
                         {cache.choices.keys.at(i), cache.choices.englishLabels.at(i), cache.choices.labels.at(i)}) {
                        cache.choiceKeys.insert(word.toLower(), cache.choices.keys.at(i));
                        cache.choiceKeys.insert(normalisedName(word), cache.choices.keys.at(i));
                    }
                }
            }
            m_fieldCache.push_back(cache);
        }
    }

    Result<CsvImport::Outcome> run(const QString& path);

private:
    struct FrameworkProvisions
    {
        QHash<QString, qint64> idByCode;
    };
    struct ProvisionRow
    {
        qsizetype row = 0; ///< index in m_rows
        qint64 id = 0;
        qint64 frameworkId = 0;
        QString frameworkCode;
        QString code;
        bool existing = false;
        bool ok = true;
        std::optional<qint64> parentId;
        QVariantMap after;
    };

    Status read(const QString& path);
    Status checkLayout(const Layout& layout);
    Status resolveOptionFrameworks();
    bool cancelledAt(qint64 done, qint64 total) { return !reportProgress(m_progress, done, total); }

    bool mapped(int field) const { return m_slot[field] >= 0; }
    /// The trimmed cell of a field; null when the field is not mapped.
    QString cell(const ParsedRow& row, int field) const
    {
        return mapped(field) ? row.cells.at(m_slot[field]).trimmed() : QString();
    }
    void error(const ParsedRow& row, int field, const QString& message);
    void fieldError(const ParsedRow& row, int field, const QString& problem)
    {
        error(row, field, QStringLiteral("%1: %2").arg(fieldLabel(m_specs[field]), problem));
    }

    std::optional<qint64> frameworkFor(const ParsedRow& row, int field, const QString& optionCode);
    const FrameworkProvisions& provisionsOf(qint64 frameworkId);
    /// Sets the row's plain columns from the cells of the mapped fields; false on a bad value.
    bool readValues(const ParsedRow& row, QVariantMap& values, const QVariantMap& defaults);

    Status planProvisions();
    Status planMappings();

    RecordStore m_store;
    const CsvImport::Options& m_options;
    QString m_sourceName;
    const Progress& m_progress;
    const std::vector<FieldSpec>& m_specs;

    /// What the fields need for every row, worked out once.
    struct FieldCache
    {
        QString column;
        const ColumnSpec* columnSpec = nullptr;
        Choices choices;
        QHash<QString, QString> choiceKeys; ///< key, label (lower case) and their normalised names -> key
    };
    std::vector<FieldCache> m_fieldCache;
    std::vector<int> m_slot;   ///< field -> slot in ParsedRow::cells, -1 when not mapped
    std::vector<int> m_column; ///< field -> 0-based column in the file
    std::vector<ParsedRow> m_rows;
    CsvImport::Outcome m_outcome;

    QHash<QString, qint64> m_frameworkIds;
    QHash<qint64, QString> m_frameworkCodes;
    QHash<qint64, FrameworkProvisions> m_provisions;
    QHash<qint64, QVariantMap> m_provisionRows; ///< provisions import: stored rows by id
    std::optional<qint64> m_optionFramework;
    std::optional<qint64> m_optionSource;
    std::optional<qint64> m_optionTarget;
    QString m_now;
};

void Planner::error(const ParsedRow& row, int field, const QString& message)
{
    ++m_outcome.errorCount;
    if (m_outcome.errors.size() >= CsvImport::MaxReportedErrors)
        return;
    CsvImport::RowError e;
    e.line = row.line;
    e.column = field >= 0 && mapped(field) ? m_column[field] + 1 : 0;
    e.field = field >= 0 ? QString::fromLatin1(m_specs[field].key) : QString();
    e.message = message;
    m_outcome.errors.append(e);
}

Status Planner::resolveOptionFrameworks()
{
    for (const QVariantMap& row : m_store.fetchAll(QStringLiteral("frameworks"))) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        const QString code = row.value(QStringLiteral("code")).toString();
        m_frameworkIds.insert(code, id);
        m_frameworkCodes.insert(id, code);
    }
    const auto resolve = [&](const QString& code, std::optional<qint64>& id) {
        if (code.trimmed().isEmpty())
            return Status();
        const auto it = m_frameworkIds.constFind(code.trimmed());
        if (it == m_frameworkIds.constEnd())
            return Status::failure(
                CsvImport::tr("%1: no framework has the code \"%2\"").arg(m_sourceName, code.trimmed()));
        id = *it;
        return Status();
    };
    if (m_options.entity == CsvImport::Entity::Provisions)
        return resolve(m_options.frameworkCode, m_optionFramework);
    const Status source = resolve(m_options.sourceFrameworkCode, m_optionSource);
    if (!source)
        return source;
    return resolve(m_options.targetFrameworkCode, m_optionTarget);
}

Status Planner::checkLayout(const Layout& layout)
{
    const int count = int(m_specs.size());
    m_slot.assign(count, -1);
    m_column.assign(count, -1);
    if (layout.columns.isEmpty())
        return Status::failure(
            CsvImport::tr("%1: the first row is not a header naming the fields; choose which column holds which field "
                          "(fields: %2)")
                .arg(m_sourceName, fieldKeys(m_specs).join(QStringLiteral(", "))));
    int slots = 0;
    for (auto it = layout.columns.constBegin(); it != layout.columns.constEnd(); ++it) {
        const int field = fieldIndex(m_specs, it.key());
        if (field < 0)
            return Status::failure(CsvImport::tr("%1: unknown field \"%2\" (fields: %3)")
                                       .arg(m_sourceName, it.key(), fieldKeys(m_specs).join(QStringLiteral(", "))));
        if (it.value() < 0 || it.value() >= layout.fieldCount)
            return Status::failure(CsvImport::tr("%1: there is no column %2 for the field %3 (the columns are 1 to %4)")
                                       .arg(m_sourceName)
                                       .arg(it.value() + 1)
                                       .arg(it.key())
                                       .arg(layout.fieldCount));
        m_slot[field] = slots++;
        m_column[field] = it.value();
    }
    // With the header's names, two columns naming the same field are ambiguous.
    if (layout.hasHeader && m_options.columns.isEmpty()) {
        for (qsizetype i = 0; i < layout.header.size(); ++i) {
            const int field = fieldForHeader(m_specs, layout.header.at(i));
            if (field >= 0 && m_column[field] != int(i))
                return Status::failure(CsvImport::tr("%1: columns %2 and %3 both hold the field %4")
                                           .arg(m_sourceName)
                                           .arg(m_column[field] + 1)
                                           .arg(i + 1)
                                           .arg(QString::fromLatin1(m_specs[field].key)));
        }
    }
    QStringList missing;
    for (int field = 0; field < count; ++field) {
        bool required = m_specs[field].required;
        if (m_options.entity == CsvImport::Entity::Provisions && field == PFramework)
            required = !m_optionFramework;
        if (m_options.entity == CsvImport::Entity::Mappings && field == MSourceFramework)
            required = !m_optionSource;
        if (m_options.entity == CsvImport::Entity::Mappings && field == MTargetFramework)
            required = !m_optionTarget;
        if (required && !mapped(field))
            missing << QStringLiteral("%1 (%2)").arg(fieldLabel(m_specs[field]),
                                                     QString::fromLatin1(m_specs[field].key));
    }
    if (!missing.isEmpty()) {
        QStringList found;
        for (const QString& name : layout.header)
            found << (name.trimmed().isEmpty() ? CsvImport::tr("(empty)") : QStringLiteral("\"%1\"").arg(name));
        return Status::failure(
            CsvImport::tr("%1: required columns missing: %2; columns found: %3")
                .arg(m_sourceName, missing.join(QStringLiteral(", ")), found.join(QStringLiteral(", "))));
    }
    if (layout.hasHeader && m_options.columns.isEmpty()) {
        QStringList ignored;
        for (qsizetype i = 0; i < layout.header.size(); ++i) {
            if (fieldForHeader(m_specs, layout.header.at(i)) < 0)
                ignored << (layout.header.at(i).trimmed().isEmpty()
                                ? CsvImport::tr("column %1").arg(i + 1)
                                : QStringLiteral("\"%1\"").arg(layout.header.at(i)));
        }
        if (!ignored.isEmpty())
            m_outcome.plan.report.addNote(CsvImport::tr("Columns not imported (no field of that name): %1")
                                              .arg(ignored.join(QStringLiteral(", "))));
    }
    return Status();
}

Status Planner::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(CsvImport::tr("%1 does not exist").arg(path));
    const qint64 size = info.size();
    if (m_options.maxBytes >= 0 && size > m_options.maxBytes)
        return tooLarge(m_sourceName, size, m_options.maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(CsvImport::tr("%1: the file cannot be read: %2").arg(m_sourceName, file.errorString()));

    CsvReader reader(&file, m_sourceName);
    reader.setEncoding(m_options.encoding);
    reader.setDelimiter(m_options.delimiter);
    if (m_options.maxBytes >= 0)
        reader.setMaxBytes(m_options.maxBytes);

    if (cancelledAt(0, size))
        return Status::failure(ChangeSet::cancelledMessage());
    CsvRecord record;
    bool first = true;
    Layout layout;
    qint64 records = 0;
    while (reader.next(record)) {
        if (++records % ProgressEvery == 0 && cancelledAt(reader.bytesRead(), size))
            return Status::failure(ChangeSet::cancelledMessage());
        if (first) {
            first = false;
            layout = layoutOf(m_options.entity, m_options, record);
            const Status checked = checkLayout(layout);
            if (!checked)
                return checked;
            if (layout.hasHeader)
                continue;
        }
        ++m_outcome.rows;
        ParsedRow row;
        row.line = record.line;
        if (record.fields.size() != layout.fieldCount) {
            error(row, -1,
                  layout.hasHeader ? CsvImport::tr("the row has %1 fields, but the header has %2")
                                         .arg(record.fields.size())
                                         .arg(layout.fieldCount)
                                   : CsvImport::tr("the row has %1 fields, but the first row has %2")
                                         .arg(record.fields.size())
                                         .arg(layout.fieldCount));
            continue;
        }
        row.cells.resize(layout.columns.size());
        for (std::size_t field = 0; field < m_slot.size(); ++field) {
            if (m_slot[field] >= 0)
                row.cells[m_slot[field]] = std::move(record.fields[m_column[field]]);
        }
        m_rows.push_back(std::move(row));
    }
    if (reader.hasError())
        return Status::failure(reader.errorString());
    if (first)
        return Status::failure(CsvImport::tr("%1: the file holds no rows").arg(m_sourceName));
    if (cancelledAt(size, size))
        return Status::failure(ChangeSet::cancelledMessage());
    return Status();
}

std::optional<qint64> Planner::frameworkFor(const ParsedRow& row, int field, const QString& optionCode)
{
    QString code = cell(row, field);
    if (code.isEmpty()) {
        if (!optionCode.trimmed().isEmpty())
            return m_frameworkIds.value(optionCode.trimmed());
        fieldError(row, field, CsvImport::tr("is required"));
        return std::nullopt;
    }
    const auto it = m_frameworkIds.constFind(code);
    if (it == m_frameworkIds.constEnd()) {
        fieldError(row, field, CsvImport::tr("no framework has the code \"%1\"").arg(code));
        return std::nullopt;
    }
    return *it;
}

const Planner::FrameworkProvisions& Planner::provisionsOf(qint64 frameworkId)
{
    auto it = m_provisions.find(frameworkId);
    if (it != m_provisions.end())
        return *it;
    FrameworkProvisions loaded;
    const bool keepRows = m_options.entity == CsvImport::Entity::Provisions;
    for (QVariantMap& row :
         m_store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId)) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        loaded.idByCode.insert(row.value(QStringLiteral("code")).toString(), id);
        if (keepRows)
            m_provisionRows.insert(id, std::move(row));
    }
    return *m_provisions.insert(frameworkId, std::move(loaded));
}

bool Planner::readValues(const ParsedRow& row, QVariantMap& values, const QVariantMap& defaults)
{
    bool ok = true;
    for (int field = 0; field < int(m_specs.size()); ++field) {
        const FieldSpec& spec = m_specs[field];
        if (!spec.column || !mapped(field) || spec.kind == Kind::Code)
            continue;
        const FieldCache& cache = m_fieldCache[field];
        const QString& column = cache.column;
        const QString text = cell(row, field);
        if (spec.required && text.isEmpty()) {
            fieldError(row, field, CsvImport::tr("is required"));
            ok = false;
            continue;
        }
        switch (spec.kind) {
        case Kind::Text:
            values.insert(column, text);
            break;
        case Kind::Date:
        case Kind::FullDate: {
            const Status valid =
                spec.kind == Kind::Date ? check::date(text, fieldLabel(spec)) : check::fullDate(text, fieldLabel(spec));
            if (!valid) {
                error(row, field, valid.message());
                ok = false;
            } else {
                values.insert(column, text.isEmpty() ? nullText() : QVariant(text));
            }
            break;
        }
        case Kind::Integer: {
            if (text.isEmpty()) {
                values.insert(column, nullNumber());
                break;
            }
            bool isNumber = false;
            const qlonglong number = text.toLongLong(&isNumber);
            const ColumnSpec* columnSpec = cache.columnSpec;
            if (!isNumber) {
                fieldError(row, field, CsvImport::tr("\"%1\" is not a whole number").arg(text));
                ok = false;
            } else if (columnSpec && columnSpec->hasRange &&
                       (number < columnSpec->minimum || number > columnSpec->maximum)) {
                fieldError(row, field,
                           CsvImport::tr("%1 is not between %2 and %3")
                               .arg(number)
                               .arg(columnSpec->minimum)
                               .arg(columnSpec->maximum));
                ok = false;
            } else {
                values.insert(column, QVariant(number));
            }
            break;
        }
        case Kind::Enum: {
            if (text.isEmpty()) {
                values.insert(column, defaults.value(column));
                break;
            }
            QString key = cache.choiceKeys.value(text.toLower());
            if (key.isEmpty())
                key = cache.choiceKeys.value(normalisedName(text));
            if (key.isEmpty()) {
                fieldError(
                    row, field,
                    CsvImport::tr("\"%1\" is not one of: %2").arg(text, cache.choices.keys.join(QStringLiteral(", "))));
                ok = false;
            } else {
                values.insert(column, key);
            }
            break;
        }
        case Kind::Code:
            break;
        }
    }
    return ok;
}

Status Planner::planProvisions()
{
    const QString table = QStringLiteral("provisions");
    const TableSpec& spec = *TableCatalog::table(table);
    const QVariantMap defaults = ChangePlanner::completeRow(spec, Provision().toRow());
    const QString idColumn = QStringLiteral("id");
    const QString parentColumn = QStringLiteral("parent_id");
    const QString sortColumn = QStringLiteral("sort_order");
    const QString createdColumn = QStringLiteral("created_at");
    const QString updatedColumn = QStringLiteral("updated_at");
    const qint64 total = qint64(m_rows.size());

    // 1. Identify every row: framework, code, new or existing; values of the plain columns.
    std::vector<ProvisionRow> planned;
    planned.reserve(m_rows.size());
    QHash<QPair<qint64, QString>, qsizetype> byCode; // (framework, code) -> index in planned
    qint64 nextId = m_store.nextId(table);
    for (qsizetype i = 0; i < qsizetype(m_rows.size()); ++i) {
        if (i % ProgressEvery == 0 && cancelledAt(i, total))
            return Status::failure(ChangeSet::cancelledMessage());
        const ParsedRow& row = m_rows[i];
        ProvisionRow p;
        p.row = i;
        const std::optional<qint64> framework = frameworkFor(row, PFramework, m_options.frameworkCode);
        p.code = cell(row, PCode);
        if (p.code.isEmpty()) {
            fieldError(row, PCode, CsvImport::tr("is required"));
            p.ok = false;
        }
        if (!framework)
            p.ok = false;
        if (framework && !p.code.isEmpty()) {
            p.frameworkId = *framework;
            p.frameworkCode = m_frameworkCodes.value(p.frameworkId);
            const auto key = qMakePair(p.frameworkId, p.code);
            if (const auto seen = byCode.constFind(key); seen != byCode.constEnd()) {
                fieldError(row, PCode,
                           CsvImport::tr("\"%1\" is given twice in %2 (first on line %3)")
                               .arg(p.code, p.frameworkCode)
                               .arg(m_rows[planned[*seen].row].line));
                p.ok = false;
            } else {
                byCode.insert(key, qsizetype(planned.size()));
            }
            const FrameworkProvisions& stored = provisionsOf(p.frameworkId);
            if (const auto existing = stored.idByCode.constFind(p.code); existing != stored.idByCode.constEnd()) {
                p.existing = true;
                p.id = *existing;
                p.after = m_provisionRows.value(p.id);
            }
        }
        if (!p.existing) {
            p.id = nextId++;
            p.after = defaults;
            p.after.insert(idColumn, p.id);
            p.after.insert(QStringLiteral("framework_id"), p.frameworkId);
            p.after.insert(QStringLiteral("code"), p.code);
            p.after.insert(createdColumn, m_now);
        }
        p.after.insert(updatedColumn, m_now);
        if (!readValues(row, p.after, defaults))
            p.ok = false;
        planned.push_back(std::move(p));
    }

    // 2. Parents, in the database or in the file, within the row's framework.
    QHash<qint64, qsizetype> plannedById;
    for (qsizetype i = 0; i < qsizetype(planned.size()); ++i)
        plannedById.insert(planned[i].id, i);
    for (ProvisionRow& p : planned) {
        if (p.frameworkId == 0)
            continue;
        if (!mapped(PParentCode)) {
            const QVariant stored = p.after.value(parentColumn);
            p.parentId = stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
            continue;
        }
        const ParsedRow& row = m_rows[p.row];
        const QString parentCode = cell(row, PParentCode);
        if (parentCode.isEmpty()) {
            p.parentId.reset();
        } else if (const auto inFile = byCode.constFind(qMakePair(p.frameworkId, parentCode));
                   inFile != byCode.constEnd()) {
            p.parentId = planned[*inFile].id;
        } else if (const auto stored = m_provisions[p.frameworkId].idByCode.constFind(parentCode);
                   stored != m_provisions[p.frameworkId].idByCode.constEnd()) {
            p.parentId = *stored;
        } else {
            fieldError(row, PParentCode,
                       CsvImport::tr("%1 has no provision \"%2\" (in the database or in the file)")
                           .arg(p.frameworkCode, parentCode));
            p.ok = false;
            continue;
        }
        if (p.parentId && *p.parentId == p.id) {
            fieldError(row, PParentCode, CsvImport::tr("a provision cannot be its own parent"));
            p.ok = false;
            p.parentId.reset();
        }
        p.after.insert(parentColumn, p.parentId ? QVariant(*p.parentId) : nullNumber());
    }

    // 3. Cycles in the tree as it would be: parents from the file, else as stored.
    const auto parentOf = [&](qint64 id) -> std::optional<qint64> {
        if (const auto it = plannedById.constFind(id); it != plannedById.constEnd())
            return planned[*it].parentId;
        const QVariant stored = m_provisionRows.value(id).value(parentColumn);
        return stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
    };
    QHash<qint64, int> state; // 1: on the path being walked, 2: known to reach the top
    for (ProvisionRow& p : planned) {
        if (state.value(p.id) == 2)
            continue;
        QList<qint64> path;
        std::optional<qint64> at = p.id;
        bool cycle = false;
        while (at && state.value(*at) != 2) {
            if (state.value(*at) == 1) {
                cycle = true;
                break;
            }
            state.insert(*at, 1);
            path << *at;
            at = parentOf(*at);
        }
        if (cycle) {
            // Every row of the file on the cycle is an error.
            const qsizetype start = path.indexOf(*at);
            for (qsizetype k = start; k < path.size(); ++k) {
                if (const auto it = plannedById.constFind(path.at(k)); it != plannedById.constEnd()) {
                    ProvisionRow& member = planned[*it];
                    if (member.ok)
                        fieldError(m_rows[member.row], PParentCode,
                                   CsvImport::tr("\"%1\" would make the provision its own ancestor")
                                       .arg(cell(m_rows[member.row], PParentCode)));
                    member.ok = false;
                }
            }
        }
        for (const qint64 id : std::as_const(path))
            state.insert(id, 2);
    }

    // 4. Order among siblings: after the existing ones, in file order, unless given.
    QHash<QPair<qint64, qint64>, qint64> lastOrder; // (framework, parent or 0) -> largest sort order
    for (auto it = m_provisionRows.constBegin(); it != m_provisionRows.constEnd(); ++it) {
        const auto key =
            qMakePair(it->value(QStringLiteral("framework_id")).toLongLong(), it->value(parentColumn).toLongLong());
        lastOrder[key] = std::max(lastOrder.value(key, 0), it->value(sortColumn).toLongLong());
    }
    for (ProvisionRow& p : planned) {
        const auto key = qMakePair(p.frameworkId, p.parentId.value_or(0));
        const QVariant given = p.after.value(sortColumn);
        const bool fromFile = mapped(PSortOrder) && !cell(m_rows[p.row], PSortOrder).isEmpty();
        if (fromFile) {
            lastOrder[key] = std::max(lastOrder.value(key, 0), given.toLongLong());
        } else if (p.existing) {
            const QVariant stored = m_provisionRows.value(p.id).value(sortColumn);
            p.after.insert(sortColumn, stored);
        } else {
            const qint64 order = lastOrder.value(key, 0) + 1;
            lastOrder[key] = order;
            p.after.insert(sortColumn, order);
        }
    }

    // 5. The whole row as the record editor checks it.
    for (ProvisionRow& p : planned) {
        if (!p.ok)
            continue;
        const Status valid = Provision::fromRow(p.after).validate();
        if (!valid) {
            error(m_rows[p.row], -1, valid.message());
            p.ok = false;
        }
    }
    if (m_outcome.errorCount > 0)
        return Status();

    // 6. Report in file order; changes with every parent from the file before its children.
    ImportReport& report = m_outcome.plan.report;
    std::vector<char> unchanged(planned.size(), 0);
    for (qsizetype i = 0; i < qsizetype(planned.size()); ++i) {
        ProvisionRow& p = planned[i];
        p.after = ChangePlanner::completeRow(spec, p.after);
        const QString record = QStringLiteral("%1 %2:%3").arg(spec.displayLabel(), p.frameworkCode, p.code);
        if (!p.existing) {
            report.add(ImportReport::Outcome::Added, table, record);
            continue;
        }
        const QStringList changed = changedColumns(spec, m_provisionRows.value(p.id), p.after);
        if (changed.isEmpty()) {
            report.add(ImportReport::Outcome::Unchanged, table, record);
            unchanged[i] = 1;
        } else {
            report.add(ImportReport::Outcome::Updated, table, record, changed.join(QStringLiteral(", ")));
        }
    }
    std::vector<char> emitted(planned.size(), 0);
    ChangeSet& changes = m_outcome.plan.changes;
    for (qsizetype i = 0; i < qsizetype(planned.size()); ++i) {
        QList<qsizetype> chain;
        for (qsizetype at = i; at >= 0 && !emitted[at];) {
            chain.prepend(at);
            emitted[at] = 1;
            const std::optional<qint64> parent = planned[at].parentId;
            at = parent ? plannedById.value(*parent, -1) : -1;
        }
        for (const qsizetype k : std::as_const(chain)) {
            if (unchanged[k])
                continue;
            const ProvisionRow& p = planned[k];
            changes.append(RowChange{table, p.existing ? m_provisionRows.value(p.id) : QVariantMap(), p.after});
        }
    }
    return Status();
}

Status Planner::planMappings()
{
    const QString table = QStringLiteral("mappings");
    const TableSpec& spec = *TableCatalog::table(table);
    const QVariantMap defaults = ChangePlanner::completeRow(spec, Mapping().toRow());
    const QString idColumn = QStringLiteral("id");
    const QString sourceColumn = QStringLiteral("source_provision_id");
    const QString targetColumn = QStringLiteral("target_provision_id");
    const QString relationshipColumn = QStringLiteral("relationship");
    const QString strengthColumn = QStringLiteral("strength");
    const QString reviewStatusColumn = QStringLiteral("review_status");
    const QString reviewerColumn = QStringLiteral("reviewer");
    const QString reviewDateColumn = QStringLiteral("review_date");
    const QString createdColumn = QStringLiteral("created_at");
    const QString updatedColumn = QStringLiteral("updated_at");
    const qint64 total = qint64(m_rows.size());

    // Mappings already stored, by pair.
    QHash<QPair<qint64, qint64>, QVariantMap> stored;
    for (QVariantMap& row : m_store.fetchAll(table)) {
        const auto key = qMakePair(row.value(sourceColumn).toLongLong(), row.value(targetColumn).toLongLong());
        stored.insert(key, std::move(row));
    }
    QHash<QPair<qint64, qint64>, qint64> seen; // pair -> line
    qint64 nextId = m_store.nextId(table);
    const QString label = spec.displayLabel();
    ImportReport& report = m_outcome.plan.report;
    ChangeSet& changes = m_outcome.plan.changes;

    const auto provision = [&](const ParsedRow& row, int frameworkField, int codeField, const QString& optionCode,
                               QString& name, qint64& frameworkId) -> std::optional<qint64> {
        const std::optional<qint64> framework = frameworkFor(row, frameworkField, optionCode);
        frameworkId = framework.value_or(0);
        const QString code = cell(row, codeField);
        if (code.isEmpty()) {
            fieldError(row, codeField, CsvImport::tr("is required"));
            return std::nullopt;
        }
        if (!framework)
            return std::nullopt;
        const FrameworkProvisions& provisions = provisionsOf(*framework);
        const auto it = provisions.idByCode.constFind(code);
        const QString frameworkCode = m_frameworkCodes.value(*framework);
        if (it == provisions.idByCode.constEnd()) {
            fieldError(row, codeField, CsvImport::tr("%1 has no provision \"%2\"").arg(frameworkCode, code));
            return std::nullopt;
        }
        name = frameworkCode + QLatin1Char(':') + code;
        return *it;
    };

    for (qsizetype i = 0; i < qsizetype(m_rows.size()); ++i) {
        if (i % ProgressEvery == 0 && cancelledAt(i, total))
            return Status::failure(ChangeSet::cancelledMessage());
        const ParsedRow& row = m_rows[i];
        QString sourceName;
        QString targetName;
        qint64 sourceFramework = 0;
        qint64 targetFramework = 0;
        const std::optional<qint64> source =
            provision(row, MSourceFramework, MSourceCode, m_options.sourceFrameworkCode, sourceName, sourceFramework);
        const std::optional<qint64> target =
            provision(row, MTargetFramework, MTargetCode, m_options.targetFrameworkCode, targetName, targetFramework);
        bool ok = source && target;
        std::optional<QPair<qint64, qint64>> pair;
        if (source && target) {
            if (*source == *target) {
                fieldError(row, MTargetCode, CsvImport::tr("a provision cannot be mapped to itself"));
                ok = false;
            } else if (sourceFramework == targetFramework) {
                fieldError(row, MTargetCode,
                           CsvImport::tr("%1 is in the same framework as the source provision %2; mappings within one "
                                         "framework are not imported")
                               .arg(targetName, sourceName));
                ok = false;
            } else {
                pair = qMakePair(*source, *target);
                if (const auto first = seen.constFind(*pair); first != seen.constEnd()) {
                    error(row, MTargetCode,
                          CsvImport::tr("the mapping %1 → %2 is given twice (first on line %3)")
                              .arg(sourceName, targetName)
                              .arg(*first));
                    ok = false;
                } else {
                    seen.insert(*pair, row.line);
                }
            }
        }

        const auto existing = pair ? stored.constFind(*pair) : stored.constEnd();
        const bool isUpdate = existing != stored.constEnd();
        QVariantMap after = isUpdate ? *existing : defaults;
        if (!readValues(row, after, defaults))
            ok = false;
        if (!ok)
            continue;

        // Strength by definition for equal and no relationship (when the file gives none); the rules of the
        // record editor.
        const QString relationship = after.value(relationshipColumn).toString();
        const bool strengthGiven = mapped(MStrength) && !cell(row, MStrength).isEmpty();
        const QVariant strength = after.value(strengthColumn);
        const int strengthField = strengthGiven ? MStrength : MRelationship;
        const auto requireStrength = [&](qlonglong value, const QString& problem) {
            if (!strengthGiven)
                after.insert(strengthColumn, value);
            else if (strength.toLongLong() != value) {
                fieldError(row, strengthField, problem);
                ok = false;
            }
        };
        if (relationship == QLatin1String("equal")) {
            requireStrength(10, CsvImport::tr("must be 10 for 'equal' (same scope)"));
        } else if (relationship == QLatin1String("no_relationship")) {
            requireStrength(0, CsvImport::tr("must be 0 for 'no relationship'"));
        } else if (!strength.isNull() && (strength.toLongLong() < 1 || strength.toLongLong() > 9)) {
            fieldError(row, strengthField,
                       CsvImport::tr("%1 is not between 1 and 9, as '%2' needs")
                           .arg(strength.toLongLong())
                           .arg(labelForKey(QStringLiteral("relationship"), relationship)));
            ok = false;
        }
        if (after.value(reviewStatusColumn).toString() == QLatin1String("complete")) {
            if (after.value(reviewerColumn).toString().trimmed().isEmpty()) {
                fieldError(row, mapped(MReviewer) ? MReviewer : MReviewStatus,
                           CsvImport::tr("a reviewer is required for a reviewed (complete) mapping"));
                ok = false;
            }
            if (after.value(reviewDateColumn).toString().trimmed().isEmpty()) {
                fieldError(row, mapped(MReviewDate) ? MReviewDate : MReviewStatus,
                           CsvImport::tr("a review date is required for a reviewed (complete) mapping"));
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (m_outcome.errorCount > 0)
            continue; // only checking from here on

        const QString record = QStringLiteral("%1 %2 → %3").arg(label, sourceName, targetName);
        after.insert(updatedColumn, m_now);
        if (isUpdate) {
            const QStringList changed = changedColumns(spec, *existing, after);
            if (changed.isEmpty()) {
                report.add(ImportReport::Outcome::Unchanged, table, record);
            } else {
                report.add(ImportReport::Outcome::Updated, table, record, changed.join(QStringLiteral(", ")));
                changes.append(RowChange{table, *existing, after});
            }
            continue;
        }
        after.insert(idColumn, nextId++);
        after.insert(sourceColumn, *source);
        after.insert(targetColumn, *target);
        after.insert(createdColumn, m_now);
        report.add(ImportReport::Outcome::Added, table, record);
        changes.append(RowChange{table, QVariantMap(), after});
    }
    return Status();
}

Result<CsvImport::Outcome> Planner::run(const QString& path)
{
    m_now = IsoDate::nowTimestamp();
    const Status frameworks = resolveOptionFrameworks();
    if (!frameworks)
        return frameworks;
    const Status wasRead = read(path);
    if (!wasRead)
        return wasRead;
    const Status planned = m_options.entity == CsvImport::Entity::Provisions ? planProvisions() : planMappings();
    if (!planned)
        return planned;
    if (!reportProgress(m_progress, qint64(m_rows.size()), qint64(m_rows.size())))
        return Status::failure(ChangeSet::cancelledMessage());
    m_outcome.plan.sourceName = m_sourceName;
    if (m_outcome.errorCount > 0) {
        m_outcome.plan = ImportPlan{m_sourceName, ChangeSet(), ImportReport()};
        return m_outcome;
    }
    m_outcome.plan.changes.setText(m_options.entity == CsvImport::Entity::Provisions
                                       ? CsvImport::tr("Import provisions from %1").arg(m_sourceName)
                                       : CsvImport::tr("Import mappings from %1").arg(m_sourceName));
    return std::move(m_outcome);
}

} // namespace

QString CsvImport::entityKey(Entity entity)
{
    return entity == Entity::Provisions ? QStringLiteral("provisions") : QStringLiteral("mappings");
}

std::optional<CsvImport::Entity> CsvImport::entityFromKey(const QString& key)
{
    if (key == QLatin1String("provisions"))
        return Entity::Provisions;
    if (key == QLatin1String("mappings"))
        return Entity::Mappings;
    return std::nullopt;
}

QList<CsvImport::Field> CsvImport::fields(Entity entity)
{
    QList<Field> result;
    for (const FieldSpec& spec : fieldSpecs(entity))
        result.append(Field{QString::fromLatin1(spec.key), fieldLabel(spec), spec.required, tr(spec.description)});
    return result;
}

Result<QMap<QString, int>> CsvImport::parseColumns(Entity entity, const QString& text)
{
    const auto& specs = fieldSpecs(entity);
    const QString known = fieldKeys(specs).join(QStringLiteral(", "));
    const QStringList entries = text.split(QLatin1Char(','));
    bool numbered = false;
    for (const QString& entry : entries)
        numbered = numbered || entry.contains(QLatin1Char('='));
    QMap<QString, int> columns;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        if (entry.isEmpty())
            continue;
        QString key = entry;
        int column = int(i);
        if (numbered) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            if (equals < 0)
                return Result<QMap<QString, int>>::failure(
                    tr("\"%1\" has no column number: write every entry as field=N, or list the fields in column "
                       "order without numbers")
                        .arg(entry));
            key = entry.left(equals).trimmed();
            bool ok = false;
            column = entry.mid(equals + 1).trimmed().toInt(&ok) - 1;
            if (!ok || column < 0)
                return Result<QMap<QString, int>>::failure(
                    tr("\"%1\": the column number must be a whole number from 1").arg(entry));
        }
        key = key.toLower();
        if (fieldIndex(specs, key) < 0)
            return Result<QMap<QString, int>>::failure(tr("unknown field \"%1\" (fields: %2)").arg(key, known));
        if (columns.contains(key))
            return Result<QMap<QString, int>>::failure(tr("the field \"%1\" is given twice").arg(key));
        columns.insert(key, column);
    }
    if (columns.isEmpty())
        return Result<QMap<QString, int>>::failure(tr("no columns given (fields: %1)").arg(known));
    return columns;
}

Result<CsvImport::Preview> CsvImport::preview(const QString& path, const Options& options, int maxRows)
{
    const QString sourceName = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists())
        return Result<Preview>::failure(tr("%1 does not exist").arg(path));
    if (options.maxBytes >= 0 && info.size() > options.maxBytes)
        return tooLarge(sourceName, info.size(), options.maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Preview>::failure(tr("%1: the file cannot be read: %2").arg(sourceName, file.errorString()));
    CsvReader reader(&file, sourceName);
    reader.setEncoding(options.encoding);
    reader.setDelimiter(options.delimiter);
    if (options.maxBytes >= 0)
        reader.setMaxBytes(options.maxBytes);
    Preview preview;
    CsvRecord record;
    bool first = true;
    while (preview.rows.size() < maxRows && reader.next(record)) {
        if (first) {
            first = false;
            const Layout layout = layoutOf(options.entity, options, record);
            preview.hasHeader = layout.hasHeader;
            preview.header = layout.header;
            preview.columns = layout.columns;
            if (layout.hasHeader)
                continue;
        }
        preview.rows.append(record);
    }
    if (reader.hasError())
        return Result<Preview>::failure(reader.errorString());
    preview.encoding = reader.detectedEncoding();
    preview.delimiter = reader.detectedDelimiter();
    return preview;
}

QString CsvImport::RowError::toString(const QString& sourceName) const
{
    if (column > 0)
        return tr("%1: line %2, column %3: %4").arg(sourceName).arg(line).arg(column).arg(message);
    return tr("%1: line %2: %3").arg(sourceName).arg(line).arg(message);
}

Result<CsvImport::Outcome> CsvImport::plan(Database& db, const QString& path, const Options& options,
                                           const Progress& progress)
{
    Planner planner(db, options, QFileInfo(path).fileName(), progress);
    return planner.run(path);
}

} // namespace crosswalk
