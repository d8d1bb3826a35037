#include "models/storage/PartyRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace {
Party party(const QString& code, std::optional<qint64> parentId = std::nullopt)
{
    Party p;
    p.code = code;
    p.nameEn = code + QStringLiteral(" name");
    p.parentId = parentId;
    return p;
}
} // namespace

class TestPartyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestDatabase fixture;
        PartyRepository repository(fixture.db());
        const qint64 japan = test::addParty(fixture.db(), QStringLiteral("JP"));
        const qint64 nato = test::addParty(fixture.db(), QStringLiteral("NATO"));

        Party first = party(QStringLiteral("NCO"), japan);
        first.nameOrig = QStringLiteral("内閣サイバーセキュリティセンター");
        first.kind = PartyKind::Agency;
        first.notes = QStringLiteral("Reorganised in 2025");
        first.source = QStringLiteral("https://www.nisc.go.jp/");
        first.verification = Verification::Official;
        first.verificationNote = QStringLiteral("Checked on the agency site");
        first.marking = Tlp::Green;
        first.caveat = QStringLiteral("JP only");
        Party second = party(QStringLiteral("CCDCOE"), nato);
        second.nameOrig = QStringLiteral("CCDCOE (orig)");
        second.kind = PartyKind::Organisation;
        second.notes = QStringLiteral("Tallinn");
        second.source = QStringLiteral("https://ccdcoe.org/");
        second.verification = Verification::Secondary;
        second.verificationNote = QStringLiteral("Press report");
        second.marking = Tlp::Amber;
        second.caveat = QStringLiteral("NATO only");

        test::checkRoundTrip<Party>(
            fixture.db(), QStringLiteral("parties"),
            {[&](Party& p) { return repository.insert(p); }, [&](qint64 id) { return repository.find(id); },
             [&](const Party& p) { return repository.update(p); }, [&](qint64 id) { return repository.remove(id); }},
            first, second);
    }

    void findsByCodeAndListsChildren()
    {
        test::TestDatabase fixture;
        PartyRepository repository(fixture.db());
        Party japan = party(QStringLiteral("JP"));
        QVERIFY(repository.insert(japan).ok());
        Party agency = party(QStringLiteral("NCO"), japan.id);
        QVERIFY(repository.insert(agency).ok());
        QCOMPARE(repository.findByCode(QStringLiteral("NCO")), std::optional<Party>(agency));
        QCOMPARE(repository.children(japan.id), QList<Party>{agency});
        QCOMPARE(repository.all(), (QList<Party>{japan, agency}));
    }

    void refusesAMissingParentOrACycle()
    {
        test::TestDatabase fixture;
        PartyRepository repository(fixture.db());
        Party orphan = party(QStringLiteral("X"), 99);
        QCOMPARE(repository.insert(orphan).message(), QStringLiteral("The parent party 99 does not exist"));

        Party top = party(QStringLiteral("TOP"));
        QVERIFY(repository.insert(top).ok());
        Party middle = party(QStringLiteral("MID"), top.id);
        QVERIFY(repository.insert(middle).ok());
        const QByteArray before = fixture.snapshot();
        top.parentId = middle.id;
        QCOMPARE(repository.update(top).message(),
                 QStringLiteral("The party cannot be placed under itself or under one of its own descendants"));
        top.parentId = top.id;
        QCOMPARE(repository.update(top).ok(), false);
        QCOMPARE(fixture.snapshot(), before);
    }

    void refusesRemovingAPartyInUseAndNamesTheUsers()
    {
        test::TestDatabase fixture;
        PartyRepository repository(fixture.db());
        Party japan = party(QStringLiteral("JP"));
        QVERIFY(repository.insert(japan).ok());
        Party agency = party(QStringLiteral("NCO"), japan.id);
        QVERIFY(repository.insert(agency).ok());
        const qint64 dialogue = test::addDialogue(fixture.db(), QStringLiteral("JP-NATO-1"));
        test::addLink(fixture.db(), QStringLiteral("dialogue_parties"), dialogue, japan.id);
        const QByteArray before = fixture.snapshot();
        QCOMPARE(repository.remove(japan.id).message(),
                 QStringLiteral("The party JP cannot be deleted: it is used by party NCO, dialogue JP-NATO-1"));
        QCOMPARE(fixture.snapshot(), before);
        QVERIFY(repository.remove(agency.id).ok());
    }
};

QTEST_GUILESS_MAIN(TestPartyRepository)
#include "tst_partyrepository.moc"
