#include "clicommands.h"

#include "clireport.h"
#include "domain/masking.h"
#include "net/apiclient.h"
#include "net/wirecodec.h"
#include "store/attachmentstore.h"
#include "store/cachedatabase.h"
#include "store/draftattachments.h"
#include "store/outbox.h"
#include "store/petitionquery.h"
#include "store/petitionstore.h"
#include "sync/accountcontroller.h"
#include "sync/attachmentuploader.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace pakn::cli {
namespace {

struct Account
{
    QUrl server;
    QString user;
    QString caFile;
    QString profile;
};

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
}

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "pakn-cli: %s\n", qPrintable(message));
    return code;
}

QString readPassword(const QString &passwordFile)
{
    QFile file;
    if (passwordFile.isEmpty() || passwordFile == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return {};
    } else {
        file.setFileName(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    QString password = QString::fromUtf8(file.readLine(4096));
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

/// The account's attachment store, beside its cache (as pakn-desk has it).
QString attachmentDir(const Account &account)
{
    return QFileInfo(AccountController::cacheFilePath(account.profile, account.server, account.user))
               .absolutePath() +
           QStringLiteral("/attachments");
}

QString describe(const AttachmentRef &a, const AttachmentStore &store)
{
    return QStringLiteral("%1\t%2 bytes\t%3\t%4%5")
        .arg(a.name)
        .arg(a.size)
        .arg(a.mime, a.id, store.contains(a.sha256) ? QStringLiteral("\ton this computer") : QString());
}

QString wireName(DraftAttachmentState state)
{
    switch (state) {
    case DraftAttachmentState::Local:
        return QStringLiteral("not uploaded");
    case DraftAttachmentState::Uploading:
        return QStringLiteral("uploading");
    case DraftAttachmentState::Uploaded:
        return QStringLiteral("uploaded");
    }
    return {};
}

/// Signs in and pulls the change feed once, on this thread's event loop.
int sync(const Account &account, const QString &password)
{
    ApiClient::Options options;
    options.baseUrl = account.server;
    if (!account.caFile.isEmpty()) {
        QString error;
        options.extraCaCertificates = ApiClient::loadCaFile(account.caFile, &error);
        if (options.extraCaCertificates.isEmpty())
            return fail(Usage, error);
    }
    if (const QString problem = ApiClient::validateBaseUrl(account.server); !problem.isEmpty())
        return fail(Usage, problem);

    ApiClient api(options);
    QEventLoop loop;
    int code = Ok;
    SessionGrant grant;
    api.signIn(account.user, password, [&](const ApiError &error, const SessionGrant &g) {
        if (error.isError())
            code = error.httpStatus == 401
                       ? fail(AuthFailed, QStringLiteral("the user name or password is wrong"))
                       : fail(Failed, error.message);
        grant = g;
        loop.quit();
    });
    loop.exec();
    if (code != Ok)
        return code;
    api.setAccessToken(grant.accessToken);

    CacheDatabase cache(AccountController::cacheFilePath(account.profile, account.server, account.user));
    const CacheOpenResult opened = cache.openOrRecover();
    if (!opened)
        return fail(CacheUnavailable, opened.message);
    if (!opened.setAsidePath.isEmpty())
        std::fprintf(stderr, "pakn-cli: %s\n", qPrintable(opened.message));

    // Remember who this cache belongs to, so that offline commands know the user's unit.
    PetitionStore(cache).setStateValue(
        QStringLiteral("account.user"),
        QString::fromUtf8(QJsonDocument(wire::encode(grant.user)).toJson(QJsonDocument::Compact)));

    SyncEngine engine(&api, cache);
    engine.setAttachmentStore(std::make_shared<const AttachmentStore>(attachmentDir(account)));
    qint64 received = 0;
    QObject::connect(&engine, &SyncEngine::pageStored, &loop, [&received](qint64 n) { received = n; });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const QString &error) {
        if (!error.isEmpty())
            code = fail(Failed, error);
        loop.quit();
    });
    Outbox(cache)
        .makeDueNow(); // asked for now: nothing waits for its back-off, as in the window's "Sync now"
    engine.syncNow();
    loop.exec();
    if (code == Ok)
        out(QStringLiteral("synced: %1 records received, %2 petitions cached")
                .arg(received)
                .arg(PetitionStore(cache).count()));
    cache.releaseThreadConnection();
    return code;
}

std::optional<SavedView> viewFromId(const QString &id)
{
    for (SavedView v : kAllSavedViews) {
        if (savedViewId(v) == id)
            return v;
    }
    return std::nullopt;
}

int withCache(const Account &account, const std::function<int(const CacheDatabase &)> &work)
{
    const QString path = AccountController::cacheFilePath(account.profile, account.server, account.user);
    if (!QFile::exists(path))
        return fail(CacheUnavailable, QStringLiteral("no cache for %1 at %2 yet: run 'pakn-cli sync' first")
                                          .arg(account.user, account.server.toString()));
    CacheDatabase cache(path);
    const CacheOpenResult opened = cache.open();
    if (!opened)
        return fail(CacheUnavailable, opened.message);
    const int code = work(cache);
    cache.releaseThreadConnection();
    return code;
}

ViewContext contextFor(const Account &account, const CacheDatabase &cache)
{
    ViewContext context;
    context.username = account.user;
    const QJsonObject stored =
        QJsonDocument::fromJson(PetitionStore(cache).stateValue(QStringLiteral("account.user")).toUtf8())
            .object();
    if (const Decoded<User> user = wire::decodeUser(stored))
        context.unitId = user.value->unitId;
    return context;
}

} // namespace

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "PAKN Desk on the command line; uses the same caches as pakn-desk.\n"
        "\n"
        "Commands:\n"
        "  sync            sign in (password from --password-file or standard input) and sync once\n"
        "  views           the saved views with their counts (from the cache, offline)\n"
        "  list            petitions of a saved view, optionally searched (offline)\n"
        "  show ID         one petition with its attachments and reply (offline)\n"
        "  outbox          the queued actions with their state and reason, each reply file's upload\n"
        "                  progress, and actions dropped because their petition left your scope (offline)\n"
        "  retry ITEM      send a failed or conflicting outbox item again at the next sync\n"
        "  drop ITEM       remove an outbox item that is not being sent (the action is lost)\n"
        "  report          the periodic report (offline): --period, --cut-off, --out FILE [--format]\n"
        "\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 wrong user name or password, 4 no usable cache."));
    parser.addHelpOption();
    // Not addVersionOption(): the application is named "pakn-desk" so that both share settings and caches.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Displays version information."));
    parser.addOption(version);
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Service address (https)."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name."),
                                  QStringLiteral("name"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("Extra CA certificate (PEM)."),
                                    QStringLiteral("file"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Cache folder (default: pakn-desk's data folder)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("Read the password from this file ('-': standard input, "
                       "the default)."),
        QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Saved view id for 'list' (default: all)."),
                                  QStringLiteral("id"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Search text for 'list'."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Rows for 'list' (default 50)."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QStringLiteral("Report period: q1-2025 … q4-2025, h1-2025, h2-2025, 2025, or 2025-01-01..2025-03-31 "
                       "(default: this quarter)."),
        QStringLiteral("period"));
    const QCommandLineOption cutOff(
        QStringLiteral("cut-off"),
        QStringLiteral("Report cut-off day, 1-28 (default 15; 1: calendar periods)."), QStringLiteral("day"),
        QStringLiteral("15"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Report format: pdf, csv or xlsx (default: from --out)."),
                                    QStringLiteral("format"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), QStringLiteral("Write the report to this file (default: totals on stdout)."),
        QStringLiteral("file"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QStringLiteral("Agency name for the report header."),
                                    QStringLiteral("name"));
    const QCommandLineOption notesFile(
        QStringLiteral("notes-file"), QStringLiteral("The report's difficulties and proposals (UTF-8 text)."),
        QStringLiteral("file"));
    parser.addOptions({server, user, caFile, profile, passwordFile, view, search, limit, period, cutOff,
                       format, outFile, agency, notesFile});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("sync, views, list, show, outbox, retry, drop or report (above)"));
    parser.process(app);
    if (parser.isSet(version)) {
        std::printf("pakn-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command given; see --help"));

    QSettings settings;
    Account account;
    account.server = QUrl::fromUserInput(parser.isSet(server)
                                             ? parser.value(server)
                                             : settings.value(QStringLiteral("signIn/server")).toString());
    account.user =
        parser.isSet(user) ? parser.value(user) : settings.value(QStringLiteral("signIn/user")).toString();
    account.caFile = parser.isSet(caFile) ? parser.value(caFile)
                                          : settings.value(QStringLiteral("signIn/caFile")).toString();
    account.profile = parser.isSet(profile)
                          ? parser.value(profile)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (account.server.isEmpty() || account.user.isEmpty())
        return fail(Usage,
                    QStringLiteral("--server and --user are needed (or a previous sign-in in pakn-desk)"));

    const QString command = args.first();
    if (command == QLatin1String("sync")) {
        const QString password = readPassword(parser.value(passwordFile));
        if (password.isEmpty())
            return fail(
                Usage, QStringLiteral("no password: give --password-file FILE or pipe it on standard input"));
        return sync(account, password);
    }
    if (command == QLatin1String("views")) {
        return withCache(account, [&](const CacheDatabase &cache) {
            const QList<qint64> counts =
                PetitionQuery(cache.connection(), contextFor(account, cache)).savedViewCounts();
            for (int i = 0; i < counts.size(); ++i)
                out(QStringLiteral("%1\t%2").arg(savedViewId(kAllSavedViews[i])).arg(counts.at(i)));
            return int(Ok);
        });
    }
    if (command == QLatin1String("list")) {
        PetitionFilter filter;
        if (parser.isSet(view)) {
            const auto v = viewFromId(parser.value(view));
            if (!v)
                return fail(
                    Usage,
                    QStringLiteral("unknown view '%1'; 'pakn-cli views' lists them").arg(parser.value(view)));
            filter.view = *v;
        }
        filter.search = parser.value(search);
        if (!filter.search.isEmpty())
            filter.sortKey = SortKey::Relevance;
        const int rows = parser.value(limit).toInt();
        if (rows <= 0)
            return fail(Usage, QStringLiteral("--limit must be a positive number"));
        return withCache(account, [&](const CacheDatabase &cache) {
            const PetitionQuery query(cache.connection(), contextFor(account, cache));
            for (const PetitionRow &r : query.page(filter, 0, rows)) {
                out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                        .arg(r.id)
                        .arg(r.code, toWireName(r.state),
                             r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QStringLiteral("-"),
                             r.title));
            }
            return query.lastError().isEmpty() ? int(Ok) : fail(Failed, query.lastError());
        });
    }
    if (command == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok)
            return fail(Usage, QStringLiteral("show needs a petition id"));
        return withCache(account, [&](const CacheDatabase &cache) {
            const std::optional<Petition> p = PetitionStore(cache).petition(id);
            if (!p)
                return fail(Failed, QStringLiteral("petition %1 is not in the cache").arg(id));
            out(QStringLiteral("%1  %2").arg(p->code, p->title));
            out(QStringLiteral("state: %1\nchannel: %2\nreceived: %3\ndue: %4\nunit: %5\nassignee: %6")
                    .arg(toWireName(p->state), toWireName(p->channel), p->receivedAt.toString(Qt::ISODate),
                         p->dueDate.toString(Qt::ISODate), p->unitId, p->assignee));
            out(QStringLiteral("submitter: %1 %2")
                    .arg(p->submitter.name, masking::phone(p->submitter.phone)));
            out(QString());
            out(p->content);
            const AttachmentStore store(attachmentDir(account));
            for (const AttachmentRef &a : p->attachments)
                out(QStringLiteral("attachment: ") + describe(a, store));
            if (p->reply) {
                out(QString());
                out(QStringLiteral("reply: %1").arg(p->reply->subject));
                for (const AttachmentRef &a : p->reply->attachments)
                    out(QStringLiteral("reply attachment: ") + describe(a, store));
            }
            return int(Ok);
        });
    }
    if (command == QLatin1String("outbox")) {
        return withCache(account, [&](const CacheDatabase &cache) {
            const AttachmentStore store(attachmentDir(account));
            const DraftAttachments drafts(cache, store);
            for (const OutboxItem &item : Outbox(cache).all()) {
                out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                        .arg(item.id)
                        .arg(item.petitionId)
                        .arg(toWireName(item.command), toWireName(item.state), item.lastError));
                // The reply's files: how far each got to the server.
                for (const qint64 fileId : AttachmentUploader::localReferences(item.payload)) {
                    const std::optional<DraftAttachment> f = drafts.item(fileId);
                    if (!f) {
                        out(QStringLiteral("  file %1\tremoved from this computer").arg(fileId));
                        continue;
                    }
                    const qint64 done =
                        f->state == DraftAttachmentState::Uploaded ? f->size : f->uploadedBytes;
                    out(QStringLiteral("  file %1\t%2\t%3\t%4 of %5 bytes (%6%)%7")
                            .arg(f->id)
                            .arg(f->name, wireName(f->state))
                            .arg(done)
                            .arg(f->size)
                            .arg(f->size > 0 ? done * 100 / f->size : 0)
                            .arg(store.contains(f->sha256) ? QString()
                                                           : QStringLiteral("\tmissing from the store")));
                }
            }
            for (const QString &notice : SyncEngine::droppedNotices(cache))
                out(QStringLiteral("dropped\t") + notice);
            return int(Ok);
        });
    }
    if (command == QLatin1String("retry") || command == QLatin1String("drop")) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok)
            return fail(
                Usage,
                QStringLiteral("%1 needs an outbox item id ('pakn-cli outbox' lists them)").arg(command));
        return withCache(account, [&](const CacheDatabase &cache) {
            Outbox outbox(cache);
            const bool done = command == QLatin1String("retry") ? outbox.retryNow(id) : outbox.drop(id);
            if (!done)
                return fail(Failed, command == QLatin1String("retry")
                                        ? QStringLiteral("item %1 is not failed or in conflict").arg(id)
                                        : QStringLiteral("item %1 does not exist or is being sent").arg(id));
            return int(Ok);
        });
    }
    if (command == QLatin1String("report")) {
        ReportRequest request;
        request.period = parser.value(period);
        bool ok = false;
        request.cutOffDay = parser.value(cutOff).toInt(&ok);
        if (!ok || request.cutOffDay < 1 || request.cutOffDay > 28)
            return fail(Usage, QStringLiteral("--cut-off must be a day from 1 to 28"));
        request.format = parser.value(format);
        request.out = parser.value(outFile);
        request.agency = parser.value(agency);
        request.notesFile = parser.value(notesFile);
        return withCache(account, [&](const CacheDatabase &cache) { return report(cache, request); });
    }
    return fail(Usage, QStringLiteral("unknown command '%1'; see --help").arg(command));
}

} // namespace pakn::cli
