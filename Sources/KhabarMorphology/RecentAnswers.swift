import Foundation

/// A bounded memory of a model's recent answers, shared by the copies of the value that owns it
/// and safe to use from several threads: names and rare words recur within a text, and scoring
/// them again would cost far more than remembering.
final class RecentAnswers<Answer: Sendable>: @unchecked Sendable {
    private static var capacity: Int { 50_000 }
    private let lock = NSLock()
    private var answers: [ByteKey: Answer] = [:]

    /// The remembered answer for `key`, or the one `compute` gives, then remembered.
    func answer(for key: ByteKey, computing compute: () -> Answer) -> Answer {
        lock.lock()
        if let known = answers[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let answer = compute()
        lock.lock()
        if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = answer
        lock.unlock()
        return answer
    }
}
