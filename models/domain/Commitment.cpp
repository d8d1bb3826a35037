#include "models/domain/Commitment.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Commitment& c)
{
    c.bindHeader(b);
    c.bindSource(b);
    b("code", c.code);
    b("title_en", c.titleEn);
    b("title_orig", c.titleOrig);
    b("description", c.description);
    b("origin_dialogue_id", c.originDialogueId);
    b("origin_provision_id", c.originProvisionId);
    b("origin_note", c.originNote);
    b("lead_party_id", c.leadPartyId);
    b("counterpart_party_id", c.counterpartPartyId);
    b.date("due_date", c.dueDate);
    b("status", c.status);
    b("progress", c.progress);
}
} // namespace

QVariantMap Commitment::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Commitment Commitment::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Commitment::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(titleEn, tr("English title")),
                       check::date(dueDate, tr("Due date")), check::range(progress, 0, 100, tr("Progress"))});
}

} // namespace crosswalk
