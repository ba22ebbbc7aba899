import Foundation

/// Buffered writing to standard output, and messages to standard error.
enum StandardStreams {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    /// Queues bytes for standard output, flushing in large chunks.
    static func write(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    /// Queues text for standard output.
    static func write(_ text: String) { write(text.utf8) }

    /// Writes everything queued.
    static func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Prints `message` to standard error, prefixed with the tool's name.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("khabar: \(message)\n".utf8))
    }
}
