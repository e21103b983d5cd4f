#include "reportfixture.h"

#include "support/testsupport.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

namespace crosscut::test {

const char *const kUrduQuote = "ہم اپنی کمیونٹی کے لیے خود فیصلے کرتے ہیں";
const char *const kRussianQuote = "Мы сами решаем, какие услуги нужны сообществу";
const char *const kNepaliQuote = "हामी आफ्नो समुदायको लागि आफैं निर्णय गर्छौं";

namespace {

Id code(Project &project, const char *path)
{
    auto id = project.resolveCodePath(QString::fromUtf8(path));
    EXPECT_TRUE(id.ok()) << path << ": " << id.message().toStdString();
    return id.ok() ? *id : 0;
}

// Adds a document made of `quote` and a second sentence; codes the quote.
Id addInterview(Project &project, const QString &name, const QString &quote, const QString &tail)
{
    const QString text = quote + QStringLiteral("\n") + tail;
    auto doc = project.addDocument({name, QStringLiteral("interview"), text, {}, {}});
    EXPECT_TRUE(doc.ok()) << doc.message().toStdString();
    return doc.ok() ? *doc : 0;
}

}  // namespace

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "crosscut_render_tests";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

std::unique_ptr<Project> createReportProject(const QString &path)
{
    auto project = createProject(path, QStringLiteral("intersectional"));
    if (!project)
        return project;
    Project &p = *project;
    const QString urdu = QString::fromUtf8(kUrduQuote);
    const QString russian = QString::fromUtf8(kRussianQuote);
    const QString nepali = QString::fromUtf8(kNepaliQuote);
    const QString english = QStringLiteral("Sex workers run the clinic themselves and decide its hours.");
    const Id pk = addInterview(p, QStringLiteral("pakistan-khwaja-sira"), urdu, QStringLiteral("Second line."));
    const Id kg = addInterview(p, QStringLiteral("kyrgyzstan-aids-centre"), russian, QStringLiteral("Врачи ведут программу."));
    const Id np = addInterview(p, QStringLiteral("nepal-lgbt"), nepali, QStringLiteral("दोस्रो वाक्य।"));
    const Id ke = addInterview(p, QStringLiteral("kenya-collective"), english, QStringLiteral("The ministry funds the outreach."));

    const Id kpLed = code(p, "Leadership/Key population-led");
    const Id providerLed = code(p, "Leadership/Provider-led");
    const Id sexWorkers = code(p, "Population served/Sex workers");
    const Id lgbt = code(p, "Population served/LGBT people");
    const Id plhiv = code(p, "Population served/People living with HIV");

    auto apply = [&p](Id doc, qint64 start, qint64 end, Id c) {
        auto q = p.applyCode(doc, start, end, c);
        EXPECT_TRUE(q.ok()) << q.message().toStdString();
    };
    const qint64 urduLen = urdu.toUcs4().size();
    const qint64 russianLen = russian.toUcs4().size();
    const qint64 nepaliLen = nepali.toUcs4().size();
    const qint64 englishLen = english.size();
    p.setCurrentCoder(QStringLiteral("amina"));
    apply(pk, 0, urduLen, kpLed);
    apply(pk, 0, urduLen, lgbt);
    apply(np, 0, nepaliLen, kpLed);
    apply(np, 0, nepaliLen, lgbt);
    apply(ke, 0, englishLen, kpLed);
    apply(ke, 0, englishLen, sexWorkers);
    p.setCurrentCoder(QStringLiteral("oleg"));
    apply(kg, 0, russianLen, kpLed);
    apply(kg, 0, russianLen, plhiv);
    // Kyrgyzstan's second sentence speaks from the provider side: a hat shift.
    apply(kg, russianLen + 1, russianLen + 1 + 22, providerLed);
    apply(kg, russianLen + 1, russianLen + 1 + 22, plhiv);
    // Kenya's second sentence too.
    apply(ke, englishLen + 1, englishLen + 1 + 32, providerLed);
    apply(ke, englishLen + 1, englishLen + 1 + 32, sexWorkers);

    const QList<QPair<Id, QString>> cases = {{pk, QStringLiteral("Pakistan")}, {kg, QStringLiteral("Kyrgyzstan")},
                                             {np, QStringLiteral("Nepal")}, {ke, QStringLiteral("Kenya")}};
    for (const auto &[doc, country] : cases) {
        auto c = p.addCase(country + QStringLiteral(" organisation"));
        EXPECT_TRUE(c.ok()) << c.message().toStdString();
        EXPECT_TRUE(p.addDocumentToCase(doc, *c).ok());
        const QString region = country == QLatin1String("Kenya") ? QStringLiteral("Africa") : QStringLiteral("Asia");
        EXPECT_TRUE(p.setAttribute(AttributeScope::Case, *c, QStringLiteral("Region"), region).ok());
    }
    return project;
}

}  // namespace crosscut::test
