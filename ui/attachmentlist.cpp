#include "attachmentlist.h"

#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <optional>

namespace pakn {
namespace {

/// What the copy thread hands back: the outcome and, when added, the new draft file as stored.
struct AddResult
{
    DraftAttachments::Added added;
    std::optional<DraftAttachment> item;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString allowedExtensions(const AttachmentPolicy &policy)
{
    QStringList out;
    for (const AllowedFileType &t : policy.types) {
        for (const QString &e : t.extensions)
            out << e.mid(1).toUpper();
    }
    out.removeDuplicates();
    return out.join(QStringLiteral(", "));
}

/// A private copy of a blob under the file's own name, for the system viewer (which needs the extension).
QString viewableCopy(const AttachmentStore &store, const QString &sha256, const QString &name)
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("pakn-open/") + sha256.left(16));
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(dir).filePath(name);
    if (!QFileInfo::exists(target) && !QFile::copy(store.blobPath(sha256), target))
        return {};
    return target;
}

} // namespace

AttachmentList::AttachmentList(Use use, QWidget *parent)
    : QWidget(parent)
    , m_use(use)
    , m_opener([](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
    , m_model(new AttachmentModel(this))
    , m_view(new QTreeView(this))
    , m_add(new QPushButton(tr("Add files…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_message(new QLabel(this))
    , m_preview(new QLabel(this))
{
    m_writePool.setMaxThreadCount(1);
    const bool reply = use == Use::Reply;
    setObjectName(reply ? QStringLiteral("replyAttachments") : QStringLiteral("citizenAttachments"));
    setAccessibleName(reply ? tr("Files of the reply") : tr("The citizen's files"));
    setAcceptDrops(reply);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(accessibleName());
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AttachmentModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AttachmentModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AttachmentModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AttachmentModel::StateColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(AttachmentModel::StateColumn, !reply);
    m_view->setMaximumHeight(110);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_add->setVisible(reply);
    m_remove->setVisible(reply);
    m_add->setToolTip(tr("Attach files to the reply (or drop them here)"));
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_message->hide();
    m_preview->setObjectName(QStringLiteral("attachmentPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Image preview"));
    m_preview->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_preview);

    connect(m_add, &QPushButton::clicked, this, [this] {
        QStringList patterns;
        for (const AllowedFileType &t : std::as_const(m_policy.types)) {
            for (const QString &e : t.extensions)
                patterns << QLatin1Char('*') + e;
        }
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
                                          tr("Accepted files (%1)").arg(patterns.join(QLatin1Char(' '))));
        addFiles(files);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            removeRow(m_view->currentIndex().row());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            openRow(m_view->currentIndex().row());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AttachmentList::updateButtons);
    updateButtons();
}

AttachmentList::~AttachmentList()
{
    // A copy still running would otherwise add a file that no list shows any more.
    if (m_copyCancel)
        m_copyCancel->store(true);
}

void AttachmentList::setCache(std::shared_ptr<const CacheDatabase> cache)
{
    m_cache = std::move(cache);
}

void AttachmentList::setStore(std::shared_ptr<const AttachmentStore> store)
{
    m_store = std::move(store);
}

void AttachmentList::setPolicy(const AttachmentPolicy &policy)
{
    m_policy = policy;
}

void AttachmentList::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

void AttachmentList::showPetition(qint64 petitionId, const QList<AttachmentRef> &serverFiles, bool editable,
                                  const QList<DraftAttachment> &draftFiles)
{
    const bool another = petitionId != m_petitionId;
    if (another) {
        m_removedServerIds.clear();
        m_preview->clear();
        m_preview->hide();
        showMessage(QString());
    }
    m_petitionId = petitionId;
    m_serverFiles = serverFiles;
    m_editable = editable && m_use == Use::Reply;
    // A list read before one of our own writes ended would bring back a removed file or lose an added one:
    // the record read after it (filesChanged) brings the list then.
    if (m_use == Use::Reply && (another || !isWriting()))
        m_draftFiles = draftFiles;
    rebuild();
}

void AttachmentList::rebuild()
{
    QList<AttachmentRef> kept;
    for (const AttachmentRef &a : std::as_const(m_serverFiles)) {
        if (!m_removedServerIds.contains(a.id))
            kept << a;
    }
    QList<AttachmentRow> rows = AttachmentModel::rowsFor(
        kept, m_use == Use::Reply ? AttachmentRow::Origin::Reply : AttachmentRow::Origin::Citizen);
    if (m_use == Use::Reply && m_petitionId) {
        // A draft file the server already lists with the reply is shown (and sent) once, as the server's.
        QStringList onServer;
        for (const AttachmentRef &a : std::as_const(m_serverFiles))
            onServer << a.id;
        for (const AttachmentRow &r : AttachmentModel::rowsFor(m_draftFiles)) {
            if (r.serverId.isEmpty() || !onServer.contains(r.serverId))
                rows << r;
        }
    }
    m_model->setRows(rows);
    setAcceptDrops(m_editable);
    updateButtons();
}

void AttachmentList::removeDrafts(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !m_cache || !m_store)
        return;
    m_draftFiles.removeIf([&ids](const DraftAttachment &d) { return ids.contains(d.id); });
    ++m_writes;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_writes;
        if (!watcher->result())
            showMessage(tr("A file could not be removed from the draft on this computer; it is listed "
                           "again."));
        Q_EMIT filesChanged(); // read the record again: it holds what the cache has now
    });
    watcher->setFuture(QtConcurrent::run(&m_writePool, [cache = m_cache, store = m_store, ids] {
        DraftAttachments drafts(*cache, *store);
        bool ok = true;
        for (qint64 id : ids)
            ok = drafts.remove(id) && ok;
        cache->releaseThreadConnection();
        return ok;
    }));
}

void AttachmentList::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid();
    m_add->setEnabled(m_editable && m_cache && m_store && !m_adding);
    m_remove->setEnabled(m_editable && selected && !m_adding);
    m_open->setEnabled(selected);
}

void AttachmentList::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString AttachmentList::message() const
{
    return m_message->text();
}

QString AttachmentList::refusalText(AttachmentRefusal refusal, const QString &fileName, qint64 fileSize,
                                    const AttachmentPolicy &policy, const QString &detail)
{
    switch (refusal) {
    case AttachmentRefusal::None:
        return {};
    case AttachmentRefusal::SourceMissing:
        return tr("“%1” could not be found; it may have been moved or deleted.").arg(fileName);
    case AttachmentRefusal::NotAFile:
        return tr("“%1” is not a file that can be read.").arg(fileName);
    case AttachmentRefusal::Empty:
        return tr("“%1” is empty.").arg(fileName);
    case AttachmentRefusal::TooLarge:
        return tr("“%1” is %2; a file may be at most %3.")
            .arg(fileName, sizeText(fileSize), sizeText(policy.maxFileBytes));
    case AttachmentRefusal::TypeNotAllowed:
        return tr("“%1” is not of an accepted type. Accepted: %2.").arg(fileName, allowedExtensions(policy));
    case AttachmentRefusal::TooMany:
        return tr("“%1” was not added: a reply may have at most %n file(s).", nullptr,
                  policy.maxFilesPerReply)
            .arg(fileName);
    case AttachmentRefusal::Storage:
        return tr("“%1” could not be stored on this computer (%2).").arg(fileName, detail);
    case AttachmentRefusal::Cancelled:
        return tr("Adding “%1” was cancelled.").arg(fileName);
    }
    return {};
}

void AttachmentList::addFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_editable || !m_cache || !m_store)
        return;
    const bool start = m_queue.isEmpty() && !m_adding;
    m_queue << paths;
    if (!start)
        return;
    m_addedCount = 0;
    m_refusedCount = 0;
    m_refusals.clear();
    m_cancelled = false;
    showMessage(QString());
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("attachmentProgress"));
    m_progress->setWindowTitle(tr("Adding files"));
    m_progress->setRange(0, 100); // per file: the share copied and hashed so far
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &AttachmentList::cancelAdding);
    addNext();
}

void AttachmentList::addNext()
{
    if (m_queue.isEmpty() || m_cancelled) {
        m_adding = false;
        if (m_progress) {
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        showMessage(m_refusals.join(QLatin1Char('\n')));
        rebuild();
        Q_EMIT filesChanged();
        Q_EMIT addFinished(m_addedCount, m_refusedCount);
        return;
    }
    m_adding = true;
    updateButtons();
    const QString path = m_queue.takeFirst();
    m_progress->setLabelText(tr("Checking and copying “%1”…").arg(QFileInfo(path).fileName()));
    const qint64 size = QFileInfo(path).size();
    m_progress->setValue(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_copyCancel = cancel;
    auto *watcher = new QFutureWatcher<AddResult>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, path](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
        Q_EMIT addProgress(QFileInfo(path).fileName(), percent);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, size] {
        watcher->deleteLater();
        m_copyCancel.reset();
        const AddResult result = watcher->result();
        const DraftAttachments::Added &added = result.added;
        if (m_cancelled && added) {
            // Cancelled just after it was copied: the officer did not want it.
            removeDrafts({added.id});
        } else if (added) {
            ++m_addedCount;
            if (result.item && result.item->petitionId == m_petitionId)
                m_draftFiles.append(*result.item);
        } else if (added.refusal != AttachmentRefusal::Cancelled) {
            ++m_refusedCount;
            m_refusals << refusalText(added.refusal, QFileInfo(path).fileName(), size, m_policy, added.error);
        }
        addNext();
    });
    // The copy and its SHA-256 run on a pool thread with the worker's own connection; the percentage comes
    // back through the future (Qt throttles it), and Cancel stops the copy between two chunks.
    watcher->setFuture(QtConcurrent::run([cache = m_cache, store = m_store, id = m_petitionId, path,
                                          policy = m_policy, cancel](QPromise<AddResult> &promise) {
        promise.setProgressRange(0, 100);
        DraftAttachments drafts(*cache, *store);
        AddResult result;
        result.added = drafts.add(id, path, policy, cancel.get(), [&promise](qint64 copied, qint64 total) {
            promise.setProgressValue(total > 0 ? int(std::min<qint64>(100, copied * 100 / total)) : 100);
        });
        if (result.added)
            result.item = drafts.item(result.added.id);
        cache->releaseThreadConnection();
        promise.addResult(result);
    }));
}

void AttachmentList::cancelAdding()
{
    m_cancelled = true;
    m_queue.clear();
    if (m_copyCancel)
        m_copyCancel->store(true);
}

void AttachmentList::removeRow(int row)
{
    if (!m_editable || row < 0 || row >= m_model->rowCount())
        return;
    const AttachmentRow &r = m_model->row(row);
    if (r.origin == AttachmentRow::Origin::Draft) {
        removeDrafts({r.localId});
    } else {
        m_removedServerIds << r.serverId;
        if (m_use == Use::Reply) {
            // Uploaded from this computer: its draft row would show (and be sent) again once the server's
            // reply no longer lists it.
            QList<qint64> uploaded;
            for (const DraftAttachment &d : std::as_const(m_draftFiles)) {
                if (d.serverId == r.serverId)
                    uploaded << d.id;
            }
            removeDrafts(uploaded);
        }
    }
    rebuild();
    Q_EMIT filesChanged();
}

void AttachmentList::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const AttachmentRow r = m_model->row(row);
    if (!m_store || r.sha256.isEmpty() || !m_store->contains(r.sha256)) {
        if (r.serverId.isEmpty()) {
            showMessage(tr("“%1” is no longer on this computer.").arg(r.name));
            return;
        }
        showMessage(tr("Downloading “%1”…").arg(r.name));
        m_openAfterDownload = r.serverId;
        Q_EMIT downloadRequested(r.serverId);
        return;
    }
    if (m_use == Use::Citizen && r.isImage()) {
        QPixmap image(m_store->blobPath(r.sha256));
        if (!image.isNull()) {
            m_preview->setPixmap(
                image.scaled(QSize(360, 240), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_preview->setToolTip(r.name);
            m_preview->show();
            return;
        }
    }
    const QString copy = viewableCopy(*m_store, r.sha256, r.name);
    if (copy.isEmpty()) {
        showMessage(tr("“%1” could not be opened.").arg(r.name));
        return;
    }
    m_opener(copy);
}

void AttachmentList::downloadFinished(const QString &serverId, const QString &error)
{
    if (serverId != m_openAfterDownload)
        return;
    m_openAfterDownload.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const AttachmentRow &r = m_model->row(row);
        if (r.serverId != serverId)
            continue;
        if (!error.isEmpty()) {
            showMessage(tr("“%1” could not be downloaded: %2").arg(r.name, error));
            return;
        }
        showMessage(QString());
        if (m_store && m_store->contains(r.sha256))
            openRow(row);
        return;
    }
}

QJsonArray AttachmentList::replyAttachments() const
{
    QJsonArray out;
    for (const AttachmentRow &r : m_model->rows()) {
        if (r.origin == AttachmentRow::Origin::Draft)
            out.append(QJsonObject{{QStringLiteral("local"), r.localId}});
        else
            out.append(r.serverId);
    }
    return out;
}

QStringList AttachmentList::removedServerIds() const
{
    QStringList out;
    for (const AttachmentRef &a : m_serverFiles) {
        if (m_removedServerIds.contains(a.id))
            out << a.id;
    }
    return out;
}

void AttachmentList::setRemovedServerIds(const QStringList &ids)
{
    if (m_removedServerIds == ids)
        return;
    m_removedServerIds = ids;
    rebuild();
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace pakn
