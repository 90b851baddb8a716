import Foundation
import XCTest
import SnapshotSupport
@testable import TagihApp
@testable import TagihCore
import TerminalCore
import Widgets

final class ThemeTests: XCTestCase {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryShippedThemeLoadsAndMatchesItsFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("themes").path).filter { $0.hasSuffix(".toml") }
        XCTAssertEqual(Set(files.map { String($0.dropLast(5)) }), ["default", "light", "high-contrast", "solarized-dark", "mono"])
        for f in files {
            let name = String(f.dropLast(5))
            let text = try String(contentsOf: root.appendingPathComponent("themes/" + f), encoding: .utf8)
            XCTAssertEqual(ShippedThemes.files[name], text.trimmingCharacters(in: .newlines),
                           "themes/\(f) changed: run scripts/embed-themes")
            let t = try Theme.parse(text, file: f, name: name)
            XCTAssertEqual(t.name, name)
        }
    }

    func testFallbackGoesToTheMoreGeneralRole() throws {
        let t = try Theme.parse("[roles]\ntext = \"white\"\nbucket = \"red\"\n\"bucket.4\" = \"bright-red bold\"", file: "t.toml", name: "t")
        XCTAssertEqual(t["bucket.4"], Style(foreground: .ansi(9), attributes: [.bold]))
        XCTAssertEqual(t["bucket.2"], Style(foreground: .ansi(1)), "bucket.2 → bucket")
        XCTAssertEqual(t["status.warn"], Style(foreground: .ansi(7)), "status.warn → status → text")
    }

    func testUnknownRoleOrColourNamesFileLineAndName() {
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = \"white\"\n\"list.selectd\" = \"red\"", file: "mine.toml", name: "m")) { e in
            XCTAssertTrue("\(e)".hasPrefix("mine.toml:3: unknown role \"list.selectd\""), "\(e)")
        }
        XCTAssertThrowsError(try Theme.parse("[roles]\n\ntext = \"purple on black\"", file: "mine.toml", name: "m")) { e in
            XCTAssertEqual("\(e)", "mine.toml:3: text: unknown colour \"purple\"")
        }
        XCTAssertThrowsError(try Theme.parse("[roles]\ntext = \"red on\"", file: "m.toml", name: "m"))
        XCTAssertEqual(try Theme.parseStyle("#268bd2 on color236 underline"),
                       Style(foreground: .rgb(0x26, 0x8b, 0xd2), background: .indexed(236), attributes: [.underline]))
    }

    /// Readable at 8 colours: where a role sets both colours they stay apart,
    /// and the selection always looks different from plain text.
    func testEveryShippedThemeIsReadableAtEightColoursAndInMono() {
        for name in Theme.shippedNames {
            let t = Theme.shipped(name)!
            for role in Theme.roles {
                let s = t[role]
                guard s.foreground != .default, s.background != .default else { continue }
                XCTAssertNotEqual(ColorDepth.number(s.foreground, colors: 8), ColorDepth.number(s.background, colors: 8, background: true),
                                  "\(name): \(role) vanishes at 8 colours")
            }
            for depth in [8, 16, 256] {
                let sel = t["list.selected"], text = t["text"]
                let differs = ColorDepth.number(sel.background, colors: depth, background: true) != ColorDepth.number(text.background, colors: depth, background: true)
                    || sel.attributes != text.attributes
                XCTAssertTrue(differs, "\(name): the selection is invisible at \(depth) colours")
            }
        }
        let mono = Theme.mono
        for role in Theme.roles {
            XCTAssertEqual(mono[role].foreground, .default, role)
            XCTAssertEqual(mono[role].background, .default, role)
        }
        XCTAssertTrue(mono["list.selected"].attributes.contains(.reverse))
    }

    func testNoColorSnapshot() {
        var s = demoState(80, 24)
        press(&s, .char("j"))
        let buffer = render(s, theme: .mono)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        assertSnapshot(buffer.plainText(), named: "no-color-80x24")
    }
}

final class KeyOverrideTests: XCTestCase {
    func testOverrideMovesAnActionToANewKey() throws {
        let map = try Keymap.applying([KeyOverrideSpec(context: "client", action: "call", keys: ["C"], line: 3)], file: "config.toml")
        XCTAssertEqual(map.command(for: .char("C"), in: .list), .logContact)
        XCTAssertNil(map.command(for: .char("c"), in: .list))
        XCTAssertTrue(map.markdownTable().contains("| client | `C` | log a call"))
    }

    func testMistakesAreNamed() {
        let cases: [(KeyOverrideSpec, String)] = [
            (KeyOverrideSpec(context: "lst", action: "call", keys: ["C"], line: 4), "config.toml:4: unknown key context [keys.lst]"),
            (KeyOverrideSpec(context: "list", action: "fly", keys: ["C"], line: 5), "config.toml:5: unknown action fly in [keys.list]"),
            (KeyOverrideSpec(context: "list", action: "call", keys: ["C"], line: 6), "config.toml:6: call is not an action of [keys.list]"),
            (KeyOverrideSpec(context: "client", action: "call", keys: ["Hyper-X"], line: 7), "config.toml:7: call: unknown key \"Hyper-X\""),
            (KeyOverrideSpec(context: "client", action: "call", keys: ["j"], line: 8), "config.toml:8: key j is bound twice"),
        ]
        for (spec, want) in cases {
            XCTAssertThrowsError(try Keymap.applying([spec], file: "config.toml")) { e in
                XCTAssertTrue("\(e)".hasPrefix(want), "\(e) should start with \(want)")
            }
        }
    }
}

final class MouseAndPaletteTests: XCTestCase {
    func testClickSelectsARowAndAHeaderSorts() {
        var s = demoState(100, 30)
        let list = s.layout.list
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 3, y: list.y + 1 + 5)))
        XCTAssertEqual(s.list.selected, 5)
        let header = String(screen(s).split(separator: "\n", omittingEmptySubsequences: false)[list.y])
        let balanceX = header.range(of: "Balance")!.lowerBound.utf16Offset(in: header)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: balanceX + 2, y: list.y)))
        XCTAssertEqual(s.list.sort, .balance)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: balanceX + 2, y: list.y)))
        XCTAssertFalse(s.list.descending, "a second press reverses")
        let before = s.list.selected
        _ = reduce(&s, .mouseUsed(MouseEvent(.wheelDown, x: 3, y: list.y + 3)))
        XCTAssertEqual(s.list.selected, before + 3)
    }

    func testClickOnTheDetailPaneFocusesIt() {
        var s = demoState(140, 40)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 120, y: 10)))
        XCTAssertEqual(s.focus, .detail)
        _ = reduce(&s, .mouseUsed(MouseEvent(.press, x: 10, y: 12)))
        XCTAssertEqual(s.focus, .list)
    }

    func testFuzzyMatching() {
        XCTAssertNotNil(FuzzyMatch.score("mj", in: "CV Maju Jaya"))
        XCTAssertNil(FuzzyMatch.score("jm x", in: "CV Maju Jaya"))
        XCTAssertGreaterThan(FuzzyMatch.score("maju", in: "CV Maju Jaya")!, FuzzyMatch.score("maju", in: "Sumber Makmur Jaya Utama")!)
        XCTAssertNotNil(FuzzyMatch.score("muller", in: "Müller & Söhne GmbH"), "accents ignored")
    }

    func testPaletteRunsAnActionOrGoesToAClient() {
        var s = demoState(100, 30)
        press(&s, .char(":"))
        XCTAssertNotNil(s.palette)
        for ch in "sort" { press(&s, .char(ch)) }
        guard case .action(.cycleSort, _)? = s.palette?.results.first else { return XCTFail("\(String(describing: s.palette?.results.prefix(3)))") }
        press(&s, .enter)
        XCTAssertNil(s.palette)
        XCTAssertEqual(s.list.sort, .balance)
        press(&s, .char(":"))
        for ch in "yamada" { press(&s, .char(ch)) }
        press(&s, .escape)
        XCTAssertNil(s.palette)
        press(&s, .char(":"))
        for ch in "株式会社" { press(&s, .char(ch)) }
        guard case let .client(id, _)? = s.palette?.results.first else { return XCTFail() }
        press(&s, .enter)
        XCTAssertEqual(s.currentClient, id)
        XCTAssertTrue(s.detailOpen)
    }
}

final class LocaleFormatTests: XCTestCase {
    func testMoneyPerLocale() {
        let id = MoneyFormat.forLocale("id_ID.UTF-8"), en = MoneyFormat.forLocale("en_US.UTF-8"), de = MoneyFormat.forLocale("de_DE.UTF-8")
        let table: [(Money, String, String, String)] = [
            (Money(major: 20_000_000, currency: .idr), "Rp 20.000.000", "Rp 20,000,000", "20.000.000 Rp"),
            (Money(major: 20_000, currency: .usd), "$20.000,00", "$20,000.00", "20.000,00 $"),
            (Money(major: 20_000, currency: .eur), "€20.000,00", "€20,000.00", "20.000,00 €"),
            (Money(major: 1_234_567, currency: .jpy), "¥1.234.567", "¥1,234,567", "1.234.567 ¥"),
            (Money(minor: -150, currency: .usd), "-$1,50", "-$1.50", "-1,50 $"),
        ]
        for (m, i, e, d) in table {
            XCTAssertEqual(id.string(m), i)
            XCTAssertEqual(en.string(m), e)
            XCTAssertEqual(de.string(m), d)
        }
    }

    func testShortDatesPerLanguage() {
        let d = CivilDate(iso: "2026-12-05")!
        XCTAssertEqual(DateFormat(language: "en").short(d), "05 Dec 2026")
        XCTAssertEqual(DateFormat(language: "id").short(d), "05 Des 2026")
    }

    func testAmountsAreRightAligned() {
        var s = demoState(100, 30)
        s.moneyFormat = .forLocale("id_ID")
        let lines = screen(s).split(separator: "\n").filter { $0.contains("INV-") }
        let ends = Set(lines.map { line -> Int in
            let text = String(line)
            let r = text.range(of: #"(Rp|\$|€) ?[0-9.,]+"#, options: .regularExpression)!
            return DisplayWidth.of(String(text[..<r.upperBound]))
        })
        XCTAssertEqual(ends.count, 1, "every balance ends in the same column")
    }
}

final class LanguageTests: XCTestCase {
    /// A string that exists in one language and not the other fails here.
    func testEveryStringExistsInBothLanguages() {
        for key in T.allCases {
            XCTAssertNotNil(Strings.english[key], "\(key) has no English text")
            XCTAssertNotNil(Catalog.indonesianMessages[Catalog.Key(context: key.context, english: Strings.english[key] ?? "")],
                            "\(key) has no Indonesian text in po/id.po")
        }
        XCTAssertEqual(Strings.english.count, T.allCases.count)
        for b in Keymap.defaultBindings {
            XCTAssertNotNil(Catalog.indonesian[b.summary], "key help \"\(b.summary)\" has no Indonesian text")
        }
        for o in Outcome.allCases { XCTAssertNotEqual(Strings(language: "id").outcome(o), "", "\(o)") }
    }

    func testTheAppSpeaksIndonesian() {
        var s = demoState(100, 30)
        s.text = Strings(language: "id")
        s.dates = DateFormat(language: "id")
        s.moneyFormat = .forLocale("id_ID.UTF-8")
        let list = screen(s)
        XCTAssertTrue(list.contains("Jatuh tempo"), list)
        XCTAssertTrue(list.contains("Rp 49.500.000"), list)
        XCTAssertTrue(list.contains("hari ini 30 Nov 2026"), list)
        XCTAssertTrue(list.contains("keluar"), list)
        press(&s, .enter)
        let detail = screen(s)
        XCTAssertTrue(detail.contains("Riwayat"), detail)
        XCTAssertTrue(detail.contains("Termin"), detail)
        assertSnapshot(detail, named: "detail-id-100x30")
        press(&s, .escape, .char("?"))
        XCTAssertTrue(screen(s).contains("catat telepon"), screen(s))
    }
}

final class PhraseTests: XCTestCase {
    func testFormsAndMessagesInIndonesian() {
        var s = demoState(100, 30)
        s.text = Strings(language: "id")
        press(&s, .char("z"))
        let form = screen(s)
        XCTAssertTrue(form.contains("Tunda · "), form)
        XCTAssertTrue(form.contains("Sampai"), form)
        press(&s, .escape)
        _ = reduce(&s, .saveSucceeded(s.book, .contact(clientName: "CV Maju Jaya", kind: .call)))
        XCTAssertTrue(screen(s).contains("Telepon dengan CV Maju Jaya tersimpan"), screen(s))
        s.readOnlyReason = "dibuka hanya-baca"
        press(&s, .char("z"))
        XCTAssertTrue(screen(s).contains("Hanya-baca: dibuka hanya-baca"), screen(s))
    }
}

final class ThemeFuzzTests: XCTestCase {
    /// Thousands of mutated theme files (fixed seed): no crash, errors name the file and line.
    func testMutatedThemes() {
        var rng = SeededRandom(seed: 77)
        let seed = Array(ShippedThemes.files["solarized-dark"]!.utf8)
        for _ in 0..<3000 {
            var b = seed
            for _ in 0..<(1 + Int(rng.next() % 6)) {
                let i = Int(rng.next() % UInt64(b.count))
                switch rng.next() % 4 {
                case 0: b[i] = UInt8(rng.next() & 0xFF)
                case 1: b.remove(at: i)
                case 2: b.insert([34, 10, 35, 61, 91, 0xE2][Int(rng.next() % 6)], at: i)
                default: b = Array(b.prefix(i))
                }
                if b.isEmpty { b = [10] }
            }
            do { _ = try Theme.parse(String(decoding: b, as: UTF8.self), file: "fuzz.toml", name: "f") } catch {
                XCTAssertTrue(error.description.hasPrefix("fuzz.toml:"), error.description)
            }
        }
    }
}
