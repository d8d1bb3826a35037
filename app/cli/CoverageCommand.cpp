#include "app/cli/CoverageCommand.h"

#include "app/cli/CliEnvironment.h"
#include "app/cli/TextTable.h"
#include "models/analysis/CoverageEngine.h"
#include "models/analysis/CoverageScope.h"
#include "models/exchange/TableExport.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace crosswalk::cli {

/// What the writers print: the report and the names it refers to.
struct CoverageListing
{
    CoverageReport report;
    QString targetTitle;
    QStringList sourceFrameworks;          ///< codes of the source set
    QHash<qint64, QString> mappingSources; ///< "FRAMEWORK:CODE" of the source-side end of each deciding mapping
    bool detail = false;
    bool markingLine = true; ///< CSV: the marking as the first line
    /// The marking of every record the figures draw on (the target's provisions, the mappings on them
    /// with their source-side provisions, the not-applicable marks), one row each.
    TableExport markings;

    QString mappingSource(qint64 mappingId) const { return mappingSources.value(mappingId); }
    QString code(qint64 provisionId) const
    {
        const CoverageItem* item = provisionId > 0 ? report.item(provisionId) : nullptr;
        return item ? item->code : QString();
    }
};

namespace {

const QString frameworksTable = QStringLiteral("frameworks");
const QString provisionsTable = QStringLiteral("provisions");

QString frameworkCode(const RecordStore& store, qint64 id)
{
    const auto framework = store.fetch(frameworksTable, id);
    return framework ? framework->value(QStringLiteral("code")).toString() : QString();
}

/// The source-side end of each mapping that decides an item: the end that is not in the target.
QHash<qint64, QString> mappingSources(Database& db, const CoverageReport& report)
{
    const RecordStore store(db);
    QHash<qint64, QString> names;
    for (const CoverageItem& item : report.items()) {
        const qint64 id = item.decidingMappingId;
        if (id == 0 || names.contains(id))
            continue;
        const auto mapping = store.fetch(QStringLiteral("mappings"), id);
        if (!mapping)
            continue;
        qint64 end = mapping->value(QStringLiteral("source_provision_id")).toLongLong();
        if (report.item(end))
            end = mapping->value(QStringLiteral("target_provision_id")).toLongLong();
        const auto provision = store.fetch(provisionsTable, end);
        if (!provision)
            continue;
        names.insert(id, frameworkCode(store, provision->value(QStringLiteral("framework_id")).toLongLong()) +
                             QLatin1Char(':') + provision->value(QStringLiteral("code")).toString());
    }
    return names;
}

/// One row per record the figures draw on, with its marking: the target's provisions, every mapping
/// that counts and the provision at its other end, and the not-applicable marks that apply.
TableExport recordMarkings(Database& db, const CoverageReport& report)
{
    const RecordStore store(db);
    TableExport markings;
    const auto add = [&markings](const std::optional<QVariantMap>& record) {
        if (record)
            markings.addRow({}, record->value(QStringLiteral("marking")).toString(),
                            record->value(QStringLiteral("caveat")).toString());
    };
    QSet<qint64> mappings;
    QSet<qint64> exclusions;
    for (const CoverageItem& item : report.items()) {
        add(store.fetch(provisionsTable, item.provisionId));
        for (const qint64 id : item.mappingIds)
            mappings.insert(id);
        if (item.decidingMappingId > 0)
            mappings.insert(item.decidingMappingId);
        if (item.exclusionProvisionId > 0)
            exclusions.insert(item.exclusionProvisionId);
    }
    for (const qint64 id : std::as_const(mappings)) {
        const auto mapping = store.fetch(QStringLiteral("mappings"), id);
        add(mapping);
        if (!mapping)
            continue;
        for (const char* end : {"source_provision_id", "target_provision_id"}) {
            const qint64 provision = mapping->value(QLatin1String(end)).toLongLong();
            if (!report.item(provision))
                add(store.fetch(provisionsTable, provision));
        }
    }
    for (const qint64 id : std::as_const(exclusions)) {
        for (const QVariantMap& mark :
             store.fetchAll(QStringLiteral("applicability"), QStringLiteral("provision_id"), id))
            add(mark);
    }
    return markings;
}

QString percentText(double share)
{
    return QString::number(CoverageCommand::percent(share), 'f', 1) + QLatin1Char('%');
}

QString percentCell(double share, bool has)
{
    return has ? QString::number(CoverageCommand::percent(share), 'f', 1) : QString();
}

QJsonValue percentValue(double share, bool has)
{
    return has ? QJsonValue(CoverageCommand::percent(share)) : QJsonValue(QJsonValue::Null);
}

/// The figures of a subtree as JSON members.
void addFigures(QJsonObject& object, const CoverageCounts& counts)
{
    object.insert(QStringLiteral("covered"), counts.covered);
    object.insert(QStringLiteral("partial"), counts.partial);
    object.insert(QStringLiteral("uncovered"), counts.uncovered);
    object.insert(QStringLiteral("not_applicable"), counts.notApplicable);
    object.insert(QStringLiteral("applicable"), counts.applicable());
    object.insert(QStringLiteral("total"), counts.total());
    object.insert(QStringLiteral("score_percent"), percentValue(counts.score(), counts.hasScore()));
    object.insert(QStringLiteral("covered_share_percent"), percentValue(counts.coveredShare(), counts.hasScore()));
}

QStringList figureCells(const CoverageCounts& counts)
{
    return {QString::number(counts.covered),
            QString::number(counts.partial),
            QString::number(counts.uncovered),
            QString::number(counts.notApplicable),
            QString::number(counts.applicable()),
            QString::number(counts.total()),
            percentCell(counts.score(), counts.hasScore()),
            percentCell(counts.coveredShare(), counts.hasScore())};
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

double CoverageCommand::percent(double share)
{
    return qRound(share * 1000.0) / 10.0;
}

QString CoverageCommand::description() const
{
    return tr("Shows how far a party or a framework covers a target framework.");
}

void CoverageCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("source")},
                                        tr("What covers the target: a party's code (every framework of it and of its "
                                           "agencies) or a framework's code; write party:CODE or framework:CODE "
                                           "when a code names both."),
                                        tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("target")},
                                        tr("The code of the framework whose provisions are covered."), tr("CODE")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                        tr("Output format: text (default), csv or json."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("no-marking-line")},
                                        tr("CSV: leave out the first line, which gives the highest marking of the "
                                           "provisions, mappings and marks the figures draw on (TLP:AMBER).")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("detail")},
                                        tr("Also every provision of the target, with its status and the mapping "
                                           "that decides it.")));
}

ExitCode CoverageCommand::execute(const QCommandLineParser& parser, CliEnvironment& env)
{
    const QString source = parser.value(QStringLiteral("source")).trimmed();
    const QString target = parser.value(QStringLiteral("target")).trimmed();
    if (source.isEmpty())
        return env.usageError(tr("coverage: --source is required (a party or framework code)"));
    if (target.isEmpty())
        return env.usageError(tr("coverage: --target is required (a framework code)"));
    const QString requestedFormat = parser.value(QStringLiteral("format"));
    const QString format = requestedFormat.toLower();
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return env.usageError(tr("coverage: unknown format '%1' (valid: text, csv, json)").arg(requestedFormat));

    if (parser.isSet(QStringLiteral("no-marking-line")) && format != QLatin1String("csv"))
        return env.usageError(tr("coverage: --no-marking-line applies to --format csv only"));

    Database db;
    const Status opened = env.openDatabase(db);
    if (!opened)
        return env.fail(opened.message());

    const Result<CoverageScope> scope = CoverageScope::resolve(db, source, target);
    if (!scope)
        return env.fail(tr("coverage: %1").arg(scope.message()));

    const RecordStore store(db);
    CoverageListing listing;
    listing.report = CoverageEngine::compute(db, *scope);
    listing.detail = parser.isSet(QStringLiteral("detail"));
    if (const auto framework = store.fetch(frameworksTable, scope->targetFrameworkId))
        listing.targetTitle = framework->value(QStringLiteral("title_en")).toString();
    for (const qint64 id : scope->sourceFrameworkIds)
        listing.sourceFrameworks << frameworkCode(store, id);
    listing.mappingSources = mappingSources(db, listing.report);
    listing.markings = recordMarkings(db, listing.report);
    listing.markingLine = !parser.isSet(QStringLiteral("no-marking-line"));

    if (format == QLatin1String("csv"))
        env.out() << writeCsv(listing);
    else if (format == QLatin1String("json"))
        env.out() << writeJson(listing);
    else
        env.out() << writeText(listing);
    return ExitCode::Success;
}

QString CoverageCommand::writeText(const CoverageListing& listing)
{
    const CoverageReport& report = listing.report;
    const CoverageScope& scope = report.scope();
    QString text;
    const QString targetLine =
        listing.targetTitle.isEmpty() ? scope.targetCode : tr("%1 (%2)").arg(scope.targetCode, listing.targetTitle);
    text += tr("Target: %1").arg(targetLine) + QLatin1Char('\n');
    const QString frameworks =
        listing.sourceFrameworks.isEmpty() ? tr("no frameworks") : listing.sourceFrameworks.join(QStringLiteral(", "));
    text += (scope.sourceIsParty ? tr("Source: %1 (party: %2)").arg(scope.sourceCode, frameworks)
                                 : tr("Source: %1 (framework)").arg(scope.sourceCode)) +
            QLatin1Char('\n');
    if (report.ignoredMappings() > 0)
        text += tr("%n deprecated or superseded mapping(s) ignored.", nullptr, report.ignoredMappings()) +
                QLatin1Char('\n');
    text += QLatin1Char('\n');

    // Groups, then the framework's totals.
    TextTable groups;
    groups.addColumn(tr("Group"), 24);
    groups.addColumn(tr("Title"), 40);
    groups.addColumn(tr("Status"));
    for (const QString& header : {tr("Covered"), tr("Partly"), tr("Not covered"), tr("N/A"), tr("Applicable"),
                                  tr("Total"), tr("Score"), tr("Covered share")})
        groups.addColumn(header);
    for (int column = 3; column <= 10; ++column)
        groups.setRightAligned(column);
    auto addLine = [&groups](const QString& reference, const QString& title, const QString& status,
                             const CoverageCounts& counts) {
        groups.addRow(QStringList{reference, title, status, QString::number(counts.covered),
                                  QString::number(counts.partial), QString::number(counts.uncovered),
                                  QString::number(counts.notApplicable), QString::number(counts.applicable()),
                                  QString::number(counts.total()),
                                  counts.hasScore() ? percentText(counts.score()) : QStringLiteral("-"),
                                  counts.hasScore() ? percentText(counts.coveredShare()) : QStringLiteral("-")});
    };
    for (const CoverageItem* group : report.groups())
        addLine(group->reference(), group->titleEn, toLabel(group->status), group->counts);
    addLine(tr("Total"), QString(), QString(), report.totals());
    text += groups.toString();

    if (listing.detail) {
        TextTable items;
        items.addColumn(tr("Provision"), 30);
        items.addColumn(tr("Title"), 40);
        items.addColumn(tr("Status"));
        items.addColumn(tr("Score"));
        items.setRightAligned(3);
        items.addColumn(tr("Deciding mapping"));
        items.addColumn(tr("Note"), 50);
        for (const CoverageItem& item : report.items()) {
            QString mapping;
            if (item.decidingMappingId > 0) {
                mapping = tr("#%1 %2").arg(item.decidingMappingId).arg(listing.mappingSource(item.decidingMappingId));
                if (item.inheritedFromProvisionId > 0)
                    mapping = tr("%1 (on %2)").arg(mapping, listing.code(item.inheritedFromProvisionId));
            }
            QString note;
            if (item.status == CoverageStatus::NotApplicable)
                note = item.exclusionJustification;
            else if (item.reviewedUnrelated)
                note = tr("Reviewed: no relationship");
            items.addRow({QString(2 * item.depth, QLatin1Char(' ')) + item.reference(), item.titleEn,
                          toLabel(item.status), item.counts.hasScore() ? percentText(item.score) : QStringLiteral("-"),
                          mapping, note});
        }
        text += QLatin1Char('\n') + items.toString();
    }
    return text;
}

QString CoverageCommand::writeCsv(const CoverageListing& listing)
{
    const CoverageReport& report = listing.report;
    // One table: the framework's totals ("total"), each group ("group") and, with --detail, every
    // provision ("item"); the same columns throughout. The totals draw on every record, so that row
    // carries the highest marking of them all, which the export puts on its first line.
    TableExport table({QStringLiteral("level"), QStringLiteral("code"), QStringLiteral("reference"),
                       QStringLiteral("title"), QStringLiteral("depth"), QStringLiteral("status"),
                       QStringLiteral("covered"), QStringLiteral("partial"), QStringLiteral("uncovered"),
                       QStringLiteral("not_applicable"), QStringLiteral("applicable"), QStringLiteral("total"),
                       QStringLiteral("score_percent"), QStringLiteral("covered_share_percent"),
                       QStringLiteral("deciding_mapping_id"), QStringLiteral("deciding_source_provision"),
                       QStringLiteral("inherited_from"), QStringLiteral("reviewed_unrelated"),
                       QStringLiteral("not_applicable_justification")});
    table.addRow(QStringList{QStringLiteral("total"), report.scope().targetCode, QString(), listing.targetTitle,
                             QString(), QString()} +
                     figureCells(report.totals()) + QStringList{QString(), QString(), QString(), QString(), QString()},
                 listing.markings.marking(), listing.markings.caveat());
    auto addItem = [&listing, &table](const QString& level, const CoverageItem& item) {
        table.addRow(QStringList{level, item.code, item.reference(), item.titleEn, QString::number(item.depth),
                                 toKey(item.status)} +
                     figureCells(item.counts) +
                     QStringList{item.decidingMappingId > 0 ? QString::number(item.decidingMappingId) : QString(),
                                 listing.mappingSource(item.decidingMappingId),
                                 listing.code(item.inheritedFromProvisionId),
                                 item.reviewedUnrelated ? QStringLiteral("true") : QStringLiteral("false"),
                                 item.exclusionJustification});
    };
    for (const CoverageItem* group : report.groups())
        addItem(QStringLiteral("group"), *group);
    if (listing.detail) {
        for (const CoverageItem& item : report.items())
            addItem(QStringLiteral("item"), item);
    }
    TableExport::Options options;
    options.markingLine = listing.markingLine;
    return QString::fromUtf8(table.toCsv(options));
}

QString CoverageCommand::writeJson(const CoverageListing& listing)
{
    const CoverageReport& report = listing.report;
    const CoverageScope& scope = report.scope();
    QJsonObject root;
    root.insert(QStringLiteral("source"), scope.sourceCode);
    root.insert(QStringLiteral("source_kind"),
                scope.sourceIsParty ? QStringLiteral("party") : QStringLiteral("framework"));
    root.insert(QStringLiteral("source_frameworks"), QJsonArray::fromStringList(listing.sourceFrameworks));
    root.insert(QStringLiteral("target"), scope.targetCode);
    root.insert(QStringLiteral("target_title"), listing.targetTitle);
    root.insert(QStringLiteral("ignored_mappings"), report.ignoredMappings());
    root.insert(QStringLiteral("marking"), listing.markings.markingText());

    QJsonObject totals;
    addFigures(totals, report.totals());
    root.insert(QStringLiteral("totals"), totals);

    auto itemObject = [&listing](const CoverageItem& item, bool detail) {
        QJsonObject object;
        object.insert(QStringLiteral("code"), item.code);
        object.insert(QStringLiteral("reference"), item.reference());
        object.insert(QStringLiteral("title"), item.titleEn);
        object.insert(QStringLiteral("status"), toKey(item.status));
        addFigures(object, item.counts);
        if (detail) {
            object.insert(QStringLiteral("depth"), item.depth);
            object.insert(QStringLiteral("parent"), nullable(listing.code(item.parentId)));
            object.insert(QStringLiteral("leaf"), item.isLeaf);
            object.insert(QStringLiteral("deciding_mapping_id"), item.decidingMappingId > 0
                                                                     ? QJsonValue(item.decidingMappingId)
                                                                     : QJsonValue(QJsonValue::Null));
            object.insert(QStringLiteral("deciding_source_provision"),
                          nullable(listing.mappingSource(item.decidingMappingId)));
            object.insert(QStringLiteral("inherited_from"), nullable(listing.code(item.inheritedFromProvisionId)));
            object.insert(QStringLiteral("reviewed_unrelated"), item.reviewedUnrelated);
            object.insert(QStringLiteral("not_applicable_justification"), nullable(item.exclusionJustification));
        }
        return object;
    };
    QJsonArray groups;
    for (const CoverageItem* group : report.groups())
        groups.append(itemObject(*group, false));
    root.insert(QStringLiteral("groups"), groups);
    if (listing.detail) {
        QJsonArray items;
        for (const CoverageItem& item : report.items())
            items.append(itemObject(item, true));
        root.insert(QStringLiteral("items"), items);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace crosswalk::cli
