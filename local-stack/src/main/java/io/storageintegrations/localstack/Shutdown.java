package io.storageintegrations.localstack;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Stops the stack once, in order, on Ctrl-C (SIGINT), SIGTERM or exit. The signals are handled
 * before the JVM starts shutting down because shutdown hooks run concurrently: the broker process's
 * own hook would stop Kafka while the worker and producer still need it to leave their groups and
 * flush. Once everything is down, the JVM exits and the remaining hooks find nothing to do.
 */
final class Shutdown {

  private final RunningStack stack;
  private final Console console;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private Shutdown(RunningStack stack, Console console) {
    this.stack = stack;
    this.console = console;
  }

  static Shutdown install(RunningStack stack, Console console) {
    Shutdown shutdown = new Shutdown(stack, console);
    for (String signal : new String[] {"INT", "TERM"}) {
      try {
        Signal.handle(new Signal(signal), s -> shutdown.exit(0));
      } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
        // This platform keeps the signal; the shutdown hook below still stops everything.
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stop, "local-stack-stop"));
    return shutdown;
  }

  /** Stops everything, then exits with {@code status}. */
  void exit(int status) {
    stop();
    System.exit(status);
  }

  private void stop() {
    if (stopped.compareAndSet(false, true)) {
      console.blank();
      console.line("Stopping…");
      stack.stop(console);
      console.line("Stopped.");
    }
  }
}
