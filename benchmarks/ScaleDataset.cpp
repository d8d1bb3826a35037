#include "benchmarks/ScaleDataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <sys/resource.h>

namespace crosswalk::bench {

long peakMemoryKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QByteArray scaleDataset(int frameworks, int provisionsPerFramework, int mappings)
{
    const QString stamp = QStringLiteral("2026-11-26T00:00:00Z");
    QFile reference(QStringLiteral(":/crosswalk/reference-data.json"));
    reference.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(reference.readAll()).object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();

    QJsonArray parties{QJsonObject{{QStringLiteral("id"), 1},
                                   {QStringLiteral("code"), QStringLiteral("P1")},
                                   {QStringLiteral("name_en"), QStringLiteral("Party one")},
                                   {QStringLiteral("kind"), QStringLiteral("state")},
                                   {QStringLiteral("created_at"), stamp},
                                   {QStringLiteral("updated_at"), stamp}}};
    QJsonArray frameworkRows;
    QJsonArray provisionRows;
    int provisionId = 0;
    for (int f = 1; f <= frameworks; ++f) {
        frameworkRows.append(QJsonObject{{QStringLiteral("id"), f},
                                         {QStringLiteral("code"), QStringLiteral("FW-%1").arg(f)},
                                         {QStringLiteral("title_en"), QStringLiteral("Framework %1").arg(f)},
                                         {QStringLiteral("kind"), QStringLiteral("law")},
                                         {QStringLiteral("issuer_party_id"), 1},
                                         {QStringLiteral("status"), QStringLiteral("adopted")},
                                         {QStringLiteral("created_at"), stamp},
                                         {QStringLiteral("updated_at"), stamp}});
        int chapterId = 0;
        for (int p = 0; p < provisionsPerFramework; ++p) {
            ++provisionId;
            const bool chapter = p % 10 == 0;
            if (chapter)
                chapterId = provisionId;
            QJsonObject row{{QStringLiteral("id"), provisionId},
                            {QStringLiteral("framework_id"), f},
                            {QStringLiteral("sort_order"), p},
                            {QStringLiteral("code"), QStringLiteral("P%1").arg(p)},
                            {QStringLiteral("ref_label"), chapter ? QStringLiteral("Ch. %1").arg(p / 10 + 1)
                                                                  : QStringLiteral("Art. %1").arg(p)},
                            {QStringLiteral("title_en"), QStringLiteral("Provision %1 of framework %2").arg(p).arg(f)},
                            {QStringLiteral("title_orig"), QStringLiteral("第%1条").arg(p)},
                            {QStringLiteral("summary_en"), QStringLiteral("A synthetic provision for benchmarks.")},
                            {QStringLiteral("verification"), QStringLiteral("unverified")},
                            {QStringLiteral("created_at"), stamp},
                            {QStringLiteral("updated_at"), stamp}};
            row.insert(QStringLiteral("parent_id"), chapter ? QJsonValue() : QJsonValue(chapterId));
            provisionRows.append(row);
        }
    }
    QJsonArray mappingRows;
    QRandomGenerator random(42);
    QSet<QPair<int, int>> pairs;
    const int total = provisionId;
    while (mappingRows.size() < mappings && frameworks > 1) {
        const int source = random.bounded(1, total + 1);
        const int target = random.bounded(1, total + 1);
        if ((source - 1) / provisionsPerFramework == (target - 1) / provisionsPerFramework ||
            pairs.contains({source, target}))
            continue;
        pairs.insert({source, target});
        mappingRows.append(QJsonObject{{QStringLiteral("id"), mappingRows.size() + 1},
                                       {QStringLiteral("source_provision_id"), source},
                                       {QStringLiteral("target_provision_id"), target},
                                       {QStringLiteral("relationship"), QStringLiteral("intersects_with")},
                                       {QStringLiteral("rationale"), QStringLiteral("semantic")},
                                       {QStringLiteral("strength"), 1 + random.bounded(9)},
                                       {QStringLiteral("created_at"), stamp},
                                       {QStringLiteral("updated_at"), stamp}});
    }
    tables.insert(QStringLiteral("parties"), parties);
    tables.insert(QStringLiteral("frameworks"), frameworkRows);
    tables.insert(QStringLiteral("provisions"), provisionRows);
    tables.insert(QStringLiteral("mappings"), mappingRows);
    root.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace crosswalk::bench
