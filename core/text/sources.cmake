# Text positions (code points) and word boundaries. Words are found by ICU
# (Debian's libicu-dev), the Unicode library Qt itself builds on.
find_package(ICU REQUIRED COMPONENTS uc i18n)
target_sources(crosscut_core PRIVATE
  text/codepoints.h text/codepoints.cpp
  text/wordbreak.h text/wordbreak.cpp
  text/boundaries.h text/boundaries.cpp
  text/scripts.h text/scripts.cpp)
target_link_libraries(crosscut_core PRIVATE ICU::uc ICU::i18n)
# Word frequencies and their stop words (resources/stopwords, built in).
target_sources(crosscut_core PRIVATE
  text/words.h text/words.cpp
  text/stopwords.h text/stopwords.cpp)
