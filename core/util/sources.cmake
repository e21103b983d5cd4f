target_sources(crosscut_core PRIVATE util/result.h util/csv.h util/csv.cpp)
target_sources(crosscut_core PRIVATE util/filesync.h util/filesync.cpp)
