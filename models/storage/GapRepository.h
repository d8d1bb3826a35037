#pragma once

#include "models/domain/Gap.h"
#include "models/storage/TypedStore.h"

namespace crosswalk {

/// Gaps with their themes (Gap::themeIds).
class GapRepository
{
public:
    explicit GapRepository(Database& db);

    QList<Gap> gaps() const;
    /// The gaps recorded against a provision.
    QList<Gap> gapsForProvision(qint64 provisionId) const;
    std::optional<Gap> gap(qint64 id) const;
    std::optional<Gap> gapByCode(const QString& code) const;
    /// The first (lowest id) gap against the provision that is still open or being mitigated, so that gap
    /// derivation does not offer the same gap twice.
    std::optional<qint64> openGapFor(qint64 provisionId) const;

    /// Inserts or saves the gap with its theme links, in one transaction.
    Status insert(Gap& gap);
    Status update(const Gap& gap);
    /// Deletes the gap and all its links (themes, commitments, programmes) in one transaction.
    Status remove(qint64 id);

private:
    TypedStore<Gap> m_gaps;
};

} // namespace crosswalk
