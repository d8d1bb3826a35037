#pragma once

#include "models/domain/Framework.h"
#include "models/domain/Provision.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// The framework aggregate: frameworks and the tree of their provisions.
class FrameworkRepository
{
public:
    explicit FrameworkRepository(Database& db);

    QList<Framework> frameworks() const;
    std::optional<Framework> framework(qint64 id) const;
    std::optional<Framework> frameworkByCode(const QString& code) const;

    Status insertFramework(Framework& framework);
    Status updateFramework(const Framework& framework);
    /// Deletes the framework and its provisions (children before parents) in one transaction. Refuses,
    /// naming them, while mappings, commitments, gaps or exclusions refer to any of its provisions.
    Status removeFramework(qint64 id);

    /// The framework's provisions, top-level items first, then grouped by parent, each group in sort order.
    QList<Provision> provisions(qint64 frameworkId) const;
    /// The children of a provision (top-level items when parentId is nullopt), in sort order.
    QList<Provision> children(qint64 frameworkId, std::optional<qint64> parentId) const;
    std::optional<Provision> provision(qint64 id) const;
    std::optional<Provision> provisionByCode(qint64 frameworkId, const QString& code) const;

    /// Inserting or re-parenting refuses a parent that does not exist, that belongs to another framework,
    /// or that would make the provision its own ancestor; a provision with children stays in its framework.
    Status insertProvision(Provision& provision);
    Status updateProvision(const Provision& provision);
    /// Refuses, naming them, while the provision has children or anything refers to it.
    Status removeProvision(qint64 id);

private:
    Status checkPlacement(const Provision& provision) const;
    Status removeProvisionsOf(qint64 frameworkId);

    TypedStore<Framework> m_frameworks;
    TypedStore<Provision> m_provisions;
};

} // namespace crosswalk
