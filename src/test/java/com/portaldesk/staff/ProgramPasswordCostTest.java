package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.config.AppConfig;
import com.portaldesk.testutil.RawSql;
import com.portaldesk.testutil.StaffMembers;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program hashes every staff password at the OWASP cost, whichever way it opens the database: most tests open
 * it with a cheap cost (TestDatabase), so this one, on the program's own ways in, is what keeps that cost true.
 */
@Tag("db")
class ProgramPasswordCostTest {
    private static final String OWASP_COST = "$argon2id$v=19$m=19456,t=2,p=1$";

    @TempDir
    Path dataDir;

    @Test
    void aPasswordAddedAndAPasswordChosen_areHashedAtTheOwaspCost_inTheStaffAppsOpening() throws Exception {
        try (AppContext context = AppContext.open(AppConfig.forDataDir(dataDir), Opening.program())) {
            StaffMembers.withOwnPassword(context, "frontdesk", "Front Desk", Role.STAFF, "lobby keys are not toys");
        }
        assertThat(RawSql.column(dataDir, "SELECT password_hash FROM staff_user"))
                .singleElement()
                .satisfies(hash -> assertThat(hash.toString()).startsWith(OWASP_COST));
    }

    @Test
    void aPasswordAdded_isHashedAtTheOwaspCost_inACommandsOpening() throws Exception {
        try (AppContext context = AppContext.openForCommand(AppConfig.forDataDir(dataDir))) {
            StaffMembers.withOwnPassword(context, "frontdesk", "Front Desk", Role.STAFF, "lobby keys are not toys");
        }
        assertThat(RawSql.column(dataDir, "SELECT password_hash FROM staff_user"))
                .singleElement()
                .satisfies(hash -> assertThat(hash.toString()).startsWith(OWASP_COST));
    }
}
