package io.storageintegrations.producer.registry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.message.IntegrationState;
import org.springframework.stereotype.Component;

/**
 * Gauges of the registry for the dashboard: integrations by state, and the open status streams and
 * waiting callers that are notified of every change.
 */
@Component
class RegistryMeters {

  RegistryMeters(RegistryView view, MeterRegistry meters) {
    for (IntegrationState state : IntegrationState.values()) {
      Gauge.builder("storage_integrations.registry.integrations", () -> view.count(state))
          .description("Integrations in the registry by state")
          .tag("state", state.name())
          .strongReference(true)
          .register(meters);
    }
    Gauge.builder("storage_integrations.registry.listeners", view::listeners)
        .description("Open status streams and callers waiting for an outcome")
        .strongReference(true)
        .register(meters);
  }
}
