#include "ui/dialogs/OscalExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace crosswalk {

namespace {

QComboBox* frameworkCombo(const QList<QPair<QString, QString>>& frameworks, const QString& name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    for (const auto& [code, title] : frameworks)
        combo->addItem(title.isEmpty() ? code : QStringLiteral("%1 \u2014 %2").arg(code, title), code);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(40);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

void selectCode(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

OscalExportDialog::OscalExportDialog(const QList<QPair<QString, QString>>& frameworks, Mode mode,
                                     const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("oscalExportDialog"));
    setWindowTitle(mode == Mode::Export ? tr("Export OSCAL") : tr("Frameworks of the mapping collection"));

    auto* layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto* text = new QLabel(explanation, this);
        text->setObjectName(QStringLiteral("oscalExplanation"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(text);
    }

    m_catalog = new QRadioButton(tr("&Catalog of one framework (its provisions)"), this);
    m_catalog->setObjectName(QStringLiteral("oscalCatalogRadio"));
    m_framework = frameworkCombo(frameworks, QStringLiteral("oscalCatalogFramework"), this);
    m_framework->setAccessibleName(tr("Framework of the catalog"));
    m_mappings = new QRadioButton(tr("&Mapping collection (the mappings from one framework to another)"), this);
    m_mappings->setObjectName(QStringLiteral("oscalMappingRadio"));
    m_source = frameworkCombo(frameworks, QStringLiteral("oscalSourceFramework"), this);
    m_target = frameworkCombo(frameworks, QStringLiteral("oscalTargetFramework"), this);
    if (m_target->count() > 1)
        m_target->setCurrentIndex(1);

    auto* catalogForm = new QFormLayout;
    auto* frameworkLabel = new QLabel(tr("&Framework:"), this);
    frameworkLabel->setBuddy(m_framework);
    catalogForm->addRow(frameworkLabel, m_framework);
    auto* mappingForm = new QFormLayout;
    auto* sourceLabel = new QLabel(tr("&Source framework:"), this);
    sourceLabel->setBuddy(m_source);
    auto* targetLabel = new QLabel(tr("&Target framework:"), this);
    targetLabel->setBuddy(m_target);
    mappingForm->addRow(sourceLabel, m_source);
    mappingForm->addRow(targetLabel, m_target);

    if (mode == Mode::Export) {
        catalogForm->setContentsMargins(24, 0, 0, 0);
        mappingForm->setContentsMargins(24, 0, 0, 0);
        layout->addWidget(m_catalog);
        layout->addLayout(catalogForm);
        layout->addWidget(m_mappings);
        layout->addLayout(mappingForm);
    } else {
        m_catalog->hide();
        m_mappings->hide();
        m_framework->hide();
        frameworkLabel->hide();
        layout->addLayout(mappingForm);
        delete catalogForm;
    }
    (mode == Mode::Export ? m_catalog : m_mappings)->setChecked(true);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("oscalProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("oscalButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Export ? tr("&Export...") : tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QRadioButton* radio : {m_catalog, m_mappings})
        connect(radio, &QRadioButton::toggled, this, &OscalExportDialog::updateState);
    for (QComboBox* combo : {m_framework, m_source, m_target})
        connect(combo, &QComboBox::currentIndexChanged, this, &OscalExportDialog::updateState);
    updateState();
}

OscalExportDialog::Choice OscalExportDialog::choice() const
{
    Choice result;
    result.kind = m_mappings->isChecked() ? Kind::MappingCollection : Kind::Catalog;
    result.frameworkCode = m_framework->currentData().toString();
    result.sourceCode = m_source->currentData().toString();
    result.targetCode = m_target->currentData().toString();
    return result;
}

void OscalExportDialog::setChoice(const Choice& choice)
{
    (choice.kind == Kind::Catalog ? m_catalog : m_mappings)->setChecked(true);
    selectCode(m_framework, choice.frameworkCode);
    selectCode(m_source, choice.sourceCode);
    selectCode(m_target, choice.targetCode);
    updateState();
}

void OscalExportDialog::updateState()
{
    const bool mappings = m_mappings->isChecked();
    m_framework->setEnabled(!mappings);
    m_source->setEnabled(mappings);
    m_target->setEnabled(mappings);
    QString problem;
    if (m_framework->count() == 0)
        problem = tr("The database holds no framework.");
    else if (mappings && m_source->currentData() == m_target->currentData())
        problem = tr("Choose two different frameworks.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace crosswalk
