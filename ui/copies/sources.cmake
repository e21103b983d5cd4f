# Coder copies: File → Merge project… and Hand out a coder copy….
target_sources(crosscut_ui PRIVATE
  copies/mergedialog.h copies/mergedialog.cpp
  copies/handoutdialog.h copies/handoutdialog.cpp)
