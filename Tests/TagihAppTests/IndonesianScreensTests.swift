import XCTest
@testable import TagihApp
@testable import TagihCore
import TerminalCore

/// Every screen read in Bahasa Indonesia has no English word that is not data:
/// the words of tagih's English sentences that no Indonesian translation uses
/// are looked for on the list, every client's detail, Today, the dashboard,
/// every form, the editor, help, the palette and the prompts.
final class IndonesianScreensTests: XCTestCase {
    /// Words of tagih's own English that its Indonesian never uses.
    static let englishOnly: Set<String> = {
        var english = Set<String>(), indonesian = Set<String>()
        for (k, m) in Catalog.indonesianMessages {
            english.formUnion(words(k.english))
            if let p = m.plural { english.formUnion(words(p)) }
            for s in m.strings { indonesian.formUnion(words(s)) }
        }
        for e in Strings.english.values { english.formUnion(words(e)) }
        return english.subtracting(indonesian)
    }()

    /// Lower-cased runs of two or more letters.
    static func words(_ s: String) -> Set<String> {
        Set(s.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 })
    }

    /// Words of the book's own data (names, notes, addresses, contracts, methods…).
    static func dataWords(_ book: Book) -> Set<String> {
        var out = Set<String>()
        for c in book.clients.values {
            for f in [c.name, c.contactPerson, c.phone, c.email, c.address, c.contractRef ?? "", c.owner ?? ""] { out.formUnion(words(f)) }
            for i in book.timeline(c.id) { out.formUnion(words(i.notes + " " + i.by + " " + (i.copyPath ?? ""))) }
            for inv in book.invoices(of: c.id) { out.formUnion(words(inv.number)) }
            let st = book.status(c.id, today: testToday, policy: .standard)
            let notes = [st.reason?.note, st.ownerNote, st.plan?.plan.note] + st.offers.map(\.offer.note)
            for n in notes { out.formUnion(words(n ?? "")) }
            // The copy of a reminder sent is what was sent, in the language it was sent in.
            for r in book.reminders[c.id] ?? [] { out.formUnion(words(r.value.text)) }
            for p in book.invoices(of: c.id).flatMap({ book.paymentsByInvoice[$0.id] ?? [] }) { out.formUnion(words(p.id + " " + p.method)) }
            for e in book.escalations[c.id] ?? [] { out.formUnion(words(e.value.note)) }
        }
        // Key names are printed on the keys themselves (Space, End, PgDn), in English on every keyboard.
        for b in Keymap.defaultBindings { for k in b.keys { out.formUnion(words(k.description)) } }
        return out.union(words("/data/book me"))
    }

    func indonesian(_ width: Int, _ height: Int) -> AppState {
        var s = demoState(width, height)
        s.text = Strings(language: "id")
        s.dates = DateFormat(language: "id")
        s.moneyFormat = .forLocale("id_ID.UTF-8")
        s.letterLanguage = "id"
        return s
    }

    /// The English words on `text` that are not data, with where they were seen.
    /// A word cut by an overlay's border or an ellipsis ("be│", "tindak…") is not read.
    func english(on text: String, _ place: String, data: Set<String>) -> [String] {
        let cut: (Character) -> Bool = { c in c == "…" || c.unicodeScalars.first.map { (0x2500...0x257F).contains($0.value) } ?? false }
        var whole: [String] = []
        for line in text.split(separator: "\n") {
            var word = "", touched = false
            for c in line + " " {
                if c.isLetter { word.append(c); continue }
                if !word.isEmpty && !touched && !cut(c) { whole.append(word) }
                word = ""
                touched = cut(c)
            }
        }
        return Self.words(whole.joined(separator: " ")).subtracting(data).intersection(Self.englishOnly).sorted().map { "\(place): \($0)" }
    }

    /// The language is the state's: the process's language stays English here.
    func testEveryScreenFormAndOverlayReadsInIndonesian() {
        XCTAssertEqual(Catalog.language, "en")
        do {
            var s = indonesian(160, 45)
            let data = Self.dataWords(s.book)
            var found: [String] = []
            found += english(on: screen(s), "list", data: data)
            let rows = s.list.rows.count
            XCTAssertGreaterThan(rows, 30)
            for r in 0..<rows {
                let shown = english(on: screen(s), "detail of row \(r)", data: data)
                if !shown.isEmpty { found += shown + [screen(s)] }
                press(&s, .char("j"))
            }
            press(&s, .char("g"))
            for key: Character in ["z", "R", "n", "o", "r", "e", "O", "A", "w", "p", "a", "i", "E", "B", "C", "V", "M"] {
                press(&s, .char(key))
                if s.prompt != nil { found += english(on: screen(s), "prompt before \(key)", data: data); press(&s, .char("y")) }
                found += english(on: screen(s), "form \(key)", data: data)
                press(&s, .ctrl("s"))
                found += english(on: screen(s), "form \(key) saved empty", data: data)
                press(&s, .escape)
            }
            startCall(&s)
            found += english(on: screen(s), "call editor", data: data)
            press(&s, .escape)
            if s.prompt != nil { found += english(on: screen(s), "discard prompt", data: data); press(&s, .char("y")) }
            for key: Character in ["2", "3"] {
                press(&s, .char(key))
                found += english(on: screen(s), "screen \(key)", data: data)
                press(&s, .char("?"))
                let help = english(on: screen(s), "help on screen \(key)", data: data)
                found += help + (help.isEmpty ? [] : [screen(s)])
                press(&s, .escape)
            }
            press(&s, .char("1"), .char("?"))
            found += english(on: screen(s), "help on the list", data: data)
            press(&s, .escape, .char(":"))
            for c in "tunda" { press(&s, .char(c)) }
            found += english(on: screen(s), "palette", data: data)
            XCTAssertEqual(found, [], found.joined(separator: "\n"))
        }
    }

    /// No screen depends on the process's language: every screen of a state
    /// drawn with the command line's language set to English and to
    /// Indonesian is the same, for a state in either language.
    func testScreensDependOnTheStatesLanguageOnly() {
        for language in ["en", "id"] {
            var s = language == "id" ? indonesian(160, 45) : demoState(160, 45)
            var differences: [String] = []
            func compare(_ place: String) {
                let en = Catalog.with(language: "en") { screen(s) }, id = Catalog.with(language: "id") { screen(s) }
                if en != id { differences.append("\(language) \(place):\n\(en)\n---\n\(id)") }
            }
            for r in 0..<s.list.rows.count {
                compare("row \(r)")
                press(&s, .char("j"))
            }
            press(&s, .char("g"))
            for key: Character in ["z", "R", "n", "o", "r", "e", "O", "A", "w", "p", "a", "i", "E", "B", "C", "V", "M"] {
                press(&s, .char(key))
                if s.prompt != nil { compare("prompt before \(key)"); press(&s, .char("y")) }
                compare("form \(key)")
                press(&s, .ctrl("s"))
                compare("form \(key) saved empty")
                press(&s, .escape)
            }
            for key: Character in ["2", "3"] { press(&s, .char(key)); compare("screen \(key)") }
            XCTAssertEqual(differences.count, 0, differences.prefix(2).joined(separator: "\n\n"))
        }
    }

    /// The check can fail: an English sentence on an Indonesian screen is found.
    func testAnEnglishSentenceOnAnIndonesianScreenIsFound() {
        var s = indonesian(100, 30)
        s.message = StatusMessage(.info, "Payment on INV-1 saved")
        XCTAssertTrue(english(on: screen(s), "status", data: Self.dataWords(s.book)).contains("status: saved"))
    }
}
