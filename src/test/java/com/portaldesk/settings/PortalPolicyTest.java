package com.portaldesk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("plain")
class PortalPolicyTest {

    @Test
    void defaults_matchTheDesign() {
        PortalPolicy p = PortalPolicy.DEFAULTS;
        assertThat(p.codeLength()).isEqualTo(6);
        assertThat(p.codeLifetime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.maxChecks()).isEqualTo(5);
        assertThat(p.resendCooldown()).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.identitySends()).isEqualTo(5);
        assertThat(p.identitySendWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(p.lockThreshold()).isEqualTo(10);
        assertThat(p.lockWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(p.lockDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(p.smsCountries()).containsExactlyInAnyOrder("US", "CA");
        assertThat(p.sessionIdle()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.sessionAbsolute()).isEqualTo(Duration.ofMinutes(15));
    }

    static Stream<UnaryOperator<PolicyBuilder>> outOfBounds() {
        return Stream.of(
                b -> b.codeLength(5),
                b -> b.codeLength(11),
                b -> b.codeLifetime(Duration.ofMinutes(11)),
                b -> b.codeLifetime(Duration.ofSeconds(59)),
                b -> b.maxChecks(0),
                b -> b.maxChecks(11),
                b -> b.methods(false, false),
                b -> b.lock(11, Duration.ofHours(24), Duration.ofMinutes(30)),
                b -> b.lock(2, Duration.ofHours(24), Duration.ofMinutes(30)),
                b -> b.smsCountries(Set.of()),
                b -> b.smsCountries(Set.of("USA")),
                b -> b.session(Duration.ofMinutes(20), Duration.ofMinutes(15)),
                b -> b.terminalSendsPerHour(0),
                b -> b.firmSmsPerHour(0));
    }

    @ParameterizedTest
    @MethodSource("outOfBounds")
    void valuesOutsideTheBounds_areRefusedWithAReason(UnaryOperator<PolicyBuilder> change) {
        assertThatThrownBy(() ->
                        change.apply(new PolicyBuilder(PortalPolicy.DEFAULTS)).build())
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).isNotEmpty());
    }

    @Test
    void changes_listEachValueOldToNew_inTheScreensWords() {
        PortalPolicy after = new PolicyBuilder(PortalPolicy.DEFAULTS)
                .codeLength(8)
                .maxChecks(3)
                .session(Duration.ofSeconds(30), Duration.ofMinutes(15))
                .lock(10, Duration.ofHours(12), Duration.ofMinutes(90))
                .methods(false, true)
                .smsCountries(Set.of("US"))
                .build();
        assertThat(PolicyService.changes(PortalPolicy.DEFAULTS, after))
                .containsExactly(
                        "Codes by text message: on → off",
                        "Code length: 6 → 8",
                        "Checks per code: 5 → 3",
                        "Failure window: 24 h → 12 h",
                        "Lock for: 30 min → 90 min",
                        "Text messages to: CA, US → US",
                        "Kiosk sign-out when idle: 2 min → 30 s");
    }
}
