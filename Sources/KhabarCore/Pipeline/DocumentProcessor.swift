/// A pipeline component: one plain, replaceable step that adds layers to a document.
///
/// Like Stanza's processors, each component declares what it needs and what it adds, so a
/// ``Pipeline`` can check its order before it runs and a user pays only for the layers asked for.
public protocol DocumentProcessor: Sendable {
    /// The layers that must exist before this component runs.
    var requires: Set<Layer> { get }
    /// The layers this component fills in.
    var produces: Set<Layer> { get }
    /// Adds this component's layers to `document`.
    func process(_ document: inout Document) throws
}
