#pragma once
// A small project full of things a redacted export must not leak: speakers
// "Айгуль" (Role = Interviewer) and "Ravi", their names inside the text and a
// document name, an identifying "Phone" with marker values, and a
// non-identifying "Country".

#include "project/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace crosscut::test {

// Every string no redacted export may contain.
QStringList redactionSecrets();
// The role labels a redacted export shows instead.
inline const QString kInterviewerLabel = QStringLiteral("Interviewer 1");
inline const QString kParticipantLabel = QStringLiteral("Participant 1");
// Quote texts as a redacted export must show them (the names replaced).
QStringList redactedQuoteTexts();

// With identifying = false the Phone attribute is left unmarked.
std::unique_ptr<Project> createRedactionProject(const QString &path, bool identifying = true);

// Every byte of a file and, for a zip (XLSX, ODT, QDPX), of every entry.
QByteArray exportedBytes(const QString &path);
// The secret found in `bytes` as UTF-8 or UTF-16LE, or an empty string.
QString leakedSecret(const QByteArray &bytes);

}  // namespace crosscut::test
