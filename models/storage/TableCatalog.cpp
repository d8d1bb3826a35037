#include "models/storage/TableCatalog.h"

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace crosswalk {

const ColumnSpec* TableSpec::column(const QString& columnName) const
{
    for (const auto& c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QString TableSpec::displayLabel() const
{
    return QCoreApplication::translate("TableCatalog", label.toLatin1().constData());
}

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const auto& c : columns)
        names << c.name;
    return names;
}

namespace {

ColumnSpec idColumn()
{
    return ColumnSpec(QStringLiteral("id"), ColumnType::Id);
}

ColumnSpec text(const char* name, bool required = false)
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Text};
    if (!required)
        c.defaultValue = QString();
    return c;
}

ColumnSpec date(const char* name, bool nullable = true)
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Date};
    c.nullable = nullable;
    if (nullable)
        c.defaultValue = QVariant(QMetaType::fromType<QString>());
    return c;
}

ColumnSpec ref(const char* name, const char* table, bool nullable)
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Ref};
    c.refTable = QString::fromLatin1(table);
    c.nullable = nullable;
    if (nullable)
        c.defaultValue = QVariant(QMetaType::fromType<qlonglong>());
    return c;
}

template <typename E> ColumnSpec enumeration(const char* name, const char* enumName, const char* defaultKey = nullptr)
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Enum};
    c.enumKeys = allKeys<E>();
    c.enumName = QString::fromLatin1(enumName);
    if (defaultKey)
        c.defaultValue = QString::fromLatin1(defaultKey);
    return c;
}

ColumnSpec integer(const char* name, bool nullable, int minimum, int maximum, QVariant defaultValue = QVariant())
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Integer};
    c.nullable = nullable;
    c.hasRange = true;
    c.minimum = minimum;
    c.maximum = maximum;
    c.defaultValue = nullable && !defaultValue.isValid() ? QVariant(QMetaType::fromType<qlonglong>()) : defaultValue;
    return c;
}

ColumnSpec real(const char* name)
{
    ColumnSpec c{QString::fromLatin1(name), ColumnType::Real};
    c.nullable = true;
    c.defaultValue = QVariant(QMetaType::fromType<double>());
    return c;
}

void addSourced(std::vector<ColumnSpec>& columns)
{
    columns.push_back(text("source"));
    columns.push_back(enumeration<Verification>("verification", "verification", "unverified"));
    columns.push_back(text("verification_note"));
}

void addTrailer(std::vector<ColumnSpec>& columns)
{
    columns.push_back(enumeration<Tlp>("marking", "marking", "CLEAR"));
    columns.push_back(text("caveat"));
    columns.push_back(ColumnSpec(QStringLiteral("created_at"), ColumnType::Timestamp));
    columns.push_back(ColumnSpec(QStringLiteral("updated_at"), ColumnType::Timestamp));
}

TableSpec linkTable(const char* name, const char* label, const char* leftColumn, const char* leftTable,
                    const char* rightColumn, const char* rightTable)
{
    TableSpec t(QString::fromLatin1(name), QString::fromLatin1(label), false, QString());
    t.columns = {ref(leftColumn, leftTable, false), ref(rightColumn, rightTable, false)};
    return t;
}

std::vector<TableSpec> buildCatalog()
{
    std::vector<TableSpec> tables;
    const QString code = QStringLiteral("code");

    {
        TableSpec t(QStringLiteral("themes"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "theme")), true, code);
        t.columns = {idColumn(), text("code", true), text("name_en", true), text("name_orig")};
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("parties"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "party")), true, code);
        t.columns = {idColumn(),
                     text("code", true),
                     text("name_en", true),
                     text("name_orig"),
                     enumeration<PartyKind>("kind", "party_kind"),
                     ref("parent_id", "parties", true),
                     text("notes")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("frameworks"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "framework")), true, code);
        ColumnSpec language = text("language");
        language.defaultValue = QStringLiteral("en");
        t.columns = {idColumn(),
                     text("code", true),
                     text("title_en", true),
                     text("title_orig"),
                     text("short_name"),
                     language,
                     enumeration<FrameworkKind>("kind", "framework_kind"),
                     ref("issuer_party_id", "parties", true),
                     date("adopted_date"),
                     enumeration<FrameworkStatus>("status", "framework_status"),
                     text("version"),
                     text("description"),
                     text("oscal_uuid")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("provisions"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "provision")), true, code);
        t.columns = {idColumn(),
                     ref("framework_id", "frameworks", false),
                     ref("parent_id", "provisions", true),
                     integer("sort_order", false, -1000000, 1000000, 0),
                     text("code", true),
                     text("ref_label"),
                     text("title_en", true),
                     text("title_orig"),
                     text("summary_en"),
                     text("summary_orig"),
                     date("effective_date")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("mappings"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "mapping")), true, QString());
        t.columns = {idColumn(),
                     ref("source_provision_id", "provisions", false),
                     ref("target_provision_id", "provisions", false),
                     enumeration<Relationship>("relationship", "relationship"),
                     enumeration<Rationale>("rationale", "rationale"),
                     integer("strength", true, 0, 10),
                     text("justification"),
                     text("notes"),
                     enumeration<ReviewStatus>("review_status", "review_status", "draft"),
                     text("author"),
                     text("reviewer"),
                     date("review_date")};
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("applicability"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "applicability exclusion")), true, QString());
        t.columns = {idColumn(), ref("provision_id", "provisions", false), ref("party_id", "parties", false),
                     text("justification", true), text("source")};
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("dialogues"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "dialogue")), true, code);
        t.columns = {idColumn(),
                     text("code", true),
                     text("title_en", true),
                     text("title_orig"),
                     enumeration<DialogueKind>("kind", "dialogue_kind"),
                     text("series"),
                     integer("round_number", true, 1, 100000),
                     date("dialogue_date"),
                     text("date_note"),
                     text("place"),
                     text("objectives_en"),
                     text("objectives_orig"),
                     text("key_messages_en"),
                     text("key_messages_orig"),
                     text("outcomes_en"),
                     text("outcomes_orig"),
                     text("content_note")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    tables.push_back(linkTable("dialogue_parties", QT_TRANSLATE_NOOP("TableCatalog", "dialogue party"), "dialogue_id", "dialogues", "party_id", "parties"));
    {
        TableSpec t(QStringLiteral("delegates"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "delegate")), true, QString());
        t.columns = {idColumn(),
                     ref("dialogue_id", "dialogues", false),
                     ref("party_id", "parties", false),
                     integer("sort_order", false, -1000000, 1000000, 0),
                     text("name", true),
                     text("position"),
                     enumeration<DelegateRole>("role", "delegate_role", "member")};
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("commitments"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "commitment")), true, code);
        t.columns = {idColumn(),
                     text("code", true),
                     text("title_en", true),
                     text("title_orig"),
                     text("description"),
                     ref("origin_dialogue_id", "dialogues", true),
                     ref("origin_provision_id", "provisions", true),
                     text("origin_note"),
                     ref("lead_party_id", "parties", true),
                     ref("counterpart_party_id", "parties", true),
                     date("due_date"),
                     enumeration<CommitmentStatus>("status", "commitment_status"),
                     integer("progress", false, 0, 100, 0)};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("commitment_updates"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "commitment update")), true, QString());
        t.columns = {idColumn(),
                     ref("commitment_id", "commitments", false),
                     date("update_date", false),
                     enumeration<CommitmentStatus>("status", "commitment_status"),
                     integer("progress", false, 0, 100),
                     text("note_en"),
                     text("note_orig")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    {
        TableSpec t(QStringLiteral("programmes"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "programme")), true, code);
        t.columns = {idColumn(),
                     text("code", true),
                     text("name_en", true),
                     text("name_orig"),
                     enumeration<ProgrammeKind>("kind", "programme_kind"),
                     ref("lead_party_id", "parties", true),
                     date("start_date"),
                     date("end_date"),
                     enumeration<ProgrammeStatus>("status", "programme_status"),
                     real("budget"),
                     text("currency"),
                     text("beneficiaries"),
                     text("description")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    tables.push_back(
        linkTable("programme_partners", QT_TRANSLATE_NOOP("TableCatalog", "programme partner"), "programme_id", "programmes", "party_id", "parties"));
    {
        TableSpec t(QStringLiteral("gaps"), QString::fromLatin1(QT_TRANSLATE_NOOP("TableCatalog", "gap")), true, code);
        t.columns = {idColumn(),
                     text("code", true),
                     text("title_en", true),
                     text("title_orig"),
                     text("description"),
                     ref("provision_id", "provisions", true),
                     enumeration<GapKind>("kind", "gap_kind"),
                     enumeration<Severity>("severity", "severity"),
                     enumeration<GapStatus>("status", "gap_status"),
                     ref("owner_party_id", "parties", true),
                     date("due_date"),
                     date("opened_date"),
                     date("closed_date")};
        addSourced(t.columns);
        addTrailer(t.columns);
        tables.push_back(t);
    }
    tables.push_back(
        linkTable("commitment_themes", QT_TRANSLATE_NOOP("TableCatalog", "commitment theme"), "commitment_id", "commitments", "theme_id", "themes"));
    tables.push_back(linkTable("programme_themes", QT_TRANSLATE_NOOP("TableCatalog", "programme theme"), "programme_id", "programmes", "theme_id", "themes"));
    tables.push_back(linkTable("gap_themes", QT_TRANSLATE_NOOP("TableCatalog", "gap theme"), "gap_id", "gaps", "theme_id", "themes"));
    tables.push_back(linkTable("commitment_gaps", QT_TRANSLATE_NOOP("TableCatalog", "commitment-gap link"), "commitment_id", "commitments", "gap_id", "gaps"));
    tables.push_back(linkTable("commitment_programmes", QT_TRANSLATE_NOOP("TableCatalog", "commitment-programme link"), "commitment_id", "commitments",
                               "programme_id", "programmes"));
    tables.push_back(
        linkTable("programme_gaps", QT_TRANSLATE_NOOP("TableCatalog", "programme-gap link"), "programme_id", "programmes", "gap_id", "gaps"));
    tables.push_back(linkTable("commitment_provisions", QT_TRANSLATE_NOOP("TableCatalog", "commitment-provision link"), "commitment_id", "commitments",
                               "provision_id", "provisions"));
    return tables;
}

} // namespace

const std::vector<TableSpec>& TableCatalog::tables()
{
    static const std::vector<TableSpec> catalog = buildCatalog();
    return catalog;
}

const TableSpec* TableCatalog::table(const QString& name)
{
    for (const auto& t : tables()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList TableCatalog::entityTables()
{
    QStringList names;
    for (const auto& t : tables()) {
        if (t.hasId)
            names << t.name;
    }
    return names;
}

QString TableCatalog::columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("TableCatalog", "Id")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("TableCatalog", "Code")},
        {QStringLiteral("name_en"), QT_TRANSLATE_NOOP("TableCatalog", "Name (English)")},
        {QStringLiteral("name_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Name (original language)")},
        {QStringLiteral("title_en"), QT_TRANSLATE_NOOP("TableCatalog", "Title (English)")},
        {QStringLiteral("title_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Title (original language)")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("TableCatalog", "Short name")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("TableCatalog", "Original language")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("TableCatalog", "Kind")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("TableCatalog", "Parent")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("TableCatalog", "Notes")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("TableCatalog", "Source")},
        {QStringLiteral("verification"), QT_TRANSLATE_NOOP("TableCatalog", "Verification")},
        {QStringLiteral("verification_note"), QT_TRANSLATE_NOOP("TableCatalog", "Verification note")},
        {QStringLiteral("marking"), QT_TRANSLATE_NOOP("TableCatalog", "Marking")},
        {QStringLiteral("caveat"), QT_TRANSLATE_NOOP("TableCatalog", "Caveat")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("TableCatalog", "Created")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("TableCatalog", "Updated")},
        {QStringLiteral("issuer_party_id"), QT_TRANSLATE_NOOP("TableCatalog", "Issuer")},
        {QStringLiteral("adopted_date"), QT_TRANSLATE_NOOP("TableCatalog", "Adopted")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("TableCatalog", "Status")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("TableCatalog", "Version")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("TableCatalog", "Description")},
        {QStringLiteral("oscal_uuid"), QT_TRANSLATE_NOOP("TableCatalog", "OSCAL catalog UUID")},
        {QStringLiteral("framework_id"), QT_TRANSLATE_NOOP("TableCatalog", "Framework")},
        {QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("TableCatalog", "Order")},
        {QStringLiteral("ref_label"), QT_TRANSLATE_NOOP("TableCatalog", "Reference")},
        {QStringLiteral("summary_en"), QT_TRANSLATE_NOOP("TableCatalog", "Summary (English)")},
        {QStringLiteral("summary_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Summary (original language)")},
        {QStringLiteral("effective_date"), QT_TRANSLATE_NOOP("TableCatalog", "Effective")},
        {QStringLiteral("source_provision_id"), QT_TRANSLATE_NOOP("TableCatalog", "Source provision")},
        {QStringLiteral("target_provision_id"), QT_TRANSLATE_NOOP("TableCatalog", "Target provision")},
        {QStringLiteral("relationship"), QT_TRANSLATE_NOOP("TableCatalog", "Relationship")},
        {QStringLiteral("rationale"), QT_TRANSLATE_NOOP("TableCatalog", "Rationale")},
        {QStringLiteral("strength"), QT_TRANSLATE_NOOP("TableCatalog", "Strength")},
        {QStringLiteral("justification"), QT_TRANSLATE_NOOP("TableCatalog", "Justification")},
        {QStringLiteral("review_status"), QT_TRANSLATE_NOOP("TableCatalog", "Review status")},
        {QStringLiteral("author"), QT_TRANSLATE_NOOP("TableCatalog", "Author")},
        {QStringLiteral("reviewer"), QT_TRANSLATE_NOOP("TableCatalog", "Reviewer")},
        {QStringLiteral("review_date"), QT_TRANSLATE_NOOP("TableCatalog", "Review date")},
        {QStringLiteral("provision_id"), QT_TRANSLATE_NOOP("TableCatalog", "Provision")},
        {QStringLiteral("party_id"), QT_TRANSLATE_NOOP("TableCatalog", "Party")},
        {QStringLiteral("series"), QT_TRANSLATE_NOOP("TableCatalog", "Series")},
        {QStringLiteral("round_number"), QT_TRANSLATE_NOOP("TableCatalog", "Round")},
        {QStringLiteral("dialogue_date"), QT_TRANSLATE_NOOP("TableCatalog", "Date")},
        {QStringLiteral("date_note"), QT_TRANSLATE_NOOP("TableCatalog", "Date note")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("TableCatalog", "Place")},
        {QStringLiteral("objectives_en"), QT_TRANSLATE_NOOP("TableCatalog", "Objectives (English)")},
        {QStringLiteral("objectives_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Objectives (original language)")},
        {QStringLiteral("key_messages_en"), QT_TRANSLATE_NOOP("TableCatalog", "Key messages (English)")},
        {QStringLiteral("key_messages_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Key messages (original language)")},
        {QStringLiteral("outcomes_en"), QT_TRANSLATE_NOOP("TableCatalog", "Outcomes (English)")},
        {QStringLiteral("outcomes_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Outcomes (original language)")},
        {QStringLiteral("content_note"), QT_TRANSLATE_NOOP("TableCatalog", "Content note")},
        {QStringLiteral("dialogue_id"), QT_TRANSLATE_NOOP("TableCatalog", "Dialogue")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("TableCatalog", "Name")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("TableCatalog", "Position")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("TableCatalog", "Role")},
        {QStringLiteral("origin_dialogue_id"), QT_TRANSLATE_NOOP("TableCatalog", "Origin dialogue")},
        {QStringLiteral("origin_provision_id"), QT_TRANSLATE_NOOP("TableCatalog", "Origin provision")},
        {QStringLiteral("origin_note"), QT_TRANSLATE_NOOP("TableCatalog", "Origin note")},
        {QStringLiteral("lead_party_id"), QT_TRANSLATE_NOOP("TableCatalog", "Lead")},
        {QStringLiteral("counterpart_party_id"), QT_TRANSLATE_NOOP("TableCatalog", "Counterpart")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("TableCatalog", "Due date")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("TableCatalog", "Progress (%)")},
        {QStringLiteral("commitment_id"), QT_TRANSLATE_NOOP("TableCatalog", "Commitment")},
        {QStringLiteral("update_date"), QT_TRANSLATE_NOOP("TableCatalog", "Date")},
        {QStringLiteral("note_en"), QT_TRANSLATE_NOOP("TableCatalog", "Note (English)")},
        {QStringLiteral("note_orig"), QT_TRANSLATE_NOOP("TableCatalog", "Note (original language)")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TableCatalog", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TableCatalog", "End date")},
        {QStringLiteral("budget"), QT_TRANSLATE_NOOP("TableCatalog", "Budget")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("TableCatalog", "Currency")},
        {QStringLiteral("beneficiaries"), QT_TRANSLATE_NOOP("TableCatalog", "Beneficiaries")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("TableCatalog", "Severity")},
        {QStringLiteral("owner_party_id"), QT_TRANSLATE_NOOP("TableCatalog", "Owner")},
        {QStringLiteral("opened_date"), QT_TRANSLATE_NOOP("TableCatalog", "Opened")},
        {QStringLiteral("closed_date"), QT_TRANSLATE_NOOP("TableCatalog", "Closed")},
        {QStringLiteral("programme_id"), QT_TRANSLATE_NOOP("TableCatalog", "Programme")},
        {QStringLiteral("gap_id"), QT_TRANSLATE_NOOP("TableCatalog", "Gap")},
        {QStringLiteral("theme_id"), QT_TRANSLATE_NOOP("TableCatalog", "Theme")},
    };
    const auto it = labels.constFind(column);
    if (it == labels.constEnd())
        return column;
    return QCoreApplication::translate("TableCatalog", it.value());
}

bool TableCatalog::isLongText(const QString& column)
{
    static const QStringList longColumns{
        QStringLiteral("notes"),           QStringLiteral("description"),       QStringLiteral("summary_en"),
        QStringLiteral("summary_orig"),    QStringLiteral("justification"),     QStringLiteral("objectives_en"),
        QStringLiteral("objectives_orig"), QStringLiteral("key_messages_en"),   QStringLiteral("key_messages_orig"),
        QStringLiteral("outcomes_en"),     QStringLiteral("outcomes_orig"),     QStringLiteral("content_note"),
        QStringLiteral("note_en"),         QStringLiteral("note_orig"),         QStringLiteral("verification_note"),
        QStringLiteral("beneficiaries"),   QStringLiteral("origin_note")};
    return longColumns.contains(column);
}

} // namespace crosswalk
