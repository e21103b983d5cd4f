target_sources(crosscut_core PRIVATE storage/sqlite.h storage/sqlite.cpp storage/schema.h storage/schema.cpp
  storage/corruptionscan.h storage/corruptionscan.cpp storage/walfile.h storage/walfile.cpp
  storage/projectkey.h storage/projectkey.cpp storage/changelog.h storage/changelog.cpp storage/legacychangeset.h storage/legacychangeset.cpp)
