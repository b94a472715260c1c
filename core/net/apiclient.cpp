#include "apiclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

namespace pakn {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

bool isJsonContentType(const QNetworkReply *reply)
{
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.startsWith("application/json") || type.startsWith("application/problem+json");
}

template<typename T>
void deliverDecoded(const ApiError &error, const QJsonObject &json, Decoded<T> (*decode)(const QJsonObject &),
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        done(describeFailure(reply, reply->readAll(), {}));
    });
}

void ApiClient::fetchChanges(const QString &cursor, int limit, Callback<ChangePage> done)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    watch(m_nam->get(makeRequest(QStringLiteral("/changes"), query)),
          [done = std::move(done)](const ApiError &error, const QJsonObject &json) {
              deliverDecoded<ChangePage>(error, json, wire::decodeChangePage, done);
          });
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 304) {
            done(ApiError{}, std::nullopt, {}, QString());
            return;
        }
        ApiError error = describeFailure(reply, body, {});
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
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors->append(e.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sslErrors, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        ApiError error = describeFailure(reply, body, *sslErrors);
        if (error.isError()) {
            done(error, {});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !isJsonContentType(reply)) {
            error.errorClass = ErrorClass::RetryLater;
            error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            error.message = tr("The server's answer was not valid JSON (%1 at byte %2).")
                                .arg(parseError.errorString())
                                .arg(parseError.offset);
            done(error, {});
            return;
        }
        done(error, doc.object());
    });
}

ApiError ApiClient::describeFailure(QNetworkReply *reply, const QByteArray &body,
                                    const QStringList &sslErrors) const
{
    ApiError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.errorClass = classifyFailure(reply->error(), e.httpStatus);
    if (!e.isError())
        return e;

    if (reply->hasRawHeader("Retry-After"))
        e.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();

    if (e.httpStatus != 0) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        e.problem = problem;
        e.problemCode = problem.value(QStringLiteral("code")).toString();
        if (!e.problemCode.isEmpty())
            e.errorClass = classifyProblem(e.httpStatus, e.problemCode);
        QString detail = problem.value(QStringLiteral("detail"))
                             .toString(problem.value(QStringLiteral("title")).toString());
        // invalid_command lists every problem found: the officer sees them all, not just the first.
        const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &item : errors) {
            const QString message = item.toObject().value(QStringLiteral("message")).toString();
            if (!message.isEmpty() && !detail.contains(message))
                detail += QStringLiteral("; ") + message;
        }
        if (!detail.isEmpty())
            e.message = tr("The server refused the request (%1): %2").arg(e.httpStatus).arg(detail.left(300));
        else
            e.message = tr("The server answered with HTTP status %1.").arg(e.httpStatus);
        return e;
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        e.message =
            tr("The server's certificate is not trusted, so PAKN Desk did not connect: %1. Ask your IT "
               "department for the organisation's CA file and set it in the sign-in settings.")
                .arg(sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; ")));
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

} // namespace pakn
