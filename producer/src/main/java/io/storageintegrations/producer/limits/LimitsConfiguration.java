package io.storageintegrations.producer.limits;

import io.storageintegrations.producer.security.ApiKeyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Where the limits apply: the costly API calls, and every request body. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration implements WebMvcConfigurer {

  private final CallRateLimits rateLimits;

  LimitsConfiguration(LimitsProperties limits, ApiKeyProperties keys) {
    this.rateLimits = new CallRateLimits(limits, keys);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(rateLimits)
        .addPathPatterns(
            "/v1/storage-integrations",
            "/v1/storage-integrations/validate",
            "/v1/storage-integrations/*/revalidate",
            "/v1/storage-integrations/authorization-materials");
  }

  /** Before Spring Security (order -100): an oversized body is refused before anything else. */
  @Bean
  FilterRegistrationBean<BodySizeLimit> bodySizeLimit(LimitsProperties limits) {
    FilterRegistrationBean<BodySizeLimit> registration =
        new FilterRegistrationBean<>(new BodySizeLimit(limits.maxBodyBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
