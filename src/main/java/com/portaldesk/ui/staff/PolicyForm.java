package com.portaldesk.ui.staff;

import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.settings.PolicyField;
import com.portaldesk.settings.PortalPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The Security settings form's text read as a policy: each number as typed ("1,000" too), the boxes ticked, and the
 * countries listed. A field that is not a whole number is said as such, with an example of one.
 */
final class PolicyForm {
    private final Function<String, String> typed;
    private final BooleanSupplier sms;
    private final BooleanSupplier email;
    private final BooleanSupplier mfaForAll;

    /** {@code typed} gives a field's text by its key ({@link PolicyField#key()}, or the countries' key). */
    PolicyForm(Function<String, String> typed, BooleanSupplier sms, BooleanSupplier email, BooleanSupplier mfaForAll) {
        this.typed = typed;
        this.sms = sms;
        this.email = email;
        this.mfaForAll = mfaForAll;
    }

    /** Each number field that does not hold a whole number, by key, with what to type instead. */
    Map<String, String> notNumbers() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (PolicyField field : PolicyField.values()) {
            if (number(field) == null) {
                problems.put(
                        field.key(),
                        "Type a whole number, such as " + field.help().split(" ")[0] + ".");
            }
        }
        return problems;
    }

    /**
     * The policy as typed; throws {@link com.portaldesk.settings.PolicyException} naming every rule it breaks. A
     * field in {@code unreadable} is read as its lowest allowed value, so that the other fields' problems show too.
     */
    PortalPolicy policy(Set<String> unreadable) {
        Function<PolicyField, Integer> n =
                field -> unreadable.contains(field.key()) || number(field) == null ? field.min() : number(field);
        Function<PolicyField, Duration> duration = field -> field.duration(n.apply(field));
        return new PolicyBuilder(PortalPolicy.DEFAULTS)
                .methods(sms.getAsBoolean(), email.getAsBoolean())
                .codeLength(n.apply(PolicyField.CODE_LENGTH))
                .codeLifetime(duration.apply(PolicyField.CODE_LIFETIME))
                .maxChecks(n.apply(PolicyField.MAX_CHECKS))
                .resendCooldown(duration.apply(PolicyField.RESEND_COOLDOWN))
                .identitySends(n.apply(PolicyField.IDENTITY_SENDS), duration.apply(PolicyField.IDENTITY_SEND_WINDOW))
                .lock(
                        n.apply(PolicyField.LOCK_THRESHOLD),
                        duration.apply(PolicyField.LOCK_WINDOW),
                        duration.apply(PolicyField.LOCK_DURATION))
                .terminalSendsPerHour(n.apply(PolicyField.TERMINAL_SENDS_PER_HOUR))
                .firmSmsPerHour(n.apply(PolicyField.FIRM_SMS_PER_HOUR))
                .smsCountries(PortalPolicy.parseCountries(typed.apply(SecuritySettingsViewModel.COUNTRIES)))
                .session(duration.apply(PolicyField.SESSION_IDLE), duration.apply(PolicyField.SESSION_ABSOLUTE))
                .requireMfaForAll(mfaForAll.getAsBoolean())
                .staffIdleLock(duration.apply(PolicyField.STAFF_IDLE_LOCK))
                .build();
    }

    /** The field's whole number; null when it holds something else. */
    private Integer number(PolicyField field) {
        try {
            return Integer.valueOf(typed.apply(field.key()).strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null; // said by notNumbers(), beside the field
        }
    }
}
