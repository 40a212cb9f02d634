package io.storageintegrations.producer.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Deny by default: every path needs a valid API key except the few listed as public here (the
 * status page's static files, the OpenAPI document and its UI, the liveness and readiness probes)
 * and the management port, which listens on loopback (see {@link ManagementPort}). Stateless, no
 * sessions, no cookies, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PUBLIC_GET = {
    "/status.html",
    "/status.js",
    "/status.css",
    "/favicon.ico",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/livez",
    "/readyz"
  };

  static final String CREDENTIALS = "/v1/storage-integrations/*/credentials";

  @Bean
  SecurityProblems securityProblems() {
    return new SecurityProblems();
  }

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ApiKeyAuthenticationProvider keys,
      SecurityProblems problems,
      Environment environment)
      throws Exception {
    ApiKeyFilter apiKeys = new ApiKeyFilter(new ProviderManager(keys), problems);
    return http.csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders.all())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterAt(apiKeys, BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            rules ->
                rules
                    // Async (SSE, deferred answers) and error dispatches continue a request that
                    // was authorised when it arrived.
                    .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, PUBLIC_GET)
                    .permitAll()
                    .requestMatchers(new ManagementPort(environment))
                    .permitAll()
                    // Vending decides itself who may vend (job keys only), with a specific answer.
                    .requestMatchers(HttpMethod.POST, CREDENTIALS)
                    .authenticated()
                    // Job keys vend and do nothing else.
                    .anyRequest()
                    .hasAnyAuthority("PROJECT", "OPERATOR"))
        .build();
  }

  /**
   * Tomcat would answer an encoded slash or backslash with its own HTML 400; passed through, the
   * firewall refuses them with a problem detail like every other non-canonical path.
   */
  @Bean
  TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
    return connector -> {
      connector.setEncodedSolidusHandling("passthrough");
      connector.setEncodedReverseSolidusHandling("passthrough");
    };
  }
}
