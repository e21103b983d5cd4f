#pragma once
// A small project for the portrait tests, built with core's operations into
// a real project file; its expected portraits are worked out by hand in
// portraitfixture.cpp's comment.

#include "project/project.h"
#include "support/testsupport.h"

#include <memory>

namespace crosscut::test {

struct PortraitFixture {
    TempDir dir;
    QString path;
    std::unique_ptr<Project> project;
    Id one = 0, two = 0;          // documents
    Id a = 0, b = 0, c = 0;       // codes
    Id q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0;  // quotes

    PortraitFixture();
};

}  // namespace crosscut::test
