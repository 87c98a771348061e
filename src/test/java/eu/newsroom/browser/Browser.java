package eu.newsroom.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class: Debian's /usr/bin/chromium driven by /usr/bin/chromedriver
 * (no Selenium Manager, no network), with a fresh profile that is deleted on {@link #close()}.
 */
final class Browser implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1280;
    static final int PHONE_WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    static Browser start(String base, boolean dark) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("newsroom-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--lang=en-GB", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP_WIDTH + ",900");
        if (dark) {
            options.addArguments("--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, profile, base);
        browser.desktop();
        return browser;
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 900));
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    /** Opens a path of the application and waits until the document is complete. */
    void open(String path) {
        driver.get(base + path);
        waitForPage();
    }

    /** Signs in through the login form with a demo account. */
    void signIn(String username) {
        open("/login");
        driver.findElement(org.openqa.selenium.By.name("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.name("password")).sendKeys(eu.newsroom.support.HttpClientForTests.Http.DEMO_PASSWORD);
        // waiting for the next page: the next open() could otherwise cancel the sign-in's POST before its session
        // cookie is set
        clickToNextPage(driver.findElement(org.openqa.selenium.By.cssSelector("#main form button[type=submit]")));
    }

    /** Sets a field's value as a paste would (a long text, a date), not typed key by key, and tells its listeners. */
    void fill(WebElement field, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    String url(String path) {
        return base + path;
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * Clicks what leads to another page (a link, a form's button) and waits for that page: until the clicked one is
     * gone, waitForPage would read it (complete, with a #main) and the test would assert on the page before.
     */
    void clickToNextPage(WebElement element) {
        element.click();
        await().until(d -> isGone(element));
        waitForPage();
    }

    /**
     * Whether an element of the page before is gone. Asked during the navigation, Chromium can answer "Node with given
     * id does not belong to the document" (a WebDriverException, not a stale element): that is gone too; any other
     * answer during the navigation is asked again.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    void waitForPage() {
        await().until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        await().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("main")));
    }

    /** A screenshot of the whole page (not just the viewport) under target/screenshots/name.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Dimension window = driver.manage().window().getSize();
            Number height = (Number) driver.executeScript(
                    "return Math.min(document.documentElement.scrollHeight, 1600)");
            driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(600, height.intValue())));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(window);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }
}
