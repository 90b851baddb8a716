import TagihCore
import Widgets

/// A small form for one workflow action (snooze, reason, plan, offer,
/// reminder, escalation, owner note, write-off): fields, focus, a problem.
///
/// Each form fills one typed input of the domain core (`SnoozeInput`,
/// `PlanInput`, …), which checks it; its fields are named by that input's
/// `Field` enum (`FieldID`), never by their labels.
public struct FormState: Sendable, Equatable {
    /// What the form records when saved.
    public enum Purpose: Sendable, Equatable {
        case snooze(ClientID)
        case reason(ClientID)
        case plan(ClientID)
        case offer(ClientID)
        case answerOffer(ClientID, offerID: String)
        case reminder(ClientID, guardOverride: String?)
        case escalate(ClientID)
        case ownerNote(ClientID)
        case assignOwner(ClientID)
        case writeOff(ClientID)
        /// Entering by hand.
        case addClient
        case editClient(ClientID)
        case addInvoice(ClientID)
        case editInvoice(InvoiceID, client: ClientID)
        /// Corrections.
        case reversePayment(ClientID)
        case credit(ClientID)
        case voidInvoice(ClientID)
        case amendContact(ClientID)
    }

    /// Which field of which input a form field fills.
    public enum FieldID: Sendable, Hashable {
        case snooze(SnoozeInput.Field)
        case reason(ReasonInput.Field)
        case plan(PlanInput.Field)
        case offer(OfferInput.Field)
        case answer(OfferAnswerInput.Field)
        case reminder(ReminderInput.Field)
        case escalation(EscalationInput.Field)
        case assign(AssignInput.Field)
        case writeOff(WriteOffInput.Field)
        case client(ClientInput.Field)
        case invoice(InvoiceInput.Field)
        case reversal(ReversalInput.Field)
        case credit(CreditInput.Field)
        case void(VoidInput.Field)
        case amend(AmendInput.Field)
    }

    public enum Kind: Sendable, Equatable {
        case text(TextEditor)
        /// The options as shown (English, translated when drawn) and the chosen one.
        case choice([String], Int)
    }

    public struct Field: Sendable, Equatable {
        public var id: FieldID
        /// The label in English (translated when drawn).
        public var label: String
        public var hint: String
        public var kind: Kind

        static func text(_ id: FieldID, _ label: String, _ value: String = "", hint: String = "") -> Field {
            Field(id: id, label: label, hint: hint, kind: .text(TextEditor(text: value)))
        }

        static func choice(_ id: FieldID, _ label: String, _ options: [String], _ selected: Int = 0, hint: String = "") -> Field {
            Field(id: id, label: label, hint: hint, kind: .choice(options, selected))
        }

        /// The typed text, or the chosen option as shown.
        public var value: String {
            switch kind {
            case let .text(t): return t.text
            case let .choice(o, i): return o.indices.contains(i) ? o[i] : ""
            }
        }

        /// The chosen option's position (0 for a text field).
        public var choiceIndex: Int {
            if case let .choice(_, i) = kind { return i }
            return 0
        }
    }

    public var title: String
    /// Context lines shown above the fields (balances, warnings, the estimate).
    public var info: [String]
    public var fields: [Field]
    public var focus = 0
    public var problem: String?
    public var purpose: Purpose
    /// Warnings the user must confirm by saving a second time (a write-off).
    public var warnings: [String] = []
    public var confirmed = false

    public var focusedIsChoice: Bool {
        if case .choice = fields[focus].kind { return true }
        return false
    }

    /// The text typed in field `id` (empty when the form has no such field).
    public func text(_ id: FieldID) -> String { fields.first { $0.id == id }?.value ?? "" }

    /// The option chosen in field `id`, as its position.
    public func choice(_ id: FieldID) -> Int { fields.first { $0.id == id }?.choiceIndex ?? 0 }

    /// The option chosen in field `id`, as the case of `E` at that position.
    func chosen<E: CaseIterable>(_ id: FieldID, of _: E.Type) -> E where E.AllCases: RandomAccessCollection, E.AllCases.Index == Int {
        let all = E.allCases
        let i = choice(id)
        return all[all.indices.contains(i) ? i : 0]
    }

    /// Puts the focus on field `id`, when the form has it.
    mutating func focus(on id: FieldID) {
        if let i = fields.firstIndex(where: { $0.id == id }) { focus = i }
    }
}
