package org.w3id.parley.serve;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that drives headless Chromium: where Chromium or chromedriver is
 * missing it is skipped, with one line saying how to install them, unless browser tests are
 * required (then it fails). See {@link BrowserTestCondition}; the same convention as
 * Testcontainers' {@code @Testcontainers(disabledWithoutDocker = true)}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTestCondition.class)
@interface BrowserTest {}
