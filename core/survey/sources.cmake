# Survey exports (CSV, XLSX) into cases, case attributes and documents of
# open answers; XLSX is read with QuaZip (import/zipentry.h) and QXmlStreamReader.
target_sources(crosscut_core PRIVATE
  survey/surveytable.h survey/surveytable.cpp survey/xlsxsheet.cpp
  survey/surveycolumns.h survey/surveycolumns.cpp
  survey/surveyties.h survey/surveyties.cpp
  survey/surveyimport.h survey/surveyimport.cpp
  survey/surveygrid.h survey/surveygrid.cpp
  cli/surveycommand.cpp)
