package io.storageintegrations.chaos.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The suite's one markdown table, a row per experiment, with notes below it. */
public final class Table {

  private static final List<String> HEADER =
      List.of(
          "experiment",
          "workers",
          "published",
          "answered",
          "lost",
          "duplicates",
          "dup. other eventId",
          "conflicting verdicts",
          "wrong final verdict",
          "errored w/o fault",
          "throttled (answers / outcomes)",
          "takeover s");

  private Table() {}

  public static String render(List<Row> rows) {
    StringBuilder table = new StringBuilder();
    table.append(line(HEADER));
    table.append(line(HEADER.stream().map(h -> h.equals("experiment") ? "---" : "---:").toList()));
    rows.forEach(row -> table.append(line(cells(row))));
    rows.stream()
        .filter(row -> row.note() != null)
        .forEach(
            row -> table.append('\n').append(row.experiment()).append(": ").append(row.note()));
    return table.append(rows.stream().anyMatch(r -> r.note() != null) ? "\n" : "").toString();
  }

  private static List<String> cells(Row row) {
    String duplicates =
        row.survivorDuplicates() == null
            ? Long.toString(row.duplicates())
            : row.duplicates() + " (" + row.survivorDuplicates() + " on survivor)";
    return List.of(
        row.experiment(),
        Integer.toString(row.workers()),
        Integer.toString(row.published()),
        Long.toString(row.answered()),
        Long.toString(row.lost()),
        duplicates,
        Long.toString(row.otherEventId()),
        Long.toString(row.conflicting()),
        Long.toString(row.wrongFinal()),
        Long.toString(row.errored()),
        row.throttlingAnswers() + " / " + row.throttlingOutcomes(),
        takeover(row.takeoverSeconds()));
  }

  private static String takeover(Double seconds) {
    if (seconds == null) {
      return "–";
    }
    return seconds.isNaN() ? "never" : String.format(Locale.ROOT, "%.1f", seconds);
  }

  private static String line(List<String> cells) {
    return cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
  }
}
