#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace crosswalk {

struct Framework;

/// An OSCAL JSON document read and checked far enough to know what it is: the model (catalog or
/// mapping collection) and the OSCAL version (metadata.oscal-version). The importers read the rest.
///
/// Refused, with the file and the reason (and the line and column, or the JSON path):
/// - a file larger than the limit (DefaultMaxBytes), before it is read, so memory stays bounded;
/// - invalid JSON ("catalog.json: line 12, column 5: unterminated string");
/// - JSON that is not OSCAL (no single root property "catalog" or "mapping-collection");
/// - an OSCAL version we do not read (catalogs 1.0.x to 1.2.x; mapping collections 1.2.x).
class OscalDocument
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::OscalDocument)

public:
    enum class Model
    {
        Catalog,
        MappingCollection,
    };

    static constexpr qint64 DefaultMaxBytes = 64LL * 1024 * 1024;
    /// The version written by the exporters.
    static QString writtenVersion() { return QStringLiteral("1.2.0"); }

    static Result<OscalDocument> readFile(const QString& path, qint64 maxBytes = DefaultMaxBytes);
    /// sourceName names the input in messages (a file name).
    static Result<OscalDocument> parse(const QByteArray& json, const QString& sourceName,
                                       qint64 maxBytes = DefaultMaxBytes);

    Model model() const { return m_model; }
    /// metadata.oscal-version as written ("1.1.2").
    const QString& version() const { return m_version; }
    /// The model's object: the value of "catalog" or of "mapping-collection".
    const QJsonObject& root() const { return m_root; }
    /// The root's JSON path: "$.catalog" or "$.mapping-collection".
    QString rootPath() const;
    const QString& sourceName() const { return m_sourceName; }

    /// A message naming the file and the JSON path: "catalog.json: $.catalog.groups[2].id: <reason>".
    QString error(const QString& jsonPath, const QString& reason) const;

    /// The catalog UUID of a framework: its oscal_uuid when it has one, else a name-based (version 5)
    /// UUID from its code, so that exporting the same framework twice gives the same UUID.
    static QString catalogUuid(const Framework& framework);
    /// A name-based UUID for anything we export (mappings, parties, resources): the same name gives the
    /// same UUID.
    static QString stableUuid(const QString& name);
    /// True when text is an RFC 4122 UUID as OSCAL writes them (lower or upper case, no braces).
    static bool isUuid(const QString& text);
    /// True when text is an OSCAL token (a letter or '_', then letters, digits, '.', '-', '_').
    static bool isToken(const QString& text);
    /// The control (or group) id written for a provision code, the same in catalogs and mapping
    /// collections: the code when it is a token not beginning with '_'; else '_' and the code's UTF-8
    /// bytes, letters, digits, '.' and '-' as they are and every other byte as _XX (hex), a token that no
    /// code written as it is can be.
    static QString controlId(const QString& code);
    /// The namespace of Crosswalk's own OSCAL properties (ns of "prop" objects).
    static QString propertyNamespace() { return QStringLiteral("urn:crosswalk:oscal"); }

private:
    Model m_model = Model::Catalog;
    QString m_version;
    QJsonObject m_root;
    QString m_sourceName;
};

} // namespace crosswalk
