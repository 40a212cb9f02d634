package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Text;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** OSS error bodies, and on HEAD the same XML base64-encoded in {@code x-oss-err}. */
final class OssReplies {

  private OssReplies() {}

  static Reply error(
      String code,
      int status,
      String message,
      String ec,
      Map<String, String> extra,
      String requestId,
      String hostId,
      boolean head) {
    StringBuilder xml =
        new StringBuilder(512)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n")
            .append("  <Code>")
            .append(Text.xml(code))
            .append("</Code>\n  <Message>")
            .append(Text.xml(message))
            .append("</Message>\n  <RequestId>")
            .append(requestId)
            .append("</RequestId>\n  <HostId>")
            .append(Text.xml(hostId))
            .append("</HostId>\n");
    extra.forEach(
        (k, v) ->
            xml.append("  <")
                .append(k)
                .append('>')
                .append(Text.xml(v))
                .append("</")
                .append(k)
                .append(">\n"));
    xml.append("  <EC>")
        .append(ec)
        .append("</EC>\n  <RecommendDoc>https://api.aliyun.com/troubleshoot?q=")
        .append(ec)
        .append("</RecommendDoc>\n</Error>\n");
    byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
    Reply reply = Reply.of(status, code, "application/xml", body);
    reply
        .header("x-oss-request-id", requestId)
        .header("x-oss-ec", ec)
        .header("Server", "AliyunOSS");
    if (head) {
      reply.header("x-oss-err", Base64.getEncoder().encodeToString(body));
      return reply.headOnly();
    }
    return reply;
  }
}
