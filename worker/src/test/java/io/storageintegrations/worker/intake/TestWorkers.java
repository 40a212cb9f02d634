package io.storageintegrations.worker.intake;

import io.storageintegrations.emulator.CloudEmulator;
import io.storageintegrations.testsupport.kafka.KafkaBroker;
import io.storageintegrations.worker.WorkerApplication;
import io.storageintegrations.worker.validation.TestCloud;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole worker application against the test broker and emulator, in consumer group {@code group}.
 */
final class TestWorkers {

  private TestWorkers() {}

  static ConfigurableApplicationContext start(
      CloudEmulator emulator, String group, String... moreArguments) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + KafkaBroker.bootstrapServers(),
                "--spring.kafka.consumer.auto-offset-reset=earliest",
                "--worker.platform.access-key-id=" + TestCloud.PLATFORM_KEY_ID,
                "--worker.platform.access-key-secret=" + TestCloud.PLATFORM_SECRET,
                "--worker.platform.principal=" + TestCloud.PRINCIPAL,
                "--worker.sts.endpoint=" + emulator.stsEndpoint(),
                "--worker.sts.scheme=HTTP",
                "--worker.oss.endpoint-template=" + emulator.ossEndpoint(),
                "--worker.intake.group-id=" + group));
    arguments.addAll(List.of(moreArguments));
    return new SpringApplicationBuilder(WorkerApplication.class)
        .run(arguments.toArray(String[]::new));
  }
}
