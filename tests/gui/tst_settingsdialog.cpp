#include "models/domain/Vocabulary.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace crosswalk;

namespace {
SettingsDialog::Values sample()
{
    return {QStringLiteral("ja"), QStringLiteral("Hanako Yamada"), QStringLiteral("AMBER")};
}
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheValuesGiven()
    {
        SettingsDialog dialog(sample());
        QCOMPARE(dialog.objectName(), QStringLiteral("settingsDialog"));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageField"));
        auto* author = dialog.findChild<QLineEdit*>(QStringLiteral("authorField"));
        auto* marking = dialog.findChild<QComboBox*>(QStringLiteral("markingField"));
        QVERIFY(language && author && marking);
        QCOMPARE(language->currentData().toString(), QStringLiteral("ja"));
        QCOMPARE(language->currentText(), QStringLiteral("日本語"));
        QCOMPARE(author->text(), QStringLiteral("Hanako Yamada"));
        QCOMPARE(marking->currentData().toString(), QStringLiteral("AMBER"));
        QCOMPARE(marking->currentText(), toLabel(Tlp::Amber));
        QCOMPARE(dialog.values(), sample());
        // Screenshots for review: CROSSWALK_SCREENSHOT_DIR=/some/folder
        const QString shots = qEnvironmentVariable("CROSSWALK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("crosswalk-settings.png"))));
        }
    }

    void offersEveryLanguageAndMarking()
    {
        SettingsDialog dialog(sample());
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageField"));
        QStringList languages;
        for (int i = 0; i < language->count(); ++i)
            languages << language->itemData(i).toString();
        QCOMPARE(languages, QStringList({QString(), QStringLiteral("en"), QStringLiteral("ja")}));
        auto* marking = dialog.findChild<QComboBox*>(QStringLiteral("markingField"));
        QStringList markings;
        for (int i = 0; i < marking->count(); ++i)
            markings << marking->itemData(i).toString();
        QCOMPARE(markings, allKeys<Tlp>());
        QCOMPARE(marking->itemText(4), toLabel(Tlp::Red));
    }

    void returnsWhatTheUserChose()
    {
        SettingsDialog dialog(sample());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageField"));
        auto* author = dialog.findChild<QLineEdit*>(QStringLiteral("authorField"));
        auto* marking = dialog.findChild<QComboBox*>(QStringLiteral("markingField"));

        language->setFocus();
        QTest::keyClick(language, Qt::Key_Up); // 日本語 -> English
        author->setFocus();
        author->selectAll();
        QTest::keyClicks(author, QStringLiteral("  Taro Suzuki "));
        marking->setFocus();
        QTest::keyClick(marking, Qt::Key_Down); // AMBER -> AMBER+STRICT

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox*>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        const SettingsDialog::Values chosen{QStringLiteral("en"), QStringLiteral("Taro Suzuki"),
                                            QStringLiteral("AMBER+STRICT")};
        QCOMPARE(dialog.values(), chosen);
    }

    void systemLanguageAndUnknownMarking()
    {
        SettingsDialog dialog({QString(), QString(), QStringLiteral("PURPLE")});
        const SettingsDialog::Values expected{QString(), QString(), QStringLiteral("CLEAR")};
        QCOMPARE(dialog.values(), expected);
        dialog.setValues(sample());
        QCOMPARE(dialog.values(), sample());
    }

    void labelsLeadToTheFields()
    {
        SettingsDialog dialog(sample());
        // Every field has a label with a mnemonic that moves the focus to it.
        for (const char* name : {"languageField", "authorField", "markingField"}) {
            QWidget* field = dialog.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(field, name);
            bool labelled = false;
            for (const QLabel* label : dialog.findChildren<QLabel*>()) {
                if (label->buddy() == field && label->text().contains(QLatin1Char('&')))
                    labelled = true;
            }
            QVERIFY2(labelled, name);
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
