#include "models/domain/Theme.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Theme& t)
{
    t.bindHeader(b);
    b("code", t.code);
    b("name_en", t.nameEn);
    b("name_orig", t.nameOrig);
}
} // namespace

QVariantMap Theme::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Theme Theme::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Theme::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(nameEn, tr("English name"))});
}

} // namespace crosswalk
