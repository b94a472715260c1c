#pragma once

#include "net/changepagedecoder.h"
#include "net/wirecodec.h"

#include <QJsonDocument>
#include <QString>

namespace pakn::test {

/// Both change-page decoders over one body: the strict one (QJsonDocument, then wire::decodeChangePage with
/// the body, as ApiClient falls back to) and the direct one (changepagedecoder.h). Empty when they agree as
/// the direct decoder's contract says — it accepts only what the strict one accepts, and then answers the
/// same page with the same record bytes; otherwise what differs. `directAccepted` tells whether the direct
/// one answered (a caller checks that the fast path is taken where it should be).
inline QString compareChangePageDecoders(const QByteArray &body, bool *directAccepted = nullptr)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const Decoded<ChangePage> strict = error.error == QJsonParseError::NoError && doc.isObject()
                                           ? wire::decodeChangePage(doc.object(), body)
                                           : Decoded<ChangePage>::fail(QStringLiteral("not a JSON object"));
    const std::optional<ChangePage> direct = wire::decodeChangePageDirect(body);
    if (directAccepted)
        *directAccepted = direct.has_value();
    if (!direct)
        return {};
    if (!strict)
        return QStringLiteral("the direct decoder accepted what the strict one refuses: ") + strict.error;
    const ChangePage &a = *direct;
    const ChangePage &b = *strict.value;
    if (a.petitions != b.petitions)
        return QStringLiteral("petitions differ");
    if (a.records != b.records)
        return QStringLiteral("records differ");
    for (const QByteArray &record : a.records) {
        if (record.isEmpty() || record.constData() < a.body.constData() ||
            record.constData() + record.size() > a.body.constData() + a.body.size())
            return QStringLiteral("a record is not a view into the page's body");
    }
    if (a.tombstones != b.tombstones)
        return QStringLiteral("tombstones differ");
    if (a.nextCursor != b.nextCursor || a.hasMore != b.hasMore || a.remaining != b.remaining)
        return QStringLiteral("cursor, has_more or remaining differ");
    return {};
}

} // namespace pakn::test
