package io.storageintegrations.chaos;

import io.storageintegrations.chaos.experiment.Catalogue;
import io.storageintegrations.chaos.experiment.Experiment;
import io.storageintegrations.chaos.experiment.ExperimentRun;
import io.storageintegrations.chaos.lab.Lab;
import io.storageintegrations.chaos.report.Row;
import io.storageintegrations.chaos.report.Table;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos suite's entry point: one broker process and one emulator process for the whole run,
 * worker processes per experiment, and one markdown table at the end (docs/chaos.md explains the
 * columns). Options: {@link SuiteOptions#USAGE}.
 */
public final class ChaosSuite {

  private ChaosSuite() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(SuiteOptions.USAGE);
      return;
    }
    SuiteOptions options;
    try {
      options = SuiteOptions.parse(args, Files.createTempDirectory("chaos-"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    int status = 0;
    try {
      System.out.println(run(options, System.out).table());
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    }
    // Kafka clients' and JDK HTTP threads must not keep the JVM alive.
    System.exit(status);
  }

  /** Runs the selected experiments, printing progress lines to {@code progress}. */
  public static Report run(SuiteOptions options, PrintStream progress) {
    List<Experiment> experiments = Catalogue.select(options);
    Path workDir = options.workDir().toAbsolutePath().normalize();
    progress.println("Chaos suite: work directory " + workDir + " (broker data, process logs)");
    List<Row> rows = new ArrayList<>();
    try (Lab lab = Lab.start(workDir, options.partitions())) {
      progress.println("  lab ready: " + lab.detail());
      ExperimentRun runner = new ExperimentRun(lab, options, progress);
      for (Experiment experiment : experiments) {
        rows.add(runner.run(experiment));
      }
    }
    return new Report(rows, Table.render(rows));
  }

  /** The rows, and the table as printed. */
  public record Report(List<Row> rows, String table) {}
}
