#include "models/reports/BriefRequest.h"

namespace crosswalk {

QString BriefRequest::key(DocumentLanguage language)
{
    switch (language) {
    case DocumentLanguage::English:
        return QStringLiteral("en");
    case DocumentLanguage::Japanese:
        return QStringLiteral("ja");
    case DocumentLanguage::Bilingual:
        return QStringLiteral("en+ja");
    }
    return QString();
}

QString BriefRequest::key(DocumentFormat format)
{
    return suffix(format);
}

QString BriefRequest::key(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<DocumentLanguage> BriefRequest::languageFromKey(const QString& key)
{
    for (const DocumentLanguage language :
         {DocumentLanguage::English, DocumentLanguage::Japanese, DocumentLanguage::Bilingual}) {
        if (key.compare(BriefRequest::key(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

std::optional<DocumentFormat> BriefRequest::formatFromKey(const QString& key)
{
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html}) {
        if (key.compare(BriefRequest::key(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<PaperSize> BriefRequest::paperFromKey(const QString& key)
{
    for (const PaperSize paper : {PaperSize::A4, PaperSize::Letter}) {
        if (key.compare(BriefRequest::key(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

QString BriefRequest::suffix(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Odt:
        return QStringLiteral("odt");
    case DocumentFormat::Html:
        return QStringLiteral("html");
    }
    return QString();
}

} // namespace crosswalk
