import TagihCore

/// What a column of an imported file can hold.
public enum ImportField: String, Sendable, CaseIterable {
    case number, client, clientID = "client_id", issued, due, amount, currency, openBalance = "open_balance"
    case quantity, unitAmount = "unit_amount", lineAmount = "line_amount", tax
    case contact, email, phone, address, terms, contract, owner
    case invoice, date, method
}

public enum ImportKind: String, Sendable, CaseIterable { case invoices, clients, payments }

/// A column layout of a known accounting export: which header names hold which field.
public struct ImportPreset: Sendable {
    public let name: String
    public let kind: ImportKind
    /// Header names (normalised) per field.
    let columns: [ImportField: [String]]
    let required: [ImportField]
    /// Several rows per invoice (one per line item) that are summed.
    let linesPerInvoice: Bool

    /// Lower case, `*` required-markers and surrounding spaces removed, runs of `_`/space as one space.
    static func normalise(_ header: String) -> String {
        var h = header.trimmed.lowercased()
        while h.hasPrefix("*") { h.removeFirst() }
        while h.hasSuffix("*") { h.removeLast() }
        return h.split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: " ")
    }

    public static let all: [ImportPreset] = [
        ImportPreset(name: "generic", kind: .invoices, columns: [
            .number: ["number", "invoice", "invoice number"], .client: ["client", "client name"], .clientID: ["client id"],
            .issued: ["issued", "issue date"], .due: ["due", "due date"], .amount: ["amount"], .currency: ["currency"],
            .contact: ["contact", "contact person"], .email: ["email"], .phone: ["phone"], .terms: ["terms", "terms days"],
        ], required: [.number, .client, .issued, .due, .amount], linesPerInvoice: false),
        ImportPreset(name: "quickbooks", kind: .invoices, columns: [
            .number: ["no.", "num"], .client: ["customer"], .issued: ["date", "invoice date"], .due: ["due date"],
            .amount: ["amount", "total"], .openBalance: ["open balance"], .currency: ["currency"],
        ], required: [.number, .client, .issued, .due, .amount], linesPerInvoice: false),
        ImportPreset(name: "xero", kind: .invoices, columns: [
            .client: ["contactname"], .email: ["emailaddress"], .number: ["invoicenumber"], .issued: ["invoicedate"],
            .due: ["duedate"], .quantity: ["quantity"], .unitAmount: ["unitamount"], .lineAmount: ["lineamount"],
            .tax: ["taxamount"], .currency: ["currency"],
        ], required: [.client, .number, .issued, .due, .unitAmount], linesPerInvoice: true),
        ImportPreset(name: "generic", kind: .clients, columns: [
            .client: ["name", "client", "client name"], .clientID: ["id", "client id"], .contact: ["contact", "contact person"],
            .email: ["email"], .phone: ["phone"], .address: ["address"], .terms: ["terms", "terms days"],
            .contract: ["contract"], .owner: ["owner"],
        ], required: [.client], linesPerInvoice: false),
        ImportPreset(name: "generic", kind: .payments, columns: [
            .invoice: ["invoice", "invoice number", "number"], .client: ["client"], .date: ["date", "paid on"],
            .amount: ["amount"], .method: ["method"],
        ], required: [.invoice, .date, .amount], linesPerInvoice: false),
    ]

    /// Column index per field for a header row, given `--map` overrides.
    func match(_ header: [String], overrides: [ImportField: String]) -> [ImportField: Int] {
        let norm = header.map(ImportPreset.normalise)
        var out: [ImportField: Int] = [:]
        for (field, names) in columns {
            if let i = norm.firstIndex(where: { names.contains($0) }) { out[field] = i }
        }
        for (field, column) in overrides {
            if let i = norm.firstIndex(of: ImportPreset.normalise(column)) { out[field] = i }
        }
        return out
    }

    func missing(_ found: [ImportField: Int]) -> [ImportField] {
        required.filter { f in
            if f == .unitAmount && found[.lineAmount] != nil { return false }
            return found[f] == nil
        }
    }
}
