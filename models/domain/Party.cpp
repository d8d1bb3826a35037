#include "models/domain/Party.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Party& p)
{
    p.bindHeader(b);
    p.bindSource(b);
    b("code", p.code);
    b("name_en", p.nameEn);
    b("name_orig", p.nameOrig);
    b("kind", p.kind);
    b("parent_id", p.parentId);
    b("notes", p.notes);
}
} // namespace

QVariantMap Party::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Party Party::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Party::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(nameEn, tr("English name")),
                       check::that(!parentId || *parentId != id, tr("A party cannot be its own parent"))});
}

} // namespace crosswalk
