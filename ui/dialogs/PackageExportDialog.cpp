#include "ui/dialogs/PackageExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crosswalk {

PackageExportDialog::PackageExportDialog(const QList<QPair<QString, QString>>& frameworks, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("packageExportDialog"));
    setWindowTitle(tr("Export dataset package"));

    auto* intro = new QLabel(tr("A dataset package holds records for another Crosswalk database: a partner merges it "
                                "into theirs with File > Import > Merge dataset package."),
                             this);
    intro->setWordWrap(true);

    m_frameworks = new QListWidget(this);
    m_frameworks->setObjectName(QStringLiteral("packageFrameworkList"));
    m_frameworks->setAccessibleName(tr("Frameworks to include"));
    for (const auto& [code, title] : frameworks) {
        auto* item =
            new QListWidgetItem(title.isEmpty() ? code : QStringLiteral("%1 \u2014 %2").arg(code, title), m_frameworks);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* frameworksLabel = new QLabel(
        tr("&Frameworks (with their provisions, the mappings between them and the parties they need):"), this);
    frameworksLabel->setWordWrap(true);
    frameworksLabel->setBuddy(m_frameworks);

    auto* all = new QPushButton(tr("Check &all"), this);
    all->setObjectName(QStringLiteral("packageCheckAll"));
    auto* none = new QPushButton(tr("Check &none"), this);
    none->setObjectName(QStringLiteral("packageCheckNone"));
    const auto checkAll = [this](Qt::CheckState state) {
        for (int row = 0; row < m_frameworks->count(); ++row)
            m_frameworks->item(row)->setCheckState(state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(all);
    checkRow->addWidget(none);
    checkRow->addStretch(1);

    m_limitMarking = new QCheckBox(tr("Only records marked at most:"), this);
    m_limitMarking->setObjectName(QStringLiteral("packageMarkingCheck"));
    m_marking = new QComboBox(this);
    m_marking->setObjectName(QStringLiteral("packageMarkingCombo"));
    m_marking->setAccessibleName(tr("Highest marking included"));
    for (const QString& key : allKeys<Tlp>())
        m_marking->addItem(labelForKey(QStringLiteral("marking"), key), key);
    m_marking->setCurrentIndex(m_marking->findData(toKey(Tlp::Green)));
    m_marking->setEnabled(false);
    auto* markingRow = new QHBoxLayout;
    markingRow->addWidget(m_limitMarking);
    markingRow->addWidget(m_marking);
    markingRow->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("packageSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("packageButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(frameworksLabel);
    layout->addWidget(m_frameworks, 1);
    layout->addLayout(checkRow);
    layout->addLayout(markingRow);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_frameworks, &QListWidget::itemChanged, this, &PackageExportDialog::updateSummary);
    connect(m_limitMarking, &QCheckBox::toggled, m_marking, &QWidget::setEnabled);
    connect(m_limitMarking, &QCheckBox::toggled, this, &PackageExportDialog::updateSummary);
    connect(m_marking, &QComboBox::currentIndexChanged, this, &PackageExportDialog::updateSummary);
    updateSummary();
    resize(560, 460);
}

PackageExportDialog::Choice PackageExportDialog::choice() const
{
    Choice result;
    for (int row = 0; row < m_frameworks->count(); ++row) {
        const QListWidgetItem* item = m_frameworks->item(row);
        if (item->checkState() == Qt::Checked)
            result.frameworkCodes << item->data(Qt::UserRole).toString();
    }
    if (m_limitMarking->isChecked())
        result.maxMarking = fromKey<Tlp>(m_marking->currentData().toString());
    return result;
}

void PackageExportDialog::setChoice(const Choice& choice)
{
    for (int row = 0; row < m_frameworks->count(); ++row) {
        QListWidgetItem* item = m_frameworks->item(row);
        const bool chosen = choice.frameworkCodes.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_limitMarking->setChecked(choice.maxMarking.has_value());
    if (choice.maxMarking)
        m_marking->setCurrentIndex(m_marking->findData(toKey(*choice.maxMarking)));
    updateSummary();
}

void PackageExportDialog::updateSummary()
{
    const Choice current = choice();
    QString text = current.frameworkCodes.isEmpty() ? tr("The package holds every record of the database")
                                                    : tr("The package holds %n framework(s) and what they need",
                                                         nullptr, int(current.frameworkCodes.size()));
    if (current.maxMarking)
        text = tr("%1, limited to records marked %2 or lower.")
                   .arg(text, labelForKey(QStringLiteral("marking"), toKey(*current.maxMarking)));
    else
        text = tr("%1, whatever their marking.").arg(text);
    m_summary->setText(text);
}

} // namespace crosswalk
