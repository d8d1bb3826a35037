#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace crosswalk {

class Database;

/// One bar of a count chart: a stored key ("in_progress", "critical", a theme code; empty for "No
/// theme"), the label users read (translated, or the theme's name) and how many records it counts.
struct KeyCount
{
    QString key;
    QString label;
    int count = 0;
    bool operator==(const KeyCount&) const = default;
};

/// The coverage of one top-level item of the target framework (a chapter, a pillar) by the source set.
struct CoverageGroupFigure
{
    qint64 provisionId = 0;
    QString reference; ///< reference label, or code
    QString title;     ///< English title (the original-language one when there is no English title)
    CoverageCounts counts;

    /// "C2 Allocate adequate resources", the title cut after maxTitle characters (with an ellipsis).
    QString label(int maxTitle = 32) const;
};

/// A commitment with a due date, for the timeline.
struct DueCommitment
{
    qint64 id = 0;
    QString code;
    QString title;
    QString dueDate; ///< as stored: YYYY, YYYY-MM or YYYY-MM-DD
    QDate earliest;  ///< the first day the due date can mean
    QDate latest;    ///< the last day it can mean: the deadline
    CommitmentStatus status = CommitmentStatus::Proposed;
    /// The deadline (latest) is before today and the commitment is neither done nor dropped.
    bool overdue = false;
};

/// A programme with a known start or end, for the timeline.
struct ProgrammePeriod
{
    qint64 id = 0;
    QString code;
    QString title;
    QString startDate; ///< as stored; empty when unknown
    QString endDate;   ///< as stored; empty when unknown or open-ended
    QDate start;       ///< first day of startDate (invalid when unknown)
    QDate end;         ///< last day of endDate (invalid when unknown or open-ended)
    ProgrammeStatus status = ProgrammeStatus::Planned;
};

/// The figures the Dashboard page draws, computed from the database for the analysis scope and a
/// given day ("today", injected so that tests are deterministic). Nothing here draws.
///
/// Which records count (the dashboard follows the selected target framework and source party):
/// - coverage: the CoverageReport of the scope (CoverageEngine), one figure per top-level item of the
///   target and the framework's totals;
/// - the scope's parties are its party (the source party, or the source framework's issuer), the
///   parties above it and the agencies under it, as for recorded gaps in GapDerivation. When the scope
///   has no party (a source framework without issuer) or there is no scope, no record is left out for
///   its parties;
/// - commitments: those whose lead or counterpart is one of the scope's parties, and those with
///   neither (nobody's commitments concern everyone);
/// - programmes (timeline): those led by or partnered with one of the scope's parties, and those with
///   no lead and no partner;
/// - gaps: those on a provision of the target framework and those on no provision, owned by one of
///   the scope's parties or by no one. Without a scope: every gap.
///   "By status" counts all of them; "by severity" counts the unresolved ones (open or mitigating),
///   the figure a brief reports as open gaps by severity.
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::DashboardFigures)

public:
    std::optional<CoverageScope> scope; ///< empty when computed without a scope
    QDate today;
    QList<qint64> partyIds; ///< the scope's parties, ascending; empty: records are not limited by party

    QList<CoverageGroupFigure> coverageGroups; ///< in tree order
    CoverageCounts coverageTotals;

    int commitmentCount = 0;
    QList<KeyCount> commitmentsByStatus; ///< every CommitmentStatus, in enum order, zeros included
    /// Each theme that at least one counted commitment carries (a commitment with two themes counts
    /// under both), most commitments first, then by name; "No theme" (key empty) last when any has none.
    QList<KeyCount> commitmentsByTheme;

    int gapCount = 0;
    QList<KeyCount> gapsBySeverity; ///< unresolved gaps, every Severity in enum order, zeros included
    QList<KeyCount> gapsByStatus;   ///< every GapStatus in enum order, zeros included

    /// Counted commitments with a due date, by deadline (latest day), then code.
    QList<DueCommitment> dueCommitments;
    /// Counted programmes with a start or end date, by start (unknown last), then code.
    QList<ProgrammePeriod> programmes;

    /// The overdue ones of dueCommitments, in the same order.
    QList<DueCommitment> overdueCommitments() const;
    /// The share of the scope's coverage as a headline: "NATO-CDP2016 covered by JP: 0 covered,
    /// 5 partly, 2 not covered, 0 not applicable — score 49%"; a hint when there is no scope.
    QString headline() const;

    /// The figures of the scope.
    static DashboardFigures compute(Database& db, const CoverageScope& scope, const QDate& today);
    /// The figures without a scope (no coverage; no record left out).
    static DashboardFigures compute(Database& db, const QDate& today);

    /// "C2 Allocate adequate resources" for a label: the title cut after maxTitle characters (at a
    /// word boundary when there is one in its second half) with an ellipsis; maxTitle 0: not cut.
    static QString shortLabel(const QString& reference, const QString& title, int maxTitle);

private:
    void countRecords(Database& db, const QList<qint64>& targetProvisionIds);
};

} // namespace crosswalk
