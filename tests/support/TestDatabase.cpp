#include "tests/support/TestDatabase.h"

#include "models/exchange/DatasetPackage.h"

#include <QFile>
#include <QtTest>

namespace crosswalk::test {

TestDatabase::TestDatabase(Content content) : m_db(std::make_unique<Database>())
{
    const Status opened = m_db->open(path());
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.message()));
    Status loaded;
    if (content == Content::ReferenceData)
        loaded = DatasetPackage::initialise(*m_db, DatasetPackage::Seed::ReferenceData);
    else if (content == Content::Sample)
        loaded = DatasetPackage::initialise(*m_db, DatasetPackage::Seed::Sample);
    if (!loaded)
        qFatal("cannot load test data: %s", qPrintable(loaded.message()));
}

QByteArray TestDatabase::snapshot()
{
    if (!m_db->checkpoint())
        return QByteArray();
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

QString sourceDir()
{
    const QByteArray dir = qgetenv("CROSSWALK_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : QString::fromLocal8Bit(dir);
}

} // namespace crosswalk::test
