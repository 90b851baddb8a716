extension Catalog {
    /// Indonesian sentences about sharing one book in a team (sync, live reload, owners), keyed by their English originals.
    static let indonesianTeam: [String: String] = [
        "Each machine commits only its own journal file, so there are never conflicts to resolve. --init REMOTE makes the data directory a git work tree of REMOTE (an empty repository, or one others already sync to).":
            "Setiap mesin hanya meng-commit berkas jurnalnya sendiri, jadi tidak pernah ada konflik yang harus diselesaikan. --init REMOTE menjadikan direktori data sebagai work tree git dari REMOTE (repositori kosong, atau yang sudah dipakai sinkron oleh orang lain).",
        "Set the data directory up to sync with this git remote.": "Siapkan direktori data agar sinkron dengan remote git ini.",
        "Share the book through a git remote: send this machine's journal, fetch the others'.":
            "Bagikan buku lewat remote git: kirim jurnal mesin ini, ambil jurnal yang lain.",
        "Who you are, recorded with every change (default: user = in config, else $TAGIH_USER, else $USER).":
            "Siapa Anda, dicatat pada setiap perubahan (bawaan: user = di config, lalu $TAGIH_USER, lalu $USER).",
        "cannot reach the remote {0} ({1}); your saves are safe here and go with the next sync":
            "remote {0} tidak bisa dijangkau ({1}); simpanan Anda aman di sini dan ikut terkirim pada sinkron berikutnya",
        "cannot run git: {0}": "git tidak bisa dijalankan: {0}",
        "git checkout failed: {0}": "git checkout gagal: {0}",
        "git is not installed; install it (e.g. apt-get install git) to sync through a git remote":
            "git belum terpasang; pasang dulu (mis. apt-get install git) untuk sinkron lewat remote git",
        "git pull failed: {0}": "git pull gagal: {0}",
        "git {0} failed: {1}": "git {0} gagal: {1}",
        "synced: sent {0} saves, received {1} from {2} other journal(s); the book has {3} events":
            "tersinkron: {0} simpanan terkirim, {1} diterima dari {2} jurnal lain; buku kini berisi {3} kejadian",
        "the data directory has changes tagih did not make: {0}; commit, move or remove them, then sync again":
            "direktori data berisi perubahan yang bukan buatan tagih: {0}; commit, pindahkan atau hapus dulu, lalu sinkron lagi",
        "the remote already holds a journal named like this machine's ({0}); set another device name with TAGIH_DEVICE":
            "remote sudah memuat jurnal dengan nama seperti milik mesin ini ({0}); pakai nama perangkat lain lewat TAGIH_DEVICE",
        "{0} is not shared yet: run tagih sync --init REMOTE first": "{0} belum dibagikan: jalankan dulu tagih sync --init REMOTE",
        "{0} now syncs with {1}": "{0} kini sinkron dengan {1}",
        "{0} (and {1} more changes)": "{0} (dan {1} perubahan lain)",
        "{0} logged a call with {1}": "{0} mencatat telepon dengan {1}",
        "{0} logged a letter to {1}": "{0} mencatat surat untuk {1}",
        "{0} logged an e-mail to {1}": "{0} mencatat e-mail ke {1}",
        "{0} logged a visit to {1}": "{0} mencatat kunjungan ke {1}",
        "{0} recorded a payment from {1}": "{0} mencatat pembayaran dari {1}",
        "{0} updated {1}": "{0} memperbarui {1}",
        "{0} added invoice {1} for {2}": "{0} menambahkan tagihan {1} untuk {2}",
        "{0} moved the follow-up of {1}": "{0} memindahkan tindak lanjut {1}",
        "{0} recorded why {1} does not pay": "{0} mencatat alasan {1} belum bayar",
        "{0} agreed a payment plan with {1}": "{0} menyepakati rencana cicilan dengan {1}",
        "{0} recorded a settlement offer with {1}": "{0} mencatat tawaran penyelesaian dengan {1}",
        "{0} answered a settlement offer": "{0} menjawab tawaran penyelesaian",
        "{0} sent reminder {1} to {2}": "{0} mengirim pengingat {1} ke {2}",
        "{0} escalated {1}": "{0} mengeskalasi {1}",
        "{0} wrote off part of {1}": "{0} menghapusbukukan sebagian tagihan {1}",
        "{0} made a change this version of tagih does not know": "{0} membuat perubahan yang tidak dikenal versi tagih ini",
        "journal/{0} is shorter than when it was read ({1} bytes, was {2}); restart tagih to read it again": "journal/{0} lebih pendek daripada saat dibaca ({1} bita, sebelumnya {2}); mulai ulang tagih untuk membacanya lagi",
        "Your queue: clients owned by {0}": "Antrean Anda: klien milik {0}",
        "Everyone's queue": "Antrean semua orang",
        "mine ({0})": "milik saya ({0})",
        "Give a client an owner: it then appears in that person's queue (m on the Today screen, tagih queue --owner).": "Beri klien seorang pemilik: klien lalu muncul di antrean orang itu (m di layar Hari ini, tagih queue --owner).",
        "The owner's name, as in their user = setting.": "Nama pemilik, sama seperti pengaturan user = miliknya.",
        "give the owner's name": "sebutkan nama pemiliknya",
        "{0} is already owned by {1}": "{0} sudah dimiliki {1}",
        "{0}: owner {1} (was {2})": "{0}: pemilik {1} (sebelumnya {2})",
        "{0}: owner {1}": "{0}: pemilik {1}",
        "Record changes ({0})": "Perubahan data ({0})",
        "{0}: {1} (was {2} by {3})": "{0}: {1} (sebelumnya {2} oleh {3})",
        "name": "nama",
        "contact": "kontak",
        "phone": "telepon",
        "e-mail": "e-mail",
        "address": "alamat",
        "terms": "termin",
        "contract": "kontrak",
        "owner": "pemilik",
        "number": "nomor",
        "issued": "terbit",
        "due": "jatuh tempo",
    ]
}
