package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.settings.PolicyField;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.testutil.QueuedWork;
import com.portaldesk.ui.common.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Security settings screen's logic on a fake {@link PolicyDesk}: no database, no FX toolkit, no waiting. */
@Tag("plain")
class SecuritySettingsViewModelTest {
    @TempDir
    Path dir;

    private final FakeDesk desk = new FakeDesk();
    private final SecuritySettingsViewModel model = new SecuritySettingsViewModel(desk, Work.direct());

    @Test
    void loading_showsThePolicyAndTheFirm_withNothingUnsaved() {
        model.load();
        assertThat(model.value(PolicyField.CODE_LENGTH.key()).get()).isEqualTo("6");
        assertThat(model.value(PolicyField.CODE_LIFETIME.key()).get()).isEqualTo("10");
        assertThat(model.value(SecuritySettingsViewModel.COUNTRIES).get()).isEqualTo("CA, US");
        assertThat(model.firmNameProperty().get()).isEqualTo("Lee & Partners CPA");
        assertThat(model.hasUnsavedChanges()).isFalse();
        model.value(PolicyField.CODE_LENGTH.key()).set("7");
        assertThat(model.hasUnsavedChanges()).isTrue();
    }

    @Test
    void whatIsTypedWhileTheSettingsAreBeingReadAgain_isKept_andLeavingStillAsks() {
        QueuedWork later = new QueuedWork();
        SecuritySettingsViewModel slow = new SecuritySettingsViewModel(desk, later);
        slow.load();
        later.runAll();
        slow.load(); // the section is shown again: read again, answer still on its way
        slow.value(PolicyField.CODE_LENGTH.key()).set("7");
        later.runAll();
        assertThat(slow.value(PolicyField.CODE_LENGTH.key()).get()).isEqualTo("7");
        assertThat(slow.hasUnsavedChanges()).isTrue();
    }

    @Test
    void everyProblem_isShownBesideItsField_atTheFirstPress_andNothingIsSaved() {
        model.load();
        model.value(PolicyField.CODE_LENGTH.key()).set("12");
        model.value(PolicyField.MAX_CHECKS.key()).set("five");
        model.value(PolicyField.LOCK_THRESHOLD.key()).set("");
        model.firmNameProperty().set("");
        assertThat(model.save()).isFalse();
        assertThat(model.error(PolicyField.MAX_CHECKS.key()).get()).startsWith("Type a whole number");
        assertThat(model.error(PolicyField.LOCK_THRESHOLD.key()).get()).startsWith("Type a whole number");
        assertThat(model.error(PolicyField.CODE_LENGTH.key()).get()).isEqualTo(PolicyField.CODE_LENGTH.rule());
        assertThat(model.error("firm").get()).isNotEmpty();
        assertThat(model.firstError()).isPresent();
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: fix the 4 fields marked in red.");
        assertThat(desk.saved).isNull();
        model.value(PolicyField.MAX_CHECKS.key()).set("5");
        model.value(PolicyField.LOCK_THRESHOLD.key()).set("5");
        model.firmNameProperty().set("Lee & Partners CPA");
        assertThat(model.save()).isFalse();
        assertThat(model.error(PolicyField.MAX_CHECKS.key()).get()).isEmpty();
        assertThat(model.firstError()).contains(PolicyField.CODE_LENGTH.key());
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: fix the field marked in red.");
        assertThat(desk.saved).isNull();
    }

    @Test
    void aFieldThatIsNotANumber_doesNotInventAProblemBetweenTwoFields() {
        model.load();
        model.value(PolicyField.SESSION_ABSOLUTE.key()).set("soon");
        model.value(PolicyField.SESSION_IDLE.key()).set("900");
        assertThat(model.save()).isFalse();
        assertThat(model.error(PolicyField.SESSION_ABSOLUTE.key()).get()).startsWith("Type a whole number");
        assertThat(model.error(PolicyField.SESSION_IDLE.key()).get()).isEmpty();
    }

    @Test
    void aGoodChange_isSavedWithTheFirm_andNothingIsLeftUnsaved() {
        model.load();
        model.value(PolicyField.CODE_LIFETIME.key()).set("8");
        model.firmPhoneProperty().set("(415) 555-0199");
        assertThat(model.save()).isTrue();
        assertThat(desk.saved.codeLifetime()).isEqualTo(Duration.ofMinutes(8));
        assertThat(desk.firm.phone()).isEqualTo("(415) 555-0199");
        assertThat(model.statusProperty().get()).startsWith("Saved.");
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aFirmNameThatCannotBeStored_isRefusedBesideTheFirm() {
        model.load();
        model.firmNameProperty().set("");
        assertThat(model.save()).isFalse();
        assertThat(model.error("firm").get()).isNotEmpty();
        assertThat(model.firstError()).contains("firm");
        assertThat(desk.saved).isNull();
    }

    @Test
    void aSaveThatFails_saysWhy_andKeepsWhatWasTyped() {
        model.load();
        model.value(PolicyField.CODE_LIFETIME.key()).set("8");
        desk.failing = true;
        model.save();
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: the database is locked");
        assertThat(model.value(PolicyField.CODE_LIFETIME.key()).get()).isEqualTo("8");
        assertThat(model.hasUnsavedChanges()).isTrue();
    }

    @Test
    void settingsThatCannotBeRead_sayWhy() {
        desk.failing = true;
        model.load();
        assertThat(model.statusProperty().get()).isEqualTo("Cannot read the settings: the database is locked");
    }

    @Test
    void aLogo_isStoredAtOnce_andAFileTooLargeIsRefusedBesideIt() throws Exception {
        Path small = Files.write(dir.resolve("logo.png"), new byte[] {1, 2, 3});
        model.chooseLogo(small);
        assertThat(model.logoProperty().get()).containsExactly(1, 2, 3);
        assertThat(model.statusProperty().get()).startsWith("Logo saved.");
        Path large = dir.resolve("huge.png");
        try (var out = Files.newOutputStream(large)) {
            out.write(new byte[6 * 1024 * 1024]);
        }
        model.chooseLogo(large);
        assertThat(model.error("logo").get()).contains("larger than 5 MB");
        assertThat(desk.logo).containsExactly(1, 2, 3);
        model.removeLogo();
        assertThat(model.logoProperty().get()).isNull();
        assertThat(desk.logo).isNull();
    }

    private static final class FakeDesk implements PolicyDesk {
        PortalPolicy saved;
        FirmDetails firm = new FirmDetails("Lee & Partners CPA", "(415) 555-0100");
        byte[] logo;
        boolean failing;

        @Override
        public PortalPolicy policy() {
            failIfAsked();
            return saved != null ? saved : new PolicyBuilder(PortalPolicy.DEFAULTS).build();
        }

        @Override
        public FirmDetails firm() {
            return firm;
        }

        @Override
        public Optional<byte[]> logo() {
            return Optional.ofNullable(logo);
        }

        @Override
        public FirmDetails checked(FirmDetails typed) {
            if (typed.name().isBlank()) {
                throw new IllegalArgumentException("Type the firm's name, as clients know it.");
            }
            return typed;
        }

        @Override
        public void save(PortalPolicy policy, FirmDetails details) {
            failIfAsked();
            saved = policy;
            firm = details;
        }

        @Override
        public void saveLogo(byte[] file) {
            logo = file;
        }

        private void failIfAsked() {
            if (failing) {
                throw new IllegalStateException("the database is locked");
            }
        }
    }
}
