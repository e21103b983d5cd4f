target_sources(crosscut_ui PRIVATE
  document/positionmap.h document/positionmap.cpp
  document/quotemark.h
  document/quotehighlighter.h document/quotehighlighter.cpp
  document/spanmime.h document/spanmime.cpp
  document/stripemargin.h document/stripemargin.cpp
  document/documentview.h document/documentview.cpp)
