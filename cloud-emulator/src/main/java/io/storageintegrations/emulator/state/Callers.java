package io.storageintegrations.emulator.state;

import io.storageintegrations.emulator.ram.Policy;
import io.storageintegrations.emulator.ram.SystemPolicies;
import java.util.List;

/** Builds the {@link Caller} behind a key or a session from the current state. */
final class Callers {

  private Callers() {}

  static Caller of(EmulatorState state, AccessKey key) {
    String uid = key.accountUid();
    if (key.root()) {
      return new Caller(
          Caller.Kind.ROOT,
          uid,
          "root",
          key.secret(),
          List.of(SystemPolicies.get("AdministratorAccess")),
          null,
          List.of("acs:ram::" + uid + ":root"));
    }
    RamUser user = state.user(uid, key.userName());
    List<String> names = user == null ? List.of() : user.policyNames();
    return new Caller(
        Caller.Kind.USER,
        uid,
        key.userName(),
        key.secret(),
        state.resolve(uid, names),
        null,
        List.of("acs:ram::" + uid + ":user/" + key.userName(), "acs:ram::" + uid + ":root"));
  }

  /** A deleted role keeps its sessions valid but without rights. */
  static Caller of(EmulatorState state, StsSession session) {
    String uid = session.roleAccountUid();
    Role role = state.role(uid, session.roleName());
    List<Policy> granted = role == null ? List.of() : state.resolve(uid, role.policyNames());
    return new Caller(
        Caller.Kind.ROLE_SESSION,
        uid,
        session.roleName() + "/" + session.sessionName(),
        session.secret(),
        granted,
        session.sessionPolicy(),
        List.of("acs:ram::" + uid + ":role/" + session.roleName(), "acs:ram::" + uid + ":root"));
  }
}
