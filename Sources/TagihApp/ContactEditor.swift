import TagihCore
import Widgets

/// A field of the call-notes editor.
public enum EditorField: String, Sendable, CaseIterable {
    case kind, outcome, notes, promiseAmount, promiseDate, nextFollowUp, by, copy

    func label(_ t: Strings) -> String {
        switch self {
        case .kind: return t(.kind)
        case .outcome: return t(.outcome)
        case .notes: return t(.notes)
        case .promiseAmount: return t(.promised)
        case .promiseDate: return t(.byDate)
        case .nextFollowUp: return t(.nextFollowUp)
        case .by: return t(.loggedBy)
        case .copy: return t(.copyKeptAt)
        }
    }

    var isChoice: Bool { self == .kind || self == .outcome }
}

/// The call-notes editor: a contact being recorded, live.
public struct ContactEditor: Sendable, Equatable {
    public var clientID: ClientID
    public var clientName: String
    public var invoiceIDs: [InvoiceID]
    /// What the invoices are called, for the title.
    public var invoiceLabel: String
    public var kind: InteractionKind = .call
    public var outcome: Outcome = .reached
    public var notes = TextEditor()
    public var promiseAmount = TextEditor()
    public var promiseDate = TextEditor()
    public var nextFollowUp: TextEditor
    /// The follow-up the editor opened with: left as it is, a promise moves it to the day after the promised date.
    var defaultFollowUp = ""
    public var by: TextEditor
    public var copy = TextEditor()
    public var focus: EditorField = .notes
    /// When the contact started: the call timer counts from here.
    public var startedAt: Timestamp
    /// The problem that stopped the last save, pointing at its field.
    public var problem: FieldProblem?
    /// The currency of a promise, shown beside the amount.
    public var promiseCurrency: Currency
    /// Bumped on every change; the run loop writes the draft when it moves.
    public private(set) var revision = 0
    /// True once anything was typed or chosen.
    public private(set) var dirty = false
    /// True while the save is being written.
    public var saving = false
    /// Set when the contact-frequency guard warned and the user went ahead.
    public var guardOverride: String?

    init(clientID: ClientID, clientName: String, invoiceIDs: [InvoiceID], invoiceLabel: String, startedAt: Timestamp,
         nextFollowUp: CivilDate, by: String, promiseCurrency: Currency) {
        self.clientID = clientID
        self.clientName = clientName
        self.invoiceIDs = invoiceIDs
        self.invoiceLabel = invoiceLabel
        self.startedAt = startedAt
        self.nextFollowUp = TextEditor(text: nextFollowUp.iso)
        defaultFollowUp = nextFollowUp.iso
        self.by = TextEditor(text: by)
        self.promiseCurrency = promiseCurrency
    }

    /// Fields shown for the current kind and outcome, in tab order.
    public var fields: [EditorField] {
        var f: [EditorField] = [.kind, .outcome, .notes]
        if outcome == .promised { f += [.promiseAmount, .promiseDate] }
        if kind == .letter { f.append(.copy) }
        f += [.nextFollowUp, .by]
        return f
    }

    /// The text field under focus, if the focus is on one.
    func text(_ field: EditorField) -> TextEditor? {
        switch field {
        case .notes: return notes
        case .promiseAmount: return promiseAmount
        case .promiseDate: return promiseDate
        case .nextFollowUp: return nextFollowUp
        case .by: return by
        case .copy: return copy
        case .kind, .outcome: return nil
        }
    }

    mutating func updateText(_ field: EditorField, _ change: (inout TextEditor) -> Void) {
        switch field {
        case .notes: change(&notes)
        case .promiseAmount: change(&promiseAmount)
        case .promiseDate: change(&promiseDate)
        case .nextFollowUp: change(&nextFollowUp)
        case .by: change(&by)
        case .copy: change(&copy)
        case .kind, .outcome: return
        }
    }

    mutating func touched() {
        revision += 1
        dirty = true
        problem = nil
    }

    /// Moves focus by `step` fields, wrapping around.
    mutating func moveFocus(_ step: Int) {
        let f = fields
        let i = f.firstIndex(of: focus) ?? 0
        focus = f[(i + step + f.count) % f.count]
    }

    mutating func cycleKind(_ step: Int = 1) {
        let all = InteractionKind.allCases
        kind = all[(all.firstIndex(of: kind)! + step + all.count) % all.count]
        if !kind.outcomes.contains(outcome) { outcome = kind.outcomes[0] }
        if !fields.contains(focus) { focus = .notes }
        touched()
    }

    mutating func cycleOutcome(_ step: Int) {
        let all = kind.outcomes
        outcome = all[((all.firstIndex(of: outcome) ?? 0) + step + all.count) % all.count]
        touched()
    }

    /// The form as a contact to validate and save.
    func input(durationSeconds: Int?) -> ContactInput {
        var i = ContactInput(clientID: clientID, invoiceIDs: invoiceIDs, kind: kind, outcome: outcome, notes: notes.text,
                             promiseAmount: promiseAmount.text, promiseDate: promiseDate.text,
                             nextFollowUp: nextFollowUp.text, by: by.text, durationSeconds: durationSeconds,
                             copyPath: copy.text, guardOverride: guardOverride)
        i.followUpIsDefault = !defaultFollowUp.isEmpty && nextFollowUp.text == defaultFollowUp
        return i
    }

    /// The editor again from a saved draft.
    init(draft: Draft, clientName: String, invoiceLabel: String, promiseCurrency: Currency) {
        let i = draft.input
        clientID = i.clientID
        self.clientName = clientName
        invoiceIDs = i.invoiceIDs
        self.invoiceLabel = invoiceLabel
        kind = i.kind
        outcome = i.kind.outcomes.contains(i.outcome) ? i.outcome : i.kind.outcomes[0]
        notes = TextEditor(text: i.notes)
        promiseAmount = TextEditor(text: i.promiseAmount)
        promiseDate = TextEditor(text: i.promiseDate)
        nextFollowUp = TextEditor(text: i.nextFollowUp)
        by = TextEditor(text: i.by)
        copy = TextEditor(text: i.copyPath)
        startedAt = draft.startedAt
        self.promiseCurrency = promiseCurrency
        guardOverride = i.guardOverride
        dirty = true
    }
}

/// The record-a-payment form: one payment from a client, applied to the
/// invoice it was opened on, to the oldest first, or split as typed.
public struct PaymentForm: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable { case amount, allocate, date, method }

    public var clientID: ClientID
    /// `CV Maju Jaya · balance IDR 5,000,000`.
    public var title: String
    public var currency: Currency
    public var amount: TextEditor
    /// `oldest`, an invoice number, or `INV=AMOUNT, INV=AMOUNT`.
    public var allocate: TextEditor
    public var date: TextEditor
    public var method: TextEditor
    public var focus: Field = .amount
    public var problem: AllocationProblem?

    mutating func update(_ change: (inout TextEditor) -> Void) {
        switch focus {
        case .amount: change(&amount)
        case .allocate: change(&allocate)
        case .date: change(&date)
        case .method: change(&method)
        }
        problem = nil
    }

    var input: AllocationInput {
        AllocationInput(clientID: clientID, amount: amount.text, allocate: allocate.text, date: date.text, method: method.text)
    }
}

/// A yes/no question that blocks other keys until answered.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case discardEditor
        case restoreDraft(Draft)
        /// The contact-frequency guard warned; yes goes ahead and records the override.
        case contactGuard(ContactWarning, then: GuardedAction)
        /// Undo the last change by writing these reversals.
        case undo([EventBody], said: String)
        /// The same payment is already recorded; yes records it again.
        case duplicatePayment([EventBody], invoiceNumber: String)
    }

    /// What the guard stood in front of.
    public enum GuardedAction: Sendable, Equatable { case logContact, logPromise, reminder }
    public let purpose: Purpose
    public let question: String
}
