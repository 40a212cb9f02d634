package io.storageintegrations.localstack.apps;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the apps' executable jars, which the build copies to {@code local-stack/target/apps} next
 * to the launcher's own classes.
 */
public final class AppJars {

  private AppJars() {}

  public static Path find(String app) {
    Path jar = directory().resolve(app + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: build first with ./mvnw -q install -DskipTests (./run-local.sh does)");
    }
    return jar;
  }

  static Path directory() {
    String configured = System.getProperty("localstack.apps.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      Path classes =
          Path.of(AppJars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent().resolve("apps");
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("local-stack", "target", "apps");
    }
  }
}
