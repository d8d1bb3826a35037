#include "models/domain/Delegate.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Delegate& d)
{
    d.bindHeader(b);
    b("dialogue_id", d.dialogueId);
    b("party_id", d.partyId);
    b("sort_order", d.sortOrder);
    b("name", d.name);
    b("position", d.position);
    b("role", d.role);
}
} // namespace

QVariantMap Delegate::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Delegate Delegate::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Delegate::validate() const
{
    return check::all({check::required(dialogueId, tr("Dialogue")), check::required(partyId, tr("Party")),
                       check::required(name, tr("Name"))});
}

} // namespace crosswalk
