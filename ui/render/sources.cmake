target_sources(crosscut_render PRIVATE
  render/chartrenderer.h render/chartrenderer.cpp
  render/paintedfile.h render/paintedfile.cpp
  render/reportdata.h render/reportdata.cpp
  render/reportwriter.h render/reportwriter.cpp
  render/projectexport.h render/projectexport.cpp
  render/rendercommands.h render/rendercommands.cpp
  render/chartcommand.cpp
  render/reportcommand.cpp
  render/exportcommand.cpp
  render/portraitrenderer.h render/portraitrenderer.cpp
  render/portraitcommand.cpp
  render/networkrenderer.h render/networkrenderer.cpp
  render/networkchartcommand.cpp
  render/networkreport.h render/networkreport.cpp)
# Positional profiles drawn: dot plots, the case × dimension grid, their report blocks and `profiles --draw`.
target_sources(crosscut_render PRIVATE render/profilerenderer.h render/profilerenderer.cpp render/reportprofiles.cpp
  render/profilesdrawcommand.cpp)
# The word cloud of word frequencies (core/text/words.h) and its command.
target_sources(crosscut_render PRIVATE render/wordcloud.h render/wordcloud.cpp render/wordcloudcommand.cpp)
# The report as format-neutral blocks (reportblocks.h): its content built once
# (reportcontent.cpp and the section files), written as HTML/ODT and as
# paginated PDF.
target_sources(crosscut_render PRIVATE
  render/reportblocks.h render/reportblocks.cpp
  render/reportcontent.h render/reportcontent.cpp
  render/reportsections.h
  render/reportmatrixblocks.cpp
  render/reportnetworkblocks.cpp
  render/reportcodingblocks.cpp
  render/reportappendix.cpp
  render/reportformats.h
  render/reporthtml.cpp
  render/reportpdf.cpp
  render/reportdocx.cpp)
# The report's front matter: section names, which cases count (roles), the
# summary's sentences, the methods page and their blocks.
target_sources(crosscut_render PRIVATE
  render/reportsections.cpp
  render/reportmethods.h render/reportmethods.cpp
  render/reportsummary.h render/reportsummary.cpp
  render/reportfrontmatter.cpp)
