#pragma once

#include "httpserver.h"

#include <QJsonObject>
#include <optional>
#include <utility>

namespace pakn::server {

class ChangeFeed;
class PetitionService;
class ReferenceService;
class SessionService;
class UploadService;

/// The services the /api/v1 endpoints are built from. Not owned; they must outlive the HttpServer.
struct ApiServices
{
    SessionService &sessions;
    ChangeFeed &changes;
    const ReferenceService &reference;
    PetitionService &petitions;
    UploadService &uploads;
};

/// Registers every /api/v1 endpoint (docs/api.md) on `server`. Handlers only translate between HTTP and the
/// services: parse and validate the request, call one service, encode the answer with core/net/wirecodec.
void registerApiV1(HttpServer &server, ApiServices services);

/// The routes of apipetitions.cpp: GET /api/v1/petitions/{id}, POST /api/v1/petitions/{id}/commands.
void registerPetitionRoutes(HttpServer &server, PetitionService &service);

/// The routes of apiuploads.cpp: uploads (chunks up to `maxChunkBytes`) and attachment downloads.
void registerUploadRoutes(HttpServer &server, UploadService &service, std::size_t maxChunkBytes);

/// Parses a request body that must be a JSON object: malformed_json when it is not JSON at all,
/// invalid_request when it is JSON of another type.
Result<QJsonObject> parseJsonObject(const QByteArray &body);
/// The one byte range of a `Range: bytes=…` header, clipped to `size`; nullopt for no (usable) range: absent,
/// several ranges, or another unit (the whole file is sent then, as RFC 9110 allows). An unsatisfiable range
/// gives a range with first > last.
std::optional<std::pair<qint64, qint64>> byteRange(const QByteArray &header, qint64 size);
/// A required string member: invalid_request naming the field when missing, of another type, or empty.
Result<QString> requiredString(const QJsonObject &object, const char *field, int maxLength);

} // namespace pakn::server
