/// A payment plan for a client's open balance, from the plan form or `tagih plan`.
public struct PlanInput: Sendable, Equatable {
    /// How often instalments fall due; `custom` takes a written schedule.
    public enum Cadence: String, Sendable, Equatable, CaseIterable { case month, fortnight, week, custom }

    public var clientID: ClientID
    public var cadence: Cadence
    /// The number of instalments as typed (regular cadences).
    public var count: String
    /// The first instalment's date as typed; empty for in 14 days.
    public var first: String
    /// `DATE AMOUNT, DATE AMOUNT…` (the custom cadence), summing to the balance.
    public var schedule: String
    public var note: String

    public init(clientID: ClientID, cadence: Cadence = .month, count: String = "3", first: String = "",
                schedule: String = "", note: String = "") {
        self.clientID = clientID
        self.cadence = cadence
        self.count = count
        self.first = first
        self.schedule = schedule
        self.note = note
    }

    public enum Field: String, Sendable, Equatable, CaseIterable { case client, cadence, count, first, schedule, note }

    /// Most instalments a plan may have.
    public static let maxInstalments = 120

    /// The plan to save, covering the client's open invoices in the balance's currency, or the first problem.
    public func validate(book: Book, today: CivilDate, decimalMark: Character = ".",
                         money: MoneyFormat = .standard) -> Result<[EventBody], InputProblem<Field>> {
        Result { () throws(InputProblem<Field>) in
            let c = try InputRules.client(clientID, Field.client, in: book).get()
            let total = try InputRules.balance(of: c, Field.client, in: book).get()
            let instalments = cadence == .custom
                ? try custom(total: total, today: today, decimalMark: decimalMark, money: money)
                : try regular(total: total, today: today)
            let covered = book.openInvoices(of: c.id, currency: total.currency).map(\.id)
            return [.planAgreed(PaymentPlan(id: "", clientID: c.id, invoiceIDs: covered, agreedOn: today,
                                            instalments: instalments, note: CleanText.line(note)))]
        }
    }

    private func regular(total: Money, today: CivilDate) throws(InputProblem<Field>) -> [Instalment] {
        guard let n = Int(count.trimmingWhitespace), (1...Self.maxInstalments).contains(n) else {
            throw InputProblem(.count, Sentence("the number of instalments is from 1 to {0}", Self.maxInstalments))
        }
        let start = first.trimmingWhitespace.isEmpty
            ? today.adding(days: 14)
            : try InputRules.date(first, Field.first, today: today, notBefore: today).get()
        return Book.schedule(total: total, count: n, first: start, stepDays: cadence == .week ? 7 : 14, monthly: cadence == .month)
    }

    /// The instalments of a written schedule: separated by `;`, or by commas —
    /// a comma followed by a space where amounts write their decimals with one
    /// (`2026-12-15 2500000,50, 2027-01-15 2500000,50`).
    static func instalments(in schedule: String, decimalMark: Character) -> [Substring] {
        if schedule.contains(";") { return schedule.split(separator: ";") }
        guard decimalMark == "," else { return schedule.split(separator: ",") }
        var parts: [Substring] = []
        var start = schedule.startIndex, i = schedule.startIndex
        while i < schedule.endIndex {
            let next = schedule.index(after: i)
            if schedule[i] == ",", next == schedule.endIndex || schedule[next] == " " {
                parts.append(schedule[start..<i])
                start = next
            }
            i = next
        }
        parts.append(schedule[start...])
        return parts
    }

    private func custom(total: Money, today: CivilDate, decimalMark: Character, money f: MoneyFormat) throws(InputProblem<Field>) -> [Instalment] {
        var out: [Instalment] = []
        for part in Self.instalments(in: schedule, decimalMark: decimalMark) {
            let bits = part.split(separator: " ", omittingEmptySubsequences: true)
            guard bits.count == 2 else {
                throw InputProblem(.schedule, Sentence("write each instalment as DATE AMOUNT, separated by commas"))
            }
            let d = try InputRules.date(String(bits[0]), Field.schedule, today: today).get()
            let m = try InputRules.amount(String(bits[1]), Field.schedule, currency: total.currency, decimalMark: decimalMark).get()
            out.append(Instalment(date: d, amount: m))
        }
        guard !out.isEmpty else { throw InputProblem(.schedule, Sentence("the plan has no instalments")) }
        let sum = out.reduce(Int128(0)) { $0 + Int128($1.amount.minor) }
        guard sum == Int128(total.minor) else {
            let shown = Int64(exactly: sum).map { f.string(Money(minor: $0, currency: total.currency)) } ?? "?"
            throw InputProblem(.schedule, Sentence("the instalments add up to {0}, the balance is {1}", shown, f.string(total)))
        }
        return out
    }
}
