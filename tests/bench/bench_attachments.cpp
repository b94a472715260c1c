// DESIGN.md §5: "200 MB attachments at ≥ 0.7× curl's throughput with flat memory". Uploads a 200 MiB reply
// file through AttachmentUploader (resumable chunks of the policy's size, read one at a time from the store)
// and downloads it through AttachmentFetcher (streamed into the store, hashed on the way), against curl doing
// the same requests to the same local pakn-server in the same run; with the client's peak memory.
//   bench_attachments [--mib N] [--rounds N]   (download rounds, ours and curl in turns; medians compared)

#include "net/apiclient.h"
#include "serverprocess.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionstore.h"
#include "store/referencestore.h"
#include "sync/attachmentfetcher.h"
#include "sync/attachmentuploader.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace pakn;

namespace {

/// Peak resident memory since the last resetPeak(), in KiB (VmHWM).
long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLong() * 4 : 0;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

long childrenPeakKb()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return u.ru_maxrss;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

qint64 median(QList<qint64> runs)
{
    std::sort(runs.begin(), runs.end());
    return runs.isEmpty() ? 0 : runs.at(runs.size() / 2);
}

QString roundsList(const QList<qint64> &ours, const QList<qint64> &curl)
{
    QStringList pairs;
    for (qsizetype i = 0; i < ours.size() && i < curl.size(); ++i)
        pairs << QStringLiteral("%1 / %2").arg(ours.at(i)).arg(curl.at(i));
    return pairs.join(QStringLiteral(", "));
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_attachments: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int mib = argValue(app.arguments(), QStringLiteral("--mib"), 200);
    const int rounds = std::max(1, argValue(app.arguments(), QStringLiteral("--rounds"), 5));
    const qint64 size = qint64(mib) * 1024 * 1024;

    test::ServerProcess server({QStringLiteral("--petitions"), QStringLiteral("50"),
                                QStringLiteral("--max-attachment-mb"), QString::number(mib + 16)});
    QString error;
    if (!server.start(&error))
        return fail(error);
    QTemporaryDir dir;

    // The file: pseudo-random bytes (incompressible), written in 1 MiB pieces.
    const QString source = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        quint32 x = 20251128u;
        for (qint64 done = 0; done < size; done += block.size()) {
            for (char &c : block) {
                x = x * 1664525u + 1013904223u;
                c = char(x >> 24);
            }
            f.write(block);
        }
    }

    ApiClient::Options options;
    options.baseUrl = server.baseUrl();
    options.extraCaCertificates = server.caCertificates();
    options.trustSystemCas = false;
    options.timeoutMs = 120000;
    ApiClient api(options);
    QEventLoop loop;
    SessionGrant grant;
    api.signIn(QStringLiteral("vanphong"), QStringLiteral("pakn-demo"),
               [&](const ApiError &, const SessionGrant &g) {
                   grant = g;
                   loop.quit();
               });
    loop.exec();
    if (grant.accessToken.isEmpty())
        return fail(QStringLiteral("sign-in failed"));
    api.setAccessToken(grant.accessToken);

    CacheDatabase cache(dir.filePath(QStringLiteral("cache.sqlite")));
    if (!cache.open())
        return fail(QStringLiteral("cache"));
    {
        SyncEngine engine(&api, cache);
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&] { loop.quit(); });
        engine.syncNow();
        loop.exec();
    }
    const QList<qint64> ids = PetitionStore(cache).allIds();
    if (ids.isEmpty())
        return fail(QStringLiteral("no petitions"));
    auto store = std::make_shared<AttachmentStore>(dir.filePath(QStringLiteral("attachments")));
    QElapsedTimer copyTimer;
    copyTimer.start();
    const DraftAttachments::Added added =
        DraftAttachments(cache, *store)
            .add(ids.first(), source, ReferenceStore(cache).load()->attachmentPolicy);
    const qint64 copyMs = copyTimer.elapsed();
    if (!added)
        return fail(added.error);
    const DraftAttachment draft = *DraftAttachments(cache, *store).item(added.id);
    const qint64 chunkBytes = ReferenceStore(cache).load()->attachmentPolicy.maxChunkBytes;

    // Ours, upload: every chunk through AttachmentUploader, progress stored after each.
    OutboxItem item;
    item.id = 1;
    item.payload = {{QStringLiteral("reply"),
                     QJsonObject{{QStringLiteral("attachments"),
                                  QJsonArray{QJsonObject{{QStringLiteral("local"), added.id}}}}}}};
    AttachmentUploader uploader(&api, cache, store);
    QString attachmentId;
    QString uploadError;
    const long uploadRssBefore = rssKb();
    resetPeak();
    QElapsedTimer uploadTimer;
    uploadTimer.start();
    uploader.prepare(item, [&](const ApiError &e, const QJsonObject &payload) {
        uploadError = e.message;
        attachmentId = payload.value(QStringLiteral("reply"))
                           .toObject()
                           .value(QStringLiteral("attachments"))
                           .toArray()
                           .first()
                           .toString();
        loop.quit();
    });
    loop.exec();
    const qint64 uploadMs = uploadTimer.elapsed();
    const long uploadPeak = peakRssKb();
    if (!uploadError.isEmpty() || attachmentId.isEmpty())
        return fail(QStringLiteral("upload: ") + uploadError);

    // curl, upload: declare, every chunk in one curl process (one connection), complete.
    const QString chunks = dir.filePath(QStringLiteral("chunks"));
    QDir().mkpath(chunks);
    QStringList chunkFiles;
    {
        QFile in(source);
        in.open(QIODevice::ReadOnly);
        for (int i = 0; !in.atEnd(); ++i) {
            const QString name = QStringLiteral("%1/%2").arg(chunks).arg(i, 5, 10, QLatin1Char('0'));
            QFile out(name);
            out.open(QIODevice::WriteOnly);
            out.write(in.read(chunkBytes));
            chunkFiles << name;
        }
    }
    const QString base = server.baseUrl().toString() + QStringLiteral("/api/v1");
    const QString auth = QStringLiteral("Authorization: Bearer ") + grant.accessToken;
    const QStringList common = {QStringLiteral("-sf"), QStringLiteral("--cacert"), server.caFile(),
                                QStringLiteral("-H"), auth};
    QElapsedTimer curlUploadTimer;
    curlUploadTimer.start();
    QProcess declare;
    declare.start(QStringLiteral("curl"),
                  common + QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                       QStringLiteral("-d"),
                                       QString::fromUtf8(
                                           QJsonDocument(QJsonObject{{QStringLiteral("name"), draft.name},
                                                                     {QStringLiteral("size"), double(size)},
                                                                     {QStringLiteral("sha256"), draft.sha256},
                                                                     {QStringLiteral("mime"), draft.mime}})
                                               .toJson(QJsonDocument::Compact)),
                                       base + QStringLiteral("/uploads")});
    declare.waitForFinished(60000);
    const QString uploadId = QJsonDocument::fromJson(declare.readAllStandardOutput())
                                 .object()
                                 .value(QStringLiteral("upload_id"))
                                 .toString();
    if (uploadId.isEmpty())
        return fail(QStringLiteral("curl declare failed"));
    QStringList putArgs;
    for (int i = 0; i < chunkFiles.size(); ++i) {
        if (i > 0)
            putArgs << QStringLiteral("--next");
        putArgs
            << common
            << QStringList{
                   QStringLiteral("-o"),
                   QStringLiteral("/dev/null"),
                   QStringLiteral("-X"),
                   QStringLiteral("PUT"),
                   QStringLiteral("-H"),
                   QStringLiteral("Content-Type: application/octet-stream"),
                   QStringLiteral("--data-binary"),
                   QLatin1Char('@') + chunkFiles.at(i),
                   QStringLiteral("%1/uploads/%2?offset=%3").arg(base, uploadId).arg(qint64(i) * chunkBytes)};
    }
    if (QProcess::execute(QStringLiteral("curl"), putArgs) != 0)
        return fail(QStringLiteral("curl chunks failed"));
    if (QProcess::execute(QStringLiteral("curl"),
                          common +
                              QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                          QStringLiteral("-X"), QStringLiteral("POST"),
                                          QStringLiteral("%1/uploads/%2/complete").arg(base, uploadId)}) != 0)
        return fail(QStringLiteral("curl complete failed"));
    const qint64 curlUploadMs = curlUploadTimer.elapsed();

    // Downloads, ours and curl's taken in turns (`--rounds`, default 5) so that both meet the same moments of
    // a busy machine; the medians are compared. Ours: into a fresh store each time, streamed and hashed, as
    // fetchAttachment does.
    AttachmentRef ref;
    ref.id = attachmentId;
    ref.name = draft.name;
    ref.size = size;
    ref.sha256 = draft.sha256;
    ref.mime = draft.mime;
    const QString curlOut = dir.filePath(QStringLiteral("curl-download"));
    QList<qint64> downloadRuns;
    QList<qint64> curlDownloadRuns;
    long downloadPeak = 0;
    long downloadRssBefore = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString storeDir = dir.filePath(QStringLiteral("downloads"));
        QDir(storeDir).removeRecursively();
        auto downloads = std::make_shared<AttachmentStore>(storeDir);
        AttachmentFetcher fetcher(&api, downloads);
        QString fetchedPath;
        QString fetchError;
        QObject::connect(&fetcher, &AttachmentFetcher::fetched, &loop,
                         [&](const QString &, const QString &path, const QString &e) {
                             fetchedPath = path;
                             fetchError = e;
                             loop.quit();
                         });
        const long rssBefore = rssKb();
        resetPeak();
        QElapsedTimer downloadTimer;
        downloadTimer.start();
        fetcher.fetch(ref);
        loop.exec();
        downloadRuns << downloadTimer.elapsed();
        const long peak = peakRssKb();
        if (peak - rssBefore > downloadPeak - downloadRssBefore) {
            downloadPeak = peak;
            downloadRssBefore = rssBefore;
        }
        if (!fetchError.isEmpty() || downloads->verify(draft.sha256) != AttachmentStore::Health::Ok)
            return fail(QStringLiteral("download: ") + fetchError);

        QFile::remove(curlOut);
        QElapsedTimer curlDownloadTimer;
        curlDownloadTimer.start();
        if (QProcess::execute(
                QStringLiteral("curl"),
                common + QStringList{QStringLiteral("-o"), curlOut,
                                     QStringLiteral("%1/attachments/%2").arg(base, attachmentId)}) != 0)
            return fail(QStringLiteral("curl download failed"));
        curlDownloadRuns << curlDownloadTimer.elapsed();
        if (QFileInfo(curlOut).size() != size)
            return fail(QStringLiteral("curl downloaded %1 bytes").arg(QFileInfo(curlOut).size()));
    }
    const qint64 downloadMs = median(downloadRuns);
    const qint64 curlDownloadMs = median(curlDownloadRuns);
    cache.releaseThreadConnection();

    const double mb = double(size) / (1024.0 * 1024.0);
    auto rate = [mb](qint64 ms) { return mb / (double(std::max<qint64>(ms, 1)) / 1000.0); };
    std::printf(
        "A %d MiB file (incompressible), to and from a local pakn-server over HTTPS; chunks of %lld MiB "
        "(the attachment policy's `max_chunk_bytes`). Copying it into the attachment store first "
        "(DraftAttachments::add) took %lld ms.\n\n",
        mib, static_cast<long long>(chunkBytes >> 20), static_cast<long long>(copyMs));
    std::printf("| | ms | MiB/s | ratio ours/curl throughput | client peak resident memory "
                "|\n|---|--:|--:|--:|--:|\n");
    std::printf(
        "| upload: AttachmentUploader (declare, %lld chunks with progress stored, complete) | %lld | %.0f | "
        "%.2f× | %ld MiB (+%ld MiB over the %ld MiB before) |\n",
        static_cast<long long>(chunkFiles.size()), static_cast<long long>(uploadMs), rate(uploadMs),
        rate(uploadMs) / rate(curlUploadMs), uploadPeak / 1024, (uploadPeak - uploadRssBefore) / 1024,
        uploadRssBefore / 1024);
    std::printf("| upload: curl (declare, the same chunks in one process, complete) | %lld | %.0f | | |\n",
                static_cast<long long>(curlUploadMs), rate(curlUploadMs));
    std::printf("| download: AttachmentFetcher (streamed into the store, SHA-256 checked), median of %d | "
                "%lld | %.0f | "
                "%.2f× | %ld MiB (+%ld MiB over the %ld MiB before) |\n",
                rounds, static_cast<long long>(downloadMs), rate(downloadMs),
                rate(downloadMs) / rate(curlDownloadMs), downloadPeak / 1024,
                (downloadPeak - downloadRssBefore) / 1024, downloadRssBefore / 1024);
    std::printf("| download: curl -o FILE, median of %d | %lld | %.0f | | |\n\n", rounds,
                static_cast<long long>(curlDownloadMs), rate(curlDownloadMs));
    std::printf(
        "Each download round in turn, ms (ours / curl): %s. Peak memory: the round that grew most.\n\n",
        qPrintable(roundsList(downloadRuns, curlDownloadRuns)));
    std::printf("curl's peak resident memory (largest of its runs): %ld MiB.\n", childrenPeakKb() / 1024);
    return 0;
}
