#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crosswalk {

class Database;

/// What a coverage figure is about (DESIGN.md section 3, Coverage): a target framework T and the
/// source set S that covers it, either one framework or every framework a party (and the agencies under
/// it) issued. T itself is never part of S. The party, when there is one (the source party, or the
/// issuer of the source framework), decides which not-applicable marks apply (marks for it or for a
/// party above it) and whose gaps count as already recorded.
struct CoverageScope
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::CoverageScope)

public:
    qint64 targetFrameworkId = 0;
    QString targetCode;
    QList<qint64> sourceFrameworkIds;
    bool sourceIsParty = false;
    QString sourceCode;             ///< the party's or the framework's code
    qint64 partyId = 0;             ///< the source party, or the source framework's issuer (0: none)
    QList<qint64> applicablePartyIds; ///< partyId and the parties above it

    /// Every framework of the party (and of its agencies) against the target framework.
    static Result<CoverageScope> forParty(Database& db, qint64 partyId, qint64 targetFrameworkId);
    /// One framework against the target framework.
    static Result<CoverageScope> forFramework(Database& db, qint64 sourceFrameworkId, qint64 targetFrameworkId);
    /// From codes as users type them: source is a party or framework code ("JP", "JP-CRCSA"; prefix
    /// "party:" or "framework:" when a code names both), target a framework code. Numeric ids work too.
    static Result<CoverageScope> resolve(Database& db, const QString& source, const QString& target);
};

} // namespace crosswalk
