#include "nomineeeditor.h"

#include "ui_nomineeeditor.h"

#include "dialogs.h"
#include "historypanel.h"
#include "nomineestore.h"
#include "nomineetablemodel.h"
#include "nomineevalidation.h"
#include "retranslate.h"
#include "review.h"
#include "reviewpanel.h"
#include "rules.h"
#include "session.h"
#include "textfold.h"
#include "undocommands.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>

#include <algorithm>

namespace vd::gui {

namespace {
const char *kDocumentCode = "documentCode";

// The drop-down list of a combo box is as wide as the box, so a long unit name
// or title was cut off in a narrow form: make it as wide as its longest item
// (within the screen).
void fitPopupToItems(QComboBox *box)
{
    QAbstractItemView *view = box->view();
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    int width = view->sizeHintForColumn(0) + scrollBar + 2 * view->frameWidth() + 8;
    if (const QScreen *screen = box->screen())
        width = std::min(width, screen->availableGeometry().width() - 32);
    view->setMinimumWidth(std::max(width, box->width()));
}
} // namespace

NomineeEditor::NomineeEditor(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NomineeEditor>()), m_session(session)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    // Issue 18 (docs/history.md): the discipline flag under the soft copy, and
    // the person's other nominations under the findings.
    m_disciplinedCheckBox = new QCheckBox(this);
    m_disciplinedCheckBox->setObjectName(QStringLiteral("disciplinedCheckBox"));
    m_disciplinedCheckBox->setText(tr("Đang bị kỷ luật / đang xem xét kỷ luật"));
    m_ui->dossierLayout->insertRow(7, QString(), m_disciplinedCheckBox);
    setTabOrder(m_ui->softCopyCheckBox, m_disciplinedCheckBox);
    setTabOrder(m_disciplinedCheckBox, m_ui->notesPlainTextEdit);
    m_historyPanel = new HistoryPanel(m_session, this);
    m_ui->findingsLayout->addWidget(m_historyPanel);
    m_ui->birthDateEdit->setStartDate(QDate(1980, 1, 1));
    m_ui->receivedDateEdit->setStartDate(m_session.today());
    m_ui->meritYearSpinBox->setMinimum(m_ui->meritYearSpinBox->minimum());
    fillChoices();
    setAccessibleNames();

    // Every input re-validates and re-checks the rules as you type.
    const auto changed = [this] {
        onChanged();
    };
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : findChildren<QComboBox *>()) {
        connect(c, &QComboBox::currentIndexChanged, this, changed);
        if (c->isEditable())
            connect(c, &QComboBox::currentTextChanged, this, changed);
    }
    for (QCheckBox *c : findChildren<QCheckBox *>())
        connect(c, &QCheckBox::toggled, this, changed);
    for (QDateEdit *d : findChildren<QDateEdit *>())
        connect(d, &QDateEdit::dateChanged, this, changed);
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, changed);
    for (QPlainTextEdit *p : findChildren<QPlainTextEdit *>())
        connect(p, &QPlainTextEdit::textChanged, this, changed);

    // Enter moves to the next field (the multi-line notes keep their Enter).
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QCheckBox *>(w))
            w->installEventFilter(this);
    }

    // "Đã xem xét" under the verdict (docs/gui.md).
    m_reviewPanel = new ReviewPanel(m_session, m_ui->findingsGroupBox);
    m_ui->findingsLayout->insertWidget(1, m_reviewPanel);
    connect(m_reviewPanel, &ReviewPanel::reviewChanged, this, [this](const NomineeReview &review) {
        m_original.review = review;
        const bool dirty = m_dirty;
        refreshFindings(formNominee());
        m_dirty = dirty;
    });

    connect(m_ui->saveButton, &QPushButton::clicked, this, &NomineeEditor::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &NomineeEditor::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &NomineeEditor::save);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, [this] {
        if (confirmDiscard())
            startNew(m_ui->blocComboBox->currentData().toLongLong());
    });
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::instance().openFileName(
            this, tr("Thêm tệp scan hồ sơ"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Tệp scan (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)"));
        if (!path.isEmpty())
            addAttachmentFiles({ path });
    });
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, &NomineeEditor::openAttachment);
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, &NomineeEditor::removeAttachment);
    connect(m_ui->attachmentListWidget, &QListWidget::itemActivated, this, &NomineeEditor::openAttachment);
}

NomineeEditor::~NomineeEditor() = default;

void NomineeEditor::fillChoices()
{
    const Campaign &c = m_session.campaign();
    m_ui->genderComboBox->addItem(QString(), int(Gender::Unknown));
    m_ui->genderComboBox->addItem(genderName(Gender::Male), int(Gender::Male));
    m_ui->genderComboBox->addItem(genderName(Gender::Female), int(Gender::Female));
    for (const Bloc &b : c.blocs)
        m_ui->blocComboBox->addItem(b.name, b.id);
    for (Category cat : { Category::Ldg, Category::Ldst })
        m_ui->categoryComboBox->addItem(categoryName(cat), int(cat));
    m_ui->emulationTitleComboBox->addItem(QString());
    m_ui->emulationTitleComboBox->addItems(c.criteria.emulationTitles);
    for (const UnitSummary &u : m_session.units())
        m_ui->unitComboBox->addItem(u.unit.name, u.unit.id);
    m_ui->unitComboBox->setCurrentIndex(-1);
    m_ui->unitComboBox->setInsertPolicy(QComboBox::NoInsert);
    // A long unit name must not widen the form past the screen: the box keeps a
    // modest width and its list opens as wide as the longest item.
    for (QComboBox *box : { m_ui->unitComboBox, m_ui->emulationTitleComboBox }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
        fitPopupToItems(box);
    }
    m_ui->meritYearSpinBox->setMinimum(c.year > 0 ? c.year - 30 : 1990);
    m_ui->meritYearSpinBox->setValue(m_ui->meritYearSpinBox->minimum());

    auto *layout = m_ui->documentsWidget->layout();
    for (const DocumentType &d : c.documentTypes) {
        auto *check = new QCheckBox(d.required ? tr("%1 (bắt buộc)").arg(d.name) : d.name, m_ui->documentsWidget);
        check->setObjectName(QStringLiteral("document%1CheckBox").arg(d.code));
        check->setProperty(kDocumentCode, d.code);
        layout->addWidget(check);
        m_documentChecks.append(check);
    }
    // Tab order: the checklist after "endorsed", before the number of copies.
    QWidget *previous = m_ui->endorsedCheckBox;
    for (QCheckBox *check : std::as_const(m_documentChecks)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_ui->copiesSpinBox);
}

void NomineeEditor::setAccessibleNames()
{
    // The edit boxes inside the editable combo boxes: the labels name the
    // combo boxes only.
    m_ui->unitComboBox->lineEdit()->setAccessibleName(tr("Đơn vị"));
    m_ui->emulationTitleComboBox->lineEdit()->setAccessibleName(tr("Danh hiệu thi đua"));
}

void NomineeEditor::startNew(qint64 blocId)
{
    Nominee n;
    n.campaignId = m_session.campaign().id;
    n.blocId = blocId;
    n.unionMember = true;
    edit(n);
    setWindowTitle(tr("Hồ sơ mới"));
}

void NomineeEditor::edit(const Nominee &nominee)
{
    m_original = nominee;
    m_pendingFiles.clear();
    setForm(nominee);
    m_dirty = false;
    setWindowTitle(nominee.id ? tr("Hồ sơ: %1").arg(nominee.fullName) : tr("Hồ sơ mới"));
    refreshAttachments();
    onChanged();
    m_dirty = false;
    m_ui->fullNameLineEdit->setFocus();
    m_ui->fullNameLineEdit->end(false); // cursor after the name, nothing selected
}

void NomineeEditor::setForm(const Nominee &n)
{
    m_loading = true;
    m_ui->fullNameLineEdit->setText(n.fullName);
    m_ui->genderComboBox->setCurrentIndex(qMax(0, m_ui->genderComboBox->findData(int(n.gender))));
    m_ui->birthDateEdit->setOptionalDate(n.birthDate);
    m_ui->citizenIdLineEdit->setText(n.citizenId);
    m_ui->positionLineEdit->setText(n.position);
    m_ui->unitComboBox->setCurrentIndex(m_ui->unitComboBox->findData(n.unitId));
    if (n.unitId == 0)
        m_ui->unitComboBox->setEditText(n.unitName);
    const int bloc = m_ui->blocComboBox->findData(n.blocId);
    m_ui->blocComboBox->setCurrentIndex(bloc >= 0 ? bloc : 0);
    m_ui->categoryComboBox->setCurrentIndex(qMax(0, m_ui->categoryComboBox->findData(int(n.category))));
    m_ui->unionMemberCheckBox->setChecked(n.unionMember);
    m_ui->emulationTitleComboBox->setEditText(n.emulationTitle);
    m_ui->initiativeLineEdit->setText(n.initiative);
    m_ui->initiativeDecisionLineEdit->setText(n.initiativeDecision);
    m_ui->meritAwardLineEdit->setText(n.meritAward);
    m_ui->meritYearSpinBox->setValue(n.meritYear > 0 ? n.meritYear : m_ui->meritYearSpinBox->minimum());
    m_ui->creativeTopicLineEdit->setText(n.creativeTopic);
    m_ui->achievementsPlainTextEdit->setPlainText(n.achievements);
    m_ui->receivedDateEdit->setOptionalDate(n.receivedDate);
    m_ui->endorsedCheckBox->setChecked(n.endorsed);
    for (QCheckBox *check : std::as_const(m_documentChecks))
        check->setChecked(n.documents.contains(check->property(kDocumentCode).toString()));
    m_ui->copiesSpinBox->setValue(n.copies);
    m_ui->softCopyCheckBox->setChecked(n.softCopy);
    m_disciplinedCheckBox->setChecked(n.disciplined);
    m_ui->notesPlainTextEdit->setPlainText(n.notes);
    m_historyPanel->showPerson(n.personId, n.id);
    m_loading = false;
}

Nominee NomineeEditor::formNominee() const
{
    Nominee n = m_original;
    n.campaignId = m_session.campaign().id;
    n.fullName = m_ui->fullNameLineEdit->text();
    n.gender = Gender(m_ui->genderComboBox->currentData().toInt());
    n.birthDate = m_ui->birthDateEdit->optionalDate();
    n.citizenId = m_ui->citizenIdLineEdit->text();
    n.position = m_ui->positionLineEdit->text();
    n.unitName = m_ui->unitComboBox->currentText();
    // The typed name decides the unit; an existing one is found (folded) on save.
    n.unitId = 0;
    for (const UnitSummary &u : m_session.units()) {
        if (foldText(u.unit.name) == foldText(normalizeText(n.unitName))) {
            n.unitId = u.unit.id;
            n.unitName = u.unit.name;
        }
    }
    n.blocId = m_ui->blocComboBox->currentData().toLongLong();
    n.category = Category(m_ui->categoryComboBox->currentData().toInt());
    n.unionMember = m_ui->unionMemberCheckBox->isChecked();
    n.emulationTitle = m_ui->emulationTitleComboBox->currentText();
    n.initiative = m_ui->initiativeLineEdit->text();
    n.initiativeDecision = m_ui->initiativeDecisionLineEdit->text();
    n.meritAward = m_ui->meritAwardLineEdit->text();
    n.meritYear
        = m_ui->meritYearSpinBox->value() == m_ui->meritYearSpinBox->minimum() ? 0 : m_ui->meritYearSpinBox->value();
    n.creativeTopic = m_ui->creativeTopicLineEdit->text();
    n.achievements = m_ui->achievementsPlainTextEdit->toPlainText();
    n.receivedDate = m_ui->receivedDateEdit->optionalDate();
    n.endorsed = m_ui->endorsedCheckBox->isChecked();
    n.documents.clear();
    for (QCheckBox *check : m_documentChecks) {
        if (check->isChecked())
            n.documents.append(check->property(kDocumentCode).toString());
    }
    n.copies = m_ui->copiesSpinBox->value();
    n.softCopy = m_ui->softCopyCheckBox->isChecked();
    n.disciplined = m_disciplinedCheckBox->isChecked();
    n.notes = m_ui->notesPlainTextEdit->toPlainText();
    NomineeStore::normalize(n);
    return n;
}

void NomineeEditor::onChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    validate();
    const Nominee n = formNominee();
    refreshFindings(n);
    refreshDuplicates(n);
}

void NomineeEditor::setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void NomineeEditor::validate()
{
    // The checks are core's (validateNominee, the same the importer and the
    // store apply); the editor puts each under its field.
    const QList<FieldProblem> problems = validateNominee(formNominee(), m_session.campaign(), m_session.today());
    struct FieldLabel
    {
        NomineeField field;
        QLabel *label;
        QString name;
    };
    const FieldLabel fields[] = {
        { NomineeField::FullName, m_ui->fullNameErrorLabel, tr("Họ và tên") },
        { NomineeField::CitizenId, m_ui->citizenIdErrorLabel, tr("Số CCCD") },
        { NomineeField::BirthDate, m_ui->birthDateErrorLabel, tr("Ngày sinh") },
        { NomineeField::ReceivedDate, m_ui->receivedDateErrorLabel, tr("Ngày nhận hồ sơ") },
        { NomineeField::Position, m_ui->positionErrorLabel, tr("Chức vụ") },
        { NomineeField::Unit, m_ui->unitErrorLabel, tr("Đơn vị") },
        { NomineeField::Bloc, nullptr, tr("Khối") },
    };
    m_problems.clear();
    quint32 labelled = 0;
    for (const FieldLabel &f : fields) {
        labelled |= 1u << int(f.field);
        QString first;
        for (const FieldProblem &p : problems) {
            if (p.field != f.field)
                continue;
            if (first.isEmpty())
                first = p.message;
            m_problems.append(tr("%1: %2").arg(f.name, p.message));
        }
        if (f.label)
            setError(f.label, first);
    }
    // Fields without a label of their own (a text over its length).
    for (const FieldProblem &p : problems) {
        if (!(labelled & (1u << int(p.field))))
            m_problems.append(fieldProblemLines({ p }).constFirst());
    }

    const bool ok = m_problems.isEmpty();
    m_ui->saveButton->setEnabled(ok);
    m_ui->saveButton->setToolTip(ok ? tr("Lưu hồ sơ (Ctrl+S)")
                                    : tr("Chưa lưu được:\n%1").arg(m_problems.join(QLatin1Char('\n'))));
    m_ui->saveStatusLabel->setText(ok ? QString() : tr("Chưa lưu được: %1").arg(m_problems.first()));
}

void NomineeEditor::refreshFindings(const Nominee &n)
{
    const QList<Finding> findings = m_session.check(n);
    // A review that holds makes warnings-only "eligible" (docs/rules.md "Review").
    const Verdict verdict = verdictOf(findings, n);
    static const char *colours[] = { "#2e7d32", "#ef6c00", "#c62828" };
    const QString name = verdict == Verdict::Eligible && !findings.isEmpty()
                             ? tr("%1 (đã xem xét)").arg(verdictName(verdict))
                             : verdictName(verdict);
    m_ui->verdictLabel->setText(
        QStringLiteral("<b style=\"color:%1\">%2</b>").arg(QLatin1String(colours[int(verdict)]), name.toHtmlEscaped()));
    m_reviewPanel->refresh(n, m_original, findings);
    m_ui->verdictLabel->setProperty("verdict", int(verdict));
    m_ui->findingsListWidget->clear();
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(
            NomineeTableModel::verdictIcon(f.severity == Severity::Error ? Verdict::Ineligible : Verdict::Review),
            f.message, m_ui->findingsListWidget);
        item->setData(Qt::UserRole, f.code);
        item->setToolTip(f.code);
    }
    if (findings.isEmpty()) {
        new QListWidgetItem(NomineeTableModel::verdictIcon(Verdict::Eligible),
                            tr("Đáp ứng mọi tiêu chuẩn của Kế hoạch."), m_ui->findingsListWidget);
    }
}

void NomineeEditor::refreshDuplicates(const Nominee &n)
{
    QStringList lines;
    auto describe = [this](const Nominee *other) {
        const Bloc *bloc = m_session.campaign().blocById(other->blocId);
        return tr("%1 — %2%3%4")
            .arg(other->fullName, other->unitName, bloc ? tr(", khối %1").arg(bloc->name) : QString(),
                 other->birthDate.isValid()
                     ? tr(", sinh %1").arg(other->birthDate.toString(QStringLiteral("dd/MM/yyyy")))
                     : QString());
    };
    for (const Nominee *other : m_session.similarByCitizenId(n.citizenId, n.id))
        lines.append(tr("Trùng số CCCD với: %1").arg(describe(other)));
    for (const Nominee *other : m_session.similarByName(n.fullName, n.id)) {
        if (n.citizenId.isEmpty() || other->citizenId != n.citizenId)
            lines.append(tr("Trùng họ tên với: %1").arg(describe(other)));
    }
    m_ui->duplicateLabel->setText(lines.isEmpty() ? QString()
                                                  : tr("Có thể trùng hồ sơ:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_ui->duplicateLabel->setVisible(!lines.isEmpty());
}

bool NomineeEditor::save()
{
    validate();
    if (!m_problems.isEmpty()) {
        m_ui->saveStatusLabel->setText(tr("Chưa lưu được: %1").arg(m_problems.join(QLatin1Char(' '))));
        return false;
    }
    const Nominee n = formNominee();
    DatabaseCommand *command = nullptr;
    CreateNomineeCommand *create = nullptr;
    auto makeCommand = [&](BrokenApprovals policy) {
        if (n.id == 0)
            command = create = new CreateNomineeCommand(m_session, n, m_pendingFiles, policy);
        else
            command = new EditNomineeCommand(m_session, m_original, n, policy);
    };
    makeCommand(BrokenApprovals::Refuse);
    Status st = DatabaseCommand::execute(m_session, command);
    if (!st && st.error().code == QLatin1String(kApprovalBrokenCode)) {
        // Saving would leave an approved nominee not approvable: nothing was
        // saved. Only on an explicit yes is it saved with that approval
        // withdrawn, in the same transaction (docs/rules.md).
        if (!Dialogs::instance().askAfterError(this, tr("Hồ sơ đã duyệt"), st.error(),
                                               tr("Bỏ duyệt người này và lưu thay đổi? Chọn Không để sửa lại."))) {
            m_ui->saveStatusLabel->setText(st.error().message);
            return false;
        }
        makeCommand(BrokenApprovals::Withdraw);
        st = DatabaseCommand::execute(m_session, command);
    }
    if (!st) {
        m_ui->saveStatusLabel->setText(st.error().message);
        Dialogs::instance().showError(this, tr("Không lưu được hồ sơ"), st.error());
        return false;
    }
    const qint64 id = create ? create->nomineeId() : n.id;
    m_pendingFiles.clear();
    m_dirty = false;
    emit saved(id);
    accept();
    return true;
}

bool NomineeEditor::confirmDiscard()
{
    if (!m_dirty)
        return true;
    return Dialogs::instance().confirm(this, tr("Bỏ thay đổi?"), tr("Hồ sơ có thay đổi chưa lưu. Bỏ các thay đổi này?"),
                                       tr("Bỏ thay đổi"), tr("Tiếp tục sửa"));
}

void NomineeEditor::reject()
{
    if (confirmDiscard()) {
        m_dirty = false;
        QDialog::reject();
    }
}

bool NomineeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            auto *combo = qobject_cast<QComboBox *>(watched);
            if (combo && combo->view()->isVisible())
                return false; // Enter picks the item in an open list
            // A move by the keyboard, as with Tab: the style then draws the
            // focus of combo boxes and check boxes too (issue 16; Qt marks the
            // window only for Tab itself).
            setAttribute(Qt::WA_KeyboardFocusChange);
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NomineeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_disciplinedCheckBox->setText(tr("Đang bị kỷ luật / đang xem xét kỷ luật"));
        setAccessibleNames();
        setWindowTitle(m_original.id ? tr("Hồ sơ: %1").arg(m_original.fullName) : tr("Hồ sơ mới"));
        for (int i = 1; i < m_ui->genderComboBox->count(); ++i)
            m_ui->genderComboBox->setItemText(i, genderName(Gender(m_ui->genderComboBox->itemData(i).toInt())));
        for (int i = 0; i < m_ui->categoryComboBox->count(); ++i)
            m_ui->categoryComboBox->setItemText(i, categoryName(Category(m_ui->categoryComboBox->itemData(i).toInt())));
        for (QCheckBox *check : std::as_const(m_documentChecks)) {
            for (const DocumentType &d : m_session.campaign().documentTypes) {
                if (d.code == check->property(kDocumentCode).toString())
                    check->setText(d.required ? tr("%1 (bắt buộc)").arg(d.name) : d.name);
            }
        }
        const bool dirty = m_dirty;
        onChanged();
        m_dirty = dirty;
        refreshAttachments();
    }
    QDialog::changeEvent(event);
}

} // namespace vd::gui
