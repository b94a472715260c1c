#include "net/apiclient.h"
#include "net/errorpolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <climits>

using namespace pakn;

/// The one table that says what to do about every failure (DESIGN.md §3).
class TestErrorPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        auto row = [](const char *name, QNetworkReply::NetworkError e, int status, ErrorClass c) {
            QTest::newRow(name) << int(e) << status << int(c);
        };
        row("200", QNetworkReply::NoError, 200, ErrorClass::None);
        row("204", QNetworkReply::NoError, 204, ErrorClass::None);
        row("400", QNetworkReply::ProtocolInvalidOperationError, 400, ErrorClass::Permanent);
        row("401", QNetworkReply::AuthenticationRequiredError, 401, ErrorClass::Reauthenticate);
        row("403", QNetworkReply::ContentAccessDenied, 403, ErrorClass::Permanent);
        row("404", QNetworkReply::ContentNotFoundError, 404, ErrorClass::Permanent);
        row("409", QNetworkReply::ContentConflictError, 409, ErrorClass::Conflict);
        row("412", QNetworkReply::UnknownContentError, 412, ErrorClass::Conflict);
        row("413", QNetworkReply::UnknownContentError, 413, ErrorClass::Permanent);
        row("415", QNetworkReply::UnknownContentError, 415, ErrorClass::Permanent);
        row("428", QNetworkReply::UnknownContentError, 428, ErrorClass::Permanent);
        row("422", QNetworkReply::UnknownContentError, 422, ErrorClass::Permanent);
        row("429", QNetworkReply::UnknownContentError, 429, ErrorClass::RateLimited);
        row("500", QNetworkReply::InternalServerError, 500, ErrorClass::RetryLater);
        row("502", QNetworkReply::UnknownServerError, 502, ErrorClass::RetryLater);
        row("503", QNetworkReply::ServiceUnavailableError, 503, ErrorClass::RateLimited);
        row("tls refused", QNetworkReply::SslHandshakeFailedError, 0, ErrorClass::Permanent);
        row("refused", QNetworkReply::ConnectionRefusedError, 0, ErrorClass::RetryLater);
        row("dropped", QNetworkReply::RemoteHostClosedError, 0, ErrorClass::RetryLater);
        row("timeout", QNetworkReply::OperationCanceledError, 0, ErrorClass::RetryLater);
        row("dns", QNetworkReply::HostNotFoundError, 0, ErrorClass::RetryLater);
        row("not https", QNetworkReply::ProtocolUnknownError, 0, ErrorClass::Permanent);
    }

    void classifies()
    {
        QFETCH(int, transport);
        QFETCH(int, status);
        QFETCH(int, expected);
        const ErrorClass got = classifyFailure(QNetworkReply::NetworkError(transport), status);
        QCOMPARE(errorClassName(got), errorClassName(ErrorClass(expected)));
    }

    /// Every problem code the service documents has its row, with the documented status.
    void everyDocumentedProblemCodeHasARow()
    {
        QFile doc(QStringLiteral(PAKN_API_DOC));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype start = text.indexOf(QStringLiteral("Codes (stable"));
        const qsizetype end = text.indexOf(QStringLiteral("\n## "), start);
        QVERIFY(start > 0 && end > start);
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+)` \\| (\\d{3}) \\|"),
                                            QRegularExpression::MultilineOption);
        int codes = 0;
        auto it = row.globalMatch(text.mid(start, end - start));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const ProblemRow *r = problemRow(m.captured(1));
            QVERIFY2(r, qPrintable(QStringLiteral("no row for %1").arg(m.captured(1))));
            QCOMPARE(r->status, m.captured(2).toInt());
            ++codes;
        }
        QVERIFY(codes >= 28);
    }

    void problemCodesDecideOverTheStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expected");
        auto row = [](int status, const char *code, ErrorClass c) {
            QTest::newRow(code) << status << QString::fromLatin1(code) << int(c);
        };
        row(422, "invalid_command", ErrorClass::Permanent);
        row(428, "precondition_required", ErrorClass::Permanent);
        row(415, "unsupported_media_type", ErrorClass::Permanent);
        row(404, "not_found", ErrorClass::Permanent);
        row(401, "unauthorized", ErrorClass::Reauthenticate);
        row(401, "invalid_refresh_token", ErrorClass::Reauthenticate);
        row(401, "invalid_credentials", ErrorClass::Permanent);
        row(409, "version_conflict", ErrorClass::Conflict);
        row(409, "wrong_offset", ErrorClass::RetryLater);
        row(409, "upload_incomplete", ErrorClass::RetryLater);
        row(503, "service_unavailable", ErrorClass::RateLimited);
        row(429, "too_many_attempts", ErrorClass::RateLimited);
        row(500, "internal_error", ErrorClass::RetryLater);
        row(409, "a_newer_code", ErrorClass::Conflict); // unknown: by the status
        row(418, "another_newer_code", ErrorClass::Permanent);
    }

    void problemCodesDecideOverTheStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, expected);
        QCOMPARE(errorClassName(classifyProblem(status, code)), errorClassName(ErrorClass(expected)));
    }

    void retryAfterIsReadAsSecondsOrAnHttpDate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray(" 120 ") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        // An HTTP-date was read as 0 ("retry at once") before: a proxy's 503 then met an immediate retry.
        QTest::newRow("HTTP-date ahead") << QByteArray("Sat, 28 Nov 2026 09:32:00 GMT") << 120;
        QTest::newRow("HTTP-date past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("signed") << QByteArray("+5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("huge") << QByteArray("99999999999") << INT_MAX;
    }

    void retryAfterIsReadAsSecondsOrAnHttpDate()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        QCOMPARE(ApiClient::parseRetryAfter(header, now), seconds);
        const ApiError e =
            ApiClient::describeRefusal(503, QNetworkReply::ServiceUnavailableError, header, "busy", now);
        QCOMPARE(e.retryAfterSeconds, seconds);
        QCOMPARE(errorClassName(e.errorClass), errorClassName(ErrorClass::RateLimited));
    }

    void aRefusalsMessageIsOneLineOfValidText()
    {
        // 299 letters, then an emoji (a surrogate pair) across the cut at 300, then more lines.
        QString detail = QString(299, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\x98\x80");
        detail += QStringLiteral("\ndòng hai\r\ndòng ba");
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid_command")},
                                      {QStringLiteral("detail"), detail}})
                .toJson();
        const ApiError e = ApiClient::describeRefusal(400, QNetworkReply::ProtocolInvalidOperationError, {},
                                                      body, QDateTime::currentDateTimeUtc());
        QCOMPARE(e.problemCode, QStringLiteral("invalid_command"));
        QVERIFY(QStringView(e.message).isValidUtf16()); // the cut once split the pair: a lone surrogate
        QVERIFY(!e.message.contains(QLatin1Char('\n')) && !e.message.contains(QLatin1Char('\r')));
        QVERIFY(e.message.contains(QString(299, QLatin1Char('a'))));

        const QStringList lines{QStringLiteral("x\ny"), QStringLiteral("dòng\u2028hai")};
        for (const QString &text : lines) {
            const ApiError f = ApiClient::describeRefusal(
                409, QNetworkReply::ContentConflictError, {},
                QJsonDocument(QJsonObject{{QStringLiteral("title"), text}}).toJson(),
                QDateTime::currentDateTimeUtc());
            QVERIFY2(!f.message.contains(QLatin1Char('\n')) && !f.message.contains(QChar(0x2028)),
                     qPrintable(f.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorPolicy)
#include "tst_errorpolicy.moc"
