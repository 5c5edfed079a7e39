package org.mkplay.backend.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;
import org.mkplay.backend.source.InvalidInput;

/**
 * Request bodies read strictly: JSON only, no unknown fields, no trailing data, and no coercion between types
 * (a number is not a string, a string not a list). Errors name the JSON path, never a Java class.
 */
public final class JsonBodies {
    private static final ObjectMapper STRICT = strict();

    private JsonBodies() {}

    public static <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new InvalidInput("the body must be JSON (Content-Type: application/json)");
        }
        try {
            T value = STRICT.readValue(ctx.bodyAsBytes(), type);
            if (value == null) throw new InvalidInput("the body must be a JSON object, not null");
            return value;
        } catch (JsonMappingException e) {
            throw new InvalidInput("wrong JSON at " + path(e) + ": " + shortReason(e));
        } catch (JacksonException e) {
            throw new InvalidInput("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new InvalidInput("cannot read the body");
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : "$" + path;
    }

    private static String shortReason(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field " + u.getPropertyName();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            return "wrong type";
        }
        return "unusable value";
    }

    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (LogicalType type : LogicalType.values()) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Array, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Object, CoercionAction.Fail);
        return mapper;
    }
}
