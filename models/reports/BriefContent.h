#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crosswalk {

// The content of a dialogue brief (DESIGN.md section 5), computed by BriefBuilder and laid out by
// BriefComposer. Plain values: nothing here reads the database or knows the document's language.
// Dates are kept as stored (ISO 8601 with the precision known, empty when unknown); the composer
// writes them in the document's language.

/// A text in English and in the original language (Japanese for Japan); either may be empty.
struct BriefText
{
    QString english;
    QString original;

    bool isEmpty() const { return english.isEmpty() && original.isEmpty(); }
    bool operator==(const BriefText&) const = default;
};

/// The record an item of the brief comes from, with what the document says about it: its marking (for
/// the document's marking) and how far it is confirmed (unverified facts are marked as such).
struct BriefSource
{
    QString table; ///< "commitments", "gaps", "commitment_updates", "mappings", ...
    qint64 id = 0;
    QString code; ///< how users name the record ("C3", "JP-NATO-CD2", "JP-CRCSA 2 -> NATO-CDP2016 C4")
    Tlp marking = Tlp::Clear;
    QString caveat;
    /// Nothing for records that carry no verification (mappings, delegates).
    std::optional<Verification> verification;
    QString verificationNote;
    QString citation; ///< the record's source (citation or address)

    bool isUnverified() const { return verification == Verification::Unverified; }
};

struct BriefParty
{
    qint64 id = 0;
    QString code;
    BriefText name;
};

/// The cover page.
struct BriefCover
{
    BriefText title;
    QString code;
    DialogueKind kind = DialogueKind::CyberDialogue;
    QString series;
    std::optional<int> roundNumber;
    QString date;     ///< empty: "to be confirmed"
    QString dateNote; ///< "week of 9 October", "to be confirmed"
    QString place;
    QList<BriefParty> parties;          ///< every party of the dialogue, by id
    std::optional<BriefParty> ownParty; ///< the side the brief is written for (the coverage source party)
    QList<BriefParty> counterparts;     ///< the dialogue's other parties
    QString author;
    QDate generatedOn;
    BriefSource source; ///< the dialogue record
};

/// Objectives and key messages (free text held on the dialogue record in both languages).
struct BriefObjectives
{
    BriefText objectives;
    BriefText keyMessages;
    QString contentNote; ///< what the dialogue record says about these texts ("illustrative")
};

/// A point the delegation raises at the table, drawn from the data.
struct BriefPoint
{
    enum class Kind
    {
        CommitmentAtRisk,   ///< an overdue or stalled commitment with the counterpart
        SevereGap,          ///< an open high or critical gap
        DueBeforeNextRound, ///< a commitment with the counterpart due before the next round
        UnverifiedFact      ///< a fact in the brief that is not confirmed: confirm it at the table
    };

    Kind kind = Kind::CommitmentAtRisk;
    BriefText title;
    QString dueDate;                        ///< commitments
    std::optional<CommitmentStatus> status; ///< commitments
    int progress = 0;                       ///< commitments
    bool overdue = false;
    bool stalled = false;
    std::optional<Severity> severity;   ///< gaps
    std::optional<GapStatus> gapStatus; ///< gaps
    BriefSource source;
};

struct BriefDelegate
{
    QString name;
    QString position;
    DelegateRole role = DelegateRole::Member;
    BriefSource source;
};

struct BriefDelegation
{
    BriefParty party;
    QList<BriefDelegate> delegates; ///< by sort order
};

/// A figure counted by a key ("critical": 2).
template <typename E> struct BriefCount
{
    E key{};
    int count = 0;
};

/// The coverage of one top-level item (chapter, pillar) of the target framework.
struct BriefCoverageGroup
{
    QString reference;
    BriefText title;
    CoverageCounts counts;
};

/// Coverage of a framework of a counterpart by the frameworks of the brief's own party.
struct BriefCoverage
{
    bool available = false; ///< false: no mappings between the parties' frameworks (or all left out)
    BriefParty sourceParty;
    qint64 targetFrameworkId = 0;
    QString targetCode;
    BriefText targetTitle;
    CoverageCounts totals;
    QList<BriefCoverageGroup> groups; ///< in tree order
};

/// Key figures: coverage, open gaps by severity, commitments by status.
struct BriefFigures
{
    QList<BriefCount<Severity>> openGapsBySeverity;          ///< critical first, zeros included
    QList<BriefCount<CommitmentStatus>> commitmentsByStatus; ///< in enum order, zeros included
    int openGaps = 0;
    int commitments = 0;
    int openCommitments = 0;
    int overdueCommitments = 0;
    int programmes = 0;
    int mappings = 0;
};

/// A change since the previous round of the dialogue series.
struct BriefChange
{
    enum class Kind
    {
        CommitmentChanged, ///< status or progress (commitment history, or the audit log)
        GapOpened,
        GapClosed,
        MappingAdded,
        MappingApproved,
        ProgrammeStarted,
        ProgrammeEnded
    };

    Kind kind = Kind::CommitmentChanged;
    QString date;                                 ///< ISO 8601 date of the change
    QString subject;                              ///< the record's code ("C3", "G1", "JP-CRCSA 2 -> NATO-CDP2016 C4")
    BriefText title;                              ///< the record's title (a mapping: empty)
    std::optional<CommitmentStatus> statusBefore; ///< commitments; nothing when it is the first entry
    std::optional<CommitmentStatus> statusAfter;
    std::optional<int> progressBefore;
    std::optional<int> progressAfter;
    BriefText note;                           ///< the history entry's note
    std::optional<Relationship> relationship; ///< mappings
    BriefSource source; ///< where the change is read from (a history entry, the record, an audit entry)
};

struct BriefCommitment
{
    QString code;
    BriefText title;
    CommitmentStatus status = CommitmentStatus::Proposed;
    int progress = 0;
    QString dueDate;
    bool overdue = false;
    BriefText lead;
    BriefText counterpart;
    BriefSource source;
};

/// A provision as the brief cites it.
struct BriefProvision
{
    qint64 id = 0;
    QString frameworkCode;
    QString code;
    QString refLabel;
    BriefText title;
    BriefText summary; ///< kept whole, however long
    BriefSource source;

    /// "NATO-CDP2016 C2" (the reference label when there is one, else the code).
    QString reference() const { return frameworkCode + QLatin1Char(' ') + (refLabel.isEmpty() ? code : refLabel); }
};

struct BriefGap
{
    QString code;
    BriefText title;
    GapKind kind = GapKind::Uncovered;
    Severity severity = Severity::Medium;
    GapStatus status = GapStatus::Open;
    BriefText owner;
    QString dueDate;
    QString openedDate;
    std::optional<BriefProvision> provision; ///< the target provision, when recorded and not left out
    BriefSource source;
};

struct BriefProgramme
{
    QString code;
    BriefText name;
    ProgrammeKind kind = ProgrammeKind::Training;
    ProgrammeStatus status = ProgrammeStatus::Planned;
    QString startDate;
    QString endDate;
    BriefText lead;
    QList<BriefText> partners;
    BriefSource source;
};

/// A mapping of the appendix.
struct BriefMapping
{
    BriefProvision sourceProvision;
    BriefProvision targetProvision;
    Relationship relationship = Relationship::IntersectsWith;
    std::optional<int> strength;
    Rationale rationale = Rationale::Semantic;
    QString justification;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString reviewDate;
    BriefSource source;
};

/// Another round of the dialogue's series.
struct BriefRound
{
    BriefText title;
    QString date;
    std::optional<int> roundNumber;
    BriefSource source;
};

/// Everything a dialogue brief says, in the order a delegation reads it.
struct BriefContent
{
    BriefCover cover;
    BriefObjectives objectives;
    QList<BriefPoint> points; ///< by kind, then severity or due date, then code
    QList<BriefDelegation> delegations;
    BriefCoverage coverage;
    BriefFigures figures;

    /// The previous round of the series: nothing when none is recorded, or when the marking limit left it out
    /// (then hasPreviousRound is still true and the period still starts on its date).
    std::optional<BriefRound> previousRound;
    bool hasPreviousRound = false;
    QDate periodStart;          ///< the period of the changes: the previous round's first day...
    QDate periodEnd;            ///< ...to this dialogue's date, or the generation date if later or unknown
    QList<BriefChange> changes; ///< by date, then kind, then subject

    /// The next round: the next dated dialogue of the series, or six months after this one.
    QDate nextRound;
    bool nextRoundEstimated = false; ///< true when nextRound is "six months after"

    QList<BriefCommitment> commitments; ///< open commitments, by due date (unknown last), then code
    QList<BriefGap> gaps;               ///< the top open gaps, by severity (critical first), then code
    int otherOpenGaps = 0;              ///< open gaps beyond the top ones
    QList<BriefProgramme> programmes;   ///< by start date (unknown last), then code
    QList<BriefMapping> mappings;       ///< appendix, by source code, then target code

    /// The marking of the document: the highest of the included records, raised to the minimum asked.
    Tlp marking = Tlp::Clear;
    QStringList caveats; ///< distinct caveats of the included records, sorted
    /// True when records above maxMarking were left out.
    bool limited = false;
    std::optional<Tlp> limit;
    int leftOut = 0; ///< how many records were left out
};

} // namespace crosswalk
