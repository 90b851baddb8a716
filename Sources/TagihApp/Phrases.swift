/// Fixed phrases of forms and status messages in Bahasa Indonesia, looked up
/// by their English text when drawn (whole phrases, or the part before " · "
/// or ": "). Sentences built elsewhere (validation problems, the contact
/// guard, saved messages) arrive already translated through `tr`.
enum Phrases {
    static func text(_ english: String, language: String) -> String {
        guard language == "id" else { return english }
        if let whole = indonesian[english] { return whole }
        for sep in [" · ", ": "] {
            if let r = english.range(of: sep), let head = indonesian[String(english[..<r.lowerBound])] {
                return head + sep + english[r.upperBound...]
            }
        }
        // "Call with X saved" and the like.
        for (prefix, suffix, id) in patterns {
            if english.hasPrefix(prefix) && english.hasSuffix(suffix) && english.count > prefix.count + suffix.count {
                let middle = english.dropFirst(prefix.count).dropLast(suffix.count)
                return id.replacingOccurrences(of: "{0}", with: middle)
            }
        }
        return english
    }

    static let patterns: [(String, String, String)] = [
        ("Call with ", " saved", "Telepon dengan {0} tersimpan"),
        ("Letter with ", " saved", "Surat untuk {0} tersimpan"),
        ("Email with ", " saved", "E-mail ke {0} tersimpan"),
        ("Visit with ", " saved", "Kunjungan ke {0} tersimpan"),
        ("Payment on ", " saved", "Pembayaran {0} tersimpan"),
        ("Nothing matches \"", "\"; Esc clears the filter", "Tidak ada yang cocok dengan \"{0}\"; Esc menghapus saringan"),
    ]

    static let indonesian: [String: String] = [
        // form titles
        "Reminder": "Pengingat", "Snooze": "Tunda", "Why they do not pay": "Alasan belum bayar", "Payment plan": "Rencana cicilan",
        "Answer the offer": "Jawab tawaran", "Settlement offer": "Tawaran penyelesaian", "Escalate": "Eskalasi",
        "The owner's side": "Sisi pemilik", "Write off": "Hapus buku",
        // field labels and choices
        "Until": "Sampai", "Why": "Alasan", "Reason": "Alasan", "About": "Tentang", "Note": "Catatan", "Every": "Setiap",
        "Instalments": "Cicilan", "First on": "Pertama pada", "Custom schedule": "Jadwal sendiri", "Answer": "Jawaban",
        "Offered by": "Ditawarkan oleh", "Amount": "Jumlah", "Valid until": "Berlaku sampai", "To": "Kepada", "Owner": "Pemilik",
        "Level": "Tahap", "Letter": "Surat", "Or a note": "Atau catatan",
        "month": "bulan", "fortnight": "dua minggu", "week": "minggu", "custom": "sendiri", "client": "klien", "us": "kami",
        "accept": "terima", "reject": "tolak", "none": "tanpa", "the client as a whole": "klien secara keseluruhan",
        "forgot": "lupa", "cash-flow hardship": "kesulitan arus kas", "admin overload": "beban administrasi",
        "dispute or complaint": "sengketa atau keluhan", "unknown": "tidak diketahui",
        "1 friendly": "1 ramah", "2 firm": "2 tegas", "3 final": "3 terakhir", "4 final notice": "4 pemberitahuan akhir",
        "YYYY-MM-DD, +7, tomorrow": "YYYY-MM-DD, +7, besok", "date amount, date amount…": "tanggal jumlah, tanggal jumlah…",
        "rendered from the template and kept as the copy": "dibuat dari templat dan disimpan sebagai salinan",
        "e.g. where the letter is kept": "mis. tempat surat disimpan", "e.g. insolvent, uneconomic to pursue": "mis. pailit, tidak layak ditagih",
        // status messages
        "Select a client first": "Pilih klien dulu", "Read-only": "Hanya-baca", "Not saved": "Tidak tersimpan",
        "Note discarded": "Catatan dibuang", "Unsaved note discarded": "Catatan yang belum disimpan dibuang",
        "Draft restored": "Draf dipulihkan", "No open invoice here": "Tidak ada tagihan terbuka di sini",
        "Not contacted. Next follow-up stays as it is (z snoozes it).": "Tidak dihubungi. Tindak lanjut tetap (z untuk menunda).",
        "Discard this unsaved note?": "Buang catatan yang belum disimpan?", "Discard the unsaved note and quit?": "Buang catatan dan keluar?",
        "The external editor failed; the notes are unchanged": "Editor luar gagal; catatan tidak berubah",
        "Not saved, the book is read-only": "Tidak tersimpan, buku hanya-baca",
    ]
}
