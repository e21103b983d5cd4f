# Full-text search over documents (FTS5 to find them, exact code-point hits
# inside them), KWIC, and coding of search hits: one path (textsearch.h).
target_sources(crosscut_core PRIVATE
  search/textsearch.h search/textsearch.cpp
  search/textfold.h search/textfold.cpp
  search/utf8hits.h search/utf8hits.cpp
  search/kwic.h search/kwic.cpp
  search/autocode.h search/autocode.cpp)
target_sources(crosscut_core PRIVATE cli/searchcommand.cpp cli/kwiccommand.cpp
  cli/readproject.h cli/readproject.cpp)
