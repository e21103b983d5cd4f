target_sources(crosscut_ui PRIVATE
  retrieval/quotequery.h retrieval/quotequery.cpp
  retrieval/retrievalmodel.h retrieval/retrievalmodel.cpp
  retrieval/retrievalpanel.h retrieval/retrievalpanel.cpp)
