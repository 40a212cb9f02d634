package io.storageintegrations.chaos.bench;

/**
 * One measured window of a phase: validations answered in it, and the worker process's CPU in it,
 * all of it and its JIT compilers' share (which says whether compilation has settled).
 */
record Window(int index, double seconds, long validations, long cpuMillis, long jitMillis) {

  /** JIT compiling under 2 % of one core: the window counts as settled. */
  static final double SETTLED_JIT_SHARE = 0.02;

  double perSecond() {
    return validations / seconds;
  }

  double cpuMillisPerValidation() {
    return validations == 0 ? Double.NaN : (double) cpuMillis / validations;
  }

  double jitShare() {
    return jitMillis / (seconds * 1000);
  }

  boolean settled() {
    return jitShare() < SETTLED_JIT_SHARE && validations > 0;
  }

  String row() {
    return String.format(
        "| %d | %.1f | %d | %.1f | %.3f | %.1f %% | %s |",
        index,
        seconds,
        validations,
        perSecond(),
        cpuMillisPerValidation(),
        jitShare() * 100,
        settled() ? "yes" : "no");
  }

  static String header() {
    return "| window | s | validations | per s | worker CPU ms/validation | JIT | settled |\n"
        + "|---:|---:|---:|---:|---:|---:|---|";
  }
}
