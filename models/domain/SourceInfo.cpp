#include "models/domain/SourceInfo.h"

namespace crosswalk {

void SourceInfo::bindSource(RecordHeader::Binder& binder)
{
    binder("source", source);
    binder("verification", verification);
    binder("verification_note", verificationNote);
}

} // namespace crosswalk
