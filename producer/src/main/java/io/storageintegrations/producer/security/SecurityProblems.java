package io.storageintegrations.producer.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what the security filters refuse as RFC 9457 problem details: 401 without a valid key,
 * 403 for what the key may not do, 400 for a path the firewall rejects (matrix parameters, encoded
 * slashes, {@code ..}, double slashes) before any rule could be matched against it.
 */
final class SecurityProblems
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private static final String TYPE = "urn:storage-integrations:problem:";
  private final JsonMapper json = JsonMapper.builder().build();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean missing = request.getHeader(ApiKeyFilter.HEADER) == null;
    response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
    write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        missing ? "API key missing" : "API key not valid",
        missing ? "Send an API key in the X-API-Key header." : "The API key is not valid.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        "forbidden",
        "Forbidden",
        "This API key may not call this endpoint.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    write(
        null,
        response,
        HttpStatus.BAD_REQUEST,
        "rejected-request",
        "Request not accepted",
        "The request path or headers are not in canonical form (no ';', encoded '/' or '\\',"
            + " '..', '//' or control characters).");
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String type,
      String title,
      String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", TYPE + type);
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (request != null) {
      problem.put("instance", request.getRequestURI());
    }
    response.setStatus(status.value());
    // Set here too: a request the firewall rejects never reaches the header writers.
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
