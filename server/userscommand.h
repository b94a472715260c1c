#pragma once

#include <QStringList>

namespace pakn::server {

/// `pakn-server users list [--data-dir DIR]` and
/// `pakn-server users set USER --password-file FILE --roles R1,R2 --unit UNIT --full-name NAME [--data-dir
/// DIR]`: lists the accounts of an existing database, or creates or resets one account (its password is the
/// first line of FILE, so it never appears on a command line; its sessions end). Roles are wire names
/// (officer, focal, leader, city_office; an empty list makes an account that sees nothing); the unit must
/// exist. Returns the process exit code: 0 done, 1 failed, 2 usage.
int runUsersCommand(const QStringList &arguments);

} // namespace pakn::server
