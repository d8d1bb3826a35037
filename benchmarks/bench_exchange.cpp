// Measures the imports of issue 6 at scale: CSV import of 100,000 mappings (plan and apply), and OSCAL catalog
// import of about 1,200 controls (read, plan and apply).
// Usage: bench_exchange [mappings] [provisions-per-framework] [groups] [controls-per-group] [enhancements]
// Default: 100,000 mappings between two frameworks of 2,000 provisions; 20 groups x 20 controls x 2 enhancements.
#include "benchmarks/ScaleDataset.h"
#include "models/exchange/CsvImport.h"
#include "models/exchange/DatasetPackage.h"
#include "models/exchange/OscalCatalog.h"
#include "models/exchange/OscalDocument.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <sys/resource.h>

using namespace crosswalk;

namespace {


/// CPU time used so far (user + system), to read figures on a machine shared with other work.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A CSV of `count` distinct mappings from FW-1 to FW-2 (provisions P0..P{perFramework-1}), with a header.
QByteArray mappingCsv(int count, int perFramework)
{
    static const char* relationships[] = {"intersects_with", "subset_of", "equal", "superset_of", "no_relationship"};
    static const char* strengths[] = {"5", "3", "10", "8", "0"};
    QByteArray csv = "source_framework,source_code,target_framework,target_code,relationship,strength,rationale,"
                     "justification,author\n";
    csv.reserve(qsizetype(count) * 110);
    for (int k = 0; k < count; ++k) {
        const int source = k % perFramework;
        const int block = k / perFramework;
        const int target = (source + block * 37 + 1) % perFramework;
        const int kind = k % 5;
        csv += "FW-1,P" + QByteArray::number(source) + ",FW-2,P" + QByteArray::number(target) + ',' +
               relationships[kind] + ',' + strengths[kind] +
               ",semantic,\"Both cover the same duty, in part\",Benchmark\n";
    }
    return csv;
}

QJsonObject labelProp(const QString& value)
{
    QJsonObject prop;
    prop.insert(QStringLiteral("name"), QStringLiteral("label"));
    prop.insert(QStringLiteral("value"), value);
    return prop;
}

QJsonObject part(const QString& id, const QString& name, const QString& prose, const QString& label = QString())
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), name);
    if (!label.isEmpty())
        object.insert(QStringLiteral("props"), QJsonArray{labelProp(label)});
    object.insert(QStringLiteral("prose"), prose);
    return object;
}

/// A control with a parameter, a label prop, a statement of two items and guidance, and its enhancements.
QJsonObject control(const QString& id, const QString& title, int enhancements)
{
    const QString param = id + QStringLiteral("_prm_1");
    QJsonObject parameter;
    parameter.insert(QStringLiteral("id"), param);
    parameter.insert(QStringLiteral("label"), QStringLiteral("organization-defined frequency"));

    QJsonObject statement =
        part(id + QStringLiteral("_smt"), QStringLiteral("statement"),
             QStringLiteral("The organization reviews and updates the policy {{ insert: param, %1 }}.").arg(param));
    statement.insert(QStringLiteral("parts"),
                     QJsonArray{part(id + QStringLiteral("_smt.a"), QStringLiteral("item"),
                                     QStringLiteral("Develops and documents it."), QStringLiteral("a.")),
                                part(id + QStringLiteral("_smt.b"), QStringLiteral("item"),
                                     QStringLiteral("Disseminates it."), QStringLiteral("b."))});

    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("class"), QStringLiteral("SP800-53"));
    object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("params"), QJsonArray{parameter});
    object.insert(QStringLiteral("props"), QJsonArray{labelProp(id.toUpper())});
    object.insert(QStringLiteral("parts"),
                  QJsonArray{statement, part(id + QStringLiteral("_gdn"), QStringLiteral("guidance"),
                                             QStringLiteral("Guidance for %1.").arg(id))});
    QJsonArray children;
    for (int e = 1; e <= enhancements; ++e)
        children.append(
            control(QStringLiteral("%1.%2").arg(id).arg(e), title + QStringLiteral(" | Enhancement %1").arg(e), 0));
    if (!children.isEmpty())
        object.insert(QStringLiteral("controls"), children);
    return object;
}

/// An OSCAL 1.1 catalog of groups x controls x enhancements, with params, props and parts.
QByteArray oscalCatalog(int groups, int controlsPerGroup, int enhancements)
{
    QJsonArray groupArray;
    for (int g = 1; g <= groups; ++g) {
        const QString groupId = QStringLiteral("g%1").arg(g);
        QJsonArray controls;
        for (int c = 1; c <= controlsPerGroup; ++c)
            controls.append(control(QStringLiteral("%1-%2").arg(groupId).arg(c),
                                    QStringLiteral("Control %1 of group %2").arg(c).arg(g), enhancements));
        groupArray.append(QJsonObject{{QStringLiteral("id"), groupId},
                                      {QStringLiteral("class"), QStringLiteral("family")},
                                      {QStringLiteral("title"), QStringLiteral("Group %1").arg(g)},
                                      {QStringLiteral("controls"), controls}});
    }
    const QJsonObject catalog{{QStringLiteral("uuid"), QStringLiteral("7b1c0b5e-5f3a-4c8e-9a57-3f1a4bd6c001")},
                              {QStringLiteral("metadata"),
                               QJsonObject{{QStringLiteral("title"), QStringLiteral("Benchmark catalog")},
                                           {QStringLiteral("last-modified"), QStringLiteral("2026-11-26T00:00:00Z")},
                                           {QStringLiteral("version"), QStringLiteral("1.0")},
                                           {QStringLiteral("oscal-version"), QStringLiteral("1.1.2")}}},
                              {QStringLiteral("groups"), groupArray}};
    return QJsonDocument(QJsonObject{{QStringLiteral("catalog"), catalog}}).toJson(QJsonDocument::Compact);
}

int benchCsv(QTextStream& out, const QString& dir, int mappings, int perFramework)
{
    const QString dbPath = dir + QStringLiteral("/csv.db");
    Database db;
    if (!db.open(dbPath)) {
        out << "cannot open " << dbPath << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const Status seeded =
        DatasetPackage::importJson(db, bench::scaleDataset(2, perFramework, 0), QStringLiteral("scale.json"));
    if (!seeded) {
        out << seeded.message() << "\n";
        return 1;
    }
    out << "database: 2 frameworks x " << perFramework << " provisions (" << timer.elapsed() << " ms to create)\n";

    const QString csvPath = dir + QStringLiteral("/mappings.csv");
    const QByteArray csv = mappingCsv(mappings, perFramework);
    if (!writeFile(csvPath, csv)) {
        out << "cannot write " << csvPath << "\n";
        return 1;
    }
    out << "csv: " << mappings << " mappings, " << csv.size() / 1024 << " KiB\n";

    CsvImport::Options options;
    options.entity = CsvImport::Entity::Mappings;
    qint64 readPhaseMs = -1;
    QElapsedTimer phase;
    phase.start();
    bool planning = false;
    const Progress progress = [&](qint64 done, qint64 total) {
        // The reading phase reports bytes up to the file size, then planning reports rows from 0.
        if (!planning && done == total && total == csv.size()) {
            readPhaseMs = phase.elapsed();
            planning = true;
        }
        return true;
    };
    timer.restart();
    qint64 cpu = cpuMs();
    const Result<CsvImport::Outcome> outcome = CsvImport::plan(db, csvPath, options, progress);
    const qint64 planMs = timer.elapsed();
    const qint64 planCpuMs = cpuMs() - cpu;
    if (!outcome) {
        out << outcome.message() << "\n";
        return 1;
    }
    if (outcome->errorCount > 0) {
        out << outcome->errorCount << " row errors, first: " << outcome->errors.constFirst().toString(csvPath) << "\n";
        return 1;
    }
    out << "csv plan: " << planMs << " ms (reading " << readPhaseMs << " ms, checking and planning "
        << planMs - readPhaseMs << " ms; cpu " << planCpuMs << " ms), " << outcome->plan.changes.changes().size()
        << " changes; " << outcome->plan.report.summary() << "\n";
    out << "peak memory after planning: " << bench::peakMemoryKiB() / 1024 << " MiB\n";
    out.flush();

    timer.restart();
    cpu = cpuMs();
    const Status applied = outcome->plan.changes.apply(db);
    const qint64 applyMs = timer.elapsed();
    const qint64 applyCpuMs = cpuMs() - cpu;
    if (!applied) {
        out << applied.message() << "\n";
        return 1;
    }
    out << "csv apply: " << applyMs << " ms (cpu " << applyCpuMs << " ms; "
        << RecordStore(db).count(QStringLiteral("mappings")) << " mappings stored)\n";
    out << "csv plan + apply: " << planMs + applyMs << " ms (cpu " << planCpuMs + applyCpuMs
        << " ms; target: under 5000 ms)\n";

    // Importing the same file again: every mapping is matched and unchanged.
    timer.restart();
    const Result<CsvImport::Outcome> again = CsvImport::plan(db, csvPath, options);
    if (!again) {
        out << again.message() << "\n";
        return 1;
    }
    out << "csv re-import plan: " << timer.elapsed() << " ms; " << again->plan.report.summary() << "\n";
    out << "peak memory: " << bench::peakMemoryKiB() / 1024 << " MiB\n";
    out.flush();
    return 0;
}

int benchOscal(QTextStream& out, const QString& dir, int groups, int controlsPerGroup, int enhancements)
{
    const QString dbPath = dir + QStringLiteral("/oscal.db");
    Database db;
    if (!db.open(dbPath)) {
        out << "cannot open " << dbPath << "\n";
        return 1;
    }
    const Status seeded = DatasetPackage::initialise(db, DatasetPackage::Seed::ReferenceData);
    if (!seeded) {
        out << seeded.message() << "\n";
        return 1;
    }
    const QString path = dir + QStringLiteral("/catalog.json");
    const QByteArray json = oscalCatalog(groups, controlsPerGroup, enhancements);
    if (!writeFile(path, json)) {
        out << "cannot write " << path << "\n";
        return 1;
    }
    const int items = groups * (1 + controlsPerGroup * (1 + enhancements));
    out << "oscal catalog: " << items << " groups and controls, " << json.size() / 1024 << " KiB\n";

    QElapsedTimer timer;
    timer.start();
    const Result<OscalDocument> document = OscalDocument::readFile(path);
    const qint64 readMs = timer.elapsed();
    if (!document) {
        out << document.message() << "\n";
        return 1;
    }
    timer.restart();
    const Result<ImportPlan> plan = OscalCatalog::planImport(db, *document);
    const qint64 planMs = timer.elapsed();
    if (!plan) {
        out << plan.message() << "\n";
        return 1;
    }
    timer.restart();
    const Status applied = plan->changes.apply(db);
    const qint64 applyMs = timer.elapsed();
    if (!applied) {
        out << applied.message() << "\n";
        return 1;
    }
    out << "oscal read: " << readMs << " ms, plan: " << planMs << " ms, apply: " << applyMs << " ms, total "
        << readMs + planMs + applyMs << " ms (" << plan->changes.changes().size() << " changes; "
        << plan->report.summary() << ")\n";
    out << "peak memory: " << bench::peakMemoryKiB() / 1024 << " MiB\n";
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mappings = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int perFramework = args.size() > 2 ? args.at(2).toInt() : 2000;
    const int groups = args.size() > 3 ? args.at(3).toInt() : 20;
    const int controls = args.size() > 4 ? args.at(4).toInt() : 20;
    const int enhancements = args.size() > 5 ? args.at(5).toInt() : 2;
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (const int failed = benchCsv(out, dir.path(), mappings, perFramework))
        return failed;
    return benchOscal(out, dir.path(), groups, controls, enhancements);
}
