package org.mkplay.backend.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one shape of every error the server sends: {@code {"error": message, "status": code}}. */
public record ErrorBody(String error, int status) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            // A record of a String and an int always serialises; reaching here is a Jackson bug.
            throw new IllegalStateException(e);
        }
    }
}
