/// Reminder letters: plain-text templates with `{{placeholders}}`, in English
/// and Bahasa Indonesia, for each rung of the ladder.
public enum Letters {
    public static let names = ["friendly", "firm", "final"]
    public static let languages = ["en", "id"]

    /// The placeholders a template may use.
    public static let placeholders = ["client", "contact", "today", "invoices", "total", "terms", "days_late", "contract", "sender", "level"]

    /// The shipped template for a language and rung (1 friendly, 2 firm, 3 and up final).
    public static func builtIn(language: String, level: Int) -> String {
        let name = names[min(max(level, 1), names.count) - 1]
        return (language == "id" ? indonesian : english)[name]!
    }

    public static func templateName(level: Int) -> String { names[min(max(level, 1), names.count) - 1] }

    /// Fills a template for a client; an unknown placeholder is an error naming it.
    public static func render(_ template: String, book: Book, client: ClientID, today: CivilDate, sender: String,
                              level: Int, language: String) -> Result<String, ParseError> {
        guard let c = book.clients[client] else { return .failure(ParseError(Sentence("unknown client {0}", client))) }
        let open = book.openInvoices(of: client).filter { $0.daysLate(on: today) >= 1 }
        let fmt = language == "id" ? MoneyFormat(groupSeparator: ".", decimalSeparator: ",") : MoneyFormat.standard
        let invoiceLines = open.map { inv in
            let late = inv.daysLate(on: today)
            return language == "id"
                ? "- \(inv.number), jatuh tempo \(inv.due.iso), sisa \(fmt.string(book.balance(inv))) (terlambat \(late) hari)"
                : "- \(inv.number), due \(inv.due.iso), \(fmt.string(book.balance(inv))) outstanding (\(late) days late)"
        }.joined(separator: "\n")
        var totals = MoneyTotals()
        for inv in open { totals.add(book.balance(inv)) }
        let values: [String: String] = [
            "client": CleanText.line(c.name),
            "contact": CleanText.line(c.contactPerson.isEmpty ? c.name : c.contactPerson),
            "today": today.iso,
            "invoices": invoiceLines,
            "total": totals.amounts.map(fmt.string).joined(separator: " + "),
            "terms": c.termsDays.map { language == "id" ? "\($0) hari" : "net \($0) days" } ?? (language == "id" ? "sesuai kesepakatan" : "as agreed"),
            "days_late": String(open.map { $0.daysLate(on: today) }.max() ?? 0),
            "contract": CleanText.line(c.contractRef ?? (language == "id" ? "perjanjian kita" : "our agreement")),
            "sender": CleanText.line(sender),
            "level": String(level),
        ]
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return .failure(ParseError(Sentence("a {{ is never closed"))) }
            let key = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace
            guard let v = values[key] else {
                return .failure(ParseError(Sentence("unknown placeholder {{{0}}} (known: {1})", key, placeholders.joined(separator: ", "))))
            }
            out += v
            rest = rest[close.upperBound...]
        }
        return .success(CleanText.multiline(out + rest))
    }

    static let english: [String: String] = [
        "friendly": """
        {{today}}

        Dear {{contact}},

        We hope all is well at {{client}}. Our records show the following invoices
        as unpaid:

        {{invoices}}

        Total outstanding: {{total}}. Our agreed payment terms ({{terms}}, under
        {{contract}}) have passed, so this may simply have been overlooked. Could you
        let us know when we can expect payment? If it has already been sent, thank
        you, and please disregard this note.

        Kind regards,
        {{sender}}

        """,
        "firm": """
        {{today}}

        Dear {{contact}},

        Despite our earlier reminder, the following invoices from {{client}} remain
        unpaid, the oldest now {{days_late}} days past due:

        {{invoices}}

        Total outstanding: {{total}}. Under {{contract}} payment was due within
        {{terms}}. Please arrange payment within seven days, or call us to agree a
        date or a payment plan. If there is a problem with an invoice, tell us so we
        can resolve it.

        Regards,
        {{sender}}

        """,
        "final": """
        {{today}}

        FINAL NOTICE

        Dear {{contact}},

        The following invoices from {{client}} are still unpaid, the oldest
        {{days_late}} days past due, despite our reminders:

        {{invoices}}

        Total outstanding: {{total}}, due under {{contract}} ({{terms}}). Unless
        payment is received or a payment arrangement is agreed within seven days of
        this letter, we will take further steps to recover the debt, which may
        include statutory interest and recovery costs. We would much rather settle
        this with you directly: please contact us now.

        {{sender}}

        """,
    ]

    static let indonesian: [String: String] = [
        "friendly": """
        {{today}}

        Yth. {{contact}},

        Semoga {{client}} dalam keadaan baik. Menurut catatan kami, tagihan berikut
        belum dibayar:

        {{invoices}}

        Total terutang: {{total}}. Jangka waktu pembayaran yang disepakati ({{terms}},
        berdasarkan {{contract}}) telah lewat; mungkin hal ini terlewatkan. Mohon
        kabari kami kapan pembayaran dapat kami terima. Jika sudah dibayar, terima
        kasih, dan abaikan surat ini.

        Hormat kami,
        {{sender}}

        """,
        "firm": """
        {{today}}

        Yth. {{contact}},

        Meskipun kami telah mengingatkan sebelumnya, tagihan {{client}} berikut masih
        belum dibayar; yang tertua sudah terlambat {{days_late}} hari:

        {{invoices}}

        Total terutang: {{total}}. Berdasarkan {{contract}}, pembayaran jatuh tempo
        dalam {{terms}}. Mohon lakukan pembayaran dalam tujuh hari, atau hubungi kami
        untuk menyepakati tanggal atau rencana cicilan. Jika ada masalah dengan
        tagihan, beri tahu kami agar dapat kami selesaikan.

        Salam,
        {{sender}}

        """,
        "final": """
        {{today}}

        PEMBERITAHUAN TERAKHIR

        Yth. {{contact}},

        Tagihan {{client}} berikut masih belum dibayar, yang tertua terlambat
        {{days_late}} hari, meskipun telah kami ingatkan:

        {{invoices}}

        Total terutang: {{total}}, jatuh tempo berdasarkan {{contract}} ({{terms}}).
        Jika pembayaran tidak kami terima atau kesepakatan pembayaran tidak dibuat
        dalam tujuh hari sejak surat ini, kami akan mengambil langkah lebih lanjut
        untuk menagih utang ini, termasuk bunga dan biaya penagihan sesuai hukum.
        Kami lebih memilih menyelesaikannya langsung dengan Anda: mohon segera
        hubungi kami.

        {{sender}}

        """,
    ]
}
