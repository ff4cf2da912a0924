package io.veille.summary.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.veille.support.api.ProblemException;

/** Request bodies read strictly: a misspelt field (min_story_size) is a 400 naming it, not a silently missing setting. */
final class StrictBody {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictBody() {
    }

    /**
     * @param what   the body's name in messages, e.g. "a topic"
     * @param fields the fields it has, listed when one is unknown
     */
    static <T> T read(JsonNode body, Class<T> type, String what, String fields) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("the body must be " + what + ", a JSON object with " + fields);
        }
        try {
            return STRICT.treeToValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("unknown field '" + e.getPropertyName() + "'; " + what + " has " + fields);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("not " + what + ": " + e.getOriginalMessage());
        }
    }

    /** The body's id, when it has one, must be the path's. */
    static void samePathId(String bodyId, String pathId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw ProblemException.badRequest("the body's id '" + bodyId + "' is not the path's '" + pathId + "'");
        }
    }
}
