#pragma once

#include <QStringList>

namespace pakn {

/// An index on `petitions` that a step creates: its name and its CREATE INDEX statement.
struct PetitionIndex
{
    QString name;
    QString sql;
};

/// One step of the cache schema history: the statements that take `PRAGMA user_version` from
/// `toVersion - 1` to `toVersion`, then the indexes on `petitions` it creates. Those are built in the step
/// when the table is empty, else recorded as missing and built off the GUI thread (indexbacklog.h:
/// `createOrDefer`), so that opening a large cache never waits seconds for an index. Steps are never edited
/// once released — the schema they lead to stays the same; a change is a new step.
struct Migration
{
    int toVersion;
    QStringList statements;
    QList<PetitionIndex> petitionIndexes = {};
    /// When set, the full-text index is rebuilt as this CREATE VIRTUAL TABLE statement makes it, in the
    /// background (searchbacklog::beginRebuild), after `statements`.
    QString searchIndex = {};
};

/// The cache schema history, oldest first.
const QList<Migration> &cacheMigrations();

} // namespace pakn
