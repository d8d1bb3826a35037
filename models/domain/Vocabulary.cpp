#include "models/domain/Vocabulary.h"

#include <QHash>

namespace crosswalk {

// QT_TRANSLATE_NOOP marks the labels for lupdate (written out: lupdate does not expand macros that
// wrap it); toLabel() translates them in context "Vocabulary".

template <typename E> using Labels = std::array<const char*, EnumTraits<E>::keys.size()>;

const Labels<Verification>& EnumTraits<Verification>::labels()
{
    static const Labels<Verification> l{QT_TRANSLATE_NOOP("Vocabulary", "Official"),
                                        QT_TRANSLATE_NOOP("Vocabulary", "Secondary"),
                                        QT_TRANSLATE_NOOP("Vocabulary", "Unverified")};
    return l;
}
const Labels<Tlp>& EnumTraits<Tlp>::labels()
{
    static const Labels<Tlp> l{
        QT_TRANSLATE_NOOP("Vocabulary", "TLP:CLEAR"), QT_TRANSLATE_NOOP("Vocabulary", "TLP:GREEN"),
        QT_TRANSLATE_NOOP("Vocabulary", "TLP:AMBER"), QT_TRANSLATE_NOOP("Vocabulary", "TLP:AMBER+STRICT"),
        QT_TRANSLATE_NOOP("Vocabulary", "TLP:RED")};
    return l;
}
const Labels<PartyKind>& EnumTraits<PartyKind>::labels()
{
    static const Labels<PartyKind> l{
        QT_TRANSLATE_NOOP("Vocabulary", "State"), QT_TRANSLATE_NOOP("Vocabulary", "Alliance"),
        QT_TRANSLATE_NOOP("Vocabulary", "Organisation"), QT_TRANSLATE_NOOP("Vocabulary", "Agency")};
    return l;
}
const Labels<FrameworkKind>& EnumTraits<FrameworkKind>::labels()
{
    static const Labels<FrameworkKind> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Law"),      QT_TRANSLATE_NOOP("Vocabulary", "Strategy"),
        QT_TRANSLATE_NOOP("Vocabulary", "Policy"),   QT_TRANSLATE_NOOP("Vocabulary", "Pledge"),
        QT_TRANSLATE_NOOP("Vocabulary", "Decision"), QT_TRANSLATE_NOOP("Vocabulary", "Partnership"),
        QT_TRANSLATE_NOOP("Vocabulary", "Taxonomy")};
    return l;
}
const Labels<FrameworkStatus>& EnumTraits<FrameworkStatus>::labels()
{
    static const Labels<FrameworkStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Draft"), QT_TRANSLATE_NOOP("Vocabulary", "Adopted"),
        QT_TRANSLATE_NOOP("Vocabulary", "In force"), QT_TRANSLATE_NOOP("Vocabulary", "Superseded")};
    return l;
}
const Labels<Relationship>& EnumTraits<Relationship>::labels()
{
    static const Labels<Relationship> l{
        QT_TRANSLATE_NOOP("Vocabulary", "equal"), QT_TRANSLATE_NOOP("Vocabulary", "subset of"),
        QT_TRANSLATE_NOOP("Vocabulary", "superset of"), QT_TRANSLATE_NOOP("Vocabulary", "intersects with"),
        QT_TRANSLATE_NOOP("Vocabulary", "no relationship")};
    return l;
}
const Labels<Rationale>& EnumTraits<Rationale>::labels()
{
    static const Labels<Rationale> l{QT_TRANSLATE_NOOP("Vocabulary", "Syntactic"),
                                     QT_TRANSLATE_NOOP("Vocabulary", "Semantic"),
                                     QT_TRANSLATE_NOOP("Vocabulary", "Functional")};
    return l;
}
const Labels<ReviewStatus>& EnumTraits<ReviewStatus>::labels()
{
    static const Labels<ReviewStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Draft"), QT_TRANSLATE_NOOP("Vocabulary", "Complete"),
        QT_TRANSLATE_NOOP("Vocabulary", "Deprecated"), QT_TRANSLATE_NOOP("Vocabulary", "Superseded")};
    return l;
}
const Labels<DialogueKind>& EnumTraits<DialogueKind>::labels()
{
    static const Labels<DialogueKind> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Cyber dialogue"), QT_TRANSLATE_NOOP("Vocabulary", "Staff talks"),
        QT_TRANSLATE_NOOP("Vocabulary", "Summit"), QT_TRANSLATE_NOOP("Vocabulary", "Consultation"),
        QT_TRANSLATE_NOOP("Vocabulary", "Milestone")};
    return l;
}
const Labels<DelegateRole>& EnumTraits<DelegateRole>::labels()
{
    static const Labels<DelegateRole> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Head of delegation"), QT_TRANSLATE_NOOP("Vocabulary", "Deputy head"),
        QT_TRANSLATE_NOOP("Vocabulary", "Member"), QT_TRANSLATE_NOOP("Vocabulary", "Adviser")};
    return l;
}
const Labels<CommitmentStatus>& EnumTraits<CommitmentStatus>::labels()
{
    static const Labels<CommitmentStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),    QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
        QT_TRANSLATE_NOOP("Vocabulary", "In progress"), QT_TRANSLATE_NOOP("Vocabulary", "Done"),
        QT_TRANSLATE_NOOP("Vocabulary", "Stalled"),     QT_TRANSLATE_NOOP("Vocabulary", "Dropped")};
    return l;
}
const Labels<ProgrammeKind>& EnumTraits<ProgrammeKind>::labels()
{
    static const Labels<ProgrammeKind> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Training"),   QT_TRANSLATE_NOOP("Vocabulary", "Exercise"),
        QT_TRANSLATE_NOOP("Vocabulary", "Centre"),     QT_TRANSLATE_NOOP("Vocabulary", "Secondment"),
        QT_TRANSLATE_NOOP("Vocabulary", "Conference"), QT_TRANSLATE_NOOP("Vocabulary", "Funding")};
    return l;
}
const Labels<ProgrammeStatus>& EnumTraits<ProgrammeStatus>::labels()
{
    static const Labels<ProgrammeStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Planned"), QT_TRANSLATE_NOOP("Vocabulary", "Active"),
        QT_TRANSLATE_NOOP("Vocabulary", "Completed"), QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")};
    return l;
}
const Labels<GapKind>& EnumTraits<GapKind>::labels()
{
    static const Labels<GapKind> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Uncovered"), QT_TRANSLATE_NOOP("Vocabulary", "Partial"),
        QT_TRANSLATE_NOOP("Vocabulary", "Implementation"), QT_TRANSLATE_NOOP("Vocabulary", "Capacity")};
    return l;
}
const Labels<Severity>& EnumTraits<Severity>::labels()
{
    static const Labels<Severity> l{QT_TRANSLATE_NOOP("Vocabulary", "Low"), QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
                                    QT_TRANSLATE_NOOP("Vocabulary", "High"),
                                    QT_TRANSLATE_NOOP("Vocabulary", "Critical")};
    return l;
}
const Labels<GapStatus>& EnumTraits<GapStatus>::labels()
{
    static const Labels<GapStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Open"), QT_TRANSLATE_NOOP("Vocabulary", "Mitigating"),
        QT_TRANSLATE_NOOP("Vocabulary", "Closed"), QT_TRANSLATE_NOOP("Vocabulary", "Accepted")};
    return l;
}
const Labels<CoverageStatus>& EnumTraits<CoverageStatus>::labels()
{
    static const Labels<CoverageStatus> l{
        QT_TRANSLATE_NOOP("Vocabulary", "Covered"), QT_TRANSLATE_NOOP("Vocabulary", "Partly covered"),
        QT_TRANSLATE_NOOP("Vocabulary", "Not covered"), QT_TRANSLATE_NOOP("Vocabulary", "Not applicable")};
    return l;
}

namespace {
template <typename E> QString labelOf(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? toLabel(*value) : key;
}
} // namespace

QString labelForKey(const QString& enumName, const QString& key)
{
    // Called for every enumeration cell a view paints: one lookup, built once.
    using Labeller = QString (*)(const QString&);
    static const QHash<QString, Labeller> labellers{
        {QStringLiteral("verification"), &labelOf<Verification>},
        {QStringLiteral("marking"), &labelOf<Tlp>},
        {QStringLiteral("party_kind"), &labelOf<PartyKind>},
        {QStringLiteral("framework_kind"), &labelOf<FrameworkKind>},
        {QStringLiteral("framework_status"), &labelOf<FrameworkStatus>},
        {QStringLiteral("relationship"), &labelOf<Relationship>},
        {QStringLiteral("rationale"), &labelOf<Rationale>},
        {QStringLiteral("review_status"), &labelOf<ReviewStatus>},
        {QStringLiteral("dialogue_kind"), &labelOf<DialogueKind>},
        {QStringLiteral("delegate_role"), &labelOf<DelegateRole>},
        {QStringLiteral("commitment_status"), &labelOf<CommitmentStatus>},
        {QStringLiteral("programme_kind"), &labelOf<ProgrammeKind>},
        {QStringLiteral("programme_status"), &labelOf<ProgrammeStatus>},
        {QStringLiteral("gap_kind"), &labelOf<GapKind>},
        {QStringLiteral("severity"), &labelOf<Severity>},
        {QStringLiteral("gap_status"), &labelOf<GapStatus>},
        {QStringLiteral("coverage_status"), &labelOf<CoverageStatus>}};
    const Labeller labeller = labellers.value(enumName);
    return labeller ? labeller(key) : key;
}

QString oscalRelationship(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Equal:
        return QStringLiteral("equal-to");
    case Relationship::SubsetOf:
        return QStringLiteral("subset-of");
    case Relationship::SupersetOf:
        return QStringLiteral("superset-of");
    case Relationship::IntersectsWith:
        return QStringLiteral("intersects-with");
    case Relationship::NoRelationship:
        return QStringLiteral("no-relationship");
    }
    return QString();
}

Relationship invertedRelationship(Relationship relationship)
{
    switch (relationship) {
    case Relationship::SubsetOf:
        return Relationship::SupersetOf;
    case Relationship::SupersetOf:
        return Relationship::SubsetOf;
    case Relationship::Equal:
    case Relationship::IntersectsWith:
    case Relationship::NoRelationship:
        break;
    }
    return relationship;
}

CoverageStatus coverageOf(Relationship relationship)
{
    switch (relationship) {
    case Relationship::Equal:
    case Relationship::SupersetOf:
        return CoverageStatus::Covered;
    case Relationship::SubsetOf:
    case Relationship::IntersectsWith:
        return CoverageStatus::Partial;
    case Relationship::NoRelationship:
        break;
    }
    return CoverageStatus::Uncovered;
}

} // namespace crosswalk
