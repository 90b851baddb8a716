import TagihCore

/// How a file is read.
public struct ImportOptions: Sendable {
    public var kind: ImportKind
    public var preset: String?
    public var map: [ImportField: String] = [:]
    public var dateOrder: DateOrder?
    public var decimalMark: Character = "."
    /// The currency of amounts when the file has no currency column.
    public var currency: Currency?
    /// The import day: what a payment found by reconciling is dated when the file gives no date.
    public var today: CivilDate?

    public init(kind: ImportKind) { self.kind = kind }
}

/// What an import would do: additions, updates, unchanged rows and the rows in error.
public struct ImportPlan: Sendable {
    public var preset = ""
    public var added: [String] = []
    public var updated: [String] = []
    public var unchanged = 0
    /// Payments found by comparing the file's open balances with the book's.
    public var reconciled: [String] = []
    /// What the user should look at: balances higher than the book's, open invoices missing from the file.
    public var notes: [String] = []
    public var errors: [ImportError] = []
    /// The changes to save (only the valid rows).
    public var changes: [EventBody] = []
}

/// Reads CSV rows into changes, checking every row before anything is written.
/// Importing the same file twice changes nothing; a changed amount is an update.
public struct Importer {
    public let book: Book
    public let file: String
    public let options: ImportOptions
    let index: ImportIndex

    public init(book: Book, file: String, options: ImportOptions) {
        self.init(book: book, file: file, options: options, index: ImportIndex(book))
    }

    init(book: Book, file: String, options: ImportOptions, index: ImportIndex) {
        self.book = book
        self.file = file
        self.options = options
        self.index = index
    }

    /// Chooses the preset and columns; an unusable header is one error.
    public func plan(_ all: [CSV.Row]) -> Result<ImportPlan, ImportError> {
        guard !all.isEmpty else { return .failure(ImportError(file: file, line: 1, column: nil, message: tr("the file is empty"))) }
        // A report saved as CSV has title lines above its header: the header is the first row that fits a preset.
        let start = headerRow(all)
        let rows = Array(all[start...])
        let header = rows[0]
        let candidates = ImportPreset.all.filter { $0.kind == options.kind && (options.preset == nil || $0.name == options.preset) }
        if candidates.isEmpty {
            let names = Set(ImportPreset.all.filter { $0.kind == options.kind }.map(\.name)).sorted()
            return .failure(ImportError(file: file, line: 1, column: nil, message: tr("no preset \"{0}\" for {1} (known: {2})", options.preset ?? "", options.kind.rawValue, names.joined(separator: ", "))))
        }
        for (_, column) in options.map where !header.fields.map(ImportPreset.normalise).contains(ImportPreset.normalise(column)) {
            return .failure(ImportError(file: file, line: 1, column: nil, message: tr("--map: the header has no column \"{0}\" (it has: {1})", column, header.fields.joined(separator: ", "))))
        }
        let matches = candidates.map { ($0, $0.match(header.fields, overrides: options.map)) }.filter { $0.0.missing($0.1).isEmpty }
        guard matches.count == 1 || (matches.count > 1 && options.preset != nil), let (preset, columns) = matches.first else {
            if matches.isEmpty {
                let best = candidates.map { ($0, $0.missing($0.match(header.fields, overrides: options.map))) }.min { $0.1.count < $1.1.count }!
                return .failure(ImportError(file: file, line: 1, column: nil, message:
                    tr("the header does not fit any {0} preset; closest is {1}, missing {2}. Name columns with --map field=Column",
                       options.kind.rawValue, best.0.name, best.1.map(\.rawValue).joined(separator: ", "))))
            }
            return .failure(ImportError(file: file, line: 1, column: nil, message:
                tr("the header fits several presets ({0}); choose one with --preset", matches.map(\.0.name).joined(separator: ", "))))
        }
        var inferred = self.options
        if inferred.dateOrder == nil {
            inferred.dateOrder = Importer.inferOrder(rows.dropFirst(), columns: [columns[.issued], columns[.due], columns[.date]].compactMap { $0 })
                ?? preset.dateOrder
        }
        let importer = Importer(book: book, file: file, options: inferred, index: index)
        var plan: ImportPlan
        switch inferred.kind {
        case .invoices: plan = importer.invoices(rows.dropFirst(), preset: preset, columns: columns)
        case .clients: plan = importer.clients(rows.dropFirst(), columns: columns)
        case .payments: plan = importer.payments(rows.dropFirst(), columns: columns)
        }
        plan.preset = preset.name
        if start > 0 { plan.notes.insert(trn("skipped {0} title line above the header", "skipped {0} title lines above the header", start), at: 0) }
        return .success(plan)
    }

    /// The first of the first 30 rows whose cells fit a preset of this kind (0 when none does: the first row's problems are then named).
    func headerRow(_ rows: [CSV.Row]) -> Int {
        let candidates = ImportPreset.all.filter { $0.kind == options.kind && (options.preset == nil || $0.name == options.preset) }
        for (k, row) in rows.prefix(30).enumerated() where candidates.contains(where: { $0.missing($0.match(row.fields, overrides: options.map)).isEmpty }) {
            return k
        }
        return 0
    }

    /// Day first or month first, when the file itself says so: some date has a
    /// first part over 12 (day first) and none a second part over 12, or the
    /// reverse. Otherwise nil, and each ambiguous date is an error.
    static func inferOrder(_ rows: ArraySlice<CSV.Row>, columns: [Int]) -> DateOrder? {
        var dayFirst = false, monthFirst = false
        for row in rows {
            for c in columns where c < row.fields.count {
                let parts = row.fields[c].split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
                guard parts.count == 3, parts[0].count <= 2, let a = Int(parts[0]), let b = Int(parts[1]) else { continue }
                if a > 12 && b <= 12 { dayFirst = true }
                if b > 12 && a <= 12 { monthFirst = true }
            }
        }
        if dayFirst && !monthFirst { return .dmy }
        if monthFirst && !dayFirst { return .mdy }
        return nil
    }

    // MARK: row reading

    struct RowReader {
        let row: CSV.Row
        let columns: [ImportField: Int]
        let file: String

        func text(_ f: ImportField) -> String? {
            guard let i = columns[f] else { return nil }
            return i < row.fields.count ? CleanText.line(CSV.unescapedCell(row.fields[i])) : ""
        }

        func error(_ f: ImportField?, _ message: String) -> ImportError {
            ImportError(file: file, line: row.line, column: f.flatMap { columns[$0] }.map { $0 + 1 }, message: message)
        }

        func required(_ f: ImportField, _ what: String) throws(ImportError) -> String {
            let v = text(f) ?? ""
            if v.isEmpty { throw error(f, tr("{0} is empty", what)) }
            return v
        }

        func date(_ f: ImportField, _ what: String, order: DateOrder?) throws(ImportError) -> CivilDate {
            switch ImportDates.parse(try required(f, what), order: order) {
            case let .success(d): return d
            case let .failure(e): throw error(f, "\(what): \(e)")
            }
        }

        func money(_ f: ImportField, _ what: String, currency: Currency, mark: Character, allowZero: Bool = false) throws(ImportError) -> Money {
            var t = try required(f, what)
            for sym in ["Rp", "$", "€", "£", "¥", currency.code] { t = t.replacingOccurrences(of: sym, with: "") }
            t = t.trimmed
            if t.hasPrefix("(") && t.hasSuffix(")") || t.hasPrefix("-") { throw error(f, tr("{0} {1} is negative", what, t)) }
            switch Parse.money(t, currency: currency, decimalMark: mark) {
            case let .failure(e):
                if let sep = e.misplacedSeparator, sep == "," || sep == ".", sep != mark {
                    throw error(f, tr("{0}: {1}; if the file writes decimals with \"{2}\", import it with --decimal {2}", what, e.description, String(sep)))
                }
                throw error(f, "\(what): \(e)")
            case let .success(m):
                if !allowZero && !m.isPositive { throw error(f, tr("{0} must be more than zero", what)) }
                return m
            }
        }

        func currency(_ fallback: Currency?) throws(ImportError) -> Currency {
            if let code = text(.currency), !code.isEmpty {
                guard let c = Currency(code: code) else { throw error(.currency, tr("unknown currency \"{0}\"", code)) }
                return c
            }
            guard let c = fallback else { throw error(nil, tr("no currency: the file has no currency column; give one with --currency IDR")) }
            return c
        }
    }

    /// Deterministic ids from content, so re-importing finds the same records.
    static func stableID(_ prefix: String, _ parts: String...) -> String {
        let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
        // Two independent 32-bit checksums (forward and reversed input) make a 64-bit id.
        let a = CRC32C.checksum(bytes), b = CRC32C.checksum(bytes.reversed() + [0x5A])
        func hex(_ v: UInt32) -> String { let h = String(v, radix: 16); return String(repeating: "0", count: 8 - h.count) + h }
        return prefix + "-" + hex(a) + hex(b)
    }

    func findClient(name: String, id: String?) -> Client? {
        if let id, let c = book.clients[ClientID(id)] { return c }
        return index.clientsByName[SearchText.fold(name)]
    }

    // MARK: invoices

    struct InvoiceDraft {
        let line: Int
        var number: String
        var client: String
        var clientID: String?
        var issued: CivilDate
        var due: CivilDate
        var amount: Money
        var paid: Money?
        /// The day the file says the paid part was paid, when it has one.
        var paidOn: CivilDate?
        var contact: String?
        var email: String?
        var phone: String?
        var terms: Int?
    }

    func invoices(_ rows: ArraySlice<CSV.Row>, preset: ImportPreset, columns: [ImportField: Int]) -> ImportPlan {
        var plan = ImportPlan()
        var drafts: [InvoiceDraft] = []
        var byKey: [String: Int] = [:]
        var badInvoices: Set<String> = []
        var skipped = SkippedRows()
        for row in rows {
            let r = RowReader(row: row, columns: columns, file: file)
            if skipped.skips(r) { continue }
            do throws(ImportError) {
                let number = try r.required(.number, tr("invoice number"))
                let client = try r.required(.client, tr("client"))
                let issued = try r.date(.issued, tr("issue date"), order: options.dateOrder)
                let due = try r.date(.due, tr("due date"), order: options.dateOrder)
                if due < issued { throw r.error(.due, tr("due date {0} is before the issue date {1}", due.iso, issued.iso)) }
                let currency = try r.currency(options.currency)
                let (amount, invoiceTotal) = try r.invoiceAmount(preset: preset, currency: currency, mark: options.decimalMark)
                var paid: Money?
                if columns[.openBalance] != nil, let t = r.text(.openBalance), !t.isEmpty {
                    let open = try r.money(.openBalance, tr("open balance"), currency: currency, mark: options.decimalMark, allowZero: true)
                    if open.minor > amount.minor { throw r.error(.openBalance, tr("open balance is more than the amount")) }
                    paid = Money(minor: amount.minor - open.minor, currency: currency)
                } else if columns[.paidAmount] != nil, let t = r.text(.paidAmount), !t.isEmpty {
                    let p = try r.money(.paidAmount, tr("amount paid"), currency: currency, mark: options.decimalMark, allowZero: true)
                    if p.minor > amount.minor { throw r.error(.paidAmount, tr("the amount paid is more than the amount")) }
                    paid = p
                }
                var terms: Int?
                if let t = r.text(.terms), !t.isEmpty {
                    guard let v = Int(t.filter(\.isNumber)), (0...3650).contains(v) else { throw r.error(.terms, tr("terms \"{0}\" is not a number of days", t)) }
                    terms = v
                }
                let key = SearchText.fold(client) + "\u{1F}" + number.lowercased()
                if let i = byKey[key] {
                    guard preset.linesPerInvoice else { throw r.error(.number, tr("invoice {0} for {1} appears twice (first on line {2})", number, client, drafts[i].line)) }
                    guard drafts[i].amount.currency == amount.currency else { throw r.error(.currency, tr("invoice {0} has lines in two currencies", number)) }
                    if invoiceTotal {
                        if drafts[i].amount != amount { throw r.error(.amount, tr("invoice {0}'s total differs from its first line's (line {1})", number, drafts[i].line)) }
                    } else {
                        drafts[i].amount = (try? drafts[i].amount.adding(amount)) ?? drafts[i].amount
                    }
                } else {
                    byKey[key] = drafts.count
                    drafts.append(InvoiceDraft(line: row.line, number: number, client: client, clientID: r.text(.clientID).flatMap { $0.isEmpty ? nil : $0 },
                                               issued: issued, due: due, amount: amount, paid: paid,
                                               paidOn: try r.text(.date).flatMap { $0.isEmpty ? nil : $0 }.map { _ throws(ImportError) in try r.date(.date, tr("payment date"), order: options.dateOrder) },
                                               contact: r.text(.contact),
                                               email: r.text(.email), phone: r.text(.phone), terms: terms))
                }
            } catch {
                plan.errors.append(error)
                if let n = r.text(.number), let c = r.text(.client) { badInvoices.insert(SearchText.fold(c) + "\u{1F}" + n.lowercased()) }
            }
        }
        plan.notes += skipped.notes
        // An invoice with any bad line is not imported at all (never half an invoice).
        var planner = InvoicePlanner(importer: self, plan: plan)
        for d in drafts where !badInvoices.contains(SearchText.fold(d.client) + "\u{1F}" + d.number.lowercased()) { planner.take(d) }
        // Only a file that states open balances is a statement of what is still owed.
        if columns[.openBalance] != nil { planner.reportMissing(clients: planner.clientsSeen) }
        return planner.plan
    }

    // MARK: clients

    func clients(_ rows: ArraySlice<CSV.Row>, columns: [ImportField: Int]) -> ImportPlan {
        var plan = ImportPlan()
        var seen: Set<String> = []
        for row in rows {
            let r = RowReader(row: row, columns: columns, file: file)
            do throws(ImportError) {
                let name = try r.required(.client, tr("client name"))
                let key = SearchText.fold(name)
                if !seen.insert(key).inserted { throw r.error(.client, tr("client {0} appears twice", name)) }
                var terms: Int?
                if let t = r.text(.terms), !t.isEmpty {
                    guard let v = Int(t.filter(\.isNumber)), (0...3650).contains(v) else { throw r.error(.terms, tr("terms \"{0}\" is not a number of days", t)) }
                    terms = v
                }
                let existing = findClient(name: name, id: r.text(.clientID).flatMap { $0.isEmpty ? nil : $0 })
                let id = existing?.id ?? ClientID(r.text(.clientID).flatMap { $0.isEmpty ? nil : $0 } ?? Importer.stableID("c", key))
                func pick(_ f: ImportField, _ old: String?) -> String { r.text(f) ?? old ?? "" }
                let c = Client(id: id, name: name, contactPerson: pick(.contact, existing?.contactPerson), phone: pick(.phone, existing?.phone),
                               email: pick(.email, existing?.email), address: pick(.address, existing?.address),
                               termsDays: columns[.terms] != nil ? terms : existing?.termsDays,
                               contractRef: columns[.contract] != nil ? r.text(.contract).flatMap { $0.isEmpty ? nil : $0 } : existing?.contractRef,
                               owner: columns[.owner] != nil ? r.text(.owner).flatMap { $0.isEmpty ? nil : $0 } : existing?.owner,
                               currencyCode: existing?.currencyCode)
                if let old = existing {
                    if old == c { plan.unchanged += 1; continue }
                    plan.updated.append(tr("client {0}", name))
                } else {
                    plan.added.append(tr("client {0}", name))
                }
                plan.changes.append(.clientRecorded(c))
            } catch {
                plan.errors.append(error)
            }
        }
        return plan
    }

    // MARK: payments

    func payments(_ rows: ArraySlice<CSV.Row>, columns: [ImportField: Int]) -> ImportPlan {
        var plan = ImportPlan()
        var occurrences: [String: Int] = [:]
        var remaining: [InvoiceID: Int64] = [:]
        for row in rows {
            let r = RowReader(row: row, columns: columns, file: file)
            do throws(ImportError) {
                let number = try r.required(.invoice, tr("invoice number"))
                var matches = index.findInvoices(number, in: book)
                if let c = r.text(.client), !c.isEmpty { matches = matches.filter { SearchText.fold(book.clients[$0.clientID]?.name ?? "") == SearchText.fold(c) } }
                guard matches.count == 1, let inv = matches.first else {
                    throw r.error(.invoice, matches.isEmpty ? tr("no invoice {0} in the book", number) : tr("invoice {0} belongs to several clients; add a client column", number))
                }
                let date = try r.date(.date, tr("payment date"), order: options.dateOrder)
                let amount = try r.money(.amount, tr("amount"), currency: inv.amount.currency, mark: options.decimalMark)
                let method = r.text(.method) ?? ""
                let base = [inv.id.raw, date.iso, String(amount.minor), method].joined(separator: "|")
                let n = occurrences[base, default: 0]
                occurrences[base] = n + 1
                let id = Importer.stableID("p", base, String(n))
                if book.paymentsByInvoice[inv.id]?.contains(where: { $0.id == id }) == true { plan.unchanged += 1; continue }
                let left = remaining[inv.id] ?? book.balance(inv).minor
                if amount.minor > left { throw r.error(.amount, tr("{0} is more than the balance of {1} ({2})", MoneyFormat.standard.string(amount), inv.number, MoneyFormat.standard.string(Money(minor: left, currency: amount.currency)))) }
                remaining[inv.id] = left - amount.minor
                plan.changes.append(.paymentRecorded(Payment(id: id, invoiceID: inv.id, date: date, amount: amount, method: method)))
                plan.added.append(tr("payment {0} on {1} ({2})", MoneyFormat.standard.string(amount), inv.number, date.iso))
            } catch {
                plan.errors.append(error)
            }
        }
        return plan
    }
}
