import TagihCore

/// Turns the invoices read from a file into changes, one at a time: the
/// client found or made, the invoice added, updated or unchanged, the part
/// already paid as a payment, each held to the book's limit. Every look-up
/// is a dictionary's (`ImportIndex`), so a file's rows cost the same each.
struct InvoicePlanner {
    let importer: Importer
    var plan: ImportPlan
    private var newClients: [String: Client] = [:]
    private var newClientIDs: Set<String> = []
    private var plannedInvoices: Set<InvoiceID> = []
    private var seenInvoices: Set<InvoiceID> = []
    private var totals: ImportTotals

    init(importer: Importer, plan: ImportPlan) {
        self.importer = importer
        self.plan = plan
        totals = ImportTotals(importer.book)
    }

    var book: Book { importer.book }

    private mutating func refuse(_ d: Importer.InvoiceDraft, _ message: String) {
        plan.errors.append(ImportError(file: importer.file, line: d.line, column: nil, message: message))
    }

    mutating func take(_ d: Importer.InvoiceDraft) {
        if !d.amount.isPositive { return refuse(d, tr("invoice {0} totals zero", d.number)) }
        guard let client = client(for: d) else { return }
        let existing = importer.index.invoice(client: client.id, number: d.number)
        var id = existing?.id ?? InvoiceID(Importer.stableID("i", client.id.raw, d.number.lowercased()))
        while existing == nil && (book.invoices[id] != nil || plannedInvoices.contains(id)) { id = InvoiceID(id.raw + "x") }
        let inv = Invoice(id: id, number: existing?.number ?? d.number, clientID: client.id, issued: d.issued, due: d.due, amount: d.amount)
        plannedInvoices.insert(id)
        seenInvoices.insert(id)
        clientsSeen.insert(client.id)
        let payment = reconcile(d, id: id, existing: existing)
        if let old = existing {
            if old == inv {
                if let p = payment { plan.changes.append(.paymentRecorded(p)) } else { plan.unchanged += 1 }
                return
            }
            if inv.amount.currency != old.amount.currency {
                return refuse(d, tr("invoice {0} was in {1}, the file says {2}", d.number, old.amount.currency, inv.amount.currency))
            }
            if let why = totals.take(inv, replacing: old) { return refuse(d, why) }
            var what: [String] = []
            if old.amount != inv.amount { what.append(tr("amount {0} → {1}", MoneyFormat.standard.string(old.amount), MoneyFormat.standard.string(inv.amount))) }
            if old.due != inv.due { what.append(tr("due {0} → {1}", old.due.iso, inv.due.iso)) }
            if old.issued != inv.issued { what.append(tr("issued {0} → {1}", old.issued.iso, inv.issued.iso)) }
            plan.updated.append(tr("invoice {0} ({1}): {2}", d.number, client.name, what.joined(separator: ", ")))
        } else {
            if let why = totals.take(inv, replacing: nil) { return refuse(d, why) }
            plan.added.append(tr("invoice {0} ({1}) {2} due {3}", d.number, client.name, MoneyFormat.standard.string(d.amount), d.due.iso))
        }
        plan.changes.append(.invoiceIssued(inv))
        if let p = payment { plan.changes.append(.paymentRecorded(p)) }
    }

    /// The week's reconciliation: where the file's open balance is lower than
    /// the book's, the difference was paid in the accounting system (a payment,
    /// dated the file's payment date or the import day); where it is higher,
    /// the book has more paid than the file, which is said, never undone.
    private mutating func reconcile(_ d: Importer.InvoiceDraft, id: InvoiceID, existing: Invoice?) -> Payment? {
        guard let paid = d.paid else { return nil }
        let already = existing.map { book.paid($0).minor + book.credited($0).minor + book.writtenOff($0).minor } ?? 0
        if paid.minor < already, let old = existing {
            plan.notes.append(tr("invoice {0}: the file's open balance {1} is higher than the book's {2}; a payment may have been reversed there (check it)",
                                 d.number, MoneyFormat.standard.string(Money(minor: d.amount.minor - paid.minor, currency: paid.currency)),
                                 MoneyFormat.standard.string(book.balance(old))))
            return nil
        }
        guard paid.minor > already else { return nil }
        let first = existing == nil
        let date = d.paidOn ?? (first ? min(d.issued, importer.options.today ?? d.issued) : importer.options.today ?? d.issued)
        let p = Payment(id: Importer.stableID("p", id.raw, "open-balance", String(paid.minor)), invoiceID: id, date: max(date, d.issued),
                        amount: Money(minor: paid.minor - already, currency: paid.currency),
                        method: first ? "imported (open balance)" : "paid in the accounting system")
        if !first { plan.reconciled.append(tr("payment {0} on {1} ({2}): paid in the accounting system", MoneyFormat.standard.string(p.amount), d.number, p.date.iso)) }
        return p
    }

    /// The client's open invoices in the book that the file does not list:
    /// paid or removed in the accounting system? Said, never closed silently.
    mutating func reportMissing(clients: Set<ClientID>) {
        for c in clients.sorted(by: { $0.raw < $1.raw }) {
            for inv in book.openInvoices(of: c) where !seenInvoices.contains(inv.id) {
                plan.notes.append(tr("invoice {0} ({1}) is open in the book but not in this file: paid or removed in the accounting system? It stays open until you record it",
                                     inv.number, book.clients[c]?.name ?? c.raw))
            }
        }
    }

    /// The clients of the invoices taken so far.
    private(set) var clientsSeen: Set<ClientID> = []

    /// The invoice's client: in the book, made earlier in this file, or made
    /// now (not when the invoice would take the book past its limit).
    private mutating func client(for d: Importer.InvoiceDraft) -> Client? {
        if let c = importer.findClient(name: d.client, id: d.clientID) ?? newClients[SearchText.fold(d.client)] { return c }
        if let why = totals.problem(d.amount, replacing: nil) { refuse(d, why); return nil }
        var id = d.clientID ?? Importer.stableID("c", SearchText.fold(d.client))
        while book.clients[ClientID(id)] != nil || newClientIDs.contains(id) { id += "x" }
        let c = Client(id: ClientID(id), name: d.client, contactPerson: d.contact ?? "", phone: d.phone ?? "", email: d.email ?? "", termsDays: d.terms)
        newClients[SearchText.fold(d.client)] = c
        newClientIDs.insert(id)
        plan.changes.append(.clientRecorded(c))
        plan.added.append(tr("client {0}", d.client))
        return c
    }
}
