#pragma once

#include "models/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace crosswalk {

/// The language of a document: English, Japanese, or both (every heading and figure label in both
/// languages, and provision titles in both where the database has both).
enum class DocumentLanguage
{
    English,
    Japanese,
    Bilingual
};

enum class DocumentFormat
{
    Pdf,
    Odt,
    Html
};

enum class PaperSize
{
    A4,
    Letter
};

/// What the user asks of a dialogue brief (DESIGN.md section 5, issue 5).
struct BriefRequest
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::BriefRequest)

public:
    qint64 dialogueId = 0;
    DocumentLanguage language = DocumentLanguage::English;
    DocumentFormat format = DocumentFormat::Pdf;
    PaperSize paper = PaperSize::A4;
    /// Only records marked at or below this level are included; the document then says it is a
    /// limited version. Nothing: every record.
    std::optional<Tlp> maxMarking;
    /// The document's marking is the highest marking of what it includes, raised to at least this.
    std::optional<Tlp> minimumMarking;
    QString author;     ///< printed on the cover (Preferences::authorName())
    QDate generatedOn;  ///< the cover's generation date, and "today" for overdue items

    /// Command-line and settings keys: "en", "ja", "en+ja"; "pdf", "odt", "html"; "a4", "letter".
    static QString key(DocumentLanguage language);
    static QString key(DocumentFormat format);
    static QString key(PaperSize paper);
    static std::optional<DocumentLanguage> languageFromKey(const QString& key);
    static std::optional<DocumentFormat> formatFromKey(const QString& key);
    static std::optional<PaperSize> paperFromKey(const QString& key);
    /// The file suffix of a format ("pdf", "odt", "html").
    static QString suffix(DocumentFormat format);
};

} // namespace crosswalk
