#pragma once
// The Portrait tab (issue #19, item 2): the current document at a glance — a
// strip of its length with each coded segment in its code's colour, and a
// codeline per code — or, in "All documents" mode, every document's strip
// side by side (small multiples). Click a segment or span to open the
// document there; hover one for its code and text.
//
// Signals for the workbench:
//   openQuoteRequested(document, start, end)  code points of the segment or
//                                             span clicked; MainWindow opens
//                                             the document and selects it.
// The panel recomputes (core's computePortraits, one pass over a snapshot)
// on Project::changed when codings, quotes, codes or documents changed.

#include "analysis/portrait.h"
#include "widgets/deferredrefresh.h"

#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::render {
struct PortraitHit;
}

namespace crosscut::ui {

class PortraitView;

class PortraitPanel : public DeferredPanel {
    Q_OBJECT
public:
    explicit PortraitPanel(crosscut::Project *project, QWidget *parent = nullptr);

    enum class Mode { Document, AllDocuments };
    void setMode(Mode mode);
    Mode mode() const;

    PortraitView *view() const { return m_view; }
    QComboBox *modeBox() const { return m_mode; }
    const analysis::PortraitResult &result() const { return m_result; }
    std::optional<Id> document() const { return m_document; }
    // What hovering a segment or span shows: its code and text.
    QString tooltipFor(const render::PortraitHit &hit) const;

public Q_SLOTS:
    void setDocument(crosscut::Id document);
    void recompute();

Q_SIGNALS:
    void openQuoteRequested(crosscut::Id document, qint64 start, qint64 end);

protected:
    void refreshStale() override;

private:
    void onChanged(const crosscut::ChangeList &changes);
    void display();

    Project *m_project;
    QComboBox *m_mode;
    QLabel *m_status;
    QScrollArea *m_scroll;
    PortraitView *m_view;
    analysis::PortraitResult m_result;
    std::optional<Id> m_document;
};

}  // namespace crosscut::ui
