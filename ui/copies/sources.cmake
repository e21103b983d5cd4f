# Coder copies: File → Merge project… and Hand out a coder copy….
target_sources(crosscut_ui PRIVATE
  copies/mergedialog.h copies/mergedialog.cpp
  copies/handoutdialog.h copies/handoutdialog.cpp)
# TEMPORARY: placeholders while the team core is not on this branch.
if(NOT EXISTS "${PROJECT_SOURCE_DIR}/core/team/handout.cpp")
  target_sources(crosscut_ui PRIVATE copies/teamcorepending.cpp)
endif()
