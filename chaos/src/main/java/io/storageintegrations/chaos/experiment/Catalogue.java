package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.SuiteOptions;
import java.util.ArrayList;
import java.util.List;

/** The experiments by letter (a to d), as {@code --experiments} names them. */
public final class Catalogue {

  private Catalogue() {}

  public static List<Experiment> select(SuiteOptions options) {
    List<Experiment> selected = new ArrayList<>();
    for (String id : options.experiments()) {
      switch (id) {
        case "a" ->
            selected.add(
                new Experiment("a. kill -9 1 of 3 workers", 3, options.rate(), new KillWorker()));
        case "b" ->
            selected.add(
                new Experiment(
                    "b. broker kill -9, restart after " + options.brokerPause().toSeconds() + " s",
                    2,
                    options.rate(),
                    new RestartBroker(options.brokerPause())));
        case "c" ->
            selected.add(
                new Experiment("c. SIGTERM 1 of 2 workers", 2, options.rate(), new StopWorker()));
        case "d" -> {
          for (int workers = 1; workers <= 3; workers++) {
            selected.add(
                new Experiment(
                    "d. no-fault burst, STS limiter on",
                    workers,
                    options.burstRate(),
                    new NoFault()));
          }
        }
        default ->
            throw new IllegalArgumentException("no experiment '" + id + "' (known: a, b, c, d)");
      }
    }
    return selected;
  }
}
