package io.storageintegrations.localstack;

import io.storageintegrations.localstack.demo.Demo;
import io.storageintegrations.localstack.demo.DemoReport;
import io.storageintegrations.localstack.demo.ProducerClient;
import io.storageintegrations.localstack.export.ExportDemo;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: a real Kafka broker process, the cloud emulator with the demo
 * customers, the worker and the producer; then the demo scenarios, and the stack stays up until
 * Ctrl-C. Run it with {@code ./run-local.sh}; options in {@link StackOptions#USAGE}.
 */
public final class LocalStack {

  private LocalStack() {}

  public static void main(String[] args) throws InterruptedException {
    if (java.util.Arrays.asList(args).contains("--help")
        || java.util.Arrays.asList(args).contains("-h")) {
      System.out.print(StackOptions.USAGE);
      return;
    }
    StackOptions options;
    try {
      options = StackOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Console console = new Console(System.out);
    console.line(
        "Storage Integrations, local stack (work directory "
            + options.workDir().toAbsolutePath().normalize()
            + ")");
    RunningStack stack = new RunningStack(options);
    Shutdown shutdown = Shutdown.install(stack, console);
    try {
      stack.start(console);
    } catch (RuntimeException e) {
      console.line("The local stack could not start: " + e.getMessage());
      shutdown.exit(1);
      return;
    }
    console.blank();
    boolean demoPassed = !options.demo() || runDemo(options, stack, console);
    Endpoints.print(options, console);
    if (options.exitAfterDemo()) {
      shutdown.exit(demoPassed ? 0 : 1);
    }
    console.line("Press Ctrl-C to stop.");
    new CountDownLatch(1).await();
  }

  /** The export job through the ACTIVE read-write scenario's integration. */
  private static boolean exportDemo(StackOptions options, DemoReport report, Console console) {
    var backups =
        report.outcomes().stream()
            .filter(o -> "backups".equals(o.name()) && "ACTIVE".equals(o.state()))
            .findFirst();
    if (backups.isEmpty()) {
      console.line("Backup export skipped: the 'backups' integration is not ACTIVE.");
      return false;
    }
    boolean passed =
        new ExportDemo(java.net.URI.create(options.producerUrl()), console)
            .run(backups.get().name(), backups.get().integrationId());
    console.blank();
    return passed;
  }

  private static boolean runDemo(StackOptions options, RunningStack stack, Console console) {
    try {
      ProducerClient api = new ProducerClient(options.producerUrl(), AppSpecs.DEMO_API_KEY);
      DemoReport report = new Demo(api, stack.cloud(), console).run();
      console.blank();
      boolean exported = exportDemo(options, report, console);
      return report.allAsExpected() && exported;
    } catch (RuntimeException e) {
      console.line("The demo stopped early: " + e.getMessage());
      console.line("The stack stays up; the logs are under " + options.logsDir() + ".");
      console.blank();
      return false;
    }
  }
}
