#include "runningorder.h"

#include "council.h"
#include "database.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace vd {

namespace {

// This file's translations, lupdate context "vd::RunningOrder".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vd::RunningOrder)
};

bool speaksOfAwards(const QString &item)
{
    const QStringList words = foldedWords(item);
    for (const char *phrase : { "bieu duong", "ton vinh", "khen thuong", "trao thuong" }) {
        if (containsPhrase(words, foldedWords(QLatin1String(phrase))))
            return true;
    }
    return false;
}

QList<Delegate> presentersOf(const QList<Delegate> &delegates)
{
    QList<Delegate> presenters;
    for (const Delegate &d : delegates) {
        if (d.presenter > 0)
            presenters.append(d);
    }
    std::stable_sort(presenters.begin(), presenters.end(),
                     [](const Delegate &a, const Delegate &b) { return a.presenter < b.presenter; });
    return presenters;
}

} // namespace

int itemMinutes(const QString &item, QString *text)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(\\s*(\\d{1,3})\\s*ph(?:ú|u)t\\s*\\)\\s*[.;]?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString nfc = toNfc(item);
    const QRegularExpressionMatch m = suffix.match(nfc);
    if (!m.hasMatch() || m.captured(1).toInt() <= 0) {
        if (text)
            *text = item;
        return 0;
    }
    if (text)
        *text = nfc.left(m.capturedStart()).trimmed();
    return m.captured(1).toInt();
}

int RunningOrder::presenterCount() const { return int(presentersOf(delegates).size()); }

QTime RunningOrder::end() const
{
    if (items.isEmpty() || !items.constLast().start.isValid())
        return {};
    return items.constLast().start.addSecs(60 * items.constLast().minutes);
}

RunningOrder buildRunningOrder(const ApprovedList &list, const QList<Delegate> &delegates, int batchSize,
                               const ScriptTiming &timing)
{
    RunningOrder order;
    order.campaign = list.campaign;
    order.batchSize = qMax(1, batchSize);
    order.timing = timing;
    order.timing.itemMinutes = qBound(0, timing.itemMinutes, 600);
    order.timing.batchMinutes = qBound(0, timing.batchMinutes, 600);
    const ScriptTiming &t = order.timing;
    order.delegates = delegates;
    order.honorees = list.count();

    // The batches: by bloc, in list order, at most batchSize each.
    const QList<Delegate> presenters = presentersOf(delegates);
    int number = 0;
    for (const ApprovedGroup &group : list.groups) {
        for (int i = 0; i < group.nominees.size(); i += order.batchSize) {
            CallOutBatch batch;
            batch.number = int(order.batches.size()) + 1;
            batch.bloc = group.bloc;
            batch.firstNumber = number + i + 1;
            batch.honorees = group.nominees.mid(i, order.batchSize);
            if (!presenters.isEmpty())
                batch.presenter = presenters.at(int(order.batches.size() % presenters.size()));
            batch.minutes = t.batchMinutes;
            order.batches.append(batch);
        }
        number += int(group.nominees.size());
    }

    // The items and where the call-out goes.
    const Campaign &c = list.campaign;
    int callOutAt = -1;
    for (int i = 0; i < c.programme.size(); ++i) {
        ScriptItem item;
        item.number = i + 1;
        const int given = itemMinutes(c.programme.at(i), &item.text);
        if (callOutAt < 0 && speaksOfAwards(item.text)) {
            callOutAt = i;
            item.callOut = true;
        }
        item.introducesDelegates = containsPhrase(item.text, QStringLiteral("giới thiệu đại biểu"));
        item.minutes = given > 0 ? given : item.callOut ? int(order.batches.size()) * t.batchMinutes : t.itemMinutes;
        order.items.append(item);
    }
    if (callOutAt < 0) {
        ScriptItem item;
        item.number = int(order.items.size()) + 1;
        item.text = Tr::tr("Biểu dương, khen thưởng");
        item.callOut = true;
        item.minutes = int(order.batches.size()) * t.batchMinutes;
        order.items.append(item);
    }

    // The clock: each item starts when the one before ends; the batches share
    // the call-out item's minutes (evenly when the item gives its own).
    QTime at = c.conferenceStart;
    for (ScriptItem &item : order.items) {
        item.start = at;
        if (item.callOut && !order.batches.isEmpty()) {
            const int total = item.minutes;
            const int count = int(order.batches.size());
            int used = 0;
            for (int b = 0; b < count; ++b) {
                CallOutBatch &batch = order.batches[b];
                // Spread the item's minutes: batch b ends at total × (b + 1) / count.
                const int endsAt = total * (b + 1) / count;
                batch.minutes = endsAt - used;
                batch.start = at.isValid() ? at.addSecs(60 * used) : QTime();
                used = endsAt;
            }
        }
        if (at.isValid())
            at = at.addSecs(60 * item.minutes);
    }
    return order;
}

QList<PresenterSlide> presenterSlides(const RunningOrder &order)
{
    QList<PresenterSlide> slides;
    slides.append(PresenterSlide {});
    for (int b = 0; b < order.batches.size(); ++b) {
        slides.append({ PresenterSlide::Kind::Batch, b, -1 });
        for (int h = 0; h < order.batches.at(b).honorees.size(); ++h)
            slides.append({ PresenterSlide::Kind::Honoree, b, h });
    }
    return slides;
}

QString achievementLine(const Nominee &nominee, int maxChars)
{
    QString text = normalizeText(nominee.achievements.section(QLatin1Char('\n'), 0, 0));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.;!?](\\s|$)"));
    const QRegularExpressionMatch m = sentenceEnd.match(text);
    if (m.hasMatch())
        text = text.left(m.capturedStart() + 1);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(';')))
        text.chop(1);
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars - 1);
    if (cut <= 0)
        cut = maxChars - 1;
    return text.left(cut).trimmed() + QStringLiteral("…");
}

Result<RunningOrder> loadRunningOrder(Database &db, const ScriptTiming &timing)
{
    auto list = loadApprovedList(db, true);
    if (!list)
        return list.error();
    auto settings = CouncilStore(db).settings(list->campaign.id);
    if (!settings)
        return settings.error();
    auto delegates = DelegateStore(db).list(list->campaign.id);
    if (!delegates)
        return delegates.error();
    return buildRunningOrder(*list, *delegates, settings->batchSize, timing);
}

} // namespace vd
