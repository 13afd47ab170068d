package com.portaldesk.app.desks;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import com.portaldesk.ui.staff.SignInDesk;
import java.util.Optional;

/** SignInDesk on the application's services (the screens see only the interface). */
public final class SignInDeskAdapter {
    private SignInDeskAdapter() {}

    public static SignInDesk of(StaffAuth auth, String terminal) {
        return new SignInDesk() {
            @Override
            public SignInResult setUp(FirmDetails firm, String username, String displayName, char[] password) {
                return auth.setUp(firm, username, displayName, password, terminal);
            }

            @Override
            public SignInResult signIn(String username, char[] password) {
                return auth.signIn(username, password, terminal);
            }

            @Override
            public SignInResult secondFactor(String pending, String code) {
                return auth.secondFactor(pending, code, terminal);
            }

            @Override
            public SignInResult choosePassword(String pending, char[] password, char[] confirm) {
                return auth.choosePassword(pending, password, confirm, terminal);
            }

            @Override
            public StaffAuth.Enrolment beginEnrolment(String pending, String username) {
                return auth.beginEnrolment(pending, username);
            }

            @Override
            public Optional<StaffAuth.Enrolled> confirmEnrolment(String pending, String code) {
                return auth.confirmEnrolment(pending, code, terminal);
            }
        };
    }
}
