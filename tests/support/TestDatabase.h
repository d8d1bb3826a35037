#pragma once

#include "models/storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace crosswalk::test {

/// A database file in its own temporary folder, removed with the fixture.
class TestDatabase
{
public:
    enum class Content { Empty, ReferenceData, Sample };

    explicit TestDatabase(Content content = Content::Empty);

    Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.crosswalk")); }
    QString dir() const { return m_dir.path(); }
    /// Reads the whole file's bytes (after a WAL checkpoint), to prove a failed write changed nothing.
    QByteArray snapshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

/// The repository's source folder (set by CTest), for committed test data.
QString sourceDir();

} // namespace crosswalk::test
