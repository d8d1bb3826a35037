#include "models/domain/Vocabulary.h"

namespace crosswalk {

// QT_TRANSLATE_NOOP marks the labels for lupdate; toLabel() translates them in context "Vocabulary".
#define L(text) QT_TRANSLATE_NOOP("Vocabulary", text)

template <typename E> using Labels = std::array<const char*, EnumTraits<E>::keys.size()>;

const Labels<Verification>& EnumTraits<Verification>::labels()
{
    static const Labels<Verification> l{L("Official"), L("Secondary"), L("Unverified")};
    return l;
}
const Labels<Tlp>& EnumTraits<Tlp>::labels()
{
    static const Labels<Tlp> l{L("TLP:CLEAR"), L("TLP:GREEN"), L("TLP:AMBER"), L("TLP:AMBER+STRICT"), L("TLP:RED")};
    return l;
}
const Labels<PartyKind>& EnumTraits<PartyKind>::labels()
{
    static const Labels<PartyKind> l{L("State"), L("Alliance"), L("Organisation"), L("Agency")};
    return l;
}
const Labels<FrameworkKind>& EnumTraits<FrameworkKind>::labels()
{
    static const Labels<FrameworkKind> l{L("Law"),      L("Strategy"),    L("Policy"),  L("Pledge"),
                                         L("Decision"), L("Partnership"), L("Taxonomy")};
    return l;
}
const Labels<FrameworkStatus>& EnumTraits<FrameworkStatus>::labels()
{
    static const Labels<FrameworkStatus> l{L("Draft"), L("Adopted"), L("In force"), L("Superseded")};
    return l;
}
const Labels<Relationship>& EnumTraits<Relationship>::labels()
{
    static const Labels<Relationship> l{L("equal"), L("subset of"), L("superset of"), L("intersects with"),
                                        L("no relationship")};
    return l;
}
const Labels<Rationale>& EnumTraits<Rationale>::labels()
{
    static const Labels<Rationale> l{L("Syntactic"), L("Semantic"), L("Functional")};
    return l;
}
const Labels<ReviewStatus>& EnumTraits<ReviewStatus>::labels()
{
    static const Labels<ReviewStatus> l{L("Draft"), L("Complete"), L("Deprecated"), L("Superseded")};
    return l;
}
const Labels<DialogueKind>& EnumTraits<DialogueKind>::labels()
{
    static const Labels<DialogueKind> l{L("Cyber dialogue"), L("Staff talks"), L("Summit"), L("Consultation"),
                                        L("Milestone")};
    return l;
}
const Labels<DelegateRole>& EnumTraits<DelegateRole>::labels()
{
    static const Labels<DelegateRole> l{L("Head of delegation"), L("Deputy head"), L("Member"), L("Adviser")};
    return l;
}
const Labels<CommitmentStatus>& EnumTraits<CommitmentStatus>::labels()
{
    static const Labels<CommitmentStatus> l{L("Proposed"), L("Agreed"),  L("In progress"),
                                            L("Done"),     L("Stalled"), L("Dropped")};
    return l;
}
const Labels<ProgrammeKind>& EnumTraits<ProgrammeKind>::labels()
{
    static const Labels<ProgrammeKind> l{L("Training"),   L("Exercise"),   L("Centre"),
                                         L("Secondment"), L("Conference"), L("Funding")};
    return l;
}
const Labels<ProgrammeStatus>& EnumTraits<ProgrammeStatus>::labels()
{
    static const Labels<ProgrammeStatus> l{L("Planned"), L("Active"), L("Completed"), L("Cancelled")};
    return l;
}
const Labels<GapKind>& EnumTraits<GapKind>::labels()
{
    static const Labels<GapKind> l{L("Uncovered"), L("Partial"), L("Implementation"), L("Capacity")};
    return l;
}
const Labels<Severity>& EnumTraits<Severity>::labels()
{
    static const Labels<Severity> l{L("Low"), L("Medium"), L("High"), L("Critical")};
    return l;
}
const Labels<GapStatus>& EnumTraits<GapStatus>::labels()
{
    static const Labels<GapStatus> l{L("Open"), L("Mitigating"), L("Closed"), L("Accepted")};
    return l;
}

#undef L

namespace {
template <typename E> std::optional<QString> labelIf(const QString& name, const char* expected, const QString& key)
{
    if (name != QLatin1String(expected))
        return std::nullopt;
    const auto value = fromKey<E>(key);
    return value ? toLabel(*value) : key;
}
} // namespace

QString labelForKey(const QString& enumName, const QString& key)
{
    for (const auto& label :
         {labelIf<Verification>(enumName, "verification", key), labelIf<Tlp>(enumName, "marking", key),
          labelIf<PartyKind>(enumName, "party_kind", key), labelIf<FrameworkKind>(enumName, "framework_kind", key),
          labelIf<FrameworkStatus>(enumName, "framework_status", key),
          labelIf<Relationship>(enumName, "relationship", key), labelIf<Rationale>(enumName, "rationale", key),
          labelIf<ReviewStatus>(enumName, "review_status", key),
          labelIf<DialogueKind>(enumName, "dialogue_kind", key),
          labelIf<DelegateRole>(enumName, "delegate_role", key),
          labelIf<CommitmentStatus>(enumName, "commitment_status", key),
          labelIf<ProgrammeKind>(enumName, "programme_kind", key),
          labelIf<ProgrammeStatus>(enumName, "programme_status", key), labelIf<GapKind>(enumName, "gap_kind", key),
          labelIf<Severity>(enumName, "severity", key), labelIf<GapStatus>(enumName, "gap_status", key)}) {
        if (label)
            return *label;
    }
    return key;
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

} // namespace crosswalk
