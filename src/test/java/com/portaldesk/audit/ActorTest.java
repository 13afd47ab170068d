package com.portaldesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One place knows how a command-line account is recorded ("os:ann"); everyone else asks it. */
@Tag("plain")
class ActorTest {
    @Test
    void aCommandLineAccount_isKnownByItsRecordedName_andGivesItsAccount() {
        Actor commandLine = Actor.operatingSystemUser("desk-1");
        assertThat(commandLine.operatingSystemUser()).isTrue();
        assertThat(Actor.isOperatingSystemUser(commandLine.name())).isTrue();
        assertThat(Actor.accountOf(commandLine.name()))
                .isEqualTo(System.getProperty("user.name").strip());
        assertThat(Actor.accountOf("os:ann")).isEqualTo("ann");
    }

    @Test
    void aStaffMember_orNothingRecorded_isNotACommandLineAccount() {
        assertThat(Actor.staff("ann.lee", "desk-1").operatingSystemUser()).isFalse();
        assertThat(Actor.isOperatingSystemUser("ann.lee")).isFalse();
        assertThat(Actor.isOperatingSystemUser(null)).isFalse();
        assertThat(Actor.accountOf("ann.lee")).isEqualTo("ann.lee");
    }
}
