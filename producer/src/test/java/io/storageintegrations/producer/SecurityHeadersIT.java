package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers on the status page, on integration data and on refusals. */
class SecurityHeadersIT extends ProducerItSupport {

  @Test
  void theStatusPageMayRunOnlyItsOwnScriptsAndNeverInAFrame() {
    RawHttp.Answer page = RawHttp.get(port, "/status.html", Map.of());

    assertThat(page.status()).isEqualTo(200);
    String csp = page.header("Content-Security-Policy");
    assertThat(csp)
        .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
  }

  @Test
  void integrationDataIsNeverCachedNorSniffed() {
    String id = create(P1, "p1", unique("headers"));
    for (String path :
        new String[] {"/v1/storage-integrations/" + id, "/v1/storage-integrations?projectId=p1"}) {
      RawHttp.Answer answer = RawHttp.get(port, path, Map.of("X-API-Key", P1));

      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.header("Cache-Control")).as(path).contains("no-store");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
  }

  @Test
  void refusalsCarryTheHeadersToo() {
    for (String path : new String[] {"/v1/storage-integrations", "/v1;x/storage-integrations"}) {
      RawHttp.Answer answer = RawHttp.get(port, path, Map.of());

      assertThat(answer.header("Cache-Control")).as(path).contains("no-store");
      assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }
}
