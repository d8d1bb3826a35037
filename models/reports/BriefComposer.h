#pragma once

#include "models/reports/BriefContent.h"
#include "models/reports/BriefRequest.h"

#include <QString>
#include <QUrl>

#include <memory>

class QTextDocument;

namespace crosswalk {

/// Lays out a dialogue brief (BriefContent) as a QTextDocument, in the order a delegation reads it:
/// cover, objectives and key messages, points to raise, delegations, key figures, changes since the
/// previous round, open commitments, top gaps, programmes, coverage chart, and the appendix of
/// mappings. The marking banner of every page is the writer's (DocumentWriter); the cover states the
/// marking and, for a limited version, what was left out.
///
/// Language: headings and labels are marked with QT_TRANSLATE_NOOP("BriefLabels", ...) and translated
/// with the program's own Japanese catalogue (:/i18n/crosswalk_ja.qm), loaded here independently of the
/// interface language, so that a Japanese or bilingual brief can be written from an English interface
/// (and the other way round). A label without a Japanese translation falls back to English. Bilingual
/// documents show "English / 日本語" for each heading and label, and both texts where the data has both.
///
/// Every text from the database or the user is escaped (a title "<b>x</b>" prints literally) and
/// control characters other than line feed and tab print as U+FFFD. Unverified facts are followed by
/// "[unverified]" (translated).
class BriefComposer
{
public:
    static std::unique_ptr<QTextDocument> compose(const BriefContent& content, DocumentLanguage language);

    /// The name under which the coverage chart image is a resource of the document.
    static QUrl chartUrl();

    /// A label of the brief (a source text in context "BriefLabels") in the document's language.
    static QString label(const char* source, DocumentLanguage language);
    /// A date as stored (YYYY, YYYY-MM, YYYY-MM-DD) written out: "26 November 2026", "November 2026",
    /// "2026"; in Japanese "2026年11月26日", "2026年11月", "2026年"; empty: "to be confirmed".
    static QString date(const QString& isoDate, DocumentLanguage language);
    static QString date(const QDate& date, DocumentLanguage language);
    /// User text made safe for the document's HTML: escaped, control characters shown as U+FFFD, line
    /// breaks kept.
    static QString escaped(const QString& text);
};

} // namespace crosswalk
