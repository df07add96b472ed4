#include "randomization/FactorTable.h"

#include "instruments/InstrumentCatalog.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>

namespace td {

namespace {
constexpr int factorIdRole = Qt::UserRole + 1;

QString cutPointsText(const QList<double>& cuts)
{
    QStringList parts;
    for (double c : cuts)
        parts << QLocale().toString(c, 'g', 6);
    return parts.join(QStringLiteral("; "));
}
} // namespace

FactorTable::FactorTable(QWidget* parent) : QTableWidget(parent)
{
    setColumnCount(3);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table for the buttons below it instead of walking its cells.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(FactorColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(LevelsColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTableWidget::itemChanged, this, &FactorTable::changed);
}

void FactorTable::setFactors(const Protocol& protocol,
                             const std::vector<RandomizationFactor>& chosen)
{
    const QSignalBlocker block(this);
    m_protocol = protocol;
    // The chosen factors first, in their order, then the others in the protocol's order.
    std::vector<std::pair<const StratFactor*, const RandomizationFactor*>> rows;
    for (const RandomizationFactor& rf : chosen)
        for (const StratFactor& f : m_protocol.factors)
            if (f.id == rf.factorId)
                rows.emplace_back(&f, &rf);
    for (const StratFactor& f : m_protocol.factors) {
        bool isChosen = false;
        for (const RandomizationFactor& rf : chosen)
            isChosen |= rf.factorId == f.id;
        if (!isChosen)
            rows.emplace_back(&f, nullptr);
    }
    setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const auto& [factor, setting] = rows[static_cast<std::size_t>(r)];
        auto* name = new QTableWidgetItem;
        name->setData(factorIdRole, factor->id);
        name->setCheckState(setting ? Qt::Checked : Qt::Unchecked);
        auto* count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, QLocale().toString(levels(*factor)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* weight = new QTableWidgetItem;
        weight->setData(Qt::EditRole, setting ? setting->weight : 1.0);
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(r, FactorColumn, name);
        setItem(r, LevelsColumn, count);
        setItem(r, WeightColumn, weight);
    }
    setEditable(m_editable);
    retranslate();
    if (rowCount() > 0)
        setCurrentCell(0, FactorColumn);
}

void FactorTable::fitHeight()
{
    // Every row shows without scrolling and without empty space below the last one.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        height += rowHeight(r);
    setFixedHeight(height);
}

std::vector<RandomizationFactor> FactorTable::chosen(bool withWeights) const
{
    std::vector<RandomizationFactor> out;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem* name = item(r, FactorColumn);
        if (!name || name->checkState() != Qt::Checked)
            continue;
        const double weight =
            withWeights ? item(r, WeightColumn)->data(Qt::EditRole).toDouble() : 1.0;
        out.push_back({name->data(factorIdRole).toLongLong(), weight});
    }
    return out;
}

int FactorTable::rowOf(qint64 factorId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, FactorColumn)->data(factorIdRole).toLongLong() == factorId)
            return r;
    return -1;
}

void FactorTable::setChecked(qint64 factorId, bool checked)
{
    if (const int r = rowOf(factorId); r >= 0)
        item(r, FactorColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void FactorTable::setWeight(qint64 factorId, double weight)
{
    if (const int r = rowOf(factorId); r >= 0)
        item(r, WeightColumn)->setData(Qt::EditRole, weight);
}

void FactorTable::moveCurrent(int delta)
{
    const int from = currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= rowCount())
        return;
    {
        const QSignalBlocker block(this);
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem* a = takeItem(from, c);
            QTableWidgetItem* b = takeItem(to, c);
            setItem(from, c, b);
            setItem(to, c, a);
        }
    }
    setCurrentCell(to, currentColumn() < 0 ? FactorColumn : currentColumn());
    emit changed();
}

void FactorTable::setWeightsShown(bool shown)
{
    setColumnHidden(WeightColumn, !shown);
}

void FactorTable::setEditable(bool editable)
{
    m_editable = editable;
    const QSignalBlocker block(this);
    for (int r = 0; r < rowCount(); ++r) {
        Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        item(r, FactorColumn)->setFlags(editable ? base | Qt::ItemIsUserCheckable : base);
        item(r, LevelsColumn)->setFlags(base);
        item(r, WeightColumn)->setFlags(editable ? base | Qt::ItemIsEditable : base);
    }
}

void FactorTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Factor"), tr("Levels"), tr("Weight")});
    const QSignalBlocker block(this);
    for (int r = 0; r < rowCount(); ++r) {
        QTableWidgetItem* name = item(r, FactorColumn);
        const qint64 id = name->data(factorIdRole).toLongLong();
        for (const StratFactor& f : m_protocol.factors) {
            if (f.id != id)
                continue;
            name->setText(describe(f));
            name->setToolTip(tr("Code in the protocol: %1").arg(f.code));
            item(r, LevelsColumn)->setText(QLocale().toString(levels(f)));
        }
    }
    fitHeight();
}

int FactorTable::levels(const StratFactor& f) const
{
    if (f.source == StratSource::Site)
        return std::max(1, static_cast<int>(m_protocol.sites.size()));
    return static_cast<int>(f.cutPoints.size()) + 1;
}

QString FactorTable::describe(const StratFactor& f) const
{
    QString what;
    switch (f.source) {
    case StratSource::Site:
        what = tr("Site");
        break;
    case StratSource::Severity: {
        const InstrumentDefinition* d = InstrumentCatalog::builtIn().find(f.variable);
        const QString instrument = d && !d->shortName.isEmpty() ? d->shortName : f.variable;
        // The default time point reads as a phrase, another one by its label.
        const bool baseline = f.timePoint.isEmpty() || f.timePoint == QStringLiteral("baseline");
        const TimePoint* at = baseline ? nullptr : m_protocol.timePointByCode(f.timePoint);
        what = at ? tr("Severity: %1 total at %2, cut at %3")
                        .arg(instrument, at->label.text(), cutPointsText(f.cutPoints))
                  : tr("Severity: %1 total at baseline, cut at %2")
                        .arg(instrument, cutPointsText(f.cutPoints));
        break;
    }
    case StratSource::Covariate: {
        const Covariate* c = m_protocol.covariate(f.variable);
        what = tr("Covariate: %1, cut at %2")
                   .arg(c ? c->name.text() : f.variable, cutPointsText(f.cutPoints));
        break;
    }
    }
    // A protocol file names a factor by its code only; show a name only when it says more.
    const bool named = !f.name.isEmpty() && f.name != f.code;
    return named ? tr("%1 (%2)").arg(f.name, what) : what;
}

} // namespace td
