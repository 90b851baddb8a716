/// One payment from a client split over several of its invoices, from the
/// payment form or `tagih pay CLIENT AMOUNT --allocate oldest|INV=AMOUNT,…`.
public struct AllocationInput: Sendable, Equatable {
    public var clientID: ClientID
    public var amount: String
    /// `oldest` (the oldest due first) or `INV=AMOUNT, INV=AMOUNT`.
    public var allocate: String
    public var date: String
    public var method: String

    public init(clientID: ClientID, amount: String, allocate: String = "oldest", date: String = "today", method: String = "") {
        self.clientID = clientID
        self.amount = amount
        self.allocate = allocate
        self.date = date
        self.method = method
    }

    public enum Field: String, Sendable, CaseIterable { case client, amount, allocate, date, method }

    /// The payments, one per invoice, or the first problem and its field.
    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".", money: MoneyFormat = .standard) -> Result<[Payment], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let open = book.openInvoices(of: c.id)
            guard let first = open.first else { throw InputProblem(.amount, Sentence("{0} owes nothing", c.name)) }
            let total = try InputRules.amount(amount, Field.amount, currency: first.amount.currency, decimalMark: decimalMark).get()
            let spec = allocate.trimmingWhitespace
            let parts = spec.isEmpty || spec.lowercased() == "oldest"
                ? try oldestFirst(total, open, book: book, money: money)
                : try named(spec, total: total, book: book, decimalMark: decimalMark, money: money)
            return try parts.map { inv, m throws(InputProblem<Field>) in
                Payment(id: "", invoiceID: inv.id, date: try PaymentInput.day(date, for: inv, today: today, field: Field.date).get(),
                        amount: m, method: method.trimmingWhitespace)
            }
        }
    }

    private func oldestFirst(_ total: Money, _ open: [Invoice], book: Book, money: MoneyFormat) throws(InputProblem<Field>) -> [(Invoice, Money)] {
        var left = total.minor
        var out: [(Invoice, Money)] = []
        for inv in open where inv.amount.currency == total.currency && left > 0 {
            let part = min(left, book.balance(inv).minor)
            out.append((inv, Money(minor: part, currency: total.currency)))
            left -= part
        }
        if left > 0 {
            let owed = book.balances(of: clientID).first { $0.currency == total.currency } ?? total
            throw InputProblem(.amount, Sentence("{0} is more than the balance of {1}", money.string(total), money.string(owed)))
        }
        return out
    }

    private func named(_ spec: String, total: Money, book: Book, decimalMark: Character, money: MoneyFormat) throws(InputProblem<Field>) -> [(Invoice, Money)] {
        var out: [(Invoice, Money)] = []
        let separators: Set<Character> = decimalMark == "," ? [";"] : [",", ";"]
        for piece in spec.split(whereSeparator: { separators.contains($0) }).map({ String($0).trimmingWhitespace }) where !piece.isEmpty {
            var kv = piece.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            // A bare invoice number takes the whole amount.
            if kv.count == 1, !spec.contains("=") { kv.append(money.number(total)) }
            guard kv.count == 2 else { throw InputProblem(.allocate, Sentence("\"{0}\" is not INVOICE=AMOUNT", piece)) }
            guard let inv = book.invoices(of: clientID).first(where: { $0.number.lowercased() == kv[0].lowercased() || $0.id.raw == kv[0] }) else {
                throw InputProblem(.allocate, Sentence("{0} is not an invoice of this client", kv[0]))
            }
            if out.contains(where: { $0.0.id == inv.id }) { throw InputProblem(.allocate, Sentence("{0} is named twice", inv.number)) }
            let m = try InputRules.amount(kv[1], Field.allocate, currency: inv.amount.currency, decimalMark: decimalMark).get()
            if m.minor > book.balance(inv).minor {
                throw InputProblem(.allocate, Sentence("{0} is more than the balance of {1} ({2})", money.string(m), inv.number, money.string(book.balance(inv))))
            }
            out.append((inv, m))
        }
        guard !out.isEmpty else { throw InputProblem(.allocate, Sentence("say oldest, or INVOICE=AMOUNT for each invoice")) }
        let sum = out.reduce(Int64(0)) { $0 + ($1.1.currency == total.currency ? $1.1.minor : 0) }
        if out.contains(where: { $0.1.currency != total.currency }) || sum != total.minor {
            throw InputProblem(.allocate, Sentence("the parts add up to {0}, not {1}", money.string(Money(minor: sum, currency: total.currency)), money.string(total)))
        }
        return out
    }
}

/// A problem with one field of a split payment.
public typealias AllocationProblem = InputProblem<AllocationInput.Field>
