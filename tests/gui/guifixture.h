// The real main window on a fresh database, with scripted dialogs and a fixed "today".
#pragma once

#include <catch2/catch.hpp>

#include "mainwindow.h"
#include "scripteddialogs.h"
#include "session.h"
#include "testsupport.h"

#include <memory>

namespace vd::test {

struct GuiFixture
{
    TempDir dir;
    QString path = dir.file(QStringLiteral("gui.sqlite"));
    ScriptedDialogs dialogs;
    std::unique_ptr<gui::MainWindow> window;

    // Call after inserting the data the test needs.
    gui::MainWindow &open()
    {
        window = std::make_unique<gui::MainWindow>(openDatabase(path));
        window->session().setToday(QDate(2024, 7, 10));
        REQUIRE(window->session().reload().ok());
        window->show();
        return *window;
    }
    Database &db() { return window->session().database(); }
};

} // namespace vd::test
