// Walking the windows of the program for the keyboard and accessibility tests
// (issue 16): every page of every stacked widget and tab widget in turn, the
// widgets Tab reaches, the mnemonics and shortcuts active in one scope.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include <functional>

namespace vd::test {

// A readable name for a widget or action in failure messages.
inline QString describe(const QObject *o)
{
    if (!o)
        return QStringLiteral("(none)");
    const QString name = o->objectName().isEmpty() ? QStringLiteral("?") : o->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(o->metaObject()->className()));
}

// Shows the page holding `w` in every stacked widget and tab widget above it.
inline void reveal(QWidget *w)
{
    for (QWidget *child = w; child && !child->isWindow(); child = child->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(child->parentWidget());
        if (!stack)
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(child);
        else
            stack->setCurrentWidget(child);
    }
    QCoreApplication::processEvents();
}

// Calls f once per page of every stacked widget (tab widgets included) of the
// window, with that page shown, and once more with the window as it was.
inline void forEachPage(QWidget *window, const std::function<void(const QString &where, QWidget *page)> &f)
{
    f(QStringLiteral("%1 as opened").arg(describe(window)), window);
    const QList<QStackedWidget *> stacks = window->findChildren<QStackedWidget *>();
    for (QStackedWidget *stack : stacks) {
        const int was = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            QWidget *page = stack->widget(i);
            reveal(page);
            f(QStringLiteral("%1, page %2").arg(describe(window), describe(page)), page);
        }
        if (was >= 0)
            reveal(stack->widget(was));
    }
}

// The character after a single '&' in a text, upper-cased; null when none.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Duplicate Alt+letter mnemonics among what is visible in the window now: the
// menu bar's menus, buttons, labels with a buddy, group boxes and tabs; and
// within each menu of the menu bar, its items.
inline QStringList duplicateMnemonics(QWidget *window)
{
    QStringList problems;
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text, const QString &who) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            owners[m].append(QStringLiteral("%1 “%2”").arg(who, text));
    };
    const auto inWindow = [window](QWidget *w) {
        return w->window() == window && w->isVisible();
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!inWindow(bar))
            continue;
        for (QAction *a : bar->actions()) {
            if (a->isVisible())
                note(a->text(), describe(a->menu() ? static_cast<QObject *>(a->menu()) : a));
        }
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (inWindow(b))
            note(b->text(), describe(b));
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (inWindow(l) && l->buddy())
            note(l->text(), describe(l));
    }
    for (QGroupBox *g : window->findChildren<QGroupBox *>()) {
        if (inWindow(g))
            note(g->title(), describe(g));
    }
    for (QTabBar *t : window->findChildren<QTabBar *>()) {
        if (!inWindow(t))
            continue;
        for (int i = 0; i < t->count(); ++i)
            note(t->tabText(i), describe(t));
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() > 1)
            problems.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(", "))));
    }
    // The items of each menu reached from the menu bar.
    QList<QMenu *> menus;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->menu())
                menus.append(a->menu());
        }
    }
    for (qsizetype i = 0; i < menus.size(); ++i) {
        QMap<QChar, QStringList> items;
        for (QAction *a : menus.at(i)->actions()) {
            if (a->menu())
                menus.append(a->menu());
            const QChar m = mnemonicOf(a->text());
            if (!m.isNull() && a->isVisible())
                items[m].append(QStringLiteral("%1 “%2”").arg(describe(a), a->text()));
        }
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (it->size() > 1)
                problems.append(QStringLiteral("menu %1, Alt+%2: %3")
                                    .arg(describe(menus.at(i)), it.key(), it->join(QStringLiteral(", "))));
        }
    }
    return problems;
}

namespace detail {

// One key sequence of a QAction or QShortcut, and where it is active: the
// whole window, or while the focus is on (or, with children, in) an anchor.
struct ShortcutEntry
{
    QKeySequence key;
    QString owner;
    Qt::ShortcutContext context;
    bool windowWide = false;
    QList<QWidget *> anchors;
};

// A menu counts as shown when the menu bar or a shown menu holds it.
inline bool menuReachable(QMenu *menu, QWidget *window, int depth = 0)
{
    if (depth > 8)
        return false;
    for (QObject *o : menu->menuAction()->associatedObjects()) {
        if (auto *bar = qobject_cast<QMenuBar *>(o); bar && bar->window() == window && bar->isVisible())
            return true;
        if (auto *parent = qobject_cast<QMenu *>(o); parent && menuReachable(parent, window, depth + 1))
            return true;
    }
    return false;
}

inline bool sameOrAncestor(const QWidget *ancestor, const QWidget *w)
{
    return ancestor == w || ancestor->isAncestorOf(w);
}

inline bool overlap(const ShortcutEntry &a, const ShortcutEntry &b)
{
    if (a.windowWide || b.windowWide)
        return (a.windowWide || !a.anchors.isEmpty()) && (b.windowWide || !b.anchors.isEmpty());
    for (const QWidget *x : a.anchors) {
        for (const QWidget *y : b.anchors) {
            // Some focus widget activates both entries.
            const bool aChildren = a.context == Qt::WidgetWithChildrenShortcut;
            const bool bChildren = b.context == Qt::WidgetWithChildrenShortcut;
            if (x == y || (aChildren && sameOrAncestor(x, y)) || (bChildren && sameOrAncestor(y, x)))
                return true;
        }
    }
    return false;
}

} // namespace detail

// Key sequences that two QActions/QShortcuts (or one of them twice) hold in
// one scope of the window as it is shown now: pressed, Qt says "Ambiguous
// shortcut overload" and does nothing.
inline QStringList ambiguousShortcuts(QWidget *window)
{
    using detail::ShortcutEntry;
    QList<ShortcutEntry> entries;
    QSet<QAction *> actions;
    for (QAction *a : window->findChildren<QAction *>())
        actions.insert(a);
    for (QWidget *w : window->findChildren<QWidget *>()) {
        for (QAction *a : w->actions())
            actions.insert(a);
    }
    for (QAction *a : window->actions())
        actions.insert(a);
    for (QAction *a : std::as_const(actions)) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty() || !a->isVisible())
            continue;
        ShortcutEntry e;
        e.owner = describe(a);
        e.context = a->shortcutContext();
        for (QObject *o : a->associatedObjects()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (!w || w->window() != window)
                continue;
            if (auto *menu = qobject_cast<QMenu *>(w)) {
                if (e.context == Qt::WindowShortcut || e.context == Qt::ApplicationShortcut)
                    e.windowWide = e.windowWide || detail::menuReachable(menu, window);
                continue;
            }
            if (!w->isVisible())
                continue;
            if (e.context == Qt::WindowShortcut || e.context == Qt::ApplicationShortcut)
                e.windowWide = true;
            else
                e.anchors.append(w);
        }
        if (qobject_cast<QMenu *>(a->parent()) == nullptr && a->associatedObjects().isEmpty())
            continue;
        for (const QKeySequence &k : keys) {
            e.key = k;
            entries.append(e);
        }
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        auto *parent = qobject_cast<QWidget *>(s->parent());
        if (!parent || parent->window() != window || !parent->isVisible())
            continue;
        ShortcutEntry e;
        e.owner = describe(s) + QStringLiteral(" on ") + describe(parent);
        e.context = s->context();
        e.windowWide = e.context == Qt::WindowShortcut || e.context == Qt::ApplicationShortcut;
        if (!e.windowWide)
            e.anchors.append(parent);
        for (const QKeySequence &k : s->keys()) {
            e.key = k;
            entries.append(e);
        }
    }
    QStringList problems;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            if (entries.at(i).key == entries.at(j).key && !entries.at(i).key.isEmpty()
                && detail::overlap(entries.at(i), entries.at(j))) {
                problems.append(QStringLiteral("%1: %2 and %3")
                                    .arg(entries.at(i).key.toString(QKeySequence::PortableText), entries.at(i).owner,
                                         entries.at(j).owner));
            }
        }
    }
    problems.removeDuplicates();
    return problems;
}

// Widgets Tab should reach under `root` as shown now: buttons (the checked one
// of a group of radio buttons), inputs, tables and lists that take focus.
inline QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                                 || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                                 || qobject_cast<QTextEdit *>(w);
        if (!interactive)
            continue;
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
            continue; // the line edit inside a combo or spin box: the box is the stop
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && radio->autoExclusive() && !radio->isChecked())
            continue; // arrows move within the group
        if (qobject_cast<QAbstractItemView *>(parent)
            || (parent && qobject_cast<QAbstractItemView *>(parent->parentWidget())))
            continue; // an editor or a cell widget of a table
        if (w->inherits("QLineEditIconButton") || w->inherits("QToolBarExtension"))
            continue;
        stops.append(w);
    }
    return stops;
}

// Presses Tab `presses` times from the focus widget of the active window;
// returns the focus widgets met, in order.
inline QList<QWidget *> pressTab(int presses)
{
    QList<QWidget *> met;
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        met.append(QApplication::focusWidget());
    }
    return met;
}

// Whether pressing Tab met `w` (or the widget it forwards focus to, or a child).
inline bool reached(const QList<QWidget *> &met, QWidget *w)
{
    for (QWidget *m : met) {
        if (m && (m == w || w->isAncestorOf(m) || w->focusProxy() == m))
            return true;
    }
    return false;
}

} // namespace vd::test
