# The team hub: the server's schema (PostgreSQL 15).
target_sources(crosscut_core PRIVATE
  hub/hubschema.h hub/hubschema.cpp)
