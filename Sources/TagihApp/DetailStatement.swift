import TagihCore

extension DetailContent {
    /// The client's statement of account in the detail pane (`S`): for each
    /// currency the entries with the running balance, the closing balance and
    /// its aging line, as `tagih statement` prints it.
    static func statement(_ state: AppState, _ c: Client) -> [DetailLine] {
        let t = state.text, fmt = state.moneyFormat, dates = state.dates
        var out = [DetailLine([(t.tr("Statement of account: {0}", c.name), "detail.heading")]),
                   DetailLine([(t.tr("S goes back to the client"), "text.dim")])]
        for s in Statement.of(c.id, book: state.book, from: nil, to: state.today, buckets: state.buckets) {
            out.append(.blank)
            out.append(DetailLine([(s.currency.code, "detail.label")]))
            for l in s.lines {
                let amount = l.debit.map { "+" + fmt.number($0) } ?? l.credit.map { "−" + fmt.number($0) } ?? ""
                out.append(DetailLine([("\(dates.short(l.date))  ", "timeline.meta"), (kind(t, l.kind) + " " + l.reference, "text"),
                                       ("  " + amount, l.debit != nil ? "amount" : "text.dim"), ("  = " + fmt.number(l.balance), "text")]))
            }
            out.append(DetailLine([(t.tr("closing balance") + " ", "detail.label"), (fmt.string(s.closing), "amount")]))
            let aging = zip(0..<state.buckets.count, s.aging).filter { $0.1.isPositive }.map { "\(t.bucket(state.buckets, $0.0)) \(fmt.number($0.1))" }
            if !aging.isEmpty { out.append(DetailLine([("  " + aging.joined(separator: " · "), "text.dim")])) }
        }
        return out
    }

    private static func kind(_ t: Strings, _ k: Statement.Kind) -> String {
        switch k {
        case .invoice: return t.tr("invoice")
        case .payment: return t.tr("payment")
        case .credit: return t.tr("credit note")
        case .writeOff: return t.tr("write-off")
        case .reversal: return t.tr("payment reversed")
        case .void: return t.tr("void")
        }
    }
}
