extension Catalog {
    /// Indonesian sentences of the other commands, their help texts and the argument parser's phrases, keyed by their English originals.
    static let indonesianCommands: [String: String] = [
        // Shared with the workflow commands (WorkflowCommands.swift, LogCommand.swift): kept here only.
        "Client id or part of the name.": "Id klien atau sebagian namanya.",
        "no client matches \"{0}\"": "tidak ada klien yang cocok dengan \"{0}\"",
        "no book at {0} (use --data DIR, or `tagih demo` to try it out)": "tidak ada buku di {0} (pakai --data DIR, atau `tagih demo` untuk mencobanya)",
        "Send even though the contact-frequency guard warns (recorded).": "Tetap kirim meskipun batas frekuensi kontak memberi peringatan (tercatat).",
        "Write to this file (0600) instead of stdout.": "Tulis ke berkas ini (0600), bukan ke stdout.",

        // The argument parser's own phrases (ParserPhrases.swift).
        "OVERVIEW:": "IKHTISAR:",
        "USAGE:": "PENGGUNAAN:",
        "ARGUMENTS:": "ARGUMEN:",
        "OPTIONS:": "OPSI:",
        "SUBCOMMANDS:": "SUBPERINTAH:",
        "Show help information.": "Tampilkan bantuan.",
        "Show the version.": "Tampilkan versi.",
        "Show subcommand help information.": "Tampilkan bantuan subperintah.",
        "Missing required subcommand.": "Subperintah wajib belum diberikan.",
        "(default)": "(bawaan)",
        "Error: {0}": "Galat: {0}",
        "Usage: {0}": "Penggunaan: {0}",
        "Help:  {0}": "Bantuan:    {0}",
        "See '{0}' for more information.": "Lihat '{0}' untuk informasi lebih lanjut.",
        "See '{0}' for detailed help.": "Lihat '{0}' untuk bantuan terperinci.",
        "Unknown option '{0}'": "Opsi '{0}' tidak dikenal",
        "Missing expected argument '{0}'": "Argumen '{0}' belum diberikan",
        "Missing value for '{0}'": "Nilai untuk '{0}' belum diberikan",
        "Unexpected argument '{0}'": "Argumen '{0}' tidak diharapkan",
        "{0} unexpected arguments: '{1}'": "{0} argumen tidak diharapkan: '{1}'",
        "The value '{0}' is invalid for '{1}'": "Nilai '{0}' tidak valid untuk '{1}'",
        "Invalid option: {0}": "Opsi tidak valid: {0}",
        "(default:": "(bawaan:",
        "; default:": "; bawaan:",
        "(values:": "(pilihan:",
        "Please provide one of the following:": "Pilih salah satu dari berikut ini:",
        "Did you mean '{0}'?": "Maksudnya '{0}'?",
        "Missing one of: '{0}'": "Salah satu dari '{0}' belum diberikan",
        "The option '{0}' does not take any value, but '{1}' was specified.": "Opsi '{0}' tidak menerima nilai, tetapi '{1}' diberikan.",
        "Value to be set with {0} had already been set with {1}": "Nilai yang diisi dengan {0} sudah diisi dengan {1}",
        "The value '{0}' is invalid.": "Nilai '{0}' tidak valid.",
        "Please provide one of {0} or {1}.": "Pilih salah satu: {0} atau {1}.",
        "Please provide one of {0} and {1}.": "Pilih salah satu: {0} atau {1}.",

        // tagih (Tagih.swift), the shared book options and the clock.
        "Collect overdue invoices: aging, whom to call today, and every call on record.":
            "Tagih tagihan yang terlambat: umur piutang, siapa yang perlu ditelepon hari ini, dan setiap telepon yang tercatat.",
        "With no subcommand, opens the book in the data directory: --data DIR, else $TAGIH_DATA, else $XDG_DATA_HOME/tagih (~/.local/share/tagih).":
            "Tanpa subperintah, membuka buku di direktori data: --data DIR, jika tidak ada $TAGIH_DATA, jika tidak ada juga $XDG_DATA_HOME/tagih (~/.local/share/tagih).",
        "The data directory.": "Direktori data.",
        "Theme: default, light, high-contrast, solarized-dark, mono, or your own.":
            "Tema: default, light, high-contrast, solarized-dark, mono, atau tema buatan sendiri.",
        "--today: \"{0}\" is not a date in the form YYYY-MM-DD": "--today: \"{0}\" bukan tanggal berbentuk YYYY-MM-DD",

        // open, demo, the app.
        "Open the book (the default).": "Buka buku (bawaan).",
        "Open without changing anything on disk.": "Buka tanpa mengubah apa pun di disk.",
        "Open the app on a demo book (in a new temporary directory unless --data is given).":
            "Buka aplikasi dengan buku demo (di direktori sementara yang baru, kecuali --data diberikan).",
        "Write the demo book and exit without opening the app.": "Tulis buku demo lalu keluar tanpa membuka aplikasi.",
        "{0} is not empty; the demo is written only into a new or empty directory":
            "{0} tidak kosong; demo hanya ditulis ke direktori baru atau kosong",
        "cannot create a temporary directory in {0}": "tidak dapat membuat direktori sementara di {0}",
        "The demo book is kept in {0}": "Buku demo disimpan di {0}",
        "The draft could not be kept on disk: {0}": "Draf tidak dapat disimpan di disk: {0}",

        // import
        "Import invoices, clients or payments from a CSV file.": "Impor tagihan, klien, atau pembayaran dari berkas CSV.",
        "Presets for invoices: generic (number, client, issued, due, amount, currency), quickbooks (No., Customer, Date, Due Date, Amount, Open Balance), xero (*ContactName, *InvoiceNumber, *InvoiceDate, *DueDate, *Quantity, *UnitAmount; line rows are summed). The preset is chosen from the header when unambiguous. Every row is checked first: a file with errors imports nothing unless --skip-invalid. Importing the same file again changes nothing.":
            "Preset untuk tagihan: generic (number, client, issued, due, amount, currency), quickbooks (No., Customer, Date, Due Date, Amount, Open Balance), xero (*ContactName, *InvoiceNumber, *InvoiceDate, *DueDate, *Quantity, *UnitAmount; baris rincian dijumlahkan). Preset dipilih dari baris judul bila tidak bermakna ganda. Setiap baris diperiksa dulu: berkas yang ada galatnya tidak mengimpor apa pun, kecuali dengan --skip-invalid. Mengimpor berkas yang sama sekali lagi tidak mengubah apa pun.",
        "invoices, clients or payments.": "invoices, clients atau payments.",
        "The CSV file.": "Berkas CSV.",
        "generic, quickbooks or xero.": "generic, quickbooks atau xero.",
        "Use a column for a field: field=Column (repeatable).": "Pakai sebuah kolom untuk suatu field: field=Column (boleh diulang).",
        "iso, dmy, mdy or ymd (needed when dates like 03/04/2025 are ambiguous).":
            "iso, dmy, mdy atau ymd (perlu bila tanggal seperti 03/04/2025 bermakna ganda).",
        "The decimal mark of amounts: . or ,": "Tanda desimal jumlah: . atau ,",
        "Currency of amounts when the file has no currency column.": "Mata uang jumlah bila berkas tidak punya kolom mata uang.",
        "Show what would be added or updated; write nothing.": "Tampilkan apa yang akan ditambah atau diperbarui; tidak menulis apa pun.",
        "Import the valid rows even when some rows have errors.": "Impor baris yang valid meskipun sebagian baris ada galatnya.",
        "--decimal: . or ,": "--decimal: . atau ,",
        "--currency: unknown currency {0}": "--currency: mata uang {0} tidak dikenal",
        "--map {0}: write field=Column; fields: {1}": "--map {0}: tulis field=Column; field yang ada: {1}",
        "{0}: cannot read the file": "{0}: berkas tidak dapat dibaca",
        "{0}: {1}, preset {2}, {3} rows": "{0}: {1}, preset {2}, {3} baris",
        "error: {0}": "galat: {0}",
        "add     {0}": "tambah    {0}",
        "update  {0}": "perbarui  {0}",
        "{0} to add, {1} to update, {2} unchanged, {3} with errors":
            "{0} akan ditambah, {1} akan diperbarui, {2} tidak berubah, {3} ada galatnya",
        "nothing imported: {0} row(s) have errors (fix them, or add --skip-invalid to import the rest)":
            "tidak ada yang diimpor: {0} baris ada galatnya (perbaiki, atau tambahkan --skip-invalid untuk mengimpor sisanya)",
        "dry run: nothing written": "uji coba: tidak ada yang ditulis",
        "nothing to change": "tidak ada yang perlu diubah",
        "imported: {0} change(s) saved": "diimpor: {0} perubahan tersimpan",

        // export
        "Export invoices, clients, interactions, payments (csv, json) or followups (ics).":
            "Ekspor tagihan, klien, interaksi, pembayaran (csv, json) atau tindak lanjut (ics).",
        "invoices, clients, interactions, payments or followups.": "invoices, clients, interactions, payments atau followups.",
        "csv, json, or ics (followups).": "csv, json, atau ics (followups).",
        "followups export as --format ics": "followups diekspor sebagai --format ics",
        "only followups export as ics": "hanya followups yang diekspor sebagai ics",
        "{0}: cannot write the file": "{0}: berkas tidak dapat ditulis",

        // letter
        "Render a reminder letter for a client and record it as sent.": "Buat surat pengingat untuk klien dan catat sebagai terkirim.",
        "Templates: friendly, firm, final, in English (en) and Bahasa Indonesia (id). Your own versions in $XDG_CONFIG_HOME/tagih/letters/<lang>/<name>.txt replace the shipped ones; --init-templates writes the shipped ones there to edit. Placeholders: {{client}} {{contact}} {{today}} {{invoices}} {{total}} {{terms}} {{days_late}} {{contract}} {{sender}} {{level}}.":
            "Templat: friendly, firm, final, dalam bahasa Inggris (en) dan Bahasa Indonesia (id). Versi buatan sendiri di $XDG_CONFIG_HOME/tagih/letters/<lang>/<name>.txt menggantikan templat bawaan; --init-templates menulis templat bawaan ke sana untuk diubah. Isian: {{client}} {{contact}} {{today}} {{invoices}} {{total}} {{terms}} {{days_late}} {{contract}} {{sender}} {{level}}.",
        "Ladder level: 1 friendly, 2 firm, 3 final (default: the next one).":
            "Tahap pengingat: 1 ramah, 2 tegas, 3 terakhir (bawaan: tahap berikutnya).",
        "en or id (default: the language of config.toml or $LANG).": "en atau id (bawaan: bahasa di config.toml atau $LANG).",
        "Write the letter to this file instead of stdout.": "Tulis surat ke berkas ini, bukan ke stdout.",
        "Only render; do not record it as sent.": "Hanya buat suratnya; jangan catat sebagai terkirim.",
        "Write the shipped templates to the templates folder to edit.": "Tulis templat bawaan ke folder templat untuk diubah.",
        "templates in {0}": "templat di {0}",
        "name a client (or --init-templates)": "sebutkan klien (atau --init-templates)",
        "--level: 1 to 10": "--level: 1 sampai 10",
        "--lang: en or id": "--lang: en atau id",
        "built-in {0}/{1}": "bawaan {0}/{1}",
        "recorded reminder {0} ({1}) to {2} with a copy of the text": "pengingat {0} ({1}) untuk {2} tercatat beserta salinan teksnya",

        // casefile
        "Everything on record about a client, as Markdown, for an accountant or a lawyer.":
            "Semua yang tercatat tentang klien, dalam Markdown, untuk akuntan atau pengacara.",
        "\"{0}\" matches {1} clients: {2}": "\"{0}\" cocok dengan {1} klien: {2}",
        "no client {0}": "tidak ada klien {0}",

        // report
        "Print reports.": "Cetak laporan.",
        "Open balances per aging bucket (current, 1-30 ... 120+) and currency.":
            "Saldo terbuka per kelompok umur (current, 1-30 ... 120+) dan mata uang.",
        "text, csv or json.": "text, csv atau json.",
        "Aging of open invoices on {0}": "Umur tagihan terbuka per {0}",
        "bucket": "umur",
        "invoices": "tagihan",

        // check
        "Verify every journal record; --repair moves damaged ones to quarantine/.":
            "Periksa setiap catatan jurnal; --repair memindahkan yang rusak ke quarantine/.",
        "Exit status 0 when every record is intact, 1 when damage is found. --repair asks before changing anything (or --yes).":
            "Status keluar 0 bila semua catatan utuh, 1 bila ada kerusakan. --repair bertanya dulu sebelum mengubah apa pun (atau --yes).",
        "Move damaged records into quarantine/ and rewrite the journals without them.":
            "Pindahkan catatan yang rusak ke quarantine/ dan tulis ulang jurnal tanpa catatan itu.",
        "Do not ask before repairing.": "Jangan bertanya sebelum memperbaiki.",
        "no book at {0}": "tidak ada buku di {0}",
        "--repair needs a yes: run it in a terminal, or add --yes": "--repair perlu jawaban ya: jalankan di terminal, atau tambahkan --yes",
        "Move {0} damaged record(s) to {1} and rewrite the journals without them? [y/N]":
            "Pindahkan {0} catatan rusak ke {1} dan tulis ulang jurnal tanpa catatan itu? [y/N]",
        "nothing changed": "tidak ada yang berubah",
        "kept {0}": "disimpan di {0}",
        "repaired: this device's journal now holds only intact records; nothing was deleted":
            "diperbaiki: jurnal perangkat ini kini hanya berisi catatan yang utuh; tidak ada yang dihapus",

        // themes
        "{0}: not UTF-8 text": "{0}: bukan teks UTF-8",
        "no theme \"{0}\" (available: {1})": "tidak ada tema \"{0}\" (tersedia: {1})",
        "shipped": "bawaan",
        "List the themes (choose with --theme or theme = in config.toml).": "Daftar tema (pilih dengan --theme atau theme = di config.toml).",
        "(error: {0})": "(galat: {0})",
        "your own themes go in {0}/NAME.toml": "tema buatan sendiri diletakkan di {0}/NAME.toml",

        // keys
        "Print every key binding as a Markdown table.": "Cetak semua tombol sebagai tabel Markdown.",

        // bench
        "Generate a large book and measure tagih on it.": "Buat buku besar dan ukur kinerja tagih padanya.",
        "Write a large deterministic book into DIR.": "Tulis buku besar yang deterministik ke DIR.",
        "A new or empty directory.": "Direktori baru atau kosong.",
        "{0} already holds a book": "{0} sudah berisi buku",
        "wrote {0} events ({1} clients, {2} invoices) to {3} in {4} s":
            "{0} peristiwa ({1} klien, {2} tagihan) ditulis ke {3} dalam {4} detik",
        "Measure the budgets on a generated book and print a table.": "Ukur anggaran kinerja pada buku hasil generate dan cetak tabelnya.",
        "A book made by tagih bench generate.": "Buku yang dibuat oleh tagih bench generate.",
        "Repetitions of the process-level measurements.": "Jumlah pengulangan pengukuran tingkat proses.",
        "first frame, from the journal": "tampilan pertama, dari jurnal",
        "filter keystroke (all invoices and notes)": "ketukan saringan (semua tagihan dan catatan)",
        "sort change": "ganti urutan",
        "scroll a page": "gulir satu halaman",
        "open a client with 1,000 contacts": "buka klien dengan 1.000 kontak",
        "save one call, this book": "simpan satu telepon, buku ini",
        "save one call, 100 invoices": "simpan satu telepon, 100 tagihan",
        "same order": "orde yang sama",
        "tagih bench on {0}: {1} clients, {2} invoices, {3} events": "tagih bench pada {0}: {1} klien, {2} tagihan, {3} peristiwa",
        "| measure | median | p99 | budget |": "| ukuran | median | p99 | anggaran |",
    ]
}
