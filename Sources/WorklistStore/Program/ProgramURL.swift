import Foundation

/// Where a program's PostgreSQL store is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgresql://` too), optionally `?sslmode=require` (or `verify-full`) for TLS. From
/// `--database`, `WORKLIST_DATABASE` or `database:` in the config.
public struct ProgramURL: Equatable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var requireTLS: Bool

    public struct Invalid: Error, CustomStringConvertible {
        public var reason: String
        public var description: String {
            "the program database URL \(reason); write it as postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE "
                + "(ask your program director for it)."
        }
    }

    public init(_ text: String) throws(Invalid) {
        guard let parts = URLComponents(string: text.trimmingCharacters(in: .whitespaces)) else {
            throw Invalid(reason: "is not a URL")
        }
        guard let scheme = parts.scheme, ["postgres", "postgresql"].contains(scheme.lowercased()) else {
            throw Invalid(reason: "must start with postgres://")
        }
        guard let host = parts.host, !host.isEmpty else { throw Invalid(reason: "names no host") }
        guard let user = parts.user, !user.isEmpty else { throw Invalid(reason: "names no user") }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw Invalid(reason: "names no database after the host") }
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard ["disable", "prefer", "require", "verify-ca", "verify-full"].contains(mode) else {
            throw Invalid(reason: "has sslmode=\(mode), which is not one of disable, require, verify-full")
        }
        self.host = host
        self.port = parts.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        self.password = parts.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.requireTLS = ["require", "verify-ca", "verify-full"].contains(mode)
    }

    /// What messages and the local cache name: never the password.
    public var description: String { "\(user)@\(host):\(port)/\(database)" }
}
