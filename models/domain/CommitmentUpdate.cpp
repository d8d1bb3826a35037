#include "models/domain/CommitmentUpdate.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, CommitmentUpdate& u)
{
    u.bindHeader(b);
    u.bindSource(b);
    b("commitment_id", u.commitmentId);
    b.date("update_date", u.updateDate);
    b("status", u.status);
    b("progress", u.progress);
    b("note_en", u.noteEn);
    b("note_orig", u.noteOrig);
}
} // namespace

QVariantMap CommitmentUpdate::toRow() const
{
    return Binder::write(*this, bindColumns);
}

CommitmentUpdate CommitmentUpdate::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status CommitmentUpdate::validate() const
{
    return check::all({check::required(commitmentId, tr("Commitment")), check::required(updateDate, tr("Date")),
                       check::date(updateDate, tr("Date")), check::range(progress, 0, 100, tr("Progress"))});
}

} // namespace crosswalk
