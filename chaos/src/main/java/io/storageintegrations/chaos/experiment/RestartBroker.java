package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.lab.Pause;
import io.storageintegrations.chaos.report.FaultMarks;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code kill -9} of the broker, a pause, and a restart on the same data. "Takeover" here is the
 * recovery: from the broker serving again to the first outcome created after that, on any
 * partition.
 */
final class RestartBroker implements Fault {

  private final Duration pause;

  RestartBroker(Duration pause) {
    this.pause = pause;
  }

  @Override
  public FaultMarks inject(FaultScene scene) {
    long killedAt = System.currentTimeMillis();
    scene.lab().broker().kill();
    Pause.of(pause);
    long restartAt = System.currentTimeMillis();
    scene.lab().broker().start();
    long readyAt = System.currentTimeMillis();
    Set<Integer> all =
        IntStream.range(0, scene.lab().partitions()).boxed().collect(Collectors.toSet());
    return new FaultMarks(
        readyAt,
        readyAt,
        all,
        null,
        String.format(
            Locale.ROOT,
            "broker down %.1f s, serving %.1f s after its restart; takeover = from then to the"
                + " first new outcome",
            (readyAt - killedAt) / 1000.0,
            (readyAt - restartAt) / 1000.0));
  }
}
