package io.storageintegrations.emulator.ram;

/**
 * RAM wildcard matching: {@code *} matches any run (also empty), {@code ?} exactly one character.
 */
final class Glob {

  private Glob() {}

  static boolean matches(String pattern, String value, boolean ignoreCase) {
    if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
      return ignoreCase ? pattern.equalsIgnoreCase(value) : pattern.equals(value);
    }
    int p = 0;
    int v = 0;
    int starP = -1;
    int starV = 0;
    while (v < value.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || same(pattern.charAt(p), value.charAt(v), ignoreCase))) {
        p++;
        v++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starV = v;
      } else if (starP >= 0) {
        p = starP + 1;
        v = ++starV;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
  }
}
