target_sources(crosscut_core PRIVATE
  export/tableformats.h export/tableformats.cpp
  export/atomicfile.h export/atomicfile.cpp
  export/codingscsv.h export/codingscsv.cpp
  export/xlsxexport.h export/xlsxexport.cpp
  export/docxdocument.h export/docxdocument.cpp
  export/frameworkexport.h export/frameworkexport.cpp export/frameworkdocx.cpp)

# XLSX through libxlsxwriter (Debian libxlsxwriter-dev), a plain C library.
# Only its headers at build time: xlsxexport.cpp loads it with dlopen (see
# there why), so it is not linked.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED xlsxwriter)
target_include_directories(crosscut_core PRIVATE ${XLSXWRITER_INCLUDE_DIRS})
target_link_libraries(crosscut_core PRIVATE ${CMAKE_DL_LIBS})
target_sources(crosscut_core PRIVATE
  export/memoexport.h export/memoexport.cpp export/memodocx.cpp)
target_sources(crosscut_core PRIVATE
  export/quoteexport.h export/quoteexport.cpp export/quotehtml.cpp export/quotedocx.cpp export/quotexlsx.cpp)
