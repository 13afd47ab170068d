package com.portaldesk.delivery;

/** The words of a code message: the code, the firm, the lifetime, and nothing else personal. */
public final class CodeTexts {
    private CodeTexts() {
    }

    public static String sms(CodeMessage message) {
        return message.firmName() + ": your verification code is " + message.code() + ". It expires in "
                + minutes(message) + ". Don't share it.";
    }

    public static String emailSubject(CodeMessage message) {
        return message.firmName() + " verification code";
    }

    public static String emailText(CodeMessage message) {
        String greeting = message.recipientFirstName() == null || message.recipientFirstName().isBlank()
                ? "Hello," : "Hello " + message.recipientFirstName() + ",";
        return greeting + "\n\nHere is your verification code from " + message.firmName() + ":\n\n    " + message.code()
                + "\n\nIt expires in " + minutes(message) + ". Never share it: " + message.firmName()
                + " will never ask you for it.\n\nIf you did not ask for this code, call " + message.firmName()
                + ".\n\nCodes are only as safe as your mailbox: turn on two-step verification for this email account.\n";
    }

    public static String test(String firmName) {
        return firmName + ": this is a test message from PortalDesk, sent to check the delivery settings. "
                + "No action is needed.";
    }

    private static String minutes(CodeMessage message) {
        long minutes = Math.max(1, message.lifetime().toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
