// A scripted officer typing a reply in the real ReplyEditor (offscreen, its real autosave timer and save
// pool), for the drafting scenario of tst_kill_sync: the parent kills this process with SIGKILL at random
// moments and checks that no edit made 2 seconds or more before the kill is missing from the cache.
//
//   draft_typist CACHE PETITION_ID FIRST_SEQ SEED [EDITS]
//
// Opens the petition's reply (restoring its saved draft), then types " w<seq>" at the end of the body, one
// edit at a time, in bursts of steady typing (80-250 ms between edits, 1-6 s long) separated by pauses of
// 0.8-2 s, as an officer does. After each edit it prints "edit <seq> <ms since the epoch>" on stdout and
// flushes it, so the parent knows what was typed when even if it is killed the next instant. With EDITS it
// stops after that many edits, closes the editor (which saves the pending edit) and prints "done".
#include "domain/petition.h"
#include "replyeditor.h"
#include "store/cachedatabase.h"
#include "store/petitionrecord.h"
#include "store/referencestore.h"

#include <QApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace pakn;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: draft_typist CACHE PETITION_ID FIRST_SEQ SEED [EDITS]\n");
        return 2;
    }
    auto cache = std::make_shared<CacheDatabase>(args.at(1));
    if (const CacheOpenResult opened = cache->open(); !opened) {
        std::fprintf(stderr, "draft_typist: %s\n", qPrintable(opened.message));
        return 1;
    }
    const qint64 petitionId = args.at(2).toLongLong();
    qint64 seq = args.at(3).toLongLong();
    QRandomGenerator rng(args.at(4).toUInt());
    const qint64 edits = args.value(5).toLongLong();
    // As the window does it (on its reader thread): the petition with its draft.
    const PetitionRecord record = PetitionRecord::read(*cache, nullptr, petitionId);
    const std::optional<ReferenceData> reference = ReferenceStore(*cache).load();
    if (!record.petition || !reference) {
        std::fprintf(stderr, "draft_typist: petition %lld or the reference data is not in the cache\n",
                     petitionId);
        return 1;
    }

    auto editor = std::make_unique<ReplyEditor>();
    editor->setCache(cache);
    editor->setReferenceData(*reference);
    editor->showPetition(record, true);
    editor->show();

    qint64 typed = 0;
    qint64 burstEndsAt = 0; // ms since the epoch
    QTimer keys;
    keys.setSingleShot(true);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        QTextCursor cursor = editor->bodyEdit()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral(" w%1").arg(seq));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::printf("edit %lld %lld\n", seq, now);
        std::fflush(stdout);
        ++seq;
        if (edits > 0 && ++typed >= edits) {
            editor.reset(); // closing the editor saves the pending edit and waits for it
            std::printf("done\n");
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        if (now >= burstEndsAt) { // a pause, then a new burst
            burstEndsAt = now + rng.bounded(1000, 6000);
            keys.start(rng.bounded(800, 2000));
        } else {
            keys.start(rng.bounded(80, 250));
        }
    });
    burstEndsAt = QDateTime::currentMSecsSinceEpoch() + rng.bounded(1000, 6000);
    keys.start(rng.bounded(80, 250));
    const int code = QApplication::exec();
    cache->releaseThreadConnection();
    return code;
}
