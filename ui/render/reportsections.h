#pragma once
// The report's sections as blocks (internal to render/): each returns its
// section's body; buildReportDocument (reportcontent.cpp) adds the numbered
// heading and leaves out the sections ReportData::leftOut names.

#include "render/reportblocks.h"
#include "render/reportdata.h"

#include <QCoreApplication>

namespace crosscut::render {

// The report's headings and table labels in the interface language: the GUI
// installs translators, crosscut-cli does not (its reports stay English).
// Called as Report::tr so that lupdate files the strings under this context.
struct Report {
    static QString tr(const char *s) { return QCoreApplication::translate("crosscut::render::Report", s); }
};

// Cells and tables.
QString formatCell(double value, analysis::NumberFormat format);
ReportCell textCell(const QString &text, bool bold = false);
ReportCell numberCell(const QString &text, bool bold = false);
ReportRun run(const QString &text, bool bold = false, bool italic = false, const QColor &color = {});
ReportTable tableWithHeader(const QStringList &header);
// A table of an analysis table: row labels in bold, the cells right-aligned,
// undefined cells (no denominator) as "—".
ReportTable analysisTable(const analysis::Table &table);
ReportHeading subheading(const QString &text, int level = 2);

// reportmatrixblocks.cpp
QList<ReportBlock> matrixBlocks(const ReportData &data);
QList<ReportBlock> chartBlocks(const ReportData &data);
QList<ReportBlock> quoteBlocks(const ReportData &data);
// reportnetworkblocks.cpp
QList<ReportBlock> networkBlocks(const NetworkReport &network);
// reportcodingblocks.cpp
QList<ReportBlock> agreementBlocks(const team::AgreementSummary &agreement);
QList<ReportBlock> frameworkBlocks(const analysis::FrameworkResult &framework);
QList<ReportBlock> codebookBlocks(const ReportData &data);

}  // namespace crosscut::render
