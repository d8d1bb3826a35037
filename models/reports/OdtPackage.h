#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace crosswalk {

/// What an ODT carries about itself beyond its body: the marking in the header and footer of every page and
/// in the metadata (meta.xml), with the title, subject, author and language.
struct OdtMarking
{
    QString text; ///< "TLP:AMBER — caveat": printed in the header and footer, keyword and user-defined "Marking"
    QColor foreground = Qt::white; ///< the TLP colour of the marking, printed on black
    QString title;
    QString subject;
    QString author;
    QString language = QStringLiteral("en"); ///< "en" or "ja"
};

/// An OpenDocument package (a zip archive) read into memory, changed, and written back. Reads entries stored or
/// deflated (checking sizes and CRC-32), refuses encrypted, multi-disk and ZIP64 archives; writes "mimetype"
/// first, stored, with no extra field (as ODF requires), and the other entries deflated unless that makes them
/// larger. markPages() adds the page header and footer with the marking (Qt 6.4's ODF writer writes no
/// styles.xml: one is made then) and meta.xml, and lists both in META-INF/manifest.xml.
class OdtPackage
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::OdtPackage)

public:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool compressed = true; ///< deflated when written (ignored for "mimetype", always stored)
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };

    /// Reads a zip archive; a truncated, corrupt or unsupported one fails with a message.
    static Result<OdtPackage> read(const QByteArray& zip);
    /// The archive: "mimetype" first and stored, then the other entries in their order.
    Result<QByteArray> write() const;

    QStringList names() const;
    bool contains(const QString& name) const;
    QByteArray data(const QString& name) const;
    const QList<Entry>& entries() const { return m_entries; }
    /// Replaces the contents of an entry, or adds it (deflated) at the end.
    void setData(const QString& name, const QByteArray& data);

    /// Puts the marking in the header and footer of every master page of styles.xml (made when there is none),
    /// writes meta.xml, and lists both in the manifest.
    Status markPages(const OdtMarking& marking);

private:
    qsizetype indexOf(const QString& name) const;

    QList<Entry> m_entries;
};

} // namespace crosswalk
