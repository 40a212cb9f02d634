package io.storageintegrations.producer.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The registry must not skip an event: unreadable ones are dropped by the writer itself, so what
 * reaches the error handler is a broker problem (a record not acknowledged), retried until it
 * succeeds, with back-off, instead of the default ten attempts and a skip.
 */
@Configuration(proxyBeanMethods = false)
class WriterErrorHandling {

  @Bean
  CommonErrorHandler registryErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(10_000);
    return new DefaultErrorHandler(backOff);
  }
}
