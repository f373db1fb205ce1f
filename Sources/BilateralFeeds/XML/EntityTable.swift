internal import CLibXML2

/// Entities libxml2 asks for through `getEntity` that XML itself does not define: HTML
/// entities (`&eacute;`, `&nbsp;`) and plain-text entities declared in the internal subset.
///
/// Each is handed to libxml2 as a predefined entity, so its text is inlined and never parsed
/// as markup (no nested references: billion laughs cannot expand). A class because it owns
/// the C structures it hands out.
final class EntityTable {
    private var entities: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private var attributeEntities: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private var declared: [String: String] = [:]
    private static let maxDeclared = 1000
    private static let maxDeclaredLength = 64 * 1024
    /// Names found in the document that neither HTML nor the document defines.
    private(set) var undefined: Set<String> = []
    /// HTML entity names decoded (they are not defined in XML).
    private(set) var htmlDecoded: Set<String> = []

    deinit {
        for entity in Array(entities.values) + Array(attributeEntities.values) {
            bilateral_xmlFree(UnsafeMutableRawPointer(mutating: entity.pointee.name))
            bilateral_xmlFree(entity.pointee.content)
            // libxml2 hangs the raw declared value on the entity `getEntity` returned.
            if let orig = entity.pointee.orig { bilateral_xmlFree(orig) }
            entity.deallocate()
        }
    }

    /// Records an internal general entity of the DTD when its value is plain text.
    func declare(name: String, type: Int32, content: String?) {
        guard type == Int32(XML_INTERNAL_GENERAL_ENTITY.rawValue), let content,
              declared.count < Self.maxDeclared, content.utf8.count <= Self.maxDeclaredLength,
              !content.contains("&"), !content.contains("<") else { return }
        declared[name] = content
    }

    /// The entity for `name`, or nil when nothing defines it.
    ///
    /// In attribute values libxml2 copies only the first byte of a predefined entity, so a
    /// non-ASCII text there is handed out as an (already checked) general entity instead:
    /// libxml2 then keeps `&name;` in the value, and `XMLAttributes` decodes it.
    func entity(named name: String, inAttribute: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        guard let predefined = entity(named: name) else { return nil }
        guard inAttribute, predefined.pointee.length > 1 else { return predefined }
        if let entity = attributeEntities[name] { return entity }
        let entity = Self.make(name: name, content: String(cString: predefined.pointee.content))
        entity.pointee.etype = XML_INTERNAL_GENERAL_ENTITY
        entity.pointee.checked = 2   // checked, no '<': libxml2 does not parse it again
        attributeEntities[name] = entity
        return entity
    }

    private func entity(named name: String) -> UnsafeMutablePointer<xmlEntity>? {
        if let entity = entities[name] { return entity }
        let text: String
        if let value = declared[name] {
            text = value
        } else if let value = HTMLEntities.lookup(name: name) {
            text = value
            htmlDecoded.insert(name)
        } else {
            undefined.insert(name)
            return nil
        }
        let entity = Self.make(name: name, content: text)
        entities[name] = entity
        return entity
    }

    private static func make(name: String, content: String) -> UnsafeMutablePointer<xmlEntity> {
        let entity = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        entity.initialize(to: xmlEntity())
        entity.pointee.type = XML_ENTITY_DECL
        entity.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        entity.pointee.name = UnsafePointer(name.withCString { xmlCharStrdup($0) })
        entity.pointee.content = content.withCString { xmlCharStrdup($0) }
        entity.pointee.length = Int32(content.utf8.count)
        return entity
    }
}
