package io.storageintegrations.emulator.fault;

/**
 * What to do to calls of one operation. Rates are probabilities in [0, 1], checked in the order
 * drop, hang, error. {@code times} limits how many calls get a drop/hang/error (0 = unlimited);
 * latency applies to every call while the spec is installed.
 */
public record FaultSpec(
    Latency latency,
    double errorRate,
    String errorCode,
    int errorStatus,
    String errorMessage,
    double dropRate,
    double hangRate,
    long hangMillis,
    int times) {

  /**
   * The error code that answers as a proxy in front of the service would: an HTML page with the
   * status, no error document, no request ID.
   */
  public static final String GATEWAY = "Gateway";

  public FaultSpec {
    check(errorRate, "errorRate");
    check(dropRate, "dropRate");
    check(hangRate, "hangRate");
    if (errorRate > 0 && (errorCode == null || errorCode.isBlank() || errorStatus < 400)) {
      throw new IllegalArgumentException("an error fault needs errorCode and errorStatus >= 400");
    }
    if (times < 0 || hangMillis < 0) {
      throw new IllegalArgumentException("times and hangMillis must not be negative");
    }
  }

  public static FaultSpec latency(Latency latency) {
    return new FaultSpec(latency, 0, null, 0, null, 0, 0, 0, 0);
  }

  public static FaultSpec error(double rate, String code, int status) {
    return new FaultSpec(null, rate, code, status, null, 0, 0, 0, 0);
  }

  /** The first {@code times} calls fail with the code, later ones pass. */
  public static FaultSpec failTimes(int times, String code, int status) {
    return new FaultSpec(null, 1, code, status, null, 0, 0, 0, times);
  }

  /** The first {@code times} calls (0 = all) get a proxy's HTML page with {@code status}. */
  public static FaultSpec gateway(int times, int status) {
    return new FaultSpec(null, 1, GATEWAY, status, null, 0, 0, 0, times);
  }

  public static FaultSpec drop(double rate) {
    return new FaultSpec(null, 0, null, 0, null, rate, 0, 0, 0);
  }

  public static FaultSpec hang(double rate, long hangMillis) {
    return new FaultSpec(null, 0, null, 0, null, 0, rate, hangMillis, 0);
  }

  public FaultSpec withTimes(int times) {
    return new FaultSpec(
        latency,
        errorRate,
        errorCode,
        errorStatus,
        errorMessage,
        dropRate,
        hangRate,
        hangMillis,
        times);
  }

  public FaultSpec withLatency(Latency latency) {
    return new FaultSpec(
        latency,
        errorRate,
        errorCode,
        errorStatus,
        errorMessage,
        dropRate,
        hangRate,
        hangMillis,
        times);
  }

  private static void check(double rate, String name) {
    if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
      throw new IllegalArgumentException(name + " must be within [0, 1]");
    }
  }
}
