extension Catalog {
    /// Indonesian sentences about the snapshot (the folded book kept to open quickly), keyed by their English originals.
    static let indonesianSnapshot: [String: String] = [
        "not a tagih snapshot": "bukan snapshot tagih",
        "snapshot format {0}, this tagih writes {1}": "format snapshot {0}, tagih ini menulis format {1}",
        "snapshot is {0} bytes, its header says {1}": "snapshot berukuran {0} bita, kepalanya menyebut {1}",
        "snapshot checksum mismatch": "checksum snapshot tidak cocok",
        "snapshot coverage unreadable at byte {0}: {1}": "cakupan snapshot tidak terbaca pada bita {0}: {1}",
        "the snapshot does not match journal/{0} (changed since); the journals are read instead": "snapshot tidak cocok dengan journal/{0} (sudah berubah); jurnal dibaca sebagai gantinya",
        "bytes left over": "ada bita tersisa",
        "snapshot unreadable at byte {0}: {1}": "snapshot tidak terbaca pada bita {0}: {1}",
        "journal/{0} is shorter than the book read from it; snapshot not written": "journal/{0} lebih pendek dari buku yang dibaca darinya; snapshot tidak ditulis",
        "snapshot not written: {0}": "snapshot tidak ditulis: {0}",
        "no snapshot: the book is read from the journals alone": "tanpa snapshot: buku dibaca dari jurnal saja",
        "{0}: matches the journals ({1})": "{0}: cocok dengan jurnal ({1})",
        "{0}: damaged ({1}); it is not used, and --repair rebuilds it from the journals": "{0}: rusak ({1}); tidak dipakai, dan --repair membangunnya ulang dari jurnal",
        "{0}: out of step with the journals ({1}); it is not used, and --repair rebuilds it": "{0}: tidak selaras dengan jurnal ({1}); tidak dipakai, dan --repair membangunnya ulang",
        "{0} events, {1} more in the journals since": "{0} kejadian, {1} lagi di jurnal sejak itu",
        "it gives a different book than the journals": "isinya berbeda dari buku menurut jurnal",
        "Move {0} unusable snapshot(s) to {1} and rebuild from the journals? [y/N]": "Pindahkan {0} snapshot yang tak terpakai ke {1} dan bangun ulang dari jurnal? [y/N]",
        "snapshot rebuilt from the journals": "snapshot dibangun ulang dari jurnal",
        "first frame, with a snapshot": "bingkai pertama, dengan snapshot",
        "tagih report aging, from the journal": "tagih report aging, dari jurnal",
        "write a snapshot": "tulis snapshot",
        "| peak memory, opening with a snapshot | {0} MB | | ≤ 250 MB |": "| memori puncak, membuka dengan snapshot | {0} MB | | ≤ 250 MB |",
        "| peak memory, opening from the journal | {0} MB | | ≤ 250 MB |": "| memori puncak, membuka dari jurnal | {0} MB | | ≤ 250 MB |",
        "| peak memory, this benchmark (book, list, filters, saves) | {0} MB | | — |": "| memori puncak, benchmark ini (buku, daftar, saringan, simpan) | {0} MB | | — |",
    ]
}
