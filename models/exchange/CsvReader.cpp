#include "models/exchange/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <utility>

namespace crosswalk {

namespace {

constexpr qsizetype SniffSize = 64 * 1024;
constexpr int SampleRecords = 10;
constexpr std::array<QChar, 3> DelimiterCandidates{QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};

/// Field counts of the first @p maxRecords records of @p text split at @p delimiter, quote-aware; a record
/// cut off by the end of @p text is left out unless @p complete.
QList<qsizetype> fieldCounts(QStringView text, QChar delimiter, bool complete, int maxRecords)
{
    QList<qsizetype> counts;
    bool inQuotes = false;
    bool hasContent = false;
    qsizetype count = 1;
    for (const QChar c : text) {
        if (counts.size() >= maxRecords)
            return counts;
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
            hasContent = true;
        } else if (inQuotes) {
            continue;
        } else if (c == delimiter) {
            ++count;
            hasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (hasContent)
                counts << count;
            count = 1;
            hasContent = false;
        } else {
            hasContent = true;
        }
    }
    if (complete && hasContent && counts.size() < maxRecords)
        counts << count;
    return counts;
}

} // namespace

/// QStringDecoder that tells whether it holds the start of a character still waiting for its end (UTF-8
/// and UTF-16; the ICU decoders keep that state inside ICU, where it cannot be seen).
class CsvReader::Decoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    bool hasPendingBytes() const { return state.remainingChars != 0; }
};

CsvReader::CsvReader(QIODevice* device, QString sourceName) : m_device(device), m_sourceName(std::move(sourceName)) {}

CsvReader::~CsvReader() = default;

void CsvReader::setEncoding(Encoding encoding)
{
    m_encoding = encoding;
}

void CsvReader::setDelimiter(QChar delimiter)
{
    m_delimiter = delimiter;
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = std::max<qsizetype>(1, bytes);
}

void CsvReader::setMaxFieldSize(qsizetype characters)
{
    m_maxFieldSize = characters;
}

void CsvReader::setMaxRecordSize(qsizetype characters)
{
    m_maxRecordSize = characters;
}

void CsvReader::setMaxBytes(qint64 bytes)
{
    m_maxBytes = bytes;
}

bool CsvReader::atEnd() const
{
    return m_finished && !m_error;
}

bool CsvReader::hasError() const
{
    return m_error;
}

const QString& CsvReader::errorString() const
{
    return m_errorString;
}

qint64 CsvReader::errorLine() const
{
    return m_errorLine;
}

CsvReader::Encoding CsvReader::detectedEncoding() const
{
    return m_started ? m_encoding : Encoding::Auto;
}

QChar CsvReader::detectedDelimiter() const
{
    return m_started ? m_delimiter : QChar();
}

qint64 CsvReader::bytesRead() const
{
    return m_bytesRead;
}

qsizetype CsvReader::firstRecordFieldCount() const
{
    return m_firstRecordFieldCount;
}

bool CsvReader::isShiftJisAvailable()
{
    return QStringDecoder("Shift_JIS").isValid();
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        break;
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::ShiftJis:
        return QStringLiteral("Shift_JIS");
    }
    return QString();
}

bool CsvReader::looksLikeHeader(const QStringList& fields)
{
    if (fields.isEmpty())
        return false;
    QStringList seen;
    for (const QString& field : fields) {
        const QString name = field.trimmed();
        if (name.isEmpty())
            return false;
        bool number = false;
        name.toDouble(&number);
        if (number)
            return false;
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            return false;
        seen << key;
    }
    return true;
}

void CsvReader::fail(const QString& message, qint64 line)
{
    m_error = true;
    m_errorLine = line;
    m_errorString = message;
}

QByteArray CsvReader::readDevice(qsizetype bytes)
{
    if (m_limitHit)
        return QByteArray();
    QByteArray data = m_device->read(bytes);
    if (m_maxBytes >= 0 && m_bytesRead + data.size() > m_maxBytes) {
        data.truncate(m_maxBytes - m_bytesRead);
        m_limitHit = true;
    }
    m_bytesRead += data.size();
    return data;
}

QByteArray CsvReader::readBytes()
{
    if (m_sniffedPos < m_sniffed.size()) {
        const QByteArray slice = m_sniffed.mid(m_sniffedPos, m_chunkSize);
        m_sniffedPos += slice.size();
        if (m_sniffedPos >= m_sniffed.size()) {
            m_sniffed = QByteArray();
            m_sniffedPos = 0;
        }
        return slice;
    }
    return readDevice(m_chunkSize);
}

CsvReader::Encoding CsvReader::sniffEncoding()
{
    while (m_sniffed.size() < SniffSize) {
        const QByteArray data = readDevice(std::min(m_chunkSize, SniffSize - m_sniffed.size()));
        if (data.isEmpty())
            break;
        m_sniffed += data;
    }
    if (m_sniffed.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8;
    if (m_sniffed.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (m_sniffed.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    QStringDecoder utf8(QStringDecoder::Utf8);
    // decode() is lazy: the text must be made for the decoder to run.
    const QString asUtf8 = utf8.decode(m_sniffed);
    if (!utf8.hasError())
        return Encoding::Utf8;
    // Not UTF-8 as a whole. When some line with non-ASCII text is UTF-8 all the same, the file mixes
    // encodings (a Shift_JIS line pasted into a UTF-8 file, say): read as UTF-8, so that it is refused
    // at the line of the first invalid bytes rather than read as Shift_JIS into mojibake.
    const QList<QByteArray> lines = m_sniffed.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (i == lines.size() - 1 && m_sniffed.size() >= SniffSize)
            break; // may be cut short
        if (std::all_of(line.cbegin(), line.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
            continue;
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString decoded = lineDecoder.decode(line);
        if (!lineDecoder.hasError())
            return Encoding::Utf8;
    }
    QStringDecoder shiftJis("Shift_JIS");
    if (shiftJis.isValid()) {
        const QString asShiftJis = shiftJis.decode(m_sniffed);
        if (!shiftJis.hasError())
            return Encoding::ShiftJis;
    }
    // Neither: read as UTF-8, so that the error names the line of the first invalid bytes.
    return Encoding::Utf8;
}

void CsvReader::fill()
{
    const QByteArray bytes = readBytes();
    if (bytes.isEmpty()) {
        m_inputDone = true;
        if (m_errorAt < 0 && m_limitHit) {
            m_errorAt = m_text.size();
            m_pendingError = PendingError::TooManyBytes;
        } else if (m_errorAt < 0 && m_decoder->hasPendingBytes()) {
            m_errorAt = m_text.size();
            m_pendingError = PendingError::TruncatedCharacter;
        }
        return;
    }
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        if (m_errorAt >= 0)
            m_errorAt -= m_pos;
        m_pos = 0;
    }
    const qsizetype before = m_text.size();
    m_text += m_decoder->decode(bytes);
    if (m_errorAt < 0 && m_decoder->hasError()) {
        // The decoders put U+FFFD (Qt's own) or U+001A (ICU) where bytes are invalid.
        const QChar marker = m_encoding == Encoding::ShiftJis ? QChar(0x1A) : QChar(QChar::ReplacementCharacter);
        const qsizetype at = m_text.indexOf(marker, before);
        m_errorAt = at >= 0 ? at : m_text.size();
        m_pendingError = PendingError::InvalidBytes;
    }
}

void CsvReader::failPending()
{
    switch (m_pendingError) {
    case PendingError::None:
        break;
    case PendingError::InvalidBytes:
        fail(tr("%1, line %2: the bytes here are not valid %3 text")
                 .arg(m_sourceName)
                 .arg(m_line)
                 .arg(encodingName(m_encoding)),
             m_line);
        return;
    case PendingError::TruncatedCharacter:
        fail(tr("%1, line %2: the file ends in the middle of a %3 character")
                 .arg(m_sourceName)
                 .arg(m_line)
                 .arg(encodingName(m_encoding)),
             m_line);
        return;
    case PendingError::TooManyBytes:
        fail(tr("%1, line %2: the file is larger than the limit of %3 bytes")
                 .arg(m_sourceName)
                 .arg(m_line)
                 .arg(m_maxBytes),
             m_line);
        return;
    }
}

QChar CsvReader::detectDelimiter() const
{
    const qsizetype end = m_errorAt >= 0 ? m_errorAt : m_text.size();
    const QStringView sample = QStringView(m_text).left(end);
    const bool complete = m_inputDone && m_errorAt < 0;
    QChar best;
    qsizetype bestFields = 0;
    for (const QChar candidate : DelimiterCandidates) {
        const QList<qsizetype> counts = fieldCounts(sample, candidate, complete, SampleRecords);
        if (counts.isEmpty() || counts.front() < 2)
            continue;
        if (std::all_of(counts.begin(), counts.end(), [&](qsizetype n) { return n == counts.front(); }) &&
            counts.front() > bestFields) {
            best = candidate;
            bestFields = counts.front();
        }
    }
    if (!best.isNull())
        return best;
    // None consistent: the candidate on which most records agree with the first record's count.
    best = DelimiterCandidates.front();
    qsizetype bestAgreeing = 0;
    for (const QChar candidate : DelimiterCandidates) {
        const QList<qsizetype> counts = fieldCounts(sample, candidate, complete, SampleRecords);
        if (counts.isEmpty() || counts.front() < 2)
            continue;
        const qsizetype agreeing = std::count(counts.begin(), counts.end(), counts.front());
        if (agreeing > bestAgreeing) {
            best = candidate;
            bestAgreeing = agreeing;
        }
    }
    return best;
}

bool CsvReader::start()
{
    if (m_started)
        return !m_error;
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(
            tr("%1: the file cannot be read: %2").arg(m_sourceName, m_device ? m_device->errorString() : tr("no file")),
            0);
        return false;
    }
    if (m_encoding == Encoding::Auto)
        m_encoding = sniffEncoding();
    switch (m_encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
        m_decoder = std::make_unique<Decoder>(QStringDecoder::Utf8);
        break;
    case Encoding::Utf16LE:
        m_decoder = std::make_unique<Decoder>(QStringDecoder::Utf16LE);
        break;
    case Encoding::Utf16BE:
        m_decoder = std::make_unique<Decoder>(QStringDecoder::Utf16BE);
        break;
    case Encoding::ShiftJis:
        m_decoder = std::make_unique<Decoder>("Shift_JIS");
        break;
    }
    if (!m_decoder->isValid()) {
        fail(tr("%1: %2 text cannot be read on this system (Qt was built without ICU)")
                 .arg(m_sourceName, encodingName(m_encoding)),
             0);
        return false;
    }
    if (m_delimiter.isNull()) {
        // The first 64 Ki characters (or the whole file) as the sample; they stay in the buffer for next().
        while (!m_inputDone && m_errorAt < 0 && m_text.size() < SniffSize)
            fill();
        m_delimiter = detectDelimiter();
    }
    return true;
}

void CsvReader::beginRecord()
{
    if (m_recordStarted)
        return;
    m_recordStarted = true;
    m_recordLine = m_line;
    m_recordSize = 0;
}

void CsvReader::appendToField(QChar c)
{
    appendRunToField(QStringView(&c, 1));
}

void CsvReader::appendRunToField(QStringView run)
{
    m_field.append(run);
    m_recordSize += run.size();
    if (m_field.size() > m_maxFieldSize)
        fail(tr("%1, line %2: a field is longer than the limit of %3 characters")
                 .arg(m_sourceName)
                 .arg(m_line)
                 .arg(m_maxFieldSize),
             m_line);
    else if (m_recordSize > m_maxRecordSize)
        fail(tr("%1, line %2: the record that starts here is longer than the limit of %3 characters")
                 .arg(m_sourceName)
                 .arg(m_recordLine)
                 .arg(m_maxRecordSize),
             m_recordLine);
}

void CsvReader::endField()
{
    m_fields << std::exchange(m_field, QString());
    ++m_recordSize;
    if (m_recordSize > m_maxRecordSize)
        fail(tr("%1, line %2: the record that starts here is longer than the limit of %3 characters")
                 .arg(m_sourceName)
                 .arg(m_recordLine)
                 .arg(m_maxRecordSize),
             m_recordLine);
}

void CsvReader::newline(QChar c)
{
    ++m_line;
    m_afterCR = c == QLatin1Char('\r');
}

bool CsvReader::consume(QChar c)
{
    const bool lineFeedOfCrLf = m_afterCR && c == QLatin1Char('\n');
    m_afterCR = false;
    if (lineFeedOfCrLf) {
        if (m_state == State::Quoted)
            appendToField(c);
        return false;
    }
    const bool lineBreak = c == QLatin1Char('\r') || c == QLatin1Char('\n');
    switch (m_state) {
    case State::FieldStart:
    case State::Unquoted:
        if (lineBreak) {
            newline(c);
            if (!m_recordStarted)
                return false; // a completely empty line
            endField();
            return true;
        }
        beginRecord();
        if (c == m_delimiter) {
            endField();
            m_state = State::FieldStart;
        } else if (c == QLatin1Char('"') && m_state == State::FieldStart) {
            m_state = State::Quoted;
            m_quoteLine = m_line;
        } else {
            appendToField(c);
            m_state = State::Unquoted;
        }
        return false;
    case State::Quoted:
        if (c == QLatin1Char('"')) {
            m_state = State::QuoteInQuoted;
            return false;
        }
        if (lineBreak)
            newline(c);
        appendToField(c);
        return false;
    case State::QuoteInQuoted:
        if (c == QLatin1Char('"')) {
            appendToField(c);
            m_state = State::Quoted;
        } else if (c == m_delimiter) {
            endField();
            m_state = State::FieldStart;
        } else if (lineBreak) {
            newline(c);
            endField();
            return true;
        } else {
            appendToField(c);
            m_state = State::Unquoted;
        }
        return false;
    }
    return false;
}

bool CsvReader::next(CsvRecord& record)
{
    if (!start() || m_finished)
        return false;
    for (;;) {
        const qsizetype end = m_errorAt >= 0 ? m_errorAt : m_text.size();
        bool complete = false;
        while (!complete && !m_error && m_pos < end) {
            // Inside a field, a run of ordinary characters goes in at once (what consume() would do
            // one character at a time, without its per-character work).
            if (!m_afterCR && (m_state == State::Unquoted || m_state == State::Quoted)) {
                const bool quoted = m_state == State::Quoted;
                qsizetype run = m_pos;
                while (run < end) {
                    const QChar c = m_text.at(run);
                    if (c == QLatin1Char('\r') || c == QLatin1Char('\n') ||
                        (quoted ? c == QLatin1Char('"') : c == m_delimiter))
                        break;
                    ++run;
                }
                if (run > m_pos) {
                    appendRunToField(QStringView(m_text).mid(m_pos, run - m_pos));
                    m_pos = run;
                    continue;
                }
            }
            complete = consume(m_text.at(m_pos++));
        }
        if (m_error)
            return false;
        if (!complete && m_errorAt >= 0 && m_pos >= m_errorAt) {
            failPending();
            return false;
        }
        if (!complete && m_inputDone) {
            m_finished = true;
            if (m_state == State::Quoted) {
                fail(tr("%1, line %2: the quoted field that starts here is never closed")
                         .arg(m_sourceName)
                         .arg(m_quoteLine),
                     m_quoteLine);
                return false;
            }
            if (!m_recordStarted)
                return false;
            endField();
            if (m_error)
                return false;
            complete = true;
        }
        if (complete) {
            record.fields = std::exchange(m_fields, QStringList());
            record.line = m_recordLine;
            if (m_firstRecordFieldCount == 0)
                m_firstRecordFieldCount = record.fields.size();
            m_recordStarted = false;
            m_state = State::FieldStart;
            return true;
        }
        fill();
    }
}

} // namespace crosswalk
