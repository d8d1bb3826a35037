#include "models/domain/Gap.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Gap& g)
{
    g.bindHeader(b);
    g.bindSource(b);
    b("code", g.code);
    b("title_en", g.titleEn);
    b("title_orig", g.titleOrig);
    b("description", g.description);
    b("provision_id", g.provisionId);
    b("kind", g.kind);
    b("severity", g.severity);
    b("status", g.status);
    b("owner_party_id", g.ownerPartyId);
    b.date("due_date", g.dueDate);
    b.date("opened_date", g.openedDate);
    b.date("closed_date", g.closedDate);
}
} // namespace

QVariantMap Gap::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Gap Gap::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Gap::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(titleEn, tr("English title")),
                       check::date(dueDate, tr("Due date")), check::date(openedDate, tr("Opened date")),
                       check::date(closedDate, tr("Closed date")),
                       check::order(openedDate, closedDate, tr("Closed date is before opened date"))});
}

} // namespace crosswalk
