package io.storageintegrations.worker.cloud;

/** The validation's deadline passed before (or while waiting for) a call; never retried. */
public final class DeadlineExceededException extends RuntimeException {

  private final CloudOperation operation;

  public DeadlineExceededException(CloudOperation operation) {
    super(operation + " not attempted: the validation deadline passed", null, false, false);
    this.operation = operation;
  }

  public CloudOperation operation() {
    return operation;
  }
}
