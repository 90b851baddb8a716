extension Catalog {
    /// Indonesian sentences of the workflow commands (log, pay, queue, snooze, reason, plan, offer, remind, escalate, write-off), keyed by their English originals.
    /// Sentences shared with the other commands ("Client id or part of the name.", "no client matches \"{0}\"", "--level: 1 to 10", …) are in
    /// `indonesianCommands`; those shared with the app's forms ("{0} owes nothing", "{0}: escalated to {1}", …) in `indonesianCore`.
    static let indonesianWorkflow: [String: String] = [
        // Finding a client, the contact guard (WorkflowCommands.swift, LogCommand.swift).
        "\"{0}\" matches {1} clients; say which (by id or a longer name):\n{2}":
            "\"{0}\" cocok dengan {1} klien; sebutkan yang mana (dengan id atau nama yang lebih panjang):\n{2}",
        "{0} Add --force to contact them anyway (the override is recorded).":
            "{0} Tambahkan --force untuk tetap menghubungi mereka (pelanggaran batas ini ikut dicatat).",
        "--invoice: {0} has no invoice {1}": "--invoice: {0} tidak punya tagihan {1}",
        "A note.": "Catatan.",

        // queue
        "Whom to contact today, most urgent first, with why.": "Siapa yang dihubungi hari ini, paling mendesak dulu, beserta alasannya.",
        "Only this owner salesperson's clients (escalated clients are in their owner's queue).":
            "Hanya klien milik sales ini (klien yang dieskalasi masuk antrean pemiliknya).",
        "Nobody is due for a follow-up on {0} for {1}.": "Tidak ada tindak lanjut pada {0} untuk {1}.",
        "Nobody is due for a follow-up on {0}.": "Tidak ada tindak lanjut pada {0}.",
        "Follow-ups due on {0} for {1}: {2}": "Tindak lanjut pada {0} untuk {1}: {2}",
        "Follow-ups due on {0}: {1}": "Tindak lanjut pada {0}: {1}",
        "{0}d late": "terlambat {0}h",
        "owner {0}": "pemilik {0}",
        "why: {0}": "alasan: {0}",

        // report kpi
        "DSO, countback DSO, CEI, collections, promises, plans, write-offs.":
            "DSO, countback DSO, CEI, hasil penagihan, janji bayar, cicilan, hapus buku.",
        "Days of sales for DSO.": "Jumlah hari penjualan untuk DSO.",
        "CEI period start (default: the first of this month).": "Awal periode CEI (bawaan: tanggal 1 bulan ini).",
        "CEI period end (default: today).": "Akhir periode CEI (bawaan: hari ini).",
        "{0}: \"{1}\" is not a date (YYYY-MM-DD)": "{0}: \"{1}\" bukan tanggal (YYYY-MM-DD)",
        "--period: 1 to 3650 days": "--period: 1 sampai 3650 hari",
        "{0} days": "{0} hari",
        "KPIs on {0}": "KPI per {0}",
        "receivables": "piutang",
        "DSO ({0} days of sales)": "DSO ({0} hari penjualan)",
        "countback DSO": "DSO countback",
        "collected this month": "tertagih bulan ini",
        "written off this year": "dihapusbukukan tahun ini",
        "promises due this week {0}, broken {1}": "janji bayar jatuh tempo minggu ini {0}, diingkari {1}",
        "plans on track {0}, missed {1}": "cicilan lancar {0}, terlewat {1}",

        // snooze
        "Move a client's next follow-up to a date.": "Pindahkan tindak lanjut berikutnya dari klien ke suatu tanggal.",
        "YYYY-MM-DD, +7, tomorrow.": "YYYY-MM-DD, +7, besok.",
        "Why.": "Alasannya.",

        // reason
        "Record why a client does not pay: forgot, hardship, admin, dispute, unknown.":
            "Catat alasan klien belum bayar: forgot, hardship, admin, dispute, unknown.",
        "A dispute pauses chasing for the invoice (or all the client's invoices) until another reason is recorded.":
            "Sengketa menjeda penagihan atas tagihan itu (atau semua tagihan klien) sampai alasan lain dicatat.",
        "forgot, hardship, admin, dispute or unknown.": "forgot, hardship, admin, dispute atau unknown.",
        "An invoice number, when the reason is about one invoice.": "Nomor tagihan, bila alasannya tentang satu tagihan.",
        "What they said.": "Apa yang mereka katakan.",
        "\"{0}\" is not one of forgot, hardship, admin, dispute, unknown": "\"{0}\" bukan salah satu dari forgot, hardship, admin, dispute, unknown",
        "{0}: {1} for {2}": "{0}: {1} untuk {2}",

        // plan
        "Agree a payment plan for a client's open balance.": "Sepakati rencana cicilan untuk sisa tagihan klien.",
        "Either --count N with --every month|fortnight|week and --first DATE, or --schedule \"2026-12-15 5000000, 2027-01-15 5000000\" summing to the balance.":
            "Pakai --count N dengan --every month|fortnight|week dan --first TANGGAL, atau --schedule \"2026-12-15 5000000, 2027-01-15 5000000\" yang jumlahnya sama dengan sisa tagihan.",
        "month, fortnight or week.": "month, fortnight atau week.",
        "Number of instalments.": "Jumlah cicilan.",
        "Date of the first instalment (default: in 14 days).": "Tanggal cicilan pertama (bawaan: 14 hari lagi).",
        "Custom dates and amounts.": "Tanggal dan jumlah sendiri.",
        "--every: month, fortnight or week": "--every: month, fortnight atau week",
        "{0}: plan agreed for {1}": "{0}: rencana cicilan disepakati untuk {1}",

        // offer
        "Record a settlement offer, or accept or reject the open one.": "Catat tawaran penyelesaian, atau terima atau tolak tawaran yang masih terbuka.",
        "Accepting records the agreed payment and writes off the rest with the reason \"settlement\".":
            "Menerima tawaran mencatat pembayaran yang disepakati dan menghapusbukukan sisanya dengan alasan \"settlement\".",
        "The amount offered (omit with --accept or --reject).": "Jumlah yang ditawarkan (kosongkan bila --accept atau --reject).",
        "client or us.": "client atau us.",
        "Valid until (default: in 14 days).": "Berlaku sampai (bawaan: 14 hari lagi).",
        "Accept the open offer.": "Terima tawaran yang masih terbuka.",
        "Reject the open offer.": "Tolak tawaran yang masih terbuka.",
        "{0} has no open offer": "{0} tidak punya tawaran yang masih terbuka",
        "{0}: settled for {1}; the rest is written off as settlement": "{0}: diselesaikan sebesar {1}; sisanya dihapusbukukan sebagai penyelesaian",
        "give the amount offered, or --accept / --reject": "sebutkan jumlah yang ditawarkan, atau --accept / --reject",
        "--by: client or us": "--by: client atau us",
        "{0}: offer of {1} recorded, valid until {2}": "{0}: tawaran {1} dicatat, berlaku sampai {2}",
        "recovery estimate {0} ({1}); holding out is worth about {2}, accepting {3}":
            "perkiraan pemulihan {0} ({1}); bertahan bernilai sekitar {2}, menerima {3}",

        // remind
        "Record a reminder sent (the next rung of the ladder unless --level).": "Catat pengingat terkirim (tahap berikutnya, kecuali dengan --level).",
        "Ladder level (1 friendly, 2 firm, 3 final).": "Tahap pengingat (1 ramah, 2 tegas, 3 terakhir).",
        "A copy of the text sent.": "Salinan teks yang dikirim.",
        "escalated to {0}: they now see {1} in their queue (tagih queue --owner {0})":
            "dieskalasi ke {0}: {1} kini ada di antreannya (tagih queue --owner {0})",
        "escalated to the owner: they now see {0} in their queue (tagih queue --owner NAME)":
            "dieskalasi ke pemilik: {0} kini ada di antreannya (tagih queue --owner NAMA)",

        // escalate
        "Hand a client to its owner salesperson, or add the owner's note.": "Serahkan klien ke sales pemiliknya, atau tambahkan catatan pemilik.",
        "The owner (default: the client's owner).": "Pemilik (bawaan: pemilik klien).",
        "Record the owner's side of the story (--note) instead of escalating.": "Catat cerita dari sisi pemilik (--note), bukan eskalasi.",

        // writeoff
        "Write off a client's balance (or part of it), with a reason.": "Hapus buku sisa tagihan klien (atau sebagiannya), dengan alasan.",
        "Amount (default: the whole balance in its largest currency).": "Jumlah (bawaan: seluruh sisa dalam mata uang terbesarnya).",
        "Why it is written off.": "Alasan dihapusbukukan.",
        "Write off even though the ladder was not exhausted or no settlement was tried.":
            "Tetap hapus buku meskipun tahap pengingat belum habis atau penyelesaian belum dicoba.",
        "not written off: {0}. Add --yes to write off anyway.": "tidak dihapusbukukan: {0}. Tambahkan --yes untuk tetap menghapusbukukan.",
        "{0}: {1} written off ({2})": "{0}: {1} dihapusbukukan ({2})",

        // log (LogCommand.swift)
        "Record a call, letter, e-mail or visit.": "Catat telepon, surat, e-mail atau kunjungan.",
        "CLIENT is a client id or an unambiguous part of its name (case and accents ignored). Example: tagih log \"maju jaya\" --outcome promised --promise 5000000@2026-12-05 --note \"Will pay Friday\" --duration 4m":
            "CLIENT adalah id klien atau bagian namanya yang tidak bermakna ganda (huruf besar-kecil dan aksen diabaikan). Contoh: tagih log \"maju jaya\" --outcome promised --promise 5000000@2026-12-05 --note \"Akan bayar Jumat\" --duration 4m",
        "call, letter, email or visit.": "call, letter, email atau visit.",
        "reached, no-answer, voicemail, wrong-number, promised, disputed, refused, sent.":
            "reached, no-answer, voicemail, wrong-number, promised, disputed, refused atau sent.",
        "What was said (use \\n or quote a multi-line text).": "Apa yang dibicarakan (pakai \\n atau kutip teks beberapa baris).",
        "A promise to pay: AMOUNT@DATE, e.g. 5000000@2026-12-05.": "Janji bayar: JUMLAH@TANGGAL, mis. 5000000@2026-12-05.",
        "Next follow-up: YYYY-MM-DD, +7, tomorrow (default: 7 days on).": "Tindak lanjut berikutnya: YYYY-MM-DD, +7, besok (bawaan: 7 hari lagi).",
        "Length of a call: 5m, 1h30m, 90s, 4:30.": "Lama telepon: 5m, 1h30m, 90s, 4:30.",
        "Invoice number the contact was about (default: the client's overdue invoices).":
            "Nomor tagihan yang dibicarakan (bawaan: tagihan klien yang terlambat).",
        "Who made the contact (default: $TAGIH_USER, else $USER).": "Siapa yang menghubungi (bawaan: $TAGIH_USER, jika tidak ada $USER).",
        "For a letter: where a copy is kept.": "Untuk surat: tempat salinannya disimpan.",
        "Record the contact even though the contact-frequency guard warns (the override is recorded).":
            "Tetap catat kontak meskipun batas frekuensi kontak memberi peringatan (pelanggaran batas ini ikut dicatat).",
        "--kind: \"{0}\" is not one of call, letter, email, visit": "--kind: \"{0}\" bukan salah satu dari call, letter, email, visit",
        "--outcome: \"{0}\" is not one of {1}": "--outcome: \"{0}\" bukan salah satu dari {1}",
        "--promise: write it as AMOUNT@DATE, e.g. 5000000@2026-12-05": "--promise: tulis sebagai JUMLAH@TANGGAL, mis. 5000000@2026-12-05",
        "--promise needs the outcome \"promised\" (not \"{0}\")": "--promise perlu hasil \"promised\" (bukan \"{0}\")",
        "--outcome promised needs --promise AMOUNT@DATE (what was promised, and by when)":
            "--outcome promised perlu --promise JUMLAH@TANGGAL (apa yang dijanjikan, dan paling lambat kapan)",
        "{0} Add --force to record the contact anyway (the override is recorded).":
            "{0} Tambahkan --force untuk tetap mencatat kontak (pelanggaran batas ini ikut dicatat).",
        "logged call with {0}: {1}, next follow-up {2}": "telepon dengan {0} dicatat: {1}, tindak lanjut berikutnya {2}",
        "logged call with {0}: {1}": "telepon dengan {0} dicatat: {1}",
        "logged letter with {0}: {1}, next follow-up {2}": "surat untuk {0} dicatat: {1}, tindak lanjut berikutnya {2}",
        "logged letter with {0}: {1}": "surat untuk {0} dicatat: {1}",
        "logged email with {0}: {1}, next follow-up {2}": "e-mail ke {0} dicatat: {1}, tindak lanjut berikutnya {2}",
        "logged email with {0}: {1}": "e-mail ke {0} dicatat: {1}",
        "logged visit with {0}: {1}, next follow-up {2}": "kunjungan ke {0} dicatat: {1}, tindak lanjut berikutnya {2}",
        "logged visit with {0}: {1}": "kunjungan ke {0} dicatat: {1}",

        // pay
        "Record a payment (full or partial) on an invoice.": "Catat pembayaran (penuh atau sebagian) atas tagihan.",
        "Invoice number (or id).": "Nomor tagihan (atau id).",
        "Amount in the invoice's currency, e.g. 1500000 or 1,500,000.00 (1.500.000,00 where amounts are written the Indonesian way).": "Jumlah dalam mata uang tagihan, mis. 1500000 atau 1.500.000,00 (1,500,000.00 bila jumlah ditulis cara Inggris).",
        "Date received: YYYY-MM-DD or today (default: today).": "Tanggal diterima: YYYY-MM-DD atau hari ini (bawaan: hari ini).",
        "How it was paid: transfer, cash, cheque...": "Cara bayar: transfer, tunai, cek...",
        "no invoice \"{0}\"": "tidak ada tagihan \"{0}\"",
        "\"{0}\" is the number of {1} invoices; give the id:\n{2}": "\"{0}\" adalah nomor dari {1} tagihan; sebutkan id-nya:\n{2}",
        "recorded {0} on {1}; balance now {2}": "{0} dicatat untuk {1}; sisa sekarang {2}",
        // The typed inputs (Inputs/*.swift).
        "{0} has no owner; say who": "{0} belum punya pemilik; sebutkan siapa",
        "write the owner's side of the story": "tulis cerita dari sisi pemilik",
        "{0} is not after today": "{0} tidak sesudah hari ini",
        "the number of instalments is from 1 to {0}": "jumlah cicilan dari 1 sampai {0}",
        "{0} has no invoice {1}": "{0} tidak punya tagihan {1}",
        "the reminder level is from 1 to {0}": "tahap pengingat dari 1 sampai {0}",
        "say why it is written off": "sebutkan alasan penghapusan",
    ]
}
