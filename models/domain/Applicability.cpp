#include "models/domain/Applicability.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Applicability& a)
{
    a.bindHeader(b);
    b("provision_id", a.provisionId);
    b("party_id", a.partyId);
    b("justification", a.justification);
    b("source", a.source);
}
} // namespace

QVariantMap Applicability::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Applicability Applicability::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Applicability::validate() const
{
    return check::all({check::required(provisionId, tr("Provision")), check::required(partyId, tr("Party")),
                       check::required(justification, tr("Justification"))});
}

} // namespace crosswalk
