#include "cacheseal.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace pakn {
namespace {

struct SealRule
{
    bool (*passes)(const CacheFileState &);
    const char *whyCheck; ///< when it fails
};

/// The check is skipped only when every row passes, in this order.
const SealRule kSealRules[] = {
    {[](const CacheFileState &s) { return s.sealPresent; },
     "the cache was not closed cleanly last time (no seal)"},
    {[](const CacheFileState &s) {
         return s.seal.size >= 0 && s.seal.modifiedMs >= 0 && s.seal.checkedMs >= 0;
     },
     "the seal is unreadable"},
    {[](const CacheFileState &s) { return !s.walPresent; }, "a write-ahead log was left behind"},
    {[](const CacheFileState &s) { return s.size == s.seal.size && s.modifiedMs == s.seal.modifiedMs; },
     "the file changed after it was sealed"},
    {[](const CacheFileState &s) {
         return s.nowMs >= s.seal.checkedMs && s.nowMs - s.seal.checkedMs < kFullCheckEvery;
     },
     "the last full check is a week old or more"},
};

} // namespace

CacheSeal CacheSeal::parse(const QByteArray &text)
{
    const QList<QByteArray> parts = text.trimmed().split(' ');
    CacheSeal seal;
    if (parts.size() != 3)
        return seal;
    bool ok[3] = {};
    const CacheSeal parsed{parts[0].toLongLong(&ok[0]), parts[1].toLongLong(&ok[1]),
                           parts[2].toLongLong(&ok[2])};
    return ok[0] && ok[1] && ok[2] ? parsed : seal;
}

QByteArray CacheSeal::serialize() const
{
    return QByteArray::number(size) + ' ' + QByteArray::number(modifiedMs) + ' ' +
           QByteArray::number(checkedMs) + '\n';
}

QString integrityCheckReason(const CacheFileState &state)
{
    for (const SealRule &rule : kSealRules) {
        if (!rule.passes(state))
            return QString::fromLatin1(rule.whyCheck);
    }
    return {};
}

CacheFileState readCacheFileState(const QString &cacheFile)
{
    CacheFileState state;
    state.nowMs = QDateTime::currentMSecsSinceEpoch();
    QFile sealFile(CacheSeal::pathFor(cacheFile));
    if (sealFile.open(QIODevice::ReadOnly)) {
        state.sealPresent = true;
        state.seal = CacheSeal::parse(sealFile.read(256));
    }
    const QFileInfo info(cacheFile);
    if (info.exists()) {
        state.size = info.size();
        state.modifiedMs = info.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    }
    const QFileInfo wal(cacheFile + QStringLiteral("-wal"));
    state.walPresent = wal.exists() && wal.size() > 0;
    return state;
}

} // namespace pakn
