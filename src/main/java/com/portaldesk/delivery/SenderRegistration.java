package com.portaldesk.delivery;

import java.util.Collection;
import java.util.Map;

/**
 * US carriers refuse texts from a sender the firm has not registered: a local number without an approved A2P 10DLC
 * brand and campaign, a toll-free number without verification. These refusals are about the firm's sending number,
 * not about any one client, so they are told once, with the registration to do, rather than as a failure per client.
 * Codes and titles from Twilio's error dictionary (https://www.twilio.com/docs/api/errors).
 */
public final class SenderRegistration {
    /** Each refusal about the sender, with the next step in words an office manager can follow. */
    static final Map<Integer, String> REFUSALS = Map.of(
            30034,
                    "US carriers refuse texts from the firm's number because it is not registered for A2P 10DLC "
                            + "(Twilio error 30034). Register the firm's brand and a campaign in the Twilio Console "
                            + "(Messaging ▸ Regulatory compliance) and add the number to the campaign's Messaging Service.",
            30032,
                    "US carriers refuse texts from the firm's toll-free number because it is not verified (Twilio error "
                            + "30032). Submit the toll-free verification in the Twilio Console (Phone Numbers ▸ Regulatory "
                            + "compliance ▸ Toll-free verifications).",
            30125,
                    "Twilio could not register the firm's number for US A2P 10DLC (Twilio error 30125). Check the "
                            + "campaign in the Twilio Console (Messaging ▸ Regulatory compliance) and register the number again.",
            21717,
                    "The firm's A2P 10DLC brand is not registered or not valid (Twilio error 21717). Finish the brand "
                            + "registration in the Twilio Console before its campaign can send.",
            30037,
                    "Twilio has turned off outbound texts for the firm's account (Twilio error 30037). Contact Twilio "
                            + "support; until then codes go by email.");

    /** How the failure code of such a refusal starts in the audit log ("TWILIO_30034: …"). */
    private static final String PREFIX = "TWILIO_";

    private SenderRegistration() {}

    /** True when a failed delivery's audit detail is a refusal of the firm's sender, not of the client's number. */
    public static boolean isAbout(String auditDetail) {
        return auditDetail != null
                && REFUSALS.keySet().stream().anyMatch(code -> auditDetail.startsWith(PREFIX + code + ":"));
    }

    /** The next step for the first sender refusal among these audit details' codes ("" when there is none). */
    public static String nextStep(Collection<String> auditDetails) {
        return auditDetails.stream()
                .filter(SenderRegistration::isAbout)
                .findFirst()
                .map(detail -> REFUSALS.get(Integer.parseInt(detail.substring(PREFIX.length(), detail.indexOf(':')))))
                .orElse("");
    }
}
