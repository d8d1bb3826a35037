#include "ui/widgets/AnalysisScopeBar.h"

#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "ui/views/PageContext.h"
#include "ui/widgets/RecordChoices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QSignalBlocker>

namespace crosswalk {

AnalysisScopeBar::AnalysisScopeBar(PageContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("analysisScopeBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("analysisSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(28);
    m_source->setToolTip(tr("The provisions that cover the target: every framework of a party, or one framework"));
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("analysisTarget"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(28);
    m_target->setToolTip(tr("The framework whose provisions are covered"));
    auto* targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);

    layout->addWidget(sourceLabel);
    layout->addWidget(m_source, 1);
    layout->addSpacing(12);
    layout->addWidget(targetLabel);
    layout->addWidget(m_target, 1);
    layout->addStretch(0);

    connect(m_source, &QComboBox::currentIndexChanged, this, &AnalysisScopeBar::onUserChoice);
    connect(m_target, &QComboBox::currentIndexChanged, this, &AnalysisScopeBar::onUserChoice);
    connect(&m_context, &PageContext::analysisSelectionChanged, this, &AnalysisScopeBar::showSelection);
    connect(&m_context, &PageContext::databaseChanged, this, [this](Database* db) {
        if (db)
            connect(db, &Database::changed, this, &AnalysisScopeBar::onDatabaseChanged, Qt::UniqueConnection);
        reload();
    });
    if (Database* db = m_context.database())
        connect(db, &Database::changed, this, &AnalysisScopeBar::onDatabaseChanged, Qt::UniqueConnection);
    reload();
}

void AnalysisScopeBar::addWidget(QWidget* widget)
{
    static_cast<QHBoxLayout*>(layout())->addWidget(widget);
}

QString AnalysisScopeBar::sourceKey(const AnalysisSelection& selection)
{
    if (selection.sourcePartyId > 0)
        return QStringLiteral("party:%1").arg(selection.sourcePartyId);
    if (selection.sourceFrameworkId > 0)
        return QStringLiteral("framework:%1").arg(selection.sourceFrameworkId);
    return QString();
}

void AnalysisScopeBar::onDatabaseChanged(const QString& table)
{
    if (table == QLatin1String("frameworks") || table == QLatin1String("parties"))
        reload();
}

void AnalysisScopeBar::reload()
{
    m_updating = true;
    {
        const QSignalBlocker blockSource(m_source);
        const QSignalBlocker blockTarget(m_target);
        m_source->clear();
        m_target->clear();
        Database* db = m_context.database();
        if (db && db->isOpen()) {
            const RecordStore store(*db);
            // Parties that issued frameworks first ("JP — Japan: all frameworks"), then each framework.
            QSet<qint64> issuers;
            for (const QVariantMap& framework : store.fetchAll(QStringLiteral("frameworks"))) {
                const QVariant issuer = framework.value(QStringLiteral("issuer_party_id"));
                if (!issuer.isNull())
                    issuers.insert(issuer.toLongLong());
            }
            for (const auto& [id, label] : RecordChoices::all(*db, QStringLiteral("parties"))) {
                if (issuers.contains(id))
                    m_source->addItem(tr("%1: all frameworks").arg(label), QStringLiteral("party:%1").arg(id));
            }
            if (m_source->count() > 0)
                m_source->insertSeparator(m_source->count());
            for (const auto& [id, label] : RecordChoices::all(*db, QStringLiteral("frameworks"))) {
                m_source->addItem(label, QStringLiteral("framework:%1").arg(id));
                m_target->addItem(label, id);
            }
        }
    }
    m_updating = false;
    showSelection();
}

void AnalysisScopeBar::showSelection()
{
    const AnalysisSelection& selection = m_context.analysisSelection();
    m_updating = true;
    m_source->setCurrentIndex(m_source->findData(sourceKey(selection)));
    m_target->setCurrentIndex(m_target->findData(selection.targetFrameworkId));
    m_updating = false;
}

void AnalysisScopeBar::onUserChoice()
{
    if (m_updating)
        return;
    AnalysisSelection selection;
    const QString source = m_source->currentData().toString();
    const qint64 sourceId = source.section(QLatin1Char(':'), 1).toLongLong();
    if (source.startsWith(QLatin1String("party:")))
        selection.sourcePartyId = sourceId;
    else if (source.startsWith(QLatin1String("framework:")))
        selection.sourceFrameworkId = sourceId;
    selection.targetFrameworkId = m_target->currentData().toLongLong();
    m_context.setAnalysisSelection(selection);
}

} // namespace crosswalk
