target_sources(crosscut_core PRIVATE
  export/tableformats.h export/tableformats.cpp
  export/atomicfile.h export/atomicfile.cpp
  export/codingscsv.h export/codingscsv.cpp
  export/xlsxexport.h export/xlsxexport.cpp)

# XLSX through libxlsxwriter (Debian libxlsxwriter-dev), a plain C library.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(crosscut_core PRIVATE PkgConfig::XLSXWRITER)
