package io.storageintegrations.emulator.state;

import java.time.Instant;

/** An object held in memory; {@code etag} is the upper-case hex MD5 as OSS reports it. */
public record StoredObject(
    String key, byte[] data, String contentType, String etag, Instant lastModified) {}
