package io.storageintegrations.emulator.admin;

import io.storageintegrations.emulator.server.Request;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps web pages out of the admin API. A page in a developer's browser can send a "simple"
 * cross-origin POST ({@code text/plain}, form data) to localhost without any preflight; so every
 * POST, PUT and PATCH must declare a JSON (or, for seeds, YAML) body, which a page can only send
 * after a CORS preflight this API never answers; any request that says it comes from another
 * origin, or that names a host other than loopback (DNS rebinding), is refused.
 */
final class AdminRequestGuard {

  /** Why a request is refused: the status and a message. */
  record Refusal(int status, String message) {}

  private AdminRequestGuard() {}

  static Optional<Refusal> check(Request request, String subPath) {
    String method = request.method();
    if ("OPTIONS".equals(method)) {
      return forbidden("the admin API answers no cross-origin (CORS) requests");
    }
    String host = request.header("Host");
    if (host != null && !isLoopbackHost(host)) {
      return forbidden("the admin API answers requests for a loopback host only, not " + host);
    }
    String origin = request.header("Origin");
    if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
      return forbidden("cross-origin requests are refused (Origin " + origin + ")");
    }
    String site = request.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return forbidden("cross-site requests are refused (Sec-Fetch-Site " + site + ")");
    }
    if (("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
        && !acceptedType(request.header("Content-Type"), subPath)) {
      return Optional.of(
          new Refusal(
              415,
              "send Content-Type: application/json"
                  + (isSeed(subPath) ? " (or application/yaml)" : "")
                  + " on every "
                  + method
                  + ", even without a body"));
    }
    return Optional.empty();
  }

  private static boolean acceptedType(String contentType, String subPath) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json")
        || (isSeed(subPath)
            && (type.equals("application/yaml") || type.equals("application/x-yaml")));
  }

  private static boolean isSeed(String subPath) {
    return subPath.replaceAll("/+$", "").equals("/seed");
  }

  static boolean isLoopbackHost(String hostHeader) {
    String host = hostHeader.toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      return host.startsWith("[::1]");
    }
    int colon = host.indexOf(':');
    String name = colon < 0 ? host : host.substring(0, colon);
    return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static Optional<Refusal> forbidden(String message) {
    return Optional.of(new Refusal(403, message));
  }
}
