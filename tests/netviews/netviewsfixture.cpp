#include "netviewsfixture.h"

#include "network/ties.h"
#include "project/project.h"

#include <gtest/gtest.h>

namespace crosscut::test {

NetViewsProject::NetViewsProject(bool withTies)
{
    project = createProject(path, QStringLiteral("intersectional"));
    const QList<std::tuple<const char *, const char *, const char *>> orgs = {
        {"Alma Sex Workers", "SW", "Local"},          {"Bishkek Harm Reduction", "PWUD", "Alliance member"},
        {"Jakarta Outreach", "", "Local"},            {"Kyiv Pride", "LGBT", "Local"},
        {"Nairobi Sisters", "SW", "Alliance member"}, {"Osh Recovery", "PWUD", "Local"},
        {"Positive Women Tbilisi", "PLHIV", "Global"}};
    for (const auto &[name, pop, type] : orgs) {
        const auto id = project->addCase(QString::fromUtf8(name));
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        cases.insert(QString::fromUtf8(name), *id);
        if (*pop) {
            EXPECT_TRUE(project->setAttribute(AttributeScope::Case, *id, QStringLiteral("Population served"), QString::fromUtf8(pop)).ok());
        }
        EXPECT_TRUE(project->setAttribute(AttributeScope::Case, *id, QStringLiteral("Organisation type"), QString::fromUtf8(type)).ok());
    }
    if (withTies) {
        QList<network::TieInput> ties;
        auto tie = [&ties](const char *a, const char *b, const char *wave) {
            ties.append(network::TieInput{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(wave), QString(), 0});
        };
        tie("Alma Sex Workers", "Nairobi Sisters", "baseline");
        tie("Alma Sex Workers", "Bishkek Harm Reduction", "baseline");
        tie("Bishkek Harm Reduction", "Osh Recovery", "baseline");
        tie("Kyiv Pride", "Jakarta Outreach", "baseline");
        tie("Alma Sex Workers", "Nairobi Sisters", "endline");
        tie("Alma Sex Workers", "Kyiv Pride", "endline");
        tie("Bishkek Harm Reduction", "Kyiv Pride", "endline");
        tie("Osh Recovery", "Positive Women Tbilisi", "endline");
        tie("Nairobi Sisters", "Bishkek Harm Reduction", "endline");
        tie("Kyiv Pride", "Jakarta Outreach", "endline");
        const auto added = network::addTies(*project, ties, QStringLiteral("fixture"));
        EXPECT_TRUE(added.ok()) << added.message().toStdString();
    }
    NewDocument doc;
    doc.name = QStringLiteral("interview-kyiv");
    doc.text = QStringLiteral("Мы 🙂 работаем вместе. Joint advocacy works. Funding is short.");
    interview = project->addDocument(doc).value();
    EXPECT_TRUE(project->addDocumentToCase(interview, cases.value(QStringLiteral("Kyiv Pride"))).ok());
    project->setCurrentCoder(QStringLiteral("amina"));
    const auto code = project->resolveCodePath(QStringLiteral("Leadership/Key population-led"));
    EXPECT_TRUE(code.ok()) << code.message().toStdString();
    quote = project->applyCode(interview, quoteStart, quoteEnd, *code).value();
}

}  // namespace crosscut::test
