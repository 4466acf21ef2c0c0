// Helpers for the GUI tests: typing (also Vietnamese) and finding widgets.
#pragma once

#include <catch2/catch.hpp>

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace vd::test {

// Types text into a widget one character at a time. QTest::keyClicks only
// handles ASCII, so every character is sent as a key event carrying its text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w != nullptr);
    return w;
}

} // namespace vd::test
