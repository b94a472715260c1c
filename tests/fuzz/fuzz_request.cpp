// Fuzz target "request": what pakn-server parses out of a request before any service sees it — JSON bodies
// (sign-in, refresh, commands with the command rules), the change feed's cursor and limit, and the Range
// header of downloads. The first byte picks the part; the rest is the raw text. (HTTP framing itself is
// cpp-httplib's, a Debian library outside this build.)
//
// Contract checked (server/api.h, commandrules.h, changefeed.h): every refusal is a problem with a 4xx
// status; an accepted limit is 1..kMaxLimit and a cursor reads back as it was encoded; a byte range is inside
// the file or marked unsatisfiable.
#include "api.h"
#include "changefeed.h"
#include "commandrules.h"
#include "fuzztargets.h"
#include "referencedefaults.h"

namespace pakn::server::fuzz_request {
namespace {

void checkRefusal(const Problem &problem)
{
    const int status = httpStatus(problem.code);
    PAKN_FUZZ_CHECK(status >= 400 && status < 500);
    PAKN_FUZZ_CHECK(problemDocument(problem).value(QStringLiteral("status")).toInt() == status);
}

void body(const QByteArray &raw)
{
    const Result<QJsonObject> json = parseJsonObject(raw);
    if (!json) {
        checkRefusal(json.problem());
        return;
    }
    for (const char *field : {"username", "password", "refresh_token"}) {
        const Result<QString> s = requiredString(json.value(), field, 64);
        if (s)
            PAKN_FUZZ_CHECK(!s.value().isEmpty() && s.value().size() <= 64);
        else
            checkRefusal(s.problem());
    }
    static const ReferenceData reference = defaultReferenceData();
    const Result<ParsedCommand> command = commandrules::parse(json.value(), reference);
    if (!command)
        checkRefusal(command.problem());
}

void changes(const QByteArray &raw)
{
    // "cursor\nlimit"; a missing line is an absent parameter.
    const QList<QByteArray> lines = raw.split('\n');
    const std::optional<QString> cursor = lines.size() > 0 && !lines.at(0).isEmpty()
                                              ? std::optional(QString::fromUtf8(lines.at(0)))
                                              : std::nullopt;
    const std::optional<QString> limit =
        lines.size() > 1 ? std::optional(QString::fromUtf8(lines.at(1))) : std::nullopt;
    const Result<ChangeFeed::Query> query = ChangeFeed::parseQuery(cursor, limit);
    if (!query) {
        checkRefusal(query.problem());
        return;
    }
    PAKN_FUZZ_CHECK(query.value().limit >= 1 && query.value().limit <= ChangeFeed::kMaxLimit);
    if (query.value().afterSeq) {
        PAKN_FUZZ_CHECK(*query.value().afterSeq >= 0);
        PAKN_FUZZ_CHECK(ChangeFeed::decodeCursor(ChangeFeed::encodeCursor(*query.value().afterSeq)) ==
                        query.value().afterSeq);
    }
}

void range(pakn::fuzz::ByteReader &in)
{
    const qint64 size = qint64(in.take<quint64>() % (quint64(1) << 40));
    const QByteArray header = in.rest();
    const std::optional<std::pair<qint64, qint64>> r = byteRange(header, size);
    if (!r)
        return;
    const bool unsatisfiable = r->first > r->second;
    PAKN_FUZZ_CHECK(unsatisfiable || (r->first >= 0 && r->second < size));
}

} // namespace
} // namespace pakn::server::fuzz_request

namespace pakn::fuzz {

int request(const uint8_t *data, size_t size)
{
    ByteReader in(data, size);
    switch (in.take<quint8>() % 3) {
    case 0:
        server::fuzz_request::body(in.rest());
        break;
    case 1:
        server::fuzz_request::changes(in.rest());
        break;
    default:
        server::fuzz_request::range(in);
        break;
    }
    return 0;
}

} // namespace pakn::fuzz
