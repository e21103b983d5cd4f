target_sources(crosscut_core PRIVATE text/codepoints.h text/codepoints.cpp)
