// A Dialogs that answers from queues instead of asking a person, and records
// every message shown. Installed for the lifetime of the object.
#pragma once

#include "dialogs.h"

#include <QList>
#include <QStringList>

namespace vd::test {

class ScriptedDialogs : public gui::Dialogs
{
public:
    ScriptedDialogs() { gui::Dialogs::setInstance(this); }
    ~ScriptedDialogs() override { gui::Dialogs::setInstance(nullptr); }

    QList<QMessageBox::StandardButton> answers; // for question()
    QStringList openFiles, saveFiles, texts; // for the file and text dialogs
    QList<int> choices; // for chooseItem()
    QStringList questions, warnings, informations, opened, choiceLists;
    QStringList choiceLabels; // the text above the choices of chooseItem()

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openFiles.isEmpty() ? QString() : openFiles.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveFiles.isEmpty() ? QString() : saveFiles.takeFirst();
    }
    QMessageBox::StandardButton question(QWidget *, const QString &, const QString &text, QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton) override
    {
        questions.append(text);
        return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
    }
    // Answered from `answers` too: Yes, Discard or Ok mean "do it".
    bool confirm(QWidget *, const QString &, const QString &text, const QString &doIt, const QString &dontDoIt) override
    {
        questions.append(text);
        confirmButtons.append(doIt + QLatin1Char('|') + dontDoIt);
        const QMessageBox::StandardButton answer = answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        return answer == QMessageBox::Yes || answer == QMessageBox::Discard || answer == QMessageBox::Ok;
    }
    QStringList confirmButtons; // "do it|don't" of each confirm()
    void information(QWidget *, const QString &, const QString &text) override { informations.append(text); }
    void warning(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    QString textInput(QWidget *, const QString &, const QString &, const QString &) override
    {
        return texts.isEmpty() ? QString() : texts.takeFirst();
    }
    int chooseItem(QWidget *, const QString &, const QString &label, const QStringList &items, int) override
    {
        choiceLabels.append(label);
        choiceLists.append(items.join(QLatin1Char('|')));
        return choices.isEmpty() ? -1 : choices.takeFirst();
    }
    bool openExternally(const QString &path) override
    {
        opened.append(path);
        return true;
    }
};

} // namespace vd::test
