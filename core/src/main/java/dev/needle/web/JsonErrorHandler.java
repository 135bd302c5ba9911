package dev.needle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The errors Jetty answers itself, before any route runs (a malformed request line, headers over the
 * limit, a URI too long), as the same JSON as every other error, with the same security headers.
 * Jetty's own page is HTML and may show an exception's message; this never does.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        byte[] json = body(code, message, headers);
        headers.put(HttpHeader.CONTENT_LENGTH, String.valueOf(json.length));
        response.write(true, ByteBuffer.wrap(json), callback);
    }

    /** Where Jetty answers a message it could not parse into a request at all. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return ByteBuffer.wrap(body(status, reason, fields));
    }

    private static byte[] body(int code, String message, HttpFields.Mutable headers) {
        SecurityHeaders.put(headers, true);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        try {
            return Requests.JSON.writeValueAsBytes(ApiError.of(code, explanation(code, message)));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + code + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What went wrong, in words: Jetty's reason for a bad request (a fixed phrase), never a server-side detail. */
    static String explanation(int code, String reason) {
        return switch (code) {
            case 431 -> "the request's headers are over " + Connections.HEADER_BYTES / 1024 + " KB";
            case 414 -> "the request's URI is over " + Connections.HEADER_BYTES / 1024 + " KB";
            default -> code >= 500 ? "the server failed to answer this request; the reason is in its log"
                    : "the request is not valid HTTP: " + (plainPhrase(reason) ? reason : HttpStatus.getMessage(code));
        };
    }

    private static boolean plainPhrase(String reason) {
        return reason != null && !reason.isBlank() && reason.length() <= 100 && reason.chars().allMatch(c -> c >= ' ' && c < 127);
    }
}
