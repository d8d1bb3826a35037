#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace crosswalk {

/// File > Export > OSCAL: what to write, either the catalog of one framework or the mapping collection
/// of the mappings from a source framework to a target framework. In the mode FrameworkPair it asks
/// only for the two frameworks of a mapping collection (an import whose resources could not be matched).
/// It returns the choice; the caller exports.
class OscalExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Catalog,
        MappingCollection,
    };
    enum class Mode
    {
        Export,
        FrameworkPair,
    };
    struct Choice
    {
        Kind kind = Kind::Catalog;
        QString frameworkCode; ///< Catalog
        QString sourceCode;    ///< MappingCollection
        QString targetCode;    ///< MappingCollection
    };

    /// frameworks: (code, title) in the order to list them. explanation: shown above the choice (why
    /// it is asked), may be empty.
    OscalExportDialog(const QList<QPair<QString, QString>>& frameworks, Mode mode = Mode::Export,
                      const QString& explanation = QString(), QWidget* parent = nullptr);

    Choice choice() const;
    void setChoice(const Choice& choice);

private:
    void updateState();

    QRadioButton* m_catalog = nullptr;
    QRadioButton* m_mappings = nullptr;
    QComboBox* m_framework = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace crosswalk
