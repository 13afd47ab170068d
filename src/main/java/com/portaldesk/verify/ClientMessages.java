package com.portaldesk.verify;

import com.portaldesk.contacts.Channel;

/** The sentences clients read. None of them depends on whether the details matched a contact. */
final class ClientMessages {
    static final String BAD_DETAILS = "Enter your email address and the last four digits of your SSN.";
    static final String BAD_CODE_FORMAT = "Enter the code from your message: digits only.";
    static final String TRY_LATER = "Too many codes were requested. Please wait a few minutes and try again, "
            + "or ask the front desk for help.";
    static final String START_AGAIN = "This sign-in is no longer active. Please start again.";
    static final String APPROVED = "You are signed in.";
    static final String EXPIRED = "That code has expired. Ask for a new code.";
    static final String TOO_MANY = "Too many tries with this code. Please start again.";
    static final String LOCKED = "For your security, sign-in is paused for now. Please try again later or ask "
            + "the front desk for help.";

    private ClientMessages() {
    }

    static String codeSent(Channel channel) {
        return "If the details match our records, we sent a code by "
                + (channel == Channel.SMS ? "text message" : "email") + ".";
    }

    static String cooldown(long seconds) {
        return "Please wait " + seconds + " seconds before asking for another code.";
    }

    static String channelOff(Channel channel) {
        return (channel == Channel.SMS ? "Text messages are" : "Email is") + " not available here. Please choose "
                + (channel == Channel.SMS ? "email" : "a text message") + ".";
    }

    static String invalid(int attemptsLeft) {
        return attemptsLeft == 0 ? TOO_MANY : "That code did not work. You can try " + attemptsLeft + " more "
                + (attemptsLeft == 1 ? "time." : "times.");
    }
}
