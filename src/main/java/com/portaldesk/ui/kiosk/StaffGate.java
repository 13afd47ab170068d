package com.portaldesk.ui.kiosk;

import com.portaldesk.staff.SignInResult;

/** The staff sign-in that leaves kiosk mode, from this kiosk's terminal; each leave is audited with who left. */
public interface StaffGate {
    SignInResult signIn(String username, char[] password);

    SignInResult secondFactor(String pending, String code);

    void recordLeft(String username);
}
