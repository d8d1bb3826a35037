#include "ui/views/DialoguesPage.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/DelegatesPanel.h"

namespace crosswalk {

namespace {
RecordPageSpec dialoguesSpec()
{
    RecordPageSpec spec;
    spec.table = QStringLiteral("dialogues");
    spec.objectName = QStringLiteral("dialoguesPage");
    spec.title = DialoguesPage::tr("Dialogues");
    spec.listColumns = {QStringLiteral("code"),          QStringLiteral("title_en"), QStringLiteral("kind"),
                        QStringLiteral("dialogue_date"), QStringLiteral("place"),    QStringLiteral("round_number"),
                        QStringLiteral("verification"),  QStringLiteral("marking")};
    spec.filterColumns = {QStringLiteral("kind"), QStringLiteral("verification"), QStringLiteral("marking")};
    return spec;
}
} // namespace

DialoguesPage::DialoguesPage(PageContext& context, QWidget* parent) : RecordPage(context, dialoguesSpec(), parent)
{
    addLinkTab(QStringLiteral("dialogue_parties"), tr("Pa&rties"));
    m_delegates = new DelegatesPanel(context, this);
    addDetailTab(m_delegates, tr("Dele&gates"));
}

QStringList DialoguesPage::tables() const
{
    return {QStringLiteral("dialogues"), QStringLiteral("delegates")};
}

bool DialoguesPage::showRecord(const QString& table, qint64 id)
{
    if (table != QLatin1String("delegates"))
        return RecordPage::showRecord(table, id);
    Database* db = context().database();
    const auto delegate = db ? RecordStore(*db).fetch(table, id) : std::nullopt;
    if (!delegate || !RecordPage::showRecord(QStringLiteral("dialogues"),
                                             delegate->value(QStringLiteral("dialogue_id")).toLongLong()))
        return false;
    showDetailTab(m_delegates);
    return true;
}

} // namespace crosswalk
