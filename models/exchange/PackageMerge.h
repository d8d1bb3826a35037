#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/exchange/ImportReport.h"

#include <QCoreApplication>
#include <QString>

namespace crosswalk {

class Database;

/// Merging a dataset package into a database that already holds records (issue 6, point 4). The
/// package is validated as DatasetPackage validates it (every problem names its JSON path), then its
/// records are matched to stored ones, and the plan says what would be added, updated or is in
/// conflict; nothing is written until the plan is applied (ChangeSet::apply, or PageContext::apply in
/// the window, one transaction, one undo step).
///
/// Matching: records with a code by code (parties, frameworks, dialogues, commitments, programmes,
/// gaps, themes; provisions by framework and code); the others by what identifies them (mappings by
/// source and target provision, applicability by provision and party, delegates by dialogue, party and
/// name, commitment updates by commitment, date and status; links by both ends). References are
/// translated from package ids to the ids of the matched or added records; new records get new ids.
///
/// Outcomes: no match: Added. A match with the same values (timestamps and ids aside): Unchanged. A
/// match with other values: Updated when the package's record was changed after the stored one
/// (updated_at later), else Conflict: the stored record was changed since, so it is kept as it is and
/// the report names the fields that differ. Records are never deleted by a merge. A package record whose
/// code matches a stored record of another framework or parent is matched by code only where the code
/// is unique (provisions: within their framework).
class PackageMerge
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::PackageMerge)

public:
    static Result<ImportPlan> plan(Database& db, const QByteArray& json, const QString& sourceName,
                                   const Progress& progress = {});
    /// Reads the file first (refused above DatasetPackage::MaxImportBytes, before reading).
    static Result<ImportPlan> planFile(Database& db, const QString& path, const Progress& progress = {});
};

} // namespace crosswalk
