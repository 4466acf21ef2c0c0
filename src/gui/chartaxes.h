// Axes for charts of counts (people, units, initiatives): whole numbers only.
#pragma once

class QValueAxis;

namespace vd::gui {

// A value axis from 0 whose ticks fall on whole numbers with a 1-2-5 step and
// at most about six labels, so that small counts never show "0 0 1 1 2".
QValueAxis *countAxis(int largestValue);

} // namespace vd::gui
