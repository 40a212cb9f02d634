package io.storageintegrations.chaos.traffic;

/**
 * What an outcome says, compared across copies: its kind (VALIDATED, FAILED, ERRORED) and reason
 * (the failed check's code or the error reason; none for VALIDATED).
 */
public record Verdict(String kind, String reason) {

  public static final Verdict VALIDATED = new Verdict("VALIDATED", null);

  public static Verdict failed(String reason) {
    return new Verdict("FAILED", reason);
  }

  public static Verdict errored(String reason) {
    return new Verdict("ERRORED", reason);
  }

  public boolean errored() {
    return "ERRORED".equals(kind);
  }

  @Override
  public String toString() {
    return reason == null ? kind : kind + " " + reason;
  }
}
