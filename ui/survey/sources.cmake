target_sources(crosscut_ui PRIVATE
  survey/surveyactions.h survey/surveyactions.cpp
  survey/surveyimportdialog.h survey/surveyimportdialog.cpp
  survey/surveygridmodel.h survey/surveygridmodel.cpp
  survey/surveygridpanel.h survey/surveygridpanel.cpp)
