#pragma once

#include <QStringList>

namespace pakn {

/// One step of the cache schema history: the statements that take `PRAGMA user_version` from
/// `toVersion - 1` to `toVersion`. Steps are never edited once released; a change is a new step.
struct Migration
{
    int toVersion;
    QStringList statements;
};

/// The cache schema history, oldest first.
const QList<Migration> &cacheMigrations();

} // namespace pakn
