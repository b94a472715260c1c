#include "net/errorpolicy.h"

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
};

QTEST_GUILESS_MAIN(TestErrorPolicy)
#include "tst_errorpolicy.moc"
