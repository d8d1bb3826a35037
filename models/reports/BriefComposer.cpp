#include "models/reports/BriefComposer.h"

#include "models/domain/IsoDate.h"
#include "models/reports/CoverageChartImage.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>
#include <QTranslator>

namespace crosswalk {

namespace {

const char* const labelContext = "BriefLabels";
/// Mappings added (or approved) on one day are listed in the changes up to this many; more are counted.
constexpr int MaxListedMappings = 5;
const char* const vocabularyContext = "Vocabulary";

/// The program's Japanese catalogue, loaded once, whatever the interface language is.
const QTranslator& japanese()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/crosswalk_ja.qm"));
    Q_UNUSED(loaded)
    return translator;
}

/// A source text in the document's language: English as written, Japanese from the catalogue (English
/// when it has no translation), bilingual "English / 日本語" (English alone when both are the same).
QString translated(const char* context, const char* source, DocumentLanguage language)
{
    const QString english = QString::fromUtf8(source);
    if (language == DocumentLanguage::English)
        return english;
    const QString ja = japanese().translate(context, source);
    if (ja.isEmpty() || ja == english)
        return english;
    return language == DocumentLanguage::Japanese ? ja : english + QStringLiteral(" / ") + ja;
}

template <typename E> QString vocabulary(E value, DocumentLanguage language)
{
    return translated(vocabularyContext, EnumTraits<E>::labels()[static_cast<std::size_t>(value)], language);
}

/// The Tlp label is the same in every language ("TLP:AMBER").
QString tlp(Tlp level)
{
    return QStringLiteral("TLP:") + toKey(level);
}

/// Text and background colours of a TLP label (FIRST TLP 2.0: coloured text on black).
QString tlpStyle(Tlp level)
{
    switch (level) {
    case Tlp::Clear:
        return QStringLiteral("color:#ffffff; background-color:#000000;");
    case Tlp::Green:
        return QStringLiteral("color:#33ff00; background-color:#000000;");
    case Tlp::Amber:
    case Tlp::AmberStrict:
        return QStringLiteral("color:#ffc000; background-color:#000000;");
    case Tlp::Red:
        return QStringLiteral("color:#ff2b2b; background-color:#000000;");
    }
    return QString();
}

const char* const styleSheet = R"(
body { color: #1a1a1a; }
h1 { font-size: 19pt; font-weight: bold; color: #1f2a44; margin-top: 6px; margin-bottom: 4px; }
h2 { font-size: 13pt; font-weight: bold; color: #1f2a44; margin-top: 20px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #2d3a57; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 5px; }
table.grid td { padding: 4px; vertical-align: top; }
table.grid th { padding: 4px; background-color: #e3e8f0; font-weight: bold; text-align: left; vertical-align: top; }
table.plain td { padding: 3px; vertical-align: top; }
.kicker { font-size: 9pt; font-weight: bold; color: #4a5568; }
.subtitle { font-size: 11pt; color: #2d3a57; }
.muted { font-size: 8pt; color: #555d6b; }
.small { font-size: 8.5pt; }
.unverified { font-style: italic; font-weight: bold; color: #8b1a1a; }
.overdue { font-weight: bold; color: #8b1a1a; }
.notice { color: #5a3700; }
.label { font-weight: bold; color: #2d3a57; }
.code { font-weight: bold; }
.orig { color: #333a45; }
)";

/// The opening tag of a ruled table (single rules between the cells).
QString gridTable(int padding)
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"") +
           QString::number(padding) +
           QStringLiteral("\" style=\"border-collapse: collapse; border-color: #8f97a4; border-style: solid;\">");
}

/// Composes the HTML of one brief.
class Html
{
public:
    Html(const BriefContent& content, DocumentLanguage language) : c(content), m_language(language) {}

    QString build();

private:
    QString L(const char* source) const { return BriefComposer::label(source, m_language); }
    template <typename E> QString V(E value) const { return vocabulary(value, m_language); }
    QString esc(const QString& text) const { return BriefComposer::escaped(text); }
    QString date(const QString& iso) const { return esc(BriefComposer::date(iso, m_language)); }
    QString date(const QDate& day) const { return esc(BriefComposer::date(day, m_language)); }

    /// A text in the document's language; bilingual: both, the original on its own line.
    QString text(const BriefText& t) const;
    /// A short text on one line; bilingual: "English / original".
    QString line(const BriefText& t) const;
    /// A provision's title (title_en, title_orig, both).
    QString provisionTitle(const BriefProvision& p) const { return text(p.title); }
    /// Paragraphs of a long text (blank lines separate them).
    QString paragraphs(const BriefText& t) const;
    /// After an item: "[unverified]" and the record's marking when it is above CLEAR.
    QString marks(const BriefSource& source) const;
    /// "commitment C3", the record an item comes from.
    QString recordName(const BriefSource& source) const;
    QString heading(int number, const char* title, bool newPage = false) const;
    QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {}) const;
    QString statusWithProgress(std::optional<CommitmentStatus> status, std::optional<int> progress) const;

    void cover();
    void objectives();
    void points();
    void delegations();
    void figures();
    void changes();
    void commitments();
    void gaps();
    void programmes();
    void chart();
    void appendix();

    const BriefContent& c;
    DocumentLanguage m_language;
    QString m_html;
};

QString Html::text(const BriefText& t) const
{
    const QString english = t.english.isEmpty() ? t.original : t.english;
    const QString original = t.original.isEmpty() ? t.english : t.original;
    switch (m_language) {
    case DocumentLanguage::English:
        return esc(english);
    case DocumentLanguage::Japanese:
        return esc(original);
    case DocumentLanguage::Bilingual:
        if (t.original.isEmpty() || t.english.isEmpty() || t.original == t.english)
            return esc(english);
        return esc(t.english) + QStringLiteral("<br/><span class=\"orig\">") + esc(t.original) +
               QStringLiteral("</span>");
    }
    return esc(english);
}

QString Html::line(const BriefText& t) const
{
    if (m_language == DocumentLanguage::Bilingual && !t.original.isEmpty() && !t.english.isEmpty() &&
        t.original != t.english)
        return esc(t.english) + QStringLiteral(" / ") + esc(t.original);
    return text(t);
}

QString Html::paragraphs(const BriefText& t) const
{
    const auto split = [this](const QString& value, const QString& cls) {
        QString html;
        for (const QString& part : value.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                html += QStringLiteral("<p") + (cls.isEmpty() ? QString() : QStringLiteral(" class=\"") + cls + "\"") +
                        QStringLiteral(">") + esc(part.trimmed()) + QStringLiteral("</p>");
        }
        return html;
    };
    const QString english = t.english.isEmpty() ? t.original : t.english;
    const QString original = t.original.isEmpty() ? t.english : t.original;
    switch (m_language) {
    case DocumentLanguage::English:
        return split(english, QString());
    case DocumentLanguage::Japanese:
        return split(original, QString());
    case DocumentLanguage::Bilingual:
        if (t.original.isEmpty() || t.english.isEmpty() || t.original == t.english)
            return split(english, QString());
        return split(t.english, QString()) + split(t.original, QStringLiteral("orig"));
    }
    return QString();
}

QString Html::marks(const BriefSource& source) const
{
    QString html;
    if (source.isUnverified())
        html += QStringLiteral(" <span class=\"unverified\">") +
                esc(L(QT_TRANSLATE_NOOP("BriefLabels", "[unverified]"))) + QStringLiteral("</span>");
    if (source.marking != Tlp::Clear)
        html += QStringLiteral(" <span class=\"small\" style=\"") + tlpStyle(source.marking) +
                QStringLiteral("\">&nbsp;") + tlp(source.marking) + QStringLiteral("&nbsp;</span>");
    return html;
}

QString Html::recordName(const BriefSource& source) const
{
    static const QList<std::pair<QString, const char*>> names{
        {QStringLiteral("dialogues"), QT_TRANSLATE_NOOP("BriefLabels", "dialogue")},
        {QStringLiteral("commitments"), QT_TRANSLATE_NOOP("BriefLabels", "commitment")},
        {QStringLiteral("commitment_updates"), QT_TRANSLATE_NOOP("BriefLabels", "commitment history")},
        {QStringLiteral("gaps"), QT_TRANSLATE_NOOP("BriefLabels", "gap")},
        {QStringLiteral("programmes"), QT_TRANSLATE_NOOP("BriefLabels", "programme")},
        {QStringLiteral("frameworks"), QT_TRANSLATE_NOOP("BriefLabels", "framework")},
        {QStringLiteral("provisions"), QT_TRANSLATE_NOOP("BriefLabels", "provision")},
        {QStringLiteral("mappings"), QT_TRANSLATE_NOOP("BriefLabels", "mapping")},
        {QStringLiteral("delegates"), QT_TRANSLATE_NOOP("BriefLabels", "delegate")},
        {QStringLiteral("audit_entries"), QT_TRANSLATE_NOOP("BriefLabels", "audit log")}};
    QString kind = esc(source.table);
    for (const auto& [table, name] : names) {
        if (table == source.table)
            kind = L(name);
    }
    return kind + QLatin1Char(' ') + esc(source.code);
}

QString Html::heading(int number, const char* title, bool newPage) const
{
    const QString prefix = number > 0 ? QString::number(number) + QStringLiteral(".&nbsp;&nbsp;") : QString();
    return (newPage ? QStringLiteral("<h2 style=\"page-break-before: always;\">") : QStringLiteral("<h2>")) + prefix +
           esc(L(title)) + QStringLiteral("</h2>");
}

QString Html::table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths) const
{
    QString html = gridTable(4) + QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        html += QStringLiteral("<th") + width + QStringLiteral(">") + headers[i] + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString Html::statusWithProgress(std::optional<CommitmentStatus> status, std::optional<int> progress) const
{
    if (!status)
        return QStringLiteral("—");
    QString html = esc(V(*status));
    if (progress)
        html += QStringLiteral(" (") + QString::number(*progress) + QStringLiteral("%)");
    return html;
}

// ---------------------------------------------------------------------------------------------------

void Html::cover()
{
    const BriefCover& cover = c.cover;
    m_html += QStringLiteral("<p align=\"center\" class=\"kicker\">") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels", "DIALOGUE BRIEF"))) + QStringLiteral("</p>");
    m_html += QStringLiteral("<h1 align=\"center\">") + text(cover.title) +
              (cover.source.isUnverified()
                   ? QStringLiteral(" <span style=\"font-size: 12pt;\" class=\"unverified\">") +
                         esc(L(QT_TRANSLATE_NOOP("BriefLabels", "[unverified]"))) + QStringLiteral("</span>")
                   : QString()) +
              QStringLiteral("</h1>");

    QStringList parties;
    for (const BriefParty& party : cover.parties)
        parties << line(party.name);
    QStringList subtitle;
    if (!parties.isEmpty())
        subtitle << parties.join(QStringLiteral(" – "));
    if (!cover.place.isEmpty())
        subtitle << esc(cover.place);
    subtitle << date(cover.date);
    m_html += QStringLiteral("<p align=\"center\" class=\"subtitle\">") + subtitle.join(QStringLiteral(" · ")) +
              QStringLiteral("</p>");

    // The marking, and what a limited version leaves out, before anything else is read.
    QString marking = QStringLiteral("<span style=\"") + tlpStyle(c.marking) + QStringLiteral("\">&nbsp;<b>") +
                      tlp(c.marking) + QStringLiteral("</b>&nbsp;</span>");
    if (!c.caveats.isEmpty())
        marking += QStringLiteral(" — ") + esc(c.caveats.join(QStringLiteral("; ")));
    QString notice;
    if (c.limited && c.limit) {
        const char* sentence =
            c.leftOut == 1
                ? QT_TRANSLATE_NOOP("BriefLabels", "Limited version: 1 record marked above %1 is left out.")
                : QT_TRANSLATE_NOOP("BriefLabels", "Limited version: %2 records marked above %1 are left out.");
        notice =
            c.leftOut == 1 ? esc(L(sentence).arg(tlp(*c.limit))) : esc(L(sentence).arg(tlp(*c.limit)).arg(c.leftOut));
    } else if (c.limit) {
        notice = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Limited to records marked %1 or below; none was left out."))
                         .arg(tlp(*c.limit)));
    }
    if (!notice.isEmpty())
        m_html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                 "style=\"border-color:#c98a00; border-style:solid;\"><tr><td bgcolor=\"#fff4dc\">"
                                 "<span class=\"notice\"><b>") +
                  notice + QStringLiteral("</b></span></td></tr></table>");

    QList<std::pair<QString, QString>> rows;
    const auto add = [&rows, this](const char* label, const QString& value) { rows.append({esc(L(label)), value}); };
    QStringList counterparts;
    for (const BriefParty& party : cover.counterparts)
        counterparts << line(party.name);
    add(QT_TRANSLATE_NOOP("BriefLabels", "Dialogue"), text(cover.title) + QStringLiteral(" <span class=\"muted\">(") +
                                                          esc(cover.code) + QStringLiteral(")</span>") +
                                                          marks(cover.source));
    add(QT_TRANSLATE_NOOP("BriefLabels", "Kind"), esc(V(cover.kind)));
    if (!cover.series.isEmpty()) {
        QString series = esc(cover.series);
        if (cover.roundNumber)
            series +=
                QStringLiteral(", ") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "round %1")).arg(*cover.roundNumber));
        add(QT_TRANSLATE_NOOP("BriefLabels", "Series"), series);
    }
    if (cover.ownParty)
        add(QT_TRANSLATE_NOOP("BriefLabels", "Prepared for"), line(cover.ownParty->name));
    add(QT_TRANSLATE_NOOP("BriefLabels", "Counterpart"),
        counterparts.isEmpty() ? QStringLiteral("—") : counterparts.join(QStringLiteral(", ")));
    QString when = date(cover.date);
    if (m_language == DocumentLanguage::Bilingual && IsoDate::isValid(cover.date))
        when += QStringLiteral(" / ") + esc(BriefComposer::date(cover.date, DocumentLanguage::Japanese));
    if (!cover.dateNote.isEmpty() &&
        cover.dateNote.trimmed().compare(BriefComposer::date(cover.date, DocumentLanguage::English),
                                         Qt::CaseInsensitive) != 0)
        when += QStringLiteral(" <span class=\"muted\">(") + esc(cover.dateNote) + QStringLiteral(")</span>");
    add(QT_TRANSLATE_NOOP("BriefLabels", "Date"), when);
    add(QT_TRANSLATE_NOOP("BriefLabels", "Place"), cover.place.isEmpty() ? QStringLiteral("—") : esc(cover.place));
    if (c.previousRound)
        add(QT_TRANSLATE_NOOP("BriefLabels", "Previous round"),
            line(c.previousRound->title) + QStringLiteral(", ") + date(c.previousRound->date));
    add(QT_TRANSLATE_NOOP("BriefLabels", "Next round"),
        date(c.nextRound) +
            (c.nextRoundEstimated
                 ? QStringLiteral(" <span class=\"muted\">(") +
                       esc(L(QT_TRANSLATE_NOOP("BriefLabels", "estimated: six months after this round"))) +
                       QStringLiteral(")</span>")
                 : QString()));
    add(QT_TRANSLATE_NOOP("BriefLabels", "Author"), cover.author.isEmpty() ? QStringLiteral("—") : esc(cover.author));
    QString generated = date(cover.generatedOn);
    if (m_language == DocumentLanguage::Bilingual)
        generated += QStringLiteral(" / ") + esc(BriefComposer::date(cover.generatedOn, DocumentLanguage::Japanese));
    add(QT_TRANSLATE_NOOP("BriefLabels", "Generated on"), generated);
    add(QT_TRANSLATE_NOOP("BriefLabels", "Document marking"), marking);
    if (cover.source.verification)
        add(QT_TRANSLATE_NOOP("BriefLabels", "Verification"),
            esc(V(*cover.source.verification)) + (cover.source.verificationNote.isEmpty()
                                                      ? QString()
                                                      : QStringLiteral(" — ") + esc(cover.source.verificationNote)));
    if (!cover.source.citation.isEmpty())
        add(QT_TRANSLATE_NOOP("BriefLabels", "Source"),
            QStringLiteral("<span class=\"small\">") + esc(cover.source.citation) + QStringLiteral("</span>"));

    m_html += QStringLiteral("<p></p>") + gridTable(5);
    for (const auto& [label, value] : rows)
        m_html += QStringLiteral("<tr><th width=\"26%\">") + label + QStringLiteral("</th><td>") + value +
                  QStringLiteral("</td></tr>");
    m_html += QStringLiteral("</table>");
    m_html += QStringLiteral("<p class=\"muted\">") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels",
                                      "Each item names the record it comes from. Items marked [unverified] are not "
                                      "confirmed: confirm them before relying on them.")));
    m_html += QStringLiteral("</p>");
}

void Html::objectives()
{
    m_html += heading(1, QT_TRANSLATE_NOOP("BriefLabels", "Objectives and key messages"), true);
    const BriefObjectives& o = c.objectives;
    m_html += QStringLiteral("<h3>") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Objectives"))) + QStringLiteral("</h3>");
    m_html += o.objectives.isEmpty()
                  ? QStringLiteral("<p class=\"muted\">") +
                        esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No objectives are recorded for this dialogue."))) +
                        QStringLiteral("</p>")
                  : paragraphs(o.objectives);
    m_html +=
        QStringLiteral("<h3>") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Key messages"))) + QStringLiteral("</h3>");
    m_html += o.keyMessages.isEmpty()
                  ? QStringLiteral("<p class=\"muted\">") +
                        esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No key messages are recorded for this dialogue."))) +
                        QStringLiteral("</p>")
                  : paragraphs(o.keyMessages);
    if (!o.contentNote.isEmpty())
        m_html += QStringLiteral("<p class=\"muted\"><i>") + esc(o.contentNote) + QStringLiteral("</i></p>");
}

void Html::points()
{
    m_html += heading(2, QT_TRANSLATE_NOOP("BriefLabels", "Points to raise"));
    if (c.points.isEmpty()) {
        m_html +=
            QStringLiteral("<p class=\"muted\">") +
            esc(L(QT_TRANSLATE_NOOP("BriefLabels", "The data gives no point to raise: no overdue, stalled or soon due "
                                                   "commitment, no severe open gap and no unverified fact."))) +
            QStringLiteral("</p>");
        return;
    }
    int number = 0;
    std::optional<BriefPoint::Kind> current;
    for (const BriefPoint& point : c.points) {
        if (point.kind != current) {
            if (current)
                m_html += QStringLiteral("</table>");
            current = point.kind;
            QString title;
            switch (point.kind) {
            case BriefPoint::Kind::CommitmentAtRisk:
                title = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Overdue or stalled commitments")));
                break;
            case BriefPoint::Kind::SevereGap:
                title = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "High and critical open gaps")));
                break;
            case BriefPoint::Kind::DueBeforeNextRound:
                title = esc(
                    L(c.nextRoundEstimated
                          ? QT_TRANSLATE_NOOP("BriefLabels", "Commitments due before the next round (by %1, estimated)")
                          : QT_TRANSLATE_NOOP("BriefLabels", "Commitments due before the next round (by %1)"))
                        .arg(BriefComposer::date(c.nextRound, m_language)));
                break;
            case BriefPoint::Kind::UnverifiedFact:
                title = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Unverified facts to confirm at the table")));
                break;
            }
            m_html += QStringLiteral("<h3>") + title + QStringLiteral("</h3>");
            m_html += QStringLiteral("<table class=\"plain\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        }
        ++number;
        QString body = QStringLiteral("<span class=\"code\">") + esc(point.source.code) +
                       QStringLiteral("</span>&nbsp; ") + text(point.title);
        QStringList details;
        switch (point.kind) {
        case BriefPoint::Kind::CommitmentAtRisk:
        case BriefPoint::Kind::DueBeforeNextRound:
            if (point.overdue)
                details << QStringLiteral("<span class=\"overdue\">") +
                               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Overdue"))) + QStringLiteral("</span>");
            if (point.stalled && point.status != CommitmentStatus::Stalled)
                details << esc(V(CommitmentStatus::Stalled));
            if (!point.dueDate.isEmpty())
                details << esc(
                    L(QT_TRANSLATE_NOOP("BriefLabels", "due %1")).arg(BriefComposer::date(point.dueDate, m_language)));
            details << statusWithProgress(point.status, point.progress);
            break;
        case BriefPoint::Kind::SevereGap:
            if (point.severity)
                details << esc(L(QT_TRANSLATE_NOOP("BriefLabels", "severity %1")).arg(V(*point.severity)));
            if (point.gapStatus)
                details << esc(V(*point.gapStatus));
            if (!point.dueDate.isEmpty())
                details << esc(
                    L(QT_TRANSLATE_NOOP("BriefLabels", "due %1")).arg(BriefComposer::date(point.dueDate, m_language)));
            break;
        case BriefPoint::Kind::UnverifiedFact:
            if (!point.source.verificationNote.isEmpty())
                details << esc(
                    L(QT_TRANSLATE_NOOP("BriefLabels", "to confirm: %1")).arg(point.source.verificationNote));
            else
                details << esc(L(QT_TRANSLATE_NOOP("BriefLabels", "to confirm")));
            break;
        }
        body += QStringLiteral(" — ") + details.join(QStringLiteral("; ")) + marks(point.source);
        QString from = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "From:"))) + QLatin1Char(' ') + recordName(point.source);
        if (!point.source.citation.isEmpty())
            from += QStringLiteral(" · ") + esc(point.source.citation);
        body += QStringLiteral("<br/><span class=\"muted\">") + from + QStringLiteral("</span>");
        m_html += QStringLiteral("<tr><td width=\"5%\" align=\"right\"><b>") + QString::number(number) +
                  QStringLiteral(".</b></td><td width=\"95%\">") + body + QStringLiteral("</td></tr>");
    }
    m_html += QStringLiteral("</table>");
}

void Html::delegations()
{
    m_html += heading(3, QT_TRANSLATE_NOOP("BriefLabels", "Delegations"));
    if (c.delegations.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No delegates are recorded for this dialogue yet."))) +
                  QStringLiteral("</p>");
        return;
    }
    for (const BriefDelegation& delegation : c.delegations) {
        m_html += QStringLiteral("<h3>") + line(delegation.party.name) + QStringLiteral("</h3>");
        QList<QStringList> rows;
        for (const BriefDelegate& d : delegation.delegates)
            rows << QStringList{esc(d.name) + marks(d.source), esc(d.position), esc(V(d.role))};
        m_html += table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Name"))),
                         esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Position"))),
                         esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Role")))},
                        rows, {34, 44, 22});
    }
}

void Html::figures()
{
    m_html += heading(4, QT_TRANSLATE_NOOP("BriefLabels", "Key figures"));
    const BriefFigures& f = c.figures;
    QList<QStringList> rows;
    if (c.coverage.available) {
        const CoverageCounts& t = c.coverage.totals;
        const QString what = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Coverage of %1 by %2"))
                                     .arg(c.coverage.targetCode, c.coverage.sourceParty.code));
        QStringList parts{esc(V(CoverageStatus::Covered)) + QStringLiteral(" ") + QString::number(t.covered),
                          esc(V(CoverageStatus::Partial)) + QStringLiteral(" ") + QString::number(t.partial),
                          esc(V(CoverageStatus::Uncovered)) + QStringLiteral(" ") + QString::number(t.uncovered),
                          esc(V(CoverageStatus::NotApplicable)) + QStringLiteral(" ") +
                              QString::number(t.notApplicable)};
        QString value = parts.join(QStringLiteral(" · "));
        if (t.hasScore())
            value += QStringLiteral("<br/>") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Coverage score"))) +
                     QStringLiteral(": <b>") + QString::number(qRound(t.score() * 100)) + QStringLiteral("%</b>");
        rows << QStringList{what, value};
    } else {
        rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Coverage"))),
                            esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Not available (no mappings between the "
                                                                   "parties' frameworks)")))};
    }
    QStringList severities;
    for (const BriefCount<Severity>& count : f.openGapsBySeverity)
        severities << esc(V(count.key)) + QStringLiteral(" ") + QString::number(count.count);
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Open gaps by severity"))),
                        severities.join(QStringLiteral(" · ")) + QStringLiteral("<br/>") +
                            esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Total"))) + QStringLiteral(": <b>") +
                            QString::number(f.openGaps) + QStringLiteral("</b>")};
    QStringList statuses;
    for (const BriefCount<CommitmentStatus>& count : f.commitmentsByStatus)
        statuses << esc(V(count.key)) + QStringLiteral(" ") + QString::number(count.count);
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Commitments by status"))),
                        statuses.join(QStringLiteral(" · ")) + QStringLiteral("<br/>") +
                            esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Total"))) + QStringLiteral(": <b>") +
                            QString::number(f.commitments) + QStringLiteral("</b>")};
    QString open = QString::number(f.openCommitments);
    if (f.overdueCommitments > 0)
        open += QStringLiteral(" · <span class=\"overdue\">") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Overdue"))) +
                QStringLiteral(" ") + QString::number(f.overdueCommitments) + QStringLiteral("</span>");
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Open commitments"))), open};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Programmes"))), QString::number(f.programmes)};
    rows << QStringList{esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Mappings between the parties' frameworks"))),
                        QString::number(f.mappings)};
    m_html +=
        table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Figure"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Value")))},
              rows, {34, 66});
}

void Html::changes()
{
    m_html += heading(5, QT_TRANSLATE_NOOP("BriefLabels", "Changes since the previous round"));
    if (!c.hasPreviousRound) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No previous round of this dialogue series is recorded, so "
                                                         "there is nothing to compare with."))) +
                  QStringLiteral("</p>");
        return;
    }
    if (!c.periodStart.isValid()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "The previous round has no recorded date, so the changes "
                                                         "since then cannot be listed."))) +
                  QStringLiteral("</p>");
        return;
    }
    QString intro =
        esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Period: %1 to %2."))
                .arg(BriefComposer::date(c.periodStart, m_language), BriefComposer::date(c.periodEnd, m_language)));
    if (c.previousRound)
        intro = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Previous round:"))) + QLatin1Char(' ') +
                line(c.previousRound->title) + QStringLiteral(" (") + date(c.previousRound->date) +
                QStringLiteral("). ") + intro;
    m_html += QStringLiteral("<p>") + intro + QStringLiteral("</p>");
    if (c.changes.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No change is recorded in this period."))) +
                  QStringLiteral("</p>");
        return;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < c.changes.size(); ++i) {
        const BriefChange& change = c.changes[i];
        QString kind;
        QString record = QStringLiteral("<span class=\"code\">") + esc(change.subject) + QStringLiteral("</span>");
        if (!change.title.isEmpty())
            record += QStringLiteral("<br/>") + text(change.title);
        QString detail;
        switch (change.kind) {
        case BriefChange::Kind::CommitmentChanged:
            kind = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Commitment updated")));
            detail = (change.statusBefore ? statusWithProgress(change.statusBefore, change.progressBefore)
                                          : esc(L(QT_TRANSLATE_NOOP("BriefLabels", "first entry")))) +
                     QStringLiteral(" → <b>") + statusWithProgress(change.statusAfter, change.progressAfter) +
                     QStringLiteral("</b>");
            if (!change.note.isEmpty())
                detail += QStringLiteral("<br/>") + text(change.note);
            break;
        case BriefChange::Kind::GapOpened:
            kind = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Gap opened")));
            break;
        case BriefChange::Kind::GapClosed:
            kind = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Gap closed")));
            break;
        case BriefChange::Kind::MappingAdded:
        case BriefChange::Kind::MappingApproved: {
            kind = change.kind == BriefChange::Kind::MappingAdded
                       ? esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Mapping added")))
                       : esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Mapping approved")));
            // Mappings of one day and kind share a row: one line each.
            QStringList lines;
            qsizetype j = i;
            for (; j < c.changes.size() && c.changes[j].kind == change.kind && c.changes[j].date == change.date; ++j) {
                const BriefChange& m = c.changes[j];
                lines << QStringLiteral("<span class=\"code\">") + esc(m.subject) + QStringLiteral("</span>") +
                             (m.relationship ? QStringLiteral(" (") + esc(V(*m.relationship)) + QStringLiteral(")")
                                             : QString()) +
                             marks(m.source);
            }
            if (lines.size() == 1)
                record = lines.first();
            else if (lines.size() <= MaxListedMappings)
                record = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "%1 mappings")).arg(lines.size())) +
                         QStringLiteral("<br/><span class=\"small\">") + lines.join(QStringLiteral("<br/>")) +
                         QStringLiteral("</span>");
            else
                record =
                    esc(L(QT_TRANSLATE_NOOP("BriefLabels", "%1 mappings, listed in the appendix")).arg(lines.size()));
            rows << QStringList{date(change.date), kind, record, QString()};
            i = j - 1;
            continue;
        }
        case BriefChange::Kind::ProgrammeStarted:
            kind = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Programme started")));
            break;
        case BriefChange::Kind::ProgrammeEnded:
            kind = esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Programme ended")));
            break;
        }
        detail += marks(change.source);
        detail += QStringLiteral("<br/><span class=\"muted\">") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "From:"))) +
                  QLatin1Char(' ') + recordName(change.source) + QStringLiteral("</span>");
        rows << QStringList{date(change.date), kind, record, detail};
    }
    m_html +=
        table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Date"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Change"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Record"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Details")))},
              rows, {15, 15, 35, 35});
}

void Html::commitments()
{
    m_html += heading(6, QT_TRANSLATE_NOOP("BriefLabels", "Open commitments"));
    if (c.commitments.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No open commitment is recorded with the parties."))) +
                  QStringLiteral("</p>");
        return;
    }
    QList<QStringList> rows;
    for (const BriefCommitment& commitment : c.commitments) {
        QString due = commitment.dueDate.isEmpty() ? QStringLiteral("—") : date(commitment.dueDate);
        if (commitment.overdue)
            due += QStringLiteral("<br/><span class=\"overdue\">") +
                   esc(L(QT_TRANSLATE_NOOP("BriefLabels", "OVERDUE"))) + QStringLiteral("</span>");
        QString parties = commitment.lead.isEmpty() ? QStringLiteral("—") : line(commitment.lead);
        if (!commitment.counterpart.isEmpty())
            parties += QStringLiteral(" → ") + line(commitment.counterpart);
        rows << QStringList{QStringLiteral("<span class=\"code\">") + esc(commitment.code) + QStringLiteral("</span>"),
                            text(commitment.title) + marks(commitment.source), parties,
                            statusWithProgress(commitment.status, commitment.progress), due};
    }
    m_html +=
        table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Code"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Commitment"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Lead → counterpart"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Status"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Due")))},
              rows, {8, 46, 18, 14, 14});
}

void Html::gaps()
{
    m_html += heading(7, QT_TRANSLATE_NOOP("BriefLabels", "Top gaps"));
    if (c.gaps.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No open gap is recorded for the parties."))) +
                  QStringLiteral("</p>");
        return;
    }
    QList<QStringList> rows;
    for (const BriefGap& gap : c.gaps) {
        QString what = text(gap.title) + marks(gap.source);
        if (gap.provision) {
            what += QStringLiteral("<br/><span class=\"small\"><span class=\"label\">") +
                    esc(L(QT_TRANSLATE_NOOP("BriefLabels", "On:"))) + QStringLiteral("</span> ") +
                    esc(gap.provision->reference()) + QStringLiteral(" ") + provisionTitle(*gap.provision) +
                    marks(gap.provision->source);
            if (!gap.provision->summary.isEmpty())
                what += QStringLiteral("<br/>") + text(gap.provision->summary);
            what += QStringLiteral("</span>");
        }
        rows << QStringList{QStringLiteral("<span class=\"code\">") + esc(gap.code) + QStringLiteral("</span>"), what,
                            QStringLiteral("<b>") + esc(V(gap.severity)) + QStringLiteral("</b>"),
                            esc(V(gap.status)) + QStringLiteral("<br/><span class=\"small\">") + esc(V(gap.kind)) +
                                QStringLiteral("</span>"),
                            gap.owner.isEmpty() ? QStringLiteral("—") : line(gap.owner)};
    }
    m_html += table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Code"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Gap"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Severity"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Status and kind"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Owner")))},
                    rows, {8, 52, 12, 14, 14});
    if (c.otherOpenGaps > 0)
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "%1 further open gaps are not listed (see the key figures)."))
                          .arg(c.otherOpenGaps)) +
                  QStringLiteral("</p>");
}

void Html::programmes()
{
    m_html += heading(8, QT_TRANSLATE_NOOP("BriefLabels", "Programmes"));
    if (c.programmes.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No current programme is recorded with the parties."))) +
                  QStringLiteral("</p>");
        return;
    }
    QList<QStringList> rows;
    for (const BriefProgramme& p : c.programmes) {
        const QString start = p.startDate.isEmpty() ? QStringLiteral("?") : date(p.startDate);
        const QString end = p.endDate.isEmpty() ? QString() : date(p.endDate);
        QString who = p.lead.isEmpty() ? QStringLiteral("—") : line(p.lead);
        QStringList partners;
        for (const BriefText& partner : p.partners)
            partners << line(partner);
        if (!partners.isEmpty())
            who += QStringLiteral("<br/><span class=\"small\">") + esc(L(QT_TRANSLATE_NOOP("BriefLabels", "with"))) +
                   QStringLiteral(" ") + partners.join(QStringLiteral(", ")) + QStringLiteral("</span>");
        rows << QStringList{QStringLiteral("<span class=\"code\">") + esc(p.code) + QStringLiteral("</span>"),
                            text(p.name) + marks(p.source), esc(V(p.kind)) + QStringLiteral("<br/>") + esc(V(p.status)),
                            start + QStringLiteral(" – ") + end, who};
    }
    m_html +=
        table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Code"))), esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Programme"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Kind and status"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Period"))),
               esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Lead and partners")))},
              rows, {8, 38, 16, 18, 20});
}

void Html::chart()
{
    m_html += heading(9, QT_TRANSLATE_NOOP("BriefLabels", "Coverage chart"));
    if (!c.coverage.available) {
        QStringList parties;
        for (const BriefParty& party : c.cover.parties)
            parties << line(party.name);
        m_html += QStringLiteral("<p>") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No mappings exist between the frameworks of %1, so no "
                                                         "coverage can be shown.")))
                      .arg(parties.join(QStringLiteral(", "))) +
                  QStringLiteral("</p>");
        return;
    }
    m_html += QStringLiteral("<p>") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Coverage of %1 by the frameworks of %2, by group.")))
                  .arg(QStringLiteral("<b>") + esc(c.coverage.targetCode) + QStringLiteral("</b> ") +
                           line(c.coverage.targetTitle),
                       line(c.coverage.sourceParty.name)) +
              QStringLiteral("</p>");
    m_html += QStringLiteral("<p align=\"center\"><img src=\"") + BriefComposer::chartUrl().toString() +
              QStringLiteral("\" width=\"600\" /></p>");
}

void Html::appendix()
{
    m_html += QStringLiteral("<h2 style=\"page-break-before: always;\">") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Appendix: mappings"))) + QStringLiteral("</h2>");
    if (c.mappings.isEmpty()) {
        m_html += QStringLiteral("<p class=\"muted\">") +
                  esc(L(QT_TRANSLATE_NOOP("BriefLabels", "No mapping is recorded between the parties' frameworks."))) +
                  QStringLiteral("</p>");
        return;
    }
    m_html += QStringLiteral("<p class=\"small\">") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels",
                                      "Each mapping reads \"source RELATIONSHIP target\" (NIST IR 8477). Strength "
                                      "0-10: 10 equal, 0 no relationship."))) +
              QStringLiteral("</p>");
    QList<QStringList> rows;
    for (const BriefMapping& m : c.mappings) {
        const auto end = [this](const BriefProvision& p) -> QString {
            return QStringLiteral("<span class=\"code\">") + esc(p.reference()) + QStringLiteral("</span><br/>") +
                   provisionTitle(p) + marks(p.source);
        };
        QString assessment = (m.strength ? QString::number(*m.strength) : QStringLiteral("—")) + QStringLiteral(" · ") +
                             esc(V(m.rationale)) + QStringLiteral("<br/><span class=\"small\">") +
                             esc(V(m.reviewStatus));
        if (!m.reviewDate.isEmpty())
            assessment += QStringLiteral(", ") + date(m.reviewDate);
        assessment += QStringLiteral("</span>");
        rows << QStringList{end(m.sourceProvision),
                            QStringLiteral("<b>") + esc(V(m.relationship)) + QStringLiteral("</b>") + marks(m.source),
                            end(m.targetProvision), assessment,
                            m.justification.isEmpty() ? QStringLiteral("—") : esc(m.justification)};
    }
    m_html += table({esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Source provision"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Relationship"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Target provision"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Strength, rationale, review"))),
                     esc(L(QT_TRANSLATE_NOOP("BriefLabels", "Justification")))},
                    rows, {22, 15, 22, 14, 27});
}

QString Html::build()
{
    m_html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>") + line(c.cover.title) +
             QStringLiteral("</title></head><body>");
    cover();
    objectives();
    points();
    delegations();
    figures();
    changes();
    commitments();
    gaps();
    programmes();
    chart();
    appendix();
    m_html += QStringLiteral("<p align=\"center\" class=\"muted\">— ") +
              esc(L(QT_TRANSLATE_NOOP("BriefLabels", "End of brief"))) + QStringLiteral(" —</p>");
    m_html += QStringLiteral("</body></html>");
    return m_html;
}

QImage chartImage(const BriefContent& content, DocumentLanguage language)
{
    QList<CoverageChartImage::Bar> bars;
    for (const BriefCoverageGroup& group : content.coverage.groups) {
        const QString title = language == DocumentLanguage::Japanese && !group.title.original.isEmpty()
                                  ? group.title.original
                                  : (group.title.english.isEmpty() ? group.title.original : group.title.english);
        bars << CoverageChartImage::Bar{group.reference + QLatin1Char(' ') + title, group.counts};
    }
    CoverageChartImage::Texts texts;
    texts.title = content.coverage.targetCode + QStringLiteral(" — ") +
                  BriefComposer::label(QT_TRANSLATE_NOOP("BriefLabels", "coverage by group"), language);
    texts.covered = vocabulary(CoverageStatus::Covered, language);
    texts.partial = vocabulary(CoverageStatus::Partial, language);
    texts.uncovered = vocabulary(CoverageStatus::Uncovered, language);
    texts.notApplicable = vocabulary(CoverageStatus::NotApplicable, language);
    texts.others = BriefComposer::label(QT_TRANSLATE_NOOP("BriefLabels", "Other groups"), language);
    return CoverageChartImage::render(bars, texts);
}

} // namespace

std::unique_ptr<QTextDocument> BriefComposer::compose(const BriefContent& content, DocumentLanguage language)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Nimbus Sans"),
                      QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QString::fromUtf8(styleSheet));
    document->setMetaInformation(QTextDocument::DocumentTitle, content.cover.title.english.isEmpty()
                                                                   ? content.cover.title.original
                                                                   : content.cover.title.english);
    if (content.coverage.available)
        document->addResource(QTextDocument::ImageResource, chartUrl(), chartImage(content, language));
    document->setHtml(Html(content, language).build());
    return document;
}

QUrl BriefComposer::chartUrl()
{
    return QUrl(QStringLiteral("crosswalk-brief:coverage-chart.png"));
}

QString BriefComposer::label(const char* source, DocumentLanguage language)
{
    return translated(labelContext, source, language);
}

QString BriefComposer::date(const QString& isoDate, DocumentLanguage language)
{
    const QDate first = IsoDate::earliest(isoDate);
    const IsoDate::Precision precision = IsoDate::precision(isoDate);
    if (precision == IsoDate::Precision::None)
        return isoDate.trimmed().isEmpty() ? label(QT_TRANSLATE_NOOP("BriefLabels", "to be confirmed"), language)
                                           : isoDate;
    if (language == DocumentLanguage::Japanese) {
        switch (precision) {
        case IsoDate::Precision::Year:
            return QStringLiteral("%1年").arg(first.year());
        case IsoDate::Precision::Month:
            return QStringLiteral("%1年%2月").arg(first.year()).arg(first.month());
        default:
            return QStringLiteral("%1年%2月%3日").arg(first.year()).arg(first.month()).arg(first.day());
        }
    }
    const QString month = QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(first.month());
    switch (precision) {
    case IsoDate::Precision::Year:
        return QString::number(first.year());
    case IsoDate::Precision::Month:
        return month + QLatin1Char(' ') + QString::number(first.year());
    default:
        return QString::number(first.day()) + QLatin1Char(' ') + month + QLatin1Char(' ') +
               QString::number(first.year());
    }
}

QString BriefComposer::date(const QDate& day, DocumentLanguage language)
{
    return date(day.isValid() ? day.toString(Qt::ISODate) : QString(), language);
}

QString BriefComposer::escaped(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue; // CR LF: one line break
            clean += QLatin1Char('\n');
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\t')) {
            clean += ch;
        } else if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
                   ch == QChar::ParagraphSeparator) {
            clean += QChar(QChar::ReplacementCharacter);
        } else {
            clean += ch;
        }
    }
    QString html = clean.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    html.replace(QLatin1Char('\t'), QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;"));
    return html;
}

} // namespace crosswalk
