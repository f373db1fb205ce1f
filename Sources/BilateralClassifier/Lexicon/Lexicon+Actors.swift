/// An actor the lexicons declare (`actor` records, FORMAT.md).
public struct ActorDefinition: Hashable, Sendable {
    /// Its code: ISO 3166-1 alpha-2 (`RU`) or an organisation code (`EU`, `NATO`).
    public var code: String
    /// Its display name (`Russia`).
    public var name: String
    public var kind: ActorKind
}

extension Lexicon {
    /// Every actor the loaded lexicons declare, in the order they were declared.
    public var actorDefinitions: [ActorDefinition] {
        tables.actors.map { ActorDefinition(code: $0.code, name: $0.name, kind: $0.kind) }
    }
}
