#pragma once
// The evaluation report's content as blocks (reportblocks.h), built once
// from ReportData and written by each format's writer. Each section is a
// function of its own so that it can be tested alone; buildReportDocument
// numbers the sections, leaves out those ReportData::leftOut names and puts
// the table of contents after the title page.

#include "render/reportblocks.h"
#include "render/reportdata.h"

namespace crosscut::render {

// The whole report: title page fields, contents, then the sections in order
// (summary, methods, matrices, charts, quotes, profiles, network, agreement,
// framework, codebook, appendix).
ReportDocument buildReportDocument(const ReportData &data);

// Front matter (reportfrontmatter.cpp): the summary page (data.summary as
// sentences, with the key figures) and the methods page (data.methods, the
// agreement summary when there is one).
QList<ReportBlock> summaryBlocks(const ReportData &data);
QList<ReportBlock> methodsBlocks(const ReportData &data);

// Positional profiles drawn (reportprofiles.cpp): per case a dot plot of its
// quotes' positions on each bipolar dimension, the case × dimension grid of
// the values spoken from, the hat shifts listed briefly.
QList<ReportBlock> profileBlocks(const ReportData &data);
// The long text tables of the profiles, for the appendix.
QList<ReportBlock> profileAppendixBlocks(const ReportData &data);

}  // namespace crosscut::render
