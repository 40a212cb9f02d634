package io.storageintegrations.localstack;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * What the person who ran the stack sees: one line per component while it starts ({@code starting
 * Kafka broker… ready in 6.1 s}), then the demo's summary. Logs go to files, never here.
 */
public final class Console {

  private final PrintStream out;

  public Console(PrintStream out) {
    this.out = out;
  }

  public void line(String text) {
    out.println(text);
    out.flush();
  }

  public void blank() {
    line("");
  }

  /** Runs {@code start}, framing it as {@code starting <what>… ready in <s> s (<detail>)}. */
  public <T> T step(String what, Callable<T> start) {
    out.print("  starting " + what + "… ");
    out.flush();
    long begun = System.nanoTime();
    try {
      T started = start.call();
      String detail = started instanceof Detailed d ? " (" + d.detail() + ")" : "";
      line(String.format("ready in %.1f s%s", (System.nanoTime() - begun) / 1e9, detail));
      return started;
    } catch (Exception e) {
      line("FAILED");
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A started component that has something short to say on its ready line. */
  public interface Detailed {
    String detail();
  }
}
