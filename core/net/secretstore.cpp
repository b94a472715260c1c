#include "secretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace pakn {
namespace {

QString describe(const QKeychain::Job *job)
{
    return SecretStore::tr("The system keychain refused: %1 (%2)")
        .arg(job->errorString())
        .arg(int(job->error()));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::write(const QString &key, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : describe(j));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else if (j->error() != QKeychain::NoError)
            done(QString(), describe(j));
        else
            done(read->textData(), QString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : describe(j));
    });
    job->start();
}

void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets[key] = secret;
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto it = m_secrets.find(key);
    const QString value = it == m_secrets.end() ? QString() : it->second;
    QTimer::singleShot(0, this, [done = std::move(done), value] { done(value, QString()); });
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_secrets.erase(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

} // namespace pakn
