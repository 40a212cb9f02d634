package io.storageintegrations.producer;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A producer context of a test's own (not the cached one of {@code ProducerItSupport}): the {@code
 * it} profile, free API and management ports, no JMX, then the test's {@code --key=value}
 * arguments.
 */
final class StandaloneProducer {

  private StandaloneProducer() {}

  static ConfigurableApplicationContext start(String... arguments) {
    List<String> all =
        new ArrayList<>(
            List.of("--server.port=0", "--management.server.port=0", "--spring.jmx.enabled=false"));
    all.addAll(List.of(arguments));
    return new SpringApplicationBuilder(ProducerApplication.class)
        .profiles("it")
        .run(all.toArray(String[]::new));
  }

  static Api api(ConfigurableApplicationContext context) {
    return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
  }
}
