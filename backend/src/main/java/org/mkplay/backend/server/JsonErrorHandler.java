package org.mkplay.backend.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (requests rejected before they reach Javalin: unparsable request lines,
 * bad URI encodings, oversized headers) as the same JSON as the API errors, never HTML or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final String JSON_UTF8 = "application/json;charset=utf-8";

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        ByteBuffer body = body(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.remaining());
        response.write(true, body, callback);
    }

    /** Used for HTTP/1 parse failures, where no Request object exists. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return ByteBuffer.wrap(new ErrorBody(text, code).toJson().getBytes(StandardCharsets.UTF_8));
    }
}
