// HttpReply and HttpRequest: the value types between httplib and the handlers (httpserver.h), and how a reply
// is written into httplib's response, streamed from a file or cut short when a fault is injected.

#include "httpserver.h"
#include "httpwrite.h"

#include <QFile>
#include <QJsonDocument>
#include <httplib.h>
#include <memory>
#include <openssl/ssl.h>
#include <sys/socket.h>

namespace pakn::server {
namespace {

constexpr qint64 kFilePieceBytes = 64 * 1024;

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

HttpReply HttpReply::json(const QJsonObject &document, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json; charset=utf-8";
    reply.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::problem(const Problem &problem)
{
    HttpReply reply;
    reply.status = httpStatus(problem.code);
    reply.contentType = "application/problem+json; charset=utf-8";
    reply.body = QJsonDocument(problemDocument(problem)).toJson(QJsonDocument::Compact);
    if (problem.code == ProblemCode::Unauthorized)
        reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"pakn\"");
    if (problem.retryAfterSeconds > 0)
        reply.headers.emplaceBack("Retry-After", QByteArray::number(problem.retryAfterSeconds));
    else if (problem.code == ProblemCode::ServiceUnavailable)
        reply.headers.emplaceBack("Retry-After", "1");
    return reply;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpRequest::HttpRequest(const httplib::Request &raw, const User *user, QByteArray body)
    : m_raw(raw)
    , m_user(user)
    , m_body(std::move(body))
{}

std::optional<QString> HttpRequest::query(const char *name) const
{
    if (!m_raw.has_param(name))
        return std::nullopt;
    return QString::fromStdString(m_raw.get_param_value(name));
}

QByteArray HttpRequest::header(const char *name) const
{
    return toBytes(m_raw.get_header_value(name));
}

bool HttpRequest::hasHeader(const char *name) const
{
    return m_raw.has_header(name);
}

QString HttpRequest::pathMatch(int group) const
{
    if (group < 0 || static_cast<std::size_t>(group) >= m_raw.matches.size())
        return {};
    return QString::fromStdString(m_raw.matches[static_cast<std::size_t>(group)].str());
}

QString HttpRequest::remoteAddress() const
{
    return QString::fromStdString(m_raw.remote_addr);
}

bool HttpRequest::isHead() const
{
    return m_raw.method == "HEAD";
}

namespace http {

void writeReply(const HttpReply &reply, httplib::Response &res)
{
    res.status = reply.status;
    for (const auto &[name, value] : reply.headers)
        res.set_header(name.toStdString(), value.toStdString());
    if (reply.file) {
        auto file = std::make_shared<QFile>(reply.file->path);
        const HttpReply::FileRange range = *reply.file;
        if (!file->open(QIODevice::ReadOnly) || !file->seek(range.offset)) {
            writeReply(HttpReply::problem(
                           {ProblemCode::InternalError, QStringLiteral("The file cannot be read"), {}}),
                       res);
            return;
        }
        res.set_content_provider(
            static_cast<std::size_t>(range.length), reply.contentType.toStdString(),
            [file, range](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
                const qint64 want = std::min<qint64>(static_cast<qint64>(length), kFilePieceBytes);
                if (!file->seek(range.offset + static_cast<qint64>(offset)))
                    return false;
                const QByteArray piece = file->read(want);
                if (piece.isEmpty())
                    return false;
                return sink.write(piece.constData(), static_cast<std::size_t>(piece.size()));
            });
        return;
    }
    if (reply.contentType.isEmpty() && reply.body.isEmpty())
        return; // 204, 304: no body and no Content-Type
    res.set_content(reply.body.toStdString(), reply.contentType.toStdString());
}

void truncateBody(httplib::Response &res)
{
    const std::string contentType = res.get_header_value("Content-Type");
    auto full = std::make_shared<std::string>(std::move(res.body));
    res.body.clear();
    // The whole length is announced, half is sent, and then the provider fails: httplib closes the
    // connection, so the client sees a body that ends early.
    res.set_content_provider(full->size(), contentType,
                             [full](std::size_t, std::size_t, httplib::DataSink &sink) {
                                 sink.write(full->data(), full->size() / 2);
                                 return false;
                             });
}

void dropConnection(const httplib::Request &req)
{
    // Shutting the socket down (not closing it) makes httplib's next write fail, after which httplib closes
    // the descriptor itself: the client sees the connection end without an answer.
    if (req.ssl == nullptr)
        return;
    const int fd = SSL_get_fd(req.ssl);
    if (fd >= 0)
        ::shutdown(fd, SHUT_RDWR);
}

} // namespace http
} // namespace pakn::server
