#include "models/domain/Mapping.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Mapping& m)
{
    m.bindHeader(b);
    b("source_provision_id", m.sourceProvisionId);
    b("target_provision_id", m.targetProvisionId);
    b("relationship", m.relationship);
    b("rationale", m.rationale);
    b("strength", m.strength);
    b("justification", m.justification);
    b("notes", m.notes);
    b("review_status", m.reviewStatus);
    b("author", m.author);
    b("reviewer", m.reviewer);
    b.date("review_date", m.reviewDate);
}
} // namespace

QVariantMap Mapping::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Mapping Mapping::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Mapping::validate() const
{
    const QString relationshipLabel = toLabel(relationship);
    Status strengthFits;
    if (relationship == Relationship::Equal)
        strengthFits = check::that(strength == 10, tr("Strength must be 10 for '%1'").arg(relationshipLabel));
    else if (relationship == Relationship::NoRelationship)
        strengthFits = check::that(strength == 0, tr("Strength must be 0 for '%1'").arg(relationshipLabel));
    else if (strength && *strength >= 0 && *strength <= 10)
        strengthFits = check::that(*strength >= 1 && *strength <= 9,
                                   tr("Strength must be between 1 and 9 for '%1'").arg(relationshipLabel));
    return check::all(
        {check::required(sourceProvisionId, tr("Source provision")),
         check::required(targetProvisionId, tr("Target provision")),
         check::that(sourceProvisionId != targetProvisionId, tr("A provision cannot be mapped to itself")),
         check::range(strength, 0, 10, tr("Strength")), strengthFits, check::fullDate(reviewDate, tr("Review date"))});
}

} // namespace crosswalk
