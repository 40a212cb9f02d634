package io.storageintegrations.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link WithCloudEmulator}; also usable with {@code @RegisterExtension}
 * ({@code static CloudEmulatorExtension EMULATOR = new CloudEmulatorExtension("classpath:...")})
 * and then {@link #emulator()}.
 */
public final class CloudEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CloudEmulatorExtension.class);
  private final String seed;
  private CloudEmulator registered;

  /** Used by {@link WithCloudEmulator}: the seed comes from the annotation. */
  public CloudEmulatorExtension() {
    this(null);
  }

  public CloudEmulatorExtension(String seed) {
    this.seed = seed;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String location = seed;
    if (location == null) {
      WithCloudEmulator annotation =
          context.getRequiredTestClass().getAnnotation(WithCloudEmulator.class);
      location = annotation == null ? CloudEmulator.DEMO_SEED : annotation.seed();
    }
    CloudEmulator emulator = CloudEmulator.start(location.isEmpty() ? null : location);
    registered = emulator;
    context.getStore(NAMESPACE).put(CloudEmulator.class, emulator);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    CloudEmulator emulator =
        context.getStore(NAMESPACE).remove(CloudEmulator.class, CloudEmulator.class);
    if (emulator != null) {
      emulator.close();
    }
    registered = null;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    CloudEmulator emulator = find(context);
    if (emulator != null) {
      emulator.resetRuntime();
    }
  }

  /** The running emulator (between beforeAll and afterAll). */
  public CloudEmulator emulator() {
    if (registered == null) {
      throw new IllegalStateException("the emulator runs only while the test class runs");
    }
    return registered;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == CloudEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return find(context);
  }

  private static CloudEmulator find(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      CloudEmulator emulator = c.getStore(NAMESPACE).get(CloudEmulator.class, CloudEmulator.class);
      if (emulator != null) {
        return emulator;
      }
    }
    return null;
  }
}
