package io.storageintegrations.producer.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches requests that arrived on the actuator's own port. That port listens on loopback unless an
 * operator binds it elsewhere (docs/deployment.md), so its binding is its access control; when
 * management shares the API port, nothing matches and the API's rules apply.
 */
final class ManagementPort implements RequestMatcher {

  private final Environment environment;

  ManagementPort(Environment environment) {
    this.environment = environment;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    Integer management = environment.getProperty("local.management.port", Integer.class);
    Integer server = environment.getProperty("local.server.port", Integer.class);
    return management != null
        && management > 0
        && !management.equals(server)
        && request.getLocalPort() == management;
  }
}
