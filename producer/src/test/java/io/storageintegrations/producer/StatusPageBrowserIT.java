package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.producer.publishing.MessagePublisher;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The status page in a real headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded). Skipped, saying why, only where no browser is installed.
 */
class StatusPageBrowserIT extends ProducerItSupport {

  private static final String CHROMIUM =
      Optional.ofNullable(System.getenv("CHROMIUM_BIN")).orElse("/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      Optional.ofNullable(System.getenv("CHROMEDRIVER_BIN")).orElse("/usr/bin/chromedriver");

  private static final String BROWSER_ZONE = "Asia/Shanghai";

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
        "no browser: install Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + ") to run the status page test");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    // The console log tells whether the page's Content-Security-Policy blocked anything.
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // Rows are re-rendered on every change, so a located element may go stale: look again.
    wait.ignoring(StaleElementReferenceException.class);
    // A zone other than the machine's (UTC here), so the page must convert and name it.
    browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER_ZONE));
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void listsIntegrationsWithDiagnosisAndUpdatesLive() throws Exception {
    String firstName = unique("page-before");
    String first = create(P1, "p8", firstName);

    connect("p8", P1);
    wait.until(ExpectedConditions.textToBe(By.id("connection"), "connected"));
    // Rows are re-rendered on every change: locate elements afresh instead of holding them.
    wait.until(ExpectedConditions.attributeToBe(stateSelector(first), "data-state", "PENDING"));
    wait.until(ExpectedConditions.textToBe(count("PENDING"), "1"));
    assertThat(
            browser
                .findElement(By.cssSelector("tr.integration[data-id='" + first + "'] .description"))
                .getText())
        .isEqualTo("backups for " + firstName);

    worker.validated(first, "p8", 1, latestRequestId(P1, first), RequestKind.CREATE);
    wait.until(ExpectedConditions.attributeToBe(stateSelector(first), "data-state", "ACTIVE"));
    assertThat(browser.findElements(By.cssSelector(inUse(first)))).isEmpty();

    // A job is vended credentials (its audit record, as the producer writes it): the open page
    // shows the "in use" badge with how long ago, without a reload.
    Instant vendedAt = Instant.now().minus(Duration.ofMinutes(3));
    worker.publish(
        new CredentialsVended(
            MessageType.CREDENTIALS_VENDED.eventId("vend-" + first),
            "vend-" + first,
            first,
            "p8",
            "nightly-job",
            AccessMode.READ_WRITE,
            "bucket-a",
            "backups/",
            900,
            vendedAt.plus(Duration.ofMinutes(15)),
            false,
            vendedAt),
        MessagePublisher.SOURCE);
    wait.until(ExpectedConditions.textToBe(By.cssSelector(inUse(first)), "in use · 3 minutes ago"));

    String second = create(P1, "p8", unique("page-live"));
    wait.until(ExpectedConditions.attributeToBe(stateSelector(second), "data-state", "PENDING"));
    worker.failed(second, "p8", 1, latestRequestId(P1, second), RequestKind.CREATE);
    wait.until(ExpectedConditions.attributeToBe(stateSelector(second), "data-state", "INVALID"));

    // Counts at the top, what needs attention first; INVALID rows sort above ACTIVE ones.
    wait.until(ExpectedConditions.textToBe(count("INVALID"), "1"));
    assertThat(browser.findElement(count("ACTIVE")).getText()).isEqualTo("1");
    assertThat(browser.findElement(count("PENDING")).getText()).isEqualTo("0");
    assertThat(browser.findElements(By.cssSelector("#counts li")))
        .extracting(li -> li.getDomAttribute("data-state"))
        .containsExactly("INVALID", "ERROR", "PENDING", "ACTIVE");
    assertThat(browser.findElements(By.cssSelector("tr.integration")))
        .extracting(tr -> tr.getDomAttribute("data-id"))
        .containsExactly(second, first);

    WebElement row =
        browser.findElement(By.cssSelector("tr.integration[data-id='" + second + "']"));
    assertThat(row.findElement(By.className("message")).getText())
        .contains("ROLE_ASSUMABLE FAIL ROLE_NOT_ASSUMABLE");
    assertShownInTheBrowsersZone(row, second);

    row.click();
    String failedCheckCss = "tr.checks[data-id='" + second + "'] tr[data-check='ROLE_ASSUMABLE']";
    WebElement failedCheck =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(failedCheckCss)));
    assertThat(failedCheck.getText()).contains("FAIL").contains("trust policy");
    String policy = failedCheck.findElement(By.cssSelector("pre.fix-json")).getText();
    assertThat(policy)
        .startsWith("{\n  \"Version\": \"1\",\n  \"Statement\": [\n    {\n")
        .contains("\n          \"sts:ExternalId\": \"si-ext-x\"\n");
    failedCheck.findElement(By.cssSelector("button.copy")).click();
    wait.until(
        ExpectedConditions.textToBe(By.cssSelector(failedCheckCss + " button.copy"), "Copied"));
    Object copied =
        browser.executeAsyncScript(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('' + e));");
    assertThat(copied).isEqualTo(policy);

    Path screenshot = Path.of("target", "status-page.png");
    Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

    api.delete(P1, "/v1/storage-integrations/" + first);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(stateSelector(first)));
    wait.until(ExpectedConditions.textToBe(count("ACTIVE"), "0"));
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage)
        .noneMatch(message -> message.contains("Content Security Policy"));
  }

  @Test
  void saysWhatItIsWaitingForBeforeItSaysThereIsNothing() {
    browser.get(api.base() + "/status.html?project=p7");
    assertThat(browser.findElement(By.id("empty")).getText())
        .isEqualTo("Enter the project and API key, then Connect.");
    assertThat(browser.findElement(By.id("connection")).getText()).isEqualTo("not connected");
    assertThat(browser.findElement(By.id("counts")).isDisplayed()).isFalse();

    // The stream request is held in the browser, so the page stays in its connecting state.
    browser.executeCdpCommand(
        "Fetch.enable",
        Map.of("patterns", List.of(Map.of("urlPattern", "*/v1/storage-integrations/events*"))));
    browser.findElement(By.id("api-key")).sendKeys(P1);
    browser.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.textToBe(By.id("connection"), "connecting…"));
    assertThat(browser.findElement(By.id("empty")).getText()).isEqualTo("Connecting…");

    browser.executeCdpCommand("Fetch.disable", Map.of());
    browser.navigate().refresh();
    browser.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.textToBe(By.id("connection"), "connected"));
    wait.until(ExpectedConditions.textToBe(By.id("empty"), "No integrations yet."));
    assertThat(browser.findElement(count("INVALID")).getText()).isEqualTo("0");
  }

  @Test
  void aWrongKeyIsShownAsRefused() {
    browser.get(api.base() + "/status.html?project=p5");
    browser.findElement(By.id("api-key")).sendKeys("wrong-key");
    browser.findElement(By.id("connect")).click();
    wait.until(
        ExpectedConditions.textMatches(
            By.id("connection"), java.util.regex.Pattern.compile("refused: 401.*")));
  }

  private void connect(String project, String key) {
    browser.get(api.base() + "/status.html?project=" + project);
    browser.findElement(By.id("api-key")).sendKeys(key);
    browser.findElement(By.id("connect")).click();
  }

  /** Shown in the browser's zone (named in the heading and in the time), exact UTC as datetime. */
  private void assertShownInTheBrowsersZone(WebElement row, String id) {
    String validatedAt = api.get(P1, "/v1/storage-integrations/" + id).text("lastValidatedAt");
    WebElement time = row.findElement(By.cssSelector("td.time time"));
    assertThat(Instant.parse(time.getDomAttribute("datetime")))
        .isEqualTo(Instant.parse(validatedAt));
    String local =
        DateTimeFormatter.ofPattern("HH:mm:ss")
            .format(Instant.parse(validatedAt).atZone(ZoneId.of(BROWSER_ZONE)));
    assertThat(time.getText()).contains(local).contains("GMT+8");
    assertThat(browser.findElement(By.id("time-zone")).getText())
        .isEqualTo("(" + BROWSER_ZONE + ")");
  }

  private static String inUse(String id) {
    return "tr.integration[data-id='" + id + "'] td.state-cell .in-use";
  }

  private static By count(String state) {
    return By.cssSelector("#counts li[data-state='" + state + "'] .count");
  }

  private static By stateSelector(String id) {
    return By.cssSelector("tr.integration[data-id='" + id + "'] td.state-cell");
  }
}
