#include "apiclient.h"

#include "changepagedecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>
#include <algorithm>
#include <climits>

namespace pakn {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

bool isJsonContentType(const QNetworkReply *reply)
{
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.startsWith("application/json") || type.startsWith("application/problem+json");
}

template<typename T>
void deliverDecoded(const ApiError &error, const QJsonObject &json,
                    const std::function<Decoded<T>(const QJsonObject &)> &decode,
                    const ApiClient::Callback<T> &done)
{
    if (error.isError()) {
        done(error, T{});
        return;
    }
    Decoded<T> decoded = decode(json);
    if (!decoded) {
        ApiError bad;
        bad.errorClass = ErrorClass::RetryLater; // a broken answer may be a proxy or a truncated body
        bad.httpStatus = 200;
        bad.message =
            ApiClient::tr("The server sent an answer this version cannot read (%1).").arg(decoded.error);
        done(bad, T{});
        return;
    }
    done(error, *decoded.value);
}

/// Why a certificate was refused, in words for the officer, and what to do about it: one row per kind of
/// QSslError (the first error of the handshake that has a row decides). Qt's own text is appended to the
/// message for the IT department.
struct TlsRefusal
{
    QList<QSslError::SslError> errors;
    const char *reason;
    const char *advice;
};

const TlsRefusal kTlsRefusals[] = {
    {{QSslError::CertificateExpired},
     QT_TRANSLATE_NOOP("pakn::ApiClient", "its certificate has expired"),
     QT_TRANSLATE_NOOP("pakn::ApiClient", "The server's administrator must renew it.")},
    {{QSslError::CertificateNotYetValid},
     QT_TRANSLATE_NOOP("pakn::ApiClient", "its certificate is not valid yet"),
     QT_TRANSLATE_NOOP("pakn::ApiClient", "Check this computer's date and time.")},
    {{QSslError::HostNameMismatch},
     QT_TRANSLATE_NOOP("pakn::ApiClient", "its certificate was issued for another host name"),
     QT_TRANSLATE_NOOP("pakn::ApiClient",
                       "Check the server address; someone may be impersonating the server.")},
    {{QSslError::CertificateRevoked},
     QT_TRANSLATE_NOOP("pakn::ApiClient", "its certificate has been revoked"),
     QT_TRANSLATE_NOOP("pakn::ApiClient",
                       "Tell your IT department; someone may be impersonating the server.")},
    {{QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
      QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
      QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
      QSslError::CertificateRejected, QSslError::CertificateSignatureFailed,
      QSslError::AuthorityIssuerSerialNumberMismatch},
     QT_TRANSLATE_NOOP("pakn::ApiClient",
                       "its certificate was not issued by an authority this computer trusts "
                       "(a self-signed certificate, or a changed certificate authority)"),
     QT_TRANSLATE_NOOP("pakn::ApiClient",
                       "Ask your IT department for the organisation's CA file and set it in "
                       "the sign-in settings.")},
};

const TlsRefusal *tlsRefusalFor(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        for (const TlsRefusal &row : kTlsRefusals) {
            if (row.errors.contains(e.error()))
                return &row;
        }
    }
    return nullptr;
}

/// Collects the TLS errors of `reply` as they are reported, for describeFailure().
std::shared_ptr<QList<QSslError>> watchSslErrors(QNetworkReply *reply, QObject *context)
{
    auto errors = std::make_shared<QList<QSslError>>();
    QObject::connect(reply, &QNetworkReply::sslErrors, context,
                     [errors](const QList<QSslError> &e) { errors->append(e); });
    return errors;
}

} // namespace

ApiClient::ApiClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setTransferTimeout(m_options.timeoutMs);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient() = default;

QList<QSslCertificate> ApiClient::loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (certs.isEmpty())
        *error = tr("The CA file %1 holds no PEM certificate.").arg(path);
    return certs;
}

QString ApiClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address is not a valid URL.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The server address must start with https:// — PAKN Desk never sends data unencrypted.");
    return {};
}

QNetworkRequest ApiClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_options.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/api/v1") + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (m_options.trustSystemCas)
        tls.addCaCertificates(m_options.extraCaCertificates);
    else
        tls.setCaCertificates(m_options.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setRawHeader("Accept", kJson);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("PAKN-Desk/0.1"));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    return request;
}

void ApiClient::signIn(const QString &username, const QString &password, Callback<SessionGrant> done)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/session"), {});
    request.setRawHeader("Authorization", QByteArray());
    request.setHeader(QNetworkRequest::ContentTypeHeader, kJson);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    watch(m_nam->post(request, body),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              ApiError e = error;
              if (e.httpStatus == 401) // at sign-in a 401 means the credentials, not an expired token
                  e.errorClass = ErrorClass::Permanent;
              deliverDecoded<SessionGrant>(e, json, wire::decodeSessionGrant, done);
          });
}

void ApiClient::refresh(const QString &refreshToken, Callback<SessionGrant> done)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/session/refresh"), {});
    request.setRawHeader("Authorization", QByteArray());
    request.setHeader(QNetworkRequest::ContentTypeHeader, kJson);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), refreshToken}})
                                .toJson(QJsonDocument::Compact);
    watch(m_nam->post(request, body),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliverDecoded<SessionGrant>(error, json, wire::decodeSessionGrant, done);
          });
}

void ApiClient::signOut(std::function<void(const ApiError &)> done)
{
    QNetworkReply *reply = m_nam->deleteResource(makeRequest(QStringLiteral("/session"), {}));
    auto sslErrors = watchSslErrors(reply, this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        done(describeFailure(reply, reply->readAll(), *sslErrors));
    });
}

void ApiClient::fetchChanges(const QString &cursor, int limit, Callback<ChangePage> done)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    // The page decoded straight from its bytes (changepagedecoder.h); what that decoder leaves, through
    // QJsonDocument and the strict decoder, which name the problem.
    BodyShortcut direct = [done](const ApiError &error, const QByteArray &body) {
        std::optional<ChangePage> page = wire::decodeChangePageDirect(body);
        if (!page)
            return false;
        done(error, *page);
        return true;
    };
    watch(m_nam->get(makeRequest(QStringLiteral("/changes"), query)),
          BodyCallback([done](const ApiError &error, const QJsonObject &json, const QByteArray &body) {
              deliverDecoded<ChangePage>(
                  error, json, [&body](const QJsonObject &j) { return wire::decodeChangePage(j, body); },
                  done);
          }),
          std::move(direct));
}

void ApiClient::sendCommand(qint64 petitionId, const QString &idempotencyKey, qint64 baseVersion,
                            const QJsonObject &command, Callback<Petition> done)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/petitions/%1/commands").arg(petitionId), {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, kJson);
    request.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    request.setRawHeader("If-Match", '"' + QByteArray::number(baseVersion) + '"');
    watch(m_nam->post(request, QJsonDocument(command).toJson(QJsonDocument::Compact)),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliverDecoded<Petition>(error, json, wire::decodePetition, done);
          });
}

void ApiClient::fetchReference(const QString &etag, ReferenceCallback done)
{
    QNetworkRequest request = makeRequest(QStringLiteral("/reference"), {});
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag.toUtf8());
    QNetworkReply *reply = m_nam->get(request);
    auto sslErrors = watchSslErrors(reply, this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 304) {
            done(ApiError{}, std::nullopt, {}, QString());
            return;
        }
        ApiError error = describeFailure(reply, body, *sslErrors);
        if (error.isError()) {
            done(error, std::nullopt, {}, QString());
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        Decoded<ReferenceData> data = ReferenceData::fromJson(json);
        if (!data) {
            error.errorClass = ErrorClass::RetryLater;
            error.httpStatus = 200;
            error.message = tr("The server sent an answer this version cannot read (%1).").arg(data.error);
            done(error, std::nullopt, {}, QString());
            return;
        }
        done(error, data.value, json, QString::fromUtf8(reply->rawHeader("ETag")));
    });
}

void ApiClient::watch(QNetworkReply *reply, JsonCallback done)
{
    watch(reply, BodyCallback([done = std::move(done)](const ApiError &error, const QJsonObject &json,
                                                       const QByteArray &) { done(error, json); }));
}

void ApiClient::watch(QNetworkReply *reply, BodyCallback done)
{
    watch(reply, std::move(done), {});
}

void ApiClient::watch(QNetworkReply *reply, BodyCallback done, BodyShortcut shortcut)
{
    auto sslErrors = watchSslErrors(reply, this);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sslErrors, done = std::move(done), shortcut = std::move(shortcut)] {
                reply->deleteLater();
                const QByteArray body = reply->readAll();
                ApiError error = describeFailure(reply, body, *sslErrors);
                if (error.isError()) {
                    done(error, {}, {});
                    return;
                }
                if (shortcut && isJsonContentType(reply) && shortcut(error, body))
                    return;
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
                    !isJsonContentType(reply)) {
                    error.errorClass = ErrorClass::RetryLater;
                    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    error.message = tr("The server's answer was not valid JSON (%1 at byte %2).")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset);
                    done(error, {}, {});
                    return;
                }
                done(error, doc.object(), body);
            });
}

ApiError ApiClient::describeFailure(QNetworkReply *reply, const QByteArray &body,
                                    const QList<QSslError> &sslErrors) const
{
    ApiError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.errorClass = classifyFailure(reply->error(), e.httpStatus);
    if (!e.isError())
        return e;

    if (e.httpStatus != 0) {
        return describeRefusal(e.httpStatus, reply->error(),
                               reply->hasRawHeader("Retry-After") ? reply->rawHeader("Retry-After")
                                                                  : QByteArray(),
                               body, QDateTime::currentDateTimeUtc());
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError && sslErrors.isEmpty()) {
        // No certificate was refused: the handshake itself broke ("bad record mac", a cut record), which is
        // what a corrupting or failing network does. Worth retrying, and not the officer's or IT's doing.
        e.errorClass = ErrorClass::RetryLater;
        e.message = tr("The secure connection to the server broke off (%1). PAKN Desk will try again.")
                        .arg(reply->errorString());
        return e;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList technical;
        for (const QSslError &s : sslErrors)
            technical.append(s.errorString());
        const QString details =
            technical.isEmpty() ? reply->errorString() : technical.join(QStringLiteral("; "));
        if (const TlsRefusal *refusal = tlsRefusalFor(sslErrors)) {
            e.message =
                tr("PAKN Desk did not connect because the server could not prove who it is: %1. %2 (%3)")
                    .arg(tr(refusal->reason), tr(refusal->advice), details);
        } else {
            e.message =
                tr("The server's certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT "
                   "department for the organisation's CA file and set it in the sign-in settings.")
                    .arg(details);
        }
        return e;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError &&
        reply->property("pakn_cancelled").toBool()) {
        e.message = tr("Synchronisation was cancelled.");
        return e;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        e.message = tr("The server did not answer within %1 seconds.").arg(m_options.timeoutMs / 1000);
        return e;
    }
    e.message = tr("Cannot reach the server: %1").arg(reply->errorString());
    return e;
}

int ApiClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber) // delay-seconds is 1*DIGIT: no sign; a number too large for an int waits as long as
                  // possible
        return text.front() >= '0' && text.front() <= '9' ? int(std::min<qlonglong>(seconds, INT_MAX)) : -1;
    if (text.size() > 64 || text.front() < '0' || (text.front() > '9' && text.front() < 'A'))
        return -1;
    // An HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which senders must use.
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(now.secsTo(at), 0, INT_MAX));
}

ApiError ApiClient::describeRefusal(int httpStatus, QNetworkReply::NetworkError transportError,
                                    const QByteArray &retryAfter, const QByteArray &body,
                                    const QDateTime &now)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.errorClass = classifyFailure(transportError, httpStatus);
    if (!e.isError())
        return e;
    e.retryAfterSeconds = parseRetryAfter(retryAfter, now);
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    e.problem = problem;
    e.problemCode = problem.value(QStringLiteral("code")).toString();
    if (!e.problemCode.isEmpty())
        e.errorClass = classifyProblem(e.httpStatus, e.problemCode);
    QString detail =
        problem.value(QStringLiteral("detail")).toString(problem.value(QStringLiteral("title")).toString());
    // invalid_command lists every problem found: the officer sees them all, not just the first.
    const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &item : errors) {
        if (detail.size() > kMaxDetail)
            break;
        const QString message = item.toObject().value(QStringLiteral("message")).toString();
        if (!message.isEmpty() && !detail.contains(message))
            detail += QStringLiteral("; ") + message;
    }
    // One line, cut without splitting a surrogate pair (a lone surrogate is not text).
    for (QChar &c : detail) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    detail = detail.simplified();
    if (detail.size() > kMaxDetail)
        detail.truncate(detail.at(kMaxDetail - 1).isHighSurrogate() ? kMaxDetail - 1 : kMaxDetail);
    if (!detail.isEmpty())
        e.message = tr("The server refused the request (%1): %2").arg(e.httpStatus).arg(detail);
    else
        e.message = tr("The server answered with HTTP status %1.").arg(e.httpStatus);
    return e;
}

} // namespace pakn
