#include "models/storage/ThemeRepository.h"
#include "tests/support/RecordFixtures.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace crosswalk;

namespace {
Theme theme(const QString& code, const QString& name, Tlp marking)
{
    Theme t;
    t.code = code;
    t.nameEn = name;
    t.nameOrig = name + QStringLiteral("（日本語）");
    t.marking = marking;
    t.caveat = QStringLiteral("caveat for ") + code;
    return t;
}
} // namespace

class TestThemeRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestDatabase fixture;
        ThemeRepository repository(fixture.db());
        test::checkRoundTrip<Theme>(
            fixture.db(), QStringLiteral("themes"),
            {[&](Theme& t) { return repository.insert(t); }, [&](qint64 id) { return repository.find(id); },
             [&](const Theme& t) { return repository.update(t); }, [&](qint64 id) { return repository.remove(id); }},
            theme(QStringLiteral("zero-trust"), QStringLiteral("Zero trust"), Tlp::Green),
            theme(QStringLiteral("zt"), QStringLiteral("Zero-trust architecture"), Tlp::Red));
    }

    void listsAndFindsByCode()
    {
        test::TestDatabase fixture;
        ThemeRepository repository(fixture.db());
        Theme first = theme(QStringLiteral("b-second-by-code"), QStringLiteral("First"), Tlp::Clear);
        Theme second = theme(QStringLiteral("a-first-by-code"), QStringLiteral("Second"), Tlp::Clear);
        QVERIFY(repository.insert(first).ok());
        QVERIFY(repository.insert(second).ok());
        QCOMPARE(repository.all(), (QList<Theme>{first, second}));
        QCOMPARE(repository.findByCode(QStringLiteral("a-first-by-code")), std::optional<Theme>(second));
        QCOMPARE(repository.findByCode(QStringLiteral("missing")), std::optional<Theme>());
    }

    void refusesAnInvalidThemeBeforeWriting()
    {
        test::TestDatabase fixture;
        ThemeRepository repository(fixture.db());
        const QByteArray before = fixture.snapshot();
        Theme noCode = theme(QString(), QStringLiteral("Name"), Tlp::Clear);
        QCOMPARE(repository.insert(noCode).message(), QStringLiteral("Code is required"));
        Theme noName = theme(QStringLiteral("code"), QStringLiteral(" "), Tlp::Clear);
        QCOMPARE(repository.insert(noName).message(), QStringLiteral("English name is required"));
        QCOMPARE(noName.id, 0);
        QCOMPARE(fixture.snapshot(), before);
    }

    void aDuplicateCodeIsRefusedByTheDatabaseAndChangesNothing()
    {
        test::TestDatabase fixture;
        ThemeRepository repository(fixture.db());
        Theme original = theme(QStringLiteral("dup"), QStringLiteral("Original"), Tlp::Clear);
        QVERIFY(repository.insert(original).ok());
        const QByteArray before = fixture.snapshot();
        Theme copy = theme(QStringLiteral("dup"), QStringLiteral("Copy"), Tlp::Clear);
        const Status refused = repository.insert(copy);
        QCOMPARE(refused.ok(), false);
        QVERIFY2(refused.message().contains(QStringLiteral("UNIQUE")), qPrintable(refused.message()));
        QCOMPARE(copy.id, 0);
        QCOMPARE(fixture.snapshot(), before);
    }

    void refusesRemovingAThemeInUseAndNamesTheUsers()
    {
        test::TestDatabase fixture;
        ThemeRepository repository(fixture.db());
        Theme used = theme(QStringLiteral("used"), QStringLiteral("Used"), Tlp::Clear);
        QVERIFY(repository.insert(used).ok());
        const qint64 commitment = test::addCommitment(fixture.db(), QStringLiteral("C-7"));
        test::addLink(fixture.db(), QStringLiteral("commitment_themes"), commitment, used.id);
        const QByteArray before = fixture.snapshot();
        const Status refused = repository.remove(used.id);
        QCOMPARE(refused.message(), QStringLiteral("The theme used cannot be deleted: it is used by commitment C-7"));
        QCOMPARE(fixture.snapshot(), before);
        QVERIFY(repository.find(used.id));
    }
};

QTEST_GUILESS_MAIN(TestThemeRepository)
#include "tst_themerepository.moc"
