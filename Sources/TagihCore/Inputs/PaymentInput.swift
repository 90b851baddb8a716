/// A payment as typed in the payment form or given to `tagih pay`, before it
/// is checked. Both paths validate here.
public struct PaymentInput: Sendable, Equatable {
    public var invoiceID: InvoiceID
    public var amount: String
    public var date: String
    public var method: String

    public init(invoiceID: InvoiceID, amount: String, date: String = "today", method: String = "") {
        self.invoiceID = invoiceID
        self.amount = amount
        self.date = date
        self.method = method
    }

    public enum Field: String, Sendable { case invoice, amount, date, method }

    /// The payment to record, or the first problem and the field it is in.
    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".",
                         money: MoneyFormat = .standard) -> Result<Payment, PaymentProblem> {
        guard let inv = book.invoices[invoiceID] else { return .failure(.init(.invoice, Sentence("unknown invoice {0}", invoiceID))) }
        if book.voiding(inv) != nil { return .failure(.init(.invoice, Sentence("{0} is void", inv.number))) }
        let m: Money
        switch Parse.typedMoney(amount, currency: inv.amount.currency, decimalMark: decimalMark) {
        case let .failure(e): return .failure(.init(.amount, e.sentence))
        case let .success(v): m = v
        }
        guard m.isPositive else { return .failure(.init(.amount, Sentence("a payment must be more than zero"))) }
        let balance = book.balance(inv)
        if m.minor > balance.minor {
            return .failure(.init(.amount, Sentence("{0} is more than the balance of {1} ({2})", money.string(m), inv.number, money.string(balance))))
        }
        return PaymentInput.day(date, for: inv, today: today, field: Field.date).map {
            Payment(id: "", invoiceID: inv.id, date: $0, amount: m, method: method.trimmingWhitespace)
        }
    }

    /// The day a payment was received: not in the future, not before the invoice.
    static func day<F>(_ text: String, for inv: Invoice, today: CivilDate, field: F) -> Result<CivilDate, InputProblem<F>> {
        switch Parse.date(text, today: today) {
        case let .failure(e): return .failure(.init(field, e.sentence))
        case let .success(d):
            if d > today { return .failure(.init(field, Sentence("payment date {0} is in the future", d.iso))) }
            if d < inv.issued { return .failure(.init(field, Sentence("payment date {0} is before the invoice was issued ({1})", d.iso, inv.issued.iso))) }
            return .success(d)
        }
    }
}

extension Book {
    /// A payment already recorded that looks like this one (same invoice,
    /// amount, day and method): recording it again is probably a mistake.
    public func duplicate(of p: Payment) -> Payment? {
        paymentsByInvoice[p.invoiceID]?.first { $0.amount == p.amount && $0.date == p.date && $0.method == p.method }
    }
}

/// A problem with one field of the payment form.
public typealias PaymentProblem = InputProblem<PaymentInput.Field>
