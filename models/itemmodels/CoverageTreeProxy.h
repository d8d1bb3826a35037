#pragma once

#include "models/analysis/CoverageReport.h"
#include "models/analysis/CoverageScope.h"

#include <QHash>
#include <QIdentityProxyModel>
#include <QPointer>

#include <optional>

namespace crosswalk {

class Database;

/// A provision tree (ProvisionTreeModel, or a proxy of it) with one more column at the end: the
/// coverage of each provision of the target framework by the scope's source set (CoverageEngine).
/// The column shows the status label, gives its key in the Badge and Key roles (covered, partial,
/// uncovered, not_applicable) for BadgeDelegate, and names in its tooltip the mapping that decides the
/// status, or the justification of the not-applicable mark. It computes the report again when the
/// database reports a change to the tables coverage reads, and when the scope changes.
class CoverageTreeProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit CoverageTreeProxy(QObject* parent = nullptr);

    void setDatabase(Database* db);
    Database* database() const { return m_db; }
    /// Computes the coverage for the scope.
    void setScope(const CoverageScope& scope);
    /// No coverage: the column stays, empty.
    void clearScope();
    bool hasScope() const { return m_scope.has_value(); }

    /// The coverage shown (empty when there is no scope).
    const CoverageReport& report() const { return m_report; }
    /// The column this proxy adds (the source model's column count).
    int coverageColumn() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection& selection) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

public Q_SLOTS:
    /// Computes the report again (the database changed).
    void refresh();

Q_SIGNALS:
    /// The report was computed again (another scope, or a change in the database).
    void reportChanged();

private:
    bool isCoverageIndex(const QModelIndex& index) const;
    /// The index in the first column of the same row.
    QModelIndex firstColumn(const QModelIndex& index) const;
    QString toolTip(const CoverageItem& item) const;
    QString describeMapping(qint64 mappingId, qint64 provisionId) const;
    void onDatabaseChanged(const QString& table);
    void emitColumnChanged(const QModelIndex& parent);

    QPointer<Database> m_db;
    std::optional<CoverageScope> m_scope;
    CoverageReport m_report;
    mutable QHash<qint64, QString> m_toolTips; ///< by provision id, made when first asked for
};

} // namespace crosswalk
