#pragma once

#include "domain/decoded.h"
#include "domain/petition.h"
#include "domain/role.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pakn {

struct Tombstone
{
    qint64 id = 0;
    friend bool operator==(const Tombstone &a, const Tombstone &b) { return a.id == b.id; }
};

/// One page of GET /api/v1/changes.
struct ChangePage
{
    QList<Petition> petitions;
    /// Decoding only: each petition's JSON as the server sent it, at the same index as `petitions`, so the
    /// cache stores the record without encoding it again. Empty when not decoded. When decoded with the
    /// page's body, the records are views into `body` (QByteArray::fromRawData), valid as long as a copy of
    /// this page, which shares `body`, lives: use them only through the page.
    QList<QByteArray> records;
    QByteArray body;
    QList<Tombstone> tombstones;
    QString nextCursor;
    bool hasMore = false;
    /// Petitions in scope changed after `nextCursor` when the page was read (for "n of m" progress); absent
    /// from older servers.
    std::optional<qint64> remaining;
};

/// The answer to POST /api/v1/session.
struct SessionGrant
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    User user;
};

/// JSON encoding and strict decoding of the service's documents (docs/api.md). Decoding never trusts the
/// input: a missing required field, a wrong type or an unknown enum value is an error naming the field;
/// unknown extra fields are ignored so that a newer server stays compatible.
namespace wire {

QJsonObject encode(const Petition &petition);
Decoded<Petition> decodePetition(const QJsonObject &json);

// The parts of a petition, also used on their own (the server stores them as JSON; commands carry them).
QJsonObject encode(const TimelineEntry &entry);
QJsonArray encodeTimeline(const QList<TimelineEntry> &timeline);
Decoded<QList<TimelineEntry>> decodeTimeline(const QJsonArray &json);
QJsonObject encode(const AttachmentRef &attachment);
QJsonArray encodeAttachments(const QList<AttachmentRef> &attachments);
Decoded<AttachmentRef> decodeAttachment(const QJsonObject &json);
Decoded<QList<AttachmentRef>> decodeAttachments(const QJsonArray &json);
QJsonObject encode(const Reply &reply);
Decoded<Reply> decodeReply(const QJsonObject &json);
QJsonObject encode(const Classification &classification);
Decoded<Classification> decodeClassification(const QJsonObject &json);
/// {"code": "1.009972" or null, "name": "…"}; an empty AdminProcedure encodes as null.
QJsonValue encode(const AdminProcedure &procedure);
Decoded<AdminProcedure> decodeAdminProcedure(const QJsonObject &json);
/// True for "submitted" and the wire name of every command: the kinds a timeline entry may have.
bool isTimelineKind(const QString &kind);

QJsonObject encode(const ChangePage &page);
Decoded<ChangePage> decodeChangePage(const QJsonObject &json);
/// The same, with the page's body (`json` parsed from it): each petition's record is its bytes in the body
/// (jsonslices.h) instead of the parsed object serialised again.
Decoded<ChangePage> decodeChangePage(const QJsonObject &json, const QByteArray &body);

QJsonObject encode(const User &user);
Decoded<User> decodeUser(const QJsonObject &json);

QJsonObject encode(const SessionGrant &grant);
Decoded<SessionGrant> decodeSessionGrant(const QJsonObject &json);

/// Dates on the wire: instants as UTC ISO 8601 with 'Z' and seconds; calendar dates as yyyy-MM-dd.
QString encodeInstant(const QDateTime &instant);
QString encodeDate(const QDate &date);
/// The reading side: an ISO 8601 instant with a time zone, in UTC, its fraction of a second dropped; a
/// calendar date. nullopt when the text is not one.
std::optional<QDateTime> decodeInstant(const QString &text);
std::optional<QDate> decodeDate(const QString &text);

} // namespace wire
} // namespace pakn
