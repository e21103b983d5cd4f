# Document importers: plain text in any common encoding, Markdown, DOCX, ODT,
# SRT, WebVTT and the text layer of PDF (read by ui/pdf through a hook). Charset detection by uchardet, zip reading by QuaZip,
# Markdown by md4c.
if(NOT TARGET QuaZip::QuaZip)
  find_package(QuaZip-Qt6 REQUIRED)
endif()
find_package(PkgConfig REQUIRED)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)
# Markdown is parsed by md4c (libmd4c-dev), the CommonMark parser Qt uses.
pkg_check_modules(MD4C REQUIRED IMPORTED_TARGET md4c)

target_sources(crosscut_core PRIVATE
  import/textdecoding.h import/textdecoding.cpp
  import/speakerturns.h import/speakerturns.cpp
  import/markdowntext.h import/markdowntext.cpp
  import/importlimits.h
  import/zipentry.h import/zipentry.cpp
  import/officetext.h import/officetext.cpp
  import/subtitles.h import/subtitles.cpp
  import/pdflayout.h import/pdflayout.cpp
  import/documentreader.h import/documentreader.cpp)
target_link_libraries(crosscut_core PRIVATE QuaZip::QuaZip PkgConfig::UCHARDET PkgConfig::MD4C)
# The CLI commands built on the importers (kept here so cli/ needs no edit).
target_sources(crosscut_core PRIVATE cli/importcommand.cpp cli/attributescommand.cpp)
