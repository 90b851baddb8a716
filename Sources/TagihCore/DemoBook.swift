import Foundation

/// A deterministic, realistic demo book: clients with Indonesian, European and
/// CJK names, invoices in every aging bucket in IDR, USD and EUR, partial
/// payments and logged calls. Dates are relative to `today`, so the demo always
/// shows every bucket.
public enum DemoBook {
    struct Seed {
        let name: String
        let person: String
        let city: String
        let currency: Currency
    }

    static let seeds: [Seed] = [
        Seed(name: "CV Maju Jaya", person: "Bapak Dédé Sutisna", city: "Bandung", currency: .idr),
        Seed(name: "PT Sinar Abadi", person: "Ibu Sri Wahyuni", city: "Jakarta", currency: .idr),
        Seed(name: "株式会社山田", person: "山田 太郎", city: "Osaka", currency: .usd),
        Seed(name: "Dédé Sutisna", person: "Dédé Sutisna", city: "Cimahi", currency: .idr),
        Seed(name: "Toko Berkah Makmur", person: "Pak Hendra", city: "Surabaya", currency: .idr),
        Seed(name: "Müller & Söhne GmbH", person: "Jürgen Müller", city: "München", currency: .eur),
        Seed(name: "Café Crème Lyon", person: "Hélène Dubois", city: "Lyon", currency: .eur),
        Seed(name: "UD Sumber Rejeki", person: "Ibu Kartini", city: "Semarang", currency: .idr),
        Seed(name: "北京星光贸易", person: "王 芳", city: "Beijing", currency: .usd),
        Seed(name: "Ñandú Importaciones", person: "José Peña", city: "Sevilla", currency: .eur),
        Seed(name: "PT Nusantara Logistik", person: "Bapak Agus Salim", city: "Medan", currency: .idr),
        Seed(name: "Warung Kopi Pojok", person: "Mas Bayu", city: "Yogyakarta", currency: .idr),
        Seed(name: "Østergaard ApS", person: "Søren Østergaard", city: "Aarhus", currency: .eur),
        Seed(name: "Bali Sunset Villas", person: "Made Wirawan", city: "Denpasar", currency: .usd),
        Seed(name: "CV Karya Mandiri", person: "Ibu Ratna", city: "Malang", currency: .idr),
        Seed(name: "서울 디자인 스튜디오", person: "김 민준", city: "Seoul", currency: .usd),
        Seed(name: "Łódź Print Sp. z o.o.", person: "Paweł Kowalski", city: "Łódź", currency: .eur),
        Seed(name: "PT Cahaya Timur", person: "Bapak Yohanes", city: "Makassar", currency: .idr),
        Seed(name: "Koperasi Tani Subur", person: "Pak Slamet", city: "Klaten", currency: .idr),
        Seed(name: "São Paulo Têxtil", person: "João Araújo", city: "São Paulo", currency: .usd),
        Seed(name: "Rumah Makan Padang Sederhana", person: "Uda Rizal", city: "Padang", currency: .idr),
        Seed(name: "Åkesson Design AB", person: "Åsa Åkesson", city: "Göteborg", currency: .eur),
        Seed(name: "PT Mega Konstruksi", person: "Ir. Bambang", city: "Jakarta", currency: .idr),
        Seed(name: "Toko Buku Gramedia Kecil", person: "Ibu Lestari", city: "Bogor", currency: .idr),
        Seed(name: "台灣電子有限公司", person: "陳 志明", city: "Taipei", currency: .usd),
        Seed(name: "Čapek Strojírny s.r.o.", person: "Karel Čapek", city: "Brno", currency: .eur),
        Seed(name: "CV Sejahtera Bersama", person: "Bapak Joko", city: "Solo", currency: .idr),
        Seed(name: "Apotek Sehat Selalu", person: "Ibu Dewi", city: "Depok", currency: .idr),
        Seed(name: "Nguyễn Trading Co.", person: "Nguyễn Văn An", city: "Hà Nội", currency: .usd),
        Seed(name: "PT Samudra Biru", person: "Bapak Tono", city: "Balikpapan", currency: .idr),
        Seed(name: "Bäckerei Fröhlich", person: "Grete Fröhlich", city: "Wien", currency: .eur),
        Seed(name: "Bengkel Motor Jaya", person: "Pak Udin", city: "Bekasi", currency: .idr),
        Seed(name: "Hotel Melati Indah", person: "Ibu Wulan", city: "Lombok", currency: .idr),
        Seed(name: "Tokyo Ramen 一番", person: "佐藤 花子", city: "Tokyo", currency: .usd),
        Seed(name: "Ferreira & Filhos Lda", person: "Inês Ferreira", city: "Porto", currency: .eur),
        Seed(name: "CV Anugrah Teknik", person: "Bapak Fajar", city: "Cirebon", currency: .idr),
        Seed(name: "PT Hijau Lestari 🌿", person: "Ibu Nur", city: "Pekanbaru", currency: .idr),
        Seed(name: "Garuda Mebel", person: "Pak Wayan", city: "Jepara", currency: .idr),
        Seed(name: "Éditions Lumière", person: "Françoise Lefèvre", city: "Paris", currency: .eur),
        Seed(name: "Sinar Mas Elektronik", person: "Ibu Maya", city: "Tangerang", currency: .idr),
        Seed(name: "Kedai Teh Nikmat", person: "Mbak Sari", city: "Purwokerto", currency: .idr),
        Seed(name: "Ōsaka Kōgyō KK", person: "Kōji Tanaka", city: "Kobe", currency: .usd),
        Seed(name: "PT Delta Farma", person: "Dr. Hana", city: "Jakarta", currency: .idr),
        Seed(name: "Zürich Uhren AG", person: "Beat Zürcher", city: "Zürich", currency: .eur),
    ]

    static let owners = ["Rina", "Budi", "Dewi"]
    static let callNotes = [
        "Spoke to accounts; invoice was never received. Re-sent by e-mail.",
        "Owner travelling, back next week. Asked to call Monday.",
        "Cash flow is tight after the holiday season; can pay half now.",
        "Disputes the second delivery: two boxes damaged.",
        "Promised transfer by Friday.",
        "No answer, left voicemail with invoice number.",
        "Sudah dihubungi, akan dibayar minggu depan.",
        "Finance manager on leave; spoke to assistant.",
    ]

    /// The demo book's changes, oldest first, ready to append to a journal.
    public static func events(today: CivilDate, seed: UInt64 = 2026) -> [PendingEvent] {
        var rng = SeededRandom(seed: seed)
        var out: [PendingEvent] = []
        // Each event's time is its record's date, so the history reads naturally.
        func emit(_ day: CivilDate, minute: Int, author: String, _ body: EventBody) {
            let at = Timestamp(millis: Timestamp.noon(day).millis - 4 * 3_600_000 + Int64(minute) * 60_000)
            out.append(PendingEvent(at: at, author: author, body: body))
        }
        // Days past due that land in every bucket, including not-yet-due invoices.
        let lateness = [-12, -3, 1, 5, 14, 29, 30, 31, 45, 60, 61, 75, 90, 91, 105, 120, 121, 150, 200, 400]
        var invoiceNo = 0
        for (ci, s) in seeds.enumerated() {
            let cid = ClientID(String(format: "c%03d", ci + 1))
            let terms = [14, 30, 30, 45, 60][ci % 5]
            let hasContract = ci % 7 != 3
            let client = Client(
                id: cid, name: s.name, contactPerson: s.person,
                phone: "+62 8\(10 + ci % 89) \(1000 + (ci * 37) % 9000) \(2000 + (ci * 53) % 7000)",
                email: "billing\(ci + 1)@example.com", address: "Jl. Contoh No. \(ci + 1), \(s.city)",
                termsDays: ci % 11 == 5 ? nil : terms,
                contractRef: hasContract ? "contracts/\(cid.raw)-msa.pdf" : nil,
                owner: owners[(ci / 2) % owners.count])
            emit(today.adding(days: -560 + ci), minute: 0, author: owners[0], .clientRecorded(client))
            let nInvoices = 1 + ci % 3 + (ci % 5 == 0 ? 1 : 0)
            var issuedInvoices: [(id: InvoiceID, issued: CivilDate)] = []
            var openByInvoice: [(id: InvoiceID, open: Money, due: CivilDate)] = []
            for k in 0..<nInvoices {
                invoiceNo += 1
                let late = lateness[(ci * 3 + k * 7) % lateness.count]
                let due = today.adding(days: -late)
                let issued = due.adding(days: -terms)
                let major: Int64
                switch s.currency {
                case .idr: major = Int64(1 + Int(rng.next() % 400)) * 250_000
                default: major = Int64(200 + Int(rng.next() % 240) * 50)
                }
                let iid = InvoiceID(String(format: "i%04d", invoiceNo))
                let number = "INV-\(issued.year)-\(String(format: "%04d", invoiceNo))"
                let inv = Invoice(id: iid, number: number, clientID: cid, issued: issued, due: due,
                                  amount: Money(major: major, currency: s.currency))
                emit(issued, minute: k, author: owners[0], .invoiceIssued(inv))
                issuedInvoices.append((iid, issued))
                var open = inv.amount
                // Some partly paid, a few settled in full (and so not overdue).
                if (ci + k) % 4 == 1 {
                    let part = Money(minor: inv.amount.minor / 100 * Int64(20 + (ci * 13) % 50),
                                     currency: inv.amount.currency)
                    let payDay = min(today.adding(days: -1), due.adding(days: 3 + ci % 10))
                    emit(payDay, minute: 30 + k, author: owners[1], .paymentRecorded(
                        Payment(id: "p-\(iid.raw)-1", invoiceID: iid, date: payDay, amount: part, method: "transfer")))
                    open = (try? open.subtracting(part)) ?? open
                } else if (ci + k) % 9 == 4 {
                    let payDay = min(today.adding(days: -1), due.adding(days: 2))
                    emit(payDay, minute: 40 + k, author: owners[1], .paymentRecorded(
                        Payment(id: "p-\(iid.raw)-1", invoiceID: iid, date: payDay, amount: inv.amount, method: "transfer")))
                    open = .zero(inv.amount.currency)
                }
                openByInvoice.append((iid, open, due))
            }
            workflow(ci: ci, cid: cid, open: openByInvoice, today: today, emit: emit)
            calls(ci: ci, cid: cid, currency: s.currency, issued: issuedInvoices, today: today, emit: emit)
        }
        return sortedByTime(out)
    }

    /// Logged calls on about two clients in three, each about an invoice that existed by then.
    static func calls(ci: Int, cid: ClientID, currency: Currency, issued issuedInvoices: [(id: InvoiceID, issued: CivilDate)], today: CivilDate,
                      emit: (CivilDate, Int, String, EventBody) -> Void) {
        guard ci % 3 != 2 else { return }
        let calls = 1 + ci % 3
        for n in 0..<calls {
            let day = today.adding(days: -(2 + ci % 6 + n * 9))
            let outcome: Outcome = [.reached, .noAnswer, .promised, .voicemail, .disputed][(ci + n) % 5]
            let note = callNotes[(ci + n) % callNotes.count]
            // A call is about an invoice that existed by then.
            let about = issuedInvoices.filter { $0.issued < day }.map(\.id).prefix(1)
            let promise = outcome == .promised
                ? PromiseToPay(amount: Money(major: currency == .idr ? 5_000_000 : 500, currency: currency),
                               date: day.adding(days: 5)) : nil
            emit(day, 60 + n * 5, owners[ci % owners.count], .interactionLogged(
                Interaction(id: "x-\(cid.raw)-\(n + 1)", clientID: cid, invoiceIDs: Array(about), kind: .call,
                            at: Timestamp.noon(day), durationSeconds: 60 + (ci * 41 + n * 17) % 600,
                            outcome: outcome, notes: note, by: owners[ci % owners.count],
                            nextFollowUp: day.adding(days: 7 + (ci + n) % 4), promise: promise)))
        }
    }

    /// Stable sort by time keeps same-minute records in the order they were made.
    static func sortedByTime(_ out: [PendingEvent]) -> [PendingEvent] {
        return out.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }

    /// The collection workflow on a few clients, so every screen has something to show:
    /// a dispute, reasons, a payment plan, a settlement offer, reminders up to escalation.
    static func workflow(ci: Int, cid: ClientID, open: [(id: InvoiceID, open: Money, due: CivilDate)], today: CivilDate,
                         emit: (CivilDate, Int, String, EventBody) -> Void) {
        let overdue = open.filter { $0.open.isPositive && $0.due < today.adding(days: -20) }
        guard let first = overdue.first else { return }
        let start = max(first.due.adding(days: 5), today.adding(days: -45))
        switch ci % 11 {
        case 3:
            emit(start, 200, "Rina", .reasonRecorded(ReasonRecord(clientID: cid, invoiceID: first.id, reason: .dispute,
                                                                  note: "Says two boxes arrived damaged; photos requested")))
        case 5:
            emit(start, 200, "Budi", .reasonRecorded(ReasonRecord(clientID: cid, reason: .hardship, note: "Slow season, asked for time")))
            let total = overdue.map(\.open).dropFirst().reduce(first.open) { (try? $0.adding($1)) ?? $0 }
            let plan = PaymentPlan(id: "plan-\(cid.raw)", clientID: cid, invoiceIDs: overdue.map(\.id), agreedOn: start,
                                   instalments: Book.schedule(total: total, count: 3, first: start.adding(days: 10), stepDays: 0, monthly: true))
            emit(start, 201, "Budi", .planAgreed(plan))
        case 7:
            emit(start, 200, "Dewi", .reasonRecorded(ReasonRecord(clientID: cid, reason: .forgot)))
        case 8:
            let offer = Money(minor: first.open.minor / 100 * 40, currency: first.open.currency)
            emit(today.adding(days: -3), 200, "Rina", .offerMade(SettlementOffer(
                id: "offer-\(cid.raw)", clientID: cid, amount: offer, offeredBy: .client, date: today.adding(days: -3),
                expires: today.adding(days: 11), note: "Offers 40% now in full settlement")))
        case 1, 9:
            let count = ci % 11 == 1 ? 3 : 1
            for level in 1...count {
                emit(start.adding(days: (level - 1) * 10), 210 + level, "Rina",
                     .reminderSent(ReminderSent(clientID: cid, level: level, invoiceIDs: overdue.map(\.id),
                                                text: "Reminder \(level) for \(overdue.count) overdue invoice(s).")))
            }
        default:
            break
        }
    }
}
