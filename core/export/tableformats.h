#pragma once
// Text forms of analysis tables: CSV (RFC 4180), Markdown and JSON. The
// matrix JSON is DESIGN.md's contract:
//   {"unit": "...", "rows": [labels], "cols": [labels], "cells": [[n, ...], ...]}

#include "analysis/matrix.h"
#include "analysis/table.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace crosscut::exporting {

struct TextTableOptions {
    bool utf8Bom = false;  // CSV only: a BOM so that Excel reads UTF-8
    int decimals = 2;      // Percent/Decimal cells; Coefficient uses decimals + 1; Count none
};

// Formats one cell of a table as text (no "%" sign in CSV; Markdown adds it).
QString formatNumber(double value, analysis::NumberFormat format, int decimals = 2);

QByteArray tableToCsv(const analysis::Table &table, const TextTableOptions &options = {});
QString tableToMarkdown(const analysis::Table &table, const TextTableOptions &options = {});
QJsonObject tableToJson(const analysis::Table &table);

// DESIGN.md's matrix JSON (cells are normalised values when normalised),
// with extra keys: "normalize", "rowTitle", "colTitle", "counts",
// "rowTotals", "colTotals", "total".
QJsonObject matrixToJson(const analysis::MatrixResult &matrix);

}  // namespace crosscut::exporting
