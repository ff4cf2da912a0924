package io.veille.extractor.entity;

import java.util.List;

/**
 * Finds the people, organisations and places a text names. The rule-and-gazetteer recogniser is
 * the default; a model-based one (an ONNX token classifier given by path) can replace it.
 */
public interface EntityRecognizer {

    /** Entities with their mentions (offsets into {@code text}), in order of first mention. */
    List<Entity> find(String text, String lang);
}
