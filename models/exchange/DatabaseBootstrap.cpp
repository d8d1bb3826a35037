#include "models/exchange/DatabaseBootstrap.h"

#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace crosswalk {

namespace {
void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

QString DatabaseBootstrap::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("crosswalk.db"));
}

Status DatabaseBootstrap::openDefault(Database& db)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return db.open(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(DatabaseBootstrap::tr("The folder %1 cannot be created").arg(QFileInfo(path).absolutePath()));
    return createNew(db, path, DatasetPackage::Seed::Sample);
}

Status DatabaseBootstrap::openExisting(Database& db, const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(DatabaseBootstrap::tr("%1: no such database file").arg(path));
    if (info.isDir())
        return Status::failure(DatabaseBootstrap::tr("%1 is a folder, not a database file").arg(path));
    return db.open(path);
}

Status DatabaseBootstrap::createNew(Database& db, const QString& path, DatasetPackage::Seed seed)
{
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0))
        return Status::failure(DatabaseBootstrap::tr("%1 already exists; choose a new file name").arg(path));
    const Status opened = db.open(path);
    if (!opened) {
        removeDatabaseFiles(path);
        return opened;
    }
    const Status seeded = DatasetPackage::initialise(db, seed);
    if (!seeded) {
        db.close();
        removeDatabaseFiles(path);
        return seeded;
    }
    return {};
}

} // namespace crosswalk
