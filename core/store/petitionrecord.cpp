#include "petitionrecord.h"

#include "store/cachedatabase.h"
#include "store/petitionstore.h"
#include "store/readsnapshot.h"

namespace pakn {

PetitionRecord PetitionRecord::read(const CacheDatabase &cache, const AttachmentStore *store,
                                    qint64 petitionId)
{
    PetitionRecord record;
    const ReadSnapshot snapshot(cache.connection(), true);
    record.petition = PetitionStore(cache).petition(petitionId);
    if (!record.petition)
        return record;
    record.draft = ReplyDrafts(cache).load(petitionId);
    if (store)
        record.draftFiles = DraftAttachments(cache, *store).list(petitionId);
    record.conflicts = Conflicts(cache).unresolved(petitionId);
    return record;
}

} // namespace pakn
