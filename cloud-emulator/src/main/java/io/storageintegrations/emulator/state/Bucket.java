package io.storageintegrations.emulator.state;

import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A bucket: owner account, region (e.g. {@code cn-hangzhou}) and its objects sorted by key. */
public record Bucket(
    String name, String ownerUid, String region, NavigableMap<String, StoredObject> objects) {

  public Bucket(String name, String ownerUid, String region) {
    this(name, ownerUid, region, new ConcurrentSkipListMap<>());
  }

  public String arn() {
    return "acs:oss:" + region + ":" + ownerUid + ":" + name;
  }

  public String objectArn(String key) {
    return arn() + "/" + key;
  }
}
