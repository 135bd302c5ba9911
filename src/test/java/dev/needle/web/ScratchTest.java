package dev.needle.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ScratchTest {
    @Test
    void signInPageLoads() {
        try (Browser browser = Browser.start()) {
            browser.open("http://127.0.0.1:8765/index.html");
            browser.find(By.id("token"));
            System.out.println("shot: " + browser.screenshot("scratch-signin"));
            browser.resize(Browser.PHONE);
            browser.screenshot("scratch-signin-phone");
        }
    }
}
