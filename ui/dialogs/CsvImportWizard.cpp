#include "ui/dialogs/CsvImportWizard.h"

#include "ui/support/DialogProvider.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace crosswalk {

namespace {

const QString errorMark = QStringLiteral("\u26a0 ");
constexpr int previewValues = 3;
constexpr int ProgressDelayMs = 300;

/// Whether a column must hold the field: the required fields, and the framework columns when no framework
/// is chosen for every row.
bool isRequired(const CsvImport::Field& field, const CsvImport::Options& chosen)
{
    if (field.key == QLatin1String("framework"))
        return field.required || chosen.frameworkCode.isEmpty();
    if (field.key == QLatin1String("source_framework"))
        return field.required || chosen.sourceFrameworkCode.isEmpty();
    if (field.key == QLatin1String("target_framework"))
        return field.required || chosen.targetFrameworkCode.isEmpty();
    return field.required;
}

QString frameworkText(const QString& code, const QString& title)
{
    return title.isEmpty() ? code : QStringLiteral("%1 \u2014 %2").arg(code, title);
}

} // namespace

/// A wizard page whose completeness, and nothing else, the wizard decides.
class CsvImportWizard::GatedPage : public QWizardPage
{
public:
    GatedPage(std::function<bool()> complete, QWidget* parent) : QWizardPage(parent), m_complete(std::move(complete)) {}
    bool isComplete() const override { return QWizardPage::isComplete() && m_complete(); }
    void updateComplete() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

/// The first rows of the file as the import reads them: a column per mapped field (and the line), the
/// cells a check found wrong marked and explained in their tooltip.
class CsvImportWizard::PreviewModel : public QAbstractTableModel
{
public:
    explicit PreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

    void setContent(const QList<CsvRecord>& rows, const QList<CsvImport::Field>& fields,
                    const QMap<QString, int>& columns)
    {
        beginResetModel();
        m_rows = rows;
        m_fields.clear();
        m_columns.clear();
        for (const CsvImport::Field& field : fields) {
            if (columns.contains(field.key)) {
                m_fields << field;
                m_columns << columns.value(field.key);
            }
        }
        m_cellErrors.clear();
        m_rowErrors.clear();
        endResetModel();
    }

    void setErrors(const QList<CsvImport::RowError>& errors)
    {
        m_cellErrors.clear();
        m_rowErrors.clear();
        for (const CsvImport::RowError& error : errors) {
            m_rowErrors[error.line] << error.message;
            if (error.column > 0)
                m_cellErrors[qMakePair(error.line, error.column - 1)] << error.message;
        }
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, qMax(0, rowCount() - 1));
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_fields.size()) + 1;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return QVariant();
        const CsvRecord& record = m_rows.at(index.row());
        if (index.column() == 0) {
            const QStringList messages = m_rowErrors.value(record.line);
            switch (role) {
            case Qt::DisplayRole:
                return messages.isEmpty() ? QString::number(record.line) : errorMark + QString::number(record.line);
            case Qt::ToolTipRole:
                return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
            case Qt::TextAlignmentRole:
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            default:
                return QVariant();
            }
        }
        const int column = m_columns.at(index.column() - 1);
        const QString value = record.fields.value(column);
        const QStringList messages = m_cellErrors.value(qMakePair(record.line, column));
        switch (role) {
        case Qt::DisplayRole:
            return messages.isEmpty() ? value : errorMark + value;
        case Qt::ToolTipRole:
            return messages.isEmpty() ? QVariant(value) : QVariant(messages.join(QLatin1Char('\n')));
        case Qt::BackgroundRole:
            return messages.isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe2, 0xe1));
        case Qt::ForegroundRole:
            return messages.isEmpty() ? QVariant() : QVariant(QColor(0x8a, 0x1c, 0x1c));
        default:
            return QVariant();
        }
    }

    /// The cell of a line and 0-based file column (the line's first cell when the column is not shown).
    QModelIndex cellOf(qint64 line, int fileColumn) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).line == line)
                return index(row, qMax(0, int(m_columns.indexOf(fileColumn)) + 1));
        }
        return QModelIndex();
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return QVariant();
        if (role == Qt::DisplayRole)
            return section == 0 ? CsvImportWizard::tr("Line") : m_fields.at(section - 1).label;
        if (role == Qt::ToolTipRole && section > 0) {
            return CsvImportWizard::tr("%1 (column %2 of the file)")
                .arg(m_fields.at(section - 1).label)
                .arg(m_columns.at(section - 1) + 1);
        }
        return QVariant();
    }

private:
    QList<CsvRecord> m_rows;
    QList<CsvImport::Field> m_fields;
    QList<int> m_columns;                                ///< 0-based file column of each field shown
    QHash<QPair<qint64, int>, QStringList> m_cellErrors; ///< (line, 0-based column) -> messages
    QHash<qint64, QStringList> m_rowErrors;              ///< line -> every message of the row
};

CsvImportWizard::CsvImportWizard(const QList<QPair<QString, QString>>& frameworks, DialogProvider& dialogs,
                                 Checker checker, QWidget* parent)
    : QWizard(parent), m_dialogs(dialogs), m_checker(std::move(checker))
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, createFilePage(frameworks));
    setPage(ColumnsPage, createColumnsPage());
    setPage(PreviewPage, createPreviewPage());
    setStartId(FilePage);
    setButtonText(QWizard::FinishButton, tr("&Check and import..."));
    resize(820, 600);
}

CsvImportWizard::~CsvImportWizard() = default;

QWizardPage* CsvImportWizard::createFilePage(const QList<QPair<QString, QString>>& frameworks)
{
    auto* page = new GatedPage([this] { return !m_file->text().trimmed().isEmpty(); }, this);
    page->setObjectName(QStringLiteral("csvFilePage"));
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Choose the CSV file, what it holds and how to read it."));

    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("csvFileEdit"));
    m_file->setClearButtonEnabled(true);
    m_file->setPlaceholderText(tr("A CSV file of provisions or of mappings"));
    auto* browse = new QPushButton(tr("&Browse..."), page);
    browse->setObjectName(QStringLiteral("csvBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &CsvImportWizard::browse);
    connect(m_file, &QLineEdit::textChanged, page, &GatedPage::updateComplete);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_entity = new QComboBox(page);
    m_entity->setObjectName(QStringLiteral("csvEntityCombo"));
    m_entity->addItem(tr("Provisions of a framework"), CsvImport::entityKey(CsvImport::Entity::Provisions));
    m_entity->addItem(tr("Mappings between provisions"), CsvImport::entityKey(CsvImport::Entity::Mappings));

    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("csvEncodingCombo"));
    m_encoding->addItem(tr("Detect"), int(CsvReader::Encoding::Auto));
    for (const CsvReader::Encoding encoding : {CsvReader::Encoding::Utf8, CsvReader::Encoding::Utf16LE,
                                               CsvReader::Encoding::Utf16BE, CsvReader::Encoding::ShiftJis})
        m_encoding->addItem(CsvReader::encodingName(encoding), int(encoding));
    if (!CsvReader::isShiftJisAvailable()) {
        if (auto* model = qobject_cast<QStandardItemModel*>(m_encoding->model())) {
            QStandardItem* item = model->item(m_encoding->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("This build of Qt cannot decode Shift_JIS."));
        }
    }

    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));

    m_header = new QComboBox(page);
    m_header->setObjectName(QStringLiteral("csvHeaderCombo"));
    m_header->addItem(tr("Detect"), QString());
    m_header->addItem(tr("The first row names the columns"), QStringLiteral("yes"));
    m_header->addItem(tr("No header: the first row is data"), QStringLiteral("no"));

    const auto frameworkCombo = [&](const QString& name, const QString& none) {
        auto* combo = new QComboBox(page);
        combo->setObjectName(name);
        combo->addItem(none, QString());
        for (const auto& [code, title] : frameworks)
            combo->addItem(frameworkText(code, title), code);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(36);
        return combo;
    };
    m_framework = frameworkCombo(QStringLiteral("csvFrameworkCombo"), tr("(named in a column of the file)"));
    m_source = frameworkCombo(QStringLiteral("csvSourceFrameworkCombo"), tr("(named in a column of the file)"));
    m_target = frameworkCombo(QStringLiteral("csvTargetFrameworkCombo"), tr("(named in a column of the file)"));

    m_fileProblem = new QLabel(page);
    m_fileProblem->setObjectName(QStringLiteral("csvFileProblem"));
    m_fileProblem->setWordWrap(true);
    m_fileProblem->setTextFormat(Qt::PlainText);
    m_fileProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileProblem->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [&](const QString& text, QWidget* field, QLayout* layout = nullptr) {
        auto* label = new QLabel(text, page);
        label->setBuddy(field);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
    };
    addRow(tr("&File:"), m_file, fileRow);
    addRow(tr("&Holds:"), m_entity);
    addRow(tr("&Encoding:"), m_encoding);
    addRow(tr("&Delimiter:"), m_delimiter);
    addRow(tr("Header ro&w:"), m_header);
    addRow(tr("F&ramework:"), m_framework);
    addRow(tr("&Source framework:"), m_source);
    addRow(tr("&Target framework:"), m_target);

    m_entityHint = new QLabel(page);
    m_entityHint->setObjectName(QStringLiteral("csvEntityHint"));
    m_entityHint->setWordWrap(true);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_entityHint);
    layout->addWidget(m_fileProblem);
    layout->addStretch(1);

    connect(m_entity, &QComboBox::currentIndexChanged, this, &CsvImportWizard::updateFrameworkRows);
    updateFrameworkRows();
    return page;
}

QWizardPage* CsvImportWizard::createColumnsPage()
{
    auto* page = new GatedPage([this] { return columnsComplete(); }, this);
    page->setObjectName(QStringLiteral("csvColumnsPage"));
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Choose the field each column holds. Fields marked * are required."));

    m_detected = new QLabel(page);
    m_detected->setObjectName(QStringLiteral("csvDetected"));
    m_detected->setWordWrap(true);

    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("csvColumnsTable"));
    m_columns->setAccessibleName(tr("Columns of the file"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Field")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_columns->setColumnWidth(0, 170);
    m_columns->setColumnWidth(2, 240);
    m_columns->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_columnsMessage = new QLabel(page);
    m_columnsMessage->setObjectName(QStringLiteral("csvColumnsMessage"));
    m_columnsMessage->setWordWrap(true);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_detected);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_columnsMessage);
    return page;
}

QWizardPage* CsvImportWizard::createPreviewPage()
{
    auto* page = new GatedPage([this] { return m_checked; }, this);
    page->setObjectName(QStringLiteral("csvPreviewPage"));
    page->setTitle(tr("Preview and check"));
    page->setSubTitle(tr("The first rows as they will be read, and the problems of every row of the file. "
                         "Nothing is imported while a row has an error."));

    m_previewModel = new PreviewModel(this);
    m_previewTable = new QTableView(page);
    m_previewTable->setObjectName(QStringLiteral("csvPreviewTable"));
    m_previewTable->setAccessibleName(tr("First rows of the file"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);

    m_check = new QPushButton(tr("&Check all rows"), page);
    m_check->setObjectName(QStringLiteral("csvCheckButton"));
    connect(m_check, &QPushButton::clicked, this, &CsvImportWizard::checkAllRows);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setObjectName(QStringLiteral("csvCheckSummary"));
    m_checkSummary->setWordWrap(true);
    m_checkSummary->setTextFormat(Qt::PlainText);
    m_checkSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkSummary, 1);
    checkRow->addWidget(m_check, 0, Qt::AlignTop);

    m_errorList = new QTreeWidget(page);
    m_errorList->setObjectName(QStringLiteral("csvErrorList"));
    m_errorList->setAccessibleName(tr("Errors of the rows"));
    m_errorList->setRootIsDecorated(false);
    m_errorList->setUniformRowHeights(true);
    m_errorList->setHeaderLabels({tr("Line"), tr("Column"), tr("Field"), tr("Message")});
    m_errorList->setColumnWidth(0, 60);
    m_errorList->setColumnWidth(1, 70);
    m_errorList->setColumnWidth(2, 140);
    m_errorList->setAlternatingRowColors(true);

    // Choosing an error shows its cell when it is among the first rows.
    connect(m_errorList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QModelIndex cell = m_previewModel->cellOf(item->text(0).toLongLong(), item->text(1).toInt() - 1);
        if (cell.isValid()) {
            m_previewTable->setCurrentIndex(cell);
            m_previewTable->scrollTo(cell);
        }
    });

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_previewTable);
    splitter->addWidget(m_errorList);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter, 1);
    layout->addLayout(checkRow);
    return page;
}

QString CsvImportWizard::filePath() const
{
    return m_file->text().trimmed();
}

void CsvImportWizard::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void CsvImportWizard::setEntity(CsvImport::Entity entity)
{
    m_entity->setCurrentIndex(m_entity->findData(CsvImport::entityKey(entity)));
}

CsvImport::Entity CsvImportWizard::entity() const
{
    return CsvImport::entityFromKey(m_entity->currentData().toString()).value_or(CsvImport::Entity::Provisions);
}

void CsvImportWizard::browse()
{
    const QString folder = filePath().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    const QString path =
        m_dialogs.getOpenFileName(this, tr("Import CSV"), folder, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void CsvImportWizard::updateFrameworkRows()
{
    auto* form = m_framework->parentWidget()->findChild<QFormLayout*>();
    if (!form)
        return;
    const bool provisions = entity() == CsvImport::Entity::Provisions;
    m_entityHint->setText(
        provisions ? tr("One row per provision. Provisions are matched by code within their framework: a new code is "
                        "added, a known one updated. A parent code names a provision of the same framework, in the "
                        "database or anywhere in the file.")
                   : tr("One row per mapping, from a source provision to a target provision, each named by its "
                        "framework and code. A pair already mapped is updated."));
    form->setRowVisible(m_framework, provisions);
    form->setRowVisible(m_source, !provisions);
    form->setRowVisible(m_target, !provisions);
}

CsvImport::Options CsvImportWizard::readingOptions() const
{
    CsvImport::Options options;
    options.entity = entity();
    options.encoding = static_cast<CsvReader::Encoding>(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QString header = m_header->currentData().toString();
    if (!header.isEmpty())
        options.hasHeader = header == QLatin1String("yes");
    if (options.entity == CsvImport::Entity::Provisions) {
        options.frameworkCode = m_framework->currentData().toString();
    } else {
        options.sourceFrameworkCode = m_source->currentData().toString();
        options.targetFrameworkCode = m_target->currentData().toString();
    }
    return options;
}

CsvImport::Options CsvImportWizard::options() const
{
    CsvImport::Options options = readingOptions();
    if (!m_previewKey.isEmpty()) {
        options.encoding = m_preview.encoding;
        options.delimiter = m_preview.delimiter;
        options.hasHeader = m_preview.hasHeader;
        options.columns = columnMapping();
    }
    return options;
}

bool CsvImportWizard::readPreview()
{
    const CsvImport::Options options = readingOptions();
    const QString path = QDir::fromNativeSeparators(filePath());
    const QString key = QStringList{path,
                                    CsvImport::entityKey(options.entity),
                                    QString::number(int(options.encoding)),
                                    QString(options.delimiter),
                                    options.hasHeader ? QString::number(*options.hasHeader) : QString(),
                                    options.frameworkCode,
                                    options.sourceFrameworkCode,
                                    options.targetFrameworkCode,
                                    QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch())}
                            .join(QLatin1Char('\x1f'));
    if (!QFileInfo(path).isFile()) {
        m_fileProblem->setText(tr("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
        m_fileProblem->show();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<CsvImport::Preview> read = CsvImport::preview(path, options);
    QApplication::restoreOverrideCursor();
    if (!read) {
        m_fileProblem->setText(read.message());
        m_fileProblem->show();
        return false;
    }
    m_fileProblem->hide();
    m_preview = std::move(read.value());
    if (key != m_previewKey) {
        m_previewKey = key;
        fillColumns();
    }
    return true;
}

void CsvImportWizard::fillColumns()
{
    const QList<CsvImport::Field> fields = CsvImport::fields(entity());
    const CsvImport::Options chosen = readingOptions();
    const int columnCount = int(m_preview.header.size());
    m_columns->clearContents();
    m_columns->setRowCount(columnCount);
    for (int column = 0; column < columnCount; ++column) {
        auto* name = new QTableWidgetItem(m_preview.header.value(column));
        name->setToolTip(tr("Column %1").arg(column + 1));
        m_columns->setItem(column, 0, name);
        QStringList values;
        for (const CsvRecord& record : m_preview.rows) {
            const QString value = record.fields.value(column).simplified();
            if (!value.isEmpty())
                values << (value.size() > 40 ? value.left(39) + QStringLiteral("\u2026") : value);
            if (values.size() == previewValues)
                break;
        }
        auto* first = new QTableWidgetItem(values.join(QStringLiteral(" \u00b7 ")));
        first->setToolTip(values.join(QLatin1Char('\n')));
        m_columns->setItem(column, 1, first);

        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("csvColumnField_%1").arg(column));
        combo->setAccessibleName(tr("Field of column %1").arg(column + 1));
        combo->addItem(tr("(ignore)"), QString());
        for (const CsvImport::Field& field : fields) {
            combo->addItem(isRequired(field, chosen) ? tr("%1 *").arg(field.label) : field.label, field.key);
            combo->setItemData(combo->count() - 1, field.description, Qt::ToolTipRole);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportWizard::updateColumnsMessage);
        m_columns->setCellWidget(column, 2, combo);
    }
    for (auto it = m_preview.columns.cbegin(); it != m_preview.columns.cend(); ++it)
        setColumnField(it.value(), it.key());

    QString detected =
        tr("Read as %1, delimiter %2, %3.")
            .arg(CsvReader::encodingName(m_preview.encoding),
                 m_preview.delimiter == QLatin1Char('\t') ? tr("tab")
                                                          : QStringLiteral("\u201c%1\u201d").arg(m_preview.delimiter),
                 m_preview.hasHeader ? tr("the first row naming the columns") : tr("without a header row"));
    m_detected->setText(detected);
    updateColumnsMessage();
}

QString CsvImportWizard::columnField(int column) const
{
    auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2));
    return combo ? combo->currentData().toString() : QString();
}

void CsvImportWizard::setColumnField(int column, const QString& fieldKey)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(column, 2))) {
        const int index = combo->findData(fieldKey);
        combo->setCurrentIndex(qMax(0, index));
    }
}

QMap<QString, int> CsvImportWizard::columnMapping() const
{
    QMap<QString, int> mapping;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const QString key = columnField(column);
        if (!key.isEmpty() && !mapping.contains(key))
            mapping.insert(key, column);
    }
    return mapping;
}

QStringList CsvImportWizard::missingRequiredFields() const
{
    const CsvImport::Options chosen = readingOptions();
    const QMap<QString, int> mapping = columnMapping();
    QStringList missing;
    for (const CsvImport::Field& field : CsvImport::fields(entity())) {
        if (isRequired(field, chosen) && !mapping.contains(field.key))
            missing << field.label;
    }
    return missing;
}

bool CsvImportWizard::columnsComplete() const
{
    if (m_columns->rowCount() == 0 || !missingRequiredFields().isEmpty())
        return false;
    QSet<QString> seen;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const QString key = columnField(column);
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

void CsvImportWizard::updateColumnsMessage()
{
    QStringList problems;
    const QStringList missing = missingRequiredFields();
    if (!missing.isEmpty())
        problems << tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", ")));
    QMap<QString, QStringList> used;
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const QString key = columnField(column);
        if (!key.isEmpty())
            used[key] << QString::number(column + 1);
    }
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.value().size() > 1) {
            auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(it.value().first().toInt() - 1, 2));
            problems << tr("%1 is chosen for several columns (%2); keep one.")
                            .arg(combo ? combo->currentText() : it.key(), it.value().join(QStringLiteral(", ")));
        }
    }
    m_columnsMessage->setText(problems.isEmpty() ? tr("Every required field has a column.")
                                                 : errorMark + problems.join(QLatin1Char(' ')));
    if (auto* page = dynamic_cast<GatedPage*>(this->page(ColumnsPage)))
        page->updateComplete();
}

void CsvImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ColumnsPage) {
        updateColumnsMessage();
    } else if (id == PreviewPage) {
        m_previewModel->setContent(m_preview.rows, CsvImport::fields(entity()), columnMapping());
        // As wide as the values need, within reason: long texts show whole in their tooltip.
        m_previewTable->resizeColumnsToContents();
        for (int column = 0; column < m_previewModel->columnCount(); ++column)
            m_previewTable->setColumnWidth(column, qMin(m_previewTable->columnWidth(column), 260));
        checkAllRows();
    }
}

void CsvImportWizard::cleanupPage(int id)
{
    QWizard::cleanupPage(id);
    if (id == PreviewPage) {
        m_checked = false;
        m_errors.clear();
        m_errorList->clear();
        m_checkSummary->clear();
    }
}

bool CsvImportWizard::validateCurrentPage()
{
    // Next and Finish are disabled on an incomplete page; next() called directly must not pass either.
    if (currentPage() && !currentPage()->isComplete())
        return false;
    if (currentId() == FilePage && !readPreview())
        return false;
    if (currentId() == PreviewPage && !m_checked)
        return false;
    return QWizard::validateCurrentPage();
}

bool CsvImportWizard::checkAllRows()
{
    m_checked = false;
    m_errors.clear();
    m_errorCount = 0;
    m_checkFailure.clear();
    m_errorList->clear();
    if (!m_checker) {
        m_checkFailure = tr("The rows cannot be checked here.");
        showCheck(Result<CsvImport::Outcome>::failure(m_checkFailure));
        return false;
    }
    QProgressDialog progress(tr("Checking %1\u2026").arg(QFileInfo(filePath()).fileName()), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("csvCheckProgress"));
    progress.setWindowTitle(tr("Import CSV"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(ProgressDelayMs);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const Progress report = [&progress](qint64 done, qint64 total) {
        if (total > 0) {
            progress.setMaximum(1000);
            progress.setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        }
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const Result<CsvImport::Outcome> outcome = m_checker(QDir::fromNativeSeparators(filePath()), options(), report);
    progress.close();
    showCheck(outcome);
    if (auto* page = dynamic_cast<GatedPage*>(this->page(PreviewPage)))
        page->updateComplete();
    return m_checked;
}

void CsvImportWizard::showCheck(const Result<CsvImport::Outcome>& outcome)
{
    if (!outcome) {
        m_checkFailure = outcome.message();
        m_checkSummary->setText(errorMark + tr("The file cannot be imported: %1").arg(outcome.message()));
        m_previewModel->setErrors({});
        return;
    }
    m_errors = outcome->errors;
    m_errorCount = outcome->errorCount;
    m_previewModel->setErrors(m_errors);
    const QList<CsvImport::Field> fields = CsvImport::fields(entity());
    for (const CsvImport::RowError& error : m_errors) {
        QString field = error.field;
        for (const CsvImport::Field& known : fields) {
            if (known.key == error.field)
                field = known.label;
        }
        auto* item = new QTreeWidgetItem(m_errorList, {QString::number(error.line),
                                                       error.column > 0 ? QString::number(error.column) : QString(),
                                                       field, error.message});
        item->setToolTip(3, error.message);
    }
    if (m_errorCount > 0) {
        QString text = tr("%n error(s) in %1 rows; nothing is imported until they are corrected in the file.", nullptr,
                          int(qMin<qint64>(m_errorCount, std::numeric_limits<int>::max())))
                           .arg(outcome->rows);
        if (m_errorCount > m_errors.size())
            text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(m_errors.size());
        m_checkSummary->setText(errorMark + text);
        return;
    }
    m_checked = true;
    m_checkSummary->setText(
        tr("All %1 rows can be imported. %2").arg(outcome->rows).arg(outcome->plan.report.summary()));
}

QList<CsvImport::RowError> CsvImportWizard::rowErrors() const
{
    return m_errors;
}

} // namespace crosswalk
