#include "liveguisupport.h"

#include "settings/uilanguage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTest>

#include <gtest/gtest.h>

namespace crosscut::test {

namespace {
int argc = 1;
char arg0[] = "crosscut_live_gui_tests";
char *argv[] = {arg0, nullptr};
}  // namespace

void ensureApp()
{
    static QApplication *instance = new QApplication(argc, argv);
    (void)instance;
    // CROSSCUT_UI_LANGUAGE=ur (render.sh): the screenshots in that language,
    // mirrored for Urdu.
    static crosscut::ui::LanguageInstaller language;
    static const bool installed = [] {
        const QString code = qEnvironmentVariable("CROSSCUT_UI_LANGUAGE");
        if (!code.isEmpty())
            language.install(code);
        return true;
    }();
    (void)installed;
}

void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, unit);
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, unit);
        QApplication::sendEvent(widget, &release);
    }
}

QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    EXPECT_NE(w, nullptr) << "no widget has keyboard focus";
    return w;
}

void typeIntoFocus(const QString &text)
{
    // Focus may move while typing (it must not): look it up per key.
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        if (QWidget *w = focused())
            typeText(w, unit);
    }
}

void pressInFocus(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    if (QWidget *w = focused())
        QTest::keyClick(w, key, modifiers);
}

}  // namespace crosscut::test
