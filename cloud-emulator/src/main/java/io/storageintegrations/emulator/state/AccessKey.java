package io.storageintegrations.emulator.state;

/** A long-term AccessKey of a RAM user, or of the account itself when {@code userName} is null. */
public record AccessKey(
    String id, String secret, String accountUid, String userName, KeyStatus status) {

  public boolean root() {
    return userName == null;
  }

  @Override
  public String toString() {
    return "AccessKey[" + id + ", " + accountUid + "/" + userName + ", " + status + "]";
  }
}
