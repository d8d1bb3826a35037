// File > Import and File > Export in the real main window: each import plans, shows its report and
// writes only when accepted (one undo step); each export writes a file that reads back.
#include "models/exchange/DatabaseBootstrap.h"
#include "models/exchange/OscalDocument.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "tests/gui/FakeDialogProvider.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CsvImportWizard.h"
#include "ui/dialogs/ImportReportDialog.h"
#include "ui/dialogs/OscalExportDialog.h"
#include "ui/dialogs/PackageExportDialog.h"
#include "ui/support/ExchangeActions.h"
#include "ui/support/InterfaceLanguage.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace crosswalk;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform says this of every top-level window whose minimum size changes.
    const bool platformNotice = message == QLatin1String("This plugin does not support propagateSizeHints()");
    if ((type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) && !platformNotice)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}

/// Record counts of the tables imports write.
QMap<QString, qint64> counts(Database& db)
{
    QMap<QString, qint64> result;
    RecordStore store(db);
    for (const char* table : {"frameworks", "provisions", "mappings", "parties"})
        result.insert(QString::fromLatin1(table), store.count(QString::fromLatin1(table)));
    return result;
}

const char smallCatalog[] = R"({
  "catalog": {
    "uuid": "5b2e1f0c-4a1d-4c8e-9d7a-0f4e2b6c8a11",
    "metadata": {
      "title": "Harbour Security Baseline",
      "last-modified": "2026-01-01T00:00:00Z",
      "version": "1.0",
      "oscal-version": "1.1.2"
    },
    "groups": [
      {
        "id": "hs",
        "title": "Harbour systems",
        "controls": [
          {"id": "hs-1", "title": "Inventory", "parts": [{"id": "hs-1_smt", "name": "statement",
           "prose": "Keep an inventory of harbour systems."}]},
          {"id": "hs-2", "title": "Monitoring", "parts": [{"id": "hs-2_smt", "name": "statement",
           "prose": "Monitor harbour systems."}]}
        ]
      }
    ]
  }
}
)";
} // namespace

class TestExchangeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menusHoldTheActions();
    void csvImportAddsProvisionsInOneUndoStep();
    void csvWithABadRowWritesNothing();
    void oscalCatalogImportAddsAFramework();
    void refusingTheReportWritesNothing();
    void exportOscalCatalogReadsBack();
    void exportOscalMappingCollectionImportsBackUnchanged();
    void unrecognisedMappingFrameworksAreAsked();
    void exportPackageSelectionIsJson();
    void mergingAPackageOfTheSameDatabaseChangesNothing();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    ExchangeActions* actions() const { return m_window->exchangeActions(); }
    QAction* action(const char* name) const { return m_window->findChild<QAction*>(QString::fromLatin1(name)); }
    /// Drives the CSV wizard to its last page with the file and the framework of every row.
    static void fillWizard(CsvImportWizard& wizard, const QString& path, const QString& framework);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    test::FakeDialogProvider* m_dialogs = nullptr;

    // How the tests answer the modal dialogs (ExchangeActions::setDialogRunner).
    std::function<int(CsvImportWizard&)> m_onWizard;
    std::function<int(ImportReportDialog&)> m_onReport;
    std::function<int(OscalExportDialog&)> m_onOscalExport;
    std::function<int(PackageExportDialog&)> m_onPackageExport;
    QStringList m_shown; ///< object names of the dialogs shown, in order
};

void TestExchangeActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosswalk"));
    QCoreApplication::setApplicationName(QStringLiteral("crosswalk-exchange-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(InterfaceLanguage::install(*QCoreApplication::instance(), QStringLiteral("en")));
    g_previous = qInstallMessageHandler(recordWarnings);
}

void TestExchangeActions::init()
{
    g_warnings.clear();
    QSettings().clear();
    m_shown.clear();
    m_onWizard = nullptr;
    m_onReport = nullptr;
    m_onOscalExport = nullptr;
    m_onPackageExport = nullptr;
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("sample-%1.crosswalk").arg(++counter));
    auto db = std::make_unique<Database>();
    const Status created = DatabaseBootstrap::createNew(*db, path, DatasetPackage::Seed::Sample);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    auto dialogs = std::make_unique<test::FakeDialogProvider>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(db), std::move(dialogs));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(actions());
    actions()->setDialogRunner([this](QDialog& dialog) {
        m_shown << dialog.objectName();
        if (auto* wizard = qobject_cast<CsvImportWizard*>(&dialog); wizard && m_onWizard)
            return m_onWizard(*wizard);
        if (auto* report = qobject_cast<ImportReportDialog*>(&dialog); report && m_onReport)
            return m_onReport(*report);
        if (auto* oscal = qobject_cast<OscalExportDialog*>(&dialog); oscal && m_onOscalExport)
            return m_onOscalExport(*oscal);
        if (auto* package = qobject_cast<PackageExportDialog*>(&dialog); package && m_onPackageExport)
            return m_onPackageExport(*package);
        qWarning("unexpected dialog %s", qPrintable(dialog.objectName()));
        return int(QDialog::Rejected);
    });
}

void TestExchangeActions::cleanup()
{
    m_window.reset();
    m_dialogs = nullptr;
    QCOMPARE(g_warnings, QStringList());
}

QString TestExchangeActions::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

void TestExchangeActions::fillWizard(CsvImportWizard& wizard, const QString& path, const QString& framework)
{
    wizard.restart();
    wizard.setFilePath(path);
    auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("csvFrameworkCombo"));
    QVERIFY(combo);
    const int index = combo->findData(framework);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::ColumnsPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CsvImportWizard::PreviewPage));
}

void TestExchangeActions::menusHoldTheActions()
{
    auto* file = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    auto* importMenu = m_window->findChild<QMenu*>(QStringLiteral("importMenu"));
    auto* exportMenu = m_window->findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(file && importMenu && exportMenu);
    QVERIFY(file->actions().contains(importMenu->menuAction()));
    QVERIFY(file->actions().contains(exportMenu->menuAction()));
    QCOMPARE(importMenu->title(), QStringLiteral("&Import"));
    QCOMPARE(exportMenu->title(), QStringLiteral("&Export"));

    const QList<QAction*> imports{action("actionImportOscal"), action("actionImportCsv"), action("actionMergePackage")};
    const QList<QAction*> exports{action("actionExportOscal"), action("actionExportPackage")};
    QCOMPARE(importMenu->actions(), imports);
    QCOMPARE(exportMenu->actions(), exports);
    for (QAction* entry : imports + exports) {
        QVERIFY(entry);
        QVERIFY2(entry->text().contains(QLatin1Char('&')), qPrintable(entry->text()));
        QVERIFY(entry->isEnabled());
        QVERIFY(!entry->statusTip().isEmpty());
    }
    // Mnemonics are unique within each menu.
    for (const QMenu* menu : {file, importMenu, exportMenu}) {
        QSet<QChar> keys;
        for (const QAction* entry : menu->actions()) {
            const qsizetype at = entry->text().indexOf(QLatin1Char('&'));
            if (entry->isSeparator() || at < 0)
                continue;
            const QChar key = entry->text().at(at + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(entry->text()));
            keys.insert(key);
        }
    }
}

void TestExchangeActions::csvImportAddsProvisionsInOneUndoStep()
{
    Database& db = *m_window->database();
    const QMap<QString, qint64> before = counts(db);
    const QString path =
        writeFile(QStringLiteral("provisions.csv"), "code,title_en,summary_en\nX1,Harbour inventory,Keep a list\n"
                                                    "X2,Harbour monitoring,Watch it\nX3,Harbour response,Act\n");
    QString summary;
    m_onWizard = [&](CsvImportWizard& wizard) {
        fillWizard(wizard, path, QStringLiteral("NATO-CDP2016"));
        if (!wizard.isChecked())
            qWarning("not checked: %s", qPrintable(wizard.checkFailure()));
        wizard.button(QWizard::FinishButton)->click();
        return wizard.result();
    };
    int added = -1;
    m_onReport = [&](ImportReportDialog& report) {
        summary = report.findChild<QLabel*>(QStringLiteral("reportSummary"))->text();
        report.setOutcomeFilter(ImportReport::Outcome::Added);
        added = report.visibleItemCount();
        return int(QDialog::Accepted);
    };
    action("actionImportCsv")->trigger();
    QCOMPARE(m_shown, (QStringList{QStringLiteral("csvImportWizard"), QStringLiteral("importReportDialog")}));
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(added, 3);
    QVERIFY2(summary.contains(QLatin1Char('3')), qPrintable(summary));

    RecordStore store(db);
    const qint64 framework = store.idForCode(QStringLiteral("frameworks"), QStringLiteral("NATO-CDP2016")).value_or(0);
    QVERIFY(framework > 0);
    for (const char* code : {"X1", "X2", "X3"})
        QVERIFY2(store.idForCode(QStringLiteral("provisions"), QString::fromLatin1(code), framework), code);
    QCOMPARE(counts(db).value(QStringLiteral("provisions")), before.value(QStringLiteral("provisions")) + 3);
    QCOMPARE(m_window->undoStack().count(), 1);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(QStringLiteral("Imported provisions.csv: ")), qPrintable(message));

    // One undo takes every row away.
    m_window->undoStack().undo();
    QCOMPARE(counts(db), before);
    QVERIFY(!store.idForCode(QStringLiteral("provisions"), QStringLiteral("X1"), framework));
}

void TestExchangeActions::csvWithABadRowWritesNothing()
{
    Database& db = *m_window->database();
    const QMap<QString, qint64> before = counts(db);
    const QString path =
        writeFile(QStringLiteral("bad.csv"), "code,title_en,effective_date\nY1,Fine,2024-01-01\nY2,Bad date,"
                                             "2024-13-45\n");
    QStringList errors;
    bool finishEnabled = true;
    m_onWizard = [&](CsvImportWizard& wizard) {
        fillWizard(wizard, path, QStringLiteral("NATO-CDP2016"));
        const auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("csvErrorList"));
        for (int row = 0; list && row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = list->topLevelItem(row);
            errors << QStringLiteral("%1:%2:%3").arg(item->text(0), item->text(1), item->text(2));
        }
        finishEnabled = wizard.button(QWizard::FinishButton)->isEnabled();
        return int(QDialog::Rejected);
    };
    action("actionImportCsv")->trigger();
    QCOMPARE(m_shown, QStringList{QStringLiteral("csvImportWizard")});
    QCOMPARE(errors, QStringList{QStringLiteral("3:3:Effective date")});
    QVERIFY(!finishEnabled);
    QCOMPARE(counts(db), before);
    QCOMPARE(m_window->undoStack().count(), 0);
}

void TestExchangeActions::oscalCatalogImportAddsAFramework()
{
    Database& db = *m_window->database();
    const QMap<QString, qint64> before = counts(db);
    m_dialogs->nextOpenFileName = writeFile(QStringLiteral("harbour.json"), smallCatalog);
    QString text;
    int added = -1;
    QString copied;
    m_onReport = [&](ImportReportDialog& report) {
        text = report.reportText();
        report.setOutcomeFilter(ImportReport::Outcome::Added);
        added = report.visibleItemCount();
        report.findChild<QAbstractButton*>(QStringLiteral("copyReportButton"))->click();
        copied = QGuiApplication::clipboard()->text();
        return int(QDialog::Accepted);
    };
    action("actionImportOscal")->trigger();
    QCOMPARE(copied, text);
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_shown, QStringList{QStringLiteral("importReportDialog")});
    QCOMPARE(added, 4); // the framework, its group and two controls
    QVERIFY2(text.contains(QStringLiteral("hs-2")), qPrintable(text));
    QCOMPARE(counts(db).value(QStringLiteral("frameworks")), before.value(QStringLiteral("frameworks")) + 1);
    QCOMPARE(counts(db).value(QStringLiteral("provisions")), before.value(QStringLiteral("provisions")) + 3);
    QCOMPARE(m_window->undoStack().count(), 1);

    // The Frameworks page lists it.
    m_window->showPage(MainWindow::Page::Frameworks);
    auto* list = m_window->findChild<QTableView*>(QStringLiteral("frameworkList"));
    QVERIFY(list);
    const QAbstractItemModel* model = list->model();
    bool listed = false;
    for (int row = 0; row < model->rowCount() && !listed; ++row) {
        for (int column = 0; column < model->columnCount() && !listed; ++column)
            listed = model->index(row, column).data().toString().contains(QStringLiteral("Harbour Security Baseline"));
    }
    QVERIFY(listed);
}

void TestExchangeActions::refusingTheReportWritesNothing()
{
    Database& db = *m_window->database();
    const QMap<QString, qint64> before = counts(db);
    m_dialogs->nextOpenFileName = writeFile(QStringLiteral("refused.json"), smallCatalog);
    m_onReport = [](ImportReportDialog&) { return int(QDialog::Rejected); };
    action("actionImportOscal")->trigger();
    QCOMPARE(m_shown, QStringList{QStringLiteral("importReportDialog")});
    QCOMPARE(counts(db), before);
    QCOMPARE(m_window->undoStack().count(), 0);
    QCOMPARE(m_dialogs->criticals, QStringList());

    // A file that is not OSCAL is refused with the reason, before any report.
    m_shown.clear();
    m_dialogs->nextOpenFileName = writeFile(QStringLiteral("not-oscal.json"), "{\"something\": {}}");
    action("actionImportOscal")->trigger();
    QCOMPARE(m_shown, QStringList());
    QCOMPARE(m_dialogs->criticals.size(), 1);
    QVERIFY2(m_dialogs->criticals.constFirst().contains(QStringLiteral("not-oscal.json")),
             qPrintable(m_dialogs->criticals.constFirst()));
    QCOMPARE(counts(db), before);
}

void TestExchangeActions::exportOscalCatalogReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("cdp-catalog"));
    m_onOscalExport = [](OscalExportDialog& dialog) {
        OscalExportDialog::Choice choice;
        choice.kind = OscalExportDialog::Kind::Catalog;
        choice.frameworkCode = QStringLiteral("NATO-CDP2016");
        dialog.setChoice(choice);
        return int(QDialog::Accepted);
    };
    m_dialogs->nextSaveFileName = path;
    action("actionExportOscal")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    const QString written = path + QStringLiteral(".json"); // the suffix is added
    const Result<OscalDocument> document = OscalDocument::readFile(written);
    QVERIFY2(document.ok(), qPrintable(document.message()));
    QCOMPARE(document->model(), OscalDocument::Model::Catalog);
    QVERIFY(document->root().value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("title")));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved ")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->undoStack().count(), 0);
}

void TestExchangeActions::exportOscalMappingCollectionImportsBackUnchanged()
{
    Database& db = *m_window->database();
    const QString path = m_dir.filePath(QStringLiteral("mappings.json"));
    m_onOscalExport = [](OscalExportDialog& dialog) {
        OscalExportDialog::Choice choice;
        choice.kind = OscalExportDialog::Kind::MappingCollection;
        choice.sourceCode = QStringLiteral("JP-CSS2025");
        choice.targetCode = QStringLiteral("NATO-CDP2016");
        dialog.setChoice(choice);
        return int(QDialog::Accepted);
    };
    m_dialogs->nextSaveFileName = path;
    action("actionExportOscal")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    const Result<OscalDocument> document = OscalDocument::readFile(path);
    QVERIFY2(document.ok(), qPrintable(document.message()));
    QCOMPARE(document->model(), OscalDocument::Model::MappingCollection);

    // Importing it back finds every mapping as it is: nothing to write, only Close offered.
    const QMap<QString, qint64> before = counts(db);
    bool acceptOffered = true;
    m_onReport = [&](ImportReportDialog& report) {
        acceptOffered = report.findChild<QAbstractButton*>(QStringLiteral("acceptImportButton")) != nullptr;
        return int(QDialog::Rejected);
    };
    m_dialogs->nextOpenFileName = path;
    action("actionImportOscal")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_shown.last(), QStringLiteral("importReportDialog"));
    QVERIFY(!acceptOffered);
    QCOMPARE(counts(db), before);
}

void TestExchangeActions::unrecognisedMappingFrameworksAreAsked()
{
    Database& db = *m_window->database();
    const QString path = m_dir.filePath(QStringLiteral("anonymous.json"));
    m_onOscalExport = [](OscalExportDialog& dialog) {
        dialog.setChoice({OscalExportDialog::Kind::MappingCollection, QString(), QStringLiteral("JP-CSS2025"),
                          QStringLiteral("NATO-CDP2016")});
        return int(QDialog::Accepted);
    };
    m_dialogs->nextSaveFileName = path;
    action("actionExportOscal")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());

    // The same collection with resources that name no catalog of this database.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject collection = root.value(QStringLiteral("mapping-collection")).toObject();
    collection.remove(QStringLiteral("back-matter"));
    QJsonArray mappings = collection.value(QStringLiteral("mappings")).toArray();
    QVERIFY(!mappings.isEmpty());
    int maps = 0;
    for (const QJsonValue mapping : mappings)
        maps += int(mapping.toObject().value(QStringLiteral("maps")).toArray().size());
    QVERIFY(maps > 0);
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        QJsonObject mapping = mappings.at(i).toObject();
        const QJsonObject unknown{{QStringLiteral("type"), QStringLiteral("catalog")},
                                  {QStringLiteral("href"), QStringLiteral("elsewhere-%1.json").arg(i)}};
        mapping.insert(QStringLiteral("source-resource"), unknown);
        mapping.insert(QStringLiteral("target-resource"), unknown);
        mappings.replace(i, mapping);
    }
    collection.insert(QStringLiteral("mappings"), mappings);
    root.insert(QStringLiteral("mapping-collection"), collection);
    const QString anonymous =
        writeFile(QStringLiteral("unrecognised.json"), QJsonDocument(root).toJson(QJsonDocument::Indented));

    // Refusing to choose imports nothing and says nothing more.
    const QMap<QString, qint64> before = counts(db);
    m_shown.clear();
    QString explanation;
    m_onOscalExport = [&](OscalExportDialog& dialog) {
        explanation = dialog.findChild<QLabel*>(QStringLiteral("oscalExplanation"))->text();
        return int(QDialog::Rejected);
    };
    m_dialogs->nextOpenFileName = anonymous;
    action("actionImportOscal")->trigger();
    QCOMPARE(m_shown, QStringList{QStringLiteral("oscalExportDialog")});
    QVERIFY2(explanation.contains(QStringLiteral("source-resource")), qPrintable(explanation));
    QVERIFY2(!explanation.contains(QStringLiteral("--source")), qPrintable(explanation));
    QCOMPARE(m_dialogs->criticals, QStringList());

    // Choosing the frameworks plans again: every mapping is found as it is.
    m_shown.clear();
    m_onOscalExport = [](OscalExportDialog& dialog) {
        dialog.setChoice({OscalExportDialog::Kind::MappingCollection, QString(), QStringLiteral("JP-CSS2025"),
                          QStringLiteral("NATO-CDP2016")});
        return int(QDialog::Accepted);
    };
    int unchanged = -1;
    m_onReport = [&](ImportReportDialog& report) {
        report.setOutcomeFilter(ImportReport::Outcome::Unchanged);
        unchanged = report.visibleItemCount();
        return int(QDialog::Accepted);
    };
    m_dialogs->nextOpenFileName = anonymous;
    action("actionImportOscal")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_shown, (QStringList{QStringLiteral("oscalExportDialog"), QStringLiteral("importReportDialog")}));
    QCOMPARE(unchanged, maps);
    QCOMPARE(counts(db), before);
    QCOMPARE(m_window->undoStack().count(), 0);
}

void TestExchangeActions::exportPackageSelectionIsJson()
{
    const QString path = m_dir.filePath(QStringLiteral("partner.json"));
    m_onPackageExport = [](PackageExportDialog& dialog) {
        PackageExportDialog::Choice choice;
        choice.frameworkCodes = {QStringLiteral("JP-CSS2025"), QStringLiteral("NATO-CDP2016")};
        dialog.setChoice(choice);
        return int(QDialog::Accepted);
    };
    m_dialogs->nextSaveFileName = path;
    action("actionExportPackage")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object().value(QStringLiteral("format")).toString(), DatasetPackage::formatName());
    QStringList codes;
    for (const QJsonValue row :
         json.object().value(QStringLiteral("tables")).toObject().value(QStringLiteral("frameworks")).toArray())
        codes << row.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("JP-CSS2025"), QStringLiteral("NATO-CDP2016")}));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved ")));
}

void TestExchangeActions::mergingAPackageOfTheSameDatabaseChangesNothing()
{
    Database& db = *m_window->database();
    const QString path = m_dir.filePath(QStringLiteral("whole.json"));
    m_onPackageExport = [](PackageExportDialog&) { return int(QDialog::Accepted); };
    m_dialogs->nextSaveFileName = path;
    action("actionExportPackage")->trigger();
    QCOMPARE(m_dialogs->criticals, QStringList());

    const QMap<QString, qint64> before = counts(db);
    int added = -1;
    QString text;
    m_onReport = [&](ImportReportDialog& report) {
        text = report.reportText();
        report.setOutcomeFilter(ImportReport::Outcome::Added);
        added = report.visibleItemCount();
        return int(QDialog::Accepted);
    };
    m_dialogs->nextOpenFileName = path;
    action("actionMergePackage")->trigger();
    QVERIFY2(added == 0, qPrintable(text.left(2000)));
    QCOMPARE(m_dialogs->criticals, QStringList());
    QCOMPARE(m_shown.last(), QStringLiteral("importReportDialog"));
    QCOMPARE(added, 0);
    QCOMPARE(counts(db), before);
    QCOMPARE(m_window->undoStack().count(), 0);
}

QTEST_MAIN(TestExchangeActions)
#include "tst_exchangeactions.moc"
