#include "interoptestsupport.h"

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QDir>
#include <QProcess>
#include <QXmlStreamReader>

namespace crosscut::test {

QString refiSamplesDir()
{
    const QString shared = sharedDir();
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/refi-qda/samples");
}

QString refiSchemaDir()
{
    const QString shared = sharedDir();
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/refi-qda/schema");
}

QByteArray unzipMember(const QString &archive, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    EXPECT_TRUE(p.waitForFinished(60000));
    return p.readAllStandardOutput();
}

QStringList zipMembers(const QString &archive)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), archive});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void writeRawZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdCreate));
    for (const auto &[name, content] : entries) {
        QuaZipFile out(&zip);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        out.write(content);
        out.close();
    }
    zip.close();
}

QString xmllintErrors(const QString &xmlFile, const QString &schema)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, xmlFile});
    if (!p.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    const QString out = QString::fromUtf8(p.readAll());
    return p.exitCode() == 0 ? QString() : out;
}

QdeCounts countQde(const QByteArray &xml)
{
    QdeCounts c;
    QXmlStreamReader r(xml);
    QStringList stack;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            const QString parent = stack.value(stack.size() - 1);
            const QString grandparent = stack.value(stack.size() - 2);
            if (name == QLatin1String("Code") && (parent == QLatin1String("Codes") || parent == QLatin1String("Code")))
                ++c.codes;
            else if (name == QLatin1String("TextSource") && parent == QLatin1String("Sources"))
                ++c.textSources;
            else if (name == QLatin1String("PlainTextSelection") && parent == QLatin1String("TextSource"))
                ++c.textSelections;
            else if (name == QLatin1String("Coding") && parent == QLatin1String("PlainTextSelection") &&
                     grandparent == QLatin1String("TextSource"))
                ++c.textCodings;
            else if (name == QLatin1String("User"))
                ++c.users;
            else if (name == QLatin1String("Set"))
                ++c.sets;
            else if (name == QLatin1String("Note"))
                ++c.notes;
            stack.append(name);
        } else if (r.isEndElement()) {
            stack.removeLast();
        }
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return c;
}

}  // namespace crosscut::test
