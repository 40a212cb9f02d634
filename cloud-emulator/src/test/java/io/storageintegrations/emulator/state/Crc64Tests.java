package io.storageintegrations.emulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc64Tests {

  @Test
  void matchesTheCrc64EcmaCheckValue() {
    assertThat(Crc64.of("123456789".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Long.toUnsignedString(0x995DC9BBDF1939FAL));
    assertThat(Crc64.of(new byte[0])).isEqualTo("0");
  }
}
