# View → Coders: whose codings the views show, the comparison legend.
target_sources(crosscut_ui PRIVATE
  coders/coderfilter.h coders/coderfilter.cpp
  coders/coderlegend.h coders/coderlegend.cpp
  coders/codersmenu.h coders/codersmenu.cpp)
