// Fuzz target "answers": every document the client decodes from the server — petition records, change-feed
// pages, session grants, users, reference data, and the problem documents of refusals (a 409 carries the
// current record under "current"). The bytes go through the same JSON parsing as ApiClient's.
//
// Contract checked: decoding never crashes, the direct change-page decoder agrees with the strict one, and
// whatever decodes re-encodes to a document that decodes to the same value (so what the cache stores is
// exactly what was accepted).
#include "../support/changepagediff.h"
#include "domain/referencedata.h"
#include "fuzztargets.h"
#include "net/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pakn::fuzz {
namespace {

void petition(const QJsonObject &json)
{
    const Decoded<Petition> p = wire::decodePetition(json);
    if (!p)
        return;
    const Decoded<Petition> again = wire::decodePetition(wire::encode(*p.value));
    PAKN_FUZZ_CHECK(again && *again.value == *p.value);
}

void changePage(const QJsonObject &json, const QByteArray &body)
{
    const Decoded<ChangePage> page = wire::decodeChangePage(json);
    if (!page)
        return;
    // As the sync engine decodes it: with the body, each record is the element's bytes (jsonslices.h), which
    // must read back as the element the parser saw.
    const Decoded<ChangePage> sliced = wire::decodeChangePage(json, body);
    PAKN_FUZZ_CHECK(sliced && sliced.value->petitions == page.value->petitions);
    const QJsonArray elements = json.value(QStringLiteral("petitions")).toArray();
    PAKN_FUZZ_CHECK(sliced.value->records.size() == elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument record = QJsonDocument::fromJson(sliced.value->records.at(i), &error);
        PAKN_FUZZ_CHECK(error.error == QJsonParseError::NoError &&
                        record.object() == elements.at(i).toObject());
    }
    const Decoded<ChangePage> again = wire::decodeChangePage(wire::encode(*page.value));
    PAKN_FUZZ_CHECK(again);
    PAKN_FUZZ_CHECK(again.value->petitions == page.value->petitions);
    PAKN_FUZZ_CHECK(again.value->tombstones == page.value->tombstones);
    PAKN_FUZZ_CHECK(again.value->nextCursor == page.value->nextCursor);
    PAKN_FUZZ_CHECK(again.value->hasMore == page.value->hasMore);
}

void session(const QJsonObject &json)
{
    const Decoded<SessionGrant> grant = wire::decodeSessionGrant(json);
    if (grant) {
        const Decoded<SessionGrant> again = wire::decodeSessionGrant(wire::encode(*grant.value));
        PAKN_FUZZ_CHECK(again && again.value->accessToken == grant.value->accessToken &&
                        again.value->refreshToken == grant.value->refreshToken &&
                        again.value->user == grant.value->user);
    }
    const Decoded<User> user = wire::decodeUser(json);
    if (user) {
        const Decoded<User> again = wire::decodeUser(wire::encode(*user.value));
        PAKN_FUZZ_CHECK(again && *again.value == *user.value);
    }
}

void reference(const QJsonObject &json)
{
    const Decoded<ReferenceData> data = ReferenceData::fromJson(json);
    if (!data)
        return;
    const Decoded<ReferenceData> again = ReferenceData::fromJson(data.value->toJson());
    PAKN_FUZZ_CHECK(again && *again.value == *data.value);
}

/// The part of a problem document the sync engine decodes: the current record of a 409.
void problem(const QJsonObject &json)
{
    petition(json.value(QStringLiteral("current")).toObject());
}

} // namespace

int answers(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    // The direct change-page decoder (the sync's hot path) accepts only what the strict one accepts, and
    // then answers the same page; any bytes, JSON or not.
    PAKN_FUZZ_CHECK(test::compareChangePageDecoders(body).isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    if (doc.isArray()) { // the parts of a record that are also sent on their own
        const Decoded<QList<TimelineEntry>> timeline = wire::decodeTimeline(doc.array());
        if (timeline) {
            const Decoded<QList<TimelineEntry>> again =
                wire::decodeTimeline(wire::encodeTimeline(*timeline.value));
            PAKN_FUZZ_CHECK(again && *again.value == *timeline.value);
        }
        const Decoded<QList<AttachmentRef>> attachments = wire::decodeAttachments(doc.array());
        if (attachments) {
            const Decoded<QList<AttachmentRef>> again =
                wire::decodeAttachments(wire::encodeAttachments(*attachments.value));
            PAKN_FUZZ_CHECK(again && *again.value == *attachments.value);
        }
        return 0;
    }
    const QJsonObject json = doc.object();
    petition(json);
    changePage(json, body);
    session(json);
    reference(json);
    problem(json);
    return 0;
}

} // namespace pakn::fuzz
