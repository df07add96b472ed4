#pragma once

#include "trial/Protocol.h"

#include <QWidget>
#include <map>
#include <vector>

class QFormLayout;
class QLabel;

namespace td {

class ErrorLabel;

// The protocol's covariates as typed inputs: a spin box within the covariate's range for
// numbers, a list for choices, a date field, a line for text. Each starts at "–" (not
// given); those the protocol requires before randomization are marked. A recorded value is
// shown and can be corrected, never erased (CovariateValues skips what is not given).
class CovariateInputs : public QWidget
{
    Q_OBJECT

public:
    explicit CovariateInputs(std::vector<Covariate> covariates, QWidget* parent = nullptr);

    // Shows recorded values (code -> value as stored) in the inputs.
    void setValues(const std::map<QString, QString>& values);
    // Every covariate's value as core takes it (code -> "42", "f", "2026-03-01"); an empty
    // text for those not given.
    std::map<QString, QString> values() const;
    // Sets one input from a stored-style value ("42", "f"; empty: not given), as typing would.
    bool setValue(const QString& code, const QString& value);
    QWidget* input(const QString& code) const;
    // The line under a covariate for a refusal naming it.
    ErrorLabel* refusalLine(const QString& code) const;
    const std::vector<Covariate>& covariates() const { return m_covariates; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* name = nullptr;
        QWidget* input = nullptr;
        QLabel* hint = nullptr;
        ErrorLabel* error = nullptr;
    };
    QWidget* makeInput(const Covariate& c);
    QString valueOf(const Covariate& c, const QWidget* input) const;
    void retranslateUi();

    std::vector<Covariate> m_covariates;
    std::vector<Row> m_rows;
    QLabel* m_none;
};

} // namespace td
