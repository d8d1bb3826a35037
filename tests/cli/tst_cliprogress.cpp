// Progress of long CLI commands on the error stream (issue 6): shown only on an interactive terminal,
// rewritten in place, ended with a line break.
#include "app/cli/CliEnvironment.h"

#include <QtTest>

#include <unistd.h>

using namespace crosswalk;
using namespace crosswalk::cli;

class TestCliProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPercentagesInPlaceWhenForced()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliEnvironment env(outStream, errStream);
        env.setForceProgress(true);
        const Progress progress = env.progress(QStringLiteral("Importing m.csv"));
        QVERIFY(bool(progress));
        QVERIFY(progress(0, 200));
        QVERIFY(progress(100, 200));
        QVERIFY(progress(101, 200)); // same percentage: not written again
        QVERIFY(progress(200, 200));
        env.endProgress();
        QCOMPARE(err, QStringLiteral("\rImporting m.csv: 0%\rImporting m.csv: 50%\rImporting m.csv: 100%\n"));
        QCOMPARE(out, QString());
        env.endProgress(); // nothing shown since: no second line break
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
    }

    void showsNothingWhenTheErrorStreamIsNotATerminal()
    {
        if (::isatty(STDERR_FILENO))
            QFAIL("run this test with stderr redirected (CTest does)");
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliEnvironment env(outStream, errStream);
        const Progress progress = env.progress(QStringLiteral("Importing"));
        QVERIFY(!progress);
        QVERIFY(reportProgress(progress, 1, 2));
        env.endProgress();
        QCOMPARE(err, QString());
    }

    void aFailureEndsTheProgressLineFirst()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliEnvironment env(outStream, errStream);
        env.setForceProgress(true);
        env.progress(QStringLiteral("Reading"))(1, 4);
        env.fail(QStringLiteral("x.csv: line 3: broken"));
        QCOMPARE(err, QStringLiteral("\rReading: 25%\ncrosswalk-cli: x.csv: line 3: broken\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
