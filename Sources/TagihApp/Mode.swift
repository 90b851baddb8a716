import TagihCore
import TerminalCore

/// What has the keys: the main screen, or one thing open over it.
///
/// One value, so that which keys are live, where the mouse goes and what is
/// drawn on top come from one place (`Mode+Routing.swift`). A prompt or the
/// help overlay keeps what lies under it and gives it back when closed.
public indirect enum Mode: Sendable, Equatable {
    /// The list, Today or the dashboard (and the detail pane) take the keys.
    case browsing
    /// The filter line is being typed in.
    case filtering
    /// The call-notes editor.
    case editor(ContactEditor)
    /// The payment form.
    case payment(PaymentForm)
    /// A workflow form (snooze, plan, offer…).
    case form(FormState)
    /// The command palette.
    case palette(PaletteState)
    /// A yes/no question over what was open.
    case prompt(Prompt, over: Mode)
    /// The key help over what was open.
    case help(over: Mode)

    /// What is open under any prompt or help.
    public var base: Mode {
        switch self {
        case let .prompt(_, under), let .help(under): return under.base
        default: return self
        }
    }

    /// This mode with its base replaced, prompts and help kept on top.
    func replacingBase(with new: Mode) -> Mode {
        switch self {
        case let .prompt(p, under): return .prompt(p, over: under.replacingBase(with: new))
        case let .help(under): return .help(over: under.replacingBase(with: new))
        default: return new
        }
    }

    /// The question asked, if one is open (under the help or not).
    var prompt: Prompt? {
        switch self {
        case let .prompt(p, _): return p
        case let .help(under): return under.prompt
        default: return nil
        }
    }

    /// This mode without its prompt.
    var withoutPrompt: Mode {
        switch self {
        case let .prompt(_, under): return under
        case let .help(under): return .help(over: under.withoutPrompt)
        default: return self
        }
    }
}

extension AppState {
    /// The call-notes editor, when it is open (setting nil closes it).
    public var editor: ContactEditor? {
        get { if case let .editor(e) = mode.base { return e } else { return nil } }
        set { setBase(newValue.map(Mode.editor), closing: { if case .editor = $0 { return true } else { return false } }) }
    }

    /// The payment form, when it is open.
    public var payment: PaymentForm? {
        get { if case let .payment(p) = mode.base { return p } else { return nil } }
        set { setBase(newValue.map(Mode.payment), closing: { if case .payment = $0 { return true } else { return false } }) }
    }

    /// The workflow form, when one is open.
    public var form: FormState? {
        get { if case let .form(f) = mode.base { return f } else { return nil } }
        set { setBase(newValue.map(Mode.form), closing: { if case .form = $0 { return true } else { return false } }) }
    }

    /// The command palette, when it is open.
    public var palette: PaletteState? {
        get { if case let .palette(p) = mode.base { return p } else { return nil } }
        set { setBase(newValue.map(Mode.palette), closing: { if case .palette = $0 { return true } else { return false } }) }
    }

    /// Whether the filter line is being typed in.
    public var filtering: Bool {
        get { mode.base == .filtering }
        set { setBase(newValue ? .filtering : nil, closing: { $0 == .filtering }) }
    }

    /// The yes/no question, when one is asked; it opens over what is open.
    public var prompt: Prompt? {
        get { mode.prompt }
        set {
            let under = mode.withoutPrompt
            if let p = newValue {
                if case let .help(inner) = under { mode = .help(over: .prompt(p, over: inner)) } else { mode = .prompt(p, over: under) }
            } else {
                mode = under
            }
        }
    }

    /// Whether the key help is shown over what is open.
    public var showingHelp: Bool {
        get { if case .help = mode { return true } else { return false } }
        set {
            if case let .help(under) = mode { if !newValue { mode = under } } else if newValue { mode = .help(over: mode) }
        }
    }

    /// Opens `new` as what takes the keys, or (nil) closes the base when `closing` says it is the one open.
    private mutating func setBase(_ new: Mode?, closing: (Mode) -> Bool) {
        if let new {
            mode = mode.replacingBase(with: new)
        } else if closing(mode.base) {
            mode = mode.replacingBase(with: .browsing)
        }
    }
}
