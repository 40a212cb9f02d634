package io.storageintegrations.chaos.experiment;

import io.storageintegrations.chaos.SuiteOptions;
import io.storageintegrations.chaos.lab.GroupView;
import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.lab.Pause;
import io.storageintegrations.chaos.lab.WorkerFleet;
import io.storageintegrations.chaos.report.FaultMarks;
import io.storageintegrations.chaos.report.Row;
import io.storageintegrations.chaos.report.Tally;
import io.storageintegrations.chaos.traffic.OutcomeReader;
import io.storageintegrations.chaos.traffic.PlannedRequest;
import io.storageintegrations.chaos.traffic.Publisher;
import io.storageintegrations.chaos.traffic.RequestMix;
import io.storageintegrations.chaos.traffic.Verdict;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs one experiment: a new consumer group starting at the end of the requests topic, the fleet,
 * the reader of outcomes, the publisher; the fault at half-way; then the settle (every published
 * request answered and the group's lag zero, or the settle timeout), the fleet's stop, the tally.
 */
public final class ExperimentRun {

  private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(20);
  private static final Duration QUIET = Duration.ofSeconds(3);

  private final Lab lab;
  private final SuiteOptions options;
  private final PrintStream progress;

  public ExperimentRun(Lab lab, SuiteOptions options, PrintStream progress) {
    this.lab = lab;
    this.options = options;
    this.progress = progress;
  }

  public Row run(Experiment experiment) {
    String tag = experiment.name().substring(0, 1) + experiment.workers() + "-" + shortId();
    GroupView group = new GroupView(lab, "chaos-" + tag);
    group.startAtEnd();
    lab.emulator().clearFaults();
    lab.emulator().resetCounters();
    List<PlannedRequest> plan = RequestMix.plan(options.requests(), tag);
    Map<String, Verdict> expected =
        plan.stream()
            .collect(Collectors.toMap(PlannedRequest::requestId, PlannedRequest::expected));
    say(experiment, "starting " + experiment.workers() + " worker(s), group " + group.group());
    long begun = System.nanoTime();
    try (OutcomeReader reader =
            OutcomeReader.start(lab.bootstrapServers(), lab.partitions(), expected.keySet());
        WorkerFleet fleet =
            WorkerFleet.start(
                lab, group.group(), experiment.workers(), options.workerProperties())) {
      group.awaitAssigned(experiment.workers(), ASSIGNMENT_TIMEOUT);
      say(
          experiment,
          String.format(
              Locale.ROOT,
              "fleet ready in %.1f s; publishing %d at %.0f/s",
              (System.nanoTime() - begun) / 1e9,
              plan.size(),
              experiment.perSecond()));
      FaultMarks marks;
      Map<String, Integer> published;
      try (Publisher publisher =
          Publisher.start(lab.bootstrapServers(), plan, experiment.perSecond())) {
        awaitAcknowledged(publisher, plan.size() / 2);
        marks = experiment.fault().inject(new FaultScene(lab, fleet, group));
        if (marks.note() != null) {
          say(experiment, marks.note());
        }
        publisher.awaitDone(PUBLISH_TIMEOUT);
        published = publisher.published();
      }
      marks = settle(experiment, reader, group, published, marks);
      fleet.close();
      long throttled = lab.emulator().throttlingAnswers();
      return Tally.of(
          experiment.name(),
          experiment.workers(),
          published,
          expected,
          reader.outcomes(),
          marks,
          throttled);
    }
  }

  private FaultMarks settle(
      Experiment experiment,
      OutcomeReader reader,
      GroupView group,
      Map<String, Integer> published,
      FaultMarks marks) {
    long begun = System.nanoTime();
    long deadline = begun + options.settleTimeout().toNanos();
    long answered = 0;
    long lag = -1;
    while (System.nanoTime() < deadline) {
      answered = reader.answered(published.keySet());
      lag = group.lag();
      if (answered == published.size() && lag == 0) {
        break;
      }
      Pause.millis(500);
    }
    // Copies sent just before the last commit may still be on their way to the reader.
    long quietUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (reader.sinceLastOutcome().compareTo(QUIET) < 0 && System.nanoTime() < quietUntil) {
      Pause.millis(250);
    }
    double seconds = (System.nanoTime() - begun) / 1e9;
    if (answered == published.size() && lag == 0) {
      say(experiment, String.format(Locale.ROOT, "settled %.1f s after the last publish", seconds));
      return marks;
    }
    String unsettled =
        String.format(
            Locale.ROOT,
            "not settled %.0f s after the last publish: %d of %d answered, group lag %d",
            seconds,
            answered,
            published.size(),
            lag);
    say(experiment, unsettled);
    return marks.withNote(unsettled);
  }

  private static void awaitAcknowledged(Publisher publisher, int count) {
    long deadline = System.nanoTime() + PUBLISH_TIMEOUT.toNanos();
    while (publisher.acknowledged() + publisher.failed() < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + publisher.acknowledged() + " published");
      }
      Pause.millis(20);
    }
  }

  private void say(Experiment experiment, String line) {
    progress.println("  " + experiment.name() + " (" + experiment.workers() + "): " + line);
    progress.flush();
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
