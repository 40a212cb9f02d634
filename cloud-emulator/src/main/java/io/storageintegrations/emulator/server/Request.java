package io.storageintegrations.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/** A received request with lazily parsed query and body. */
public final class Request {

  private final HttpExchange exchange;
  private final String rawPath;
  private final String rawQuery;
  private Map<String, String> query;
  private byte[] body;

  Request(HttpExchange exchange) {
    this.exchange = exchange;
    this.rawPath = exchange.getRequestURI().getRawPath();
    this.rawQuery = exchange.getRequestURI().getRawQuery();
  }

  public String method() {
    return exchange.getRequestMethod();
  }

  public String rawPath() {
    return rawPath;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  public Map<String, java.util.List<String>> headers() {
    return exchange.getRequestHeaders();
  }

  /** Decoded query parameters in arrival order; a key without '=' maps to "". */
  public Map<String, String> query() {
    if (query == null) {
      query = parseForm(rawQuery);
    }
    return query;
  }

  /** Reads the body (chunked or not); more than {@code limit} bytes gives null. */
  public byte[] body(long limit) {
    if (body == null) {
      try {
        byte[] read =
            exchange.getRequestBody().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        body = read;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return body.length > limit ? null : body;
  }

  public boolean fromLoopback() {
    InetAddress address = exchange.getRemoteAddress().getAddress();
    return address != null && address.isLoopbackAddress();
  }

  public static Map<String, String> parseForm(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    int start = 0;
    while (start <= raw.length()) {
      int amp = raw.indexOf('&', start);
      int end = amp < 0 ? raw.length() : amp;
      if (end > start) {
        int eq = raw.indexOf('=', start);
        if (eq < 0 || eq > end) {
          params.put(Percent.decode(raw.substring(start, end), true), "");
        } else {
          params.put(
              Percent.decode(raw.substring(start, eq), true),
              Percent.decode(raw.substring(eq + 1, end), true));
        }
      }
      if (amp < 0) {
        break;
      }
      start = amp + 1;
    }
    return params;
  }
}
