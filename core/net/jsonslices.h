#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace pakn::jsonslices {

/// The bytes of each element of one array member of a JSON document's top-level object, as they stand in
/// the document: a change page's petitions are stored as the server sent them without being serialised
/// again from the parsed object (docs/performance.md, "Full first sync").
///
/// Contract: `document` is meant to be a document QJsonDocument has already parsed; the scan checks only as
/// much as it needs and never reads outside `document`, whatever it holds. It answers nullopt — and the
/// caller serialises the parsed values instead — when the top level is not an object, the member is
/// missing, is not an array, or appears more than once (the parser keeps one of them; which one is not this
/// scanner's guess), or anything unexpected is met. Each element is given as where it starts in `document`
/// and how long it is, without the whitespace around it.
struct Span
{
    qsizetype offset = 0;
    qsizetype length = 0;
    friend bool operator==(const Span &a, const Span &b)
    {
        return a.offset == b.offset && a.length == b.length;
    }
};
std::optional<QList<Span>> arrayElements(QByteArrayView document, QByteArrayView member);

} // namespace pakn::jsonslices
