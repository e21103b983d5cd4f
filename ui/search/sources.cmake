target_sources(crosscut_ui PRIVATE
  search/searchpanel.h search/searchpanel.cpp
  search/hitfeed.h search/hitfeed.cpp)
