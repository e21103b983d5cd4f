#pragma once
// Whose codings the views show (View → Coders): every coder's, only the
// current coder's, one chosen coder's, or every coder's side by side in a
// colour per coder (comparison). A blind coder copy (team::blindCoder)
// shows only the coder it was made for, whatever the choice. The choice is
// remembered per project file. The document view, the codebook counts and
// quote retrieval read it; it reads coders through Project, never SQL.

#include "model/entities.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace crosscut {
class Project;
struct ChangeList;
}

namespace crosscut::ui {

enum class CoderView { All, Mine, One, Compare };

class CoderFilter : public QObject {
    Q_OBJECT
public:
    // Restores the choice remembered for the project's file.
    CoderFilter(Project *project, QObject *parent);

    CoderView view() const { return m_view; }
    // The coder chosen for CoderView::One (a name of the project's coders).
    QString chosenCoder() const { return m_chosen; }
    // Chooses (and remembers) what is shown; `coder` names the coder of One.
    void setView(CoderView view, const QString &coder = {});

    // The coder a blind copy is for; then nothing else can be chosen.
    std::optional<QString> blindCoder() const { return m_blind; }

    // What applies: the one coder whose codings are shown (the blind coder,
    // mine or the chosen one); nullopt shows every coder's.
    std::optional<QString> shownCoder() const;
    // Its id; kNoCoder while that coder has no row yet (nothing to show).
    std::optional<Id> shownCoderId() const;
    static constexpr Id kNoCoder = -1;
    bool accepts(Id coder) const;
    // Comparison mode in effect (never in a blind copy).
    bool comparing() const { return m_view == CoderView::Compare && !m_blind; }

    // The project's coders, oldest first, and a colour each that stays the
    // same as coders are added.
    const QList<Coder> &coders() const { return m_coders; }
    QColor colorOf(Id coder) const;
    QString nameOf(Id coder) const;
    static QList<QColor> palette();

    // The current coder changed (Only mine follows it).
    void currentCoderChanged();

Q_SIGNALS:
    // What is shown changed: views re-read their codings.
    void changed();
    // Coders were added or renamed (the menu lists them).
    void codersChanged();

private:
    void onProjectChanged(const ChangeList &changes);
    void loadCoders();
    void save() const;
    void restore();
    QString settingsKey() const;

    Project *m_project;
    CoderView m_view = CoderView::All;
    QString m_chosen;
    std::optional<QString> m_blind;
    QList<Coder> m_coders;
};

QString coderViewName(CoderView view);  // "all", "mine", "one", "compare"
std::optional<CoderView> coderViewFromName(const QString &name);

}  // namespace crosscut::ui
