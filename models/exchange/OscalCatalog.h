#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/exchange/ImportReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace crosswalk {

class Database;
class OscalDocument;

/// OSCAL catalogs (JSON, OSCAL 1.0 to 1.2) in and out (issue 6, point 1).
///
/// Import: the catalog becomes a framework (kind taxonomy unless the framework exists already;
/// title_en from metadata.title, version from metadata.version, oscal_uuid from the catalog's uuid,
/// source "OSCAL catalog <file name>"). Groups and controls, nested to any depth (control
/// enhancements, that is controls inside controls, included), become provisions in a tree in document
/// order: code = the group's or control's id, ref_label = the value of its "label" prop (else its id),
/// title_en = its title, summary_en = the prose of its "statement" part (for a group, or a control
/// without a statement, its first part's prose), sub-parts' prose appended as "label prose" lines;
/// every parameter insertion `{{ insert: param, ac-1_prm_1 }}` is shown as the parameter's label
/// ("[organization-defined frequency]") or, without label, its id ("[ac-1_prm_1]"). Back-matter is
/// read for nothing but is allowed.
///
/// Matching on re-import: the framework whose oscal_uuid equals the catalog's uuid, else the one whose
/// code is the code chosen (ImportOptions::frameworkCode, else derived from the title); provisions by
/// code within that framework. Matched provisions take the catalog's values (Updated) or stay as they
/// are (Unchanged); new ones are Added; provisions of the framework that are no longer in the catalog
/// are kept and reported (Skipped, "not in the catalog any more; kept"). Nothing is ever duplicated.
///
/// Export: any framework as a catalog that imports back to the same tree (ids = codes, label props =
/// ref labels, titles, statement parts = summaries, original-language titles and summaries, and
/// effective dates as props in our namespace, OscalDocument::propertyNamespace()). Deterministic:
/// the same framework gives the same bytes apart from metadata.last-modified.
class OscalCatalog
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::OscalCatalog)

public:
    struct ImportOptions
    {
        /// The framework's code; empty: the matched framework's, or one derived from the catalog.
        QString frameworkCode;
        /// The issuing party of a new framework (existing frameworks keep theirs); nullopt: none.
        std::optional<qint64> issuerPartyId;
    };

    /// Plans the import of a catalog document; writes nothing. Every problem names the JSON path
    /// (document.error(path, reason)). progress counts controls and groups read.
    static Result<ImportPlan> planImport(Database& db, const OscalDocument& document, const ImportOptions& options = {},
                                         const Progress& progress = {});

    /// The framework as an OSCAL catalog (JSON, oscal-version OscalDocument::writtenVersion()).
    static Result<QByteArray> exportJson(Database& db, qint64 frameworkId, const Progress& progress = {});
    /// Written through a temporary file: a failure or cancel leaves nothing at path.
    static Status exportToFile(Database& db, qint64 frameworkId, const QString& path, const Progress& progress = {});
};

} // namespace crosswalk
