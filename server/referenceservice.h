#pragma once

#include "domain/referencedata.h"
#include "serverdb.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace pakn::server {

/// GET /api/v1/reference: the reference data as one JSON document with a strong ETag.
///
/// The document is stored in the database (table reference_data, row "reference"; seeded with
/// defaultReferenceData() when missing, so an administrator can edit it while the server is stopped); the
/// unit tree always comes from the `units` table, and the largest attachment from --max-attachment-mb. It is
/// read once at start and never changes while the server runs. Threading: immutable after load(); every
/// method is thread-safe.
class ReferenceService
{
public:
    /// Reads (or seeds) the reference data; nullptr with `error` set when the stored document is invalid.
    static std::unique_ptr<ReferenceService> load(ServerDb &db, qint64 maxAttachmentBytes, QString *error);

    const ReferenceData &data() const { return m_data; }
    /// The compact JSON served.
    const QByteArray &body() const { return m_body; }
    /// The entity tag: a quoted hash of the body, e.g. "\"r-1a2b…\"".
    const QByteArray &etag() const { return m_etag; }
    /// True when an If-None-Match header value names the current tag (or is "*").
    bool matches(const QByteArray &ifNoneMatch) const;

private:
    ReferenceData m_data;
    QByteArray m_body;
    QByteArray m_etag;
};

} // namespace pakn::server
