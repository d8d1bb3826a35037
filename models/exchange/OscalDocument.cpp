#include "models/exchange/OscalDocument.h"

#include "models/domain/Framework.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

namespace crosswalk {

namespace {

/// Line and column (1-based) of a byte offset in UTF-8 text; the column counts characters.
QPair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = static_cast<int>(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
    return {line, column};
}

/// The UUID namespace of Crosswalk's name-based UUIDs (itself a version 5 UUID of the property namespace).
QUuid crosswalkNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(), OscalDocument::propertyNamespace());
    return ns;
}

} // namespace

Result<OscalDocument> OscalDocument::readFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<OscalDocument>::failure(tr("%1: no such file").arg(path));
    if (!info.isFile())
        return Result<OscalDocument>::failure(tr("%1: not a file").arg(path));
    if (maxBytes >= 0 && info.size() > maxBytes)
        return Result<OscalDocument>::failure(tr("%1: the file is %2; OSCAL files larger than %3 are not read")
                                                  .arg(path, QLocale().formattedDataSize(info.size()),
                                                       QLocale().formattedDataSize(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<OscalDocument>::failure(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), info.fileName(), maxBytes);
}

Result<OscalDocument> OscalDocument::parse(const QByteArray& json, const QString& sourceName, qint64 maxBytes)
{
    using R = Result<OscalDocument>;
    if (maxBytes >= 0 && json.size() > maxBytes)
        return R::failure(tr("%1: the document is %2; OSCAL documents larger than %3 are not read")
                              .arg(sourceName, QLocale().formattedDataSize(json.size()), QLocale().formattedDataSize(maxBytes)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset points just past the character at fault.
        const auto [line, column] = lineAndColumn(json, parseError.offset > 0 ? parseError.offset - 1 : 0);
        return R::failure(tr("%1: line %2, column %3: not valid JSON: %4")
                              .arg(sourceName)
                              .arg(line)
                              .arg(column)
                              .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return R::failure(tr("%1: $: not an OSCAL document (the JSON is not an object)").arg(sourceName));
    const QJsonObject top = document.object();
    OscalDocument result;
    result.m_sourceName = sourceName;
    QString modelKey;
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() == QLatin1String("$schema"))
            continue;
        if (it.key() == QLatin1String("catalog") || it.key() == QLatin1String("mapping-collection")) {
            if (!modelKey.isEmpty())
                return R::failure(tr("%1: $: an OSCAL document holds one model; this one holds \"%2\" and \"%3\"")
                                      .arg(sourceName, modelKey, it.key()));
            modelKey = it.key();
            continue;
        }
    }
    if (modelKey.isEmpty()) {
        QStringList keys = top.keys();
        keys.removeAll(QStringLiteral("$schema"));
        return R::failure(tr("%1: $: not an OSCAL catalog or mapping collection (the document's properties are: %2)")
                              .arg(sourceName, keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", "))));
    }
    result.m_model = modelKey == QLatin1String("catalog") ? Model::Catalog : Model::MappingCollection;
    const QJsonValue rootValue = top.value(modelKey);
    if (!rootValue.isObject())
        return R::failure(result.error(result.rootPath(), tr("must be a JSON object")));
    result.m_root = rootValue.toObject();
    const QJsonValue metadata = result.m_root.value(QStringLiteral("metadata"));
    if (!metadata.isObject())
        return R::failure(result.error(result.rootPath() + QStringLiteral(".metadata"), tr("required object is missing")));
    const QString versionPath = result.rootPath() + QStringLiteral(".metadata.oscal-version");
    const QJsonValue version = metadata.toObject().value(QStringLiteral("oscal-version"));
    if (!version.isString())
        return R::failure(result.error(versionPath, tr("required text is missing")));
    result.m_version = version.toString();
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?$"));
    const QRegularExpressionMatch match = versionPattern.match(result.m_version);
    if (!match.hasMatch())
        return R::failure(result.error(versionPath, tr("\"%1\" is not an OSCAL version (such as 1.1.2)").arg(result.m_version)));
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    if (result.m_model == Model::Catalog && !(major == 1 && minor <= 2))
        return R::failure(result.error(versionPath, tr("OSCAL %1 is not read; catalogs of OSCAL 1.0 to 1.2 are").arg(result.m_version)));
    if (result.m_model == Model::MappingCollection && !(major == 1 && minor == 2))
        return R::failure(result.error(
            versionPath, tr("OSCAL %1 is not read; mapping collections are read in OSCAL 1.2").arg(result.m_version)));
    return result;
}

QString OscalDocument::rootPath() const
{
    return m_model == Model::Catalog ? QStringLiteral("$.catalog") : QStringLiteral("$.mapping-collection");
}

QString OscalDocument::error(const QString& jsonPath, const QString& reason) const
{
    return tr("%1: %2: %3").arg(m_sourceName, jsonPath, reason);
}

QString OscalDocument::catalogUuid(const Framework& framework)
{
    if (isUuid(framework.oscalUuid))
        return framework.oscalUuid.toLower();
    return stableUuid(QStringLiteral("framework:") + framework.code);
}

QString OscalDocument::stableUuid(const QString& name)
{
    return QUuid::createUuidV5(crosswalkNamespace(), name).toString(QUuid::WithoutBraces);
}

bool OscalDocument::isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return pattern.match(text).hasMatch();
}

bool OscalDocument::isToken(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}.\\-_]*$"));
    return token.match(text).hasMatch();
}

QString OscalDocument::controlId(const QString& code)
{
    if (isToken(code) && !code.startsWith(QLatin1Char('_')))
        return code;
    QString id = QStringLiteral("_");
    for (const char byte : code.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')
            id += QLatin1Char(static_cast<char>(c));
        else
            id += QStringLiteral("_%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
    }
    return id;
}

} // namespace crosswalk
