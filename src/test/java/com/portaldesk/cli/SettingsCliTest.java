package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditQuery;
import com.portaldesk.config.AppConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings firm: the name and phone every code message names, set without the window, checked and audited. */
@Tag("db")
class SettingsCliTest {
    @TempDir
    Path dir;

    private InProcessCli cli;
    private String out;
    private String err;

    private int run(String... args) {
        if (cli == null) {
            cli = new InProcessCli(dir.resolve("data"));
        }
        int code = cli.run(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    @Test
    void firm_setsNameAndPhone_formatsThePhone_andAuditsWhoDidIt() {
        assertThat(run(
                        "settings",
                        "firm",
                        "--name",
                        "Lee & Partners CPA",
                        "--phone",
                        "415.555.0100",
                        "--terminal",
                        "desk-1"))
                .isZero();
        assertThat(out).contains("Firm: Lee & Partners CPA").contains("Phone: (415) 555-0100");
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dir.resolve("data")))) {
            assertThat(context.audit().list(new AuditQuery(null, null, AuditEventType.POLICY_CHANGED, null, null, 5)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.terminalId()).isEqualTo("desk-1");
                        assertThat(e.detail()).contains("→ Lee & Partners CPA ((415) 555-0100)");
                        assertThat(e.actor()).isEqualTo("os:" + System.getProperty("user.name"));
                    });
        }
    }

    @Test
    void firm_phoneThatIsNoNumber_isRefused_andNothingChanges() {
        assertThat(run("settings", "firm", "--name", "Lee CPA", "--phone", "555-0100"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("'555-0100' is not a phone number");
        assertThat(run("settings", "firm", "--json")).isZero();
        assertThat(out).contains("\"name\" : \"Your accounting firm\"").contains("\"phone\" : \"\"");
    }

    @Test
    void firm_phoneOfAnotherCountry_keepsItsCountryCode() {
        assertThat(run("settings", "firm", "--phone", "+44 20 7946 0000")).isZero();
        assertThat(out).contains("Phone: +44 20 7946 0000");
    }

    @Test
    void codes_areWrittenInTheContactsLanguage_unlessTheStartSaysOtherwise() {
        run(
                "contacts",
                "add",
                "--first-name",
                "Ana",
                "--email",
                "ana@example.com",
                "--ssn",
                "219-09-7351",
                "--language",
                "es");
        assertThat(run("verify", "start", "--email", "ana@example.com", "--last4", "7351", "--channel", "email"))
                .isZero();
        assertThat(run("outbox", "list", "--limit", "1")).isZero();
        assertThat(out).contains("Este es su código de verificación").doesNotContain("Here is your verification code");
        assertThat(run(
                        "verify",
                        "start",
                        "--email",
                        "ana@example.com",
                        "--last4",
                        "7351",
                        "--channel",
                        "email",
                        "--language",
                        "en"))
                .isZero();
        assertThat(run("outbox", "list", "--limit", "1")).isZero();
        assertThat(out).contains("Here is your verification code");
        assertThat(run("contacts", "add", "--first-name", "X", "--email", "x@example.com", "--language", "fr"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("Language is en (English) or es (Spanish)");
    }

    @Test
    void codeMessages_nameTheFirmAndItsPhone() {
        run("settings", "firm", "--name", "Lee CPA", "--phone", "(415) 555-0100");
        run("contacts", "add", "--first-name", "Ann", "--email", "ann@example.com", "--ssn", "219-09-7351");
        assertThat(run("verify", "start", "--email", "ann@example.com", "--last4", "7351", "--channel", "email"))
                .isZero();
        assertThat(run("outbox", "list", "--json")).isZero();
        assertThat(out).contains("If you did not ask for this code, call Lee CPA at (415) 555-0100.");
    }
}
