package com.portaldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Work that must not be lost is tried again, and when every try failed it is reported, never dropped. */
@Tag("plain")
class RetriedTest {
    @Test
    void aWriteThatFailsTwice_isTriedAgain_andItsAnswerComesBack() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        String answer = Retried.upTo(4, Duration.ZERO, () -> {
                    if (tries.incrementAndGet() < 3) {
                        throw new IllegalStateException("busy");
                    }
                    return "recorded";
                })
                .call();
        assertThat(answer).isEqualTo("recorded");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aWriteThatKeepsFailing_endsInItsLastFailure_whichIsReportedAsAnError() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> Retried.upTo(3, Duration.ZERO, () -> {
                            throw new IllegalStateException("try " + tries.incrementAndGet());
                        })
                        .call())
                .hasMessage("try 3");

        Logger logger = (Logger) LoggerFactory.getLogger(Retried.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            Retried.report("The start of kiosk mode", new IllegalStateException("The database is gone"));
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage())
                    .contains("The start of kiosk mode")
                    .contains("could not be recorded")
                    .contains("The database is gone");
        });
    }
}
