#pragma once
// What the client says to the hub's server, in one place: connecting with
// the schema version checked, finding a project the caller is a member of.
// The SQL the server runs is hub/hubschema.sql's (installed by initServer).

#include "hub/hub.h"
#include "hub/hubschema.h"
#include "hub/pgconnection.h"

namespace crosscut::hub {

// Connects and checks that the server has a Crosscut hub of this version.
Result<pg::Connection> connectHub(const QString &conninfo);

struct ServerProject {
    qint64 id = 0;
    bool blind = false;
    bool released = false;
    Role role = Role::Reader;
    QString coder;
};
// The project `name` as the connected member sees it; NotFound when it does
// not exist or the caller is not a member (the server does not say which).
Result<ServerProject> findProject(pg::Connection &connection, const QString &name);

}  // namespace crosscut::hub
