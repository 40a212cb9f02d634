package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.RequestKind;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    // The console log tells whether the page's Content-Security-Policy blocked anything.
    options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // Rows are re-rendered on every change, so a located element may go stale: look again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void listsIntegrationsWithDiagnosisAndUpdatesLive() throws Exception {
    String existing = create(P1, "p5", unique("page-before"));

    browser.get(api.base() + "/status.html?project=p5");
    browser.findElement(By.id("api-key")).sendKeys(P1);
    browser.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.textToBe(By.id("connection"), "connected"));
    // Rows are re-rendered on every change: locate elements afresh instead of holding them.
    wait.until(ExpectedConditions.attributeToBe(stateSelector(existing), "data-state", "PENDING"));

    worker.failed(existing, "p5", 1, latestRequestId(P1, existing), RequestKind.CREATE);
    wait.until(ExpectedConditions.attributeToBe(stateSelector(existing), "data-state", "INVALID"));
    WebElement row =
        browser.findElement(By.cssSelector("tr.integration[data-id='" + existing + "']"));
    assertThat(row.findElement(By.className("message")).getText())
        .contains("ROLE_ASSUMABLE FAIL ROLE_NOT_ASSUMABLE");
    row.click();
    WebElement failedCheck =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(
                    "tr.checks[data-id='" + existing + "'] tr[data-check='ROLE_ASSUMABLE']")));
    assertThat(failedCheck.getText()).contains("FAIL").contains("trust policy");

    String added = create(P1, "p5", unique("page-live"));
    wait.until(ExpectedConditions.attributeToBe(stateSelector(added), "data-state", "PENDING"));
    worker.validated(added, "p5", 1, latestRequestId(P1, added), RequestKind.CREATE);
    wait.until(ExpectedConditions.attributeToBe(stateSelector(added), "data-state", "ACTIVE"));

    Path screenshot = Path.of("target", "status-page.png");
    Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

    api.delete(P1, "/v1/storage-integrations/" + added);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(stateSelector(added)));
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage)
        .noneMatch(message -> message.contains("Content Security Policy"));
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

  private static By stateSelector(String id) {
    return By.cssSelector("tr.integration[data-id='" + id + "'] td.state-cell");
  }
}
