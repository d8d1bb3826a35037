#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace crosswalk {

// The enumerations of the domain model (DESIGN.md section 3). Each is stored in the database and in
// dataset packages by its key (the string in keys()), and shown to users by its label (translated).

enum class Verification { Official, Secondary, Unverified };
enum class Tlp { Clear, Green, Amber, AmberStrict, Red };
enum class PartyKind { State, Alliance, Organisation, Agency };
enum class FrameworkKind { Law, Strategy, Policy, Pledge, Decision, Partnership, Taxonomy };
enum class FrameworkStatus { Draft, Adopted, InForce, Superseded };
enum class Relationship { Equal, SubsetOf, SupersetOf, IntersectsWith, NoRelationship };
enum class Rationale { Syntactic, Semantic, Functional };
enum class ReviewStatus { Draft, Complete, Deprecated, Superseded };
enum class DialogueKind { CyberDialogue, StaffTalks, Summit, Consultation, Milestone };
enum class DelegateRole { Head, Deputy, Member, Adviser };
enum class CommitmentStatus { Proposed, Agreed, InProgress, Done, Stalled, Dropped };
enum class ProgrammeKind { Training, Exercise, Centre, Secondment, Conference, Funding };
enum class ProgrammeStatus { Planned, Active, Completed, Cancelled };
enum class GapKind { Uncovered, Partial, Implementation, Capacity };
enum class Severity { Low, Medium, High, Critical };
enum class GapStatus { Open, Mitigating, Closed, Accepted };
/// How far a target provision is covered (DESIGN.md section 3, Coverage); computed, never stored.
enum class CoverageStatus { Covered, Partial, Uncovered, NotApplicable };

template <typename E> struct EnumTraits;

#define CROSSWALK_ENUM_TRAITS(E, N, ...)                                                                              \
    template <> struct EnumTraits<E>                                                                                   \
    {                                                                                                                  \
        static constexpr std::array<const char*, N> keys{__VA_ARGS__};                                                 \
        static const std::array<const char*, N>& labels();                                                             \
    };

CROSSWALK_ENUM_TRAITS(Verification, 3, "official", "secondary", "unverified")
CROSSWALK_ENUM_TRAITS(Tlp, 5, "CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")
CROSSWALK_ENUM_TRAITS(PartyKind, 4, "state", "alliance", "organisation", "agency")
CROSSWALK_ENUM_TRAITS(FrameworkKind, 7, "law", "strategy", "policy", "pledge", "decision", "partnership", "taxonomy")
CROSSWALK_ENUM_TRAITS(FrameworkStatus, 4, "draft", "adopted", "in_force", "superseded")
CROSSWALK_ENUM_TRAITS(Relationship, 5, "equal", "subset_of", "superset_of", "intersects_with", "no_relationship")
CROSSWALK_ENUM_TRAITS(Rationale, 3, "syntactic", "semantic", "functional")
CROSSWALK_ENUM_TRAITS(ReviewStatus, 4, "draft", "complete", "deprecated", "superseded")
CROSSWALK_ENUM_TRAITS(DialogueKind, 5, "cyber_dialogue", "staff_talks", "summit", "consultation", "milestone")
CROSSWALK_ENUM_TRAITS(DelegateRole, 4, "head", "deputy", "member", "adviser")
CROSSWALK_ENUM_TRAITS(CommitmentStatus, 6, "proposed", "agreed", "in_progress", "done", "stalled", "dropped")
CROSSWALK_ENUM_TRAITS(ProgrammeKind, 6, "training", "exercise", "centre", "secondment", "conference", "funding")
CROSSWALK_ENUM_TRAITS(ProgrammeStatus, 4, "planned", "active", "completed", "cancelled")
CROSSWALK_ENUM_TRAITS(GapKind, 4, "uncovered", "partial", "implementation", "capacity")
CROSSWALK_ENUM_TRAITS(Severity, 4, "low", "medium", "high", "critical")
CROSSWALK_ENUM_TRAITS(GapStatus, 4, "open", "mitigating", "closed", "accepted")
CROSSWALK_ENUM_TRAITS(CoverageStatus, 4, "covered", "partial", "uncovered", "not_applicable")

#undef CROSSWALK_ENUM_TRAITS

/// The storage key of a value ("in_progress").
template <typename E> QString toKey(E value)
{
    return QString::fromLatin1(EnumTraits<E>::keys[static_cast<std::size_t>(value)]);
}

/// The value for a storage key, or nothing when the key is not one of the enumeration's keys.
template <typename E> std::optional<E> fromKey(const QString& key)
{
    const auto& keys = EnumTraits<E>::keys;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (key == QLatin1String(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/// Every storage key of an enumeration, in declaration order.
template <typename E> QStringList allKeys()
{
    QStringList result;
    for (const char* key : EnumTraits<E>::keys)
        result << QString::fromLatin1(key);
    return result;
}

/// The translated label of a value, for the interface ("In progress").
template <typename E> QString toLabel(E value)
{
    return QCoreApplication::translate("Vocabulary", EnumTraits<E>::labels()[static_cast<std::size_t>(value)]);
}

/// The translated label for a storage key; the key itself when it is unknown.
QString labelForKey(const QString& enumName, const QString& key);

/// OSCAL 1.2 relationship value ("equal-to", "subset-of", ...).
QString oscalRelationship(Relationship relationship);

/// The relationship read the other way round: "A subset of B" is "B superset of A".
Relationship invertedRelationship(Relationship relationship);

/// What a relationship counts for the target (DESIGN.md section 3): equal and superset of cover it,
/// subset of and intersects with cover it partly, no relationship not at all.
CoverageStatus coverageOf(Relationship relationship);

} // namespace crosswalk
