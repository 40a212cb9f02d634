package io.storageintegrations.chaos.report;

import io.storageintegrations.chaos.traffic.Outcome;
import io.storageintegrations.chaos.traffic.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Adds up one experiment: published requests against every outcome copy read back. */
public final class Tally {

  private Tally() {}

  /**
   * @param published the requests topic's partition of every acknowledged request, by requestId
   * @param expected the verdict each request must end with, by requestId
   */
  public static Row of(
      String experiment,
      int workers,
      Map<String, Integer> published,
      Map<String, Verdict> expected,
      List<Outcome> outcomes,
      FaultMarks marks,
      long throttlingAnswers) {
    Map<String, List<Outcome>> copies =
        outcomes.stream()
            .filter(o -> published.containsKey(o.requestId()))
            .collect(Collectors.groupingBy(Outcome::requestId));
    long duplicates = count(copies, c -> c.size() > 1);
    Long survivorDuplicates =
        marks.survivorPartitions() == null
            ? null
            : copies.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .filter(e -> marks.survivorPartitions().contains(published.get(e.getKey())))
                .count();
    long otherEventId = count(copies, c -> distinct(c, Outcome::eventId) > 1);
    long conflicting = count(copies, c -> distinct(c, Outcome::verdict) > 1);
    long wrongFinal =
        copies.entrySet().stream()
            .filter(e -> !last(e.getValue()).verdict().equals(expected.get(e.getKey())))
            .count();
    long errored = count(copies, c -> c.stream().anyMatch(o -> o.verdict().errored()));
    long throttlingOutcomes =
        outcomes.stream()
            .filter(o -> published.containsKey(o.requestId()))
            .filter(Outcome::mentionsThrottling)
            .count();
    return new Row(
        experiment,
        workers,
        published.size(),
        copies.size(),
        duplicates,
        survivorDuplicates,
        otherEventId,
        conflicting,
        wrongFinal,
        errored,
        throttlingAnswers,
        throttlingOutcomes,
        takeover(published, outcomes, marks),
        marks.note());
  }

  /** The copy a consumer keeps under "last copy in partition order wins". */
  private static Outcome last(List<Outcome> copies) {
    return copies.stream().max(Comparator.comparingLong(Outcome::offset)).orElseThrow();
  }

  private static Double takeover(
      Map<String, Integer> published, List<Outcome> outcomes, FaultMarks marks) {
    if (!marks.measuresTakeover()) {
      return null;
    }
    return outcomes.stream()
        .filter(o -> marks.partitions().contains(published.get(o.requestId())))
        .filter(o -> o.createdAtMillis() > marks.countFromMillis())
        .mapToLong(o -> o.createdAtMillis() - marks.faultAtMillis())
        .min()
        .stream()
        .mapToObj(millis -> millis / 1000.0)
        .findFirst()
        .orElse(Double.NaN); // measured, but no outcome came
  }

  private static long count(Map<String, List<Outcome>> copies, Predicate<List<Outcome>> test) {
    return copies.values().stream().filter(test).count();
  }

  private static <T> long distinct(List<Outcome> copies, Function<Outcome, T> f) {
    Set<T> values = copies.stream().map(f).collect(Collectors.toSet());
    return values.size();
  }
}
