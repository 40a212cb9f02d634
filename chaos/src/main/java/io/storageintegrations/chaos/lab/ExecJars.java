package io.storageintegrations.chaos.lab;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The executable jars the suite runs, which the build copies to {@code chaos/target/apps} (set
 * {@code -Dchaos.apps.dir} to use others).
 */
final class ExecJars {

  private ExecJars() {}

  static Path find(String app) {
    Path jar = directory().resolve(app + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build first with ./mvnw -q -pl chaos -am package -DskipTests");
    }
    return jar;
  }

  private static Path directory() {
    String configured = System.getProperty("chaos.apps.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      // target/classes or target/chaos-<version>.jar: either way the apps are in target/apps.
      Path classes =
          Path.of(ExecJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent().resolve("apps");
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("chaos", "target", "apps");
    }
  }
}
