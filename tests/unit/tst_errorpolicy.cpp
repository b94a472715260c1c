#include "net/errorpolicy.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestErrorPolicy)
#include "tst_errorpolicy.moc"
