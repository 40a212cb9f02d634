package io.storageintegrations.producer.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Response headers on every answer: {@code nosniff}, no referrer, no framing, {@code Cache-Control:
 * no-store} (integration data and keys must not sit in caches), and a CSP that allows scripts and
 * styles from this origin only, never inline. Swagger UI's bundle styles itself inline, so only its
 * own paths may use inline styles.
 */
final class SecurityHeaders {

  static final String STRICT_CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String SWAGGER_CSP =
      STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private SecurityHeaders() {}

  static Customizer<HeadersConfigurer<HttpSecurity>> all() {
    RequestMatcher swagger = request -> request.getRequestURI().startsWith("/swagger-ui/");
    return headers ->
        headers
            .contentTypeOptions(Customizer.withDefaults())
            .cacheControl(Customizer.withDefaults())
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    new NegatedRequestMatcher(swagger),
                    new ContentSecurityPolicyHeaderWriter(STRICT_CSP)))
            .addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    swagger, new ContentSecurityPolicyHeaderWriter(SWAGGER_CSP)));
  }
}
