#include "models/reports/BriefService.h"

#include "models/reports/BriefBuilder.h"
#include "models/reports/BriefComposer.h"

#include <QTextDocument>

namespace crosswalk {

namespace {

/// The dialogue's title in the document's language (bilingual: "English / original").
QString titleIn(const BriefText& title, DocumentLanguage language)
{
    const QString english = title.english.isEmpty() ? title.original : title.english;
    if (title.original.isEmpty() || title.original == english)
        return english;
    switch (language) {
    case DocumentLanguage::English:
        return english;
    case DocumentLanguage::Japanese:
        return title.original;
    case DocumentLanguage::Bilingual:
        return english + QStringLiteral(" / ") + title.original;
    }
    return english;
}

DocumentMeta metaOf(const BriefContent& content, const BriefRequest& request)
{
    DocumentMeta meta;
    const DocumentLanguage language = request.language;
    meta.title = BriefComposer::label(QT_TRANSLATE_NOOP("BriefLabels", "Dialogue brief: %1"), language)
                     .arg(titleIn(content.cover.title, language));
    meta.author = request.author;
    QStringList counterparts;
    for (const BriefParty& party : content.cover.counterparts)
        counterparts << party.code;
    meta.subject =
        BriefComposer::label(QT_TRANSLATE_NOOP("BriefLabels", "Dialogue %1 with %2, generated on %3"), language)
            .arg(content.cover.code,
                 counterparts.isEmpty() ? QStringLiteral("-") : counterparts.join(QStringLiteral(", ")),
                 content.cover.generatedOn.toString(Qt::ISODate));
    meta.marking = content.marking;
    meta.markingText = QStringLiteral("TLP:") + toKey(content.marking);
    if (!content.caveats.isEmpty())
        meta.markingText += QStringLiteral(" — ") + content.caveats.join(QStringLiteral("; "));
    meta.language = language;
    return meta;
}

} // namespace

Result<BriefService::Composed> BriefService::compose(Database& db, const BriefRequest& request)
{
    const Result<BriefContent> content = BriefBuilder::build(db, request);
    if (!content)
        return content.status();
    if (const Status language = DocumentWriter::checkLanguage(request.language); !language)
        return language;
    Composed composed;
    composed.document = std::shared_ptr<QTextDocument>(BriefComposer::compose(*content, request.language));
    composed.meta = metaOf(*content, request);
    composed.limited = content->limited;
    return composed;
}

Status BriefService::write(Database& db, const BriefRequest& request, const QString& path,
                           const DocumentWriter::Progress& progress)
{
    const Result<Composed> composed = compose(db, request);
    if (!composed)
        return composed.status();
    return DocumentWriter::write(*composed->document, composed->meta, request.format, request.paper, path, progress);
}

} // namespace crosswalk
