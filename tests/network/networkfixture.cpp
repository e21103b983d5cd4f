#include "networkfixture.h"

#include <gtest/gtest.h>

namespace crosscut::test {

QByteArray fixtureTieCsv()
{
    return QByteArray("\xEF\xBB\xBF"
                      "from,to,wave\r\n"
                      "A,B,2019\r\n"
                      "B,A,2019\r\n"
                      "A,C,2019\r\n"
                      "\"A\",D,2019\r\n"
                      "C,D,2019\r\n"
                      "D,F,2019\r\n"
                      "E,F,2019\r\n"
                      "A,B,2022\r\n"
                      "A,B,2022\r\n"
                      "A,E,2022\r\n"
                      "C,E,2022\r\n"
                      "F,A,2022\r\n");
}

NetworkProject::NetworkProject()
{
    auto p = createProject(path);
    const QList<std::pair<const char *, const char *>> cases = {
        {"A", "SW"}, {"B", "SW"}, {"C", "PWUD"}, {"D", "PWUD"}, {"E", "LGBT"}, {"F", ""}, {"G", "SW"}, {"H", ""}};
    for (const auto &[name, pop] : cases) {
        auto id = p->addCase(QString::fromLatin1(name));
        EXPECT_TRUE(id.ok()) << id.message().toStdString();
        if (*pop) {
            EXPECT_TRUE(p->setAttribute(AttributeScope::Case, *id, QStringLiteral("pop"), QString::fromLatin1(pop)).ok());
        }
        if (QLatin1String(name) == QLatin1String("F")) {
            EXPECT_TRUE(p->setAttribute(AttributeScope::Case, *id, QStringLiteral("country"), QStringLiteral("Kenya")).ok());
        }
    }
    tiesCsv = dir.writeFile(QStringLiteral("ties.csv"), fixtureTieCsv());
}

}  // namespace crosscut::test
