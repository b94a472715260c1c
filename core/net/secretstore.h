#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <map>

namespace pakn {

/// Where credentials live: the OS keychain in the product, memory in unit tests (DESIGN.md §2.1: tokens never
/// in a plain file). Asynchronous, because a keychain may ask the user or talk over D-Bus; callbacks run on
/// the thread that owns the store and never after it is destroyed. A missing secret is not an error: `read`
/// gives an empty value and an empty error.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>;
    using ReadDone = std::function<void(const QString &secret, const QString &error)>;

    using QObject::QObject;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

/// The OS keychain through QtKeychain (libsecret / Secret Service on Linux, Credential Manager on Windows),
/// under one service name. Errors (no keychain, locked, refused) come back as a sentence; nothing falls back
/// to a file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

/// In memory, for tests and for a session that must not persist anything. Answers on the next event-loop
/// turn, like a real keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void write(const QString &key, const QString &secret, Done done) override;
    void read(const QString &key, ReadDone done) override;
    void remove(const QString &key, Done done) override;

private:
    std::map<QString, QString> m_secrets;
};

} // namespace pakn
