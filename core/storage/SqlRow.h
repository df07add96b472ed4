#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <functional>

namespace td {

// One row of a result, read in place (Database::read): no QVariant and no UTF-16 copy per
// value. A column's text stays valid until the visitor returns.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    virtual bool isNull(int column) const = 0;
    // The value as UTF-8 text, exactly as QVariant::toString() of QSqlQuery::value() gives it
    // (a real number in its shortest exact form; empty for NULL).
    virtual QByteArrayView text(int column) const = 0;
    virtual double toDouble(int column) const = 0;
};

// Called once per row; an error stops the reading and is returned by Database::read.
using RowVisitor = std::function<Status(const SqlRow&)>;

} // namespace td
