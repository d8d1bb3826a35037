#pragma once

#include "models/domain/Vocabulary.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace crosswalk {

/// File > Export > Dataset package: what a package for a partner holds, the frameworks chosen (with
/// their provisions, the mappings between them and what they need; none checked: every record) and/or
/// only the records at or below a marking. It returns the choice; the caller exports.
class PackageExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QStringList frameworkCodes;    ///< empty: every record
        std::optional<Tlp> maxMarking; ///< nullopt: any marking
    };

    /// frameworks: (code, title) in the order to list them.
    explicit PackageExportDialog(const QList<QPair<QString, QString>>& frameworks, QWidget* parent = nullptr);

    Choice choice() const;
    void setChoice(const Choice& choice);

private:
    void updateSummary();

    QListWidget* m_frameworks = nullptr;
    QCheckBox* m_limitMarking = nullptr;
    QComboBox* m_marking = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace crosswalk
