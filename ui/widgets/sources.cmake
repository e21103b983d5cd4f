target_sources(crosscut_ui PRIVATE
  widgets/deferredrefresh.h
  widgets/flowlayout.h widgets/flowlayout.cpp
  widgets/redactsavedialog.h widgets/redactsavedialog.cpp
  widgets/scriptfonts.h widgets/scriptfonts.cpp)
