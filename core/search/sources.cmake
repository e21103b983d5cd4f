# Full-text search over documents (FTS5 to find them, exact code-point hits
# inside them) and coding of search hits.
target_sources(crosscut_core PRIVATE
  search/textsearch.h search/textsearch.cpp
  search/autocode.h search/autocode.cpp)
target_sources(crosscut_core PRIVATE cli/searchcommand.cpp)
