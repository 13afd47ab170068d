package com.portaldesk.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A new staff account's form is refused with every problem at once, each naming its field. */
@Tag("plain")
class NewStaffAccountCheckTest {

    @Test
    void aFormWrongInThreePlaces_isRefusedWithAllThree_inTheFormsOrder() {
        assertThatThrownBy(() -> StaffAccounts.checkNew("b", " ", "short".toCharArray()))
                .isInstanceOfSatisfying(
                        StaffException.class,
                        refusal -> Assertions.assertThat(refusal.problems())
                                .containsExactly(
                                        Map.entry(
                                                StaffException.Field.USERNAME,
                                                "A user name is 3 to 64 letters, digits, dots, dashes or underscores."),
                                        Map.entry(
                                                StaffException.Field.DISPLAY_NAME,
                                                "Enter the person's name (up to 100 characters)."),
                                        Map.entry(
                                                StaffException.Field.PASSWORD,
                                                "Use at least 12 characters; a few words together are easy to remember.")))
                .hasMessageContaining("A user name is")
                .hasMessageContaining("Enter the person's name")
                .hasMessageContaining("Use at least 12");
    }

    @Test
    void aFormWrongInOnePlace_namesOnlyThatField() {
        assertThatThrownBy(() -> StaffAccounts.checkNew("bob.ray", "Bob Ray", "bob.ray meadow lamp".toCharArray()))
                .isInstanceOfSatisfying(
                        StaffException.class,
                        refusal -> Assertions.assertThat(refusal.problems())
                                .containsOnlyKeys(StaffException.Field.PASSWORD));
    }

    @Test
    void aGoodForm_passes() {
        assertThatCode(() -> StaffAccounts.checkNew("bob.ray", "Bob Ray", "quiet meadow lamp".toCharArray()))
                .doesNotThrowAnyException();
    }
}
