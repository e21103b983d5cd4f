// PDF import speed target: the text layer of a 300-page PDF imported in
// under 5 s. Writes a 300-page report with QPdfWriter once (cached under
// /tmp: a header and a footer on every page, 46 lines of body text in
// paragraphs, hyphenated line ends, a Cyrillic paragraph per page), then times
// readDocument (poppler + layout) and importFiles (read + store) on it and
// prints the figures. Run from a Release build (cmake --preset bench):
//   build/bench/tests/benchmarks/crosscut_pdf_benchmark
// The same file through the CLI:
//   time build/bench/app/crosscut-cli import P.crosscut /tmp/crosscut-bench-300-pages.pdf
#include "import/documentreader.h"
#include "pdf/pdfreader.h"
#include "project/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace crosscut;

namespace {

constexpr int kPages = 300;

bool writeBenchmarkPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    painter.setFont(font);
    const QStringList latin = {
        QStringLiteral("The outreach workers met the community leaders in the district"),
        QStringLiteral("office and discussed the referral network for harm reduction"),
        QStringLiteral("services, the clinic hours and the cooperation with the coun-"),
        QStringLiteral("ty programme, which the partners described as steady although"),
        QStringLiteral("the peer-led groups said the funding arrived late every quarter."),
    };
    const QString cyrillic = QStringLiteral("Мы работали вместе с сообществом и обсуждали доступ к услугам.");
    for (int p = 0; p < kPages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawText(QPointF(72, 40), QStringLiteral("Programme review 2026 \u2014 confidential draft"));
        painter.drawText(QPointF(270, 815), QStringLiteral("Page %1 of %2").arg(p + 1).arg(kPages));
        qreal y = 80;
        for (int line = 0; line < 46; ++line) {
            if (line % 6 == 5) {
                painter.drawText(QPointF(72, y), line % 12 == 11 ? cyrillic : QStringLiteral("County %1 said so.").arg(line));
                y += 22;  // a paragraph gap
                continue;
            }
            painter.drawText(QPointF(72, y), latin[(line + p) % latin.size()]);
            y += 14;
        }
    }
    return painter.end();
}

}  // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    pdf::installPdfReader();
    const QString path = QDir::temp().filePath(QStringLiteral("crosscut-bench-300-pages.pdf"));
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!writeBenchmarkPdf(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("wrote %s (%d pages) in %lld ms\n", qPrintable(path), kPages, static_cast<long long>(t.elapsed()));
    }
    std::printf("%s: %lld bytes\n", qPrintable(path), static_cast<long long>(QFileInfo(path).size()));

    QList<qint64> reads;
    qsizetype length = 0, turns = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        auto doc = import::readDocument(path);
        reads.append(t.elapsed());
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.message()));
            return 1;
        }
        length = doc->text.size();
        turns = doc->turns.size();
    }
    std::sort(reads.begin(), reads.end());
    std::printf("readDocument (poppler + layout): median %lld ms of 3 runs; %lld UTF-16 units, %lld page turns\n",
                static_cast<long long>(reads[1]), static_cast<long long>(length), static_cast<long long>(turns));

    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("bench.crosscut")));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.message()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto ids = import::importFiles(**project, {path});
    const qint64 import = t.elapsed();
    if (!ids) {
        std::fprintf(stderr, "%s\n", qPrintable(ids.message()));
        return 1;
    }
    std::printf("importFiles (read + store): %lld ms (target < 5000 ms)\n", static_cast<long long>(import));
    return import < 5000 ? 0 : 2;
}
