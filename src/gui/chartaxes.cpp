#include "chartaxes.h"

#include <QValueAxis>

namespace vd::gui {

QValueAxis *countAxis(int largestValue)
{
    const int top = qMax(1, largestValue);
    // The smallest 1-2-5 step that needs at most five intervals.
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        if (top <= 5 * scale) {
            step = scale;
            break;
        }
        if (top <= 10 * scale) {
            step = 2 * scale;
            break;
        }
        if (top <= 25 * scale) {
            step = 5 * scale;
            break;
        }
    }
    const int intervals = (top + step - 1) / step;
    auto *axis = new QValueAxis;
    axis->setRange(0, intervals * step);
    axis->setTickCount(intervals + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace vd::gui
