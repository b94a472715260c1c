#include "syncengine.h"

#include "net/apiclient.h"
#include "store/cachedatabase.h"
#include "store/petitionstore.h"

namespace pakn {

SyncEngine::SyncEngine(ApiClient *api, const CacheDatabase &database, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_database(database)
{}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_api->hasAccessToken()) {
        setStatus(Status::SignedOut, tr("Signed out"));
        Q_EMIT finished(tr("Not signed in."), ErrorClass::Reauthenticate);
        return;
    }
    m_running = true;
    m_again = false;
    m_received = 0;
    setStatus(Status::Syncing, tr("Synchronising…"));
    fetchFrom(PetitionStore(m_database).syncCursor());
}

void SyncEngine::fetchFrom(const QString &cursor)
{
    m_api->fetchChanges(cursor, m_pageSize,
                        [this](const ApiError &error, const ChangePage &page) { onPage(error, page); });
}

void SyncEngine::onPage(const ApiError &error, const ChangePage &page)
{
    if (error.isError()) {
        finish(error.message, error.errorClass);
        return;
    }
    const QString storeError = PetitionStore(m_database).applyChangePage(page);
    if (!storeError.isEmpty()) {
        finish(tr("Could not save to the local cache: %1").arg(storeError), ErrorClass::RetryLater);
        return;
    }
    m_received += page.petitions.size() + page.tombstones.size();
    Q_EMIT pageStored(m_received);
    if (page.hasMore) {
        setStatus(Status::Syncing,
                  tr("Synchronising… %n records received", nullptr, static_cast<int>(m_received)));
        fetchFrom(page.nextCursor);
        return;
    }
    finish({}, ErrorClass::None);
}

void SyncEngine::finish(const QString &error, ErrorClass errorClass)
{
    m_running = false;
    if (error.isEmpty()) {
        setStatus(Status::Idle, tr("Up to date"));
    } else if (errorClass == ErrorClass::Reauthenticate) {
        setStatus(Status::SignedOut, error);
    } else if (errorClass == ErrorClass::RetryLater || errorClass == ErrorClass::RateLimited) {
        setStatus(Status::Offline, error);
    } else {
        setStatus(Status::Error, error);
    }
    Q_EMIT finished(error, errorClass);
    if (m_again && error.isEmpty())
        syncNow();
}

void SyncEngine::setStatus(Status status, const QString &message)
{
    m_status = status;
    Q_EMIT statusChanged(status, message);
}

} // namespace pakn
