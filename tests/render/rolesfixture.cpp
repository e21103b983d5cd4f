#include "rolesfixture.h"

#include "import/documentreader.h"
#include "support/testsupport.h"
#include "text/codepoints.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace crosscut::test {

const char *const kFocusGroupPlhivLines[5] = {
    "ہم اپنی کمیونٹی کے لیے خود فیصلے کرتے ہیں",
    "Our members with HIV run the support groups.",
    "We choose the clinic hours ourselves.",
    "Мы сами решаем, какие услуги нужны сообществу",
    "People living with HIV lead our network.",
};

namespace {

const char *const kKenya =
    "Interviewer: Tell me who runs the clinic for sex workers.\n"
    "Akinyi: Sex workers run the clinic themselves and decide its hours.\n"
    "Interviewer: And who pays for it?\n"
    "Akinyi: The ministry funds the outreach and sets its targets.\n";

QByteArray focusGroup()
{
    const auto line = [](int i) { return QByteArray(kFocusGroupPlhivLines[i]); };
    return "Facilitator: Who decides which services your community gets?\n"
           "Nargis: " + line(0) + "\n"
           "Bakyt: " + line(3) + "\n"
           "Nargis: " + line(1) + "\n"
           "Nargis: " + line(2) + "\n"
           "Bakyt: " + line(4) + "\n"
           "Facilitator: What do the doctors say about peer-led services?\n"
           "Bakyt: Врачи ведут программу.\n";
}

Id code(Project &project, const char *path)
{
    auto id = project.resolveCodePath(QString::fromUtf8(path));
    EXPECT_TRUE(id.ok()) << path << ": " << id.message().toStdString();
    return id.ok() ? *id : 0;
}

// Codes the first occurrence of `phrase` in the document with every code.
void codePhrase(Project &project, Id document, const QString &phrase, const QList<Id> &codes)
{
    const QString text = project.documentText(document);
    const qsizetype at = text.indexOf(phrase);
    ASSERT_GE(at, 0) << phrase.toStdString();
    const qint64 start = crosscut::codePointCount(QStringView(text).left(at));
    const qint64 end = start + crosscut::codePointCount(phrase);
    for (const Id c : codes) {
        auto q = project.applyCode(document, start, end, c);
        EXPECT_TRUE(q.ok()) << q.message().toStdString();
    }
}

}  // namespace

std::unique_ptr<Project> createRolesProject(const QString &path)
{
    auto project = createProject(path, QStringLiteral("intersectional"));
    if (!project)
        return project;
    Project &p = *project;
    const QString dir = QFileInfo(path).absolutePath();
    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(QDir(dir).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    };
    const QString kenyaFile = write(QStringLiteral("kenya-peer.txt"), QByteArray(kKenya));
    const QString groupFile = write(QStringLiteral("regional-focus-group.txt"), focusGroup());
    auto kenya = import::importFiles(p, {kenyaFile}, QStringLiteral("interview"));
    EXPECT_TRUE(kenya.ok()) << kenya.message().toStdString();
    auto group = import::importFiles(p, {groupFile}, QStringLiteral("focus-group"));
    EXPECT_TRUE(group.ok()) << group.message().toStdString();
    if (!kenya || !group)
        return nullptr;
    const Id ke = kenya->first();
    const Id fg = group->first();

    const Id kpLed = code(p, "Leadership/Key population-led");
    const Id providerLed = code(p, "Leadership/Provider-led");
    const Id sexWorkers = code(p, "Population served/Sex workers");
    const Id lgbt = code(p, "Population served/LGBT people");
    const Id plhiv = code(p, "Population served/People living with HIV");

    p.setCurrentCoder(QStringLiteral("leila"));
    // The interviewer's and the facilitator's questions are coded too, as
    // happens: their quotes count, but they are no cases of the evaluation.
    codePhrase(p, ke, QStringLiteral("Tell me who runs the clinic for sex workers."), {kpLed, sexWorkers});
    codePhrase(p, ke, QStringLiteral("And who pays for it?"), {kpLed, sexWorkers});
    codePhrase(p, ke, QStringLiteral("Sex workers run the clinic themselves and decide its hours."), {kpLed, sexWorkers});
    codePhrase(p, ke, QStringLiteral("The ministry funds the outreach and sets its targets."), {providerLed, sexWorkers});
    codePhrase(p, fg, QStringLiteral("Who decides which services your community gets?"), {kpLed, lgbt});
    for (const char *line : kFocusGroupPlhivLines)
        codePhrase(p, fg, QString::fromUtf8(line), {kpLed, plhiv});
    codePhrase(p, fg, QStringLiteral("Врачи ведут программу."), {providerLed, plhiv});
    p.setCurrentCoder(QStringLiteral("tomas"));
    codePhrase(p, ke, QStringLiteral("Sex workers run the clinic themselves and decide its hours."), {kpLed});
    codePhrase(p, ke, QStringLiteral("The ministry funds the outreach and sets its targets."), {providerLed});

    const QList<std::tuple<const char *, const char *, const char *>> people = {
        {"Interviewer", "Interviewer", "Kenya"}, {"Akinyi", "Peer leader", "Kenya"}, {"Facilitator", "facilitator", ""},
        {"Nargis", "Founder", "Pakistan"},       {"Bakyt", "Director", "Kyrgyzstan"}};
    for (const auto &[name, role, country] : people) {
        const auto c = p.findCase(QString::fromLatin1(name));
        EXPECT_TRUE(c.has_value()) << name;
        if (!c)
            return nullptr;
        EXPECT_TRUE(p.setAttribute(AttributeScope::Case, c->id, QStringLiteral("Role"), QString::fromLatin1(role)).ok());
        if (*country) {
            EXPECT_TRUE(p.setAttribute(AttributeScope::Case, c->id, QStringLiteral("Country"), QString::fromLatin1(country)).ok());
        }
    }
    return project;
}

}  // namespace crosscut::test
