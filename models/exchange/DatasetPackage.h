#pragma once

#include "models/domain/Progress.h"
#include "models/domain/Result.h"
#include "models/domain/Vocabulary.h"

#include <QByteArray>
#include <QMap>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace crosswalk {

class Database;

/// What a package exported for a partner holds (issue 6, point 4): the chosen frameworks (with their
/// provisions, the mappings between them, their applicability marks and the parties they need), and/or
/// only the records at or below a marking level. Records that need a record left out are left out too;
/// optional references to left-out records are cleared. Themes are always included.
struct PackageSelection
{
    QList<qint64> frameworkIds;   ///< empty: every record (subject to maxMarking)
    std::optional<Tlp> maxMarking; ///< nullopt: any marking
    bool isEverything() const { return frameworkIds.isEmpty() && !maxMarking; }
};

/// The dataset package: a versioned JSON document holding a whole database (DESIGN.md section 5).
///
///     { "format": "crosswalk-dataset", "format_version": 1, "title": "...", "description": "...",
///       "tables": { "themes": [ {row}, ... ], "parties": [...], ... } }
///
/// Tables appear in TableCatalog order; each row holds every column of its table by name, NULL as
/// JSON null; references are the ids of rows in the same package. Audit entries are not exchanged:
/// the receiving database records the import in its own audit log.
///
/// Import is all or nothing: the package is validated completely first (each problem names its JSON
/// path, for example `$.tables.provisions[3].framework_id`), then written in one transaction; on any
/// failure the database is unchanged.
class DatasetPackage
{
    Q_DECLARE_TR_FUNCTIONS(DatasetPackage)

public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("crosswalk-dataset"); }

    enum class Seed { ReferenceData, Sample };

    /// Resource paths of the shipped packages.
    static QString referenceDataResource() { return QStringLiteral(":/crosswalk/reference-data.json"); }
    static QString sampleResource() { return QStringLiteral(":/crosswalk/sample/japan-nato.json"); }

    /// Loads a shipped package into a database that holds nothing yet (a new file).
    static Status initialise(Database& db, Seed seed);

    /// The whole database as a package. Deterministic: the same database gives the same bytes.
    static QByteArray exportJson(Database& db, const QString& title = QString(), const QString& description = QString());
    static Status exportToFile(Database& db, const QString& path);
    /// A selection of the database as a package (same format; it imports into a new database and
    /// merges into a non-empty one with PackageMerge). Fails when the selection names an unknown framework.
    static Result<QByteArray> exportSelection(Database& db, const PackageSelection& selection,
                                              const QString& title = QString(), const QString& description = QString(),
                                              const Progress& progress = {});
    static Status exportSelectionToFile(Database& db, const PackageSelection& selection, const QString& path,
                                        const Progress& progress = {});
    /// Larger package files are refused before they are read.
    static constexpr qint64 MaxImportBytes = 64LL * 1024 * 1024;

    /// Imports into a database that holds only reference data (themes): the package's themes replace
    /// the reference themes. sourceName names the file in messages.
    static Status importJson(Database& db, const QByteArray& json, const QString& sourceName);
    static Status importFile(Database& db, const QString& path);

    /// Number of rows per table in a package, for reports (validates nothing).
    static QMap<QString, int> rowCounts(const QByteArray& json);
};

} // namespace crosswalk
