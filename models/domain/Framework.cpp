#include "models/domain/Framework.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Framework& f)
{
    f.bindHeader(b);
    f.bindSource(b);
    b("code", f.code);
    b("title_en", f.titleEn);
    b("title_orig", f.titleOrig);
    b("short_name", f.shortName);
    b("language", f.language);
    b("kind", f.kind);
    b("issuer_party_id", f.issuerPartyId);
    b.date("adopted_date", f.adoptedDate);
    b("status", f.status);
    b("version", f.version);
    b("description", f.description);
    b("oscal_uuid", f.oscalUuid);
}
} // namespace

QVariantMap Framework::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Framework Framework::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Framework::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(titleEn, tr("English title")),
                       check::date(adoptedDate, tr("Adopted date"))});
}

} // namespace crosswalk
