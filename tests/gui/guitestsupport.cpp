#include "guitestsupport.h"

#include "desk.h"
#include "mainwindow.h"
#include "net/secretstore.h"
#include "petitiondetailview.h"
#include "petitionlistmodel.h"
#include "petitionlistview.h"
#include "savedviewmodel.h"
#include "savedviewspane.h"
#include "serverprocess.h"
#include "signindialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <optional>

namespace pakn::test {

SignInRequest demoSignIn(const ServerProcess &server, const QString &username)
{
    SignInRequest r;
    r.serverUrl = server.baseUrl();
    r.caFile = server.caFile();
    r.username = username;
    r.password = kDemoPassword;
    return r;
}

AccountController::SecretStoreFactory memorySecrets()
{
    return [](QObject *parent) -> SecretStore * { return new MemorySecretStore(parent); };
}

QString signInAndSync(AccountController *account, const SignInRequest &request)
{
    SyncTrace trace(account);
    // Both ends are taken on this thread, queued: see syncAndWait().
    QObject context;
    std::optional<std::pair<bool, QString>> signedIn;
    std::optional<QString> synced;
    QObject::connect(account, &AccountController::signInFinished, &context,
                     [&signedIn](bool ok, const QString &error) {
                         if (!signedIn)
                             signedIn = std::make_pair(ok, error);
                     });
    QObject::connect(account, &AccountController::syncFinished, &context, [&synced](const QString &error) {
        if (!synced)
            synced = error;
    });
    account->signIn(request);
    if (!QTest::qWaitFor([&signedIn] { return signedIn.has_value(); }, 60000))
        return QStringLiteral("no answer to the sign-in");
    if (!signedIn->first)
        return signedIn->second;
    if (!QTest::qWaitFor([&synced] { return synced.has_value(); }, 120000))
        return trace.failure(QStringLiteral("the first sync did not finish"));
    return *synced;
}

SyncTrace::SyncTrace(AccountController *account)
{
    m_clock.start();
    QObject::connect(account, &AccountController::syncStatusChanged, &m_context,
                     [this](SyncEngine::Status status, const QString &message) {
                         m_seen.append(QStringLiteral("%1 ms: status %2 \"%3\"")
                                           .arg(m_clock.elapsed())
                                           .arg(int(status))
                                           .arg(message));
                     });
    QObject::connect(account, &AccountController::syncFinished, &m_context,
                     [this](const QString &error, ErrorClass errorClass) {
                         m_seen.append(QStringLiteral("%1 ms: finished (class %2) \"%3\"")
                                           .arg(m_clock.elapsed())
                                           .arg(int(errorClass))
                                           .arg(error));
                     });
}

QString SyncTrace::failure(const QString &what) const
{
    return QStringLiteral("%1 after %2 ms; what the account said meanwhile: %3")
        .arg(what)
        .arg(m_clock.elapsed())
        .arg(m_seen.isEmpty() ? QStringLiteral("nothing") : m_seen.join(QStringLiteral("; ")));
}

QString syncAndWait(AccountController *account)
{
    SyncTrace trace(account);
    // The end is taken on this thread, queued. A QSignalSpy here was a race: the account emits on its sync
    // thread, straight into the spy, and a sync with nothing to do can end before QSignalSpy::wait() starts,
    // which then waits for another end (CI under ASan: "finished" at 10 ms, then a 120 s timeout).
    QObject context;
    std::optional<QString> result;
    QObject::connect(account, &AccountController::syncFinished, &context, [&result](const QString &error) {
        if (!result)
            result = error;
    });
    account->syncNow();
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 120000))
        return trace.failure(QStringLiteral("the sync did not finish"));
    return *result;
}

void fetchAll(QAbstractItemModel *model)
{
    auto *list = qobject_cast<PetitionListModel *>(model);
    if (list && !waitForList(list))
        return;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (list && !QTest::qWaitFor([list] { return !list->isFetching(); }, 30000))
            return;
    }
}

bool waitForList(PetitionListModel *model, int timeoutMs)
{
    return QTest::qWaitFor(
        [model] { return !model->isLoading() && !model->isFetching() && model->totalCount() >= 0; },
        timeoutMs);
}

bool waitForCounts(SavedViewModel *model, int timeoutMs)
{
    return QTest::qWaitFor([model] { return !model->isCounting(); }, timeoutMs);
}

bool waitForWindow(MainWindow *window, int timeoutMs)
{
    return QTest::qWaitFor([window] { return !window->isLoading(); }, timeoutMs);
}

QList<qint64> columnValues(const QAbstractItemModel *model, int role)
{
    QList<qint64> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, 0).data(role).toLongLong());
    return values;
}

DeskSession::DeskSession(const ServerProcess &server, const QString &username, SettingsUse settings)
    : m_username(username)
{
    if (settings == ClearSettings)
        QSettings().clear();
    DeskOptions options;
    options.profileDir = m_profile.path();
    options.serverUrl = server.baseUrl();
    options.caFile = server.caFile();
    options.username = username;
    options.password = kDemoPassword;
    options.memorySecrets = true;
    m_desk = std::make_unique<Desk>(options);
}

DeskSession::~DeskSession()
{
    if (m_desk && m_desk->mainWindow())
        m_desk->mainWindow()->close();
    m_desk.reset();
}

MainWindow *DeskSession::window() const
{
    return m_desk->mainWindow();
}

AccountController *DeskSession::account() const
{
    return m_desk->account();
}

QString DeskSession::open()
{
    SyncTrace trace(account());
    QSignalSpy synced(account(), &AccountController::syncFinished);
    m_desk->start();
    SignInDialog *dialog = m_desk->signInDialog();
    // Desk first tries to resume a kept session (there is none in a fresh profile), then asks.
    if (!QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 30000) ||
        !QTest::qWaitForWindowExposed(dialog))
        return QStringLiteral("the sign-in dialog did not show");
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return window()->isVisible(); }, 60000))
        return QStringLiteral("the main window did not show for %1").arg(m_username);
    // Not QSignalSpy::wait(): the sync thread emits straight into the spy, and may do so between the
    // isEmpty() check and the start of wait(), which then waits for another end (see syncAndWait()).
    if (!QTest::qWaitFor([&synced] { return !synced.isEmpty(); }, 120000))
        return trace.failure(QStringLiteral("the first sync did not finish"));
    if (!QTest::qWaitForWindowExposed(window()))
        return QStringLiteral("the main window was not exposed");
    // The models refresh shortly after the last page arrived, reading on their worker threads.
    if (!waitForWindow(window(), 60000))
        return QStringLiteral("the main window's list did not load");
    return synced.first().at(0).toString();
}

bool selectPetition(MainWindow *window, qint64 id)
{
    if (!waitForWindow(window)) // the cache's units and fields, which the lists wait for
        return false;
    window->savedViewsPane()->selectView(SavedView::All);
    PetitionListModel *model = window->petitionModel();
    fetchAll(model); // waits for the view's rows first
    const int row = model->rowOfPetition(id);
    if (row < 0)
        return false;
    window->petitionView()->setCurrentIndex(model->index(row, PetitionListModel::TitleColumn));
    // The record is read on the window's detail reader: wait for it.
    return waitForWindow(window) && window->detailView()->petitionId() == id;
}

void commitText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace pakn::test
