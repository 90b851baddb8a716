import XCTest
@testable import TagihApp
import TagihCore
import TerminalCore

final class EditorReducerTests: XCTestCase {
    func typeText(_ s: inout AppState, _ text: String) {
        for ch in text { _ = reduce(&s, .keyPressed(ch == "\n" ? .enter : .char(ch))) }
    }

    func tick(_ s: inout AppState, seconds: Int) {
        _ = reduce(&s, .clockTicked(Timestamp(millis: s.now.millis + Int64(seconds) * 1000)))
    }

    func testLoggingACallTakesTwoKeysBeyondTheNote() throws {
        var s = demoState(80, 24)
        let client = s.currentClient!
        XCTAssertEqual(startCall(&s), [])
        XCTAssertNotNil(s.editor)
        XCTAssertEqual(s.editor?.focus, .notes, "typing goes straight into the notes")
        typeText(&s, "Spoke to Dédé.\nWill pay 日本 order Friday.")
        tick(&s, seconds: 125)
        let effects = press(&s, .ctrl("s"))
        guard case let .save(events, reason)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(reason, .contact(clientName: s.book.clients[client]!.name, kind: .call))
        guard case let .interactionLogged(i) = events.first?.body else { return XCTFail() }
        XCTAssertEqual(i.notes, "Spoke to Dédé.\nWill pay 日本 order Friday.")
        XCTAssertEqual(i.durationSeconds, 125)
        XCTAssertEqual(i.outcome, .reached)
        XCTAssertEqual(i.nextFollowUp, testToday.adding(days: 7))
        XCTAssertEqual(i.clientID, client)
        XCTAssertTrue(s.editor!.saving)
    }

    func testEveryChangeKeepsADraft() {
        var s = demoState(80, 24)
        startCall(&s)
        let effects = reduce(&s, .keyPressed(.char("x")))
        guard case let .writeDraft(d)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(d.input.notes, "x")
        XCTAssertEqual(d.input.clientID, s.currentClient)
        XCTAssertEqual(press(&s, .left), [], "moving the cursor does not rewrite the draft")
    }

    func testSavedCallAppearsInTheTimelineAndTheDraftIsDropped() {
        var s = demoState(80, 24)
        startCall(&s)
        typeText(&s, "hello")
        guard case let .save(pending, reason)? = press(&s, .ctrl("s")).first else { return XCTFail() }
        var book = s.book
        var seq: Int64 = 10_000
        for p in pending {
            seq += 1
            book.apply(Event(id: EventID("saved-\(seq)"), at: p.at, device: "t", seq: seq, author: p.author, body: p.body))
        }
        XCTAssertEqual(reduce(&s, .saveSucceeded(book, reason)), [.deleteDraft])
        XCTAssertNil(s.editor)
        XCTAssertTrue(s.message?.text.contains("saved") ?? false, "\(String(describing: s.message))")
        press(&s, .enter)
        XCTAssertTrue(screen(s).contains("hello"))
    }

    func testEscWithUnsavedTextAsksFirst() {
        var s = demoState(80, 24)
        startCall(&s)
        typeText(&s, "important")
        XCTAssertEqual(press(&s, .escape), [])
        XCTAssertNotNil(s.prompt)
        XCTAssertTrue(screen(s).contains("Discard this unsaved note?"))
        press(&s, .char("n"))
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.editor?.notes.text, "important", "no keeps the note")
        press(&s, .escape)
        XCTAssertEqual(press(&s, .char("y")), [.deleteDraft])
        XCTAssertNil(s.editor)
    }

    func testEscOnAnEmptyEditorClosesAtOnce() {
        var s = demoState(80, 24)
        startCall(&s)
        XCTAssertEqual(press(&s, .escape), [.deleteDraft])
        XCTAssertNil(s.editor)
        XCTAssertNil(s.prompt)
    }

    func testPromiseNeedsAnAmountAndPointsAtTheField() {
        var s = demoState(80, 24)
        startCall(&s); press(&s, .tab)   // notes → (next) ... go to outcome via shift-tab
        press(&s, .backTab, .backTab)
        XCTAssertEqual(s.editor?.focus, .outcome)
        while s.editor?.outcome != .promised { press(&s, .right) }
        XCTAssertTrue(s.editor!.fields.contains(.promiseAmount))
        XCTAssertEqual(press(&s, .ctrl("s")), [])
        XCTAssertEqual(s.editor?.problem?.field, .promiseAmount)
        XCTAssertEqual(s.editor?.focus, .promiseAmount)
        typeText(&s, "5.000.000")
        press(&s, .tab)
        typeText(&s, "+3")
        // 5.000.000 has one reading (dots group thousands), even where '.' is the decimal mark.
        guard case let .save(events, _)? = press(&s, .ctrl("s")).first,
              case let .interactionLogged(i) = events.first?.body else { return XCTFail("\(String(describing: s.editor?.problem))") }
        XCTAssertEqual(i.promise?.date, testToday.adding(days: 3))
        XCTAssertEqual(i.promise?.amount.minor, 500_000_000)
    }

    func testKindSwitchOffersTheRightOutcomesAndFields() {
        var s = demoState(80, 24)
        startCall(&s); press(&s, .ctrl("k"))
        XCTAssertEqual(s.editor?.kind, .letter)
        XCTAssertEqual(s.editor?.outcome, .sent)
        XCTAssertTrue(s.editor!.fields.contains(.copy))
        XCTAssertTrue(screen(s).contains("Letter ·"))
        press(&s, .ctrl("k"), .ctrl("k"))
        XCTAssertEqual(s.editor?.kind, .visit)
        XCTAssertFalse(s.editor!.fields.contains(.copy))
    }

    func testQTypesAQInTheEditor() {
        var s = demoState(80, 24)
        startCall(&s)
        XCTAssertEqual(press(&s, .char("q")).count, 1)
        XCTAssertFalse(s.quitting)
        XCTAssertEqual(s.editor?.notes.text, "q")
    }

    func testExternalEditorHandOff() {
        var s = demoState(80, 24)
        startCall(&s)
        typeText(&s, "short")
        XCTAssertEqual(press(&s, .ctrl("e")), [.editExternally("short")])
        let effects = reduce(&s, .externalEditFinished("a much longer note\nwritten in vim\n"))
        XCTAssertEqual(s.editor?.notes.text, "a much longer note\nwritten in vim")
        if case .writeDraft = effects.first {} else { XCTFail("the new text is kept as a draft") }
        _ = reduce(&s, .externalEditFinished(nil))
        XCTAssertEqual(s.editor?.notes.text, "a much longer note\nwritten in vim", "a failed edit changes nothing")
    }

    func testDraftFoundAtStartIsOfferedAndRestored() {
        var s = demoState(80, 24)
        let client = s.list.rows[5].clientID
        let draft = Draft(input: ContactInput(clientID: client, notes: "typed before the crash", by: "Rina"),
                          startedAt: s.now, savedAt: s.now)
        _ = reduce(&s, .draftFound(draft))
        XCTAssertTrue(screen(s).contains("Restore it?"))
        press(&s, .char("y"))
        XCTAssertEqual(s.editor?.notes.text, "typed before the crash")
        XCTAssertEqual(s.editor?.clientID, client)
        XCTAssertEqual(s.currentClient, client)
        var t = demoState(80, 24)
        _ = reduce(&t, .draftFound(draft))
        XCTAssertEqual(press(&t, .char("n")), [.deleteDraft])
        XCTAssertNil(t.editor)
    }

    func testReadOnlyBookRefusesToOpenTheEditor() {
        var s = demoState(80, 24)
        s.readOnlyReason = "opened read-only"
        startCall(&s)
        XCTAssertNil(s.editor)
        XCTAssertEqual(s.message?.level, .error)
    }

    func testPaymentFormValidatesAndSaves() {
        var s = demoState(80, 24)
        let inv = s.currentInvoice!
        press(&s, .char("p"))
        XCTAssertEqual(s.payment?.amount.text, s.moneyFormat.number(s.book.balance(inv)), "prefilled with the balance")
        for _ in 0..<30 { press(&s, .backspace) }
        typeText(&s, "-1")
        XCTAssertEqual(press(&s, .ctrl("s")), [])
        XCTAssertEqual(s.payment?.problem?.field, .amount)
        for _ in 0..<5 { press(&s, .backspace) }
        typeText(&s, "100")
        guard case let .save(events, .payment(number))? = press(&s, .ctrl("s")).first,
              case let .paymentRecorded(p) = events.first?.body else { return XCTFail() }
        XCTAssertEqual(number, inv.number)
        XCTAssertEqual(p.amount, Money(major: 100, currency: inv.amount.currency))
        XCTAssertEqual(p.date, testToday)
        XCTAssertEqual(p.method, "transfer")
    }
}
