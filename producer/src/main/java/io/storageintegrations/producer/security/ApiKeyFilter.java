package io.storageintegrations.producer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Authenticates every {@code /v1/} call by its {@code X-API-Key} header. */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";

  private final ApiKeys apiKeys;
  private final JsonMapper json = JsonMapper.builder().build();

  ApiKeyFilter(ApiKeys apiKeys) {
    this.apiKeys = apiKeys;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/v1/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Caller> caller = apiKeys.authenticate(request.getHeader(HEADER));
    if (caller.isEmpty()) {
      reject(request, response);
      return;
    }
    request.setAttribute(Caller.ATTRIBUTE, caller.get());
    chain.doFilter(request, response);
  }

  private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean missing = request.getHeader(HEADER) == null;
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:storage-integrations:problem:unauthenticated");
    problem.put("title", missing ? "API key missing" : "API key not valid");
    problem.put("status", HttpStatus.UNAUTHORIZED.value());
    problem.put(
        "detail",
        missing ? "Send an API key in the X-API-Key header." : "The API key is not valid.");
    problem.put("instance", request.getRequestURI());
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
