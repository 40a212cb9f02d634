package io.storageintegrations.emulator.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Percent-decoding that leaves a string untouched (no allocation) when nothing is encoded. */
public final class Percent {

  private Percent() {}

  public static String decode(String s, boolean plusAsSpace) {
    if (s.indexOf('%') < 0 && (!plusAsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write((hi << 4) | lo);
          i += 2;
          continue;
        }
      }
      if (c == '+' && plusAsSpace) {
        out.write(' ');
      } else if (c < 0x80) {
        out.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(utf8, 0, utf8.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
