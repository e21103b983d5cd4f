target_sources(crosscut_core PRIVATE util/result.h util/csv.h util/csv.cpp)
