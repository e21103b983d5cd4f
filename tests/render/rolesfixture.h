#pragma once
// A project whose transcripts have an interviewer and a focus-group
// facilitator among their speakers, imported from real transcript files (one
// case per speaker), for the report's roles, quotes and methods tests:
//   kenya-peer (interview): Interviewer and Akinyi;
//   regional-focus-group (focus group): Facilitator, Nargis (Urdu and
//   English) and Bakyt (Russian and English).
// Cases carry Role; Country is set for Akinyi (Kenya), the Interviewer
// (Kenya too, so that leaving him out changes a real group), Nargis
// (Pakistan) and Bakyt (Kyrgyzstan); the Facilitator has none. Coded by
// leila (everything) and tomas (the Kenyan interview again), so there is
// agreement to report.

#include "project/project.h"

#include <QString>

#include <memory>

namespace crosscut::test {

// Creates the project at `path`, writing its transcripts beside it.
std::unique_ptr<Project> createRolesProject(const QString &path);

// The lines of the focus group coded Key population-led × People living
// with HIV, in text order: three by Nargis, then two by Bakyt.
extern const char *const kFocusGroupPlhivLines[5];

}  // namespace crosscut::test
