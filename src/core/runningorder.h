// The running order of the conference (chương trình điều hành, Kế hoạch mục
// III and VI.1): the programme items with their times, the call-out of the
// honorees to the stage in batches (by bloc, in the approved list's order,
// at most the campaign's batch size each) and who presents the certificates
// to each batch. ONE order for the MC's running script (documents) and the
// presenter view / slide deck on the hall screen. docs/conference.md.
#pragma once

#include "approvedlist.h"
#include "delegates.h"
#include "result.h"

#include <QTime>

namespace vd {

class Database;

// Minutes per programme item when its text does not say "(N phút)", and per
// call-out batch (walking up, presenting, the photograph).
struct ScriptTiming
{
    int itemMinutes = 10;
    int batchMinutes = 4;
};

// One group of honorees called to the stage together.
struct CallOutBatch
{
    int number = 0; // 1.. over the whole conference
    Bloc bloc; // every honoree of a batch is of this bloc
    int firstNumber = 0; // the first honoree's STT in the approved list (1..)
    QList<Nominee> honorees; // in list order, at most the batch size
    // Who presents the certificates: the delegates with a presenter order, in
    // that order, taken in turn (the first presents batch 1, ...). Absent
    // (id 0) when no delegate presents.
    Delegate presenter;
    QTime start; // null when the conference has no start time
    int minutes = 0;

    bool hasPresenter() const { return presenter.id != 0 || !presenter.fullName.isEmpty(); }
};

// One item of the programme.
struct ScriptItem
{
    int number = 0; // 1..
    QString text; // the programme's wording, without a "(N phút)" suffix
    QTime start; // null when the conference has no start time
    int minutes = 0;
    bool callOut = false; // the item where the honorees are called out (batches below)
    bool introducesDelegates = false; // "giới thiệu đại biểu": the MC reads the delegates
};

struct RunningOrder
{
    Campaign campaign;
    int batchSize = 10;
    ScriptTiming timing;
    QList<ScriptItem> items;
    QList<CallOutBatch> batches; // the call-out, in order
    QList<Delegate> delegates; // every delegate, list order (introductions)
    int honorees = 0;

    int presenterCount() const;
    QTime end() const; // null without a start time
};

// Minutes written at the end of a programme item, "Văn nghệ chào mừng (15
// phút)" → 15, with the text before it in `text`; 0 (text unchanged) when none.
int itemMinutes(const QString &item, QString *text = nullptr);

// Pure. The programme items in order, each starting when the one before ends
// (from the campaign's start time); the call-out is the first item whose
// wording speaks of "biểu dương", "tôn vinh", "khen thưởng" or "trao thưởng"
// (appended as "Biểu dương, khen thưởng" when none does) and lasts as many
// batches × timing.batchMinutes unless its text gives its minutes. Batches
// never mix blocs. batchSize < 1 counts as 1.
RunningOrder buildRunningOrder(const ApprovedList &list, const QList<Delegate> &delegates, int batchSize,
                               const ScriptTiming &timing = {});

// One slide of the presenter view and the slide deck, in the running order:
// the title slide, then for each batch its slide followed by one slide per
// honoree of the batch.
struct PresenterSlide
{
    enum class Kind { Title, Batch, Honoree };
    Kind kind = Kind::Title;
    int batch = -1; // index in RunningOrder::batches (Batch, Honoree)
    int honoree = -1; // index in the batch's honorees (Honoree)
};

// Pure: the slides of the order (the presenter view and `slides` both use it).
QList<PresenterSlide> presenterSlides(const RunningOrder &order);

// The short achievement line of a slide: the first sentence (or line) of the
// nominee's achievements, cut at a word before `maxChars` with "…"; empty
// when there are none.
QString achievementLine(const Nominee &nominee, int maxChars = 160);

// Loads the active campaign's approved list (at least one honoree: Validation
// error otherwise), delegates and batch size (conference_setting) and builds
// the order.
Result<RunningOrder> loadRunningOrder(Database &db, const ScriptTiming &timing = {});

} // namespace vd
