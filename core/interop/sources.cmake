# REFI-QDA interchange: .qdpx/.qdc import and export.
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(crosscut_core PRIVATE QuaZip::QuaZip)
target_sources(crosscut_core PRIVATE
  interop/refiqda.h
  interop/refiqdacommon.h
  interop/refiqdacommon.cpp
  interop/refiqdaimport.cpp
  interop/refiqdacodebook.cpp
  interop/refiqdaexport.cpp
  interop/refiqdasummary.cpp
  interop/qdpxarchive.h
  interop/qdpxarchive.cpp
  interop/xmltree.h
  interop/xmltree.cpp
  interop/positionmap.h
  interop/positionmap.cpp
)
