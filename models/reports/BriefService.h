#pragma once

#include "models/domain/Result.h"
#include "models/reports/BriefRequest.h"
#include "models/reports/DocumentWriter.h"

#include <QCoreApplication>

#include <memory>

class QTextDocument;

namespace crosswalk {

class Database;

/// The brief in one step, for the Reports page and `crosswalk-cli brief`: builds the content of the
/// dialogue (BriefBuilder), composes it as a document in the language asked for (BriefComposer), and
/// writes it (DocumentWriter).
class BriefService
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::BriefService)

public:
    /// The composed document and what its pages say about it, for preview and printing.
    struct Composed
    {
        std::shared_ptr<QTextDocument> document;
        DocumentMeta meta;
        bool limited = false; ///< records above the marking limit were left out
    };

    /// Builds and composes; fails with a message for an unknown dialogue, or Japanese without a font.
    static Result<Composed> compose(Database& db, const BriefRequest& request);
    /// Builds, composes and writes the file in request.format.
    static Status write(Database& db, const BriefRequest& request, const QString& path,
                        const DocumentWriter::Progress& progress = {});
};

} // namespace crosswalk
