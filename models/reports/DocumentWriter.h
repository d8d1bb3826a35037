#pragma once

#include "models/domain/Result.h"
#include "models/reports/BriefRequest.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace crosswalk {

/// What a written document says about itself: in the PDF's metadata, the ODT's and HTML's meta
/// data, and (markingText) in the banner at the top and bottom of every page.
struct DocumentMeta
{
    QString title; ///< the document title
    QString author;
    QString subject;
    QString markingText; ///< "TLP:AMBER" or "TLP:AMBER — caveat"; shown on every page
    Tlp marking = Tlp::Clear;
    DocumentLanguage language = DocumentLanguage::English;
};

/// Writes a laid-out QTextDocument as PDF (QPdfWriter: A4 or US Letter, the marking banner in the
/// header and footer of every page, page numbers "Page n of N", title and marking in the metadata), ODT
/// (QTextDocumentWriter) or HTML (marking at the top and bottom, meta tags). Every write goes to a
/// temporary file that replaces the target only when complete, so a failure or a cancel leaves no
/// half-written file. Japanese or bilingual output needs an installed CJK font (fonts-noto-cjk);
/// without one it is refused with a message instead of printing empty boxes.
///
/// The writer never changes the caller's document: it writes a copy (QTextDocument::clone(), which keeps
/// image resources; text object handlers registered on the caller's layout are not carried over, so charts
/// go in as image resources). QTextDocumentWriter writes an ODT with no styles.xml or meta.xml, so the
/// package is completed afterwards (OdtPackage): the marking in the header and footer of every page
/// (styles.xml), and title, author, subject, language and marking in meta.xml; the marking is also the first
/// and the last paragraph, as it is of an HTML file. In a PDF, Qt maps each glyph back to the lowest code point of the font's character map: ideographs
/// that are also Kangxi radicals (日, 方) are extracted or copied as the radicals (NFKC folds them back), and
/// Latin text is kept in a Latin face (see japaneseFontFamily()) so that its digits stay searchable.
/// The writer prints no words of its own except the page numbers, which follow DocumentMeta::language
/// (see pageLabel()).
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::DocumentWriter)

public:
    /// Called after each page; returning false cancels (the write then fails with a message saying so).
    using Progress = std::function<bool(int page, int pageCount)>;

    static Status write(QTextDocument& document, const DocumentMeta& meta, DocumentFormat format, PaperSize paper,
                        const QString& path, const Progress& progress = {});
    static Status writePdf(QTextDocument& document, const DocumentMeta& meta, PaperSize paper, const QString& path,
                           const Progress& progress = {});
    static Status writeOdt(QTextDocument& document, const DocumentMeta& meta, const QString& path);
    static Status writeHtml(QTextDocument& document, const DocumentMeta& meta, const QString& path);

    /// Paints the document page by page on any paged device (a QPdfWriter, or a QPrinter for printing and
    /// print preview), with the marking banner and page numbers on every page.
    static Status paint(QTextDocument& document, const DocumentMeta& meta, QPagedPaintDevice& device,
                        const Progress& progress = {});

    /// True when a font that covers Japanese is installed; checkLanguage() says why not otherwise.
    /// Needs a QGuiApplication (false without one). Setting the environment variable
    /// CROSSWALK_ASSUME_NO_CJK_FONT=1 makes it answer false even when such a font is installed, so that tests
    /// (and anyone checking the message) can see the refusal on a machine that has fonts-noto-cjk.
    static bool hasJapaneseFont();
    static Status checkLanguage(DocumentLanguage language);

    /// The family used for Japanese text ("Noto Sans CJK JP" when installed), or empty when there is none.
    /// Japanese and bilingual documents get it appended to their default font's family list (on the copy that
    /// is written), so that Japanese glyphs resolve to a Japanese face whatever the Latin family is.
    static QString japaneseFontFamily();

    /// The page number printed in the footer, in the document's language (not the user interface's):
    /// "Page 2 of 5", "2 / 5 ページ", or both for a bilingual document.
    static QString pageLabel(DocumentLanguage language, int page, int pageCount);
};

} // namespace crosswalk
