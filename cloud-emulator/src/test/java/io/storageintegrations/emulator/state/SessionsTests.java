package io.storageintegrations.emulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTests {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void expiredSessionsGoFirstThenTheOldest() {
    Sessions sessions = new Sessions();
    for (int i = 0; i < 50; i++) {
      sessions.put(session("expired-" + i, NOW.minusSeconds(1)), 100, NOW);
    }
    for (int i = 0; i < 51; i++) {
      sessions.put(session("live-" + i, NOW.plusSeconds(900)), 100, NOW);
    }

    assertThat(sessions.get("expired-49")).isNull();
    assertThat(sessions.get("live-0")).isNotNull();
    assertThat(sessions.size()).isEqualTo(51);
  }

  @Test
  void aFullStoreMakesRoomForATenthAtOnceKeepingTheNewest() {
    Sessions sessions = new Sessions();
    for (int i = 0; i <= 100; i++) {
      sessions.put(session("s-" + i, NOW.plusSeconds(900)), 100, NOW);
    }

    assertThat(sessions.size()).isEqualTo(90);
    assertThat(sessions.get("s-100")).isNotNull();
    assertThat(sessions.get("s-10")).isNull();
    assertThat(sessions.get("s-11")).isNotNull();
  }

  private static StsSession session(String id, Instant expiration) {
    return new StsSession(id, "secret", "token", "2000000000000001", "role", "s", null, expiration);
  }
}
