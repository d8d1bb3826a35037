#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantMap>

class QJsonValue;

namespace crosswalk {

struct ColumnSpec;
struct TableSpec;

/// Reads a dataset package (DatasetPackage's format) and validates it completely before anything is
/// written: the format and version, every table and column, types, ranges, enumerations, dates,
/// references to rows of the same package, duplicate codes. Each problem names the file and the JSON
/// path ("file.json: $.tables.provisions[3].framework_id: refers to frameworks id 999, ...").
/// Shared by DatasetPackage::importJson (new database) and PackageMerge (non-empty database).
class PackageReader
{
public:
    explicit PackageReader(QString sourceName) : m_source(std::move(sourceName)) {}

    Status read(const QByteArray& json);

    /// One row of the package, with its values by column (timestamps absent when the package omits
    /// them), in TableCatalog order and, within a table, in the package's order.
    struct PendingRow
    {
        QString table;
        QString path; ///< "$.tables.provisions[3]"
        QVariantMap values;
    };
    const QList<PendingRow>& rows() const { return m_rows; }

    /// "file: path: problem" as a failure.
    Status fail(const QString& path, const QString& problem) const;
    const QString& sourceName() const { return m_source; }

    /// Reads a package file; refused before reading when it is larger than maxBytes.
    static Result<QByteArray> readFile(const QString& path, qint64 maxBytes);

private:
    static bool isWholeNumber(const QJsonValue& value);
    static QString rowPath(const TableSpec& spec, int index);
    static QString uniqueKey(const TableSpec& spec, const QVariantMap& row);
    Status readRow(const TableSpec& spec, int index, const QJsonValue& value, QVariantMap& row) const;
    Status readField(const TableSpec& spec, const ColumnSpec& column, const QString& path, const QJsonValue& field,
                     QVariantMap& row) const;

    QString m_source;
    QHash<QString, QSet<qint64>> m_ids;
    QList<PendingRow> m_rows;
};

} // namespace crosswalk
