import TagihCore
import TerminalCore

/// Something that happened, named for the event. The only way state changes.
public enum Action: Sendable {
    case keyPressed(Key)
    case terminalResized(Size)
    /// The book on disk changed (a save, a reload).
    case bookChanged(Book)
    /// The calendar day turned (the run loop's clock noticed).
    case dayChanged(CivilDate)
    /// Something the user should know about (e.g. a torn journal tail cut off at open).
    case noticeRaised(StatusMessage)
}

/// Work for the run loop: the only way the app touches the world.
public enum Effect: Sendable, Equatable {
    case quit
}
