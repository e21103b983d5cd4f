target_sources(crosscut_core PRIVATE
  privacy/namelist.h privacy/namelist.cpp
  privacy/pseudonymise.h privacy/pseudonymise.cpp
  privacy/history.h privacy/history.cpp
  privacy/redaction.h privacy/redaction.cpp)
# The CLI command built on it (kept here so cli/ needs no edit).
target_sources(crosscut_core PRIVATE cli/pseudonymisecommand.cpp)
