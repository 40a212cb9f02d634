package io.storageintegrations.producer.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Accepts an {@link ApiKeyAuthentication} whose key is one of the configured {@link ApiKeys}. */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

  private final ApiKeys apiKeys;

  ApiKeyAuthenticationProvider(ApiKeys apiKeys) {
    this.apiKeys = apiKeys;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String presented = (String) authentication.getCredentials();
    return apiKeys
        .authenticate(presented)
        .map(ApiKeyAuthentication::accepted)
        .orElseThrow(() -> new BadCredentialsException("The API key is not valid."));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return ApiKeyAuthentication.class.isAssignableFrom(authentication);
  }
}
