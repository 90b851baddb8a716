extension Catalog {
    /// Indonesian sentences of the data-safety checks: limits on events, damage,
    /// conflicts, unreadable books, the snapshot's room on disk.
    static let indonesianSafety: [String: String] = [
        // Limits on events (EventLimits.swift, Book+Conflicts.swift)
        "the event has no id": "peristiwa ini tidak punya ID",
        "time {0} is outside 1970–9999": "waktu {0} di luar 1970–9999",
        "sequence number {0} is out of range (0 to 2^53)": "nomor urut {0} di luar batas (0 sampai 2^53)",
        "{0} instalments (at most {1})": "{0} cicilan (paling banyak {1})",
        "{0} is {1} bytes long (at most {2})": "{0} panjangnya {1} bita (paling banyak {2})",
        "{0} invoices named (at most {1})": "{0} tagihan disebut (paling banyak {1})",
        "{0} of {1} minor units is beyond the largest amount tagih supports ({2})":
            "{0} sebesar {1} satuan terkecil melebihi jumlah terbesar yang didukung tagih ({2})",
        "the book's invoices in {0} would total more than {1}, the most tagih supports in one currency":
            "jumlah tagihan buku dalam {0} akan melebihi {1}, batas tertinggi tagih untuk satu mata uang",
        "the totals in {0} are beyond what tagih can add up and show (this book is past the limit of {1} per currency); the figures shown are cut off at the largest amount":
            "total dalam {0} melebihi yang dapat dijumlahkan dan ditampilkan tagih (buku ini melewati batas {1} per mata uang); angka yang tampil terpotong pada jumlah terbesar",
        "a conflict names an event id the book does not hold": "sebuah konflik menyebut ID peristiwa yang tidak ada di buku",

        // Opening a book (BookStore+Load.swift, BookStore+Reload.swift, DataDirectory.swift)
        "journal/{0} is not a file; tagih leaves it alone and reads the other journals":
            "journal/{0} bukan berkas; tagih membiarkannya dan membaca jurnal lainnya",
        "journal/{0} is not a file, so this device cannot save; move it away":
            "journal/{0} bukan berkas, jadi perangkat ini tidak dapat menyimpan; pindahkan",
        "{0}: damaged record at byte {1} ({2}); the book is read-only and the file is left untouched (tagih check --repair sets it aside)":
            "{0}: entri rusak pada bita {1} ({2}); buku hanya-baca dan berkasnya tidak diubah (tagih check --repair menyisihkannya)",
        "{0}: damaged record at byte {1} ({2}); the book is read-only. This journal is another device's: tagih leaves it as it is; get an intact copy from its owner":
            "{0}: entri rusak pada bita {1} ({2}); buku hanya-baca. Jurnal ini milik perangkat lain: tagih membiarkannya apa adanya; mintalah salinan yang utuh dari pemiliknya",
        "{0}: record at byte {1} left out: {2}": "{0}: entri pada bita {1} tidak dipakai: {2}",
        "event id {0} names {1} different records; all are kept and counted (run tagih check to see where each is)":
            "ID peristiwa {0} dipakai oleh {1} entri yang berbeda; semuanya disimpan dan dihitung (jalankan tagih check untuk melihat letak masing-masing)",
        "{0} more event ids name more than one record (tagih check lists them)":
            "{0} ID peristiwa lain dipakai oleh lebih dari satu entri (tagih check mendaftarnya)",
        "{0}: damaged record at byte {1} ({2}); the book is read-only until tagih is restarted":
            "{0}: entri rusak pada bita {1} ({2}); buku hanya-baca sampai tagih dijalankan ulang",
        "cannot read the book: {0}": "buku tidak dapat dibaca: {0}",
        "{0}: cannot read the folder: {1}": "{0}: folder tidak dapat dibaca: {1}",
        "{0} is not a folder": "{0} bukan folder",
        "{0} is not a tagih book: it has no journal/ folder and holds other things ({1}); use --data with an empty or new folder":
            "{0} bukan buku tagih: tidak ada folder journal/ dan berisi hal lain ({1}); gunakan --data dengan folder kosong atau baru",
        "this device's journal has used every sequence number; set another device name":
            "jurnal perangkat ini sudah memakai semua nomor urut; pakailah nama perangkat lain",
        "nested more than {0} levels deep": "bersarang lebih dari {0} tingkat",
        "a save with no changes": "simpanan tanpa perubahan",

        // The snapshot (BookStore+Snapshot.swift, SnapshotFile.swift)
        "the snapshot does not match journal/{0} (its bytes changed since); the journals are read instead":
            "snapshot tidak cocok dengan journal/{0} (isinya berubah sejak itu); jurnal dibaca sebagai gantinya",
        "{0} journal record(s) were left out; no snapshot, so that every start names them":
            "{0} entri jurnal tidak dipakai; tidak ada snapshot, supaya setiap kali dibuka entri itu disebut lagi",
        "snapshot not written: only {0} MB free on the disk, and the journals need the room; saving goes on without it":
            "snapshot tidak ditulis: hanya {0} MB tersisa di disk, dan jurnal memerlukan ruang itu; penyimpanan tetap berjalan tanpanya",
        "{0} checksums for {1} bytes of journal/{2}": "{0} checksum untuk {1} bita journal/{2}",

        // The benchmark (BenchCommand.swift)
        "a keystroke in a note of one 99,000-character word": "satu ketukan di catatan berisi satu kata 99.000 karakter",
        "open a client whose note is 100,000 bytes, and page down": "membuka klien dengan catatan 100.000 bita, lalu turun satu halaman",
        "import 20,000 invoice rows into a new book": "mengimpor 20.000 baris tagihan ke buku baru",
        "import 60,000 invoice rows into a new book": "mengimpor 60.000 baris tagihan ke buku baru",
        "3 × the 20,000": "3 × yang 20.000",
        "the benchmark's generated file did not import": "berkas buatan benchmark tidak dapat diimpor",

        // Sharing through git (GitSync.swift, GitSync+Safety.swift)
        "--adopt: {0} was not made by tagih; all its history ({1} commits) now goes to the team's remote with the journals":
            "--adopt: {0} tidak dibuat oleh tagih; seluruh riwayatnya ({1} commit) kini ikut terkirim ke remote tim bersama jurnal",
        "Give this machine another device name for this book (when another machine writes under the same one), then sync.":
            "Beri mesin ini nama perangkat lain untuk buku ini (bila mesin lain menulis dengan nama yang sama), lalu sinkronkan.",
        "With --init: use a git repository tagih did not make (all its history goes to the remote).":
            "Dengan --init: pakai repositori git yang tidak dibuat tagih (seluruh riwayatnya terkirim ke remote).",
        "git gave no reason": "git tidak memberi alasan",
        "git merge failed: {0}; the merge was undone and nothing changed here":
            "git merge gagal: {0}; penggabungan dibatalkan dan tidak ada yang berubah di sini",
        "the book's folder is inside the git repository at {0}; tagih made a repository of the book's own, so nothing of {0} is shared (add {1} to that repository's .gitignore)":
            "folder buku berada di dalam repositori git {0}; tagih membuat repositori khusus untuk buku ini, jadi tidak ada isi {0} yang dibagikan (tambahkan {1} ke .gitignore repositori itu)",
        "this book's repository already sends to {0} (origin); tagih never changes an existing remote. Run tagih sync to use it, or change it yourself with git remote set-url":
            "repositori buku ini sudah mengirim ke {0} (origin); tagih tidak pernah mengubah remote yang ada. Jalankan tagih sync untuk memakainya, atau ubah sendiri dengan git remote set-url",
        "this machine is now {0} for this book; set TAGIH_DEVICE={0} from now on":
            "mesin ini sekarang bernama {0} untuk buku ini; mulai sekarang setel TAGIH_DEVICE={0}",
        "this machine is now {0} for this book": "mesin ini sekarang bernama {0} untuk buku ini",
        "{0} already exists; choose another device name": "{0} sudah ada; pilih nama perangkat lain",
        "{0} is a git repository that tagih did not make; tagih syncs only a repository of the book's own (see tagih sync --init --adopt)":
            "{0} adalah repositori git yang tidak dibuat tagih; tagih hanya menyinkronkan repositori khusus buku ini (lihat tagih sync --init --adopt)",
        "{0} is already a git repository that tagih did not make ({1} commits); sharing it would send its whole history to the team's remote. Keep the book in a folder of its own, or add --adopt if this repository holds nothing but this book":
            "{0} sudah menjadi repositori git yang tidak dibuat tagih ({1} commit); membagikannya akan mengirim seluruh riwayatnya ke remote tim. Simpan buku di folder tersendiri, atau tambahkan --adopt bila repositori ini hanya berisi buku ini",
        "{0} on the remote holds saves this machine did not make: another machine uses the device name {1} (the same TAGIH_DEVICE, or a copied disk). Nothing was merged. Give this machine a name of its own: tagih sync --rename-device NEWNAME":
            "{0} di remote berisi simpanan yang tidak dibuat mesin ini: mesin lain memakai nama perangkat {1} (TAGIH_DEVICE yang sama, atau disk salinan). Tidak ada yang digabungkan. Beri mesin ini nama tersendiri: tagih sync --rename-device NAMABARU",
        "with this invoice the book's invoices in {0} would total more than {1}, the most tagih supports in one currency":
            "dengan tagihan ini jumlah tagihan buku dalam {0} akan melebihi {1}, batas tertinggi tagih untuk satu mata uang",

        "drafts/{0}.json is damaged (checksum mismatch); it is kept as it is and not offered back":
            "drafts/{0}.json rusak (checksum tidak cocok); berkas dibiarkan apa adanya dan tidak ditawarkan kembali",

        // tagih check (JournalCheck.swift, CheckCommand.swift)
        "byte {0}, {1} bytes: left out of the book: {2}": "bita {0}, {1} bita: tidak dipakai dalam buku: {2}",
        "this journal is another device's: tagih never changes it; get an intact copy from its owner":
            "jurnal ini milik perangkat lain: tagih tidak pernah mengubahnya; mintalah salinan yang utuh dari pemiliknya",
        "event id {0} names {1} different records (all are kept and counted):":
            "ID peristiwa {0} dipakai oleh {1} entri yang berbeda (semuanya disimpan dan dihitung):",
        "{0} at byte {1}": "{0} pada bita {1}",
        "{0} event id(s) name more than one record": "{0} ID peristiwa dipakai oleh lebih dari satu entri",
        "nothing here that --repair may change: damage in another device's journal is left as it is":
            "tidak ada yang boleh diubah --repair: kerusakan di jurnal perangkat lain dibiarkan apa adanya",
        "journal/{0} was not read in one piece this session; the next start writes the snapshot":
            "journal/{0} tidak terbaca utuh dalam sesi ini; snapshot ditulis saat tagih dibuka berikutnya",
        "snapshot not written: only {0} more files can be made on the disk, and the journals need them; saving goes on without it":
            "snapshot tidak ditulis: disk hanya bisa menampung {0} berkas lagi, dan jurnal memerlukannya; penyimpanan tetap berjalan tanpa snapshot",
        "{0} must be more than zero (it is {1} minor units)": "{0} harus lebih dari nol (nilainya {1} satuan terkecil)",
        "amount \"{0}\": \"{1}\" may only group thousands in threes (1{1}500{1}000); write a decimal part after \"{2}\"":
            "jumlah \"{0}\": \"{1}\" hanya boleh memisahkan ribuan per tiga angka (1{1}500{1}000); tulis desimal sesudah \"{2}\"",
        "{0}: {1}; if the file writes decimals with \"{2}\", import it with --decimal {2}":
            "{0}: {1}; jika berkas menulis desimal dengan \"{2}\", impor dengan --decimal {2}",
        "{0} was repaired here by tagih check --repair (what it set aside is in quarantine/), so it no longer matches the copy on the remote. Nothing was merged. tagih sync --rename-device NEWNAME keeps this machine's copy under a new name and takes the remote's copy whole (records in both count once)":
            "{0} diperbaiki di sini oleh tagih check --repair (yang disisihkan ada di quarantine/), sehingga tidak lagi cocok dengan salinan di remote. Tidak ada yang digabung. tagih sync --rename-device NAMABARU menyimpan salinan mesin ini dengan nama baru dan mengambil salinan remote utuh (entri yang ada di keduanya dihitung sekali)",
    ]
}
