package io.storageintegrations.testsupport.kafka;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Starts the shared broker before the test class runs; with {@code PER_CLASS} lifecycle the
 * instance is built before {@code beforeAll}, hence the pre-construct hook too.
 */
public final class KafkaBrokerExtension
    implements BeforeAllCallback, TestInstancePreConstructCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    KafkaBroker.bootstrapServers();
  }

  @Override
  public void preConstructTestInstance(
      TestInstanceFactoryContext factoryContext, ExtensionContext context) {
    KafkaBroker.bootstrapServers();
  }
}
