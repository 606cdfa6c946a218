// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planparser.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWizardPage>

class QLabel;
class QJsonValue;
class QPlainTextEdit;

namespace scalescope::ui {

class RunWizard;

/// A wizard page that edits one section of a Plan. Completeness is decided by validatePlan() on the
/// plan built so far: the issues whose path belongs to this page are listed in its issue label.
class PlanPage : public QWizardPage {
    Q_OBJECT
public:
    /// How a result label (Check connection, Test login, Try) reads.
    enum class Tone { Neutral, Good, Bad };

    explicit PlanPage(QWidget* parent = nullptr);

    /// Fills the page's fields from @p plan.
    virtual void loadPlan(const Plan& plan) = 0;
    /// Writes the page's fields into @p plan (other sections are left as they are).
    virtual void applyTo(Plan& plan) const = 0;

    bool isComplete() const override;
    /// The issues shown on this page for the current input (empty: the page is complete).
    [[nodiscard]] QList<PlanIssue> pageIssues() const;
    /// Problems found while reading this page's fields themselves (e.g. a body that is not JSON).
    [[nodiscard]] QList<PlanIssue> fieldIssues() const { return inputIssues(); }
    /// "Sizes (dataset.sizes[2]): must be greater than the previous size (200)": an issue as the page shows it.
    [[nodiscard]] QString describeIssue(const PlanIssue& issue) const;
    /// Whether @p path belongs to this page (one of its issuePrefixes()).
    [[nodiscard]] bool ownsPath(const QString& path) const;
    /// The name of the field a plan path belongs to, as the page labels it ("Sizes"); empty when unknown.
    /// The default looks up the bindings made with bindIssuePath().
    [[nodiscard]] virtual QString fieldLabel(const QString& path) const;

    /// Helpers for JSON body editors: empty text = no body; otherwise any JSON value.
    [[nodiscard]] static QString bodyText(const RequestTemplate& request);
    /// Parses @p text as a JSON value; on failure returns false and sets @p error.
    static bool parseBody(const QString& text, QJsonValue* body, QString* error);

    /// Shows @p text in @p label in a colour that reads on light and dark palettes.
    static void showResult(QLabel* label, const QString& text, Tone tone);
    /// Puts the first line of a top-aligned result @p label level with the text of the @p button beside it.
    static void levelWith(QLabel* label, const QWidget* button);

protected:
    /// Path prefixes ("target", "endpoints", …) whose validatePlan() issues belong to this page.
    [[nodiscard]] virtual QStringList issuePrefixes() const = 0;
    /// Problems found while reading the fields themselves (e.g. a body that is not JSON).
    [[nodiscard]] virtual QList<PlanIssue> inputIssues() const { return {}; }
    /// Issues at or below @p pathPrefix belong to the field labelled @p label; @p field (optional) is tinted
    /// while it has one. The longest matching prefix wins.
    void bindIssuePath(const QString& pathPrefix, const QString& label, QWidget* field = nullptr);
    /// The label (created by the base class, empty and hidden while valid) to place in the layout.
    [[nodiscard]] QLabel* issueLabel() const { return m_issueLabel; }
    [[nodiscard]] RunWizard* runWizard() const;
    /// The plan as the wizard holds it now (or this page's part of a default plan outside a wizard).
    [[nodiscard]] Plan currentPlan() const;
    /// Tells the wizard the input changed: re-validates and updates Next.
    void inputChanged();
    /// A new palette (light ↔ dark): the issue colours and tints are recomputed from it.
    void changeEvent(QEvent* event) override;

private:
    struct Binding {
        QString prefix;
        QString label;
        QPointer<QWidget> field;
    };
    [[nodiscard]] const Binding* bindingFor(const QString& path) const;
    void highlightFields(const QList<PlanIssue>& issues) const;

    QLabel* m_issueLabel;
    QList<Binding> m_bindings;
};

/// True when @p path equals @p prefix or continues it with '.' or '['.
[[nodiscard]] bool pathHasPrefix(const QString& path, const QString& prefix);

} // namespace scalescope::ui
