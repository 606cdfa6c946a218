// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/planpage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace scalescope::ui {

class BodyEditor;

/// The dataset: seeded (records created through the API up to each size, then deleted) or a sweep ({size}
/// substituted into the endpoints); the sizes; the seed request with a live preview of one expanded body; where the
/// new record's id is; the cleanup and count requests.
class DatasetPage : public PlanPage {
    Q_OBJECT
public:
    explicit DatasetPage(QWidget* parent = nullptr);
    ~DatasetPage() override;
    Q_DISABLE_COPY_MOVE(DatasetPage)

    void loadPlan(const Plan& plan) override;
    void applyTo(Plan& plan) const override;
    void initializePage() override;

    /// Reads "10 50 100", "10, 50, 100" or "10;50"; nullopt (and @p bad set to the first offending part) when a part
    /// is not a whole number — or, with @p skipBad, the numbers without the parts that are not.
    [[nodiscard]] static std::optional<QList<int>> parseSizes(
        const QString& text, QString* bad = nullptr, bool skipBad = false);
    /// The size presets offered as buttons.
    [[nodiscard]] static QStringList sizePresets();

    /// The preview text: the seed request with its body expanded for record 1.
    [[nodiscard]] QString previewText() const;

protected:
    [[nodiscard]] QStringList issuePrefixes() const override;
    [[nodiscard]] QList<PlanIssue> inputIssues() const override;

private:
    [[nodiscard]] bool isSeeded() const;
    void updateEnabled();
    void updatePreview();

    QRadioButton* m_seedMode;
    QRadioButton* m_sweepMode;
    QLineEdit* m_sizes;
    QGroupBox* m_seedGroup;
    QComboBox* m_seedMethod;
    QLineEdit* m_seedPath;
    BodyEditor* m_seedBody;
    QPlainTextEdit* m_preview;
    QComboBox* m_idSource;
    QLineEdit* m_idPointer;
    QCheckBox* m_cleanup;
    QComboBox* m_cleanupMethod;
    QLineEdit* m_cleanupPath;
    QCheckBox* m_count;
    QLineEdit* m_countPath;
    QLineEdit* m_countPointer;
    QLabel* m_countPointerLabel;
};

} // namespace scalescope::ui
