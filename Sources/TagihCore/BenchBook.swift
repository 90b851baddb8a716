/// A large, realistic, deterministic book for the benchmark: mixed currencies,
/// wide-character names, multi-line notes, payments, promises and plans, and
/// one client with a thousand contacts.
public enum BenchBook {
    public struct Size: Sendable {
        public var clients: Int
        public var invoices: Int
        public var events: Int
        public init(clients: Int, invoices: Int, events: Int) {
            self.clients = clients
            self.invoices = invoices
            self.events = events
        }
    }

    static let firstWords = ["CV", "PT", "UD", "Toko", "Koperasi", "株式会社", "Müller", "Café", "Østergaard", "北京", "서울", "Ñandú"]
    static let lastWords = ["Maju Jaya", "Sinar Abadi", "山田", "Sumber Rejeki", "Söhne GmbH", "Crème", "ApS", "星光贸易", "디자인", "Importaciones",
                            "Berkah Makmur", "Nusantara", "Mandiri 🌿", "Dédé Sutisna"]
    static let notes = ["Spoke to accounts; invoice was never received.\nRe-sent by e-mail.", "Owner travelling, back next week.",
                        "Cash flow is tight; can pay half now,\nthe rest after the 25th.", "Disputes the second delivery: two boxes damaged.",
                        "Promised transfer by Friday.", "No answer, left voicemail.", "Sudah dihubungi, akan dibayar minggu depan.",
                        "Finance manager on leave; spoke to the assistant,\nwho will pass the message on."]

    /// The book's changes, oldest first.
    public static func events(_ size: Size, today: CivilDate, seed: UInt64 = 8) -> [PendingEvent] {
        var rng = SeededRandom(seed: seed)
        var out: [PendingEvent] = []
        out.reserveCapacity(size.events + size.clients + size.invoices)
        let start = today.adding(days: -730)
        func at(_ d: CivilDate, _ minute: Int = 0) -> Timestamp { Timestamp(millis: Timestamp.noon(d).millis + Int64(minute) * 60_000) }
        let currencies: [Currency] = [.idr, .idr, .idr, .usd, .eur, .jpy]
        var clientCurrency: [Currency] = []
        for c in 0..<size.clients {
            let name = firstWords[c % firstWords.count] + " " + lastWords[(c / firstWords.count) % lastWords.count] + " \(c)"
            let cur = currencies[Int(rng.next() % UInt64(currencies.count))]
            clientCurrency.append(cur)
            out.append(PendingEvent(at: at(start.adding(days: c % 30)), author: "bench", body: .clientRecorded(Client(
                id: ClientID("c\(c)"), name: name, contactPerson: "Kontak \(c)", phone: "+62 8\(c % 97)", email: "ap\(c)@example.com",
                address: "Jl. Contoh \(c)", termsDays: [14, 30, 45, 60][c % 4], contractRef: c % 9 == 0 ? nil : "k/\(c).pdf",
                owner: ["Rina", "Budi", "Dewi"][c % 3]))))
        }
        var invoiceClient: [Int] = []
        var invoiceDue: [CivilDate] = []
        var invoiceAmount: [Money] = []
        for i in 0..<size.invoices {
            let c = i % size.clients
            let issued = start.adding(days: 30 + Int(rng.next() % 690))
            let due = issued.adding(days: 30)
            let cur = clientCurrency[c]
            let major: Int64 = cur == .idr ? Int64(1 + rng.next() % 400) * 250_000 : cur == .jpy ? Int64(10_000 + rng.next() % 500_000) : Int64(100 + rng.next() % 20_000)
            let amount = Money(major: major, currency: cur)
            invoiceClient.append(c)
            invoiceDue.append(due)
            invoiceAmount.append(amount)
            out.append(PendingEvent(at: at(issued, 1), author: "bench", body: .invoiceIssued(Invoice(
                id: InvoiceID("i\(i)"), number: "INV-\(issued.year)-\(i)", clientID: ClientID("c\(c)"), issued: issued, due: due, amount: amount))))
        }
        var paid = Array(repeating: Int64(0), count: size.invoices)
        var remaining = max(0, size.events - size.clients - size.invoices)
        // One client with a thousand contacts, for the detail benchmark.
        let busy = min(1000, remaining / 4)
        for n in 0..<busy {
            let d = start.adding(days: 31 + n * 690 / max(1, busy))
            out.append(PendingEvent(at: at(d, 2), author: "bench", body: .interactionLogged(Interaction(
                id: "b\(n)", clientID: ClientID("c0"), kind: .call, at: at(d, 2), durationSeconds: 120, outcome: .noAnswer,
                notes: notes[n % notes.count], by: "Rina", nextFollowUp: d.adding(days: 7)))))
        }
        remaining -= busy
        var n = 0
        while remaining > 0 {
            let i = Int(rng.next() % UInt64(size.invoices))
            let c = invoiceClient[i]
            let day = min(today.adding(days: -1), invoiceDue[i].adding(days: Int(rng.next() % 120)))
            switch rng.next() % 10 {
            case 0...2:
                let part = Money(minor: invoiceAmount[i].minor / Int64(2 + rng.next() % 4), currency: invoiceAmount[i].currency)
                if !part.isPositive || paid[i] + part.minor > invoiceAmount[i].minor { continue }
                do {
                    paid[i] += part.minor
                    out.append(PendingEvent(at: at(day, 3), author: "bench", body: .paymentRecorded(Payment(
                        id: "p\(n)", invoiceID: InvoiceID("i\(i)"), date: max(day, invoiceDue[i].adding(days: -29)), amount: part, method: "transfer"))))
                }
            default:
                let promise: PromiseToPay? = rng.next() % 5 == 0
                    ? PromiseToPay(amount: Money(minor: invoiceAmount[i].minor / 3, currency: invoiceAmount[i].currency), date: day.adding(days: 5)) : nil
                out.append(PendingEvent(at: at(day, 4), author: "bench", body: .interactionLogged(Interaction(
                    id: "x\(n)", clientID: ClientID("c\(c)"), invoiceIDs: [InvoiceID("i\(i)")], kind: .call, at: at(day, 4),
                    durationSeconds: Int(rng.next() % 900), outcome: promise == nil ? .reached : .promised,
                    notes: notes[Int(rng.next() % UInt64(notes.count))], by: ["Rina", "Budi", "Dewi"][n % 3],
                    nextFollowUp: day.adding(days: 7), promise: promise))))
            }
            n += 1
            remaining -= 1
        }
        return DemoBook.sortedByTime(out)
    }
}
