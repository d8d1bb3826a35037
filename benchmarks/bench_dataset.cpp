// Measures dataset package import and export, and opening a large database, at scale.
// Usage: bench_dataset [frameworks] [provisions-per-framework] [mappings]
// Default: 20 frameworks x 1,000 provisions = 20,000 provisions, and 20,000 mappings.
#include "benchmarks/ScaleDataset.h"
#include "models/analysis/CoverageEngine.h"
#include "models/analysis/GapDerivation.h"
#include "models/exchange/DatasetPackage.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>


using namespace crosswalk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int frameworks = args.size() > 1 ? args.at(1).toInt() : 20;
    const int perFramework = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int mappings = args.size() > 3 ? args.at(3).toInt() : 20000;
    QTextStream out(stdout);

    const QByteArray package = bench::scaleDataset(frameworks, perFramework, mappings);
    out << "dataset: " << frameworks * perFramework << " provisions, " << mappings << " mappings, "
        << package.size() / 1024 << " KiB of JSON\n";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.db"));
    QElapsedTimer timer;
    {
        Database db;
        if (!db.open(path))
            return 1;
        timer.start();
        const Status imported = DatasetPackage::importJson(db, package, QStringLiteral("scale.json"));
        if (!imported) {
            out << imported.message() << "\n";
            return 1;
        }
        out << "import-package: " << timer.elapsed() << " ms\n";

        timer.restart();
        const QByteArray exported = DatasetPackage::exportJson(db);
        out << "export-package: " << timer.elapsed() << " ms (" << exported.size() / 1024 << " KiB)\n";
    }
    timer.restart();
    Database db;
    if (!db.open(path))
        return 1;
    const qint64 count = RecordStore(db).fetchAll(QStringLiteral("provisions")).size();
    out << "open and read every provision (" << count << "): " << timer.elapsed() << " ms\n";

    // Coverage of one framework by the party's other frameworks, and the gap suggestions from it.
    timer.restart();
    const Result<CoverageScope> scope = CoverageScope::forParty(db, 1, 1);
    if (!scope) {
        out << scope.message() << "\n";
        return 1;
    }
    const CoverageReport report = CoverageEngine::compute(db, *scope);
    out << "coverage of FW-1 (" << report.items().size() << " provisions) by " << scope->sourceFrameworkIds.size()
        << " frameworks: " << timer.elapsed() << " ms (score " << qRound(report.totals().score() * 100) << "%)\n";
    timer.restart();
    const qsizetype suggestions = GapDerivation::suggestions(db, report).size();
    out << "gap suggestions (" << suggestions << "): " << timer.elapsed() << " ms\n";
    out << "peak memory: " << bench::peakMemoryKiB() / 1024 << " MiB\n";
    out << "database file: " << QFile(path).size() / 1024 << " KiB\n";
    return 0;
}
