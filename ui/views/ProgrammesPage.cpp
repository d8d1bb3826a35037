#include "ui/views/ProgrammesPage.h"

namespace crosswalk {

namespace {
RecordPageSpec programmesSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("programmes");
    spec.objectName = QStringLiteral("programmesPage");
    spec.title = ProgrammesPage::tr("Programmes");
    spec.listColumns = {QStringLiteral("code"),          QStringLiteral("name_en"),      QStringLiteral("kind"),
                        QStringLiteral("lead_party_id"), QStringLiteral("status"),       QStringLiteral("start_date"),
                        QStringLiteral("end_date"),      QStringLiteral("verification"), QStringLiteral("marking")};
    spec.filterColumns = {QStringLiteral("status"),        QStringLiteral("kind"),
                          QStringLiteral("lead_party_id"), QStringLiteral("link:programme_themes"),
                          QStringLiteral("marking"),       QStringLiteral("verification")};
    return spec;
}
} // namespace

ProgrammesPage::ProgrammesPage(PageContext& context, QWidget* parent) : RecordPage(context, programmesSpec(), parent)
{
    addLinkTab(QStringLiteral("programme_partners"), tr("Pa&rtners"));
    addLinkTab(QStringLiteral("programme_themes"), tr("T&hemes"));
    addLinkTab(QStringLiteral("programme_gaps"), tr("&Gaps"));
    addLinkTab(QStringLiteral("commitment_programmes"), tr("Co&mmitments"));
}

} // namespace crosswalk
