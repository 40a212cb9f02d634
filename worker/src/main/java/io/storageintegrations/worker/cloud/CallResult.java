package io.storageintegrations.worker.cloud;

/**
 * The end of a cloud call after retries: a value or the last failure ({@link CloudCallException} or
 * {@link DeadlineExceededException}), with the number of attempts made.
 */
public record CallResult<T>(T value, RuntimeException failure, int attempts) {

  public boolean succeeded() {
    return failure == null;
  }
}
