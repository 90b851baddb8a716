/// The typed inputs of the corrections: reversing a payment, a credit note,
/// voiding an invoice and amending a contact, shared by the app and the
/// commands `tagih reverse`, `credit`, `void` and `amend`.
public struct ReversalInput: Sendable, Equatable {
    /// The payment's id, or its start or end (at least 6 characters; the screens show the last 8).
    public var paymentID: String
    public var reason: String
    public init(paymentID: String, reason: String) {
        self.paymentID = paymentID
        self.reason = reason
    }

    public enum Field: String, Sendable, CaseIterable { case payment, reason }

    public func validate(book: Book, today: CivilDate) -> Result<Correction, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let (p, inv) = try book.findPayment(paymentID.trimmingWhitespace, field: Field.payment)
            let why = try InputRules.required(reason, Field.reason, Sentence("say why (a bounced transfer, entered twice, the wrong invoice…)"))
            return Correction(kind: .reversePayment, clientID: inv.clientID, invoiceID: inv.id, target: p.id, amount: p.amount, reason: why, date: today)
        }
    }
}

/// A credit note: part of an invoice is no longer owed (a complaint, a return).
public struct CreditInput: Sendable, Equatable {
    public var invoiceID: InvoiceID
    public var amount: String
    public var reason: String
    public init(invoiceID: InvoiceID, amount: String, reason: String) {
        self.invoiceID = invoiceID
        self.amount = amount
        self.reason = reason
    }

    public enum Field: String, Sendable, CaseIterable { case invoice, amount, reason }

    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".", money: MoneyFormat = .standard) -> Result<Correction, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            guard let inv = book.invoices[invoiceID] else { throw InputProblem(.invoice, Sentence("unknown invoice {0}", invoiceID)) }
            let m = try InputRules.amount(amount, Field.amount, currency: inv.amount.currency, decimalMark: decimalMark).get()
            let left = book.balance(inv)
            if m.minor > left.minor { throw InputProblem(.amount, Sentence("{0} is more than the balance of {1} ({2})", money.string(m), inv.number, money.string(left))) }
            let why = try InputRules.required(reason, Field.reason, Sentence("say why the client is credited"))
            return Correction(kind: .credit, clientID: inv.clientID, invoiceID: inv.id, amount: m, reason: why, date: today)
        }
    }
}

/// Voiding an invoice issued by mistake.
public struct VoidInput: Sendable, Equatable {
    public var invoiceID: InvoiceID
    public var reason: String
    public init(invoiceID: InvoiceID, reason: String) {
        self.invoiceID = invoiceID
        self.reason = reason
    }

    public enum Field: String, Sendable, CaseIterable { case invoice, reason }

    public func validate(book: Book, today: CivilDate) -> Result<Correction, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            guard let inv = book.invoices[invoiceID] else { throw InputProblem(.invoice, Sentence("unknown invoice {0}", invoiceID)) }
            if book.voiding(inv) != nil { throw InputProblem(.invoice, Sentence("{0} is already void", inv.number)) }
            if !(book.paymentsByInvoice[inv.id] ?? []).isEmpty {
                throw InputProblem(.invoice, Sentence("{0} has payments; reverse them before voiding it", inv.number))
            }
            let why = try InputRules.required(reason, Field.reason, Sentence("say why the invoice is void"))
            return Correction(kind: .void, clientID: inv.clientID, invoiceID: inv.id, reason: why, date: today)
        }
    }
}

/// Amending a logged contact: its note, outcome or promise.
public struct AmendInput: Sendable, Equatable {
    public var contactID: String
    /// nil: unchanged.
    public var notes: String?
    public var outcome: String?
    /// `AMOUNT@DATE`, or "none" to take the promise away; nil: unchanged.
    public var promise: String?
    public var reason: String

    public init(contactID: String, notes: String? = nil, outcome: String? = nil, promise: String? = nil, reason: String = "") {
        self.contactID = contactID
        self.notes = notes
        self.outcome = outcome
        self.promise = promise
        self.reason = reason
    }

    public enum Field: String, Sendable, CaseIterable { case contact, notes, outcome, promise, reason, changes }

    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".") -> Result<Correction, InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let i = try book.findContact(contactID.trimmingWhitespace, field: Field.contact)
            var c = Correction(kind: .amendContact, clientID: i.clientID, target: i.id, reason: ClientInput.line(reason), date: today,
                               notes: notes.map(CleanText.multiline))
            if let o = outcome {
                guard let v = Outcome(name: o), i.kind.outcomes.contains(v) else {
                    throw InputProblem(.outcome, Sentence("outcome of a {0}: {1}", i.kind.name, i.kind.outcomes.map(\.rawValue).joined(separator: ", ")))
                }
                c.outcome = v
            }
            if let p = promise?.trimmingWhitespace {
                if p.lowercased() == "none" { c.dropsPromise = true } else {
                    let new = try Self.promise(p, book: book, client: i.clientID, today: today, decimalMark: decimalMark)
                    c.promise = new
                    // A follow-up that was the promise's default moves with it.
                    if i.nextFollowUp == nil || i.nextFollowUp == i.promise?.date.adding(days: 1) { c.nextFollowUp = new.date.adding(days: 1) }
                }
            }
            if c.notes == nil && c.outcome == nil && c.promise == nil && !c.dropsPromise {
                throw InputProblem(.changes, Sentence("say what changes: the note, the outcome or the promise"))
            }
            return c
        }
    }

    private static func promise(_ text: String, book: Book, client: ClientID, today: CivilDate, decimalMark: Character) throws(InputProblem<Field>) -> PromiseToPay {
        let parts = text.split(separator: "@", maxSplits: 1).map { String($0).trimmingWhitespace }
        guard parts.count == 2 else { throw InputProblem(.promise, Sentence("a promise is AMOUNT@DATE, or none")) }
        let currency = book.promiseCurrency(client: client, invoices: [])
        let m = try InputRules.amount(parts[0], Field.promise, currency: currency, decimalMark: decimalMark).get()
        return PromiseToPay(amount: m, date: try InputRules.date(parts[1], Field.promise, today: today).get())
    }
}

extension InputRules {
    /// `text` trimmed, or `problem` in `field` when it is empty.
    static func required<F>(_ text: String, _ field: F, _ problem: Sentence) throws(InputProblem<F>) -> String {
        let t = CleanText.multiline(text).trimmingWhitespace
        if t.isEmpty { throw InputProblem(field, problem) }
        return t
    }
}

extension Book {
    /// The live payment with this id (or the one whose id starts with it), and its invoice.
    func findPayment<F>(_ id: String, field: F) throws(InputProblem<F>) -> (Payment, Invoice) {
        var found: [(Payment, Invoice)] = []
        for (inv, list) in paymentsByInvoice {
            for p in list where p.id == id || (id.count >= 6 && (p.id.hasPrefix(id) || p.id.hasSuffix(id))) {
                if let i = invoices[inv] { found.append((p, i)) }
            }
        }
        if let exact = found.first(where: { $0.0.id == id }) { return exact }
        guard found.count == 1, let one = found.first else {
            if found.isEmpty {
                let gone = reversedPayments.values.contains { $0.contains { $0.id == id || (id.count >= 6 && ($0.id.hasPrefix(id) || $0.id.hasSuffix(id))) } }
                throw InputProblem(field, gone ? Sentence("payment {0} is already reversed", id) : Sentence("no payment {0}", id))
            }
            throw InputProblem(field, Sentence("{0} starts {1} payment ids; give more of it", id, found.count))
        }
        return one
    }

    /// The logged contact with this id (or the one whose id starts with it).
    func findContact<F>(_ id: String, field: F) throws(InputProblem<F>) -> Interaction {
        var found: [Interaction] = []
        for list in interactionsByClient.values {
            for i in list where i.id == id || (id.count >= 6 && (i.id.hasPrefix(id) || i.id.hasSuffix(id))) { found.append(i) }
        }
        if let exact = found.first(where: { $0.id == id }) { return exact }
        guard found.count == 1, let one = found.first else {
            throw InputProblem(field, found.isEmpty ? Sentence("no contact {0}", id) : Sentence("{0} starts {1} contact ids; give more of it", id, found.count))
        }
        return one
    }
}
