import TagihCore

/// The rows of a report that are not invoices: group headings (a customer's
/// name alone), totals (`Total for …`, `TOTAL`), the footer with the time
/// the report was made, and rows of other kinds (payments, credit memos in a
/// QuickBooks report). They are skipped and counted, never read as invoices.
struct SkippedRows {
    var totals = 0, other = 0
    var kinds: [String: Int] = [:]

    /// Whether the row is one to skip (and counts it).
    mutating func skips(_ r: Importer.RowReader) -> Bool {
        let cells = r.row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let first = cells.first { !$0.isEmpty } ?? ""
        let lower = first.lowercased()
        if lower == "total" || lower.hasPrefix("total for ") || lower.hasPrefix("total ") && cells.filter({ !$0.isEmpty }).count <= 3 {
            totals += 1
            return true
        }
        if let t = r.text(.transactionType), !t.isEmpty, t.lowercased() != "invoice" {
            kinds[t, default: 0] += 1
            return true
        }
        // A heading or a footer: neither an invoice number nor an amount.
        if (r.text(.number) ?? "").isEmpty && (r.text(.amount) ?? "").isEmpty && (r.text(.unitAmount) ?? "").isEmpty && (r.text(.base) ?? "").isEmpty {
            other += 1
            return true
        }
        return false
    }

    /// What was skipped, for the import's report.
    var notes: [String] {
        var out: [String] = []
        if totals > 0 { out.append(trn("skipped {0} total row", "skipped {0} total rows", totals)) }
        if other > 0 { out.append(trn("skipped {0} heading or footer row", "skipped {0} heading or footer rows", other)) }
        for (k, n) in kinds.sorted(by: { $0.key < $1.key }) { out.append(trn("skipped {0} row of type {1}", "skipped {0} rows of type {1}", n, k)) }
        return out
    }
}

extension Importer.RowReader {
    /// A line's amount with its tax rate in percent added (Jurnal's "Tax Rate").
    func withTaxRate(_ amount: Money) throws(ImportError) -> Money {
        guard let t = text(.taxRate)?.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces), !t.isEmpty else { return amount }
        guard let rate = Double(t.replacingOccurrences(of: ",", with: ".")), rate >= 0, rate <= 100 else {
            throw error(.taxRate, tr("tax rate \"{0}\" is not a percentage", t))
        }
        return Money(minor: Int64((Double(amount.minor) * (1 + rate / 100)).rounded()), currency: amount.currency)
    }
}

extension Importer.RowReader {
    /// A row's amount: the invoice's total (Xero repeats it on every line), a
    /// line's quantity × price with its tax, DPP + PPN, or the amount column;
    /// and whether it is the invoice's total (lines are then not summed).
    func invoiceAmount(preset: ImportPreset, currency: Currency, mark: Character) throws(ImportError) -> (Money, Bool) {
        var amount: Money
        let invoiceTotal = preset.linesPerInvoice && columns[.amount] != nil && !(text(.amount) ?? "").isEmpty
        if invoiceTotal {
            // Xero repeats the invoice's total on every line: it is the amount, the lines are not summed.
            amount = try money(.amount, tr("total"), currency: currency, mark: mark)
        } else if preset.linesPerInvoice {
            if columns[.lineAmount] != nil, let t = text(.lineAmount), !t.isEmpty {
                amount = try money(.lineAmount, tr("line amount"), currency: currency, mark: mark, allowZero: true)
            } else {
                let unit = try money(.unitAmount, tr("unit amount"), currency: currency, mark: mark, allowZero: true)
                let qText = text(.quantity) ?? "1"
                guard let q = Double(qText.isEmpty ? "1" : qText.replacingOccurrences(of: ",", with: ".")), q >= 0, q < 1e9 else {
                    throw error(.quantity, tr("quantity \"{0}\" is not a number", qText))
                }
                let product = (Double(unit.minor) * q).rounded()
                guard product <= Double(Money.limit) else { throw error(.quantity, tr("quantity × unit amount is too large")) }
                amount = Money(minor: Int64(product), currency: currency)
            }
            if let t = text(.tax), !t.isEmpty {
                let tax = try money(.tax, tr("tax amount"), currency: currency, mark: mark, allowZero: true)
                amount = (try? amount.adding(tax)) ?? amount
            }
            amount = try withTaxRate(amount)
        } else if columns[.amount] == nil || (text(.amount) ?? "").isEmpty, columns[.base] != nil {
            // DPP and PPN: the invoice is their sum.
            let base = try money(.base, "DPP", currency: currency, mark: mark)
            let vat = (text(.vat) ?? "").isEmpty ? Money.zero(currency)
                : try money(.vat, "PPN", currency: currency, mark: mark, allowZero: true)
            amount = (try? base.adding(vat)) ?? base
        } else {
            amount = try money(.amount, tr("amount"), currency: currency, mark: mark)
        }
        return (amount, invoiceTotal)
    }
}
