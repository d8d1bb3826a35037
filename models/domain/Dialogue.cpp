#include "models/domain/Dialogue.h"

namespace crosswalk {

namespace {
void bindColumns(RecordHeader::Binder& b, Dialogue& d)
{
    d.bindHeader(b);
    d.bindSource(b);
    b("code", d.code);
    b("title_en", d.titleEn);
    b("title_orig", d.titleOrig);
    b("kind", d.kind);
    b("series", d.series);
    b("round_number", d.roundNumber);
    b.date("dialogue_date", d.dialogueDate);
    b("date_note", d.dateNote);
    b("place", d.place);
    b("objectives_en", d.objectivesEn);
    b("objectives_orig", d.objectivesOrig);
    b("key_messages_en", d.keyMessagesEn);
    b("key_messages_orig", d.keyMessagesOrig);
    b("outcomes_en", d.outcomesEn);
    b("outcomes_orig", d.outcomesOrig);
    b("content_note", d.contentNote);
}
} // namespace

QVariantMap Dialogue::toRow() const
{
    return Binder::write(*this, bindColumns);
}

Dialogue Dialogue::fromRow(const QVariantMap& row)
{
    return Binder::read(row, bindColumns);
}

Status Dialogue::validate() const
{
    return check::all({check::required(code, tr("Code")), check::required(titleEn, tr("English title")),
                       check::that(!roundNumber || *roundNumber > 0, tr("Round number must be 1 or more")),
                       check::date(dialogueDate, tr("Date"))});
}

} // namespace crosswalk
