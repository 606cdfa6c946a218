// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;
class QString;

namespace scalescope::ui {

/// Offers EndpointsModel::httpMethods() in @p combo (the method of a request the wizard edits).
void fillMethodCombo(QComboBox* combo);
/// Selects @p method in @p combo, adding it first when the combo does not offer it (a custom method from a plan
/// file), so that loading and applying a plan keeps it.
void selectMethod(QComboBox* combo, const QString& method);

} // namespace scalescope::ui
