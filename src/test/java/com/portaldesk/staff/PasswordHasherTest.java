package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("plain")
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hash_isArgon2idWithTheOwaspParameters_andNoPlainText() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hash)
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain("correct")
                .doesNotContain("horse");
        assertThat(hasher.hash("correct horse battery".toCharArray())).isNotEqualTo(hash);
    }

    @Test
    void verify_acceptsTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "not a hash")).isFalse();
    }

    /** The unknown-name hash costs what a real one does: the parameters new hashes get, and a well-formed hash. */
    @Test
    void theHashAnUnknownNameIsCheckedAgainst_hasTheProductionCost_andIsWellFormed() {
        String real = hasher.hash("correct horse battery".toCharArray());
        assertThat(hasher.dummyHash())
                .startsWith(real.substring(0, real.indexOf("$", real.indexOf("p=")) + 1))
                .hasSize(real.length());
        assertThat(hasher.verify("not a real password".toCharArray(), hasher.dummyHash()))
                .as("well-formed")
                .isTrue();
        assertThat(hasher.verify("".toCharArray(), hasher.dummyHash())).isFalse();
    }

    @Test
    void rules_followNist80063b() {
        assertThat(PasswordRules.problem("short".toCharArray(), "ann")).contains("12 characters");
        assertThat(PasswordRules.problem("password1234".toCharArray(), "ann")).contains("commonly used");
        assertThat(PasswordRules.problem("PASSWORD1234".toCharArray(), "ann")).contains("commonly used");
        assertThat(PasswordRules.problem("annlee-tax-office".toCharArray(), "annlee"))
                .contains("user name");
        assertThat(PasswordRules.problem("x".repeat(129).toCharArray(), "ann")).contains("at most 128");
        assertThat(PasswordRules.problem("lantern orchard river".toCharArray(), "ann"))
                .isNull();
        assertThat(PasswordRules.problem("ünïcødé-päss-wörd".toCharArray(), "ann"))
                .isNull();
    }
}
