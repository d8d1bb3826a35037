#pragma once

#include "models/domain/Result.h"
#include "models/exchange/DatasetPackage.h"

#include <QCoreApplication>
#include <QString>

namespace crosswalk {

class Database;

/// Where databases come from: the default file in the user's application data folder (made from
/// the sample dataset on first start), files the user names, and new files.
class DatabaseBootstrap
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBootstrap)

public:
    /// <AppDataLocation>/crosswalk.db (QStandardPaths; QCoreApplication's organisation and
    /// application names must be set first).
    static QString defaultPath();

    /// Opens the default database, creating it from the sample dataset when it does not exist yet.
    static Status openDefault(Database& db);

    /// Opens an existing database file; a missing file is an error, not a new database.
    static Status openExisting(Database& db, const QString& path);

    /// Creates a new database file holding the given seed (reference data or the sample dataset).
    /// Refuses when the file exists and is not empty. On failure no file is left behind.
    static Status createNew(Database& db, const QString& path, DatasetPackage::Seed seed);
};

} // namespace crosswalk
