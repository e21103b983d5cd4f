#include "pdftestfiles.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

namespace crosscut::test {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "crosscut_pdf_tests";
    static char *argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);  // lives for the whole test program
}

namespace {

bool startWriter(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);  // painter units are points
    return true;
}

}  // namespace

bool writeTestPdf(const QString &path, const QList<QList<PdfLine>> &pages)
{
    ensureGuiApplication();
    QPdfWriter writer(path);
    startWriter(writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
        return false;
    }
    QFont latin(QStringLiteral("DejaVu Sans"));
    latin.setPointSizeF(11);
    QFont arabic(QStringLiteral("Noto Naskh Arabic"));
    arabic.setPointSizeF(11);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const PdfLine &line : pages[p]) {
            painter.setFont(line.rtl ? arabic : latin);
            painter.setLayoutDirection(line.rtl ? Qt::RightToLeft : Qt::LeftToRight);
            qreal x = line.x;
            if (line.rtl)
                x -= QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(line.text);
            painter.drawText(QPointF(x, line.baseline), line.text);
        }
    }
    return painter.end();
}

bool writeImageOnlyPdf(const QString &path)
{
    ensureGuiApplication();
    QPdfWriter writer(path);
    startWriter(writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        ADD_FAILURE() << "cannot write " << path.toStdString();
        return false;
    }
    QImage scan(400, 300, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter ink(&scan);
        ink.fillRect(40, 40, 320, 12, Qt::black);  // a "line of text", as pixels
        ink.fillRect(40, 70, 280, 12, Qt::black);
    }
    painter.drawImage(QRectF(72, 72, 400, 300), scan);
    return painter.end();
}

}  // namespace crosscut::test
