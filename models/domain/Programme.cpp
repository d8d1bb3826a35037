#include "models/domain/Programme.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Programme& p)
{
    p.bindHeader(b);
    p.bindSource(b);
    b("code", p.code);
    b("name_en", p.nameEn);
    b("name_orig", p.nameOrig);
    b("kind", p.kind);
    b("lead_party_id", p.leadPartyId);
    b.date("start_date", p.startDate);
    b.date("end_date", p.endDate);
    b("status", p.status);
    b("budget", p.budget);
    b("currency", p.currency);
    b("beneficiaries", p.beneficiaries);
    b("description", p.description);
}
} // namespace

QVariantMap Programme::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Programme Programme::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Programme::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(nameEn, tr("English name")),
                       check::date(startDate, tr("Start date")), check::date(endDate, tr("End date")),
                       check::order(startDate, endDate, tr("End date is before start date")),
                       check::that(!budget || *budget >= 0, tr("Budget cannot be negative"))});
}

} // namespace crosswalk
