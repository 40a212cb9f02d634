package io.storageintegrations.emulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link CloudEmulator} per test class with the given seed; tests receive it as a
 * parameter (constructor, lifecycle or test method). Faults, counters and the clock are reset
 * before each test; state changes persist within the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CloudEmulatorExtension.class)
public @interface WithCloudEmulator {

  /** Seed location, {@code classpath:...} or a file path; "" for an empty cloud. */
  String seed() default CloudEmulator.DEMO_SEED;
}
