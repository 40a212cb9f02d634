package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DeleteMultipleObjects ({@code POST /?delete}): up to 1,000 keys, Content-MD5 required, verbose or
 * quiet answer. Keys that do not exist count as deleted.
 */
final class BatchDelete {

  static final int MAX_KEYS = 1000;
  private static final Pattern KEY = Pattern.compile("<Key>([^<]*)</Key>");
  private static final Pattern QUIET = Pattern.compile("<Quiet>\\s*([^<]*?)\\s*</Quiet>");

  /** The request body read: which keys, and whether to answer quietly. */
  record Parsed(List<String> keys, boolean quiet) {}

  private BatchDelete() {}

  static Parsed parse(Request request) {
    if (request.header("Content-MD5") == null) {
      throw new OssException(OssError.MISSING_ARGUMENT, "Missing Some Required Arguments.")
          .with("ArgumentName", "Content-MD5");
    }
    byte[] body = request.body(2L << 20);
    if (body == null) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    ObjectOperations.checkedMd5(request, body);
    String xml = new String(body, StandardCharsets.UTF_8);
    if (!xml.contains("<Delete>") && !xml.contains("<Delete ")) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    boolean quiet = false;
    Matcher quietMatch = QUIET.matcher(xml);
    if (quietMatch.find()) {
      String value = quietMatch.group(1);
      if (!value.equals("true") && !value.equals("false")) {
        throw new OssException(OssError.MALFORMED_XML).withEc("0016-00000610");
      }
      quiet = value.equals("true");
    }
    List<String> keys = new ArrayList<>();
    Matcher keyMatch = KEY.matcher(xml);
    while (keyMatch.find()) {
      String key = unescape(keyMatch.group(1));
      ObjectNames.check(key);
      keys.add(key);
    }
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw new OssException(OssError.MALFORMED_XML);
    }
    return new Parsed(keys, quiet);
  }

  static Reply answer(Parsed parsed, boolean url) {
    if (parsed.quiet()) {
      return Reply.empty(200, "OK");
    }
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult>");
    if (url) {
      xml.append("<EncodingType>url</EncodingType>");
    }
    for (String key : parsed.keys()) {
      xml.append("<Deleted><Key>").append(Listing.enc(key, url)).append("</Key></Deleted>");
    }
    return Reply.of(200, "OK", "application/xml", xml.append("</DeleteResult>").toString());
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
