import TagihCore

/// Every string the screens show, in English and Bahasa Indonesia.
/// A test fails when a string exists in one language and not the other.
public enum T: String, CaseIterable, Sendable {
    // title bar and screens
    case overdue, invoiceOne, invoiceMany, clientOne, clientMany, matching, disputesOnly, marked, todayTitle, toContact
    case dashboardTitle, today
    // summary and list
    case aging, total, nothingOpen, colClient, colInvoice, colDue, colLate, colBucket, colBalance, colContact, colFollow, colInv
    case emptyBook, emptyBookHint, nothingMatches, escClears, noOverdue, nothingToChase, filterHint, never, todayWord, daysAgo, inDays
    // too small
    case tooSmall, needHave, resizeOrQuit
    // detail
    case owner, terms, netDays, noneAgreed, contract, noneOnFile, why, recovery, escalatedTo, salesSide, askSalesSide
    case nextFollowUp, overdueBy, reminders, none, promise, plan, paidOf, missedCount, agreed, offer, offeredBy, by, until
    case invoices, due, paid, balance, late, chasingPaused, writtenOffAmount, mayClaim, timeline, noContact, noClient
    case promisedBy, copyAt, guardOverridden, us, them
    // editor
    case kind, outcome, notes, notesLetter, promised, byDate, loggedBy, copyKeptAt, typeWhatWasSaid, dateHint, editorHint, saving
    // forms, prompts, overlays
    case formHint, paymentTitle, amount, date, method, dateOrToday, methodHint, paymentHint, confirm, yesNo, keysTitle
    case paletteTitle, noMatch, action, client
    // today and dashboard
    case todayHeading, nobodyDue, nobodyDueHint, whyPrefix, daysLateShort, receivables, beyondRange, dso, countback, cei, collectedMonth
    case writtenOffYear, promisesHeading, dueThisWeek, broken, plansHeading, onTrack, missed, dsoNote
    // status bar
    case readOnly, draft, hMove, hKeys, hQuit, hFilter, hLogCall, hSort, hByClient, hToday, hBack, hPayment, hSnooze
    case hCall, hPromise, hReminder, hOpen, hAllKeys, hList, hKeep, hClear, hSave, hClose, hField
    // the queue's reasons and the contact guard
    case rDaysLate, rLarge, rBroken, rMissed, rEscalated, rNever, rFollowOverdue, rFollowToday
    case gWhat, gToday, gYesterday, gDaysAgo, gTooSoon, gTooOften
}

/// The strings of one language, with `{0}`, `{1}` for values.
public struct Strings: Sendable {
    public let language: String

    public init(language: String) { self.language = language == "id" ? "id" : "en" }

    public func callAsFunction(_ key: T, _ args: CustomStringConvertible...) -> String {
        var s = (language == "id" ? Strings.indonesian[key] : nil) ?? Strings.english[key] ?? key.rawValue
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a.description) }
        return s
    }

    /// An outcome's name in this language.
    public func outcome(_ o: Outcome) -> String {
        guard language == "id" else { return o.label }
        let id: [Outcome: String] = [.reached: "tersambung", .noAnswer: "tidak diangkat", .voicemail: "pesan suara",
                                     .wrongNumber: "nomor salah", .promised: "berjanji bayar", .disputed: "menyanggah",
                                     .refused: "menolak", .sent: "terkirim"]
        return id[o] ?? o.label
    }

    /// A contact kind's name in this language.
    public func kind(_ k: InteractionKind) -> String {
        guard language == "id" else { return k.rawValue }
        return [InteractionKind.call: "telepon", .letter: "surat", .email: "e-mail", .visit: "kunjungan"][k] ?? k.rawValue
    }

    /// A reason of the Today queue in this language.
    public func reason(_ r: QueueReason, money: MoneyFormat, dates: DateFormat) -> String {
        switch r {
        case let .daysLate(n): return self(.rDaysLate, n)
        case let .largeBalance(m): return self(.rLarge, money.string(m))
        case let .brokenPromise(m, d): return self(.rBroken, money.string(m), dates.short(d))
        case let .missedInstalment(m, d): return self(.rMissed, money.string(m), dates.short(d))
        case let .escalated(o): return self(.rEscalated, o)
        case .neverContacted: return self(.rNever)
        case let .followUpOverdue(n): return self(.rFollowOverdue, n)
        case .followUpToday: return self(.rFollowToday)
        }
    }

    /// The contact-frequency guard's question in this language.
    public func guardQuestion(_ w: ContactWarning, client: String, dates: DateFormat, policy: Policy, zoneOffset: Int) -> String {
        let day = w.last.at.civilDate(offsetSeconds: zoneOffset)
        let what = self(.gWhat, kind(w.last.kind), dates.short(day), outcome(w.last.outcome), w.last.by)
        switch w.kind {
        case let .tooSoon(n):
            let when = n == 0 ? self(.gToday) : n == 1 ? self(.gYesterday) : self(.gDaysAgo, n)
            return self(.gTooSoon, client, when, what, policy.minDaysBetweenContacts)
        case let .tooOften(n):
            return self(.gTooOften, client, n, what, policy.maxContactsPer30Days)
        }
    }

    static let english: [T: String] = [
        .overdue: "Overdue", .invoiceOne: "invoice", .invoiceMany: "invoices", .clientOne: "client", .clientMany: "clients",
        .matching: "matching", .disputesOnly: "disputes only", .marked: "{0} marked", .todayTitle: "Today", .toContact: "{0} to contact",
        .dashboardTitle: "Dashboard", .today: "today {0}",
        .aging: "Aging", .total: "total", .nothingOpen: "nothing open", .colClient: "Client", .colInvoice: "Invoice", .colDue: "Due",
        .colLate: "Late", .colBucket: "Bucket", .colBalance: "Balance", .colContact: "Contact", .colFollow: "Follow", .colInv: "Inv",
        .emptyBook: "This book has no invoices yet.", .emptyBookHint: "`tagih demo` shows tagih on a sample book.",
        .nothingMatches: "Nothing matches \"{0}\".", .escClears: "Esc clears the filter.", .noOverdue: "No overdue invoices.",
        .nothingToChase: "Nothing to chase today.", .filterHint: "(/ edit · Esc clear)", .never: "—", .todayWord: "today",
        .daysAgo: "{0}d ago", .inDays: "in {0}d",
        .tooSmall: "Terminal too small", .needHave: "need {0}, have {1}", .resizeOrQuit: "resize, or q to quit",
        .owner: "owner", .terms: "Terms", .netDays: "net {0} days", .noneAgreed: "none agreed ⚠", .contract: "Contract",
        .noneOnFile: "none on file ⚠", .why: "Why", .recovery: "Recovery", .escalatedTo: "Escalated to {0}.",
        .salesSide: " Sales side: ", .askSalesSide: "Escalated to {0}: ask for the sales side of the story (a adds it)",
        .nextFollowUp: "Next follow-up", .overdueBy: "({0}d overdue)", .reminders: "Reminders", .none: "none",
        .promise: "Promise", .plan: "Plan", .paidOf: "{0}/{1} paid", .missedCount: ", {0} missed", .agreed: "agreed {0}",
        .offer: "Offer", .offeredBy: "{0} by {1} on {2}: {3}", .by: "by", .until: "until {0}",
        .invoices: "Invoices ({0})", .due: "due {0}", .paid: "paid {0}", .balance: "balance {0}", .late: "{0}d late",
        .chasingPaused: "chasing paused", .writtenOffAmount: "written off {0}",
        .mayClaim: "may claim ({0}): interest {1} at {2}%/yr + {3} compensation; not charged", .timeline: "Timeline ({0})",
        .noContact: "No contact recorded yet. c logs a call.", .noClient: "No client selected",
        .promisedBy: "promised {0} by {1}", .copyAt: "copy: {0}", .guardOverridden: "guard overridden: {0}", .us: "us", .them: "them",
        .kind: "Kind", .outcome: "Outcome", .notes: "Notes", .notesLetter: "Notes (or the letter's text)", .promised: "Promised",
        .byDate: "by", .loggedBy: "Logged by", .copyKeptAt: "Copy kept at", .typeWhatWasSaid: "(type what was said)",
        .dateHint: "(YYYY-MM-DD, +7, tomorrow)",
        .editorHint: "Ctrl-S save · Esc close · Tab next field · Ctrl-K kind · Ctrl-E $EDITOR · F1 keys", .saving: "saving…",
        .formHint: "Ctrl-S save · Enter next/save · Tab field · ←/→ choose · Esc close", .paymentTitle: "Record a payment",
        .amount: "Amount", .date: "Date", .method: "Method", .dateOrToday: "(YYYY-MM-DD or today)", .methodHint: "(transfer, cash, cheque…)",
        .paymentHint: "Ctrl-S or Enter on the last field saves · Esc closes", .confirm: "Confirm", .yesNo: "y yes · n no",
        .keysTitle: "Keys (Esc closes)", .paletteTitle: "Go to an action or a client", .noMatch: "no match", .action: "action", .client: "client",
        .todayHeading: "Today · {0} to contact, most urgent first", .nobodyDue: "Nobody is due for a follow-up today.",
        .nobodyDueHint: "1 shows the overdue list; z on a client snoozes it.", .whyPrefix: "why: ", .daysLateShort: "{0}d late",
        .receivables: "{0} receivables {1}",
        .beyondRange: "totals in {0} are beyond what tagih can add up (the book is past its limit); figures are cut off", .dso: "DSO", .countback: "countback", .cei: "CEI {0}…{1}",
        .collectedMonth: "collected this month", .writtenOffYear: "written off this year", .promisesHeading: "Promises",
        .dueThisWeek: "due this week", .broken: "broken", .plansHeading: "Plans", .onTrack: "on track", .missed: "missed",
        .dsoNote: "DSO over the last {0} days of sales; the same figures: tagih report kpi",
        .readOnly: " READ-ONLY ", .draft: " ● draft ", .hMove: "move", .hKeys: "keys", .hQuit: "quit", .hFilter: "filter",
        .hLogCall: "log call", .hSort: "sort", .hByClient: "by client", .hToday: "today", .hBack: "back", .hPayment: "payment",
        .hSnooze: "snooze", .hCall: "call", .hPromise: "promise", .hReminder: "reminder", .hOpen: "open", .hAllKeys: "all keys",
        .hList: "list", .hKeep: "keep", .hClear: "clear", .hSave: "save", .hClose: "close", .hField: "field",
        .rDaysLate: "{0} days late", .rLarge: "large balance ({0})", .rBroken: "broken promise: {0} due {1}",
        .rMissed: "missed instalment: {0} due {1}", .rEscalated: "escalated to {0}", .rNever: "never contacted",
        .rFollowOverdue: "follow-up {0}d overdue", .rFollowToday: "follow-up due today",
        .gWhat: "a {0} on {1} ({2}, by {3})", .gToday: "today", .gYesterday: "yesterday", .gDaysAgo: "{0} days ago",
        .gTooSoon: "{0} was last contacted {1}: {2}. The practice is at least {3} days between contacts. Contact them anyway?",
        .gTooOften: "{0} was contacted {1} times in the last 30 days (the latest: {2}). The practice is at most {3}. Contact them anyway?",
    ]

    static let indonesian: [T: String] = [
        .overdue: "Jatuh tempo", .invoiceOne: "tagihan", .invoiceMany: "tagihan", .clientOne: "klien", .clientMany: "klien",
        .matching: "cocok", .disputesOnly: "hanya sengketa", .marked: "{0} ditandai", .todayTitle: "Hari ini", .toContact: "{0} untuk dihubungi",
        .dashboardTitle: "Dasbor", .today: "hari ini {0}",
        .aging: "Umur", .total: "total", .nothingOpen: "tidak ada yang terbuka", .colClient: "Klien", .colInvoice: "Tagihan", .colDue: "Jatuh tempo",
        .colLate: "Telat", .colBucket: "Umur", .colBalance: "Sisa", .colContact: "Kontak", .colFollow: "Tindak", .colInv: "Tgh",
        .emptyBook: "Buku ini belum punya tagihan.", .emptyBookHint: "`tagih demo` menampilkan tagih dengan buku contoh.",
        .nothingMatches: "Tidak ada yang cocok dengan \"{0}\".", .escClears: "Esc menghapus saringan.", .noOverdue: "Tidak ada tagihan jatuh tempo.",
        .nothingToChase: "Tidak ada yang perlu ditagih hari ini.", .filterHint: "(/ ubah · Esc hapus)", .never: "—", .todayWord: "hari ini",
        .daysAgo: "{0}h lalu", .inDays: "{0}h lagi",
        .tooSmall: "Terminal terlalu kecil", .needHave: "perlu {0}, ada {1}", .resizeOrQuit: "perbesar, atau q untuk keluar",
        .owner: "pemilik", .terms: "Termin", .netDays: "{0} hari", .noneAgreed: "belum disepakati ⚠", .contract: "Kontrak",
        .noneOnFile: "tidak ada ⚠", .why: "Alasan", .recovery: "Pemulihan", .escalatedTo: "Dieskalasi ke {0}.",
        .salesSide: " Versi sales: ", .askSalesSide: "Dieskalasi ke {0}: minta cerita dari sisi sales (a untuk menambah)",
        .nextFollowUp: "Tindak lanjut", .overdueBy: "(terlambat {0}h)", .reminders: "Pengingat", .none: "belum ada",
        .promise: "Janji", .plan: "Cicilan", .paidOf: "{0}/{1} dibayar", .missedCount: ", {0} terlewat", .agreed: "disepakati {0}",
        .offer: "Tawaran", .offeredBy: "{0} oleh {1} pada {2}: {3}", .by: "oleh", .until: "sampai {0}",
        .invoices: "Tagihan ({0})", .due: "jatuh tempo {0}", .paid: "dibayar {0}", .balance: "sisa {0}", .late: "terlambat {0}h",
        .chasingPaused: "penagihan dijeda", .writtenOffAmount: "dihapusbukukan {0}",
        .mayClaim: "dapat diklaim ({0}): bunga {1} pada {2}%/thn + kompensasi {3}; tidak ditagihkan", .timeline: "Riwayat ({0})",
        .noContact: "Belum ada kontak tercatat. c mencatat telepon.", .noClient: "Belum ada klien dipilih",
        .promisedBy: "janji {0} paling lambat {1}", .copyAt: "salinan: {0}", .guardOverridden: "batas kontak dilewati: {0}", .us: "kami", .them: "mereka",
        .kind: "Jenis", .outcome: "Hasil", .notes: "Catatan", .notesLetter: "Catatan (atau isi surat)", .promised: "Dijanjikan",
        .byDate: "pada", .loggedBy: "Dicatat oleh", .copyKeptAt: "Salinan di", .typeWhatWasSaid: "(tulis apa yang dibicarakan)",
        .dateHint: "(YYYY-MM-DD, +7, besok)",
        .editorHint: "Ctrl-S simpan · Esc tutup · Tab kolom berikut · Ctrl-K jenis · Ctrl-E $EDITOR · F1 tombol", .saving: "menyimpan…",
        .formHint: "Ctrl-S simpan · Enter lanjut/simpan · Tab kolom · ←/→ pilih · Esc tutup", .paymentTitle: "Catat pembayaran",
        .amount: "Jumlah", .date: "Tanggal", .method: "Cara", .dateOrToday: "(YYYY-MM-DD atau hari ini)", .methodHint: "(transfer, tunai, cek…)",
        .paymentHint: "Ctrl-S atau Enter di kolom terakhir menyimpan · Esc menutup", .confirm: "Konfirmasi", .yesNo: "y ya · n tidak",
        .keysTitle: "Tombol (Esc menutup)", .paletteTitle: "Cari tindakan atau klien", .noMatch: "tidak ada yang cocok", .action: "tindakan", .client: "klien",
        .todayHeading: "Hari ini · {0} untuk dihubungi, paling mendesak dulu", .nobodyDue: "Tidak ada yang perlu dihubungi hari ini.",
        .nobodyDueHint: "1 menampilkan daftar jatuh tempo; z pada klien menundanya.", .whyPrefix: "alasan: ", .daysLateShort: "terlambat {0}h",
        .receivables: "Piutang {0} {1}",
        .beyondRange: "total dalam {0} melebihi yang dapat dijumlahkan tagih (buku melewati batasnya); angka terpotong", .dso: "DSO", .countback: "countback", .cei: "CEI {0}…{1}",
        .collectedMonth: "tertagih bulan ini", .writtenOffYear: "dihapusbukukan tahun ini", .promisesHeading: "Janji",
        .dueThisWeek: "jatuh tempo minggu ini", .broken: "diingkari", .plansHeading: "Cicilan", .onTrack: "lancar", .missed: "terlewat",
        .dsoNote: "DSO atas penjualan {0} hari terakhir; angka yang sama: tagih report kpi",
        .readOnly: " HANYA-BACA ", .draft: " ● draf ", .hMove: "pindah", .hKeys: "tombol", .hQuit: "keluar", .hFilter: "saring",
        .hLogCall: "catat telepon", .hSort: "urutkan", .hByClient: "per klien", .hToday: "hari ini", .hBack: "kembali", .hPayment: "bayar",
        .hSnooze: "tunda", .hCall: "telepon", .hPromise: "janji", .hReminder: "pengingat", .hOpen: "buka", .hAllKeys: "semua tombol",
        .hList: "daftar", .hKeep: "simpan", .hClear: "hapus", .hSave: "simpan", .hClose: "tutup", .hField: "kolom",
        .rDaysLate: "terlambat {0} hari", .rLarge: "sisa besar ({0})", .rBroken: "janji diingkari: {0} jatuh tempo {1}",
        .rMissed: "cicilan terlewat: {0} jatuh tempo {1}", .rEscalated: "dieskalasi ke {0}", .rNever: "belum pernah dihubungi",
        .rFollowOverdue: "tindak lanjut terlambat {0} hari", .rFollowToday: "tindak lanjut hari ini",
        .gWhat: "{0} pada {1} ({2}, oleh {3})", .gToday: "hari ini", .gYesterday: "kemarin", .gDaysAgo: "{0} hari lalu",
        .gTooSoon: "{0} terakhir dihubungi {1}: {2}. Praktiknya paling sedikit {3} hari di antara kontak. Tetap hubungi?",
        .gTooOften: "{0} sudah dihubungi {1} kali dalam 30 hari terakhir (terakhir: {2}). Praktiknya paling banyak {3}. Tetap hubungi?",
    ]
}
