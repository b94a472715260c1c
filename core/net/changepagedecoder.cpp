#include "changepagedecoder.h"

#include "jsoncursor.h"

#include <QJsonDocument>
#include <iterator>
#include <limits>

namespace pakn::wire {
namespace {

using jsoncursor::Cursor;

constexpr qint64 kMaxId = std::numeric_limits<qint32>::max() * 1024LL;
constexpr qint64 kMaxFileSize = qint64(1) << 50;

/// The members read, as bits: a member named twice, or a required one missing, ends the fast path.
class Seen
{
public:
    explicit Seen(Cursor &c)
        : m_c(c)
    {}
    bool first(int member)
    {
        const quint32 bit = quint32(1) << member;
        if (m_bits & bit)
            return m_c.fail();
        m_bits |= bit;
        return true;
    }
    bool has(quint32 required) const { return (m_bits & required) == required; }

private:
    Cursor &m_c;
    quint32 m_bits = 0;
};

/// Each member of the object at the cursor: `member(index in names, or -1)` reads or skips its value.
template<typename Names, typename F> bool readObject(Cursor &c, const Names &names, F &&member)
{
    if (!c.consume('{'))
        return false;
    if (c.peek() == '}') {
        ++c.at;
        return true;
    }
    for (;;) {
        QByteArrayView key;
        bool escaped = false;
        if (!c.string(&key, &escaped) || escaped || !c.consume(':'))
            return c.fail();
        int index = -1;
        for (int i = 0; i < int(std::size(names)); ++i) {
            if (key == QByteArrayView(names[i])) {
                index = i;
                break;
            }
        }
        if (!member(index))
            return c.fail();
        const char next = c.peek();
        if (next == '}') {
            ++c.at;
            return true;
        }
        if (next != ',')
            return c.fail();
        ++c.at;
    }
}

/// Each element of the array at the cursor, read by `element()`.
template<typename F> bool readArray(Cursor &c, F &&element)
{
    if (!c.consume('['))
        return false;
    if (c.peek() == ']') {
        ++c.at;
        return true;
    }
    for (;;) {
        if (!element())
            return c.fail();
        const char next = c.peek();
        if (next == ']') {
            ++c.at;
            return true;
        }
        if (next != ',')
            return c.fail();
        ++c.at;
    }
}

/// An array that may be null (then nothing is read).
template<typename F> bool readOptionalArray(Cursor &c, F &&element)
{
    if (c.consumeNull())
        return true;
    return c.ok && readArray(c, element);
}

bool readString(Cursor &c, QString *out, bool required)
{
    if (c.consumeNull())
        return !required || c.fail();
    if (!c.ok)
        return false;
    QByteArrayView raw;
    bool escaped = false;
    if (!c.string(&raw, &escaped))
        return false;
    *out = jsoncursor::decodeString(raw, escaped);
    return true;
}

bool readInteger(Cursor &c, qint64 min, qint64 max, qint64 *out)
{
    QByteArrayView raw;
    bool whole = false;
    if (!c.number(&raw, &whole))
        return false;
    const std::optional<qint64> n = whole ? jsoncursor::smallWholeNumber(raw) : std::nullopt;
    if (!n || *n < min || *n > max)
        return c.fail();
    *out = *n;
    return true;
}

bool readBool(Cursor &c, bool *out)
{
    const char first = c.peek();
    const QByteArrayView word = first == 't' ? QByteArrayView("true") : QByteArrayView("false");
    if ((first != 't' && first != 'f') || c.end - c.at < word.size() ||
        QByteArrayView(c.at, word.size()) != word)
        return c.fail();
    c.at += word.size();
    *out = first == 't';
    return true;
}

/// "yyyy-MM-ddTHH:mm:ssZ", the form the contract's server writes, read without QDateTime::fromString; any
/// other form goes through decodeInstant(), as the strict decoder reads it.
std::optional<QDateTime> plainUtcInstant(QByteArrayView raw)
{
    if (raw.size() != 20 || raw[4] != '-' || raw[7] != '-' || raw[10] != 'T' || raw[13] != ':' ||
        raw[16] != ':' || raw[19] != 'Z')
        return std::nullopt;
    auto field = [raw](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            if (raw[i] < '0' || raw[i] > '9')
                return -1;
            value = value * 10 + (raw[i] - '0');
        }
        return value;
    };
    const int year = field(0, 4);
    const int month = field(5, 2);
    const int day = field(8, 2);
    const int hour = field(11, 2);
    const int minute = field(14, 2);
    const int second = field(17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
}

bool readInstant(Cursor &c, QDateTime *out)
{
    if (c.peek() == '"') {
        const char *begin = c.at;
        QByteArrayView raw;
        bool escaped = false;
        if (!c.string(&raw, &escaped))
            return false;
        if (!escaped) {
            if (const std::optional<QDateTime> t = plainUtcInstant(raw)) {
                *out = *t;
                return true;
            }
        }
        c.at = begin;
    }
    QString text;
    if (!readString(c, &text, true))
        return false;
    const std::optional<QDateTime> t = decodeInstant(text);
    if (!t)
        return c.fail();
    *out = *t;
    return true;
}

bool readOptionalInstant(Cursor &c, QDateTime *out)
{
    if (c.consumeNull())
        return true;
    return c.ok && readInstant(c, out);
}

/// A date that may be null, absent or empty (then invalid).
bool readDate(Cursor &c, QDate *out)
{
    QString text;
    if (!readString(c, &text, false))
        return false;
    if (text.isEmpty())
        return true;
    const std::optional<QDate> d = decodeDate(text);
    if (!d)
        return c.fail();
    *out = *d;
    return true;
}

template<typename E, typename Parse> bool readEnum(Cursor &c, Parse parse, E *out)
{
    QString text;
    if (!readString(c, &text, true))
        return false;
    const std::optional<E> v = parse(text);
    if (!v)
        return c.fail();
    *out = *v;
    return true;
}

bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool readAttachment(Cursor &c, int depth, AttachmentRef *a)
{
    static constexpr const char *kNames[] = {"id", "name", "size", "sha256", "mime"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readString(c, &a->id, true);
        case 1:
            return readString(c, &a->name, true);
        case 2:
            return readInteger(c, 0, kMaxFileSize, &a->size);
        case 3:
            return readString(c, &a->sha256, true);
        case 4:
            return readString(c, &a->mime, true);
        default:
            return c.skipValue(depth);
        }
    });
    return (read && seen.has(0x1F) && !a->id.isEmpty() && isSha256Hex(a->sha256)) || c.fail();
}

bool readAttachments(Cursor &c, int depth, QList<AttachmentRef> *out)
{
    return readOptionalArray(c, [&] {
        AttachmentRef a;
        if (!readAttachment(c, depth + 1, &a))
            return false;
        out->append(std::move(a));
        return true;
    });
}

bool readTimelineEntry(Cursor &c, int depth, TimelineEntry *e)
{
    static constexpr const char *kNames[] = {"id", "kind", "actor", "at", "comment", "data"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readInteger(c, 1, kMaxId, &e->id);
        case 1:
            return readString(c, &e->kind, true);
        case 2:
            return readString(c, &e->actor, false);
        case 3:
            return readInstant(c, &e->at);
        case 4:
            return readString(c, &e->comment, false);
        case 5: {
            if (c.consumeNull())
                return true;
            if (!c.ok || c.peek() != '{')
                return c.fail();
            const char *begin = c.at;
            ++c.at;
            if (c.peek() == '}') { // most entries: nothing of the command's own
                ++c.at;
                e->data = QJsonObject();
                return true;
            }
            c.at = begin;
            if (!c.skipValue(depth))
                return false;
            // A command's own members, kept as a QJsonObject: the only part read through the parser.
            e->data = QJsonDocument::fromJson(QByteArray::fromRawData(begin, c.at - begin)).object();
            return true;
        }
        default:
            return c.skipValue(depth);
        }
    });
    constexpr quint32 kRequired = 0x1 | 0x2 | 0x8;
    return (read && seen.has(kRequired) && isTimelineKind(e->kind)) || c.fail();
}

bool readReply(Cursor &c, int depth, Reply *r)
{
    static constexpr const char *kNames[] = {"doc_number", "issue_date", "signer",     "signer_position",
                                             "subject",    "body",       "attachments"};
    Seen seen(c);
    return readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readString(c, &r->docNumber, false);
        case 1:
            return readDate(c, &r->issueDate);
        case 2:
            return readString(c, &r->signer, false);
        case 3:
            return readString(c, &r->signerPosition, false);
        case 4:
            return readString(c, &r->subject, false);
        case 5:
            return readString(c, &r->body, false);
        case 6:
            return readAttachments(c, depth + 1, &r->attachments);
        default:
            return c.skipValue(depth);
        }
    });
}

bool readSubmitter(Cursor &c, int depth, Submitter *s)
{
    static constexpr const char *kNames[] = {"type", "name", "organisation", "phone", "email", "address"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readEnum(c, submitterTypeFromWire, &s->type);
        case 1:
            return readString(c, &s->name, true);
        case 2:
            return readString(c, &s->organisation, false);
        case 3:
            return readString(c, &s->phone, false);
        case 4:
            return readString(c, &s->email, false);
        case 5:
            return readString(c, &s->address, false);
        default:
            return c.skipValue(depth);
        }
    });
    return (read && seen.has(0x3)) || c.fail();
}

bool readClassification(Cursor &c, int depth, Classification *out)
{
    static constexpr const char *kNames[] = {"kind", "competence"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readEnum(c, classificationKindFromWire, &out->kind);
        case 1:
            return readEnum(c, competenceFromWire, &out->competence);
        default:
            return c.skipValue(depth);
        }
    });
    return (read && seen.has(0x3)) || c.fail();
}

bool readProcedure(Cursor &c, int depth, AdminProcedure *out)
{
    static constexpr const char *kNames[] = {"code", "name"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readString(c, &out->code, false);
        case 1:
            return readString(c, &out->name, true);
        default:
            return c.skipValue(depth);
        }
    });
    out->code = out->code.trimmed();
    out->name = out->name.trimmed();
    return (read && seen.has(0x2) && !out->name.isEmpty()) || c.fail();
}

/// An object that may be null: `read` fills `*slot` once it is there.
template<typename T, typename Read> bool readOptionalObject(Cursor &c, std::optional<T> *slot, Read read)
{
    if (c.consumeNull())
        return true;
    if (!c.ok)
        return false;
    T value{};
    if (!read(&value))
        return false;
    *slot = std::move(value);
    return true;
}

enum PetitionMember {
    Id,
    Version,
    Code,
    Title,
    Content,
    Kind,
    Category,
    Channel_,
    Field,
    State,
    Unit,
    Assignee,
    ReceivedAt,
    DueDate,
    UpdatedAt,
    Submitter_,
    Timeline,
    Reply_,
    Attachments,
    RepliedAt,
    Classification_,
    RejectReason,
    Procedure,
    MemberCount
};

constexpr const char *kPetitionNames[MemberCount] = {
    "id",          "version",    "code",           "title",         "content",  "kind",
    "category",    "channel",    "field",          "state",         "unit",     "assignee",
    "received_at", "due_date",   "updated_at",     "submitter",     "timeline", "reply",
    "attachments", "replied_at", "classification", "reject_reason", "procedure"};

constexpr quint32 bitOf(PetitionMember m)
{
    return quint32(1) << m;
}

constexpr quint32 kRequiredPetitionMembers = bitOf(Id) | bitOf(Version) | bitOf(Code) | bitOf(Title) |
                                             bitOf(Content) | bitOf(Kind) | bitOf(Category) |
                                             bitOf(Channel_) | bitOf(Field) | bitOf(State) | bitOf(Unit) |
                                             bitOf(ReceivedAt) | bitOf(UpdatedAt) | bitOf(Submitter_);

bool readPetition(Cursor &c, int depth, Petition *p)
{
    Seen seen(c);
    const bool read = readObject(c, kPetitionNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case Id:
            return readInteger(c, 1, kMaxId, &p->id);
        case Version:
            return readInteger(c, 1, kMaxId, &p->version);
        case Code:
            return readString(c, &p->code, true);
        case Title:
            return readString(c, &p->title, true);
        case Content:
            return readString(c, &p->content, true);
        case Kind:
            return readEnum(c, petitionKindFromWire, &p->kind);
        case Category: {
            qint64 category = 0;
            if (!readInteger(c, 1, 8, &category))
                return false;
            p->category = int(category);
            return true;
        }
        case Channel_:
            return readEnum(c, channelFromWire, &p->channel);
        case Field:
            return readString(c, &p->fieldId, true);
        case State:
            return readEnum(c, petitionStateFromWire, &p->state);
        case Unit:
            return readString(c, &p->unitId, true);
        case Assignee:
            return readString(c, &p->assignee, false);
        case ReceivedAt:
            return readInstant(c, &p->receivedAt);
        case DueDate:
            return readDate(c, &p->dueDate);
        case UpdatedAt:
            return readInstant(c, &p->updatedAt);
        case Submitter_:
            return c.peek() == '{' ? readSubmitter(c, depth + 1, &p->submitter) : c.fail();
        case Timeline:
            return readOptionalArray(c, [&] {
                TimelineEntry e;
                if (!readTimelineEntry(c, depth + 2, &e))
                    return false;
                p->timeline.append(std::move(e));
                return true;
            });
        case Reply_:
            return readOptionalObject<Reply>(c, &p->reply,
                                             [&](Reply *r) { return readReply(c, depth + 1, r); });
        case Attachments:
            return readAttachments(c, depth + 1, &p->attachments);
        case RepliedAt:
            return readOptionalInstant(c, &p->repliedAt);
        case Classification_:
            return readOptionalObject<Classification>(c, &p->classification, [&](Classification *k) {
                return readClassification(c, depth + 1, k);
            });
        case RejectReason:
            return readString(c, &p->rejectReason, false);
        case Procedure: {
            if (c.consumeNull())
                return true;
            return c.ok && readProcedure(c, depth + 1, &p->adminProcedure);
        }
        default:
            return c.skipValue(depth);
        }
    });
    return (read && seen.has(kRequiredPetitionMembers)) || c.fail();
}

bool readTombstone(Cursor &c, int depth, Tombstone *t)
{
    static constexpr const char *kNames[] = {"id"};
    Seen seen(c);
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        return m == 0 ? readInteger(c, 1, kMaxId, &t->id) : c.skipValue(depth);
    });
    return (read && seen.has(0x1)) || c.fail();
}

} // namespace

std::optional<ChangePage> decodeChangePageDirect(const QByteArray &body)
{
    static constexpr const char *kNames[] = {"petitions", "tombstones", "next_cursor", "has_more",
                                             "remaining"};
    Cursor c(body);
    Seen seen(c);
    ChangePage page;
    // Depths count the containers around a value, as QJsonDocument's nesting limit does: the page is 1.
    const bool read = readObject(c, kNames, [&](int m) {
        if (m >= 0 && !seen.first(m))
            return false;
        switch (m) {
        case 0:
            return readArray(c, [&] {
                if (c.peek() != '{')
                    return c.fail();
                const char *begin = c.at;
                Petition p;
                if (!readPetition(c, 3, &p))
                    return false;
                page.petitions.append(std::move(p));
                page.records.append(QByteArray::fromRawData(begin, c.at - begin));
                return true;
            });
        case 1:
            return readArray(c, [&] {
                Tombstone t;
                if (!readTombstone(c, 3, &t))
                    return false;
                page.tombstones.append(t);
                return true;
            });
        case 2:
            return readString(c, &page.nextCursor, true);
        case 3:
            return readBool(c, &page.hasMore);
        case 4: {
            qint64 remaining = 0;
            if (!readInteger(c, 0, kMaxId, &remaining))
                return false;
            page.remaining = remaining;
            return true;
        }
        default:
            return c.skipValue(1);
        }
    });
    c.skipSpace();
    if (!read || !c.ok || c.at != c.end || !seen.has(0xF) || page.nextCursor.isEmpty())
        return std::nullopt;
    // The records point into the body: the page keeps it (shared, not copied).
    page.body = body;
    return page;
}

} // namespace pakn::wire
