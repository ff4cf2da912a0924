package io.veille.extractor.entity;

import java.util.List;

/** A person, organisation or place: its canonical name, the other names used for it, and where it is named. */
public record Entity(String name, EntityType type, List<String> aliases, List<Mention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
