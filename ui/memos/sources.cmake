target_sources(crosscut_ui PRIVATE
  memos/memospanel.h memos/memospanel.cpp)
