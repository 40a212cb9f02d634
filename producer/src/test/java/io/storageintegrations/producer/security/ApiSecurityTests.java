package io.storageintegrations.producer.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The security filter chain in front of a stand-in controller, driven through MockMvc. */
@WebMvcTest(controllers = ApiSecurityTests.Echo.class)
@Import({
  SecurityConfiguration.class,
  ApiKeys.class,
  ApiKeyAuthenticationProvider.class,
  ApiSecurityTests.Echo.class
})
@EnableConfigurationProperties(ApiKeyProperties.class)
@TestPropertySource(
    properties = {
      "storage-integrations.security.api-keys[0].name=plain",
      "storage-integrations.security.api-keys[0].key=" + ApiSecurityTests.PLAIN,
      "storage-integrations.security.api-keys[0].projects=p1",
      // SHA-256 of "digest-key-0123456789abcdef0123456789"
      "storage-integrations.security.api-keys[1].name=hashed",
      "storage-integrations.security.api-keys[1].key-sha256=" + ApiSecurityTests.DIGEST,
      "storage-integrations.security.api-keys[1].operator=true"
    })
class ApiSecurityTests {

  static final String PLAIN = "plain-key-0123456789abcdef0123456789";
  static final String HASHED = "digest-key-0123456789abcdef0123456789";
  static final String DIGEST = "98a42d1591e4fb5dd2904b5e44855ac7e163a625d9294b7b65a92025b6546c33";

  @Autowired MockMvc mvc;

  /** Answers who called; stands in for the API's controllers. */
  @RestController
  static class Echo {
    @GetMapping("/v1/echo")
    String echo(@AuthenticationPrincipal Caller caller) {
      return caller.name();
    }

    @GetMapping("/elsewhere")
    String elsewhere() {
      return "reached";
    }
  }

  @Test
  void aCallWithoutAKeyIsRefusedWithAProblem() throws Exception {
    mvc.perform(get("/v1/echo"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("API key missing"))
        .andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
  }

  @Test
  void aWrongKeyIsRefusedEvenOnAPublicPath() throws Exception {
    mvc.perform(get("/v1/echo").header("X-API-Key", PLAIN + "x"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.title").value("API key not valid"));
    mvc.perform(get("/status.html").header("X-API-Key", "nope"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aPlainKeyAndADigestKeyAuthenticate() throws Exception {
    mvc.perform(get("/v1/echo").header("X-API-Key", PLAIN))
        .andExpect(status().isOk())
        .andExpect(content().string("plain"));
    mvc.perform(get("/v1/echo").header("X-API-Key", HASHED))
        .andExpect(status().isOk())
        .andExpect(content().string("hashed"));
  }

  @Test
  void everyPathNotListedAsPublicNeedsAKey() throws Exception {
    mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
    mvc.perform(get("/V1/echo")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/elsewhere").header("X-API-Key", PLAIN)).andExpect(status().isOk());
    mvc.perform(get("/status.html")).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/v1;x/echo",
        "/v1/echo;jsessionid=1",
        "/v1/..;/elsewhere",
        "/v1/%2e%2e/elsewhere",
        "/v1/echo%2Fx",
        "/v1//echo",
        "/v1/./echo",
        "/v1/echo%5Cx"
      })
  void pathTricksAreRejectedBeforeAnyRuleIsMatched(String path) throws Exception {
    mvc.perform(get(URI.create(path)).header("X-API-Key", PLAIN))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:storage-integrations:problem:rejected-request"));
  }
}
