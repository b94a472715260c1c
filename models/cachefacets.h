#pragma once

#include <QStringList>

namespace pakn {

class CacheDatabase;

/// The distinct field and unit ids among the cached petitions: what the filter menus offer and what a
/// leader's unit subtree is derived from (inboxpolicy.h).
///
/// Contract: one skip scan of an index per list on the calling thread's connection (a few index seeks per
/// distinct value, well under a millisecond at 100k petitions); on a database error the lists are empty. A
/// stop-gap: the service's reference data (units tree, field names) is not cached yet; once it is, the menus
/// should list the reference data and this class should go.
struct CacheFacets
{
    QStringList fieldIds; ///< sorted
    QStringList unitIds;  ///< sorted

    static CacheFacets read(const CacheDatabase &cache);
};

} // namespace pakn
