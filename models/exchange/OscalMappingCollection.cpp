#include "models/exchange/OscalMappingCollection.h"

#include "models/domain/Framework.h"
#include "models/domain/IsoDate.h"
#include "models/domain/Mapping.h"
#include "models/domain/Provision.h"
#include "models/exchange/OscalDocument.h"
#include "models/exchange/TableExport.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <map>

// The OSCAL 1.2 control mapping model as followed here (source: usnistgov/OSCAL,
// src/metaschema/oscal_mapping_metaschema.xml and oscal_mapping-common_metaschema.xml, schema-version 1.2.0,
// read in the public repository; the key lists agree with the 1.2.x JSON written by public tools):
//
//   mapping-collection { uuid, metadata, provenance, mappings[], back-matter? }
//   provenance         { method (human|automation), matching-rationale (syntactic|semantic|functional),
//                        status (complete|not-complete|draft|deprecated|superseded), mapping-description,
//                        confidence-score?, coverage?, responsible-parties?, props?, links?, remarks? }
//   mapping            { uuid, method?, matching-rationale?, status?, source-resource, target-resource, maps[],
//                        props?, links?, remarks?, mapping-description?, source-gap-summary?,
//                        target-gap-summary?, confidence-score?, coverage? }
//   resource reference { type (catalog|profile), href, props?, links?, remarks? }
//   map                { uuid, ns?, matching-rationale?, relationship (equivalent-to|equal-to|subset-of|
//                        superset-of|intersects-with|no-relationship), sources[], targets[], qualifiers?,
//                        confidence-score?, coverage?, props?, links?, remarks? }
//   mapping item       { type (control|statement), id-ref, props?, links?, remarks? }
//   gap summary        { uuid, unmapped-controls[] { with-child-controls?, with-ids[]?, matching[]? } }
//
// What OSCAL has no place for (strength, review status per map, notes, author, reviewer, review date,
// marking and caveat) is written as props in Crosswalk's namespace (OscalDocument::propertyNamespace());
// the justification is the map's remarks. A prop value is one trimmed line in OSCAL, so a text that does
// not fit one is written in full in the prop's remarks as well (read back from there).

namespace crosswalk {

namespace {

const QLatin1String mappingsTable("mappings");
const QLatin1String oscalNamespace("http://csrc.nist.gov/ns/oscal");

namespace prop {
const QLatin1String strength("strength");
const QLatin1String reviewStatus("review-status");
const QLatin1String notes("notes");
const QLatin1String author("author");
const QLatin1String reviewer("reviewer");
const QLatin1String reviewDate("review-date");
const QLatin1String marking("marking");
const QLatin1String caveat("caveat");
const QLatin1String catalogUuid("catalog-uuid");
const QLatin1String frameworkCode("framework-code");
} // namespace prop

using R = Result<ImportPlan>;

/// A prop in Crosswalk's namespace; the full text goes in its remarks when it is not one trimmed line.
QJsonObject textProp(const QString& name, const QString& text)
{
    QString value = text.simplified();
    if (value.isEmpty())
        value = QStringLiteral("-");
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("ns"), OscalDocument::propertyNamespace()},
                       {QStringLiteral("value"), value}};
    if (value != text)
        object.insert(QStringLiteral("remarks"), text);
    return object;
}

struct PropValue
{
    QString text;
    QString path; ///< JSON path of the value
};

/// Crosswalk's props of an object (name -> text and JSON path); later ones win.
QHash<QString, PropValue> ownProps(const QJsonObject& object, const QString& path)
{
    QHash<QString, PropValue> props;
    const QJsonArray array = object.value(QStringLiteral("props")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject p = array.at(i).toObject();
        if (p.value(QStringLiteral("ns")).toString() != OscalDocument::propertyNamespace())
            continue;
        const QString propPath = QStringLiteral("%1.props[%2]").arg(path).arg(i);
        const QJsonValue remarks = p.value(QStringLiteral("remarks"));
        if (remarks.isString())
            props.insert(p.value(QStringLiteral("name")).toString(),
                         {remarks.toString(), propPath + QStringLiteral(".remarks")});
        else
            props.insert(p.value(QStringLiteral("name")).toString(),
                         {p.value(QStringLiteral("value")).toString(), propPath + QStringLiteral(".value")});
    }
    return props;
}

std::optional<Relationship> relationshipOf(const QString& value, bool* equivalent)
{
    *equivalent = false;
    if (value == QLatin1String("equivalent-to")) {
        *equivalent = true;
        return Relationship::Equal;
    }
    for (const QString& key : allKeys<Relationship>()) {
        const auto relationship = fromKey<Relationship>(key);
        if (oscalRelationship(*relationship) == value)
            return relationship;
    }
    return std::nullopt;
}

QString oscalStatus(ReviewStatus status)
{
    return toKey(status); // draft, complete, deprecated, superseded are OSCAL's values too
}

std::optional<ReviewStatus> reviewStatusOfOscal(const QString& status)
{
    if (status == QLatin1String("not-complete"))
        return ReviewStatus::Draft;
    return fromKey<ReviewStatus>(status);
}

/// The provisions of one framework, indexed by code and by control id.
struct FrameworkProvisions
{
    QList<Provision> provisions; ///< in tree order (parents first, siblings by sort order)
    QHash<QString, qint64> byId;
    QHash<qint64, int> order;
    QHash<qint64, Provision> byKey;
    QSet<qint64> parents;
};

FrameworkProvisions loadProvisions(RecordStore& store, qint64 frameworkId)
{
    const QList<QVariantMap> rows = store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"),
                                                   frameworkId, {QStringLiteral("sort_order"), QStringLiteral("id")});
    QHash<qint64, QList<Provision>> children;
    FrameworkProvisions result;
    for (const QVariantMap& row : rows) {
        const Provision p = Provision::fromRow(row);
        children[p.parentId.value_or(0)].append(p);
        result.byKey.insert(p.id, p);
        if (p.parentId)
            result.parents.insert(*p.parentId);
    }
    // Depth first, so that the order is the tree's as users read it.
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Provision& p : children.value(parent)) {
            result.order.insert(p.id, static_cast<int>(result.provisions.size()));
            result.provisions.append(p);
            visit(p.id);
        }
    };
    visit(0);
    // Orphans (a parent in another framework, which the schema forbids) still get a place.
    for (const Provision& p : result.byKey) {
        if (!result.order.contains(p.id)) {
            result.order.insert(p.id, static_cast<int>(result.provisions.size()));
            result.provisions.append(p);
        }
    }
    QHash<QString, int> idUses;
    for (const Provision& p : result.provisions)
        ++idUses[OscalDocument::controlId(p.code)];
    for (const Provision& p : result.provisions) {
        const QString id = OscalDocument::controlId(p.code);
        if (idUses.value(id) == 1)
            result.byId.insert(id, p.id);
    }
    for (const Provision& p : result.provisions)
        result.byId.insert(p.code, p.id); // the code itself always wins
    return result;
}

QString pairKey(qint64 source, qint64 target)
{
    return QString::number(source) + QLatin1Char(':') + QString::number(target);
}

/// Works out one import.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::OscalMappingCollection)

public:
    Importer(Database& db, const OscalDocument& document, const OscalMappingCollection::ImportOptions& options,
             const Progress& progress)
        : m_store(db), m_doc(document), m_options(options), m_progress(progress)
    {
    }

    R run();
    /// True after run() failed because a resource matched no framework or several.
    bool unmatched() const { return m_unmatched; }

private:
    Result<Framework> resolve(const QJsonObject& reference, const QString& path, const QString& optionCode,
                              bool source) const;
    Status readMap(const QJsonObject& map, const QString& path, const Framework& sourceFramework,
                   const Framework& targetFramework, const FrameworkProvisions& sources,
                   const FrameworkProvisions& targets, Rationale defaultRationale,
                   std::optional<ReviewStatus> defaultStatus);
    Status addMapping(Mapping incoming, const QString& path, bool equivalent, const Framework& sourceFramework,
                      const Framework& targetFramework, const Provision& source, const Provision& target,
                      const QHash<QString, PropValue>& props);
    void readGapSummary(const QJsonObject& owner, const QString& key, const QString& frameworkText);
    Result<std::optional<Rationale>> rationaleAt(const QJsonObject& object, const QString& path) const;
    Result<std::optional<ReviewStatus>> statusAt(const QJsonObject& object, const QString& path) const;
    const FrameworkProvisions& provisionsOf(qint64 frameworkId);
    QString error(const QString& path, const QString& reason) const { return m_doc.error(path, reason); }

    RecordStore m_store;
    const OscalDocument& m_doc;
    OscalMappingCollection::ImportOptions m_options;
    Progress m_progress;

    QList<Framework> m_frameworks;
    QHash<qint64, FrameworkProvisions> m_provisions;
    mutable bool m_unmatched = false;
    QHash<QString, QVariantMap> m_existing; ///< stored mappings by "source:target"
    QHash<QString, QString> m_planned;      ///< pairs planned so far -> the JSON path that gave them
    ImportPlan m_plan;
    qint64 m_nextId = 0;
    QString m_now;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_downgraded = 0;
    int m_equivalent = 0;
    QList<RowChange> m_inserts;
    QList<RowChange> m_updates;
};

const FrameworkProvisions& Importer::provisionsOf(qint64 frameworkId)
{
    auto it = m_provisions.find(frameworkId);
    if (it == m_provisions.end())
        it = m_provisions.insert(frameworkId, loadProvisions(m_store, frameworkId));
    return *it;
}

Result<Framework> Importer::resolve(const QJsonObject& reference, const QString& path, const QString& optionCode,
                                    bool source) const
{
    if (!optionCode.isEmpty()) {
        for (const Framework& f : m_frameworks) {
            if (f.code == optionCode)
                return f;
        }
        return Result<Framework>::failure(
            OscalMappingCollection::tr("%1: the database holds no framework with the code '%2'")
                .arg(m_doc.sourceName(), optionCode));
    }
    if (reference.isEmpty())
        return Result<Framework>::failure(error(path, tr("required object is missing")));

    // What the reference says about the catalog: UUIDs, file names, titles, codes.
    QStringList uuids;
    QStringList hrefs;
    QStringList titles;
    QStringList codes;
    const auto addProps = [&](const QJsonObject& object, const QString& objectPath) {
        const QHash<QString, PropValue> props = ownProps(object, objectPath);
        if (props.contains(prop::catalogUuid))
            uuids << props.value(prop::catalogUuid).text;
        if (props.contains(prop::frameworkCode))
            codes << props.value(prop::frameworkCode).text;
    };
    addProps(reference, path);
    const QString href = reference.value(QStringLiteral("href")).toString().trimmed();
    if (href.startsWith(QLatin1Char('#'))) {
        const QString fragment = href.mid(1);
        uuids << fragment;
        const QJsonArray resources =
            m_doc.root().value(QStringLiteral("back-matter")).toObject().value(QStringLiteral("resources")).toArray();
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const QJsonObject resource = resources.at(i).toObject();
            if (resource.value(QStringLiteral("uuid")).toString().compare(fragment, Qt::CaseInsensitive) != 0)
                continue;
            addProps(resource, QStringLiteral("%1.back-matter.resources[%2]").arg(m_doc.rootPath()).arg(i));
            titles << resource.value(QStringLiteral("title")).toString();
            for (const QJsonValue& id : resource.value(QStringLiteral("document-ids")).toArray())
                uuids << id.toObject().value(QStringLiteral("identifier")).toString();
            for (const QJsonValue& link : resource.value(QStringLiteral("rlinks")).toArray())
                hrefs << link.toObject().value(QStringLiteral("href")).toString();
        }
    } else if (!href.isEmpty()) {
        hrefs << href;
        if (href.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
            uuids << href.mid(9);
    }

    const auto fileName = [](const QString& link) {
        QString p = QUrl(link).path();
        if (p.isEmpty())
            p = link;
        return p.mid(p.lastIndexOf(QLatin1Char('/')) + 1).trimmed();
    };
    using Test = std::function<bool(const Framework&)>;
    const QList<Test> steps{
        [&](const Framework& f) {
            for (const QString& uuid : uuids) {
                if (OscalDocument::isUuid(uuid) &&
                    (OscalDocument::catalogUuid(f).compare(uuid, Qt::CaseInsensitive) == 0 ||
                     f.oscalUuid.compare(uuid, Qt::CaseInsensitive) == 0))
                    return true;
            }
            return false;
        },
        [&](const Framework& f) {
            for (const QString& link : hrefs) {
                const QString name = fileName(link);
                if (!f.source.trimmed().isEmpty() &&
                    (f.source.trimmed() == link || (name.size() >= 3 && f.source.contains(name, Qt::CaseInsensitive))))
                    return true;
            }
            return false;
        },
        [&](const Framework& f) {
            for (const QString& title : titles) {
                if (!title.trimmed().isEmpty() &&
                    f.titleEn.trimmed().compare(title.trimmed(), Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        },
        [&](const Framework& f) { return codes.contains(f.code); },
    };
    QList<Framework> candidates = m_frameworks;
    bool narrowed = false;
    for (const Test& test : steps) {
        QList<Framework> matched;
        for (const Framework& f : candidates) {
            if (test(f))
                matched << f;
        }
        if (matched.size() == 1)
            return matched.constFirst();
        if (matched.size() > 1) {
            candidates = matched;
            narrowed = true;
        }
    }
    if (narrowed) {
        QStringList names;
        for (const Framework& f : candidates)
            names << f.code;
        m_unmatched = true;
        return Result<Framework>::failure(
            error(path, (source ? OscalMappingCollection::tr("the catalog matches several frameworks (%1); name the "
                                                             "source framework")
                                : OscalMappingCollection::tr("the catalog matches several frameworks (%1); name the "
                                                             "target framework"))
                            .arg(names.join(QStringLiteral(", ")))));
    }
    m_unmatched = true;
    return Result<Framework>::failure(
        error(path, (source ? OscalMappingCollection::tr("the catalog (%1) matches no framework of the database; name "
                                                         "the source framework")
                            : OscalMappingCollection::tr("the catalog (%1) matches no framework of the database; name "
                                                         "the target framework"))
                        .arg(href.isEmpty() ? tr("no href") : href)));
}

Result<std::optional<Rationale>> Importer::rationaleAt(const QJsonObject& object, const QString& path) const
{
    const QJsonValue value = object.value(QStringLiteral("matching-rationale"));
    if (value.isUndefined())
        return std::optional<Rationale>();
    const auto rationale = fromKey<Rationale>(value.toString());
    if (!rationale)
        return Result<std::optional<Rationale>>::failure(
            error(path + QStringLiteral(".matching-rationale"),
                  OscalMappingCollection::tr("\"%1\" is not a matching rationale (syntactic, semantic, functional)")
                      .arg(value.toVariant().toString())));
    return std::optional<Rationale>(*rationale);
}

Result<std::optional<ReviewStatus>> Importer::statusAt(const QJsonObject& object, const QString& path) const
{
    const QJsonValue value = object.value(QStringLiteral("status"));
    if (value.isUndefined())
        return std::optional<ReviewStatus>();
    const auto status = reviewStatusOfOscal(value.toString());
    if (!status)
        return Result<std::optional<ReviewStatus>>::failure(
            error(path + QStringLiteral(".status"),
                  OscalMappingCollection::tr(
                      "\"%1\" is not a mapping status (complete, not-complete, draft, deprecated, superseded)")
                      .arg(value.toVariant().toString())));
    return std::optional<ReviewStatus>(*status);
}

void Importer::readGapSummary(const QJsonObject& owner, const QString& key, const QString& frameworkText)
{
    const QJsonObject summary = owner.value(key).toObject();
    if (summary.isEmpty())
        return;
    QStringList ids;
    for (const QJsonValue& selection : summary.value(QStringLiteral("unmapped-controls")).toArray()) {
        const QJsonObject s = selection.toObject();
        for (const QJsonValue& id : s.value(QStringLiteral("with-ids")).toArray())
            ids << id.toString();
        for (const QJsonValue& m : s.value(QStringLiteral("matching")).toArray())
            ids << m.toObject().value(QStringLiteral("pattern")).toString();
    }
    if (ids.isEmpty())
        return;
    constexpr int shown = 20;
    QString list = QStringList(ids.mid(0, shown)).join(QStringLiteral(", "));
    if (ids.size() > shown)
        list += OscalMappingCollection::tr(" and %n more", nullptr, static_cast<int>(ids.size() - shown));
    const QString note = key == QLatin1String("source-gap-summary")
                             ? OscalMappingCollection::tr("The file lists %n source control(s) of %1 as unmapped: %2",
                                                          nullptr, static_cast<int>(ids.size()))
                             : OscalMappingCollection::tr("The file lists %n target control(s) of %1 as unmapped: %2",
                                                          nullptr, static_cast<int>(ids.size()));
    m_plan.report.addNote(note.arg(frameworkText, list));
}

R Importer::run()
{
    m_plan.sourceName = m_doc.sourceName();
    m_plan.changes.setText(OscalMappingCollection::tr("Import OSCAL mapping collection %1").arg(m_doc.sourceName()));
    if (m_doc.model() != OscalDocument::Model::MappingCollection)
        return R::failure(error(m_doc.rootPath(), tr("not a mapping collection")));
    const QJsonObject root = m_doc.root();
    const QString rootPath = m_doc.rootPath();

    for (const QVariantMap& row : m_store.fetchAll(QStringLiteral("frameworks")))
        m_frameworks << Framework::fromRow(row);
    for (const QVariantMap& row : m_store.fetchAll(mappingsTable)) {
        m_existing.insert(pairKey(row.value(QStringLiteral("source_provision_id")).toLongLong(),
                                  row.value(QStringLiteral("target_provision_id")).toLongLong()),
                          row);
    }
    m_nextId = m_store.nextId(mappingsTable);
    m_now = IsoDate::nowTimestamp();

    // Provenance: the defaults of every mapping (required in OSCAL; tolerated when missing).
    const QJsonObject provenance = root.value(QStringLiteral("provenance")).toObject();
    const QString provenancePath = rootPath + QStringLiteral(".provenance");
    const auto provenanceRationale = rationaleAt(provenance, provenancePath);
    if (!provenanceRationale)
        return provenanceRationale.status();
    const auto provenanceStatus = statusAt(provenance, provenancePath);
    if (!provenanceStatus)
        return provenanceStatus.status();

    QJsonArray mappings;
    const QJsonValue mappingsValue = root.value(QStringLiteral("mappings"));
    if (mappingsValue.isObject())
        mappings.append(mappingsValue); // earlier drafts of the model allowed a single object
    else if (mappingsValue.isArray())
        mappings = mappingsValue.toArray();
    else
        return R::failure(error(rootPath + QStringLiteral(".mappings"), tr("required array is missing")));
    if (mappings.isEmpty())
        return R::failure(error(rootPath + QStringLiteral(".mappings"), tr("holds no mapping")));
    for (const QJsonValue& mapping : mappings)
        m_total += mapping.toObject().value(QStringLiteral("maps")).toArray().size();

    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const QString path = mappingsValue.isObject() ? rootPath + QStringLiteral(".mappings")
                                                      : QStringLiteral("%1.mappings[%2]").arg(rootPath).arg(i);
        if (!mappings.at(i).isObject())
            return R::failure(error(path, tr("must be a JSON object")));
        const QJsonObject mapping = mappings.at(i).toObject();
        const auto sourceFramework =
            resolve(mapping.value(QStringLiteral("source-resource")).toObject(),
                    path + QStringLiteral(".source-resource"), m_options.sourceFrameworkCode, true);
        if (!sourceFramework)
            return sourceFramework.status();
        const auto targetFramework =
            resolve(mapping.value(QStringLiteral("target-resource")).toObject(),
                    path + QStringLiteral(".target-resource"), m_options.targetFrameworkCode, false);
        if (!targetFramework)
            return targetFramework.status();
        if (sourceFramework->id == targetFramework->id)
            return R::failure(error(path + QStringLiteral(".target-resource"),
                                    OscalMappingCollection::tr("the source and the target are the same framework "
                                                               "(%1); mappings within one framework are not imported")
                                        .arg(sourceFramework->code)));
        const auto mappingRationale = rationaleAt(mapping, path);
        if (!mappingRationale)
            return mappingRationale.status();
        const auto mappingStatus = statusAt(mapping, path);
        if (!mappingStatus)
            return mappingStatus.status();
        const Rationale defaultRationale =
            mappingRationale->value_or(provenanceRationale->value_or(Rationale::Semantic));
        const std::optional<ReviewStatus> defaultStatus =
            mappingStatus->has_value() ? *mappingStatus : *provenanceStatus;
        const FrameworkProvisions& sources = provisionsOf(sourceFramework->id);
        const FrameworkProvisions& targets = provisionsOf(targetFramework->id);

        const QJsonValue maps = mapping.value(QStringLiteral("maps"));
        if (!maps.isArray() || maps.toArray().isEmpty())
            return R::failure(error(path + QStringLiteral(".maps"), tr("required array is missing or empty")));
        const QJsonArray mapArray = maps.toArray();
        for (qsizetype j = 0; j < mapArray.size(); ++j) {
            const QString mapPath = QStringLiteral("%1.maps[%2]").arg(path).arg(j);
            if (!mapArray.at(j).isObject())
                return R::failure(error(mapPath, tr("must be a JSON object")));
            const Status read = readMap(mapArray.at(j).toObject(), mapPath, *sourceFramework, *targetFramework, sources,
                                        targets, defaultRationale, defaultStatus);
            if (!read)
                return read;
            ++m_done;
            if (m_done % 256 == 0 && !reportProgress(m_progress, m_done, m_total))
                return R::failure(ChangeSet::cancelledMessage());
        }
        readGapSummary(mapping, QStringLiteral("source-gap-summary"), sourceFramework->code);
        readGapSummary(mapping, QStringLiteral("target-gap-summary"), targetFramework->code);
    }
    // Earlier drafts of the model put the gap summaries on the collection.
    readGapSummary(root, QStringLiteral("source-gap-summary"), tr("the source"));
    readGapSummary(root, QStringLiteral("target-gap-summary"), tr("the target"));

    if (m_equivalent > 0)
        m_plan.report.addNote(OscalMappingCollection::tr("%n map(s) with the relationship equivalent-to imported as "
                                                         "equal (noted on each mapping)",
                                                         nullptr, m_equivalent));
    if (m_downgraded > 0)
        m_plan.report.addNote(OscalMappingCollection::tr("%n mapping(s) whose OSCAL status is complete have no "
                                                         "reviewer and review date; imported as draft",
                                                         nullptr, m_downgraded));
    for (const RowChange& change : std::as_const(m_inserts))
        m_plan.changes.append(change);
    for (const RowChange& change : std::as_const(m_updates))
        m_plan.changes.append(change);
    if (!reportProgress(m_progress, m_total, m_total))
        return R::failure(ChangeSet::cancelledMessage());
    return m_plan;
}

Status Importer::readMap(const QJsonObject& map, const QString& path, const Framework& sourceFramework,
                         const Framework& targetFramework, const FrameworkProvisions& sources,
                         const FrameworkProvisions& targets, Rationale defaultRationale,
                         std::optional<ReviewStatus> defaultStatus)
{
    // Relationship: a token (an object with "type" in earlier drafts), in OSCAL's namespace.
    const QString relationshipPath = path + QStringLiteral(".relationship");
    QJsonValue relationshipValue = map.value(QStringLiteral("relationship"));
    QString ns = map.value(QStringLiteral("ns")).toString();
    if (relationshipValue.isObject()) {
        ns = relationshipValue.toObject().value(QStringLiteral("ns")).toString(ns);
        relationshipValue = relationshipValue.toObject().value(QStringLiteral("type"));
    }
    if (!relationshipValue.isString())
        return Status::failure(error(relationshipPath, tr("required text is missing")));
    const QString relationshipText = relationshipValue.toString();
    bool equivalent = false;
    const std::optional<Relationship> relationship = relationshipOf(relationshipText, &equivalent);
    if (!ns.isEmpty() && ns != oscalNamespace)
        return Status::failure(error(relationshipPath, OscalMappingCollection::tr("the relationship \"%1\" of the "
                                                                                  "namespace %2 is not known")
                                                           .arg(relationshipText, ns)));
    if (!relationship)
        return Status::failure(error(
            relationshipPath,
            OscalMappingCollection::tr("\"%1\" is not a relationship (equivalent-to, equal-to, subset-of, superset-of, "
                                       "intersects-with, no-relationship)")
                .arg(relationshipText)));

    const auto rationale = rationaleAt(map, path);
    if (!rationale)
        return rationale.status();

    Mapping incoming;
    incoming.relationship = *relationship;
    incoming.rationale = rationale->value_or(defaultRationale);
    const QHash<QString, PropValue> props = ownProps(map, path);
    if (props.contains(prop::strength)) {
        const PropValue& p = props.value(prop::strength);
        bool ok = false;
        const int strength = p.text.trimmed().toInt(&ok);
        if (!ok)
            return Status::failure(
                error(p.path, OscalMappingCollection::tr("strength \"%1\" is not a whole number").arg(p.text)));
        incoming.strength = strength;
    } else if (incoming.relationship == Relationship::Equal) {
        incoming.strength = 10;
    } else if (incoming.relationship == Relationship::NoRelationship) {
        incoming.strength = 0;
    }
    incoming.justification = map.value(QStringLiteral("remarks")).toString();
    incoming.notes = props.value(prop::notes).text;
    incoming.author = props.value(prop::author).text;
    incoming.reviewer = props.value(prop::reviewer).text;
    incoming.reviewDate = props.value(prop::reviewDate).text.trimmed();
    if (props.contains(prop::reviewStatus)) {
        const PropValue& p = props.value(prop::reviewStatus);
        const auto status = fromKey<ReviewStatus>(p.text.trimmed());
        if (!status)
            return Status::failure(error(p.path, OscalMappingCollection::tr("\"%1\" is not a review status (%2)")
                                                     .arg(p.text, allKeys<ReviewStatus>().join(QStringLiteral(", ")))));
        incoming.reviewStatus = *status;
    } else {
        incoming.reviewStatus = defaultStatus.value_or(ReviewStatus::Draft);
        if (incoming.reviewStatus == ReviewStatus::Complete &&
            (incoming.reviewer.trimmed().isEmpty() || incoming.reviewDate.isEmpty())) {
            incoming.reviewStatus = ReviewStatus::Draft;
            ++m_downgraded;
        }
    }

    const auto items = [&](const char* key, const FrameworkProvisions& provisions, const Framework& framework,
                           QList<Provision>& out) -> Status {
        const QString itemsPath = path + QLatin1Char('.') + QLatin1String(key);
        const QJsonArray array = map.value(QLatin1String(key)).toArray();
        if (array.isEmpty())
            return Status::failure(error(itemsPath, tr("required array is missing or empty")));
        for (qsizetype k = 0; k < array.size(); ++k) {
            const QString itemPath = QStringLiteral("%1[%2].id-ref").arg(itemsPath).arg(k);
            const QString id = array.at(k).toObject().value(QStringLiteral("id-ref")).toString();
            if (id.isEmpty())
                return Status::failure(error(itemPath, tr("required text is missing")));
            const auto found = provisions.byId.constFind(id);
            if (found == provisions.byId.constEnd())
                return Status::failure(error(
                    itemPath,
                    OscalMappingCollection::tr("no provision of %1 has the code \"%2\"").arg(framework.code, id)));
            out << provisions.byKey.value(*found);
        }
        return {};
    };
    QList<Provision> sourceProvisions;
    QList<Provision> targetProvisions;
    if (const Status s = items("sources", sources, sourceFramework, sourceProvisions); !s)
        return s;
    if (const Status s = items("targets", targets, targetFramework, targetProvisions); !s)
        return s;
    if (equivalent)
        ++m_equivalent;
    for (const Provision& source : std::as_const(sourceProvisions)) {
        for (const Provision& target : std::as_const(targetProvisions)) {
            const Status added =
                addMapping(incoming, path, equivalent, sourceFramework, targetFramework, source, target, props);
            if (!added)
                return added;
        }
    }
    return {};
}

Status Importer::addMapping(Mapping incoming, const QString& path, bool equivalent, const Framework& sourceFramework,
                            const Framework& targetFramework, const Provision& source, const Provision& target,
                            const QHash<QString, PropValue>& props)
{
    const QString record = OscalMappingCollection::tr("mapping %1:%2 → %3:%4")
                               .arg(sourceFramework.code, source.code, targetFramework.code, target.code);
    const QString key = pairKey(source.id, target.id);
    if (m_planned.contains(key))
        return Status::failure(error(
            path, OscalMappingCollection::tr("%1 is given twice (also at %2)").arg(record, m_planned.value(key))));
    m_planned.insert(key, path);

    incoming.sourceProvisionId = source.id;
    incoming.targetProvisionId = target.id;
    const std::optional<QVariantMap> stored =
        m_existing.contains(key) ? std::optional<QVariantMap>(m_existing.value(key)) : std::nullopt;
    const Mapping before = stored ? Mapping::fromRow(*stored) : Mapping();
    if (equivalent) {
        const QString note = OscalMappingCollection::tr("Imported from OSCAL: equivalent-to");
        if (!incoming.notes.split(QLatin1Char('\n')).contains(note))
            incoming.notes = incoming.notes.isEmpty() ? note : incoming.notes + QLatin1Char('\n') + note;
    }
    // Marking and caveat: as the file says; where it says nothing, the stored ones stay.
    if (props.contains(prop::marking)) {
        const PropValue& p = props.value(prop::marking);
        const auto marking = fromKey<Tlp>(p.text.trimmed());
        if (!marking)
            return Status::failure(error(p.path, OscalMappingCollection::tr("\"%1\" is not a TLP level (%2)")
                                                     .arg(p.text, allKeys<Tlp>().join(QStringLiteral(", ")))));
        incoming.marking = *marking;
        incoming.caveat = props.value(prop::caveat).text;
    } else {
        incoming.marking = stored ? before.marking : Tlp::Clear;
        incoming.caveat =
            props.contains(prop::caveat) ? props.value(prop::caveat).text : (stored ? before.caveat : QString());
    }

    // The mapping rules (RecordValidator), each with the JSON path of the value that breaks it.
    if (const Status valid = incoming.validate(); !valid) {
        QString at = path;
        if (valid.message().contains(Mapping::tr("Strength")) && props.contains(prop::strength))
            at = props.value(prop::strength).path;
        else if (valid.message().contains(Mapping::tr("Strength")))
            at = path + QStringLiteral(".relationship");
        else if (props.contains(prop::reviewDate) && valid.message().contains(Mapping::tr("Review date")))
            at = props.value(prop::reviewDate).path;
        return Status::failure(error(at, QStringLiteral("%1: %2").arg(record, valid.message())));
    }
    if (incoming.reviewStatus == ReviewStatus::Complete &&
        (incoming.reviewer.trimmed().isEmpty() || incoming.reviewDate.isEmpty()))
        return Status::failure(
            error(props.contains(prop::reviewStatus) ? props.value(prop::reviewStatus).path : path,
                  OscalMappingCollection::tr("%1: a reviewed (complete) mapping needs a reviewer and a review date")
                      .arg(record)));

    if (!stored) {
        incoming.id = m_nextId++;
        incoming.createdAt = m_now;
        incoming.updatedAt = m_now;
        m_inserts.append(RowChange{QString(mappingsTable), {}, incoming.toRow()});
        m_plan.report.add(ImportReport::Outcome::Added, mappingsTable, record);
        return {};
    }
    incoming.id = before.id;
    incoming.createdAt = before.createdAt;
    incoming.updatedAt = before.updatedAt;
    if (incoming == before) {
        m_plan.report.add(ImportReport::Outcome::Unchanged, mappingsTable, record);
        return {};
    }
    const QVariantMap incomingRow = incoming.toRow();
    const QVariantMap beforeRow = before.toRow();
    QVariantMap after = *stored;
    QStringList changed;
    for (auto it = incomingRow.begin(); it != incomingRow.end(); ++it) {
        if (it.value() == beforeRow.value(it.key()) && it.value().isNull() == beforeRow.value(it.key()).isNull())
            continue;
        after.insert(it.key(), it.value());
        changed << TableCatalog::columnLabel(it.key());
    }
    after.insert(QStringLiteral("updated_at"), m_now);
    m_updates.append(RowChange{QString(mappingsTable), *stored, after});
    m_plan.report.add(ImportReport::Outcome::Updated, mappingsTable, record, changed.join(QStringLiteral(", ")));
    return {};
}

// ---- export ----

QString markingOf(const QList<Mapping>& mappings)
{
    Tlp highest = Tlp::Clear;
    for (const Mapping& m : mappings)
        highest = std::max(highest, m.marking);
    QStringList caveats;
    for (const Mapping& m : mappings) {
        if (m.marking == highest && !m.caveat.trimmed().isEmpty() && !caveats.contains(m.caveat.trimmed()))
            caveats << m.caveat.trimmed();
    }
    caveats.sort();
    return TableExport::markingText(highest, caveats.join(QStringLiteral("; ")));
}

QJsonObject resourceReference(const Framework& framework)
{
    return {
        {QStringLiteral("type"), QStringLiteral("catalog")},
        {QStringLiteral("href"),
         QString(QLatin1Char('#') + OscalDocument::stableUuid(QStringLiteral("resource:framework:") + framework.code))},
        {QStringLiteral("props"), QJsonArray{textProp(prop::catalogUuid, OscalDocument::catalogUuid(framework)),
                                             textProp(prop::frameworkCode, framework.code)}}};
}

QJsonObject backMatterResource(const Framework& framework)
{
    QJsonObject resource{
        {QStringLiteral("uuid"), OscalDocument::stableUuid(QStringLiteral("resource:framework:") + framework.code)},
        {QStringLiteral("title"), framework.titleEn.trimmed().isEmpty() ? framework.code : framework.titleEn},
        {QStringLiteral("props"), QJsonArray{textProp(prop::catalogUuid, OscalDocument::catalogUuid(framework)),
                                             textProp(prop::frameworkCode, framework.code)}}};
    if (!framework.version.trimmed().isEmpty())
        resource.insert(QStringLiteral("description"), QStringLiteral("Version %1").arg(framework.version));
    return resource;
}

} // namespace

Result<ImportPlan> OscalMappingCollection::planImport(Database& db, const OscalDocument& document,
                                                      const ImportOptions& options, const Progress& progress,
                                                      Failure* failure)
{
    Importer importer(db, document, options, progress);
    Result<ImportPlan> plan = importer.run();
    if (failure)
        *failure = !plan.ok() && importer.unmatched() ? Failure::UnmatchedFramework : Failure::Other;
    return plan;
}

Result<QByteArray> OscalMappingCollection::exportJson(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId,
                                                      const Progress& progress)
{
    using B = Result<QByteArray>;
    RecordStore store(db);
    const auto sourceRow = store.fetch(QStringLiteral("frameworks"), sourceFrameworkId);
    const auto targetRow = store.fetch(QStringLiteral("frameworks"), targetFrameworkId);
    if (!sourceRow || !targetRow)
        return B::failure(tr("No framework with the id %1").arg(!sourceRow ? sourceFrameworkId : targetFrameworkId));
    const Framework source = Framework::fromRow(*sourceRow);
    const Framework target = Framework::fromRow(*targetRow);
    if (source.id == target.id)
        return B::failure(
            tr("The source and the target must be two different frameworks (both are %1)").arg(source.code));
    const FrameworkProvisions sources = loadProvisions(store, source.id);
    const FrameworkProvisions targets = loadProvisions(store, target.id);

    QList<Mapping> mappings;
    for (const QVariantMap& row : store.fetchAll(QString(mappingsTable))) {
        const Mapping m = Mapping::fromRow(row);
        if (sources.byKey.contains(m.sourceProvisionId) && targets.byKey.contains(m.targetProvisionId))
            mappings << m;
    }
    if (mappings.isEmpty())
        return B::failure(tr("No mappings from %1 to %2 to export").arg(source.code, target.code));
    std::sort(mappings.begin(), mappings.end(), [&](const Mapping& a, const Mapping& b) {
        const auto ka =
            std::make_pair(sources.order.value(a.sourceProvisionId), targets.order.value(a.targetProvisionId));
        const auto kb =
            std::make_pair(sources.order.value(b.sourceProvisionId), targets.order.value(b.targetProvisionId));
        return ka < kb;
    });

    const qint64 total = mappings.size();
    QJsonArray maps;
    QSet<qint64> mappedTargets;
    std::map<int, int> rationaleCounts;
    QSet<int> statuses;
    QString latest;
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const Mapping& m = mappings.at(i);
        const Provision sp = sources.byKey.value(m.sourceProvisionId);
        const Provision tp = targets.byKey.value(m.targetProvisionId);
        mappedTargets.insert(tp.id);
        ++rationaleCounts[static_cast<int>(m.rationale)];
        statuses.insert(static_cast<int>(m.reviewStatus));
        latest = std::max(latest, m.updatedAt);
        QJsonArray props;
        if (m.strength)
            props.append(textProp(prop::strength, QString::number(*m.strength)));
        props.append(textProp(prop::reviewStatus, toKey(m.reviewStatus)));
        const std::pair<QLatin1String, QString> texts[] = {{prop::notes, m.notes},
                                                           {prop::author, m.author},
                                                           {prop::reviewer, m.reviewer},
                                                           {prop::reviewDate, m.reviewDate}};
        for (const auto& [name, text] : texts) {
            if (!text.isEmpty())
                props.append(textProp(name, text));
        }
        props.append(textProp(prop::marking, toKey(m.marking)));
        if (!m.caveat.isEmpty())
            props.append(textProp(prop::caveat, m.caveat));
        QJsonObject map{
            {QStringLiteral("uuid"),
             OscalDocument::stableUuid(
                 QStringLiteral("map:%1:%2->%3:%4").arg(source.code, sp.code, target.code, tp.code))},
            {QStringLiteral("relationship"), oscalRelationship(m.relationship)},
            {QStringLiteral("matching-rationale"), toKey(m.rationale)},
            {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("control")},
                                                               {QStringLiteral("id-ref"), OscalDocument::controlId(sp.code)}}}},
            {QStringLiteral("targets"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("control")},
                                                               {QStringLiteral("id-ref"), OscalDocument::controlId(tp.code)}}}},
            {QStringLiteral("props"), props}};
        if (!m.justification.isEmpty())
            map.insert(QStringLiteral("remarks"), m.justification);
        maps.append(map);
        if ((i + 1) % 256 == 0 && !reportProgress(progress, i + 1, total))
            return B::failure(tr("Cancelled; nothing was written"));
    }

    QJsonObject mapping{{QStringLiteral("uuid"),
                         OscalDocument::stableUuid(QStringLiteral("mapping:%1->%2").arg(source.code, target.code))},
                        {QStringLiteral("source-resource"), resourceReference(source)},
                        {QStringLiteral("target-resource"), resourceReference(target)},
                        {QStringLiteral("maps"), maps}};
    // Target provisions that no map names: leaves only (a parent counts through its children).
    QJsonArray unmapped;
    for (const Provision& p : targets.provisions) {
        if (!targets.parents.contains(p.id) && !mappedTargets.contains(p.id))
            unmapped.append(OscalDocument::controlId(p.code));
    }
    if (!unmapped.isEmpty()) {
        mapping.insert(QStringLiteral("target-gap-summary"),
                       QJsonObject{{QStringLiteral("uuid"),
                                    OscalDocument::stableUuid(
                                        QStringLiteral("target-gap-summary:%1->%2").arg(source.code, target.code))},
                                   {QStringLiteral("unmapped-controls"),
                                    QJsonArray{QJsonObject{{QStringLiteral("with-ids"), unmapped}}}}});
    }

    // The most frequent rationale (the first in the vocabulary's order on a tie) and one status for the whole.
    int rationale = static_cast<int>(Rationale::Semantic);
    int best = 0;
    for (const auto& [value, count] : rationaleCounts) {
        if (count > best) {
            best = count;
            rationale = value;
        }
    }
    const QString status = statuses.size() == 1 ? oscalStatus(static_cast<ReviewStatus>(*statuses.constBegin()))
                                                : QStringLiteral("not-complete");
    const QJsonObject provenance{
        {QStringLiteral("method"), QStringLiteral("human")},
        {QStringLiteral("matching-rationale"), toKey(static_cast<Rationale>(rationale))},
        {QStringLiteral("status"), status},
        {QStringLiteral("mapping-description"),
         QStringLiteral("Mappings from %1 (%2) to %3 (%4) in the set-theory relationship vocabulary of NIST IR 8477, "
                        "exported by Crosswalk. Strength, review status, notes, author, reviewer, review date and "
                        "marking of each map are props in the namespace %5; its justification is its remarks.")
             .arg(source.titleEn, source.code, target.titleEn, target.code, OscalDocument::propertyNamespace())}};

    const QByteArray contentHash =
        QCryptographicHash::hash(QJsonDocument(QJsonArray{mapping}).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    const QJsonObject metadata{
        {QStringLiteral("title"), QStringLiteral("Mappings from %1 to %2").arg(source.code, target.code)},
        {QStringLiteral("last-modified"), IsoDate::nowTimestamp()},
        {QStringLiteral("version"), latest.isEmpty() ? QStringLiteral("1") : latest},
        {QStringLiteral("oscal-version"), OscalDocument::writtenVersion()},
        {QStringLiteral("props"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("marking")},
                                                         {QStringLiteral("value"), markingOf(mappings)}}}}};
    const QJsonObject collection{
        {QStringLiteral("uuid"),
         OscalDocument::stableUuid(QStringLiteral("mapping-collection:%1->%2:%3")
                                       .arg(source.code, target.code, QString::fromLatin1(contentHash)))},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("provenance"), provenance},
        {QStringLiteral("mappings"), QJsonArray{mapping}},
        {QStringLiteral("back-matter"),
         QJsonObject{
             {QStringLiteral("resources"), QJsonArray{backMatterResource(source), backMatterResource(target)}}}}};
    if (!reportProgress(progress, total, total))
        return B::failure(tr("Cancelled; nothing was written"));
    return QJsonDocument(QJsonObject{{QStringLiteral("mapping-collection"), collection}})
        .toJson(QJsonDocument::Indented);
}

Status OscalMappingCollection::exportToFile(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId,
                                            const QString& path, const Progress& progress)
{
    const Result<QByteArray> json = exportJson(db, sourceFrameworkId, targetFrameworkId, progress);
    if (!json)
        return json.status();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    if (file.write(*json) != json->size() || !file.commit())
        return Status::failure(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace crosswalk
