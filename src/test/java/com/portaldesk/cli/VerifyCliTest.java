package com.portaldesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole sign-in from the command line against the outbox, and clear refusals of bad input. */
@Tag("plain")
class VerifyCliTest {
    @TempDir
    Path dir;

    private InProcessCli cli;
    private String out;
    private String err;

    private int run(String... args) {
        if (cli == null) {
            cli = new InProcessCli(dir);
        }
        int code = cli.run(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    @BeforeEach
    void addJane() {
        assertThat(run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Jane",
                        "--last-name",
                        "Doe",
                        "--email",
                        "jane@example.com",
                        "--mobile",
                        "(415) 555-0123",
                        "--ssn",
                        "123-45-6789"))
                .isZero();
    }

    private String latestCode() throws Exception {
        assertThat(run("outbox", "list", "--json")).isZero();
        JsonNode messages = new ObjectMapper().readTree(out);
        Matcher m =
                Pattern.compile("(\\d{6})").matcher(messages.get(0).get("body").asText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void startReadTheOutboxCheck_isApproved() throws Exception {
        assertThat(run(
                        "verify",
                        "start",
                        "--email",
                        "jane@example.com",
                        "--last4",
                        "6789",
                        "--channel",
                        "sms",
                        "--terminal",
                        "lobby",
                        "--json"))
                .isZero();
        JsonNode started = new ObjectMapper().readTree(out);
        assertThat(started.get("status").asText()).isEqualTo("CODE_SENT");
        assertThat(started.get("message").asText())
                .isEqualTo("If the details match our records, we sent a code by text message.");
        List<String> fields = new ArrayList<>();
        started.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "challenge",
                        "status",
                        "message",
                        "channel",
                        "codeLength",
                        "expiresInSeconds",
                        "resendInSeconds");
        String challenge = started.get("challenge").asText();

        assertThat(run("outbox", "list")).isZero();
        assertThat(out).contains("DEMONSTRATION: NOT DELIVERED").contains("your verification code is");

        assertThat(run(
                        "verify",
                        "check",
                        "--challenge",
                        challenge,
                        "--code",
                        "000000".equals(latestCode()) ? "111111" : "000000"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("You can try 4 more times.");
        assertThat(run("verify", "check", "--challenge", challenge, "--code", latestCode(), "--json"))
                .isZero();
        assertThat(new ObjectMapper().readTree(out).get("status").asText()).isEqualTo("APPROVED");

        assertThat(run("audit", "verify")).isZero();
        assertThat(out).contains("intact");
        assertThat(run("audit", "list", "--type", "CHECK_APPROVED", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(1);
    }

    @Test
    void unknownEmail_looksExactlyLikeAMatch() throws Exception {
        run("verify", "start", "--email", "jane@example.com", "--last4", "6789", "--channel", "email", "--json");
        JsonNode real = new ObjectMapper().readTree(out);
        run("verify", "start", "--email", "ghost@example.com", "--last4", "6789", "--channel", "email", "--json");
        JsonNode decoy = new ObjectMapper().readTree(out);
        ((ObjectNode) real).remove("challenge");
        ((ObjectNode) decoy).remove("challenge");
        assertThat(decoy).isEqualTo(real);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4", "١٢٣٤", "' OR 1=1 --", "123", "12345"})
    void start_badLastFour_isInvalidInput(String last4) {
        assertThat(run("verify", "start", "--email", "jane@example.com", "--last4=" + last4, "--channel", "sms"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out).contains("Enter your email address and the last four digits");
    }

    @Test
    void start_absurdOrHostileInput_isRefusedClearly() {
        assertThat(run("verify", "start", "--email", "x".repeat(10_000), "--last4", "6789", "--channel", "sms"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run(
                        "verify",
                        "start",
                        "--email",
                        "jane@example.com'; DROP TABLE challenge; --",
                        "--last4",
                        "6789",
                        "--channel",
                        "sms"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("verify", "start", "--email", "jane@example.com", "--last4", "6789", "--channel", "fax"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("--channel is sms or email");
        assertThat(run(
                        "verify",
                        "start",
                        "--email",
                        "jane@example.com",
                        "--last4",
                        "6789",
                        "--channel",
                        "sms",
                        "--terminal",
                        "bad terminal!"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("verify", "start", "--email", "jane@example.com")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("Missing required options");
    }

    @Test
    void check_badInput_isInvalidInput() {
        assertThat(run("verify", "check", "--challenge", "not-a-uuid", "--code", "123456"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err).contains("--challenge is the id");
        assertThat(run("verify", "check", "--challenge", UUID.randomUUID().toString(), "--code", "12a456"))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("verify", "check", "--challenge", UUID.randomUUID().toString(), "--code", "9".repeat(10_000)))
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run("verify", "resend", "--challenge", UUID.randomUUID().toString()))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(out).contains("start again");
    }

    @Test
    void unlock_clearsALockAndIsAudited() {
        for (int i = 0; i < 4; i++) {
            run("verify", "start", "--email", "jane@example.com", "--last4", "0" + (100 + i), "--channel", "email");
        }
        run("verify", "start", "--email", "jane@example.com", "--last4", "6789", "--channel", "email", "--json");
        String challenge = out.replaceAll("(?s).*\"challenge\" : \"([^\"]+)\".*", "$1");
        for (int i = 0; i < 5; i++) {
            run("verify", "check", "--challenge", challenge, "--code", "00000" + i);
        }
        assertThat(run("contacts", "unlock", "jane@example.com", "--terminal", "front-desk"))
                .isZero();
        assertThat(out).contains("Unlocked");
        assertThat(run("audit", "list", "--type", "IDENTITY_UNLOCKED")).isZero();
        assertThat(out).contains("front-desk").contains("STAFF_UNLOCK");
        assertThat(run("contacts", "unlock", "not an email")).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
