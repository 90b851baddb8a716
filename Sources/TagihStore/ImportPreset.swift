import TagihCore

/// What a column of an imported file can hold.
public enum ImportField: String, Sendable, CaseIterable {
    case number, client, clientID = "client_id", issued, due, amount, currency, openBalance = "open_balance"
    case quantity, unitAmount = "unit_amount", lineAmount = "line_amount", tax
    /// The part already paid (Xero's InvoiceAmountPaid, "Sudah Bayar"); the tax rate of a line in percent (Jurnal).
    case paidAmount = "paid_amount", taxRate = "tax_rate"
    /// An invoice's base and its VAT (DPP and PPN), summed when there is no total.
    case base, vat
    /// The kind of row in a report (QuickBooks' "Transaction Type": only invoices are read).
    case transactionType = "transaction_type"
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
    /// How the tool writes dates when the file itself does not tell (QuickBooks: month first; Jurnal: day first).
    var dateOrder: DateOrder? = nil

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
        // QuickBooks reports saved as CSV: A/R Aging Detail, Open Invoices, Invoice List.
        ImportPreset(name: "quickbooks", kind: .invoices, columns: [
            .number: ["no.", "num"], .client: ["customer", "name"], .issued: ["date", "invoice date"], .due: ["due date"],
            .amount: ["amount", "total"], .openBalance: ["open balance"], .currency: ["currency"], .transactionType: ["transaction type"],
        ], required: [.number, .client, .issued, .due, .amount], linesPerInvoice: false, dateOrder: .mdy),
        // QuickBooks Online's own invoice import and export: one row per line item.
        ImportPreset(name: "quickbooks-online", kind: .invoices, columns: [
            .number: ["invoiceno"], .client: ["customer"], .issued: ["invoicedate"], .due: ["duedate"], .terms: ["terms"],
            .quantity: ["itemquantity"], .unitAmount: ["itemrate"], .lineAmount: ["itemamount"], .tax: ["itemtaxamount"], .currency: ["currency"],
        ], required: [.number, .client, .issued, .due, .unitAmount], linesPerInvoice: true, dateOrder: .mdy),
        ImportPreset(name: "xero", kind: .invoices, columns: [
            .client: ["contactname"], .email: ["emailaddress"], .number: ["invoicenumber"], .issued: ["invoicedate"],
            .due: ["duedate"], .quantity: ["quantity"], .unitAmount: ["unitamount"], .lineAmount: ["lineamount"],
            .tax: ["taxamount"], .currency: ["currency"], .amount: ["total"], .paidAmount: ["invoiceamountpaid"], .openBalance: ["invoiceamountdue"],
        ], required: [.client, .number, .issued, .due, .unitAmount], linesPerInvoice: true),
        // Jurnal (Mekari) sales invoice import: required columns marked with *.
        ImportPreset(name: "jurnal", kind: .invoices, columns: [
            .client: ["customer"], .issued: ["invoice date", "transaction date"], .due: ["due date"], .number: ["invoice number", "transaction no"],
            .quantity: ["quantity"], .unitAmount: ["unit price"], .taxRate: ["tax rate", "tax rate (%)"], .currency: ["currency"],
            .email: ["email"], .address: ["billing address"],
        ], required: [.client, .issued, .due, .number, .unitAmount], linesPerInvoice: true, dateOrder: .dmy),
        // Indonesian headers, as local tools (Accurate, Zahir) and hand-made sheets name them.
        ImportPreset(name: "indonesia", kind: .invoices, columns: [
            .number: ["no faktur", "no. faktur", "nomor faktur", "no invoice", "no. invoice", "nomor invoice"],
            .client: ["pelanggan", "nama pelanggan"], .issued: ["tgl faktur", "tgl. faktur", "tanggal faktur", "tanggal"],
            .due: ["tgl j. tempo", "tgl jatuh tempo", "tgl. jatuh tempo", "jatuh tempo", "tanggal jatuh tempo"],
            .amount: ["total", "faktur netto", "nilai", "nilai faktur", "jumlah"], .base: ["dpp"], .vat: ["ppn"],
            .paidAmount: ["sudah bayar", "terbayar", "dibayar"], .openBalance: ["saldo piutang", "sisa tagihan", "sisa", "saldo"],
            .currency: ["mata uang", "valuta"], .contact: ["kontak", "nama kontak"], .phone: ["telepon", "no. telp", "no telp", "hp"],
            .email: ["email"], .address: ["alamat"], .terms: ["termin", "syarat pembayaran"],
        ], required: [.number, .client, .issued, .due, .amount], linesPerInvoice: false, dateOrder: .dmy),
        ImportPreset(name: "generic", kind: .clients, columns: [
            .client: ["name", "client", "client name"], .clientID: ["id", "client id"], .contact: ["contact", "contact person"],
            .email: ["email"], .phone: ["phone"], .address: ["address"], .terms: ["terms", "terms days"],
            .contract: ["contract"], .owner: ["owner"],
        ], required: [.client], linesPerInvoice: false),
        ImportPreset(name: "generic", kind: .payments, columns: [
            .invoice: ["invoice", "invoice number", "number"], .client: ["client"], .date: ["date", "paid on"],
            .amount: ["amount"], .method: ["method"],
        ], required: [.invoice, .date, .amount], linesPerInvoice: false),
        ImportPreset(name: "jurnal", kind: .payments, columns: [
            .invoice: ["invoice number", "invoice no"], .client: ["customer"], .date: ["payment date"], .amount: ["amount"], .method: ["payment method"],
        ], required: [.invoice, .date, .amount], linesPerInvoice: false, dateOrder: .dmy),
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
            if f == .unitAmount && (found[.lineAmount] != nil || found[.amount] != nil) { return false }
            if f == .amount && found[.base] != nil { return false }
            return found[f] == nil
        }
    }
}
