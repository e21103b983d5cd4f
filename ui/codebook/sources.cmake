target_sources(crosscut_ui PRIVATE
  codebook/codebookmodel.h codebook/codebookmodel.cpp
  codebook/codebookpanel.h codebook/codebookpanel.cpp
  codebook/shortcutdialog.h codebook/shortcutdialog.cpp
  codebook/shortcutedit.h codebook/shortcutedit.cpp)
