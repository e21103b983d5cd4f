target_sources(crosscut_core PRIVATE
  privacy/redaction.h privacy/redaction.cpp)
