target_sources(crosscut_core PRIVATE
  cli/cli.h cli/cli.cpp cli/command.h cli/commands.cpp
  cli/initcommand.cpp cli/codecommand.cpp cli/codebookcommand.cpp cli/quotescommand.cpp
  cli/checkcommand.cpp cli/historycommands.cpp cli/projectkeys.cpp cli/encryptioncommands.cpp)
target_sources(crosscut_core PRIVATE cli/matrixcommand.cpp cli/cooccurrencecommand.cpp cli/profilescommand.cpp)
target_sources(crosscut_core PRIVATE cli/codebookimportcommand.cpp)
target_sources(crosscut_core PRIVATE cli/agreementcommand.cpp)
target_sources(crosscut_core PRIVATE cli/teamcommands.cpp)
target_sources(crosscut_core PRIVATE cli/hubcommands.cpp cli/fullcommands.h)
target_sources(crosscut_core PRIVATE cli/networkcommands.cpp)
target_sources(crosscut_core PRIVATE cli/memoscommand.cpp)
target_sources(crosscut_core PRIVATE cli/wordscommand.cpp cli/wordsrequest.h cli/wordsrequest.cpp)
target_sources(crosscut_core PRIVATE cli/portraitcommand.cpp)
target_sources(crosscut_core PRIVATE cli/frameworkcommand.cpp)
