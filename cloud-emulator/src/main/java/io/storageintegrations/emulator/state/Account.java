package io.storageintegrations.emulator.state;

/** An Alibaba Cloud account (its UID is the account ID used in ARNs). */
public record Account(String uid, String name) {}
