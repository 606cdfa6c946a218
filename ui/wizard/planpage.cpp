// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/planpage.h"

#include "wizard/runwizard.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace scalescope::ui {

namespace {

    bool isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

    QColor mixed(const QColor& a, const QColor& b, double amount)
    {
        const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
        return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
    }

    constexpr const char* kTintedProperty = "scalescopeIssueTint";

} // namespace

bool pathHasPrefix(const QString& path, const QString& prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

PlanPage::PlanPage(QWidget* parent)
    : QWizardPage(parent)
    , m_issueLabel(new QLabel(this))
{
    m_issueLabel->setObjectName(QStringLiteral("issueLabel"));
    m_issueLabel->setTextFormat(Qt::PlainText);
    m_issueLabel->setWordWrap(true);
    m_issueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issueLabel->setToolTip(tr("What must be fixed before you can continue: the field in the plan and the reason"));
    m_issueLabel->setVisible(false);
}

RunWizard* PlanPage::runWizard() const { return qobject_cast<RunWizard*>(wizard()); }

Plan PlanPage::currentPlan() const
{
    if (const RunWizard* owner = runWizard())
        return owner->plan();
    Plan plan = defaultWizardPlan();
    applyTo(plan);
    return plan;
}

void PlanPage::inputChanged() { Q_EMIT completeChanged(); }

void PlanPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    // Only once the page is in a wizard: every page (applyTo()) is complete by then.
    if (event->type() != QEvent::PaletteChange || !runWizard())
        return;
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (binding.field && binding.field->property(kTintedProperty).toBool()) {
            binding.field->setProperty(kTintedProperty, false);
            binding.field->setPalette(QPalette());
        }
    }
    isComplete(); // recolours the issue label and re-tints the fields
}

void PlanPage::bindIssuePath(const QString& pathPrefix, const QString& label, QWidget* field)
{
    m_bindings.append(Binding { pathPrefix, label, field });
}

const PlanPage::Binding* PlanPage::bindingFor(const QString& path) const
{
    const Binding* best = nullptr;
    for (const Binding& binding : m_bindings) {
        if (pathHasPrefix(path, binding.prefix) && (!best || binding.prefix.size() > best->prefix.size()))
            best = &binding;
    }
    return best;
}

QString PlanPage::fieldLabel(const QString& path) const
{
    const Binding* binding = bindingFor(path);
    return binding ? binding->label : QString();
}

bool PlanPage::ownsPath(const QString& path) const
{
    const QStringList prefixes = issuePrefixes();
    return std::any_of(
        prefixes.begin(), prefixes.end(), [&path](const QString& prefix) { return pathHasPrefix(path, prefix); });
}

QString PlanPage::describeIssue(const PlanIssue& issue) const
{
    const QString label = fieldLabel(issue.path);
    if (label.isEmpty())
        return issue.toString();
    //: %1 = the field's label on the page, %2 = its path in the plan file, %3 = what is wrong
    return tr("%1 (%2): %3").arg(label, issue.path, issue.message);
}

QList<PlanIssue> PlanPage::pageIssues() const
{
    QList<PlanIssue> result = inputIssues();
    const Plan plan = currentPlan();
    for (const PlanIssue& issue : validatePlan(plan)) {
        if (ownsPath(issue.path))
            result.append(issue);
    }
    return result;
}

void PlanPage::highlightFields(const QList<PlanIssue>& issues) const
{
    QSet<QWidget*> flagged;
    for (const PlanIssue& issue : issues) {
        if (const Binding* binding = bindingFor(issue.path); binding && binding->field)
            flagged.insert(binding->field.data());
    }
    for (const Binding& binding : m_bindings) {
        QWidget* field = binding.field.data();
        if (!field)
            continue;
        const bool tint = flagged.contains(field);
        if (field->property(kTintedProperty).toBool() == tint)
            continue;
        field->setProperty(kTintedProperty, tint);
        if (!tint) {
            field->setPalette(QPalette()); // back to the inherited palette
            continue;
        }
        // A red tint of the field's own base colour, so that light and dark palettes both stay readable.
        const QPalette inherited = palette();
        QPalette tinted; // only Base is set: every other role keeps following the parent
        const QColor red = isDark(inherited) ? QColor(0xd0, 0x30, 0x30) : QColor(0xff, 0x50, 0x50);
        const double amount = isDark(inherited) ? 0.35 : 0.22;
        tinted.setColor(QPalette::Base, mixed(inherited.color(QPalette::Base), red, amount));
        field->setPalette(tinted);
    }
}

bool PlanPage::isComplete() const
{
    const QList<PlanIssue> issues = pageIssues();
    QStringList lines;
    lines.reserve(issues.size());
    for (const PlanIssue& issue : issues)
        lines.append(describeIssue(issue));
    // Many issues at once (an empty endpoint table, a broken plan) would push the fields away: show the first few.
    constexpr qsizetype kMaxLines = 4;
    if (lines.size() > kMaxLines) {
        const qsizetype more = lines.size() - (kMaxLines - 1);
        lines.resize(kMaxLines - 1);
        lines.append(tr("… and %n more problem(s)", nullptr, int(more)));
    }
    showResult(m_issueLabel, lines.join(QLatin1Char('\n')), Tone::Bad);
    m_issueLabel->setVisible(!issues.isEmpty());
    highlightFields(issues);
    return issues.isEmpty();
}

void PlanPage::showResult(QLabel* label, const QString& text, Tone tone)
{
    if (tone == Tone::Neutral) {
        label->setPalette(QPalette()); // the inherited text colour, whatever the palette
        label->setText(text);
        return;
    }
    const bool dark = isDark(label->parentWidget() ? label->parentWidget()->palette() : label->palette());
    QPalette labelPalette; // only WindowText is set: every other role keeps following the parent
    // Greens and reds that keep a contrast of at least 4.5:1 on the usual light and dark window colours.
    if (tone == Tone::Good)
        labelPalette.setColor(QPalette::WindowText, dark ? QColor(0x7c, 0xd9, 0x7c) : QColor(0x0b, 0x6b, 0x1f));
    else
        labelPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x10, 0x10));
    label->setPalette(labelPalette);
    label->setText(text);
}

void PlanPage::levelWith(QLabel* label, const QWidget* button)
{
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const int offset = std::max(0, (button->sizeHint().height() - label->fontMetrics().height()) / 2);
    label->setContentsMargins(0, offset, 0, 0);
}

QString PlanPage::bodyText(const RequestTemplate& request)
{
    if (request.bodyText)
        return *request.bodyText;
    if (request.body.isUndefined())
        return {};
    // Wrapping in an array lets any JSON value (also a string or a number) be printed.
    const QByteArray wrapped = QJsonDocument(QJsonArray { request.body }).toJson(QJsonDocument::Indented);
    // Strip the wrapper "[\n" … "]\n" and one indentation level.
    QStringList lines = QString::fromUtf8(wrapped).split(QLatin1Char('\n'));
    QStringList inner;
    for (qsizetype k = 1; k + 2 < lines.size(); ++k)
        inner.append(lines.at(k).mid(4));
    return inner.join(QLatin1Char('\n'));
}

bool PlanPage::parseBody(const QString& text, QJsonValue* body, QString* error)
{
    if (text.trimmed().isEmpty()) {
        *body = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    QJsonParseError parseError;
    const QByteArray wrapped = "[" + text.toUtf8() + "\n]";
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("not valid JSON: %1 (at character %2)").arg(parseError.errorString()).arg(qMax(0, parseError.offset - 1))
            : tr("must be exactly one JSON value");
        return false;
    }
    *body = document.array().at(0);
    return true;
}

} // namespace scalescope::ui
