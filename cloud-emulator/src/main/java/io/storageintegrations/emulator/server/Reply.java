package io.storageintegrations.emulator.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer. {@code outcome} is what the call counters record ({@code OK} or the error code);
 * for HEAD the body is never sent, but {@code contentLength} still announces its size.
 */
public record Reply(
    int status,
    String outcome,
    Map<String, String> headers,
    byte[] body,
    int offset,
    int length,
    long contentLength) {

  private static final byte[] EMPTY = new byte[0];

  public static Reply of(int status, String outcome, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new Reply(status, outcome, headers, body, 0, body.length, body.length);
  }

  public static Reply of(int status, String outcome, String contentType, String body) {
    return of(status, outcome, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static Reply empty(int status, String outcome) {
    return new Reply(status, outcome, new LinkedHashMap<>(), EMPTY, 0, 0, 0);
  }

  public static Reply slice(int status, byte[] body, int offset, int length) {
    return new Reply(status, "OK", new LinkedHashMap<>(), body, offset, length, length);
  }

  /** The same answer without a body (HEAD): the length stays announced. */
  public Reply headOnly() {
    return new Reply(status, outcome, headers, EMPTY, 0, 0, contentLength);
  }

  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
