#pragma once
// A small multilingual project for report and chart tests: four interviews in
// English, Russian (Cyrillic), Nepali (Devanagari) and Urdu (right to left),
// coded along Leadership × Population served by two coders, with cases that
// carry a Country attribute.

#include "project/project.h"

#include <QString>

#include <memory>

namespace crosscut::test {

// The Urdu, Russian and Nepali quotes, as stored.
extern const char *const kUrduQuote;
extern const char *const kRussianQuote;
extern const char *const kNepaliQuote;

// The QGuiApplication that fonts and painting need (offscreen), made once.
void ensureGuiApplication();

// Creates the project at `path` (intersectional template).
std::unique_ptr<Project> createReportProject(const QString &path);

}  // namespace crosscut::test
