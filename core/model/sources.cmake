target_sources(crosscut_core PRIVATE model/entities.h model/entities.cpp model/codepath.h model/codepath.cpp)
