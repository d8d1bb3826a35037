#include "models/storage/FrameworkRepository.h"

#include <QHash>

#include <algorithm>

namespace crosswalk {

namespace {
const QString provisionsTable = QStringLiteral("provisions");
const QString parentColumn = QStringLiteral("parent_id");

QString codes(const QList<Provision>& provisions)
{
    QStringList list;
    for (const Provision& p : provisions)
        list << p.code;
    return list.join(QLatin1String(", "));
}
} // namespace

FrameworkRepository::FrameworkRepository(Database& db)
    : m_frameworks(db, QStringLiteral("frameworks")), m_provisions(db, provisionsTable)
{
}

QList<Framework> FrameworkRepository::frameworks() const
{
    return m_frameworks.list();
}

std::optional<Framework> FrameworkRepository::framework(qint64 id) const
{
    return m_frameworks.find(id);
}

std::optional<Framework> FrameworkRepository::frameworkByCode(const QString& code) const
{
    return m_frameworks.findByCode(code);
}

Status FrameworkRepository::insertFramework(Framework& framework)
{
    return m_frameworks.insert(framework);
}

Status FrameworkRepository::updateFramework(const Framework& framework)
{
    return m_frameworks.update(framework);
}

Status FrameworkRepository::removeFramework(qint64 id)
{
    return m_frameworks.remove(id, TypedStore<Framework>::Links::Keep,
                               [this](qint64 frameworkId) { return removeProvisionsOf(frameworkId); });
}

Status FrameworkRepository::removeProvisionsOf(qint64 frameworkId)
{
    QList<Provision> doomed = provisions(frameworkId);
    QList<QPair<QString, qint64>> outside;
    QHash<qint64, std::optional<qint64>> parents;
    for (const Provision& p : doomed) {
        parents.insert(p.id, p.parentId);
        for (const auto& reference : m_provisions.records().referencesTo(provisionsTable, p.id)) {
            if (reference.first != provisionsTable + QLatin1Char('.') + parentColumn)
                outside << reference;
        }
    }
    if (!outside.isEmpty()) {
        return Status::failure(Framework::tr("The %1 cannot be deleted: its provisions are used by %2")
                                   .arg(m_frameworks.describe(QStringLiteral("frameworks"), frameworkId),
                                        m_provisions.describeReferences(outside)));
    }
    const auto depth = [&parents](qint64 id) {
        int levels = 0;
        for (std::optional<qint64> up = parents.value(id); up && levels <= parents.size(); up = parents.value(*up))
            ++levels;
        return levels;
    };
    std::stable_sort(doomed.begin(), doomed.end(),
                     [&depth](const Provision& a, const Provision& b) { return depth(a.id) > depth(b.id); });
    for (const Provision& p : doomed) {
        if (const Status removed = m_provisions.records().remove(provisionsTable, p.id); !removed)
            return removed;
    }
    return {};
}

QList<Provision> FrameworkRepository::provisions(qint64 frameworkId) const
{
    QList<Provision> list = m_provisions.list(QStringLiteral("framework_id"), frameworkId,
                                              {QStringLiteral("sort_order"), QStringLiteral("id")});
    // Sorted here, not in SQL, because SQLite and PostgreSQL place NULL parents differently.
    std::stable_sort(list.begin(), list.end(), [](const Provision& a, const Provision& b) {
        return a.parentId.value_or(0) < b.parentId.value_or(0);
    });
    return list;
}

QList<Provision> FrameworkRepository::children(qint64 frameworkId, std::optional<qint64> parentId) const
{
    QList<Provision> list = provisions(frameworkId);
    list.removeIf([&parentId](const Provision& p) { return p.parentId != parentId; });
    return list;
}

std::optional<Provision> FrameworkRepository::provision(qint64 id) const
{
    return m_provisions.find(id);
}

std::optional<Provision> FrameworkRepository::provisionByCode(qint64 frameworkId, const QString& code) const
{
    return m_provisions.findByCode(code, frameworkId);
}

Status FrameworkRepository::checkPlacement(const Provision& provision) const
{
    const Result<QList<Provision>> ancestors = m_provisions.ancestors(provision, &Provision::parentId);
    if (!ancestors)
        return ancestors.status();
    if (!ancestors->isEmpty() && ancestors->first().frameworkId != provision.frameworkId) {
        return Status::failure(
            Provision::tr("The parent provision %1 belongs to another framework").arg(ancestors->first().code));
    }
    const std::optional<Provision> stored = provision.id > 0 ? m_provisions.find(provision.id) : std::nullopt;
    if (stored && stored->frameworkId != provision.frameworkId) {
        const QList<Provision> kids = m_provisions.list(parentColumn, provision.id);
        if (!kids.isEmpty()) {
            return Status::failure(Provision::tr("The provision %1 cannot move to another framework: it has "
                                                 "child provisions %2")
                                       .arg(stored->code, codes(kids)));
        }
    }
    return {};
}

Status FrameworkRepository::insertProvision(Provision& provision)
{
    const Status placed = checkPlacement(provision);
    return placed ? m_provisions.insert(provision) : placed;
}

Status FrameworkRepository::updateProvision(const Provision& provision)
{
    const Status placed = checkPlacement(provision);
    return placed ? m_provisions.update(provision) : placed;
}

Status FrameworkRepository::removeProvision(qint64 id)
{
    const QList<Provision> kids = m_provisions.list(parentColumn, id);
    if (!kids.isEmpty()) {
        const std::optional<Provision> stored = m_provisions.find(id);
        return Status::failure(Provision::tr("The provision %1 cannot be deleted: it has child provisions %2")
                                   .arg(stored ? stored->code : QString::number(id), codes(kids)));
    }
    return m_provisions.remove(id);
}

} // namespace crosswalk
