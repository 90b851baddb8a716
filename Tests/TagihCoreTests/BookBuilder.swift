import XCTest
@testable import TagihCore

/// A small book built event by event, with dates as the events' times.
struct BookBuilder {
    var maker = EventMaker()
    var book = Book()
    /// Every event added, in order.
    var events: [Event] = []

    mutating func add(_ body: EventBody, on day: String, hour: Int = 10) {
        let d = CivilDate(iso: day)!
        let at = Int64(d.dayNumber) * 86_400_000 + Int64(hour) * 3_600_000
        precondition(book.validate(body) == nil, "\(body): \(book.validate(body)!)")
        let e = maker.make(body, at: at)
        events.append(e)
        book.apply(e)
    }

    mutating func client(_ id: String = "c1", name: String = "CV Maju Jaya", owner: String? = "Rina") {
        add(.clientRecorded(Client(id: ClientID(id), name: name, termsDays: 30, contractRef: "k", owner: owner)), on: "2025-01-01")
    }

    mutating func invoice(_ id: String, client: String = "c1", issued: String, due: String, minor: Int64, _ c: Currency = .usd) {
        add(.invoiceIssued(Invoice(id: InvoiceID(id), number: "INV-\(id)", clientID: ClientID(client),
                                   issued: CivilDate(iso: issued)!, due: CivilDate(iso: due)!,
                                   amount: Money(minor: minor, currency: c))), on: issued, hour: 8)
    }

    mutating func pay(_ id: String, _ minor: Int64, on day: String, _ c: Currency = .usd) {
        add(.paymentRecorded(Payment(id: "", invoiceID: InvoiceID(id), date: CivilDate(iso: day)!,
                                     amount: Money(minor: minor, currency: c))), on: day, hour: 15)
    }

    mutating func call(_ client: String = "c1", on day: String, promise: PromiseToPay? = nil, next: String? = nil) {
        add(.interactionLogged(Interaction(id: "", clientID: ClientID(client), kind: .call, at: Timestamp(millis: 0),
                                           outcome: promise == nil ? .reached : .promised, notes: "", by: "Rina",
                                           nextFollowUp: next.flatMap { CivilDate(iso: $0) }, promise: promise)), on: day)
    }
}

/// `add` stamps events with their day; interactions take the event's time.
extension BookBuilder {
    mutating func contact(_ client: String = "c1", on day: String, promise: PromiseToPay? = nil, next: String? = nil) {
        let d = CivilDate(iso: day)!
        let at = Timestamp(millis: Int64(d.dayNumber) * 86_400_000 + 36_000_000)
        add(.interactionLogged(Interaction(id: "", clientID: ClientID(client), kind: .call, at: at,
                                           outcome: promise == nil ? .reached : .promised, notes: "", by: "Rina",
                                           nextFollowUp: next.flatMap { CivilDate(iso: $0) }, promise: promise)), on: day)
    }
}

func day(_ s: String) -> CivilDate { CivilDate(iso: s)! }
