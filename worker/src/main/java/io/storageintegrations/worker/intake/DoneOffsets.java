package io.storageintegrations.worker.intake;

import java.util.Base64;
import java.util.BitSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The offsets above a committed offset whose outcomes are already acknowledged, carried in the
 * commit's metadata so the partition's next owner skips them instead of validating them again. A
 * bitmap relative to the committed offset, base64url; too many to fit are left out (a left-out
 * offset is only validated again, never lost), and metadata that is not ours reads as nothing.
 */
final class DoneOffsets {

  static final String PREFIX = "done1:";

  /** Well inside the broker's default {@code offset.metadata.max.bytes} of 4096. */
  static final int MAX_CHARS = 3000;

  private static final int MAX_BITS = (MAX_CHARS - PREFIX.length()) / 4 * 3 * 8;

  private DoneOffsets() {}

  static String encode(long committed, SortedSet<Long> done) {
    BitSet bits = new BitSet();
    for (long offset : done.tailSet(committed)) {
      long bit = offset - committed;
      if (bit >= MAX_BITS) {
        break;
      }
      bits.set((int) bit);
    }
    return bits.isEmpty()
        ? ""
        : PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits.toByteArray());
  }

  static Set<Long> decode(long committed, String metadata) {
    Set<Long> done = new TreeSet<>();
    if (metadata == null || !metadata.startsWith(PREFIX) || committed < 0) {
      return done;
    }
    try {
      BitSet bits =
          BitSet.valueOf(Base64.getUrlDecoder().decode(metadata.substring(PREFIX.length())));
      bits.stream().forEach(bit -> done.add(committed + bit));
    } catch (IllegalArgumentException notOurs) {
      done.clear();
    }
    return done;
  }
}
