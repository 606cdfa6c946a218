// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/methodcombo.h"

#include "wizard/endpointsmodel.h"

#include <QComboBox>

namespace scalescope::ui {

void fillMethodCombo(QComboBox* combo)
{
    for (const QString& method : EndpointsModel::httpMethods())
        combo->addItem(method);
}

void selectMethod(QComboBox* combo, const QString& method)
{
    int index = combo->findText(method);
    if (index < 0) {
        combo->addItem(method);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace scalescope::ui
