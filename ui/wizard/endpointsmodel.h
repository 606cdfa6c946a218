// SPDX-FileCopyrightText: 2026 The ScaleScope authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/planparser.h"

#include <QAbstractTableModel>

#include <optional>

namespace scalescope::ui {

/// The endpoints of a plan as an editable table (name, method, path, expected status, load-test weight) for the
/// wizard.
/// Each row also keeps what was typed but cannot be stored in an EndpointConfig yet (a status list or a
/// body that does not parse), so that the page can report it and the text survives a change of selection.
class EndpointsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, MethodColumn, PathColumn, ExpectColumn, WeightColumn, ColumnCount };
    explicit EndpointsModel(QObject* parent = nullptr);
    ~EndpointsModel() override;
    Q_DISABLE_COPY_MOVE(EndpointsModel)

    /// Replaces every row (model reset).
    void setEndpoints(const QList<EndpointConfig>& endpoints);
    /// The rows as plan endpoints; fields that do not parse are left at their last valid value.
    [[nodiscard]] QList<EndpointConfig> endpoints() const;
    [[nodiscard]] EndpointConfig endpoint(int row) const;
    /// Problems of what was typed ("endpoints[1].expect: …", "endpoints[2].body: not valid JSON …").
    [[nodiscard]] QList<PlanIssue> inputIssues() const;

    /// Inserts @p endpoint before @p row (-1: at the end), renaming it if its name is taken; returns its row.
    int insertEndpoint(const EndpointConfig& endpoint, int row = -1);
    /// Inserts a copy of @p row right after it, named "<name> (copy)"; returns the new row or -1.
    int duplicateEndpoint(int row);
    /// Moves @p row one place up (-1) or down (+1); returns false at the edges.
    bool moveEndpoint(int row, int delta);

    /// The body editor's text for @p row (JSON or, when raw, a text template) and whether it is raw.
    [[nodiscard]] QString bodyText(int row) const;
    [[nodiscard]] bool isRawBody(int row) const;
    /// Sets the body of @p row from an editor's text; text that does not parse is kept and reported.
    void setBody(int row, const QString& text, bool raw);

    /// @p name, or "<name> 2", "<name> 3", … whichever is not taken yet.
    [[nodiscard]] QString uniqueName(const QString& name) const;

    /// "200, 201"; empty for "any 2xx".
    [[nodiscard]] static QString formatStatuses(const QList<int>& statuses);
    /// Reads "200, 201" or "200 204"; empty text is the empty list; nullopt when a part is not a number.
    [[nodiscard]] static std::optional<QList<int>> parseStatuses(const QString& text);
    /// GET HEAD POST PUT PATCH DELETE OPTIONS
    [[nodiscard]] static QStringList httpMethods();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;

Q_SIGNALS:
    /// Any change of content: edits, rows added, removed, moved, reset. Emitted after the matching model signal
    /// has reached every view, so that a handler sees views that are up to date.
    void changed();

private:
    struct Row {
        EndpointConfig endpoint;
        QString expectText; ///< as typed; parsed into endpoint.expectedStatus when valid
        QString bodyText; ///< as typed; parsed into endpoint.request.body when valid
        bool rawBody = false;
        QString bodyError; ///< why bodyText is not valid JSON
    };
    static Row rowFor(const EndpointConfig& endpoint);

    QList<Row> m_rows;
};

} // namespace scalescope::ui
