package io.storageintegrations.localstack.apps;

import io.storageintegrations.localstack.Console;
import io.storageintegrations.testsupport.process.AppSpec;
import io.storageintegrations.testsupport.process.ChildApp;
import java.nio.file.Path;

/** One of the stack's apps in its child JVM, with its pid, port and log on its console line. */
public final class LocalApp implements AutoCloseable, Console.Detailed {

  private final ChildApp app;

  private LocalApp(ChildApp app) {
    this.app = app;
  }

  public static LocalApp start(AppSpec spec, Path logsDir) {
    return new LocalApp(ChildApp.start(spec, logsDir));
  }

  @Override
  public String detail() {
    return app.detail();
  }

  /** SIGTERM, so Spring shuts down gracefully (the worker drains in-flight work); then SIGKILL. */
  @Override
  public void close() {
    app.close();
  }
}
