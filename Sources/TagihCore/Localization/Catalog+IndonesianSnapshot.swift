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
    ]
}
