#include "models/domain/Provision.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Provision& p)
{
    p.bindHeader(b);
    p.bindSource(b);
    b("framework_id", p.frameworkId);
    b("parent_id", p.parentId);
    b("sort_order", p.sortOrder);
    b("code", p.code);
    b("ref_label", p.refLabel);
    b("title_en", p.titleEn);
    b("title_orig", p.titleOrig);
    b("summary_en", p.summaryEn);
    b("summary_orig", p.summaryOrig);
    b.date("effective_date", p.effectiveDate);
}
} // namespace

QVariantMap Provision::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Provision Provision::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Provision::validate() const
{
    return check::all({check::required(frameworkId, tr("Framework")), check::required(code, tr("Code")),
                       check::required(titleEn, tr("English title")), check::date(effectiveDate, tr("Effective date")),
                       check::that(!parentId || *parentId != id, tr("A provision cannot be its own parent"))});
}

} // namespace crosswalk
