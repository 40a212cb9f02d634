package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.StsProperties;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * XML from the network: a hostile endpoint answers with a DOCTYPE whose external entity points back
 * at it. The worker never fetches the entity and never echoes what it would have expanded to.
 */
class XmlHardeningTests {

  private HttpServer hostile;
  private final AtomicInteger outOfBand = new AtomicInteger();
  private int port;

  @BeforeEach
  void startHostileEndpoint() throws Exception {
    hostile = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    port = hostile.getAddress().getPort();
    hostile.createContext(
        "/oob",
        exchange -> {
          outOfBand.incrementAndGet();
          byte[] body = "OOB-MARKER".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    hostile.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body = hostileXml().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
          exchange.sendResponseHeaders(400, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    hostile.start();
  }

  @AfterEach
  void stop() {
    hostile.stop(0);
  }

  private String hostileXml() {
    return "<?xml version=\"1.0\"?>"
        + "<!DOCTYPE Error [<!ENTITY x SYSTEM \"http://127.0.0.1:"
        + port
        + "/oob\">]>"
        + "<Error><RequestId>r-1</RequestId><Code>&x;</Code><Message>&x;</Message></Error>";
  }

  @Test
  void anStsAnswerWithAnExternalEntityIsNeitherFetchedNorEchoed() {
    StsProperties properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "worker.sts.endpoint", "127.0.0.1:" + port, "worker.sts.scheme", "HTTP")))
            .bindOrCreate("worker.sts", StsProperties.class);
    try (StsGateway sts =
        new StsGateway(
            properties,
            new PlatformProperties(
                "LTAI5tPlatformValidator01",
                "secret-0123456789",
                null,
                "acs:ram::1000000000000001:root"))) {
      Throwable failure =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  sts.assumeRole(
                      CloudOperation.ASSUME_ROLE,
                      "acs:ram::2000000000000001:role/r",
                      "si-x",
                      "si-ext-0123456789abcdefghijklmn",
                      Deadline.in(java.time.Duration.ofSeconds(5))));

      assertThat(failure).isInstanceOf(CloudCallException.class);
      assertThat(((CloudCallException) failure).code()).doesNotContain("OOB");
      assertThat(String.valueOf(failure.getMessage())).doesNotContain("OOB-MARKER");
    }
    assertThat(outOfBand).hasValue(0);
  }

  @Test
  void theProcessWideParserRefusesDoctypesWhateverTheCallerAsks() throws Exception {
    XmlHardening.install();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setExpandEntityReferences(true);

    assertThatThrownBy(
            () ->
                factory
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(hostileXml().getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("DOCTYPE");
    assertThat(
            factory
                .newDocumentBuilder()
                .parse(
                    new ByteArrayInputStream("<a><b>ok</b></a>".getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement()
                .getTextContent())
        .isEqualTo("ok");
    assertThat(outOfBand).hasValue(0);
  }
}
