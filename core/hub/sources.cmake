# The team hub: a clone's outbox, row changes keyed by guid, and the
# PostgreSQL client (libpq) that publishes, clones and syncs.
target_sources(crosscut_core PRIVATE
  hub/hub.h
  hub/pgconnection.h hub/pgconnection.cpp
  hub/wirechange.h hub/wirechange.cpp
  hub/outbox.h hub/outbox.cpp
  hub/hubserver.h hub/hubserver.cpp
  hub/hubschema.h hub/hubschema.cpp
  hub/hubsync.cpp hub/hubpublish.cpp hub/hubconflicts.cpp)
target_sources(crosscut_core PRIVATE hub/listener.h hub/listener.cpp)
