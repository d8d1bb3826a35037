#pragma once

#include "models/domain/Result.h"
#include "models/reports/BriefContent.h"
#include "models/reports/BriefRequest.h"

#include <QCoreApplication>

namespace crosswalk {

class Database;

/// Computes the content of a dialogue brief (DESIGN.md section 5) from the database; BriefComposer lays
/// it out. The rules, in the order of the brief:
///
/// - Sides: each party of the dialogue with the agencies under it. The brief's own party is the source
///   party of the coverage (below); without one, the dialogue's party with the lowest id. The
///   counterparts are the dialogue's other parties.
/// - Records of the brief: commitments led by or owed to a side, or made at a dialogue of the series or
///   with a side's party; gaps owned by a side, on a provision of a side's framework, or with neither
///   owner nor provision; programmes led by or partnered with a side (or with neither); mappings whose
///   source is a provision of one side's framework and target of another side's (deprecated and
///   superseded ones left out).
/// - Rounds: the previous round is the dialogue of the same series with the highest round number below
///   this one's, or, where round numbers are missing, the latest dated one before this one's date (or
///   before the generation date when this one is to be confirmed). The next round is the next dialogue
///   of the series when it is dated; otherwise it is taken as six months after this one's date (or
///   after the generation date), and the brief says so.
/// - Points to raise: commitments with the counterpart that are overdue (deadline, the last day of the
///   due date, before the generation date, neither done nor dropped) or stalled; open or mitigating
///   gaps of high or critical severity; commitments with the counterpart due (deadline) before the next
///   round; every unverified record the brief shows (to confirm at the table). In that order, each kind
///   by due date (unknown last) or severity (critical first), then code.
/// - Changes since the previous round, from the previous round's first day to this dialogue's last day
///   (or the generation date when later or unknown), never after the generation date: commitment
///   history entries (with the entry before them), status or progress edits found in the audit log and
///   not recorded as history, gaps opened and closed (their dates, or a closing edit in the audit log),
///   mappings added (created) or approved (review date), programmes started or ended. A change dated
///   "2024" or "2024-07" counts from its first day.
/// - Coverage: of the target framework of the pair of frameworks with the most mappings from one side
///   to another (ties: lowest ids), by every framework of the source side (CoverageEngine).
/// - Marking: a record marked above request.maxMarking is left out everywhere (figures included) and
///   counted; the document's marking is the highest marking of the records included, raised to
///   request.minimumMarking. A dialogue above the limit cannot be briefed: that is a failure.
class BriefBuilder
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::BriefBuilder)

public:
    /// How many open gaps the brief lists (the figures count all of them).
    static constexpr int TopGapCount = 10;
    /// The next round, when the series has no dated next round: this many months after this one.
    static constexpr int NextRoundMonths = 6;

    /// The brief of request.dialogueId; fails with a message for an unknown dialogue (naming the id) or a
    /// dialogue marked above the limit asked for.
    static Result<BriefContent> build(Database& db, const BriefRequest& request);

    /// Orders codes as people read them: "C2" before "C10", "Ch. 9" before "Ch. 10".
    static bool naturalLess(const QString& left, const QString& right);
};

} // namespace crosswalk
