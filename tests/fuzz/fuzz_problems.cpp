// Fuzz target "problems": how ApiClient reads a refusal — the HTTP status, the transport error Qt reported,
// the Retry-After header and the body, a problem document (docs/api.md §2) or anything a server, a proxy or
// a captive portal sends instead. Input: status (2 bytes), transport error (1 byte, an index into kErrors),
// Retry-After length (1 byte) and value, then the body.
//
// Contract checked (ApiClient::describeRefusal, parseRetryAfter): no crash; an error exactly when the
// classification table says so; a problem code read from the body decides the class by the problem table;
// the message is one non-empty line of valid UTF-16 holding at most kMaxDetail characters of the server's
// text; Retry-After is -1 or a delay in seconds, delay-seconds read exactly, and the retry policy then waits
// between 0 and its cap.
#include "fuzztargets.h"
#include "net/apiclient.h"
#include "net/retrypolicy.h"

#include <QJsonDocument>
#include <climits>

namespace pakn::fuzz {
namespace {

constexpr QNetworkReply::NetworkError kErrors[] = {
    QNetworkReply::NoError,
    QNetworkReply::ContentAccessDenied,
    QNetworkReply::ContentNotFoundError,
    QNetworkReply::ContentConflictError,
    QNetworkReply::ProtocolInvalidOperationError,
    QNetworkReply::AuthenticationRequiredError,
    QNetworkReply::InternalServerError,
    QNetworkReply::ServiceUnavailableError,
    QNetworkReply::UnknownContentError,
    QNetworkReply::UnknownServerError,
    QNetworkReply::OperationNotImplementedError,
    QNetworkReply::ContentGoneError,
    QNetworkReply::ProtocolFailure,
};

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

int problems(const uint8_t *data, size_t size)
{
    ByteReader in(data, size);
    const int status = 100 + int(in.take<uint16_t>() % 500);
    const QNetworkReply::NetworkError transport = kErrors[in.take<uint8_t>() % std::size(kErrors)];
    const int retryLength = in.take<uint8_t>() % 80;
    const QByteArray rest = in.rest();
    const QByteArray retryAfter = rest.left(retryLength);
    const QByteArray body = rest.mid(retryLength);
    const QDateTime now(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);

    const ApiError e = ApiClient::describeRefusal(status, transport, retryAfter, body, now);
    const ErrorClass byTable = classifyFailure(transport, status);
    PAKN_FUZZ_CHECK(e.isError() == (byTable != ErrorClass::None));
    PAKN_FUZZ_CHECK(e.httpStatus == status);
    if (!e.isError())
        return 0;

    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QString code = problem.value(QStringLiteral("code")).toString();
    PAKN_FUZZ_CHECK(e.problemCode == code);
    PAKN_FUZZ_CHECK(e.errorClass == (code.isEmpty() ? byTable : classifyProblem(status, code)));
    PAKN_FUZZ_CHECK(e.problem == problem);

    PAKN_FUZZ_CHECK(!e.message.isEmpty());
    PAKN_FUZZ_CHECK(QStringView(e.message).isValidUtf16());
    PAKN_FUZZ_CHECK(!e.message.contains(QLatin1Char('\n')) && !e.message.contains(QLatin1Char('\r')));
    PAKN_FUZZ_CHECK(e.message.size() <= ApiClient::kMaxDetail + 60);

    PAKN_FUZZ_CHECK(e.retryAfterSeconds >= -1);
    PAKN_FUZZ_CHECK(e.retryAfterSeconds == ApiClient::parseRetryAfter(retryAfter, now));
    const QByteArray trimmed = retryAfter.trimmed();
    if (isDigits(trimmed)) {
        bool ok = false;
        const qlonglong n = trimmed.toLongLong(&ok);
        PAKN_FUZZ_CHECK(e.retryAfterSeconds == (ok ? int(std::min<qlonglong>(n, INT_MAX)) : -1) ||
                        (!ok && e.retryAfterSeconds == -1));
    }
    if (trimmed.isEmpty())
        PAKN_FUZZ_CHECK(e.retryAfterSeconds == -1);
    const qint64 wait = retrypolicy::delayMs(1, e.retryAfterSeconds, 0.5);
    PAKN_FUZZ_CHECK(wait >= 0 && wait <= 3600 * 1000);
    return 0;
}

} // namespace pakn::fuzz
