#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace crosswalk {

/// One CSV record and the physical line (1-based) where it starts; line breaks inside quoted fields count.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

/// Streaming RFC 4180 reader (groundwork for CSV import): reads a QIODevice in chunks, decodes them
/// incrementally with QStringDecoder and hands out one record at a time, so memory stays bounded by the
/// chunk size and the field and record limits, whatever the size of the file.
///
/// - Quoted fields may hold doubled quotes, delimiters and CR, LF or CRLF line breaks (kept as they are in
///   the field). Records end with CRLF, LF or CR; the last one may end without a line break.
/// - A completely empty line is skipped (it is not a record of one empty field); a line holding only `""`
///   or only delimiters is a record.
/// - Lenient where RFC 4180 is strict: a quote inside an unquoted field, or text after a closing quote, is
///   kept as text.
/// - Encoding (Encoding::Auto): a BOM (UTF-8, UTF-16LE, UTF-16BE) decides; else the first 64 KiB are
///   tried as UTF-8, then as Shift_JIS. Shift_JIS needs Qt built with ICU (isShiftJisAvailable()); without
///   it, forcing Encoding::ShiftJis is an error, and in Auto a file that is not UTF-8 is read as UTF-8 and
///   fails with the line of its first invalid bytes. Bytes invalid in the chosen encoding anywhere in the
///   file (for instance a Shift_JIS line in a UTF-8 file) are an error naming their line. A BOM is dropped.
/// - Delimiter (QChar() = detect): comma, semicolon or tab, whichever gives the same field count, more than
///   one, on the first records (up to 10); when none is consistent, the one on which most of those records
///   agree with the first record's count; a single-column file gets a comma.
/// - Errors are values: next() returns false, hasError() is true, errorString() names the source and the
///   line, and reading stops. Limits: field and record sizes in UTF-16 code units (1 Mi each by default),
///   and optionally the number of bytes read from the device.
/// - Setters take effect only before the first call of start() or next().
/// - The device must deliver all its data without waiting (a file or a buffer): an empty read is the end.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(crosswalk::CsvReader)

public:
    enum class Encoding
    {
        Auto,
        Utf8,
        Utf16LE,
        Utf16BE,
        ShiftJis
    };

    static constexpr qsizetype DefaultChunkSize = 64 * 1024;
    static constexpr qsizetype DefaultMaxFieldSize = 1024 * 1024;
    static constexpr qsizetype DefaultMaxRecordSize = 1024 * 1024;

    /// @p sourceName names the input in messages, e.g. "provisions.csv".
    CsvReader(QIODevice* device, QString sourceName);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    void setEncoding(Encoding encoding);
    /// QChar() (the default) detects the delimiter.
    void setDelimiter(QChar delimiter);
    /// Bytes read from the device at a time (at least 1).
    void setChunkSize(qsizetype bytes);
    void setMaxFieldSize(qsizetype characters);
    void setMaxRecordSize(qsizetype characters);
    /// Reading more than @p bytes from the device is an error naming the line reached; negative: no limit.
    void setMaxBytes(qint64 bytes);

    /// Detects encoding and delimiter, reading as little as it needs; next() calls it. False on error.
    bool start();
    /// The next record; false at the end or on error (see hasError()).
    bool next(CsvRecord& record);

    bool atEnd() const;
    bool hasError() const;
    const QString& errorString() const;
    /// The line the error names, 0 when it names none.
    qint64 errorLine() const;

    /// The encoding in use once started (Auto before).
    Encoding detectedEncoding() const;
    /// The delimiter in use once started (QChar() before).
    QChar detectedDelimiter() const;
    /// Bytes read from the device so far.
    qint64 bytesRead() const;
    /// The field count of the first record read, 0 before; callers compare later records with it.
    qsizetype firstRecordFieldCount() const;

    /// True when the first record reads as a header: every field non-empty, none a number, all distinct
    /// (ignoring case and surrounding spaces).
    static bool looksLikeHeader(const QStringList& fields);
    /// Whether QStringDecoder can decode Shift_JIS here (Qt built with ICU).
    static bool isShiftJisAvailable();
    static QString encodingName(Encoding encoding);

private:
    class Decoder;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    enum class PendingError
    {
        None,
        InvalidBytes,
        TruncatedCharacter,
        TooManyBytes
    };

    QByteArray readDevice(qsizetype bytes);
    QByteArray readBytes();
    void fill();
    bool consume(QChar c);
    void beginRecord();
    void appendToField(QChar c);
    void appendRunToField(QStringView run);
    void endField();
    void newline(QChar c);
    void fail(const QString& message, qint64 line);
    void failPending();
    Encoding sniffEncoding();
    QChar detectDelimiter() const;

    QIODevice* m_device = nullptr;
    QString m_sourceName;
    Encoding m_encoding = Encoding::Auto;
    QChar m_delimiter;
    qsizetype m_chunkSize = DefaultChunkSize;
    qsizetype m_maxFieldSize = DefaultMaxFieldSize;
    qsizetype m_maxRecordSize = DefaultMaxRecordSize;
    qint64 m_maxBytes = -1;

    std::unique_ptr<Decoder> m_decoder;
    QByteArray m_sniffed;
    qsizetype m_sniffedPos = 0;
    qint64 m_bytesRead = 0;
    bool m_limitHit = false;
    bool m_inputDone = false;
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_errorAt = -1;
    PendingError m_pendingError = PendingError::None;

    bool m_started = false;
    bool m_finished = false;
    State m_state = State::FieldStart;
    bool m_afterCR = false;
    bool m_recordStarted = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;
    qsizetype m_recordSize = 0;
    QString m_field;
    QStringList m_fields;
    qsizetype m_firstRecordFieldCount = 0;

    bool m_error = false;
    QString m_errorString;
    qint64 m_errorLine = 0;
};

} // namespace crosswalk
