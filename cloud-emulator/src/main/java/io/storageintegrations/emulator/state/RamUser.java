package io.storageintegrations.emulator.state;

import java.util.List;

/** A RAM user with the names of its attached policies. */
public record RamUser(String accountUid, String name, List<String> policyNames) {

  public String arn() {
    return "acs:ram::" + accountUid + ":user/" + name;
  }
}
