#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QMap>
#include <QCoreApplication>
#include <QString>

namespace crosswalk {

class Database;

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

    /// Imports into a database that holds only reference data (themes): the package's themes replace
    /// the reference themes. sourceName names the file in messages.
    static Status importJson(Database& db, const QByteArray& json, const QString& sourceName);
    static Status importFile(Database& db, const QString& path);

    /// Number of rows per table in a package, for reports (validates nothing).
    static QMap<QString, int> rowCounts(const QByteArray& json);
};

} // namespace crosswalk
