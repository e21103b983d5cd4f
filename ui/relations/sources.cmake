target_sources(crosscut_ui PRIVATE
  relations/relationsmodel.h relations/relationsmodel.cpp
  relations/codenetworkview.h relations/codenetworkview.cpp
  relations/relationspanel.h relations/relationspanel.cpp)
