package io.storageintegrations.localstack;

import io.storageintegrations.model.topic.Topics;

/** Where everything is, printed once the stack is up. */
final class Endpoints {

  private Endpoints() {}

  static void print(StackOptions o, Console console) {
    String producer = o.producerUrl();
    console.line("The local stack is up:");
    console.line(
        "  status page     "
            + producer
            + "/status.html?project=demo   (API key: "
            + AppSpecs.DEMO_API_KEY
            + ")");
    console.line(
        "  API             "
            + producer
            + "/v1/storage-integrations   header X-API-Key: "
            + AppSpecs.DEMO_API_KEY
            + "; OpenAPI at "
            + producer
            + "/swagger-ui.html");
    console.line("  Kafka           " + o.bootstrapServers());
    console.line(
        "                  kcat -b "
            + o.bootstrapServers()
            + " -C -t "
            + Topics.EVENTS
            + " -f '%k %h\\n%s\\n\\n'");
    console.line(
        "  cloud emulator  http://127.0.0.1:" + o.emulatorPort() + "   admin API at /_admin");
    console.line(
        "  health          http://127.0.0.1:"
            + o.producerManagementPort()
            + "/actuator/health, http://127.0.0.1:"
            + o.workerManagementPort()
            + "/actuator/health (metrics at /actuator/prometheus)");
    console.line(
        "  logs            "
            + o.logsDir().resolve("worker.log")
            + ", "
            + o.logsDir().resolve("producer.log")
            + ", "
            + o.kafkaDir().resolve("broker.log"));
  }
}
