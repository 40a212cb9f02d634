package io.storageintegrations.emulator.server;

/** One emulated protocol (STS or OSS) behind the shared HTTP front. */
public interface Service {

  /** The operation name used by fault injection and counters, e.g. {@code oss:GetObject}. */
  String operation(Request request);

  Reply handle(Request request, String operation);

  /** The protocol's own error format, for injected faults and unexpected failures. */
  Reply error(Request request, String operation, String code, int status, String message);
}
