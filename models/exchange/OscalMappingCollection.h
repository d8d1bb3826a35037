#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/exchange/ImportReport.h"

#include <QCoreApplication>
#include <QString>

namespace crosswalk {

class Database;
class OscalDocument;

/// OSCAL 1.2 mapping collections (JSON) in and out, for the mappings from one framework to another
/// (issue 6, point 2).
///
/// Relationships convert per DESIGN.md section 3 (equal-to, subset-of, superset-of, intersects-with,
/// no-relationship); "equivalent-to" is imported as equal with a note on the mapping and in the
/// report. Matching rationale, status (review status) and confidence/coverage are carried where the
/// model has a place for them; strength is a prop named "strength" in OscalDocument::propertyNamespace();
/// justification, notes, author, reviewer and review date likewise, so that export -> import is lossless
/// for our fields. Target provisions of the target framework that no mapping covers (unmapped) are
/// written as gap summaries; importing reads them into the report only.
///
/// Resources: the collection names its source and target catalogs; each is matched to a framework by
/// catalog UUID (frameworks.oscal_uuid, or OscalDocument::catalogUuid), then href (file name against
/// the framework's source), then title (title_en); ImportOptions names them when that is not enough.
/// Provisions are matched by control id = provision code within the framework. Existing mappings of the
/// same pair are updated (or unchanged); unknown control ids are errors naming the JSON path.
class OscalMappingCollection
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::OscalMappingCollection)

public:
    struct ImportOptions
    {
        QString sourceFrameworkCode; ///< empty: matched from the collection's source resource
        QString targetFrameworkCode; ///< empty: matched from the collection's target resource
    };

    /// Why a plan failed, when callers can help: UnmatchedFramework when the collection's source or target
    /// catalog matches no framework of the database or several (naming the frameworks in ImportOptions
    /// then helps: the CLI says --source/--target, the window asks).
    enum class Failure
    {
        Other,
        UnmatchedFramework,
    };

    /// Plans the import; writes nothing. progress counts maps read. When failure is given, it is set to
    /// the kind of failure (Other on success).
    static Result<ImportPlan> planImport(Database& db, const OscalDocument& document, const ImportOptions& options = {},
                                         const Progress& progress = {}, Failure* failure = nullptr);

    /// The mappings stored from the source framework's provisions to the target framework's (not those
    /// stored the other way round) as a mapping collection.
    static Result<QByteArray> exportJson(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId,
                                         const Progress& progress = {});
    static Status exportToFile(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId, const QString& path,
                               const Progress& progress = {});
};

} // namespace crosswalk
