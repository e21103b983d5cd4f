target_sources(crosscut_ui PRIVATE
  matrix/axispicker.h matrix/axispicker.cpp
  matrix/matrixmodel.h matrix/matrixmodel.cpp
  matrix/matrixpanel.h matrix/matrixpanel.cpp)
