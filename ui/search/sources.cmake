target_sources(crosscut_ui PRIVATE
  search/searchpanel.h search/searchpanel.cpp)
