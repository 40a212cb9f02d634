package io.storageintegrations.producer.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API key as presented (unauthenticated, the key as credentials) or as accepted (the {@link
 * Caller} as principal, the key erased).
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private String presentedKey;

  private ApiKeyAuthentication(String presentedKey, Caller caller) {
    super(caller == null ? List.of() : List.of(new SimpleGrantedAuthority(authority(caller))));
    this.presentedKey = presentedKey;
    this.caller = caller;
    setAuthenticated(caller != null);
  }

  /** JOB keys may only vend credentials; see {@link SecurityConfiguration}. */
  static String authority(Caller caller) {
    return caller.job() ? "JOB" : caller.operator() ? "OPERATOR" : "PROJECT";
  }

  static ApiKeyAuthentication presented(String key) {
    return new ApiKeyAuthentication(key, null);
  }

  static ApiKeyAuthentication accepted(Caller caller) {
    return new ApiKeyAuthentication(null, caller);
  }

  @Override
  public Object getCredentials() {
    return presentedKey;
  }

  @Override
  public Object getPrincipal() {
    return caller;
  }

  @Override
  public String getName() {
    return caller == null ? "api-key" : caller.name();
  }

  @Override
  public void eraseCredentials() {
    presentedKey = null;
  }
}
