#!/usr/bin/env python3
"""Screen-reader names as AT-SPI shows them (issue 16): starts vinhdanh on a new
database with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and walks its accessible tree
with pyatspi; fails listing every shown interactive object with no name (a
combo box counts as named only through a label: Qt on Linux gives it its value
as name). Run inside a session bus and an X server (see run_atspi_names.sh);
exit 77 (skipped) when the accessibility bus or the application cannot be reached."""
import os
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("pyatspi not installed: skipped")
    sys.exit(77)

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_SLIDER,
}


def find_app(name, timeout):
    end = time.time() + timeout
    while time.time() < end:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and (app.name or "").lower() == name.lower():
                    return app
        except Exception:  # the registry is still starting
            pass
        time.sleep(0.5)
    return None


def labelled(acc):
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in acc.getRelationSet())
    except Exception:
        return False


def walk(acc, path, out, seen, depth=0):
    if acc is None or depth > 60:
        return
    try:
        states = acc.getState()
        role = acc.getRole()
        name = (acc.name or "").strip()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if role in INTERACTIVE and states.contains(pyatspi.STATE_VISIBLE):
        seen.append(acc.getRoleName())
        editable = role not in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) or states.contains(pyatspi.STATE_EDITABLE)
        if editable and not labelled(acc):
            value = ""
            if role == pyatspi.ROLE_COMBO_BOX:
                try:
                    value = (acc.queryText().getText(0, -1) or "").strip()
                except Exception:
                    value = name  # Qt gives a combo box its value as name
            if not name or (role == pyatspi.ROLE_COMBO_BOX and name == value):
                out.append("%s %s: %s" % (path, acc.getRoleName(), "named only by its value %r" % name if name else "no name"))
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE):
        return  # cells are named by their text
    for i in range(min(acc.childCount, 500)):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        walk(child, "%s/%s" % (path, acc.getRoleName()), out, seen, depth + 1)


def main():
    if len(sys.argv) != 2:
        print("usage: atspi_names.py PATH_TO_VINHDANH")
        return 2
    program = sys.argv[1]
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("no X display or session bus: skipped")
        return 77
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb", LC_ALL="C.UTF-8")
        log_path = os.path.join(home, "vinhdanh.log")
        with open(log_path, "wb") as log:
            app_process = subprocess.Popen([program, "--db", os.path.join(home, "atspi.sqlite")], env=env,
                                           stdout=log, stderr=subprocess.STDOUT)
        try:
            # generous: on a busy machine the first start (font caches, a new database) is slow
            app = find_app("vinhdanh", 90)
            if app is None:
                try:
                    seen = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
                except Exception:
                    seen = []
                state = "still running" if app_process.poll() is None else "exited with %s" % app_process.returncode
                print("vinhdanh did not appear on the accessibility bus (%s; the program %s): skipped" % (seen, state))
                with open(log_path, "rb") as log:
                    tail = log.read()[-2000:].decode("utf-8", "replace")
                if tail:
                    print("its output:\n" + tail)
                return 77
            time.sleep(2)  # the first page fills
            problems, seen = [], []
            for window in app:
                walk(window, "", problems, seen)
            if len(seen) < 10:
                print("only %d interactive objects found (%s): the tree was not read" % (len(seen), seen))
                return 1
            if problems:
                print("%d of %d interactive objects without a name:" % (len(problems), len(seen)))
                print("\n".join(problems))
                return 1
            print("all %d shown interactive objects of the main window have a name" % len(seen))
            return 0
        finally:
            app_process.terminate()
            try:
                app_process.wait(10)
            except subprocess.TimeoutExpired:
                app_process.kill()


if __name__ == "__main__":
    sys.exit(main())
