#include "models/exchange/ImportReport.h"

#include "models/storage/TableCatalog.h"

namespace crosswalk {

namespace {

constexpr ImportReport::Outcome allOutcomes[] = {ImportReport::Outcome::Added, ImportReport::Outcome::Updated,
                                                 ImportReport::Outcome::Conflict, ImportReport::Outcome::Skipped,
                                                 ImportReport::Outcome::Unchanged};

QString tableLabel(const QString& table)
{
    const TableSpec* spec = TableCatalog::table(table);
    return spec ? spec->displayLabel() : table;
}

} // namespace

void ImportReport::add(Outcome outcome, const QString& table, const QString& record, const QString& detail)
{
    m_items.append(Item{outcome, table, record, detail});
}

void ImportReport::addNote(const QString& note)
{
    m_notes.append(note);
}

int ImportReport::count(Outcome outcome, const QString& table) const
{
    int n = 0;
    for (const Item& item : m_items) {
        if (item.outcome == outcome && (table.isEmpty() || item.table == table))
            ++n;
    }
    return n;
}

QString ImportReport::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Added:
        return tr("added");
    case Outcome::Updated:
        return tr("updated");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Conflict:
        return tr("conflict");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return QString();
}

QString ImportReport::summary() const
{
    if (m_items.isEmpty())
        return tr("Nothing to import");
    QStringList parts;
    for (Outcome outcome : allOutcomes) {
        // Per table, in the order tables first appear.
        QStringList tables;
        QList<int> counts;
        for (const Item& item : m_items) {
            if (item.outcome != outcome)
                continue;
            const qsizetype index = tables.indexOf(item.table);
            if (index < 0) {
                tables << item.table;
                counts << 1;
            } else {
                ++counts[index];
            }
        }
        if (tables.isEmpty())
            continue;
        QStringList perTable;
        int total = 0;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            perTable << tr("%1: %2").arg(tableLabel(tables[i])).arg(counts[i]);
            total += counts[i];
        }
        parts << tr("%1 %2 (%3)").arg(outcomeLabel(outcome)).arg(total).arg(perTable.join(QStringLiteral(", ")));
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QStringList ImportReport::lines() const
{
    QStringList result{summary()};
    result << m_notes;
    for (Outcome outcome : allOutcomes) {
        if (outcome == Outcome::Unchanged)
            continue;
        for (const Item& item : m_items) {
            if (item.outcome != outcome)
                continue;
            QString line = QStringLiteral("%1\t%2").arg(outcomeLabel(outcome), item.record);
            if (!item.detail.isEmpty())
                line += QStringLiteral("\t") + item.detail;
            result << line;
        }
    }
    return result;
}

} // namespace crosswalk
