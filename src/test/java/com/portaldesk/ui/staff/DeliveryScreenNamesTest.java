package com.portaldesk.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A failure's next step on Delivery settings names the screen's choices and fields, not config.properties' keys. */
@Tag("plain")
class DeliveryScreenNamesTest {
    @Test
    void aChoiceIsNamedAsItIsOffered_andAFieldByItsLabel() {
        assertThat(DeliveryScreenNames.of(
                        "Microsoft refuses password sign-in (5.7.30). Set email.provider=microsoft365 "
                                + "so that PortalDesk signs in as an app."))
                .isEqualTo(
                        "Microsoft refuses password sign-in (5.7.30). "
                                + "Choose \"Microsoft 365 (no password)\" in Send email with so that PortalDesk signs in as an app.");
        assertThat(DeliveryScreenNames.of(
                        "use an app password, or set email.provider=google (docs/delivery-setup.md)."))
                .isEqualTo("use an app password, or choose \"Google Workspace (no password)\" in Send email with "
                        + "(docs/delivery-setup.md).");
        assertThat(DeliveryScreenNames.of("The mail server refused the connection; check smtp.host and smtp.port."))
                .isEqualTo("The mail server refused the connection; check \"SMTP server\" and \"Port\".");
        assertThat(DeliveryScreenNames.of("put its Value in microsoft365.client-secret."))
                .isEqualTo("put its Value in \"Client secret (Value)\".");
    }

    @Test
    void aKeyThatIsNotOnThisScreen_orOnlyPartOfAnother_isLeftAsItIs() {
        String certificate = "upload the certificate of microsoft365.certificate-file on the app registration.";
        assertThat(DeliveryScreenNames.of(certificate)).isEqualTo(certificate);
        String proxy = "The twilio.api-base-url is http to another computer; microsoft365.smtp-host is set.";
        assertThat(DeliveryScreenNames.of(proxy)).isEqualTo(proxy);
    }
}
