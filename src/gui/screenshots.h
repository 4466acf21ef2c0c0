// Developer switch --screenshot DIR: saves the main pages and the editor as PNG
// (QWidget::grab) at 1366×768, for docs/screenshots.
#pragma once

#include <QString>

namespace vd::gui {

class MainWindow;

bool saveScreenshots(MainWindow &window, const QString &dir);

} // namespace vd::gui
