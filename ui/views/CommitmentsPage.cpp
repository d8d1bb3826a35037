#include "ui/views/CommitmentsPage.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/CommitmentUpdatesPanel.h"

namespace crosswalk {

namespace {
RecordPageSpec commitmentsSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("commitments");
    spec.objectName = QStringLiteral("commitmentsPage");
    spec.title = CommitmentsPage::tr("Commitments");
    spec.listColumns = {QStringLiteral("code"),          QStringLiteral("title_en"),
                        QStringLiteral("lead_party_id"), QStringLiteral("counterpart_party_id"),
                        QStringLiteral("status"),        QStringLiteral("due_date"),
                        QStringLiteral("progress"),      QStringLiteral("link:commitment_themes"),
                        QStringLiteral("verification"),  QStringLiteral("marking")};
    spec.filterColumns = {QStringLiteral("status"), QStringLiteral("link:commitment_themes"),
                          QStringLiteral("lead_party_id"), QStringLiteral("verification"), QStringLiteral("marking")};
    return spec;
}
} // namespace

CommitmentsPage::CommitmentsPage(PageContext& context, QWidget* parent) : RecordPage(context, commitmentsSpec(), parent)
{
    m_updates = new CommitmentUpdatesPanel(context, this);
    addDetailTab(m_updates, tr("&Update history"));
    addLinkTab(QStringLiteral("commitment_themes"), tr("T&hemes"));
    addLinkTab(QStringLiteral("commitment_gaps"), tr("&Gaps"));
    addLinkTab(QStringLiteral("commitment_programmes"), tr("P&rogrammes"));
    addLinkTab(QStringLiteral("commitment_provisions"), tr("Pro&visions"));
}

QStringList CommitmentsPage::tables() const
{
    return {QStringLiteral("commitments"), QStringLiteral("commitment_updates")};
}

bool CommitmentsPage::showRecord(const QString& table, qint64 id)
{
    if (table != QLatin1String("commitment_updates"))
        return RecordPage::showRecord(table, id);
    Database* db = context().database();
    const auto update = db ? RecordStore(*db).fetch(table, id) : std::nullopt;
    if (!update || !RecordPage::showRecord(QStringLiteral("commitments"),
                                           update->value(QStringLiteral("commitment_id")).toLongLong()))
        return false;
    showDetailTab(m_updates);
    return true;
}

} // namespace crosswalk
