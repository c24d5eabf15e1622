extension StoreFile where Value: StoreFileModel {
    /// The file of `kind` at `path` (`parts`: what the path's placeholders name): its schema from the
    /// model type, its value when absent from the kind (`StoreFileKind.all`).
    init(_ kind: StoreFileKind, _ path: String, _ parts: StoreFilePath.Parts = .init()) {
        self.init(path: path, schema: Value.schemaVersion) { kind.emptyModel(parts) }
    }
}

extension StoreFile where Value: StoreFileModel & JSONReadable {
    /// As above, for a type that reads itself (`JSONReadable`).
    init(_ kind: StoreFileKind, _ path: String, _ parts: StoreFilePath.Parts = .init()) {
        self.init(path: path, schema: Value.schemaVersion, reader: { try Value(json: $0) }) {
            kind.emptyModel(parts)
        }
    }
}
