#include "ui/dialogs/SettingsDialog.h"

#include "models/domain/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace crosswalk {

SettingsDialog::SettingsDialog(const Values& values, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageField"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("authorField"));
    m_author->setPlaceholderText(tr("Your name, as audit entries and mapping reviews record it"));
    m_author->setClearButtonEnabled(true);

    m_marking = new QComboBox(this);
    m_marking->setObjectName(QStringLiteral("markingField"));
    for (const QString& key : allKeys<Tlp>())
        m_marking->addItem(labelForKey(QStringLiteral("marking"), key), key);
    m_marking->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* languageLabel = new QLabel(tr("Interface &language:"), this);
    languageLabel->setBuddy(m_language);
    auto* authorLabel = new QLabel(tr("&Author name:"), this);
    authorLabel->setBuddy(m_author);
    auto* markingLabel = new QLabel(tr("Default &marking:"), this);
    markingLabel->setBuddy(m_marking);
    form->addRow(languageLabel, m_language);
    auto* languageNote = new QLabel(tr("A new language applies the next time Crosswalk starts."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(authorLabel, m_author);
    form->addRow(markingLabel, m_marking);
    auto* markingNote = new QLabel(tr("New records get this marking; you can change it on each record."), this);
    markingNote->setWordWrap(true);
    form->addRow(QString(), markingNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setValues(values);
    setMinimumWidth(520);
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {m_language->currentData().toString(), m_author->text().trimmed(), m_marking->currentData().toString()};
}

void SettingsDialog::setValues(const Values& values)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));
    m_author->setText(values.authorName);
    const int marking = m_marking->findData(values.defaultMarking);
    m_marking->setCurrentIndex(marking >= 0 ? marking : 0);
}

} // namespace crosswalk
