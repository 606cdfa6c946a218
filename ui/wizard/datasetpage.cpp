// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/datasetpage.h"

#include "plan/templateexpander.h"
#include "wizard/bodyeditor.h"
#include "wizard/methodcombo.h"
#include "wizard/runwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace scalescope::ui {

namespace {

    constexpr qsizetype kMaxPreviewChars = 4000;

    QString sizesText(const QList<int>& sizes)
    {
        QStringList parts;
        for (const int size : sizes)
            parts.append(QString::number(size));
        return parts.join(QLatin1Char(' '));
    }

} // namespace

DatasetPage::DatasetPage(QWidget* parent)
    : PlanPage(parent)
    , m_seedMode(new QRadioButton(tr("&Seed records through the API"), this))
    , m_sweepMode(new QRadioButton(tr("S&weep a parameter ({size}), no records"), this))
    , m_sizes(new QLineEdit(this))
    , m_seedGroup(new QGroupBox(tr("Seed request: creates record {n}"), this))
    , m_seedMethod(new QComboBox(m_seedGroup))
    , m_seedPath(new QLineEdit(m_seedGroup))
    , m_seedBody(new BodyEditor(QStringLiteral("seedBody"), m_seedGroup))
    , m_preview(new QPlainTextEdit(m_seedGroup))
    , m_idSource(new QComboBox(m_seedGroup))
    , m_idPointer(new QLineEdit(m_seedGroup))
    , m_cleanup(new QCheckBox(tr("&Clean up:"), this))
    , m_cleanupMethod(new QComboBox(this))
    , m_cleanupPath(new QLineEdit(this))
    , m_count(new QCheckBox(tr("C&ount records:"), this))
    , m_countPath(new QLineEdit(this))
    , m_countPointer(new QLineEdit(this))
    , m_countPointerLabel(new QLabel(tr("&Pointer:"), this))
{
    setObjectName(QStringLiteral("datasetPage"));
    setTitle(tr("Dataset"));
    setSubTitle(tr("How the data grows: ScaleScope measures every endpoint at each size."));

    m_seedMode->setObjectName(QStringLiteral("seedModeRadio"));
    m_seedMode->setToolTip(tr("Create records through the API up to each size (record {n} by the seed request), "
                              "measure, and delete them at the end"));
    m_sweepMode->setObjectName(QStringLiteral("sweepModeRadio"));
    m_sweepMode->setToolTip(tr("Create nothing: each size is substituted as {size} into the endpoints (e.g. a page "
                               "size or the number of items in a batch)"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_seedMode);
    modes->addButton(m_sweepMode);

    m_sizes->setObjectName(QStringLiteral("sizesEdit"));
    m_sizes->setPlaceholderText(QStringLiteral("10 50 100 200 500"));
    m_sizes->setToolTip(tr("The dataset sizes to measure at, ascending, separated by spaces or commas; at least "
                           "three let the analysis tell O(n) from O(n²)"));
    auto* sizesRow = new QHBoxLayout;
    sizesRow->addWidget(m_sizes, 1);
    const QStringList presets = sizePresets();
    for (int k = 0; k < presets.size(); ++k) {
        auto* button = new QPushButton(presets.at(k), this);
        button->setObjectName(QStringLiteral("sizesPreset%1").arg(k + 1));
        button->setToolTip(tr("Measure at the sizes %1").arg(presets.at(k)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, preset = presets.at(k)] { m_sizes->setText(preset); });
        sizesRow->addWidget(button);
    }

    m_seedGroup->setObjectName(QStringLiteral("seedGroup"));
    m_seedMethod->setObjectName(QStringLiteral("seedMethodCombo"));
    fillMethodCombo(m_seedMethod);
    m_seedMethod->setToolTip(tr("The HTTP method that creates one record (usually POST)"));
    m_seedPath->setObjectName(QStringLiteral("seedPathEdit"));
    m_seedPath->setPlaceholderText(QStringLiteral("/api/items/"));
    m_seedPath->setToolTip(tr("The path that creates one record, relative to the base URL"));
    m_seedBody->editor()->setToolTip(tr("The JSON body of one new record; {n} is the record number, {word}, "
                                        "{lorem:K}, {uuid} and {random_int:a:b} give varied content"));
    m_seedBody->setPlaceholderText(QStringLiteral("{\"title\": \"Item {n}\", \"content\": \"{lorem:50}\"}"));
    m_preview->setObjectName(QStringLiteral("seedPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    m_preview->setMinimumHeight(60);
    m_preview->setToolTip(tr("What the seed request sends for record 1, updated as you type (random values differ "
                             "in the run)"));
    m_idSource->setObjectName(QStringLiteral("idSourceCombo"));
    m_idSource->addItem(tr("JSON pointer in the answer"), int(IdSource::JsonPointer));
    m_idSource->addItem(tr("Location header"), int(IdSource::LocationHeader));
    m_idSource->setToolTip(tr("Where the new record's id is: in the JSON answer, or the last segment of the "
                              "answer's Location header; endpoints use it as {id}"));
    m_idPointer->setObjectName(QStringLiteral("idPointerEdit"));
    m_idPointer->setPlaceholderText(QStringLiteral("/id"));
    m_idPointer->setToolTip(tr("The JSON pointer to the id in the seed request's answer: /id, /data/id, …"));

    auto* seedGrid = new QGridLayout(m_seedGroup);
    auto* requestLabel = new QLabel(tr("&Method, path:"), m_seedGroup);
    requestLabel->setBuddy(m_seedMethod);
    auto* requestRow = new QHBoxLayout;
    requestRow->addWidget(m_seedMethod);
    requestRow->addWidget(m_seedPath, 1);
    seedGrid->addWidget(requestLabel, 0, 0);
    seedGrid->addLayout(requestRow, 0, 1);
    auto* idLabel = new QLabel(tr("&Id from:"), m_seedGroup);
    idLabel->setBuddy(m_idSource);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_idSource);
    idRow->addWidget(m_idPointer, 1);
    seedGrid->addWidget(idLabel, 0, 2);
    seedGrid->addLayout(idRow, 0, 3);
    auto* bodyLabel = new QLabel(tr("Bo&dy:"), m_seedGroup);
    bodyLabel->setBuddy(m_seedBody->editor());
    seedGrid->addWidget(bodyLabel, 1, 0, Qt::AlignTop);
    seedGrid->addWidget(m_seedBody, 1, 1);
    auto* previewLabel = new QLabel(tr("Pre&view:"), m_seedGroup);
    previewLabel->setBuddy(m_preview);
    seedGrid->addWidget(previewLabel, 1, 2, Qt::AlignTop);
    seedGrid->addWidget(m_preview, 1, 3);
    seedGrid->setColumnStretch(1, 1);
    seedGrid->setColumnStretch(3, 1);
    seedGrid->setRowStretch(1, 1);

    m_cleanup->setObjectName(QStringLiteral("cleanupCheck"));
    m_cleanup->setToolTip(tr("Delete every record the run created at the end, one request per record with {id} "
                             "set to it; unchecked, the records stay on the target"));
    m_cleanupMethod->setObjectName(QStringLiteral("cleanupMethodCombo"));
    fillMethodCombo(m_cleanupMethod);
    m_cleanupMethod->setToolTip(tr("The HTTP method that deletes one record (usually DELETE)"));
    m_cleanupPath->setObjectName(QStringLiteral("cleanupPathEdit"));
    m_cleanupPath->setPlaceholderText(QStringLiteral("/api/items/{id}/"));
    m_cleanupPath->setToolTip(tr("The path that deletes one record; must use {id}"));
    m_count->setObjectName(QStringLiteral("countCheck"));
    m_count->setToolTip(tr("Optional: ask the target how many records it holds before and after the run, to "
                           "account for records that were there already"));
    m_countPath->setObjectName(QStringLiteral("countPathEdit"));
    m_countPath->setPlaceholderText(QStringLiteral("/api/items/count/"));
    m_countPath->setToolTip(tr("The path (GET) that answers with the number of records"));
    m_countPointer->setObjectName(QStringLiteral("countPointerEdit"));
    m_countPointer->setPlaceholderText(QStringLiteral("/count"));
    m_countPointer->setToolTip(tr("The JSON pointer to the number in the count answer"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_seedMode);
    modeRow->addWidget(m_sweepMode);
    modeRow->addStretch(1);
    form->addRow(tr("Dataset:"), modeRow);
    auto* sizesLabel = new QLabel(tr("Si&zes:"), this);
    sizesLabel->setBuddy(m_sizes);
    form->addRow(sizesLabel, sizesRow);

    auto* cleanupRow = new QHBoxLayout;
    cleanupRow->addWidget(m_cleanupMethod);
    cleanupRow->addWidget(m_cleanupPath, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_countPath, 2);
    m_countPointerLabel->setBuddy(m_countPointer);
    countRow->addWidget(m_countPointerLabel);
    countRow->addWidget(m_countPointer, 1);

    auto* afterForm = new QFormLayout;
    afterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    afterForm->addRow(m_cleanup, cleanupRow);
    afterForm->addRow(m_count, countRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_seedGroup, 1);
    layout->addLayout(afterForm);
    layout->addWidget(issueLabel());

    // Tab order as the page reads: the sizes and their presets, then the seed request row by row.
    QWidget* previous = m_sizes;
    for (QPushButton* preset : findChildren<QPushButton*>()) {
        setTabOrder(previous, preset);
        previous = preset;
    }
    for (QWidget* next : std::initializer_list<QWidget*> { m_seedMethod, m_seedPath, m_idSource, m_idPointer,
             m_seedBody->editor(), m_seedBody->findChild<QCheckBox*>(), m_preview, m_cleanup, m_cleanupMethod,
             m_cleanupPath, m_count, m_countPath, m_countPointer }) {
        setTabOrder(previous, next);
        previous = next;
    }

    bindIssuePath(QStringLiteral("dataset"), tr("Dataset"));
    bindIssuePath(QStringLiteral("dataset.mode"), tr("Dataset mode"));
    bindIssuePath(QStringLiteral("dataset.sizes"), tr("Sizes"), m_sizes);
    bindIssuePath(QStringLiteral("dataset.seed"), tr("Seed request"));
    bindIssuePath(QStringLiteral("dataset.seed.method"), tr("Seed method"), m_seedMethod);
    bindIssuePath(QStringLiteral("dataset.seed.path"), tr("Seed path"), m_seedPath);
    bindIssuePath(QStringLiteral("dataset.seed.body"), tr("Seed body"), m_seedBody->editor());
    bindIssuePath(QStringLiteral("dataset.seed.body_text"), tr("Seed body"), m_seedBody->editor());
    bindIssuePath(QStringLiteral("dataset.seed.id_from"), tr("Id from"), m_idPointer);
    bindIssuePath(QStringLiteral("dataset.cleanup"), tr("Clean up"), m_cleanupPath);
    bindIssuePath(QStringLiteral("dataset.cleanup.method"), tr("Clean-up method"), m_cleanupMethod);
    bindIssuePath(QStringLiteral("dataset.count"), tr("Count records"), m_countPath);
    bindIssuePath(QStringLiteral("dataset.count.pointer"), tr("Count pointer"), m_countPointer);

    const auto changed = [this] {
        updateEnabled();
        updatePreview();
        inputChanged();
    };
    connect(m_seedMode, &QRadioButton::toggled, this, changed);
    for (QLineEdit* edit : { m_sizes, m_seedPath, m_idPointer, m_cleanupPath, m_countPath, m_countPointer })
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox* combo : { m_seedMethod, m_idSource, m_cleanupMethod })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_seedBody, &BodyEditor::changed, this, changed);
    connect(m_cleanup, &QCheckBox::toggled, this, changed);
    connect(m_count, &QCheckBox::toggled, this, changed);

    m_seedMode->setChecked(true);
    updateEnabled();
}

DatasetPage::~DatasetPage() = default;

QStringList DatasetPage::sizePresets()
{
    return { QStringLiteral("10 50 100 200 500"), QStringLiteral("10 100 1000"), QStringLiteral("100 1000 10000") };
}

std::optional<QList<int>> DatasetPage::parseSizes(const QString& text, QString* bad, bool skipBad)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<int> sizes;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok) {
            if (bad && bad->isEmpty())
                *bad = part;
            if (skipBad)
                continue;
            return std::nullopt;
        }
        sizes.append(size);
    }
    return sizes;
}

QStringList DatasetPage::issuePrefixes() const { return { QStringLiteral("dataset") }; }

QList<PlanIssue> DatasetPage::inputIssues() const
{
    QList<PlanIssue> issues;
    QString bad;
    if (!parseSizes(m_sizes->text(), &bad))
        issues.append({ QStringLiteral("dataset.sizes"),
            tr("%1 is not a whole number (write the sizes like \"10 50 100\")").arg(QLatin1Char('"') + bad + QLatin1Char('"')) });
    if (isSeeded()) {
        if (const QString problem = m_seedBody->issue(); !problem.isEmpty())
            issues.append({ QStringLiteral("dataset.seed.body"), problem });
    }
    return issues;
}

bool DatasetPage::isSeeded() const { return m_seedMode->isChecked(); }

void DatasetPage::updateEnabled()
{
    const bool seeded = isSeeded();
    m_seedGroup->setEnabled(seeded);
    m_idPointer->setEnabled(IdSource(m_idSource->currentData().toInt()) == IdSource::JsonPointer);
    m_cleanup->setEnabled(seeded);
    m_cleanupMethod->setEnabled(seeded && m_cleanup->isChecked());
    m_cleanupPath->setEnabled(seeded && m_cleanup->isChecked());
    m_count->setEnabled(seeded);
    m_countPath->setEnabled(seeded && m_count->isChecked());
    m_countPointer->setEnabled(seeded && m_count->isChecked());
    m_countPointerLabel->setEnabled(seeded && m_count->isChecked());
}

void DatasetPage::loadPlan(const Plan& plan)
{
    const DatasetConfig& dataset = plan.dataset;
    const Plan defaults = defaultWizardPlan();
    const QSignalBlocker blockSeed(m_seedMode);
    (dataset.mode == DatasetMode::Seeded ? m_seedMode : m_sweepMode)->setChecked(true);
    m_sizes->setText(sizesText(dataset.sizes));
    // A sweep plan has no seed request: offer the default one should the user switch to seeding.
    const RequestTemplate seed = dataset.seed.value_or(*defaults.dataset.seed);
    selectMethod(m_seedMethod, seed.method);
    m_seedPath->setText(seed.path);
    m_seedBody->setRequest(seed);
    m_idSource->setCurrentIndex(qMax(0, m_idSource->findData(int(dataset.idSource))));
    m_idPointer->setText(dataset.idPointer);
    m_cleanup->setChecked(dataset.cleanup.has_value());
    const RequestTemplate cleanup = dataset.cleanup.value_or(*defaults.dataset.cleanup);
    selectMethod(m_cleanupMethod, cleanup.method);
    m_cleanupPath->setText(cleanup.path);
    m_count->setChecked(dataset.count.has_value());
    m_countPath->setText(dataset.count ? dataset.count->path : QString());
    m_countPointer->setText(dataset.countPointer);
    updateEnabled();
    updatePreview();
    inputChanged();
}

void DatasetPage::applyTo(Plan& plan) const
{
    DatasetConfig& dataset = plan.dataset;
    const bool seeded = isSeeded();
    dataset.mode = seeded ? DatasetMode::Seeded : DatasetMode::Sweep;
    // The numbers that parse, so that validatePlan() still checks their order while a word is reported apart.
    dataset.sizes = parseSizes(m_sizes->text(), nullptr, true).value_or(QList<int> {});
    dataset.idSource = IdSource(m_idSource->currentData().toInt());
    dataset.idPointer = m_idPointer->text().trimmed();
    dataset.countPointer = m_countPointer->text().trimmed();
    if (!seeded) {
        // A sweep creates no records: these requests must be absent (the fields keep them for a switch back).
        dataset.seed.reset();
        dataset.cleanup.reset();
        dataset.count.reset();
        return;
    }
    // Start from the requests as loaded, so that what no field edits (headers) is kept.
    RequestTemplate seed = dataset.seed.value_or(RequestTemplate {});
    seed.method = m_seedMethod->currentText();
    seed.path = m_seedPath->text().trimmed();
    m_seedBody->applyTo(seed);
    dataset.seed = seed;
    if (m_cleanup->isChecked()) {
        RequestTemplate cleanup = dataset.cleanup.value_or(RequestTemplate {});
        cleanup.method = m_cleanupMethod->currentText();
        cleanup.path = m_cleanupPath->text().trimmed();
        dataset.cleanup = cleanup;
    } else {
        dataset.cleanup.reset();
    }
    if (m_count->isChecked()) {
        RequestTemplate count = dataset.count.value_or(RequestTemplate {});
        count.path = m_countPath->text().trimmed();
        dataset.count = count;
    } else {
        dataset.count.reset();
    }
}

void DatasetPage::initializePage()
{
    const RunWizard* owner = runWizard();
    setSubTitle(owner && owner->isLoadTest()
            ? tr("A load test grows the dataset once, to its largest size, before the load. To test the API with the "
                 "data it has, choose no records and leave the sizes empty.")
            : tr("How the data grows: ScaleScope measures every endpoint at each size."));
}

QString DatasetPage::previewText() const { return m_preview->toPlainText(); }

void DatasetPage::updatePreview()
{
    if (!isSeeded()) {
        m_preview->setPlainText(tr("A sweep creates no records."));
        return;
    }
    if (const QString problem = m_seedBody->issue(); !problem.isEmpty()) {
        m_preview->setPlainText(tr("No preview: the body is %1").arg(problem));
        return;
    }
    RequestTemplate seed;
    seed.method = m_seedMethod->currentText();
    seed.path = m_seedPath->text().trimmed();
    m_seedBody->applyTo(seed);
    if (!TemplateExpander::check(seed.path).isEmpty() || !TemplateExpander::checkJson(seed.body).isEmpty()
        || (seed.bodyText && !TemplateExpander::check(*seed.bodyText).isEmpty())) {
        m_preview->setPlainText(tr("No preview until the placeholders are valid."));
        return;
    }
    const QList<int> sizes = parseSizes(m_sizes->text()).value_or(QList<int> {});
    TemplateContext context;
    context.n = 1;
    context.size = sizes.isEmpty() ? 1 : sizes.constFirst();
    TemplateExpander expander(1);
    QString text = seed.method + QLatin1Char(' ') + expander.expand(seed.path, context, TemplateExpander::Context::UrlPath);
    if (seed.bodyText) {
        text += QLatin1Char('\n') + expander.expand(*seed.bodyText, context);
    } else if (!seed.body.isUndefined()) {
        const QByteArray compact = expander.expandJson(seed.body, context);
        const QJsonDocument document = QJsonDocument::fromJson(compact);
        text += QLatin1Char('\n')
            + (document.isNull() ? QString::fromUtf8(compact) : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    }
    if (text.size() > kMaxPreviewChars)
        text = text.left(kMaxPreviewChars) + QChar(0x2026);
    m_preview->setPlainText(text.trimmed());
}

} // namespace scalescope::ui
