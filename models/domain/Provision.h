#pragma once

#include "models/domain/SourceInfo.h"

namespace crosswalk {

/// An item of a framework, in a tree (chapter > article > paragraph, pillar > measure).
struct Provision : RecordHeader, SourceInfo
{
    qint64 frameworkId = 0;
    std::optional<qint64> parentId; ///< nullopt for a top-level item
    int sortOrder = 0;              ///< position among its siblings
    QString code;                   ///< unique within the framework
    QString refLabel;               ///< as cited ("Art. 5")
    QString titleEn;
    QString titleOrig;
    QString summaryEn;
    QString summaryOrig;
    QString effectiveDate; ///< ISO 8601, empty when unknown (laws enter into force in phases)

    QVariantMap toRow() const;
    static Provision fromRow(const QVariantMap& row);
    Status validate() const;
    bool operator==(const Provision&) const = default;

    Q_DECLARE_TR_FUNCTIONS(crosswalk::Provision)
};

} // namespace crosswalk
