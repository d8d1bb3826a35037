#include "ui/views/GapsPage.h"

namespace crosswalk {

namespace {
RecordPageSpec gapsSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("gaps");
    spec.objectName = QStringLiteral("gapsPage");
    spec.title = GapsPage::tr("Gaps");
    spec.listColumns = {QStringLiteral("code"),           QStringLiteral("title_en"), QStringLiteral("kind"),
                        QStringLiteral("severity"),       QStringLiteral("status"),   QStringLiteral("provision_id"),
                        QStringLiteral("owner_party_id"), QStringLiteral("due_date"), QStringLiteral("verification"),
                        QStringLiteral("marking")};
    spec.filterColumns = {QStringLiteral("severity"),       QStringLiteral("status"),
                          QStringLiteral("kind"),           QStringLiteral("link:gap_themes"),
                          QStringLiteral("owner_party_id"), QStringLiteral("marking"),
                          QStringLiteral("verification")};
    return spec;
}
} // namespace

GapsPage::GapsPage(PageContext& context, QWidget* parent) : RecordPage(context, gapsSpec(), parent)
{
    addLinkTab(QStringLiteral("gap_themes"), tr("T&hemes"));
    addLinkTab(QStringLiteral("commitment_gaps"), tr("Co&mmitments"));
    addLinkTab(QStringLiteral("programme_gaps"), tr("Pro&grammes"));
}

} // namespace crosswalk
