import TagihCore

/// The settlement form: answering the client's open offer, or making or recording a new one.
func offerForm(_ state: AppState, _ c: Client) -> FormState? {
    let book = state.book, fmt = state.moneyFormat, today = state.today
    let status = book.status(c.id, today: today, policy: state.policy, zoneOffset: state.zoneOffset)
    let balances = book.balances(of: c.id)
    if let open = status.offers.last(where: { $0.status == .proposed }) {
        let o = open.offer
        var info = [offeredLine(o, fmt, state.text, state.dates)]
        if let b = balances.first(where: { $0.currency == o.amount.currency }), let r = book.recovery(c.id, today: today, status: status) {
            let cmp = OfferComparison(balance: b, offer: o.amount, recovery: r.probability)
            info.append(state.text.tr("Holding out is worth about {0} ({1} of {2}); accepting gives {3}.", fmt.string(cmp.holdOut), r.percent,
                           fmt.string(b), fmt.string(cmp.accept)))
            info.append(cmp.acceptIsBetter ? state.text.tr("Accepting is worth more than holding out.") : state.text.tr("Holding out is worth more, if the estimate is right."))
        }
        info.append(state.text.tr("Accepting is an agreement: nothing counts as collected until the agreed amount is paid by its day; then the rest is written off as \"settlement\"."))
        return FormState(title: state.text.tr("Answer the offer") + " · " + c.name, info: info,
                         fields: [.choice(.answer(.answer), state.text.tr("Answer"), OfferAnswerChoice.allCases.map { $0.shown(state.text) }, 0),
                                  .text(.answer(.payBy), state.text.tr("Pay by"), today.adding(days: Book.settlementDays).iso, hint: state.text.tr("when accepting")),
                                  .text(.answer(.instalments), state.text.tr("Instalments"), "1", hint: state.text.tr("monthly, when more than 1"))],
                         purpose: .answerOffer(c.id, offerID: o.id))
    }
    guard let b = book.primaryBalance(of: c.id) else { return nil }
    var info = [state.text.tr("Owed: {0}.", balances.map(fmt.string).joined(separator: " + "))]
    if let r = book.recovery(c.id, today: today, status: status) {
        info.append(state.text.tr("Recovery estimate {0}: {1}", r.percent, r.basis.map(state.text.say).joined(separator: " ")))
        info.append(state.text.tr("Expected if holding out: {0}.", fmt.string(OfferComparison(balance: b, offer: b, recovery: r.probability).holdOut)))
    }
    return FormState(
        title: state.text.tr("Settlement offer") + " · " + c.name, info: info,
        fields: [.choice(.offer(.offeredBy), state.text.tr("Offered by"), OfferedByChoice.allCases.map { $0.shown(state.text) }, 0),
                 .text(.offer(.amount), state.text.tr("Amount"), hint: b.currency.code),
                 .text(.offer(.expires), state.text.tr("Valid until"), today.adding(days: 14).iso), .text(.offer(.note), state.text.tr("Note"))],
        purpose: .offer(c.id))
}

/// Who made an offer, as the form offers the choice.
enum OfferedByChoice: String, CaseIterable {
    case client, us
    var party: OfferParty { self == .us ? .us : .client }
    func shown(_ t: Strings) -> String { self == .us ? t.tr("us") : t.tr("client") }
}

/// The answer to an open offer, as the form offers the choice.
enum OfferAnswerChoice: String, CaseIterable {
    case accept, reject
    func shown(_ t: Strings) -> String { self == .accept ? t.tr("accept") : t.tr("reject") }
}

private func offeredLine(_ o: SettlementOffer, _ fmt: MoneyFormat, _ t: Strings, _ d: DateFormat) -> String {
    switch (o.offeredBy, o.expires) {
    case let (.client, until?): return t.tr("They offered {0} on {1}, valid until {2}.", fmt.string(o.amount), d.short(o.date), d.short(until))
    case (.client, nil): return t.tr("They offered {0} on {1}.", fmt.string(o.amount), d.short(o.date))
    case let (.us, until?): return t.tr("We offered {0} on {1}, valid until {2}.", fmt.string(o.amount), d.short(o.date), d.short(until))
    case (.us, nil): return t.tr("We offered {0} on {1}.", fmt.string(o.amount), d.short(o.date))
    }
}
