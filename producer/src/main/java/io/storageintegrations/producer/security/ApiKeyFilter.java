package io.storageintegrations.producer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries an {@code X-API-Key} header, whatever its path; which paths
 * need a caller is decided by the authorization rules, on the path as Spring matches it. A key that
 * is presented but not valid is refused at once, never treated as anonymous.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";

  private final AuthenticationManager authenticationManager;
  private final AuthenticationEntryPoint refusal;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiKeyFilter(AuthenticationManager authenticationManager, AuthenticationEntryPoint refusal) {
    this.authenticationManager = authenticationManager;
    this.refusal = refusal;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key == null) {
      chain.doFilter(request, response);
      return;
    }
    try {
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(
          authenticationManager.authenticate(ApiKeyAuthentication.presented(key)));
      contexts.setContext(context);
    } catch (AuthenticationException e) {
      contexts.clearContext();
      refusal.commence(request, response, e);
      return;
    }
    chain.doFilter(request, response);
  }
}
