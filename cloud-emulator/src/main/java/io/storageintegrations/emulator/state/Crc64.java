package io.storageintegrations.emulator.state;

/** CRC-64/ECMA-182 (reflected, as OSS reports in {@code x-oss-hash-crc64ecma}). */
public final class Crc64 {

  private static final long POLY = 0xC96C5795D7870F42L;
  private static final long[] TABLE = new long[256];

  static {
    for (int n = 0; n < 256; n++) {
      long crc = n;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 1) == 1 ? (crc >>> 1) ^ POLY : crc >>> 1;
      }
      TABLE[n] = crc;
    }
  }

  private Crc64() {}

  /** The checksum as the unsigned decimal string OSS sends. */
  public static String of(byte[] data) {
    long crc = ~0L;
    for (byte b : data) {
      crc = TABLE[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }
    return Long.toUnsignedString(~crc);
  }
}
