#include "ui/views/DetailPanel.h"

#include "models/domain/IsoDate.h"
#include "models/domain/Vocabulary.h"
#include "models/itemmodels/LanguageNames.h"
#include "ui/support/BadgeLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

QString field(const QVariantMap& record, const char* name)
{
    return record.value(QString::fromLatin1(name)).toString();
}

QLabel* valueLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

bool isWebAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty() && !text.contains(QLatin1Char(' '));
}

} // namespace

DetailPanel::DetailPanel(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("detailPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    m_kindLabel = new QLabel(content);
    m_kindLabel->setObjectName(QStringLiteral("detailKind"));
    m_kindLabel->setTextFormat(Qt::PlainText);
    QFont small = m_kindLabel->font();
    small.setCapitalization(QFont::AllUppercase);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_kindLabel->setFont(small);
    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_kindLabel);

    m_heading = valueLabel(content, "detailHeading");
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_emptyHint = valueLabel(content, "detailEmptyHint");
    m_emptyHint->setText(tr("Select a framework or one of its provisions to see its details."));
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyHint);

    m_details = new QWidget(content);
    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_details);
    layout->addStretch(1);

    QLabel* label = nullptr;
    m_code = addRow("detailCode", &label);
    label->setText(tr("Code:"));
    m_reference = addRow("detailReference", &label);
    label->setText(tr("Reference:"));
    m_titleEn = addRow("detailTitleEn", &label);
    label->setText(tr("Title (English):"));
    m_titleOrig = addRow("detailTitleOrig", &m_titleOrigLabel);
    m_summaryEn = addRow("detailSummaryEn", &m_summaryEnLabel);
    m_summaryOrig = addRow("detailSummaryOrig", &m_summaryOrigLabel);
    m_kindValue = addRow("detailKindValue", &label);
    label->setText(tr("Kind:"));
    m_status = addRow("detailStatus", &label);
    label->setText(tr("Status:"));
    m_date = addRow("detailDate", &m_dateLabel);
    m_version = addRow("detailVersion", &label);
    label->setText(tr("Version:"));

    m_source = addRow("detailSource", &label);
    label->setText(tr("Source:"));

    m_verificationRow = new QWidget(m_details);
    auto* verificationLayout = new QHBoxLayout(m_verificationRow);
    verificationLayout->setContentsMargins(0, 0, 0, 0);
    m_verification = new BadgeLabel(m_verificationRow);
    m_verification->setObjectName(QStringLiteral("verificationBadge"));
    verificationLayout->addWidget(m_verification);
    verificationLayout->addStretch(1);
    m_form->addRow(tr("Verification:"), m_verificationRow);
    m_verificationNote = addRow("verificationNote", &label);
    label->setText(tr("Verification note:"));

    m_markingRow = new QWidget(m_details);
    auto* markingLayout = new QHBoxLayout(m_markingRow);
    markingLayout->setContentsMargins(0, 0, 0, 0);
    m_marking = new BadgeLabel(m_markingRow);
    m_marking->setObjectName(QStringLiteral("markingBadge"));
    markingLayout->addWidget(m_marking);
    markingLayout->addStretch(1);
    m_form->addRow(tr("Marking:"), m_markingRow);
    m_caveat = addRow("markingCaveat", &label);
    label->setText(tr("Caveat:"));

    setWidget(content);
    showNothing();
}

QLabel* DetailPanel::addRow(const char* objectName, QLabel** labelOut)
{
    auto* label = new QLabel(m_details);
    label->setTextFormat(Qt::PlainText);
    QLabel* value = valueLabel(m_details, objectName);
    label->setBuddy(value);
    m_form->addRow(label, value);
    if (labelOut)
        *labelOut = label;
    return value;
}

void DetailPanel::setValue(QLabel* field, const QString& text)
{
    const bool known = !text.trimmed().isEmpty();
    field->setText(known ? text : tr("Not recorded"));
    field->setForegroundRole(known ? QPalette::WindowText : QPalette::PlaceholderText);
}

void DetailPanel::setSource(const QString& source)
{
    if (isWebAddress(source)) {
        m_source->setTextFormat(Qt::RichText);
        m_source->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(QUrl(source).toString(QUrl::FullyEncoded).toHtmlEscaped(), source.toHtmlEscaped()));
        m_source->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_source->setOpenExternalLinks(true);
        m_source->setToolTip(tr("Opens in your web browser"));
        m_source->setForegroundRole(QPalette::WindowText);
    } else {
        m_source->setTextFormat(Qt::PlainText);
        m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_source->setOpenExternalLinks(false);
        m_source->setToolTip(QString());
        setValue(m_source, source);
    }
}

void DetailPanel::setTitles(const QVariantMap& record, const QString& language)
{
    const bool original = LanguageNames::isOriginalLanguage(language);
    const QString languageName = original ? LanguageNames::displayName(language) : tr("original language");
    m_titleOrigLabel->setText(tr("Title (%1):").arg(languageName));
    setValue(m_titleEn, field(record, "title_en"));
    setValue(m_titleOrig, field(record, "title_orig"));
    // English documents keep no second title; show the row only when it says something.
    m_form->setRowVisible(m_titleOrig, original || !field(record, "title_orig").isEmpty());
}

void DetailPanel::setSourced(const QVariantMap& record)
{
    setSource(field(record, "source"));
    m_verification->showVerification(field(record, "verification"));
    const QString note = field(record, "verification_note");
    m_verificationNote->setText(note);
    m_form->setRowVisible(m_verificationNote, !note.isEmpty());
    m_marking->showMarking(field(record, "marking"));
    const QString caveat = field(record, "caveat");
    m_caveat->setText(caveat);
    m_form->setRowVisible(m_caveat, !caveat.isEmpty());
}

void DetailPanel::showFramework(const QVariantMap& framework)
{
    if (framework.isEmpty()) {
        showNothing();
        return;
    }
    m_kind = QStringLiteral("framework");
    m_id = framework.value(QStringLiteral("id")).toLongLong();
    const QString language = field(framework, "language");

    m_kindLabel->setText(tr("Framework"));
    m_heading->setText(field(framework, "title_en"));
    m_emptyHint->hide();
    m_details->show();

    setValue(m_code, field(framework, "code"));
    m_form->setRowVisible(m_reference, false);
    setTitles(framework, language);
    m_summaryEnLabel->setText(tr("Description:"));
    setValue(m_summaryEn, field(framework, "description"));
    m_form->setRowVisible(m_summaryEn, true);
    m_form->setRowVisible(m_summaryOrig, false);

    setValue(m_kindValue, labelForKey(QStringLiteral("framework_kind"), field(framework, "kind")));
    setValue(m_status, labelForKey(QStringLiteral("framework_status"), field(framework, "status")));
    m_form->setRowVisible(m_kindValue, true);
    m_form->setRowVisible(m_status, true);
    m_dateLabel->setText(tr("Adopted:"));
    setValue(m_date, IsoDate::display(field(framework, "adopted_date")));
    setValue(m_version, field(framework, "version"));
    m_form->setRowVisible(m_version, !field(framework, "version").isEmpty());
    setSourced(framework);
}

void DetailPanel::showProvision(const QVariantMap& provision, const QString& language)
{
    if (provision.isEmpty()) {
        showNothing();
        return;
    }
    m_kind = QStringLiteral("provision");
    m_id = provision.value(QStringLiteral("id")).toLongLong();
    const bool original = LanguageNames::isOriginalLanguage(language);
    const QString languageName = original ? LanguageNames::displayName(language) : tr("original language");

    const QString reference = field(provision, "ref_label");
    m_kindLabel->setText(tr("Provision"));
    m_heading->setText(reference.isEmpty() ? field(provision, "title_en")
                                           : tr("%1: %2").arg(reference, field(provision, "title_en")));
    m_emptyHint->hide();
    m_details->show();

    setValue(m_code, field(provision, "code"));
    setValue(m_reference, reference);
    m_form->setRowVisible(m_reference, !reference.isEmpty());
    setTitles(provision, language);
    m_summaryEnLabel->setText(tr("Summary (English):"));
    setValue(m_summaryEn, field(provision, "summary_en"));
    m_summaryOrigLabel->setText(tr("Summary (%1):").arg(languageName));
    setValue(m_summaryOrig, field(provision, "summary_orig"));
    m_form->setRowVisible(m_summaryEn, true);
    m_form->setRowVisible(m_summaryOrig, original || !field(provision, "summary_orig").isEmpty());

    m_form->setRowVisible(m_kindValue, false);
    m_form->setRowVisible(m_status, false);
    m_dateLabel->setText(tr("Effective:"));
    setValue(m_date, IsoDate::display(field(provision, "effective_date")));
    m_form->setRowVisible(m_version, false);
    setSourced(provision);
}

void DetailPanel::showNothing()
{
    m_kind.clear();
    m_id = 0;
    m_kindLabel->clear();
    m_heading->clear();
    m_emptyHint->show();
    m_details->hide();
    m_verification->clearBadge();
    m_marking->clearBadge();
}

void DetailPanel::setHeadingVisible(bool visible)
{
    m_kindLabel->setVisible(visible);
    m_heading->setVisible(visible);
}

} // namespace crosswalk
