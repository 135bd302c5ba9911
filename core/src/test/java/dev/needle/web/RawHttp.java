package dev.needle.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP as bytes on a socket, for the requests a proper client will not send: malformed request lines,
 * oversized headers, broken chunks, bodies that never finish.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code request} as written and reads the answer until the server closes or goes quiet for 3 s. */
    static Reply exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Reply.parse(readUntilClosed(socket));
        }
    }

    /** Everything the server sends until it closes the connection or sends nothing for the socket's timeout. */
    static String readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) received.write(buffer, 0, read);
        } catch (IOException quietOrReset) {
            // what arrived before counts
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** An answer: status, headers by lower-case name, and body ("" when nothing arrived). */
    record Reply(int status, Map<String, String> headers, String body) {
        static Reply parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (!raw.startsWith("HTTP/1.1 ") || end < 0) return new Reply(0, Map.of(), raw);
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers, raw.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
