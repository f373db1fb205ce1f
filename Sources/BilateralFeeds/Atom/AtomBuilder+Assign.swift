extension AtomBuilder {
    func text(_ captured: CapturedText, _ context: ElementContext) -> AtomWireText {
        AtomWireText(value: captured.value, type: pending.type, mode: pending.mode, src: pending.src,
                     isMarkup: captured.isMarkup, base: context.base)
    }

    mutating func assignFeed(_ name: XMLElementName, _ captured: CapturedText, _ context: ElementContext) {
        switch name.local {
        case .title: feed.title = text(captured, context)
        case .updated: feed.updated = captured.value
        case .modified: feed.modified = captured.value
        default: break
        }
    }

    mutating func assignPerson(_ name: XMLElementName, _ captured: CapturedText) {
        switch name.local {
        case .name: person?.name = captured.value
        case .email: person?.email = captured.value
        case .uri, .url: person?.uri = captured.value
        default: break
        }
    }

    mutating func assignEntry(_ name: XMLElementName, _ captured: CapturedText, _ context: ElementContext) {
        switch (name.ns, name.local) {
        case (.dc, .creator): entry?.dcCreators.append(captured.value)
        case (.dc, .subject): entry?.dcSubjects.append(captured.value)
        case (.dc, .date): entry?.dcDate = captured.value
        case (.media, .description):
            let value = text(captured, context)
            entry?.mediaDescription = value
        case (_, .title):
            let value = text(captured, context)
            entry?.title = value
        case (_, .summary):
            let value = text(captured, context)
            entry?.summary = value
        case (_, .content):
            let value = text(captured, context)
            entry?.content = value
        case (_, .link):
            entry?.links.append(WireLink(href: captured.value, rel: pending.rel, type: pending.type, base: context.base))
        case (_, .id): entry?.id = captured.value
        case (_, .published): entry?.published = captured.value
        case (_, .issued): entry?.issued = captured.value
        case (_, .created): entry?.created = captured.value
        case (_, .updated): entry?.updated = captured.value
        case (_, .modified): entry?.modified = captured.value
        default: break
        }
    }
}
