// The upload and attachment endpoints of /api/v1 (docs/api.md §Uploads, §Attachments): HTTP in and out,
// around UploadService, with ranged downloads streamed from the content store.

#include "api.h"
#include "net/wirecodec.h"
#include "uploadservice.h"

#include <QRegularExpression>
#include <QUrl>

namespace pakn::server {
namespace {

using Method = HttpServer::Method;
using Access = HttpServer::Access;

HttpReply createUpload(UploadService &service, const HttpRequest &request)
{
    Result<QJsonObject> body = parseJsonObject(request.body());
    if (!body)
        return HttpReply::problem(body.problem());
    Result<UploadService::UploadState> created = service.create(request.user(), body.value());
    if (!created)
        return HttpReply::problem(created.problem());
    HttpReply reply = HttpReply::json(UploadService::toJson(created.value()), 201);
    reply.headers.emplaceBack("Location", "/api/v1/uploads/" + created.value().id.toLatin1());
    return reply;
}

HttpReply putChunk(UploadService &service, const HttpRequest &request)
{
    const QByteArray type = request.header("Content-Type").trimmed().toLower();
    if (!type.startsWith("application/octet-stream"))
        return HttpReply::problem(Problem(ProblemCode::UnsupportedMediaType,
                                          QStringLiteral("A chunk is sent as application/octet-stream")));
    const std::optional<QString> offsetText = request.query("offset");
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,15})$"));
    if (!offsetText || !digits.match(*offsetText).hasMatch())
        return HttpReply::problem(Problem(ProblemCode::InvalidParameter,
                                          QStringLiteral("offset: expected the byte offset of the chunk"),
                                          QStringLiteral("offset")));
    if (request.body().isEmpty())
        return HttpReply::problem(Problem(ProblemCode::InvalidRequest,
                                          QStringLiteral("body: a chunk has at least one byte"),
                                          QStringLiteral("body")));
    Result<UploadService::UploadState> state =
        service.writeChunk(request.user(), request.pathMatch(1), offsetText->toLongLong(), request.body());
    if (!state)
        return HttpReply::problem(state.problem());
    return HttpReply::json(UploadService::toJson(state.value()));
}

HttpReply getUpload(UploadService &service, const HttpRequest &request)
{
    Result<UploadService::UploadState> state = service.state(request.user(), request.pathMatch(1));
    if (!state)
        return HttpReply::problem(state.problem());
    return HttpReply::json(UploadService::toJson(state.value()));
}

HttpReply completeUpload(UploadService &service, const HttpRequest &request)
{
    Result<AttachmentRef> attachment = service.complete(request.user(), request.pathMatch(1));
    if (!attachment)
        return HttpReply::problem(attachment.problem());
    return HttpReply::json(QJsonObject{{QStringLiteral("attachment"), wire::encode(attachment.value())}},
                           201);
}

} // namespace

std::optional<std::pair<qint64, qint64>> byteRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression single(QStringLiteral("^\\s*bytes\\s*=\\s*([0-9]*)-([0-9]*)\\s*$"));
    const QRegularExpressionMatch m = single.match(QString::fromLatin1(header));
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return std::nullopt;
    if (m.captured(1).isEmpty()) { // the last n bytes
        const qint64 n = std::min(m.captured(2).toLongLong(), size);
        if (n == 0)
            return std::make_pair(qint64(1), qint64(0));
        return std::make_pair(size - n, size - 1);
    }
    const qint64 first = m.captured(1).toLongLong();
    const qint64 last = m.captured(2).isEmpty() ? size - 1 : std::min(m.captured(2).toLongLong(), size - 1);
    if (first >= size || last < first)
        return std::make_pair(qint64(1), qint64(0));
    return std::make_pair(first, last);
}

namespace {

QByteArray contentDisposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii +=
            (c.unicode() >= 0x20 && c.unicode() < 0x7F && c != QLatin1Char('"') && c != QLatin1Char('\\'))
                ? static_cast<char>(c.unicode())
                : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

HttpReply download(UploadService &service, const HttpRequest &request)
{
    Result<UploadService::Download> d = service.attachment(request.user(), request.pathMatch(1));
    if (!d)
        return HttpReply::problem(d.problem());
    const AttachmentRef &a = d.value().attachment;
    HttpReply reply;
    reply.contentType = a.mime.toLatin1();
    reply.headers.emplaceBack("ETag", '"' + a.sha256.toLatin1() + '"');
    reply.headers.emplaceBack("Accept-Ranges", "bytes");
    reply.headers.emplaceBack("Content-Disposition", contentDisposition(a.name));
    reply.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    reply.file = HttpReply::FileRange{d.value().path, 0, a.size};
    const QByteArray rangeHeader = request.header("Range");
    if (rangeHeader.isEmpty())
        return reply;
    const std::optional<std::pair<qint64, qint64>> range = byteRange(rangeHeader, a.size);
    if (!range)
        return reply;
    if (range->first > range->second) {
        HttpReply refused = HttpReply::problem(
            Problem(ProblemCode::RangeNotSatisfiable,
                    QStringLiteral("The range lies outside the %1 bytes of the file").arg(a.size)));
        refused.headers.emplaceBack("Content-Range", "bytes */" + QByteArray::number(a.size));
        return refused;
    }
    reply.status = 206;
    reply.file = HttpReply::FileRange{d.value().path, range->first, range->second - range->first + 1};
    reply.headers.emplaceBack("Content-Range", "bytes " + QByteArray::number(range->first) + '-' +
                                                   QByteArray::number(range->second) + '/' +
                                                   QByteArray::number(a.size));
    return reply;
}

} // namespace

void registerUploadRoutes(HttpServer &server, UploadService &service, std::size_t maxChunkBytes)
{
    const QString id = QStringLiteral("([A-Za-z0-9]{1,64})");
    server.route(Method::Post, QStringLiteral("/api/v1/uploads"), Access::Bearer,
                 [&service](const HttpRequest &r) { return createUpload(service, r); });
    server.route(
        Method::Put, QStringLiteral("/api/v1/uploads/") + id, Access::Bearer,
        [&service](const HttpRequest &r) { return putChunk(service, r); }, RouteOptions{maxChunkBytes, true});
    server.route(Method::Get, QStringLiteral("/api/v1/uploads/") + id, Access::Bearer,
                 [&service](const HttpRequest &r) { return getUpload(service, r); });
    server.route(Method::Post, QStringLiteral("/api/v1/uploads/%1/complete").arg(id), Access::Bearer,
                 [&service](const HttpRequest &r) { return completeUpload(service, r); });
    server.route(Method::Get, QStringLiteral("/api/v1/attachments/") + id, Access::Bearer,
                 [&service](const HttpRequest &r) { return download(service, r); });
}

} // namespace pakn::server
