#include "ui/StatusIndicators.h"

#include "models/commands/ChangePlanner.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/support/BadgeLabel.h"
#include "ui/views/WorkPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace crosswalk {

namespace {

struct CountLabel
{
    const char* table;
    const char* one;
    const char* many;
};

// Written out for lupdate; tr() translates them in the class's context.
const CountLabel countLabels[] = {
    {"frameworks", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 framework"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 frameworks")},
    {"provisions", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 provision"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 provisions")},
    {"dialogues", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 dialogue"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 dialogues")},
    {"commitments", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 commitment"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 commitments")},
    {"programmes", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 programme"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 programmes")},
    {"gaps", QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 gap"),
     QT_TRANSLATE_NOOP("crosswalk::StatusIndicators", "%1 gaps")},
};

} // namespace

StatusIndicators::StatusIndicators(QStatusBar& bar, QObject* parent) : QObject(parent)
{
    m_path = new QLabel(&bar);
    m_path->setObjectName(QStringLiteral("databasePathLabel"));
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setMinimumWidth(80);
    bar.addWidget(m_path, 1);

    m_counts = new QLabel(&bar);
    m_counts->setObjectName(QStringLiteral("recordCountsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    bar.addPermanentWidget(m_counts);

    m_indicator = new QWidget(&bar);
    m_indicator->setObjectName(QStringLiteral("recordIndicator"));
    m_indicator->setAccessibleName(tr("Current record"));
    auto* layout = new QHBoxLayout(m_indicator);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(6);
    m_recordName = new QLabel(m_indicator);
    m_recordName->setObjectName(QStringLiteral("recordIndicatorName"));
    m_recordName->setTextFormat(Qt::PlainText);
    m_marking = new BadgeLabel(m_indicator);
    m_marking->setObjectName(QStringLiteral("recordMarkingBadge"));
    m_verification = new BadgeLabel(m_indicator);
    m_verification->setObjectName(QStringLiteral("recordVerificationBadge"));
    layout->addWidget(m_recordName);
    layout->addWidget(m_marking);
    layout->addWidget(m_verification);
    bar.addPermanentWidget(m_indicator);

    // A commit reports each table it changed; count once after all of them.
    m_countsDelay = new QTimer(this);
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(0);
    connect(m_countsDelay, &QTimer::timeout, this, &StatusIndicators::updateCounts);

    updateCounts();
    updateRecord();
}

void StatusIndicators::setDatabase(Database* db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db) {
        connect(m_db, &Database::changed, m_countsDelay, qOverload<>(&QTimer::start));
        connect(m_db, &Database::changed, this, &StatusIndicators::updateRecord);
    }
    const QString path = m_db ? m_db->path() : QString();
    m_path->setText(path.isEmpty() ? tr("No database is open")
                                   : tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    m_path->setToolTip(QDir::toNativeSeparators(path));
    refresh();
}

void StatusIndicators::setPage(WorkPage* page)
{
    if (m_page)
        disconnect(m_page, nullptr, this, nullptr);
    m_page = page;
    if (m_page)
        connect(m_page, &WorkPage::currentRecordChanged, this, &StatusIndicators::updateRecord);
    updateRecord();
}

void StatusIndicators::refresh()
{
    updateCounts();
    updateRecord();
}

QString StatusIndicators::countsText(Database& db)
{
    const RecordStore store(db);
    QStringList parts;
    for (const CountLabel& label : countLabels) {
        // The list in the status bar stays short; the tooltip has every count.
        const QString table = QString::fromLatin1(label.table);
        if (table == QLatin1String("dialogues") || table == QLatin1String("programmes"))
            continue;
        const qint64 count = store.count(table);
        parts << tr(count == 1 ? label.one : label.many).arg(count);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

void StatusIndicators::updateCounts()
{
    m_countsDelay->stop();
    if (!m_db || !m_db->isOpen()) {
        m_counts->clear();
        m_counts->setToolTip(QString());
        return;
    }
    m_counts->setText(countsText(*m_db));
    const RecordStore store(*m_db);
    QStringList every;
    for (const CountLabel& label : countLabels) {
        const qint64 count = store.count(QString::fromLatin1(label.table));
        every << tr(count == 1 ? label.one : label.many).arg(count);
    }
    m_counts->setToolTip(every.join(QLatin1Char('\n')));
}

void StatusIndicators::updateRecord()
{
    const QString table = m_page ? m_page->currentTable() : QString();
    const QVariantMap row = m_page && !table.isEmpty() ? m_page->currentRecord() : QVariantMap();
    if (row.isEmpty() || !m_db) {
        m_recordName->setText(m_page ? tr("No record selected") : QString());
        m_marking->clearBadge();
        m_verification->clearBadge();
        m_indicator->setToolTip(QString());
        return;
    }
    m_recordName->setText(ChangePlanner(*m_db).describe(table, row));

    const QString marking = row.value(QStringLiteral("marking")).toString();
    const QString caveat = row.value(QStringLiteral("caveat")).toString();
    if (marking.isEmpty())
        m_marking->clearBadge();
    else
        m_marking->showMarking(marking);
    m_marking->setToolTip(caveat.isEmpty() ? tr("Marking of the record shown")
                                           : tr("Marking of the record shown; caveat: %1").arg(caveat));

    if (row.contains(QStringLiteral("verification"))) {
        m_verification->showVerification(row.value(QStringLiteral("verification")).toString());
        const QString note = row.value(QStringLiteral("verification_note")).toString();
        m_verification->setToolTip(note.isEmpty() ? tr("Verification of the record shown") : note);
    } else {
        m_verification->clearBadge();
    }
}

} // namespace crosswalk
