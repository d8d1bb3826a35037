#include "ui/widgets/RecordTitleBar.h"

#include "ui/support/BadgeLabel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace crosswalk {

RecordTitleBar::RecordTitleBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    layout->addWidget(m_title, 1);
    m_marking = new BadgeLabel(this);
    m_marking->setObjectName(QStringLiteral("markingBadge"));
    m_marking->setToolTip(tr("Marking (TLP)"));
    layout->addWidget(m_marking, 0, Qt::AlignTop);
    m_verification = new BadgeLabel(this);
    m_verification->setObjectName(QStringLiteral("verificationBadge"));
    m_verification->setToolTip(tr("Verification"));
    layout->addWidget(m_verification, 0, Qt::AlignTop);
    showMessage(QString());
}

void RecordTitleBar::showRecord(const QString& heading, const QVariantMap& row)
{
    m_title->setText(heading);
    const QString marking = row.value(QStringLiteral("marking")).toString();
    const QString verification = row.value(QStringLiteral("verification")).toString();
    if (marking.isEmpty())
        m_marking->clearBadge();
    else
        m_marking->showMarking(marking);
    if (verification.isEmpty())
        m_verification->clearBadge();
    else
        m_verification->showVerification(verification);
}

void RecordTitleBar::showMessage(const QString& text)
{
    m_title->setText(text);
    m_marking->clearBadge();
    m_verification->clearBadge();
}

QString RecordTitleBar::heading() const
{
    return m_title->text();
}

} // namespace crosswalk
