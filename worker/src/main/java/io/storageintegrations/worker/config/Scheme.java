package io.storageintegrations.worker.config;

/** Transport scheme of a cloud endpoint: HTTPS against Aliyun, HTTP only against the emulator. */
public enum Scheme {
  HTTP,
  HTTPS
}
