package com.portaldesk.ui.staff;

import com.portaldesk.settings.FirmDetails;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.staff.StaffAuth;
import java.util.Optional;

/** What the sign-in screen needs: first-run setup and each step of a staff sign-in, from this workstation. */
public interface SignInDesk {
    SignInResult setUp(FirmDetails firm, String username, String displayName, char[] password);

    SignInResult signIn(String username, char[] password);

    SignInResult secondFactor(String pending, String code);

    SignInResult choosePassword(String pending, char[] password, char[] confirm);

    StaffAuth.Enrolment beginEnrolment(String pending, String username);

    /** Empty when the code is not right. */
    Optional<StaffAuth.Enrolled> confirmEnrolment(String pending, String code);
}
