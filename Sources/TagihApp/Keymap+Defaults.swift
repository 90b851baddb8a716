import TerminalCore

extension Keymap {
    /// The built-in keys: vi keys and arrows both work.
    public static let defaultBindings: [KeyBinding] = [
        KeyBinding(.global, [.char("?"), .function(1)], .help, "show the keys of this screen"),
        KeyBinding(.global, [.char("q"), .ctrl("c")], .quit, "quit"),
        KeyBinding(.global, [.char("1")], .showList, "the overdue list"),
        KeyBinding(.global, [.char("2")], .showToday, "Today: whom to contact, in priority order"),
        KeyBinding(.global, [.char("3")], .showDashboard, "the dashboard: aging, DSO, CEI, promises, plans"),

        KeyBinding(.client, [.char("c")], .logContact, "log a call (or letter, e-mail, visit) with this client"),
        KeyBinding(.client, [.char("P")], .logPromise, "log a promise to pay (a call with the outcome \"promised\")"),
        KeyBinding(.client, [.char("p")], .recordPayment, "record a payment"),
        KeyBinding(.client, [.char("z")], .snooze, "snooze: move the next follow-up to a date"),
        KeyBinding(.client, [.char("R")], .recordReason, "record why they do not pay (a dispute pauses chasing)"),
        KeyBinding(.client, [.char("n")], .agreePlan, "agree a payment plan"),
        KeyBinding(.client, [.char("o")], .makeOffer, "settlement: make or answer an offer"),
        KeyBinding(.client, [.char("r")], .sendReminder, "record a reminder sent (next rung of the ladder)"),
        KeyBinding(.client, [.char("e")], .escalate, "escalate to the owner salesperson"),
        KeyBinding(.client, [.char("a")], .ownerNote, "add the owner's side of the story"),
        KeyBinding(.client, [.char("w")], .writeOff, "write off (asks to confirm)"),

        KeyBinding(.list, [.char("j"), .down], .moveDown, "next row"),
        KeyBinding(.list, [.char("k"), .up], .moveUp, "previous row"),
        KeyBinding(.list, [.pageDown, .ctrl("f")], .pageDown, "page down"),
        KeyBinding(.list, [.pageUp, .ctrl("b")], .pageUp, "page up"),
        KeyBinding(.list, [.char("g"), .home], .top, "first row"),
        KeyBinding(.list, [.char("G"), .end], .bottom, "last row"),
        KeyBinding(.list, [.enter], .openDetail, "open the client (wide screens: focus the detail pane)"),
        KeyBinding(.list, [.char("/")], .startFilter, "filter: client, invoice, contact person, notes"),
        KeyBinding(.list, [.escape], .clearFilter, "clear the filter and the marks"),
        KeyBinding(.list, [.char("s")], .cycleSort, "sort by the next column (days late, balance, client, follow-up, last contact)"),
        KeyBinding(.list, [.char("S")], .reverseSort, "reverse the sort order"),
        KeyBinding(.list, [.char("v")], .toggleGrouping, "one row per invoice / per client"),
        KeyBinding(.list, [.char(" ")], .toggleMark, "mark or unmark the row (for batch actions)"),
        KeyBinding(.list, [.tab], .switchPane, "focus the detail pane (wide screens)"),
        KeyBinding(.list, [.char("x")], .toggleDisputes, "show disputed invoices only / all"),

        KeyBinding(.today, [.char("j"), .down], .moveDown, "next client"),
        KeyBinding(.today, [.char("k"), .up], .moveUp, "previous client"),
        KeyBinding(.today, [.pageDown, .ctrl("f")], .pageDown, "page down"),
        KeyBinding(.today, [.pageUp, .ctrl("b")], .pageUp, "page up"),
        KeyBinding(.today, [.char("g"), .home], .top, "first client"),
        KeyBinding(.today, [.char("G"), .end], .bottom, "last client"),
        KeyBinding(.today, [.enter], .openDetail, "open the client"),

        KeyBinding(.detail, [.char("j"), .down], .moveDown, "scroll down"),
        KeyBinding(.detail, [.char("k"), .up], .moveUp, "scroll up"),
        KeyBinding(.detail, [.pageDown, .ctrl("f")], .pageDown, "page down"),
        KeyBinding(.detail, [.pageUp, .ctrl("b")], .pageUp, "page up"),
        KeyBinding(.detail, [.char("g"), .home], .top, "top"),
        KeyBinding(.detail, [.char("G"), .end], .bottom, "bottom"),
        KeyBinding(.detail, [.escape, .char("h"), .left], .back, "back to the list"),
        KeyBinding(.detail, [.tab], .switchPane, "focus the list (wide screens)"),

        KeyBinding(.dashboard, [.escape], .showList, "back to the list"),

        KeyBinding(.filter, [.enter], .acceptFilter, "keep the filter and go back to the list"),
        KeyBinding(.filter, [.escape], .cancelFilter, "clear the filter"),

        KeyBinding(.editor, [.ctrl("s")], .save, "save"),
        KeyBinding(.editor, [.escape], .cancel, "close (asks first if something was typed)"),
        KeyBinding(.editor, [.tab], .nextField, "next field"),
        KeyBinding(.editor, [.backTab], .previousField, "previous field"),
        KeyBinding(.editor, [.ctrl("e")], .externalEditor, "edit the notes in $EDITOR"),
        KeyBinding(.editor, [.ctrl("k")], .switchKind, "switch kind: call, letter, e-mail, visit"),
        KeyBinding(.editor, [.ctrl("z")], .undo, "undo"),
        KeyBinding(.editor, [.ctrl("y")], .redo, "redo"),
        KeyBinding(.editor, [.function(1)], .help, "show these keys"),

        KeyBinding(.choice, [.left, .char("h")], .previousChoice, "previous choice"),
        KeyBinding(.choice, [.right, .char("l"), .char(" ")], .nextChoice, "next choice"),

        KeyBinding(.text, [.left], .cursorLeft, "cursor left"),
        KeyBinding(.text, [.right], .cursorRight, "cursor right"),
        KeyBinding(.text, [.up], .cursorUp, "cursor up a line"),
        KeyBinding(.text, [.down], .cursorDown, "cursor down a line"),
        KeyBinding(.text, [.home, .ctrl("a")], .lineStart, "start of the line"),
        KeyBinding(.text, [.end], .lineEnd, "end of the line"),
        KeyBinding(.text, [.alt("b"), .ctrlLeft], .wordLeft, "previous word"),
        KeyBinding(.text, [.alt("f"), .ctrlRight], .wordRight, "next word"),
        KeyBinding(.text, [.pageUp], .textPageUp, "page up"),
        KeyBinding(.text, [.pageDown], .textPageDown, "page down"),
        KeyBinding(.text, [.backspace], .deleteBackward, "delete before the cursor"),
        KeyBinding(.text, [.delete, .ctrl("d")], .deleteForward, "delete under the cursor"),
        KeyBinding(.text, [.enter], .newline, "new line in notes; next field elsewhere"),

        KeyBinding(.form, [.ctrl("s")], .save, "save"),
        KeyBinding(.form, [.escape], .cancel, "close without saving"),
        KeyBinding(.form, [.tab], .nextField, "next field (Enter on the last field saves)"),
        KeyBinding(.form, [.backTab], .previousField, "previous field"),

        KeyBinding(.payment, [.ctrl("s")], .save, "save the payment"),
        KeyBinding(.payment, [.escape], .cancel, "close without saving"),
        KeyBinding(.payment, [.tab], .nextField, "next field"),
        KeyBinding(.payment, [.backTab], .previousField, "previous field"),

        KeyBinding(.prompt, [.char("y"), .char("Y")], .answerYes, "yes"),
        KeyBinding(.prompt, [.char("n"), .char("N"), .escape], .answerNo, "no"),

        KeyBinding(.help, [.escape, .char("?"), .char("q"), .enter, .function(1)], .closeHelp, "close this help"),
    ]
}
