#include "models/exchange/OscalCatalog.h"

#include "models/domain/Framework.h"
#include "models/domain/IsoDate.h"
#include "models/domain/Provision.h"
#include "models/exchange/OscalDocument.h"
#include "models/storage/Database.h"
#include "models/storage/RecordStore.h"
#include "models/storage/TableCatalog.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace crosswalk {

namespace {

// Crosswalk's own props and parts (namespace OscalDocument::propertyNamespace()).
const char* const PropCode = "code";            ///< the provision's code when the id had to be encoded
const char* const PropSortOrder = "sort-order"; ///< sort_order when it is not the position on re-import
const char* const PropEffectiveDate = "effective-date";
const char* const PropNoLabel = "no-label";             ///< the provision has no reference label
const char* const PropFrameworkCode = "framework-code"; ///< metadata: the exported framework's code
const char* const PropNoVersion = "no-version";         ///< metadata: metadata.version was made up ("1")
const char* const PartOriginal = "original";            ///< title = title_orig, prose = summary_orig

const QLatin1String OscalNamespace("http://csrc.nist.gov/ns/oscal");
constexpr int ProgressEvery = 200;
constexpr int MaxDerivedCodeLength = 32;

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

/// Whether a prop or part is OSCAL's own (no ns, or the NIST namespace) or ours.
bool isOscalNs(const QJsonObject& object)
{
    const QString ns = object.value(QStringLiteral("ns")).toString();
    return ns.isEmpty() || ns == OscalNamespace;
}

bool isOurNs(const QJsonObject& object)
{
    return object.value(QStringLiteral("ns")).toString() == OscalDocument::propertyNamespace();
}

/// A group or control read from the catalog: a provision to be.
struct Item
{
    QString path;
    QString code;
    int parent = -1; ///< index in the item list; -1 at the top
    int sortOrder = 0;
    QString refLabel;
    QString title;
    QString summary;
    std::optional<QString> titleOrig;
    std::optional<QString> summaryOrig;
    std::optional<QString> effectiveDate;
};

/// Reads the groups and controls of a catalog into items, checking the types of what it reads.
class CatalogReader
{
public:
    CatalogReader(const OscalDocument& document, const Progress& progress) : m_document(document), m_progress(progress)
    {
    }

    Status read()
    {
        const QJsonObject& root = m_document.root();
        m_total = countItems(root, 0);
        if (!reportProgress(m_progress, 0, m_total))
            return Status::failure(ChangeSet::cancelledMessage());
        QHash<QString, QString> scope;
        if (Status s = readParams(root, m_document.rootPath(), scope); !s)
            return s;
        m_params.append(scope);
        const Status status = readChildren(root, m_document.rootPath(), -1, true);
        if (!status)
            return status;
        if (!reportProgress(m_progress, m_total, m_total))
            return Status::failure(ChangeSet::cancelledMessage());
        return {};
    }

    const QList<Item>& items() const { return m_items; }

private:
    Status fail(const QString& path, const QString& reason) const
    {
        return Status::failure(m_document.error(path, reason));
    }

    /// The groups and controls below an object, for progress (wrong types are left to the reader).
    static qint64 countItems(const QJsonObject& object, int depth)
    {
        if (depth > 64)
            return 0;
        qint64 n = 0;
        for (const char* name : {"controls", "groups"}) {
            for (const QJsonValue& value : object.value(key(name)).toArray()) {
                n += 1 + countItems(value.toObject(), depth + 1);
            }
        }
        return n;
    }

    Status array(const QJsonObject& object, const QString& name, const QString& path, QJsonArray& out) const
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            out = QJsonArray();
            return {};
        }
        if (!value.isArray())
            return fail(path + QLatin1Char('.') + name, OscalCatalog::tr("must be a JSON array"));
        out = value.toArray();
        return {};
    }

    Status object(const QJsonValue& value, const QString& path, QJsonObject& out) const
    {
        if (!value.isObject())
            return fail(path, OscalCatalog::tr("must be a JSON object"));
        out = value.toObject();
        return {};
    }

    Status text(const QJsonObject& object, const QString& name, const QString& path, bool required, QString& out) const
    {
        const QJsonValue value = object.value(name);
        const QString at = path + QLatin1Char('.') + name;
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(at, OscalCatalog::tr("required text is missing"));
            out.clear();
            return {};
        }
        if (!value.isString())
            return fail(at, OscalCatalog::tr("must be text"));
        out = value.toString();
        if (required && out.trimmed().isEmpty())
            return fail(at, OscalCatalog::tr("required text is missing"));
        return {};
    }

    Status readParams(const QJsonObject& object, const QString& path, QHash<QString, QString>& scope) const
    {
        QJsonArray params;
        if (Status s = array(object, QStringLiteral("params"), path, params); !s)
            return s;
        for (qsizetype i = 0; i < params.size(); ++i) {
            const QString at = QStringLiteral("%1.params[%2]").arg(path).arg(i);
            QJsonObject param;
            if (Status s = this->object(params.at(i), at, param); !s)
                return s;
            QString paramId;
            if (Status s = text(param, QStringLiteral("id"), at, true, paramId); !s)
                return s;
            QString shown;
            if (Status s = paramText(param, at, shown); !s)
                return s;
            scope.insert(paramId, shown);
        }
        return {};
    }

    Status readChildren(const QJsonObject& container, const QString& path, int parent, bool mayHoldGroups)
    {
        // Controls first, then groups: JSON objects have no order between their properties, so this
        // is the order positions are counted in (the exporter writes sort-order props where it differs).
        int position = 0;
        QJsonArray controls;
        if (Status s = array(container, QStringLiteral("controls"), path, controls); !s)
            return s;
        for (qsizetype i = 0; i < controls.size(); ++i) {
            const QString at = QStringLiteral("%1.controls[%2]").arg(path).arg(i);
            if (Status s = readItem(controls.at(i), at, parent, ++position, false); !s)
                return s;
        }
        if (!mayHoldGroups)
            return {};
        QJsonArray groups;
        if (Status s = array(container, QStringLiteral("groups"), path, groups); !s)
            return s;
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString at = QStringLiteral("%1.groups[%2]").arg(path).arg(i);
            if (Status s = readItem(groups.at(i), at, parent, ++position, true); !s)
                return s;
        }
        return {};
    }

    Status readItem(const QJsonValue& value, const QString& path, int parent, int position, bool isGroup)
    {
        QJsonObject object;
        if (Status s = this->object(value, path, object); !s)
            return s;
        if ((++m_done % ProgressEvery) == 0 && !reportProgress(m_progress, m_done, m_total))
            return Status::failure(ChangeSet::cancelledMessage());
        Item item;
        item.path = path;
        item.parent = parent;
        item.sortOrder = position;
        QString id;
        if (Status s = text(object, QStringLiteral("id"), path, true, id); !s)
            return s;
        if (Status s = text(object, QStringLiteral("title"), path, true, item.title); !s)
            return s;

        // Parameters: visible to this item and the items inside it.
        QHash<QString, QString> scope;
        if (Status s = readParams(object, path, scope); !s)
            return s;
        m_params.append(scope);
        const auto popScope = qScopeGuard([this] { m_params.removeLast(); });

        item.title = substitute(item.title, 0);

        // Props: the label, and ours.
        QJsonArray props;
        if (Status s = array(object, QStringLiteral("props"), path, props); !s)
            return s;
        QString label;
        QString classedLabel;
        bool noLabel = false;
        std::optional<QString> code;
        std::optional<int> sortOrder;
        for (qsizetype i = 0; i < props.size(); ++i) {
            const QString at = QStringLiteral("%1.props[%2]").arg(path).arg(i);
            QJsonObject prop;
            if (Status s = this->object(props.at(i), at, prop); !s)
                return s;
            QString name;
            QString propValue;
            if (Status s = text(prop, QStringLiteral("name"), at, true, name); !s)
                return s;
            if (Status s = text(prop, QStringLiteral("value"), at, true, propValue); !s)
                return s;
            if (isOscalNs(prop) && name == QLatin1String("label")) {
                if (!prop.contains(QStringLiteral("class")) && label.isEmpty())
                    label = propValue;
                else if (classedLabel.isEmpty())
                    classedLabel = propValue;
                continue;
            }
            if (!isOurNs(prop))
                continue;
            if (name == key(PropCode)) {
                code = propValue;
            } else if (name == key(PropNoLabel)) {
                noLabel = true;
            } else if (name == key(PropSortOrder)) {
                bool ok = false;
                const int number = propValue.toInt(&ok);
                if (!ok || number < -1000000 || number > 1000000)
                    return fail(at + QStringLiteral(".value"),
                                OscalCatalog::tr("\"%1\" is not a sort order (a whole number)").arg(propValue));
                sortOrder = number;
            } else if (name == key(PropEffectiveDate)) {
                if (!IsoDate::isValid(propValue))
                    return fail(at + QStringLiteral(".value"),
                                OscalCatalog::tr("\"%1\" is not an ISO 8601 date").arg(propValue));
                item.effectiveDate = propValue;
            }
        }
        item.code = code.value_or(id).trimmed();
        if (item.code.isEmpty())
            return fail(path + QStringLiteral(".id"), OscalCatalog::tr("required text is missing"));
        if (sortOrder)
            item.sortOrder = *sortOrder;
        if (noLabel)
            item.refLabel.clear();
        else
            item.refLabel = !label.isEmpty() ? label : !classedLabel.isEmpty() ? classedLabel : id;

        // Parts: the statement (or the first part) gives the summary; ours gives the original texts.
        QJsonArray parts;
        if (Status s = array(object, QStringLiteral("parts"), path, parts); !s)
            return s;
        int statement = -1;
        int first = -1;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString at = QStringLiteral("%1.parts[%2]").arg(path).arg(i);
            QJsonObject part;
            if (Status s = this->object(parts.at(i), at, part); !s)
                return s;
            QString name;
            if (Status s = text(part, QStringLiteral("name"), at, true, name); !s)
                return s;
            if (isOurNs(part)) {
                if (name == key(PartOriginal)) {
                    QString titleOrig;
                    QString summaryOrig;
                    if (Status s = text(part, QStringLiteral("title"), at, false, titleOrig); !s)
                        return s;
                    if (Status s = text(part, QStringLiteral("prose"), at, false, summaryOrig); !s)
                        return s;
                    item.titleOrig = titleOrig;
                    item.summaryOrig = summaryOrig;
                }
                continue;
            }
            if (first < 0)
                first = static_cast<int>(i);
            if (statement < 0 && name == QLatin1String("statement") && isOscalNs(part))
                statement = static_cast<int>(i);
        }
        const int chosen = statement >= 0 ? statement : first;
        if (chosen >= 0) {
            QStringList lines;
            const QString at = QStringLiteral("%1.parts[%2]").arg(path).arg(chosen);
            if (Status s = partText(parts.at(chosen).toObject(), at, 0, lines); !s)
                return s;
            item.summary = lines.join(QLatin1Char('\n'));
        }

        if (const auto seen = m_paths.constFind(item.code); seen != m_paths.constEnd())
            return fail(path + QStringLiteral(".id"),
                        OscalCatalog::tr("\"%1\" is the id of %2 already; ids must be unique in a catalog")
                            .arg(item.code, *seen));
        m_paths.insert(item.code, path);

        const int index = static_cast<int>(m_items.size());
        m_items.append(item);
        return readChildren(object, path, index, isGroup);
    }

    /// The text of a part: its prose (as written when it has no sub-parts), then a "label prose" line per
    /// sub-part, indented by depth.
    Status partText(const QJsonObject& part, const QString& path, int depth, QStringList& lines) const
    {
        QString prose;
        if (Status s = text(part, QStringLiteral("prose"), path, false, prose); !s)
            return s;
        QJsonArray subParts;
        if (Status s = array(part, QStringLiteral("parts"), path, subParts); !s)
            return s;
        if (depth == 0 && subParts.isEmpty()) {
            if (!prose.isEmpty())
                lines << substitute(prose, 0);
            return {};
        }
        QString line = substitute(prose, 0).trimmed();
        if (depth > 0) {
            QString label;
            QJsonArray props;
            if (Status s = array(part, QStringLiteral("props"), path, props); !s)
                return s;
            for (const QJsonValue& value : props) {
                const QJsonObject prop = value.toObject();
                if (isOscalNs(prop) && prop.value(QStringLiteral("name")).toString() == QLatin1String("label")) {
                    label = prop.value(QStringLiteral("value")).toString().trimmed();
                    break;
                }
            }
            if (!label.isEmpty())
                line = line.isEmpty() ? label : label + QLatin1Char(' ') + line;
            if (!line.isEmpty())
                line.prepend(QString(2 * (depth - 1), QLatin1Char(' ')));
        }
        if (!line.trimmed().isEmpty())
            lines << line;
        if (depth > 32)
            return {};
        for (qsizetype i = 0; i < subParts.size(); ++i) {
            const QString at = QStringLiteral("%1.parts[%2]").arg(path).arg(i);
            QJsonObject subPart;
            if (Status s = object(subParts.at(i), at, subPart); !s)
                return s;
            if (isOurNs(subPart))
                continue;
            if (Status s = partText(subPart, at, depth + 1, lines); !s)
                return s;
        }
        return {};
    }

    /// How an insertion of a parameter reads: "[label]", "[Selection: a; b]" or "[id]".
    Status paramText(const QJsonObject& param, const QString& path, QString& out) const
    {
        QString label;
        if (Status s = text(param, QStringLiteral("label"), path, false, label); !s)
            return s;
        if (!label.trimmed().isEmpty()) {
            out = QStringLiteral("[%1]").arg(label.trimmed());
            return {};
        }
        const QJsonValue select = param.value(QStringLiteral("select"));
        if (select.isObject()) {
            const QString at = path + QStringLiteral(".select");
            QJsonArray choices;
            if (Status s = array(select.toObject(), QStringLiteral("choice"), at, choices); !s)
                return s;
            QStringList texts;
            for (qsizetype i = 0; i < choices.size(); ++i) {
                if (!choices.at(i).isString())
                    return fail(QStringLiteral("%1.choice[%2]").arg(at).arg(i), OscalCatalog::tr("must be text"));
                texts << choices.at(i).toString().trimmed();
            }
            const bool several =
                select.toObject().value(QStringLiteral("how-many")).toString() == QLatin1String("one-or-more");
            // Choices may insert parameters too; they are resolved when the text is substituted.
            out = several ? OscalCatalog::tr("[Selection (one or more): %1]").arg(texts.join(QStringLiteral("; ")))
                          : OscalCatalog::tr("[Selection: %1]").arg(texts.join(QStringLiteral("; ")));
            return {};
        }
        out = QStringLiteral("[%1]").arg(param.value(QStringLiteral("id")).toString());
        return {};
    }

    QString substitute(const QString& text, int depth) const
    {
        static const QRegularExpression insertion(
            QStringLiteral("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}"));
        if (!text.contains(QLatin1String("{{")))
            return text;
        QString result;
        qsizetype last = 0;
        auto it = insertion.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result += QStringView(text).mid(last, match.capturedStart() - last);
            const QString id = match.captured(1);
            QString shown = QStringLiteral("[%1]").arg(id);
            for (auto scope = m_params.crbegin(); scope != m_params.crend(); ++scope) {
                if (const auto found = scope->constFind(id); found != scope->constEnd()) {
                    shown = depth < 3 ? substitute(*found, depth + 1) : *found;
                    break;
                }
            }
            result += shown;
            last = match.capturedEnd();
        }
        result += QStringView(text).mid(last);
        return result;
    }

    const OscalDocument& m_document;
    const Progress& m_progress;
    QList<Item> m_items;
    QList<QHash<QString, QString>> m_params;
    QHash<QString, QString> m_paths; ///< code -> JSON path of the item that has it
    qint64 m_total = 0;
    qint64 m_done = 0;
};

/// "NIST SP 800-53 Rev. 5" -> "NIST-SP-800-53-REV-5": upper-case letters and digits, words joined by
/// dashes, whole words up to 32 characters.
QString deriveCode(const QString& title)
{
    QStringList words;
    QString word;
    for (const QChar c : title) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            word += c.toUpper();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    QString code;
    for (const QString& w : std::as_const(words)) {
        const QString next = code.isEmpty() ? w : code + QLatin1Char('-') + w;
        if (next.size() > MaxDerivedCodeLength) {
            if (code.isEmpty())
                code = w.left(MaxDerivedCodeLength);
            break;
        }
        code = next;
    }
    return code.isEmpty() ? QStringLiteral("OSCAL-CATALOG") : code;
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(qlonglong(*id)) : QVariant(QMetaType::fromType<qlonglong>());
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull() || a.toString().isEmpty() == b.toString().isEmpty();
    return a.toString() == b.toString();
}

/// Sets the columns of row to values; returns the labels of the columns that changed.
QStringList assign(QVariantMap& row, const QList<QPair<QString, QVariant>>& values)
{
    QStringList changed;
    for (const auto& [column, value] : values) {
        if (!sameValue(row.value(column), value)) {
            changed << TableCatalog::columnLabel(column);
            row.insert(column, value);
        }
    }
    return changed;
}

QString provisionLabel()
{
    const TableSpec* spec = TableCatalog::table(QStringLiteral("provisions"));
    return spec ? spec->displayLabel() : QStringLiteral("provision");
}

QString frameworkLabel()
{
    const TableSpec* spec = TableCatalog::table(QStringLiteral("frameworks"));
    return spec ? spec->displayLabel() : QStringLiteral("framework");
}

// ---- Export -------------------------------------------------------------------------------------

/// An OSCAL token (ids): a letter or underscore, then letters, digits, '.', '-', '_'.
QJsonObject prop(const QString& name, const QString& value, bool ours)
{
    QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    if (ours)
        object.insert(QStringLiteral("ns"), OscalDocument::propertyNamespace());
    return object;
}

/// The rank of a key in written objects: OSCAL's usual order, then the rest alphabetically.
int keyRank(const QString& name)
{
    static const QStringList order = {QStringLiteral("uuid"),
                                      QStringLiteral("id"),
                                      QStringLiteral("class"),
                                      QStringLiteral("name"),
                                      QStringLiteral("ns"),
                                      QStringLiteral("value"),
                                      QStringLiteral("title"),
                                      QStringLiteral("metadata"),
                                      QStringLiteral("last-modified"),
                                      QStringLiteral("version"),
                                      QStringLiteral("oscal-version"),
                                      QStringLiteral("params"),
                                      QStringLiteral("props"),
                                      QStringLiteral("links"),
                                      QStringLiteral("parts"),
                                      QStringLiteral("prose"),
                                      QStringLiteral("controls"),
                                      QStringLiteral("groups"),
                                      QStringLiteral("back-matter")};
    const qsizetype index = order.indexOf(name);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

QByteArray scalar(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// Pretty-printed JSON with the keys in keyRank order (QJsonDocument sorts them alphabetically).
void writeJson(QByteArray& out, const QJsonValue& value, int indent)
{
    const QByteArray pad(2 * (indent + 1), ' ');
    const QByteArray closePad(2 * indent, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(),
                         [](const QString& a, const QString& b) { return keyRank(a) < keyRank(b); });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += pad + scalar(keys.at(i)) + ": ";
            writeJson(out, object.value(keys.at(i)), indent + 1);
        }
        out += keys.isEmpty() ? QByteArray("}") : "\n" + closePad + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += pad;
            writeJson(out, array.at(i), indent + 1);
        }
        out += array.isEmpty() ? QByteArray("]") : "\n" + closePad + ']';
    } else {
        out += scalar(value);
    }
}

class CatalogWriter
{
public:
    CatalogWriter(QList<Provision> provisions, const Progress& progress)
        : m_provisions(std::move(provisions)), m_progress(progress)
    {
        QHash<qint64, int> index;
        for (int i = 0; i < m_provisions.size(); ++i)
            index.insert(m_provisions[i].id, i);
        for (int i = 0; i < m_provisions.size(); ++i) {
            const Provision& p = m_provisions[i];
            // A parent outside the framework (never in a sound database) puts the provision at the top.
            const qint64 parent = p.parentId && index.contains(*p.parentId) && *p.parentId != p.id ? *p.parentId : 0;
            m_children[parent].append(i);
        }
        for (QList<int>& children : m_children) {
            std::sort(children.begin(), children.end(), [this](int a, int b) {
                const Provision& x = m_provisions[a];
                const Provision& y = m_provisions[b];
                return x.sortOrder != y.sortOrder ? x.sortOrder < y.sortOrder : x.code < y.code;
            });
        }
    }

    /// Fills container with "controls" and "groups" for the children of parent (0: the top).
    Status writeChildren(qint64 parent, bool mayHoldGroups, QJsonObject& container)
    {
        QList<int> controls;
        QList<int> groups;
        for (int i : m_children.value(parent)) {
            if (mayHoldGroups && m_children.contains(m_provisions[i].id))
                groups << i;
            else
                controls << i;
        }
        int position = 0;
        QJsonArray controlArray;
        for (int i : std::as_const(controls)) {
            QJsonObject item;
            if (Status s = writeItem(m_provisions[i], ++position, false, item); !s)
                return s;
            controlArray.append(item);
        }
        QJsonArray groupArray;
        for (int i : std::as_const(groups)) {
            QJsonObject item;
            if (Status s = writeItem(m_provisions[i], ++position, true, item); !s)
                return s;
            groupArray.append(item);
        }
        if (!controlArray.isEmpty())
            container.insert(QStringLiteral("controls"), controlArray);
        if (!groupArray.isEmpty())
            container.insert(QStringLiteral("groups"), groupArray);
        return {};
    }

    qint64 total() const { return m_provisions.size(); }

private:
    Status writeItem(const Provision& p, int position, bool isGroup, QJsonObject& item)
    {
        if ((++m_done % ProgressEvery) == 0 && !reportProgress(m_progress, m_done, total()))
            return Status::failure(ChangeSet::cancelledMessage());
        const QString id = OscalDocument::controlId(p.code);
        item.insert(QStringLiteral("id"), id);
        item.insert(QStringLiteral("title"), p.titleEn);
        QJsonArray props;
        const QString label = p.refLabel.trimmed();
        if (!label.isEmpty())
            props.append(prop(QStringLiteral("label"), label, false));
        else
            props.append(prop(key(PropNoLabel), QStringLiteral("true"), true));
        if (id != p.code)
            props.append(prop(key(PropCode), p.code, true));
        if (p.sortOrder != position)
            props.append(prop(key(PropSortOrder), QString::number(p.sortOrder), true));
        if (!p.effectiveDate.isEmpty())
            props.append(prop(key(PropEffectiveDate), p.effectiveDate, true));
        item.insert(QStringLiteral("props"), props);
        QJsonArray parts;
        if (!p.summaryEn.isEmpty()) {
            // A control's summary is its statement; a group has an overview.
            parts.append(QJsonObject{
                {QStringLiteral("id"), QString(id + (isGroup ? QStringLiteral("_ovw") : QStringLiteral("_smt")))},
                {QStringLiteral("name"), isGroup ? QStringLiteral("overview") : QStringLiteral("statement")},
                {QStringLiteral("prose"), p.summaryEn}});
        }
        if (!p.titleOrig.isEmpty() || !p.summaryOrig.isEmpty()) {
            QJsonObject original{{QStringLiteral("id"), QString(id + QStringLiteral("_orig"))},
                                 {QStringLiteral("name"), key(PartOriginal)},
                                 {QStringLiteral("ns"), OscalDocument::propertyNamespace()}};
            if (!p.titleOrig.isEmpty())
                original.insert(QStringLiteral("title"), p.titleOrig);
            if (!p.summaryOrig.isEmpty())
                original.insert(QStringLiteral("prose"), p.summaryOrig);
            parts.append(original);
        }
        if (!parts.isEmpty())
            item.insert(QStringLiteral("parts"), parts);
        return writeChildren(p.id, isGroup, item);
    }

    QList<Provision> m_provisions;
    QHash<qint64, QList<int>> m_children; ///< parent id (0: top) -> provision indexes in order
    const Progress& m_progress;
    qint64 m_done = 0;
};

} // namespace

Result<ImportPlan> OscalCatalog::planImport(Database& db, const OscalDocument& document, const ImportOptions& options,
                                            const Progress& progress)
{
    using R = Result<ImportPlan>;
    if (document.model() != OscalDocument::Model::Catalog)
        return R::failure(document.error(QStringLiteral("$"), tr("not an OSCAL catalog")));
    const QJsonObject& root = document.root();
    const QString rootPath = document.rootPath();

    // The catalog's uuid and metadata.
    const QJsonValue uuidValue = root.value(QStringLiteral("uuid"));
    if (!uuidValue.isString() || uuidValue.toString().trimmed().isEmpty())
        return R::failure(document.error(rootPath + QStringLiteral(".uuid"), tr("required text is missing")));
    if (!OscalDocument::isUuid(uuidValue.toString()))
        return R::failure(
            document.error(rootPath + QStringLiteral(".uuid"), tr("\"%1\" is not a UUID").arg(uuidValue.toString())));
    const QString uuid = uuidValue.toString().toLower();
    const QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    const QString metadataPath = rootPath + QStringLiteral(".metadata");
    const QJsonValue titleValue = metadata.value(QStringLiteral("title"));
    if (!titleValue.isUndefined() && !titleValue.isNull() && !titleValue.isString())
        return R::failure(document.error(metadataPath + QStringLiteral(".title"), tr("must be text")));
    const QString title = titleValue.toString().trimmed();
    if (title.isEmpty())
        return R::failure(document.error(metadataPath + QStringLiteral(".title"), tr("required text is missing")));
    const QJsonValue versionValue = metadata.value(QStringLiteral("version"));
    if (!versionValue.isUndefined() && !versionValue.isNull() && !versionValue.isString())
        return R::failure(document.error(metadataPath + QStringLiteral(".version"), tr("must be text")));
    QString version = versionValue.toString().trimmed();
    QString exportedCode;
    const QJsonValue metadataProps = metadata.value(QStringLiteral("props"));
    if (!metadataProps.isUndefined() && !metadataProps.isArray())
        return R::failure(document.error(metadataPath + QStringLiteral(".props"), tr("must be a JSON array")));
    for (const QJsonValue& value : metadataProps.toArray()) {
        const QJsonObject p = value.toObject();
        if (!isOurNs(p))
            continue;
        const QString name = p.value(QStringLiteral("name")).toString();
        if (name == key(PropFrameworkCode))
            exportedCode = p.value(QStringLiteral("value")).toString().trimmed();
        else if (name == key(PropNoVersion))
            version.clear();
    }

    // The groups and controls.
    CatalogReader reader(document, progress);
    if (Status s = reader.read(); !s)
        return R::failure(s.message());
    const QList<Item>& items = reader.items();

    // The framework: by uuid, else by code.
    RecordStore store(db);
    const QList<QVariantMap> frameworks = store.fetchAll(QStringLiteral("frameworks"));
    std::optional<QVariantMap> matched;
    for (const QVariantMap& row : frameworks) {
        if (OscalDocument::catalogUuid(Framework::fromRow(row)) == uuid) {
            matched = row;
            break;
        }
    }
    const auto byCode = [&frameworks](const QString& code) -> std::optional<QVariantMap> {
        for (const QVariantMap& row : frameworks) {
            if (row.value(QStringLiteral("code")).toString() == code)
                return row;
        }
        return std::nullopt;
    };
    const QString explicitCode = options.frameworkCode.trimmed();
    ImportReport report;
    QString code;
    if (matched) {
        code = matched->value(QStringLiteral("code")).toString();
        if (!explicitCode.isEmpty() && explicitCode != code)
            return R::failure(tr("%1: this catalog was imported as the framework %2; import it again into %2 or "
                                 "without a framework code")
                                  .arg(document.sourceName(), code));
    } else if (!explicitCode.isEmpty()) {
        code = explicitCode;
        matched = byCode(code);
    } else {
        const QString wanted = exportedCode.isEmpty() ? deriveCode(title) : exportedCode;
        code = wanted;
        // A framework of the same code from another catalog is not this one: the code takes a suffix.
        for (int n = 2;; ++n) {
            matched = byCode(code);
            if (!matched || matched->value(QStringLiteral("oscal_uuid")).toString().isEmpty())
                break;
            code = QStringLiteral("%1-%2").arg(wanted).arg(n);
        }
        if (code != wanted)
            report.addNote(
                tr("The framework %1 comes from another catalog; this one is imported as %2").arg(wanted, code));
    }

    std::optional<qint64> issuer = options.issuerPartyId;
    if (issuer && !matched && !store.fetch(QStringLiteral("parties"), *issuer))
        return R::failure(tr("%1: the issuing party (id %2) does not exist").arg(document.sourceName()).arg(*issuer));

    const QString now = IsoDate::nowTimestamp();
    ImportPlan plan;
    plan.sourceName = document.sourceName();
    plan.changes.setText(tr("Import OSCAL catalog %1").arg(document.sourceName()));
    const QString frameworkRecord = QStringLiteral("%1 %2").arg(frameworkLabel(), code);
    qint64 frameworkId = 0;
    if (matched) {
        frameworkId = matched->value(QStringLiteral("id")).toLongLong();
        QVariantMap after = *matched;
        QList<QPair<QString, QVariant>> values = {
            {QStringLiteral("code"), code}, {QStringLiteral("title_en"), title}, {QStringLiteral("version"), version}};
        // A framework exported with its derived UUID is this catalog already.
        if (OscalDocument::catalogUuid(Framework::fromRow(*matched)) != uuid)
            values.append({QStringLiteral("oscal_uuid"), uuid});
        const QStringList changed = assign(after, values);
        if (changed.isEmpty()) {
            report.add(ImportReport::Outcome::Unchanged, QStringLiteral("frameworks"), frameworkRecord);
        } else {
            after.insert(QStringLiteral("updated_at"), now);
            if (Status s = Framework::fromRow(after).validate(); !s)
                return R::failure(document.error(metadataPath, s.message()));
            plan.changes.append(RowChange{QStringLiteral("frameworks"), *matched, after});
            report.add(ImportReport::Outcome::Updated, QStringLiteral("frameworks"), frameworkRecord,
                       changed.join(QStringLiteral(", ")));
        }
    } else {
        Framework framework;
        framework.code = code;
        framework.titleEn = title;
        framework.kind = FrameworkKind::Taxonomy;
        framework.status = FrameworkStatus::Adopted;
        framework.language = QStringLiteral("en");
        framework.issuerPartyId = issuer;
        framework.version = version;
        framework.oscalUuid = uuid;
        framework.source = tr("OSCAL catalog %1").arg(document.sourceName());
        if (Status s = framework.validate(); !s)
            return R::failure(document.error(metadataPath, s.message()));
        frameworkId = store.nextId(QStringLiteral("frameworks"));
        QVariantMap row = framework.toRow();
        row.insert(QStringLiteral("id"), frameworkId);
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        plan.changes.append(RowChange{QStringLiteral("frameworks"), {}, row});
        report.add(ImportReport::Outcome::Added, QStringLiteral("frameworks"), frameworkRecord);
    }

    // The provisions, parents first (items are in document order).
    QHash<QString, QVariantMap> stored;
    QList<QVariantMap> storedInOrder;
    if (matched) {
        storedInOrder = store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId);
        for (const QVariantMap& row : std::as_const(storedInOrder))
            stored.insert(row.value(QStringLiteral("code")).toString(), row);
    }
    qint64 nextId = store.nextId(QStringLiteral("provisions"));
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Item& item : items) {
        const std::optional<qint64> parentId =
            item.parent < 0 ? std::nullopt : std::optional<qint64>(ids.at(item.parent));
        const QString record = QStringLiteral("%1 %2:%3").arg(provisionLabel(), code, item.code);
        const auto existing = stored.constFind(item.code);
        if (existing != stored.constEnd()) {
            const qint64 id = existing->value(QStringLiteral("id")).toLongLong();
            ids.append(id);
            QVariantMap after = *existing;
            QList<QPair<QString, QVariant>> values = {{QStringLiteral("parent_id"), nullableId(parentId)},
                                                      {QStringLiteral("sort_order"), item.sortOrder},
                                                      {QStringLiteral("ref_label"), item.refLabel},
                                                      {QStringLiteral("title_en"), item.title},
                                                      {QStringLiteral("summary_en"), item.summary}};
            if (item.titleOrig)
                values.append({QStringLiteral("title_orig"), *item.titleOrig});
            if (item.summaryOrig)
                values.append({QStringLiteral("summary_orig"), *item.summaryOrig});
            if (item.effectiveDate)
                values.append({QStringLiteral("effective_date"), *item.effectiveDate});
            const QStringList changed = assign(after, values);
            if (changed.isEmpty()) {
                report.add(ImportReport::Outcome::Unchanged, QStringLiteral("provisions"), record);
                continue;
            }
            after.insert(QStringLiteral("updated_at"), now);
            if (Status s = Provision::fromRow(after).validate(); !s)
                return R::failure(document.error(item.path, s.message()));
            plan.changes.append(RowChange{QStringLiteral("provisions"), *existing, after});
            report.add(ImportReport::Outcome::Updated, QStringLiteral("provisions"), record,
                       changed.join(QStringLiteral(", ")));
            continue;
        }
        Provision provision;
        provision.id = nextId++;
        provision.frameworkId = frameworkId;
        provision.parentId = parentId;
        provision.sortOrder = item.sortOrder;
        provision.code = item.code;
        provision.refLabel = item.refLabel;
        provision.titleEn = item.title;
        provision.summaryEn = item.summary;
        provision.titleOrig = item.titleOrig.value_or(QString());
        provision.summaryOrig = item.summaryOrig.value_or(QString());
        provision.effectiveDate = item.effectiveDate.value_or(QString());
        provision.createdAt = now;
        provision.updatedAt = now;
        if (Status s = provision.validate(); !s)
            return R::failure(document.error(item.path, s.message()));
        ids.append(provision.id);
        plan.changes.append(RowChange{QStringLiteral("provisions"), {}, provision.toRow()});
        report.add(ImportReport::Outcome::Added, QStringLiteral("provisions"), record);
    }
    QSet<QString> inCatalog;
    for (const Item& item : items)
        inCatalog.insert(item.code);
    for (const QVariantMap& row : std::as_const(storedInOrder)) {
        const QString provisionCode = row.value(QStringLiteral("code")).toString();
        if (!inCatalog.contains(provisionCode))
            report.add(ImportReport::Outcome::Skipped, QStringLiteral("provisions"),
                       QStringLiteral("%1 %2:%3").arg(provisionLabel(), code, provisionCode),
                       tr("not in the catalog any more; kept"));
    }
    plan.report = report;
    return plan;
}

Result<QByteArray> OscalCatalog::exportJson(Database& db, qint64 frameworkId, const Progress& progress)
{
    using R = Result<QByteArray>;
    RecordStore store(db);
    const std::optional<QVariantMap> row = store.fetch(QStringLiteral("frameworks"), frameworkId);
    if (!row)
        return R::failure(tr("There is no framework with the id %1").arg(frameworkId));
    const Framework framework = Framework::fromRow(*row);
    QList<Provision> provisions;
    for (const QVariantMap& p :
         store.fetchAll(QStringLiteral("provisions"), QStringLiteral("framework_id"), frameworkId))
        provisions.append(Provision::fromRow(p));
    CatalogWriter writer(std::move(provisions), progress);
    if (!reportProgress(progress, 0, writer.total()))
        return R::failure(ChangeSet::cancelledMessage());

    QJsonArray metadataProps{prop(key(PropFrameworkCode), framework.code, true)};
    if (framework.version.trimmed().isEmpty())
        metadataProps.append(prop(key(PropNoVersion), QStringLiteral("true"), true));
    const QJsonObject metadata{
        {QStringLiteral("title"), framework.titleEn},
        {QStringLiteral("last-modified"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("version"),
         framework.version.trimmed().isEmpty() ? QStringLiteral("1") : framework.version.trimmed()},
        {QStringLiteral("oscal-version"), OscalDocument::writtenVersion()},
        {QStringLiteral("props"), metadataProps}};
    QJsonObject catalog{{QStringLiteral("uuid"), OscalDocument::catalogUuid(framework)},
                        {QStringLiteral("metadata"), metadata}};
    if (Status s = writer.writeChildren(0, true, catalog); !s)
        return R::failure(s.message());
    if (!reportProgress(progress, writer.total(), writer.total()))
        return R::failure(ChangeSet::cancelledMessage());
    QByteArray json;
    writeJson(json, QJsonObject{{QStringLiteral("catalog"), catalog}}, 0);
    json += '\n';
    return json;
}

Status OscalCatalog::exportToFile(Database& db, qint64 frameworkId, const QString& path, const Progress& progress)
{
    if (path.isEmpty())
        return Status::failure(tr("No file name was given for the export."));
    const Result<QByteArray> json = exportJson(db, frameworkId, progress);
    if (!json)
        return json.status();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(*json) != json->size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Could not write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return Status();
}

} // namespace crosswalk
