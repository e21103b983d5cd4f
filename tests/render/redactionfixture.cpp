#include "redactionfixture.h"

#include "support/testsupport.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

namespace crosscut::test {

namespace {

const char *const kAigul = "Айгуль";
const char *const kLine1 = "Айгуль: Здравствуйте, Ravi. Расскажите о работе.";
const char *const kLine2 = "Ravi: Айгуль, we run the outreach ourselves.";
const char *const kLine3 = "Айгуль: Спасибо! Мой номер PHONE-MARKER-7731.";

qint64 cps(const QString &s) { return s.toUcs4().size(); }

}  // namespace

QStringList redactionSecrets()
{
    return {QString::fromUtf8(kAigul), QStringLiteral("Ravi"), QStringLiteral("PHONE-MARKER-7731"), QStringLiteral("+996555019977")};
}

QStringList redactedQuoteTexts()
{
    return {QStringLiteral("Здравствуйте, Participant 1. Расскажите о работе."),
            QStringLiteral("Interviewer 1, we run the outreach ourselves."),
            // The quote starts inside "Ravi" and ends inside "Айгуль": it widens to both labels.
            QStringLiteral("Participant 1: Interviewer 1")};
}

std::unique_ptr<Project> createRedactionProject(const QString &path, bool identifying)
{
    auto project = createProject(path, QStringLiteral("intersectional"));
    if (!project)
        return project;
    Project &p = *project;
    const QString line1 = QString::fromUtf8(kLine1), line2 = QString::fromUtf8(kLine2), line3 = QString::fromUtf8(kLine3);
    const QString text = line1 + QLatin1Char('\n') + line2 + QLatin1Char('\n') + line3 + QLatin1Char('\n');
    const qint64 s2 = cps(line1) + 1, s3 = s2 + cps(line2) + 1;
    NewDocument doc;
    doc.name = QStringLiteral("interview-Ravi");
    doc.text = text;
    doc.turns = {{0, cps(line1), QString::fromUtf8(kAigul), {}, {}},
                 {s2, s2 + cps(line2), QStringLiteral("Ravi"), {}, {}},
                 {s3, s3 + cps(line3), QString::fromUtf8(kAigul), {}, {}}};
    auto d = p.addDocument(doc);
    EXPECT_TRUE(d.ok()) << d.message().toStdString();
    if (!d.ok())
        return nullptr;
    const auto aigul = p.findCase(QString::fromUtf8(kAigul));
    const auto ravi = p.findCase(QStringLiteral("Ravi"));
    EXPECT_TRUE(aigul && ravi);
    if (!aigul || !ravi)
        return nullptr;
    auto set = [&p](Id c, const char *attribute, const QString &value) {
        Status s = p.setAttribute(AttributeScope::Case, c, QString::fromLatin1(attribute), value);
        EXPECT_TRUE(s.ok()) << s.message().toStdString();
    };
    set(aigul->id, "Role", QStringLiteral("Interviewer"));
    set(aigul->id, "Phone", QStringLiteral("PHONE-MARKER-7731"));
    set(ravi->id, "Phone", QStringLiteral("+996555019977"));
    set(aigul->id, "Country", QStringLiteral("Kyrgyzstan"));
    set(ravi->id, "Country", QStringLiteral("Kyrgyzstan"));
    if (identifying) {
        for (const Attribute &a : p.attributes()) {
            if (a.name == QLatin1String("Phone")) {
                EXPECT_TRUE(p.setAttributeIdentifying(a.id, true).ok());
            }
        }
    }

    auto code = [&p](const char *path) {
        auto id = p.resolveCodePath(QString::fromUtf8(path));
        EXPECT_TRUE(id.ok()) << path;
        return id.ok() ? *id : 0;
    };
    const Id kpLed = code("Leadership/Key population-led"), providerLed = code("Leadership/Provider-led"),
             sexWorkers = code("Population served/Sex workers");
    p.setCurrentCoder(QStringLiteral("amina"));
    const qint64 q1 = cps(QString::fromUtf8(kAigul) + QStringLiteral(": "));
    const qint64 q2 = s2 + cps(QStringLiteral("Ravi: "));
    for (const auto &[start, end, c] : {std::tuple{q1, cps(line1), providerLed}, std::tuple{q1, cps(line1), sexWorkers},
                                        std::tuple{q2, s2 + cps(line2), kpLed}, std::tuple{q2, s2 + cps(line2), sexWorkers},
                                        std::tuple{s2 + 2, s2 + 9, kpLed}}) {
        auto q = p.applyCode(*d, start, end, c);
        EXPECT_TRUE(q.ok()) << q.message().toStdString();
    }
    EXPECT_TRUE(p.addMemo(MemoTarget::Project, std::nullopt, QStringLiteral("Ravi follow-up"), QStringLiteral("Call Ravi back.")).ok());
    return project;
}

QByteArray exportedBytes(const QString &path)
{
    QByteArray all = readAll(path);
    if (!all.startsWith("PK"))
        return all;
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << path.toStdString();
    const QStringList names = zip.getFileNameList();
    EXPECT_FALSE(names.isEmpty());
    for (const QString &name : names) {
        EXPECT_TRUE(zip.setCurrentFile(name));
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        all += file.readAll();
        file.close();
    }
    return all;
}

QString leakedSecret(const QByteArray &bytes)
{
    for (const QString &secret : redactionSecrets()) {
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);  // little-endian host
        if (bytes.contains(secret.toUtf8()) || bytes.contains(utf16))
            return secret;
    }
    return {};
}

}  // namespace crosscut::test
