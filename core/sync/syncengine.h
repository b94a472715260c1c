#pragma once

#include "net/errorpolicy.h"

#include <QObject>
#include <QString>

namespace pakn {

class ApiClient;
class CacheDatabase;
struct ChangePage;

/// Pulls the change feed into the cache (DESIGN.md §2.7). Push, back-off and conflicts come with the outbox.
///
/// Contract: lives on one thread with an event loop (the sync thread in the app, the test's main thread in
/// tests) and uses that thread's cache connection. `syncNow()` walks the change feed from the stored cursor
/// until `has_more` is false; every page is written in one transaction together with its cursor, so a crash
/// or a failure mid-way keeps every page already stored and resumes after it. A second `syncNow()` while one
/// runs is merged into it. The engine never blocks: it reacts to the client's callbacks.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Syncing, Offline, SignedOut, Error };
    Q_ENUM(Status)

    SyncEngine(ApiClient *api, const CacheDatabase &database, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    Status status() const { return m_status; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void syncNow();

Q_SIGNALS:
    void statusChanged(pakn::SyncEngine::Status status, const QString &message);
    /// Petitions were written to the cache; `received` counts records in this run so far.
    void pageStored(qint64 received);
    /// The run ended: `error` is empty on success.
    void finished(const QString &error, pakn::ErrorClass errorClass);

private:
    void fetchFrom(const QString &cursor);
    void onPage(const ApiError &error, const ChangePage &page);
    void finish(const QString &error, ErrorClass errorClass);
    void setStatus(Status status, const QString &message);

    ApiClient *m_api;
    const CacheDatabase &m_database;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_again = false;
    qint64 m_received = 0;
    Status m_status = Status::Idle;
};

} // namespace pakn
