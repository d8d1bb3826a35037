#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace crosswalk {

class Database;
class PageContext;
struct AnalysisSelection;

/// The line at the top of the analysis pages (Crosswalk, Matrix, Dashboard): "Source" (a party, for
/// all its frameworks, or one framework; combo "analysisSource") and "Target" (a framework; combo
/// "analysisTarget"). It shows and sets the PageContext's shared AnalysisSelection, so every analysis
/// page follows a choice made on any of them. Pages may add their own widgets at the end of the line.
class AnalysisScopeBar : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisScopeBar(PageContext& context, QWidget* parent = nullptr);

    QComboBox* sourceBox() const { return m_source; }
    QComboBox* targetBox() const { return m_target; }
    /// Adds a widget at the end of the line (after a stretch).
    void addWidget(QWidget* widget);

    /// Item data of the source combo: "party:<id>" or "framework:<id>".
    static QString sourceKey(const AnalysisSelection& selection);

private:
    void reload();
    void showSelection();
    void onUserChoice();
    void onDatabaseChanged(const QString& table);

    PageContext& m_context;
    QComboBox* m_source = nullptr;
    QComboBox* m_target = nullptr;
    bool m_updating = false;
};

} // namespace crosswalk
