target_sources(crosscut_ui PRIVATE
  charts/heatmapview.h charts/heatmapview.cpp
  charts/chartspanel.h charts/chartspanel.cpp)
