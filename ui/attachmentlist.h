#pragma once

#include "attachmentmodel.h"
#include "domain/referencedata.h"

#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTreeView;

namespace pakn {

class AttachmentStore;
class CacheDatabase;

/// A list of files with what may be done to them. Two uses:
/// - Citizen: the citizen's files of a petition, read-only; opening one shows an image in the preview below
///   the list, and hands any other file to the system viewer.
/// - Reply: the reply's files — those the server holds and those the officer adds here (the Add… dialog or
///   drag and drop), removable; each added file is checked against the service's attachment policy by
///   DraftAttachments and copied into the blob store off the GUI thread (QtConcurrent, the worker's own cache
///   connection, released afterwards) while a progress dialog shows the percentage copied and offers Cancel.
///   A refused file is named with the reason and the policy's numbers in the message line; nothing is added
///   then.
///
/// Contract: `setCache()` / `setStore()` name where files live; `showPetition()` lists the files of one
/// petition: the given server files and (Reply) the given draft files, read with the petition on a reader
/// thread (PetitionRecord) — the list reads nothing on the GUI thread. Its own changes (a file added, a
/// file removed) are written off the GUI thread, on a pool thread with the worker's own connection, and
/// shown at once; while one is under way a draft list passed in (possibly read before it) is not taken, and
/// `filesChanged` tells the owner to read the record again once it is done. Opening a file copies the blob to
/// a private temporary folder under its own name and calls the opener (QDesktopServices by default; tests
/// replace it). A file not downloaded yet is asked for through `downloadRequested`.
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    enum class Use { Citizen, Reply };
    using Opener = std::function<void(const QString &filePath)>;

    explicit AttachmentList(Use use, QWidget *parent = nullptr);
    ~AttachmentList() override;

    void setCache(std::shared_ptr<const CacheDatabase> cache);
    void setStore(std::shared_ptr<const AttachmentStore> store);
    void setPolicy(const AttachmentPolicy &policy);
    void setOpener(Opener opener);
    /// Lists `serverFiles` and (Reply) `draftFiles`, the files added to the petition's reply draft on this
    /// computer; `editable` allows adding and removing.
    void showPetition(qint64 petitionId, const QList<AttachmentRef> &serverFiles, bool editable,
                      const QList<DraftAttachment> &draftFiles = {});
    /// True while a file added or removed here is being written to the cache.
    bool isWriting() const { return m_adding || m_writes > 0; }

    /// Adds files one after another, each off the GUI thread; ends with `addFinished`.
    void addFiles(const QStringList &paths);
    bool isAdding() const { return m_adding; }
    /// Stops adding (the progress dialog's Cancel): the file being copied is abandoned, with nothing of it
    /// left in the cache or the blob store, and the files still queued are not added.
    void cancelAdding();
    /// Opens the file of `row` (an image in the preview in Citizen use, else the opener).
    void openRow(int row);
    void removeRow(int row);
    /// The answer to a `downloadRequested`: opens the file the officer asked for, or says why it cannot.
    void downloadFinished(const QString &serverId, const QString &error);

    /// For a reply command: the server ids of kept server files, then {"local": id} of the draft files.
    QJsonArray replyAttachments() const;
    /// (Reply) The server's files the officer removed, of those the server still lists: the reply draft
    /// keeps them (ReplyDraft::removedServerFiles) so that the removal survives a restart.
    QStringList removedServerIds() const;
    /// (Reply) Restores the removals of a saved draft; lists the files again without them.
    void setRemovedServerIds(const QStringList &ids);
    AttachmentModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The last refusal or error, as the message line shows it; empty when none.
    QString message() const;
    QProgressDialog *progressDialog() const { return m_progress; }
    /// The wording of a refusal for the officer, with the policy's numbers.
    static QString refusalText(AttachmentRefusal refusal, const QString &fileName, qint64 fileSize,
                               const AttachmentPolicy &policy, const QString &detail);

Q_SIGNALS:
    void filesChanged();
    void addFinished(int added, int refused);
    /// How much of the file being added is copied and hashed, 0–100 (also shown in the progress dialog).
    void addProgress(const QString &fileName, int percent);
    void downloadRequested(const QString &serverId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addNext();
    /// Forgets draft files in the cache on the write pool; on failure says so and asks for a re-read.
    void removeDrafts(const QList<qint64> &ids);
    void rebuild();
    void showMessage(const QString &text);
    void updateButtons();

    Use m_use;
    std::shared_ptr<const CacheDatabase> m_cache;
    std::shared_ptr<const AttachmentStore> m_store;
    AttachmentPolicy m_policy;
    Opener m_opener;
    qint64 m_petitionId = 0;
    bool m_editable = false;
    QList<AttachmentRef> m_serverFiles;
    QStringList m_removedServerIds;
    QList<DraftAttachment> m_draftFiles;
    int m_writes = 0;        ///< removals still being written
    QThreadPool m_writePool; ///< one thread: removals are written in the order they were made
    QStringList m_queue;
    bool m_adding = false;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic_bool> m_copyCancel; ///< the running copy's stop flag
    int m_addedCount = 0;
    int m_refusedCount = 0;
    QStringList m_refusals;
    QString m_openAfterDownload;
    AttachmentModel *m_model;
    QTreeView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_open;
    QLabel *m_message;
    QLabel *m_preview;
    QProgressDialog *m_progress = nullptr;
};

} // namespace pakn
