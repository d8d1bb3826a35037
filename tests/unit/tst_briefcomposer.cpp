#include "models/reports/BriefBuilder.h"
#include "models/reports/BriefComposer.h"
#include "models/reports/BriefService.h"
#include "models/storage/DialogueRepository.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace crosswalk;

namespace {

BriefSource source(const QString& table, qint64 id, const QString& code,
                   std::optional<Verification> verification = Verification::Official)
{
    BriefSource s;
    s.table = table;
    s.id = id;
    s.code = code;
    s.verification = verification;
    s.citation = QStringLiteral("https://example.org/") + code;
    return s;
}

BriefProvision provision(const QString& framework, const QString& code, const QString& titleEn,
                         const QString& titleOrig, const QString& summary = QString())
{
    BriefProvision p;
    p.id = qHash(framework + code);
    p.frameworkCode = framework;
    p.code = code;
    p.title = {titleEn, titleOrig};
    p.summary = {summary, QString()};
    p.source = source(QStringLiteral("provisions"), p.id, framework + QLatin1Char(' ') + code);
    return p;
}

/// A brief with something in every section, built by hand (the composer reads no database).
BriefContent content()
{
    BriefContent c;
    c.cover.title = {QStringLiteral("Second round"), QStringLiteral("第2回サイバー対話")};
    c.cover.code = QStringLiteral("CD2");
    c.cover.series = QStringLiteral("Cyber Dialogue");
    c.cover.roundNumber = 2;
    c.cover.place = QStringLiteral("Brussels");
    c.cover.author = QStringLiteral("A. Analyst");
    c.cover.generatedOn = QDate(2026, 11, 26);
    const BriefParty jp{1, QStringLiteral("JP"), {QStringLiteral("Japan"), QStringLiteral("日本")}};
    const BriefParty nato{2, QStringLiteral("NATO"), {QStringLiteral("North Atlantic Treaty Organization"), {}}};
    c.cover.parties = {jp, nato};
    c.cover.ownParty = jp;
    c.cover.counterparts = {nato};
    c.cover.source = source(QStringLiteral("dialogues"), 7, QStringLiteral("CD2"), Verification::Unverified);
    c.objectives.objectives = {QStringLiteral("Brief NATO on the Act."), QStringLiteral("法律について説明する。")};
    c.objectives.keyMessages = {QStringLiteral("Oversight is independent."), QString()};

    BriefPoint overdue;
    overdue.kind = BriefPoint::Kind::CommitmentAtRisk;
    overdue.title = {QStringLiteral("Dedicated line for classified information"), QString()};
    overdue.dueDate = QStringLiteral("2025-12");
    overdue.status = CommitmentStatus::InProgress;
    overdue.progress = 25;
    overdue.overdue = true;
    overdue.source = source(QStringLiteral("commitments"), 3, QStringLiteral("C3"));
    BriefPoint unverified;
    unverified.kind = BriefPoint::Kind::UnverifiedFact;
    unverified.title = {QStringLiteral("Review ITPP progress"), QString()};
    unverified.source = source(QStringLiteral("commitments"), 4, QStringLiteral("C4"), Verification::Unverified);
    unverified.source.verificationNote = QStringLiteral("follow-on programme not confirmed");
    c.points = {overdue, unverified};

    c.delegations = {
        BriefDelegation{jp,
                        {BriefDelegate{QStringLiteral("J. Head"), QStringLiteral("Ambassador"), DelegateRole::Head,
                                       source(QStringLiteral("delegates"), 1, QStringLiteral("J. Head"))}}}};

    c.coverage.available = true;
    c.coverage.sourceParty = jp;
    c.coverage.targetCode = QStringLiteral("NATO-CDP2016");
    c.coverage.targetTitle = {QStringLiteral("Cyber Defence Pledge"), QString()};
    CoverageCounts partial;
    partial.partial = 1;
    partial.scoreSum = 0.5;
    CoverageCounts uncovered;
    uncovered.uncovered = 1;
    c.coverage.totals.add(partial);
    c.coverage.totals.add(uncovered);
    c.coverage.groups = {BriefCoverageGroup{QStringLiteral("C1"), {QStringLiteral("Capabilities"), {}}, partial},
                         BriefCoverageGroup{QStringLiteral("C2"), {QStringLiteral("Resources"), {}}, uncovered}};
    c.figures.openGapsBySeverity = {
        {Severity::Critical, 0}, {Severity::High, 1}, {Severity::Medium, 0}, {Severity::Low, 0}};
    c.figures.commitmentsByStatus = {{CommitmentStatus::InProgress, 1}};

    c.hasPreviousRound = true;
    c.previousRound = BriefRound{{QStringLiteral("First round"), {}},
                                 QStringLiteral("2023-11-21"),
                                 1,
                                 source(QStringLiteral("dialogues"), 4, QStringLiteral("CD1"))};
    c.periodStart = QDate(2023, 11, 21);
    c.periodEnd = QDate(2026, 11, 26);
    BriefChange change;
    change.kind = BriefChange::Kind::CommitmentChanged;
    change.date = QStringLiteral("2024-07-11");
    change.subject = QStringLiteral("C3");
    change.statusBefore = CommitmentStatus::Agreed;
    change.progressBefore = 0;
    change.statusAfter = CommitmentStatus::InProgress;
    change.progressAfter = 25;
    change.source = source(QStringLiteral("commitment_updates"), 9, QStringLiteral("C3"));
    c.changes = {change};
    c.nextRound = QDate(2027, 5, 26);
    c.nextRoundEstimated = true;

    BriefCommitment commitment;
    commitment.code = QStringLiteral("C3");
    commitment.title = overdue.title;
    commitment.status = CommitmentStatus::InProgress;
    commitment.progress = 25;
    commitment.dueDate = QStringLiteral("2025-12");
    commitment.overdue = true;
    commitment.source = overdue.source;
    c.commitments = {commitment};

    BriefGap gap;
    gap.code = QStringLiteral("G1");
    gap.title = {QStringLiteral("Adequate resources"), QString()};
    gap.severity = Severity::High;
    gap.provision = provision(QStringLiteral("NATO-CDP2016"), QStringLiteral("C2"),
                              QStringLiteral("Allocate adequate resources"), QStringLiteral("十分な資源の配分"));
    gap.source = source(QStringLiteral("gaps"), 1, QStringLiteral("G1"));
    c.gaps = {gap};

    BriefProgramme programme;
    programme.code = QStringLiteral("CB1");
    programme.name = {QStringLiteral("ASEAN-Japan centre"), QString()};
    programme.startDate = QStringLiteral("2018-09-14");
    programme.source = source(QStringLiteral("programmes"), 1, QStringLiteral("CB1"));
    c.programmes = {programme};

    BriefMapping mapping;
    mapping.sourceProvision = provision(QStringLiteral("JP-CRCSA"), QStringLiteral("Ch2"),
                                        QStringLiteral("Reporting by designated infrastructure operators"),
                                        QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等"));
    mapping.targetProvision = provision(QStringLiteral("NATO-CDP2016"), QStringLiteral("C4"),
                                        QStringLiteral("Improve understanding of threats"), QString());
    mapping.strength = 5;
    mapping.justification = QStringLiteral("both build threat awareness");
    mapping.source =
        source(QStringLiteral("mappings"), 1, QStringLiteral("JP-CRCSA Ch2 → NATO-CDP2016 C4"), std::nullopt);
    mapping.source.marking = Tlp::Amber;
    c.mappings = {mapping};
    c.marking = Tlp::Amber;
    return c;
}

/// The second-level headings of the document, in order (non-breaking spaces as spaces).
QStringList headings(const QTextDocument& document)
{
    QStringList list;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            list << block.text().replace(QChar::Nbsp, QLatin1Char(' ')).simplified();
    }
    return list;
}

QString plain(const BriefContent& c, DocumentLanguage language)
{
    return BriefComposer::compose(c, language)->toPlainText();
}

} // namespace

class TestBriefComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsInTheOrderADelegationReads();
    void userTextIsPrintedLiterally();
    void unverifiedFactsAreMarked();
    void limitedVersionSaysSo();
    void coverShowsMarkingAndToBeConfirmed();
    void englishHasEnglishProvisionTitlesOnly();
    void japaneseHasOriginalTitlesAndJapaneseLabels();
    void bilingualHasBoth();
    void datesPerLanguage();
    void longProvisionSummaryComposesAndPaginates();
    void chartImageIsAResource();
    void withoutCoverageASentenceSaysWhy();
    void overdueIsMarkedInWords();
    void emptySectionsSaySo();
    void sampleBriefComposes();
    void sampleBriefIsWritten();
    void japaneseWithoutAFontIsRefused();
};

void TestBriefComposer::headingsInTheOrderADelegationReads()
{
    const auto document = BriefComposer::compose(content(), DocumentLanguage::English);
    QCOMPARE(headings(*document),
             (QStringList{QStringLiteral("1. Objectives and key messages"), QStringLiteral("2. Points to raise"),
                          QStringLiteral("3. Delegations"), QStringLiteral("4. Key figures"),
                          QStringLiteral("5. Changes since the previous round"), QStringLiteral("6. Open commitments"),
                          QStringLiteral("7. Top gaps"), QStringLiteral("8. Programmes"),
                          QStringLiteral("9. Coverage chart"), QStringLiteral("Appendix: mappings")}));
    // The cover comes first: the title is the first heading of the document.
    QTextBlock first = document->begin();
    while (first.isValid() && first.blockFormat().headingLevel() == 0)
        first = first.next();
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QVERIFY(first.text().startsWith(QStringLiteral("Second round")));
}

void TestBriefComposer::userTextIsPrintedLiterally()
{
    BriefContent c = content();
    c.cover.title.english = QStringLiteral("<b>x</b> & <script>y</script>");
    c.cover.place = QStringLiteral("Bad\x01place\x1b");
    c.mappings[0].justification = QStringLiteral("line one\nline <i>two</i>");
    const auto document = BriefComposer::compose(c, DocumentLanguage::English);
    const QString text = document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("<b>x</b> & <script>y</script>")));
    QVERIFY(text.contains(QStringLiteral("Bad\uFFFDplace\uFFFD")));
    QVERIFY(text.contains(QStringLiteral("line <i>two</i>")));
    QVERIFY(!text.contains(QChar(0x01)));
    QCOMPARE(BriefComposer::escaped(QStringLiteral("<b>\"a\"</b>\tb\r\nc\x07")),
             QStringLiteral("&lt;b&gt;&quot;a&quot;&lt;/b&gt;&nbsp;&nbsp;&nbsp;&nbsp;b<br/>c\uFFFD"));
}

void TestBriefComposer::unverifiedFactsAreMarked()
{
    const QString text = plain(content(), DocumentLanguage::English);
    QVERIFY(text.contains(QStringLiteral("to confirm: follow-on programme not confirmed [unverified]")));
    // The dialogue itself is unverified: its title carries the mark.
    QVERIFY(text.contains(QStringLiteral("Second round [unverified]")));
    // A verified item does not.
    QVERIFY(!text.contains(QStringLiteral("ASEAN-Japan centre [unverified]")));
    QVERIFY(text.contains(QStringLiteral("From: commitment C4")));
    // The cover's title and its dialogue line, the point, and the sentence that explains the mark.
    QCOMPARE(text.count(QStringLiteral("[unverified]")), 4);
}

void TestBriefComposer::limitedVersionSaysSo()
{
    BriefContent c = content();
    QVERIFY(!plain(c, DocumentLanguage::English).contains(QStringLiteral("Limited")));
    c.limit = Tlp::Green;
    c.limited = true;
    c.leftOut = 3;
    const QString text = plain(c, DocumentLanguage::English);
    QVERIFY(text.contains(QStringLiteral("Limited version: 3 records marked above TLP:GREEN are left out.")));
    // Near the top: before the objectives.
    QVERIFY(text.indexOf(QStringLiteral("Limited version")) < text.indexOf(QStringLiteral("Objectives")));
    c.leftOut = 1;
    QVERIFY(plain(c, DocumentLanguage::English)
                .contains(QStringLiteral("Limited version: 1 record marked above TLP:GREEN is left out.")));
    c.limited = false;
    c.leftOut = 0;
    QVERIFY(plain(c, DocumentLanguage::English)
                .contains(QStringLiteral("Limited to records marked TLP:GREEN or below; none was left out.")));
}

void TestBriefComposer::coverShowsMarkingAndToBeConfirmed()
{
    BriefContent c = content();
    c.caveats = {QStringLiteral("JP ONLY")};
    const QString text = plain(c, DocumentLanguage::English);
    QVERIFY(text.contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(text.contains(QStringLiteral("JP ONLY")));
    QVERIFY(text.contains(QStringLiteral("to be confirmed")));
    QVERIFY(text.contains(QStringLiteral("A. Analyst")));
    QVERIFY(text.contains(QStringLiteral("26 November 2026")));
    QVERIFY(text.contains(QStringLiteral("North Atlantic Treaty Organization")));
    QVERIFY(text.contains(QStringLiteral("estimated: six months after this round")));
}

void TestBriefComposer::englishHasEnglishProvisionTitlesOnly()
{
    const QString text = plain(content(), DocumentLanguage::English);
    QVERIFY(text.contains(QStringLiteral("Reporting by designated infrastructure operators")));
    QVERIFY(!text.contains(QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等")));
    QVERIFY(!text.contains(QStringLiteral("十分な資源の配分")));
    QVERIFY(text.contains(QStringLiteral("In progress")));
}

void TestBriefComposer::japaneseHasOriginalTitlesAndJapaneseLabels()
{
    const QString text = plain(content(), DocumentLanguage::Japanese);
    QVERIFY(text.contains(QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等")));
    QVERIFY(!text.contains(QStringLiteral("Reporting by designated infrastructure operators")));
    QVERIFY(text.contains(QStringLiteral("十分な資源の配分")));
    // A provision without a Japanese title keeps its English one.
    QVERIFY(text.contains(QStringLiteral("Improve understanding of threats")));
    QVERIFY(text.contains(QStringLiteral("第2回サイバー対話")));
    QVERIFY(text.contains(QStringLiteral("法律について説明する。")));
    // Labels come from the program's Japanese catalogue whatever the interface language (English here).
    QVERIFY(text.contains(QStringLiteral("進行中")));
    QVERIFY(!text.contains(QStringLiteral("In progress")));
    QVERIFY(text.contains(QStringLiteral("2026年11月26日")));
}

void TestBriefComposer::bilingualHasBoth()
{
    const QString text = plain(content(), DocumentLanguage::Bilingual);
    QVERIFY(text.contains(QStringLiteral("Reporting by designated infrastructure operators")));
    QVERIFY(text.contains(QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等")));
    QVERIFY(text.contains(QStringLiteral("Allocate adequate resources")));
    QVERIFY(text.contains(QStringLiteral("十分な資源の配分")));
    QVERIFY(text.contains(QStringLiteral("Second round")));
    QVERIFY(text.contains(QStringLiteral("第2回サイバー対話")));
    QVERIFY(text.contains(QStringLiteral("In progress / 進行中")));
    QVERIFY(text.contains(QStringLiteral("26 November 2026 / 2026年11月26日")));
    // Every heading reads in English first (and in Japanese after " / " once translated).
    const QStringList english = headings(*BriefComposer::compose(content(), DocumentLanguage::English));
    const QStringList both = headings(*BriefComposer::compose(content(), DocumentLanguage::Bilingual));
    QCOMPARE(both.size(), english.size());
    for (qsizetype i = 0; i < both.size(); ++i)
        QVERIFY2(both[i].startsWith(english[i]), qPrintable(both[i]));
    QCOMPARE(BriefComposer::label("In progress", DocumentLanguage::Bilingual), QStringLiteral("In progress"));
}

void TestBriefComposer::datesPerLanguage()
{
    QCOMPARE(BriefComposer::date(QStringLiteral("2026-11-26"), DocumentLanguage::English),
             QStringLiteral("26 November 2026"));
    QCOMPARE(BriefComposer::date(QStringLiteral("2026-11-26"), DocumentLanguage::Japanese),
             QStringLiteral("2026年11月26日"));
    QCOMPARE(BriefComposer::date(QStringLiteral("2026-11"), DocumentLanguage::English),
             QStringLiteral("November 2026"));
    QCOMPARE(BriefComposer::date(QStringLiteral("2026-11"), DocumentLanguage::Japanese), QStringLiteral("2026年11月"));
    QCOMPARE(BriefComposer::date(QStringLiteral("2026"), DocumentLanguage::English), QStringLiteral("2026"));
    QCOMPARE(BriefComposer::date(QStringLiteral("2026"), DocumentLanguage::Japanese), QStringLiteral("2026年"));
    QCOMPARE(BriefComposer::date(QString(), DocumentLanguage::English), QStringLiteral("to be confirmed"));
    QCOMPARE(BriefComposer::date(QDate(2024, 7, 1), DocumentLanguage::English), QStringLiteral("1 July 2024"));
    QCOMPARE(BriefComposer::date(QDate(), DocumentLanguage::English), QStringLiteral("to be confirmed"));
}

void TestBriefComposer::longProvisionSummaryComposesAndPaginates()
{
    BriefContent c = content();
    QString summary;
    summary.reserve(100000);
    while (summary.size() < 100000)
        summary += QStringLiteral("Allies commit to adequate resources for cyber defence. ");
    summary.truncate(100000);
    c.gaps[0].provision->summary.english = summary;
    const auto document = BriefComposer::compose(c, DocumentLanguage::English);
    QVERIFY(document->toPlainText().contains(summary.trimmed()));
    document->setPageSize(QSizeF(595, 842));
    QVERIFY2(document->pageCount() > 20, qPrintable(QString::number(document->pageCount())));
}

void TestBriefComposer::chartImageIsAResource()
{
    const auto document = BriefComposer::compose(content(), DocumentLanguage::English);
    const QVariant resource = document->resource(QTextDocument::ImageResource, BriefComposer::chartUrl());
    QVERIFY(resource.canConvert<QImage>());
    const QImage image = resource.value<QImage>();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    QVERIFY(image.height() > 100);
    QVERIFY(document->toHtml().contains(BriefComposer::chartUrl().toString()));
    // The chart is not all white: bars are drawn.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    }
    QVERIFY(coloured > 1000);
}

void TestBriefComposer::withoutCoverageASentenceSaysWhy()
{
    BriefContent c = content();
    c.coverage = BriefCoverage();
    const auto document = BriefComposer::compose(c, DocumentLanguage::English);
    QVERIFY(document->resource(QTextDocument::ImageResource, BriefComposer::chartUrl()).isNull());
    QVERIFY(document->toPlainText().contains(
        QStringLiteral("No mappings exist between the frameworks of Japan, North Atlantic Treaty Organization")));
}

void TestBriefComposer::overdueIsMarkedInWords()
{
    const QString text = plain(content(), DocumentLanguage::English).replace(QChar::Nbsp, QLatin1Char(' '));
    QVERIFY(text.contains(QStringLiteral("OVERDUE")));
    QVERIFY(
        text.contains(QStringLiteral("C3  Dedicated line for classified information — Overdue; due December 2025")));
}

void TestBriefComposer::emptySectionsSaySo()
{
    BriefContent c;
    c.cover.title = {QStringLiteral("Lonely talks"), {}};
    const QString text = plain(c, DocumentLanguage::English);
    QVERIFY(text.contains(QStringLiteral("No objectives are recorded for this dialogue.")));
    QVERIFY(text.contains(QStringLiteral("No delegates are recorded for this dialogue yet.")));
    QVERIFY(text.contains(QStringLiteral("No previous round of this dialogue series is recorded")));
    QVERIFY(text.contains(QStringLiteral("No open commitment is recorded with the parties.")));
    QVERIFY(text.contains(QStringLiteral("No mapping is recorded between the parties' frameworks.")));
}

void TestBriefComposer::sampleBriefComposes()
{
    test::TestDatabase sample(test::TestDatabase::Content::Sample);
    BriefRequest request;
    request.dialogueId = DialogueRepository(sample.db()).dialogueByCode(QStringLiteral("JP-NATO-CD2"))->id;
    request.generatedOn = QDate(2026, 11, 26);
    request.author = QStringLiteral("Desk officer");
    request.language = DocumentLanguage::Bilingual;
    const Result<BriefService::Composed> composed = BriefService::compose(sample.db(), request);
    QVERIFY2(composed, qPrintable(composed.message()));
    // Bilingual: the title in both languages.
    QCOMPARE(composed->meta.title, QStringLiteral("Dialogue brief: 2nd Japan-NATO Cyber Dialogue / "
                                                  "対話ブリーフ：2nd Japan-NATO Cyber Dialogue"));
    QCOMPARE(composed->meta.markingText, QStringLiteral("TLP:GREEN"));
    QCOMPARE(composed->meta.marking, Tlp::Green);
    QCOMPARE(composed->meta.author, QStringLiteral("Desk officer"));
    QCOMPARE(composed->meta.language, DocumentLanguage::Bilingual);
    QVERIFY(!composed->limited);
    const QString text = composed->document->toPlainText();
    QVERIFY(text.contains(QStringLiteral("2nd Japan-NATO Cyber Dialogue")));
    // Provision titles in both languages: JP-CRCSA Ch. 2 in the appendix.
    QVERIFY(text.contains(QStringLiteral("Reporting by designated infrastructure operators")));
    QVERIFY(text.contains(QStringLiteral("特別社会基盤事業者による特定侵害事象等の報告等")));

    request.dialogueId = 4711;
    const Result<BriefService::Composed> unknown = BriefService::compose(sample.db(), request);
    QVERIFY(!unknown);
    QVERIFY(unknown.message().contains(QStringLiteral("4711")));
}

void TestBriefComposer::sampleBriefIsWritten()
{
    test::TestDatabase sample(test::TestDatabase::Content::Sample);
    BriefRequest request;
    request.dialogueId = DialogueRepository(sample.db()).dialogueByCode(QStringLiteral("JP-NATO-CD2"))->id;
    request.generatedOn = QDate(2026, 11, 26);
    request.language = DocumentLanguage::Japanese;

    const QString pdf = sample.dir() + QStringLiteral("/brief.pdf");
    const Status written = BriefService::write(sample.db(), request, pdf);
    QVERIFY2(written, qPrintable(written.message()));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(pdfFile.size() > 10000);

    request.format = DocumentFormat::Html;
    const QString html = sample.dir() + QStringLiteral("/brief.html");
    QVERIFY(BriefService::write(sample.db(), request, html));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains(QStringLiteral("TLP:GREEN")));
    QVERIFY(page.contains(QStringLiteral("2nd Japan-NATO Cyber Dialogue")));
    QVERIFY(page.contains(QStringLiteral("進行中")));

    request.dialogueId = 4711;
    const QString none = sample.dir() + QStringLiteral("/none.pdf");
    QVERIFY(!BriefService::write(sample.db(), request, none));
    QVERIFY(!QFile::exists(none));
}

void TestBriefComposer::japaneseWithoutAFontIsRefused()
{
    test::TestDatabase sample(test::TestDatabase::Content::Sample);
    BriefRequest request;
    request.dialogueId = DialogueRepository(sample.db()).dialogueByCode(QStringLiteral("JP-NATO-CD2"))->id;
    request.language = DocumentLanguage::Bilingual;
    qputenv("CROSSWALK_ASSUME_NO_CJK_FONT", "1");
    const Result<BriefService::Composed> refused = BriefService::compose(sample.db(), request);
    request.language = DocumentLanguage::English;
    const Result<BriefService::Composed> english = BriefService::compose(sample.db(), request);
    qunsetenv("CROSSWALK_ASSUME_NO_CJK_FONT");
    QVERIFY(!refused);
    QVERIFY(!refused.message().isEmpty());
    QVERIFY2(english, qPrintable(english.message()));
}

QTEST_MAIN(TestBriefComposer)
#include "tst_briefcomposer.moc"
