#pragma once

#include "wirecodec.h"

#include <QByteArray>
#include <optional>

namespace pakn::wire {

/// A change-feed page (GET /api/v1/changes) decoded straight from its body's bytes in one pass: no JSON tree,
/// no key search, strings decoded once into QString, no error path built (docs/performance.md, "Full first
/// sync": this is the sync's hot path).
///
/// Contract: it answers a page only when the strict decoder, `decodeChangePage(QJsonDocument::fromJson(body)
/// .object(), body)`, would accept the body and answer the same page — the same petitions, tombstones,
/// cursor, `has_more` and `remaining`, each record being its element's bytes in the body (which the page
/// keeps). For anything else it answers nullopt: a body the strict decoder refuses, and also what this
/// decoder leaves to it (a member named twice, a number with a fraction or an exponent where a whole number
/// is expected, an escaped member name, nesting deeper than 64, lax JSON QJsonDocument tolerates). The
/// caller then decodes the body the strict way, which decides and names the problem, so that failures cost
/// a second parse and successes none. tst_wirecodec and fuzz_answers compare the two decoders.
std::optional<ChangePage> decodeChangePageDirect(const QByteArray &body);

} // namespace pakn::wire
