import TagihCore
import TerminalCore

/// Something that happened, named for the event. The only way state changes.
public enum Action: Sendable {
    case keyPressed(Key)
    /// Several lines of text arrived at once.
    case textPasted(String)
    case terminalResized(Size)
    /// A mouse press or wheel turn.
    case mouseUsed(MouseEvent)
    /// The run loop's clock: sent before each key and once a second.
    case clockTicked(Timestamp)
    /// The book on disk changed (a reload).
    case bookChanged(Book)
    /// A save asked for by `Effect.save` is on disk.
    case saveSucceeded(Book, SaveReason, saved: [Event] = [])
    /// A save failed; nothing was written.
    case saveFailed(String)
    /// The calendar day turned.
    case dayChanged(CivilDate)
    /// Something the user should know about (e.g. a torn journal tail cut off at open).
    case noticeRaised(StatusMessage)
    /// An unsaved contact was found on disk at start.
    case draftFound(Draft)
    /// `$EDITOR` returned (nil: it failed or was not saved).
    case externalEditFinished(String?)
    /// Other people's changes arrived (a sync) or another process saved:
    /// the book as it is now, and the events that were new.
    case journalsChanged(Book, [Event])
    /// The filter's search index for the list's rows was built off the main
    /// path (see `ListState.searchIndexJob`).
    case searchIndexBuilt(SearchIndex, listVersion: Int)
}

/// Why something was saved, so the reducer knows what to close and say.
public enum SaveReason: Sendable, Equatable {
    case contact(clientName: String, kind: InteractionKind)
    case payment(invoiceNumber: String)
    /// A workflow form (snooze, reason, plan...) with the message to show.
    case workflow(String)
    /// A client added by hand: its first invoice is asked for next.
    case clientAdded(ClientID, String)
    /// An undo written: the change it took back leaves the undo stack.
    case undo(String)
}

/// Work for the run loop: the only way the app touches the world.
public enum Effect: Sendable, Equatable {
    case quit
    /// Append these changes to the journal, then report `saveSucceeded` or `saveFailed`.
    case save([PendingEvent], SaveReason)
    /// Keep the unsaved contact on disk (the run loop debounces).
    case writeDraft(Draft)
    case deleteDraft
    /// Suspend the screen and edit this text in `$EDITOR`; report `externalEditFinished`.
    case editExternally(String)
}
