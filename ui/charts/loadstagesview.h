// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "load/loadtypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace scalescope::ui {

class LoadStagesModel;
class RunModel;

/// The stages of a load test as they finish (LoadStagesModel in a table whose stage names carry a mark: the breaking
/// point, the last good step, the recovery), and above it, once the run has ended, its outcome in large type: where a
/// stress ramp broke and the last step that held, or that it reached its maximum; for other kinds the best and the
/// last stage in one line.
class LoadStagesView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStagesView)
public:
    explicit LoadStagesView(RunModel* model, QWidget* parent = nullptr);
    ~LoadStagesView() override;

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] LoadStagesModel* stagesModel() const { return m_stages; }
    [[nodiscard]] QLabel* outcomeLabel() const { return m_outcome; }

    /// The outcome of a finished load test in one or two sentences (translated); empty when there is nothing to say.
    [[nodiscard]] static QString outcomeText(const LoadResult& load);
    /// Whether the outcome is bad news (a stress ramp broke): the label is coloured for it.
    [[nodiscard]] static bool outcomeIsBreak(const LoadResult& load);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshOutcome();

    QPointer<RunModel> m_model;
    QLabel* m_outcome;
    QTableView* m_table;
    LoadStagesModel* m_stages;
};

} // namespace scalescope::ui
